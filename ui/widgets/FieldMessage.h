#pragma once

#include <QLabel>
#include <QPointer>

namespace hexclave::ui {

// A line under a form field that says what is wrong with it (in the error colour) or gives a
// hint (in the normal colour). Hidden when there is nothing to say. The field's accessible
// description carries the same text, so a screen reader announces it with the field.
class FieldMessage : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    QWidget *field() const { return m_field; }
    bool isShowingError() const { return m_isError && !text().isEmpty(); }

    void showError(const QString &message);
    void showHint(const QString &message);
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
    void show(const QString &message, bool isError);

    QPointer<QWidget> m_field;
    bool m_isError = false;
    bool m_applyingColor = false;
};

} // namespace hexclave::ui
