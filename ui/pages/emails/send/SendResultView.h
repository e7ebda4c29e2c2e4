#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;

namespace hexclave::models {
class SendRecipientsModel;
}

namespace hexclave::ui {

// A read-only table of send recipients, as both the compose and the result step show them.
QTableView *sendRecipientsTable(models::SendRecipientsModel *model, QWidget *parent);

// The last step of SendEmailDialog: the server's answer to a send, as a headline, a summary
// (what was accepted, an optional note on the scheduled time, where to follow the emails), a link
// to the Outbox and the recipients with the answer for each.
class SendResultView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendResultView)

public:
    explicit SendResultView(models::SendRecipientsModel *results, QWidget *parent = nullptr);

    // `lines` say what the server accepted, `tail` where to follow the emails; the schedule note
    // between them is cleared.
    void showAnswer(const QString &headline, const QStringList &lines, const QString &tail, bool outboxLinkShown);
    void setHeadline(const QString &headline);
    void setScheduleNote(const QString &note);

    QLabel *summaryLabel() const { return m_summary; }
    QTableView *resultsView() const { return m_resultsView; }

Q_SIGNALS:
    // The Outbox link was activated (once at most).
    void outboxRequested();

private:
    void renderSummary();

    QStringList m_lines;
    QString m_scheduleNote;
    QString m_tail;
    bool m_outboxRequested = false;

    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_outboxLink;
    QTableView *m_resultsView;
};

} // namespace hexclave::ui
