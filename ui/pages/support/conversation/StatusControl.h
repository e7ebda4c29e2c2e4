#pragma once

#include <QString>
#include <QWidget>

class QActionGroup;
class QMenu;
class QPushButton;

namespace hexclave::ui {

// A conversation's status with the dashboard's words ("Needs support", "Waiting on user",
// "Resolved"): a button with a menu of the three, and a quick Resolve / Reopen. Choosing the
// status it already has asks for nothing.
class StatusControl : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusControl)

public:
    explicit StatusControl(QWidget *parent = nullptr);

    void setStatus(const QString &status);
    QString status() const { return m_status; }
    QPushButton *statusButton() const { return m_button; }
    QPushButton *quickButton() const { return m_quick; }

Q_SIGNALS:
    // Only for a status other than the current one.
    void statusRequested(const QString &status);

private:
    void request(const QString &status);

    QPushButton *m_button;
    QMenu *m_menu;
    QActionGroup *m_group;
    QPushButton *m_quick;
    QString m_status;
};

} // namespace hexclave::ui
