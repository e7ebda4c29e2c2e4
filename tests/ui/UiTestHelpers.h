#pragma once

// Helpers shared by the widget tests: signing in, finding widgets by what a person sees,
// clicking rows, headers and list items, and scrolling a paged table to its end.

#include "PagedTableModel.h"
#include "connections/Workspace.h"
#include "widgets/ColorScheme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace hexclave::tests {

constexpr int kUiTimeoutMs = 15000;

// Adds a dashboard-account connection to `workspace` and signs in with email and password;
// returns once the session settled (check its state).
inline api::ConnectionSession *signInDashboard(api::Workspace &workspace, const QUrl &apiRoot,
                                               const QString &publishableKey, const QString &email,
                                               const QString &password)
{
    api::Connection connection = api::Connection::selfHosted(apiRoot);
    connection.kind = api::CredentialKind::DashboardAccount;
    connection.publishableClientKey = publishableKey;
    api::ConnectionSession *session = workspace.addConnection(connection);
    session->signInWithPassword(email, password);
    // The caller checks the state: a session still opening after the timeout fails there.
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [session] { return session->state() != api::ConnectionSession::State::Opening; }, kUiTimeoutMs);
    return session;
}

// Adds a project-key connection and opens it with `key`; returns once the session settled.
inline api::ConnectionSession *openWithKey(api::Workspace &workspace, const QUrl &apiRoot, api::CredentialKind kind,
                                           const QString &projectId, const QString &key)
{
    api::Connection connection = api::Connection::selfHosted(apiRoot);
    connection.kind = kind;
    connection.projectId = projectId;
    api::ConnectionSession *session = workspace.addConnection(connection);
    session->openWithSecret(key);
    // The caller checks the state: a session still opening after the timeout fails there.
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [session] { return session->state() != api::ConnectionSession::State::Opening; }, kUiTimeoutMs);
    return session;
}

// The app's dark palette (every role, also the 3D shades that styles draw frames and check box
// outlines with): for screenshots and contrast checks.
inline QPalette darkPalette()
{
    return ui::schemePalette(ui::ColorScheme::Dark);
}

// Pictures of widgets for people to look at: each is grabbed (and must not be empty); with
// HEXCLAVE_SCREENSHOT_DIR set it is also saved there as <name>.png.
class Screenshots
{
public:
    Screenshots()
        : m_directory(qEnvironmentVariable("HEXCLAVE_SCREENSHOT_DIR"))
    {
        if (!m_directory.isEmpty())
            QDir().mkpath(m_directory);
    }

    // False when the picture is empty or could not be written.
    bool save(QWidget *widget, const QString &name) const
    {
        const QPixmap picture = widget->grab();
        if (picture.isNull())
            return false;
        return m_directory.isEmpty() || picture.save(QDir(m_directory).filePath(name + QStringLiteral(".png")));
    }

private:
    QString m_directory;
};

inline QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// The visible button (push button, check box, tool button) under `root` showing `text`.
template <class Button = QAbstractButton>
Button *findButton(const QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<Button *>();
    for (Button *button : buttons) {
        if (withoutMnemonic(button->text()) == text && button->isVisibleTo(root->window()))
            return button;
    }
    return nullptr;
}

// The texts of the visible labels under `root`, in creation order.
inline QStringList visibleLabelTexts(const QWidget *root)
{
    QStringList texts;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts;
}

// True when some visible label under `root` contains `text`.
inline bool showsText(const QWidget *root, const QString &text)
{
    const QStringList texts = visibleLabelTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(), [&text](const QString &shown) { return shown.contains(text); });
}

// Clicks a check box or radio button where a person would: on its indicator.
inline void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

inline void clickCell(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

inline void clickHeaderSection(QHeaderView *header, int section)
{
    const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

inline void clickListItem(QListWidget *list, QListWidgetItem *item)
{
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

// Scrolls the table to the bottom again and again, as a person would, so that the view asks the
// model for more until the list is complete. `afterEachPage` runs whenever a page has arrived.
// Returns an empty string, or what went wrong.
inline QString scrollToEnd(QTableView *table, const models::PagedTableModel &model,
                           const std::function<void()> &afterEachPage = {})
{
    using State = models::PagedTableModel::FetchState;
    QScrollBar *bar = table->verticalScrollBar();
    for (int guard = 0; guard < 1'000'000; ++guard) {
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, 30'000))
            return QStringLiteral("a page did not arrive within 30 s");
        if (afterEachPage)
            afterEachPage();
        if (model.fetchState() == State::Finished)
            return {};
        if (model.fetchState() == State::Failed)
            return QStringLiteral("loading failed: ") + model.lastError().userMessage();
        const int rows = model.rowCount();
        QCoreApplication::processEvents(); // the view lays out the rows that came
        bar->setValue(bar->maximum());
        if (!model.isLoading() && model.rowCount() == rows && model.fetchState() == State::CanFetchMore)
            return QStringLiteral("scrolling to the bottom (%1 of %2) did not fetch more at %3 rows")
                .arg(bar->value())
                .arg(bar->maximum())
                .arg(rows);
    }
    return QStringLiteral("the list never ended");
}

// Runs `body` on the modal dialog that opens next (QTimer::singleShot + the dialog's own event
// loop), and closes the dialog if `body` left it open (e.g. after a failed QVERIFY).
template <class Dialog>
void onNextModal(QObject *context, bool *done, std::function<void(Dialog *)> body)
{
    QTimer::singleShot(0, context, [done, body = std::move(body)] {
        QWidget *modal = nullptr;
        [[maybe_unused]] const bool opened = QTest::qWaitFor(
            [&modal] { return (modal = QApplication::activeModalWidget()) != nullptr; }, kUiTimeoutMs);
        // The body may let the dialog finish, and its owner delete it meanwhile.
        const QPointer<QWidget> alive(modal);
        auto *dialog = qobject_cast<Dialog *>(modal);
        if (dialog && !QTest::qWaitForWindowActive(dialog))
            QTest::qFail("the dialog did not become active", __FILE__, __LINE__);
        else if (dialog)
            body(dialog);
        else
            QTest::qFail("no modal dialog of the expected type opened", __FILE__, __LINE__);
        if (alive && alive->isVisible())
            alive->close();
        *done = true;
    });
}

} // namespace hexclave::tests
