#pragma once

// Shared by the tests of the user view's tabs: a project connection on the TestServer (the
// emulator, or a live server), throwaway users made through the API and deleted afterwards,
// calls that wait for their answer, and clicks and keys on what the tabs show (check boxes in a
// table, Delete on a row, buttons of a message box).

#include "TestServer.h"
#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "ProjectContext.h"
#include "connections/Workspace.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/users/detail/UserDataView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <memory>
#include <optional>

namespace hexclave::tests {

// A connection to the test project with one kind of key, and the users a test made.
class UserViewFixture
{
public:
    explicit UserViewFixture(api::CredentialKind kind = api::CredentialKind::AdminKey,
                             const emulator::EmulatorOptions &options = {})
        : server(TestServer::start(options))
    {
        if (!server)
            return;
        const QString key = kind == api::CredentialKind::ServerKey ? server->serverKey() : server->adminKey();
        if (server->projectId().isEmpty() || key.isEmpty())
            return; // a live server without the variables: the test skips (HEXCLAVE_REQUIRE)
        session = openWithKey(workspace, server->apiRoot(), kind, server->projectId(), key);
        for (const api::Project &project : session->projects()) {
            if (project.id == server->projectId())
                context = {session, project, &settings};
        }
    }

    ~UserViewFixture()
    {
        for (const QString &id : std::as_const(m_createdUsers))
            run(api::users::remove(context.scope(), id));
    }

    UserViewFixture(const UserViewFixture &) = delete;
    UserViewFixture &operator=(const UserViewFixture &) = delete;

    bool isReady() const { return server && context.isValid(); }
    emulator::Emulator *emulator() const { return server ? server->emulator() : nullptr; }

    // Sends `call` and waits for the answer; nothing on failure (then `error` says why).
    template <class T>
    std::optional<T> run(api::Call<T> call, QString *error = nullptr)
    {
        if (!context.client()) {
            if (error)
                *error = QStringLiteral("no connection");
            return std::nullopt;
        }
        std::optional<T> result;
        QString failure;
        bool done = false;
        api::Job<T> *job = context.client()->send(std::move(call));
        QObject receiver;
        QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
            if (job->succeeded())
                result = job->takeValue();
            else
                failure = job->error().describe();
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs))
            failure = QStringLiteral("no answer within %1 ms").arg(kUiTimeoutMs);
        if (error)
            *error = failure;
        return result;
    }

    // A new user (POST /users with `fields` besides a unique email and display name), deleted
    // when the fixture goes.
    std::optional<api::User> createUser(const QString &name, QJsonObject fields = {}, QString *error = nullptr)
    {
        if (!fields.contains(QStringLiteral("primary_email"))) {
            const QString email = TestServer::uniqueName(QStringLiteral("tabs")) + QStringLiteral("@example.com");
            fields.insert(QStringLiteral("primary_email"), email);
        }
        fields.insert(QStringLiteral("display_name"), name);
        const QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        std::optional<api::User> user = run(api::Call<api::User>{api::ApiRequest::post(QStringLiteral("/users"), context.scope(), body)}, error);
        if (user)
            m_createdUsers << user->id;
        return user;
    }

    std::unique_ptr<TestServer> server;
    QNetworkAccessManager network;
    api::Workspace workspace{&network, nullptr, nullptr};
    api::ConnectionSession *session = nullptr;
    ui::AppSettings settings{nullptr};
    ui::ProjectContext context;

private:
    QStringList m_createdUsers;
};

#define HEXCLAVE_REQUIRE_FIXTURE(fixture, needs)                                                      \
    do {                                                                                              \
        QVERIFY2((fixture).server, "the emulator did not start");                                     \
        HEXCLAVE_REQUIRE(*(fixture).server, needs);                                                   \
        QVERIFY2((fixture).isReady(), (fixture).session ? qPrintable((fixture).session->lastError().describe()) \
                                                        : "no connection");                           \
    } while (false)

// Shows a tab in a window of a usual size and waits until it is on screen and active.
inline bool showView(QWidget &view, QSize size = {760, 480})
{
    view.resize(size);
    view.show();
    view.activateWindow();
    return QTest::qWaitForWindowActive(&view);
}

// Settled: loaded (or failed) and not saving anything.
inline bool settled(const ui::SubjectDataView &view)
{
    return (view.state() == ui::SubjectDataView::State::Loaded || view.state() == ui::SubjectDataView::State::Failed)
        && !view.isBusy();
}

// Clicks the check box drawn in a table cell, where a person would.
inline void clickCheckBox(QTableView *table, const QModelIndex &index)
{
    table->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.rect = table->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    option.widget = table;
    const QRect indicator = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, indicator.center());
}

// Selects `row` with a click and presses Delete in the table, as a person would. Questions do not
// block: the one the key asks is open when this returns (answer it after, not before: this waits
// for the window, and an answer armed before would look for the question too early).
inline bool pressDeleteOnRow(QTableView *table, int row, int column = 0)
{
    // Back in the window, if a dialog was in front of it before.
    table->activateWindow();
    if (!QTest::qWaitForWindowActive(table->window()))
        return false;
    clickCell(table, row, column);
    table->setFocus();
    if (!QTest::qWaitFor([table] { return table->hasFocus(); }, kUiTimeoutMs))
        return false;
    QTest::keyClick(table, Qt::Key_Delete);
    return true;
}

// Answers the message box that opens next with the button showing `buttonText`.
inline void answerNextMessageBox(QObject *context, bool *done, const QString &buttonText)
{
    onNextModal<QMessageBox>(context, done, [buttonText](QMessageBox *box) {
        QPushButton *button = findButton<QPushButton>(box, buttonText);
        if (!button) {
            QTest::qFail(qPrintable(QStringLiteral("no “%1” button in “%2”").arg(buttonText, box->text())), __FILE__, __LINE__);
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace hexclave::tests
