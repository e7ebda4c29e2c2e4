#pragma once

#include "Page.h"

class QLabel;
class QPushButton;

namespace hexclave::ui {

// A page that explains instead of showing data: an area not built yet, an area the current
// credential cannot use, or the first-run welcome.
class MessagePage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePage)

public:
    MessagePage(const QString &iconName, const QString &title, const QString &text, QWidget *parent = nullptr);

    // Adds a button under the text; returns it so the caller can connect it.
    QPushButton *addAction(const QString &label);
    // The message reports a failure (e.g. no connection could be opened).
    void setShowsError(bool error) { markReady(error); }

    // Puts a message page filling `page` (which has no layout yet): for a page that cannot be used.
    static MessagePage *fill(QWidget *page, const QString &iconName, const QString &title, const QString &text);
    static MessagePage *notBuiltYet(const QString &iconName, const QString &areaTitle, QWidget *parent = nullptr);
    static MessagePage *unavailable(const QString &iconName, const QString &areaTitle, const QString &why,
                                    QWidget *parent = nullptr);

private:
    QWidget *m_actions;
};

} // namespace hexclave::ui
