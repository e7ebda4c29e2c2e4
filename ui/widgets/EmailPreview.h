#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace hexclave::ui {

class BlockingTextBrowser;

// Shows an email as the server rendered it, read-only. Nothing is fetched: every resource that
// is not an inline data: URL is blocked and counted ("2 remote images blocked"), and links are
// not followed (hovering one shows its target). Also shows a busy message or a render error.
class EmailPreview : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailPreview)

public:
    explicit EmailPreview(QWidget *parent = nullptr);

    void showHtml(const QString &html, const QString &subject = {});
    // Over the email shown, if any (it stays in view until the next showHtml), else on its own.
    void showBusy(const QString &message);
    // `details` is shown selectable, e.g. the server's message with line and column.
    void showError(const QString &title, const QString &details);
    void clear();

    int blockedResourceCount() const;
    // Plain text of what is shown (subject, notes, body, busy or error text), for tests.
    QString shownText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPaletteColors();
    void updateBlockedNote();
    void showHoveredLink(const QString &url);

    QStackedWidget *m_stack;
    QWidget *m_emailPage;
    QLabel *m_subject;
    QLabel *m_blockedNote;
    QLabel *m_busyNote;
    QLabel *m_linkTarget;
    BlockingTextBrowser *m_browser;
    QLabel *m_busy;
    QWidget *m_errorPage;
    QLabel *m_errorTitle;
    QLabel *m_errorDetails;
    QWidget *m_emptyPage;
};

} // namespace hexclave::ui
