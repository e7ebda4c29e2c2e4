#pragma once

#include <QWidget>

namespace hexclave::ui {

// One area of the console for one project. A page says when its first data is on screen
// (or failed to load) — for --screenshot, the benchmark and tests.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    bool isReady() const { return m_ready; }
    // The page showed an error instead of its data (the first load failed).
    bool showsError() const { return m_showsError; }
    // Called when the page becomes visible after having been hidden; pages may refresh.
    virtual void activate() {}
    // Puts the keyboard focus where typing makes sense (e.g. the search box).
    virtual void focusPrimaryInput() {}
    // Edits made on the page itself (not in a dialog) that are not saved yet; the window asks
    // before they would be lost (closing, switching project).
    virtual bool hasUnsavedChanges() const { return false; }
    // The person chose to discard those edits (the page is about to go): drop what the page
    // keeps of them, e.g. autosaved text that would otherwise be offered again at the next start.
    virtual void discardUnsavedChanges() {}

Q_SIGNALS:
    void ready();

protected:
    explicit Page(QWidget *parent = nullptr)
        : QWidget(parent)
    {
    }

    void markReady(bool failed = false)
    {
        m_showsError = failed;
        if (m_ready)
            return;
        m_ready = true;
        Q_EMIT ready();
    }

private:
    bool m_ready = false;
    bool m_showsError = false;
};

} // namespace hexclave::ui
