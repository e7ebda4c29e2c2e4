#pragma once

#include "dto/Email.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace hexclave::ui {

// Part of SendEmailDialog's confirmation once the answer to a send got lost: the emails may be
// queued already. It offers to look in the Outbox, shows what was found there and asks the user
// to confirm having checked before the dialog sends again.
class UnknownOutcomePanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnknownOutcomePanel)

public:
    explicit UnknownOutcomePanel(QWidget *parent = nullptr);

    // Another send got no answer: earlier findings and the confirmation no longer apply.
    void restart();
    // Names the time of the last send; looking needs a connection and no look already running.
    void showAttempt(qint64 attemptStartedMillis, bool canLook);
    bool isLooking() const { return m_looking; }
    void showLooking();
    // What the Outbox holds of the send made at `sinceMillis`; nothing when it could not be read.
    void showFindings(const std::optional<QList<api::OutboxEmail>> &found, const QString &problem, qint64 sinceMillis);
    bool isSendAgainConfirmed() const;
    void clearSendAgain();

    QLabel *noteLabel() const { return m_note; }
    QPushButton *lookButton() const { return m_look; }
    QCheckBox *sendAgainOption() const { return m_sendAgain; }

Q_SIGNALS:
    void lookRequested();
    void sendAgainToggled();

private:
    bool m_looking = false;
    QLabel *m_note;
    QLabel *m_findings;
    QPushButton *m_look;
    QCheckBox *m_sendAgain;
};

} // namespace hexclave::ui
