#pragma once

#include <QPushButton>

namespace hexclave::ui {

// A push button in red with light text, on light and dark palettes alike: for actions that
// delete something or lock someone out.
class DestructiveButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DestructiveButton)

public:
    explicit DestructiveButton(const QString &text, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    bool m_applyingColors = false;
};

} // namespace hexclave::ui
