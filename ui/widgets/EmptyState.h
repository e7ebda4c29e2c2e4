#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace hexclave::ui {

// What an empty list says in its middle: a sentence, and a button for the obvious next step
// ("No teams yet" — "New team…"). It covers the view's viewport and follows its size; the owner
// shows and hides it.
class EmptyState : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QAbstractItemView *view);

    // Shows `text`, with a button saying `actionText` unless it is empty.
    void showMessage(const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitViewport();

    QWidget *m_viewport;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace hexclave::ui
