#pragma once

// What the user-dialog tests share: a project opened with a key on the TestServer (emulator by
// default, live with HEXCLAVE_TEST_BASE_URL), a second client to set up and check users behind
// the dialog's back, and the clean-up of every user a test created.

#include "TestServer.h"
#include "UiTestHelpers.h"

#include "ProjectContext.h"
#include "core/ApiClient.h"
#include "dto/JsonText.h"
#include "endpoints/UsersEndpoints.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace hexclave::tests {

// Waits for `job` (which deletes itself after finishing) and returns its value, or nothing with
// `error` set.
template <class T>
std::optional<T> waitForJob(api::Job<T> *job, api::ApiError *error = nullptr)
{
    std::optional<T> value;
    api::ApiError failure;
    bool finished = false;
    QObject::connect(job, &api::ApiJob::finished, job, [&] {
        finished = true;
        if (job->succeeded())
            value = job->takeValue();
        else
            failure = job->error();
    });
    if (!QTest::qWaitFor([&finished] { return finished; }, kUiTimeoutMs)) {
        job->abort(); // finishes it (Cancelled) at once
        [[maybe_unused]] const bool aborted = QTest::qWaitFor([&finished] { return finished; }, 1000);
        failure = api::ApiError::parse(QStringLiteral("the request did not finish in time"));
    }
    if (error)
        *error = failure;
    return value;
}

class DialogTestProject
{
public:
    // Opens the test project with `kind` (admin key by default). ok() tells whether it worked;
    // skipReason() is non-empty when a live server lacks the variables for it.
    explicit DialogTestProject(api::CredentialKind kind = api::CredentialKind::AdminKey)
        : m_server(TestServer::start())
    {
        if (!m_server) {
            m_problem = QStringLiteral("the emulator did not start");
            return;
        }
        m_skipReason = m_server->missing(kind == api::CredentialKind::ServerKey ? TestServer::Needs::ServerKey
                                                                                  : TestServer::Needs::AdminKey);
        if (!m_skipReason.isEmpty() || !m_server->missing(TestServer::Needs::AdminKey).isEmpty())
            return;
        m_admin = m_server->adminClient(&m_network);
        const QString key = kind == api::CredentialKind::ServerKey ? m_server->serverKey() : m_server->adminKey();
        m_session = openWithKey(m_workspace, m_server->apiRoot(), kind, m_server->projectId(), key);
        if (m_session->state() != api::ConnectionSession::State::Ready) {
            m_problem = QStringLiteral("the session did not open: ") + m_session->lastError().describe();
            return;
        }
        for (const api::Project &project : m_session->projects()) {
            if (project.id == m_server->projectId()) {
                m_context.session = m_session;
                m_context.project = project;
            }
        }
        if (!m_context.isValid())
            m_problem = QStringLiteral("the test project is not among the session's projects");
    }

    ~DialogTestProject()
    {
        for (const QString &id : std::as_const(m_createdUserIds))
            waitForJob(m_admin->send(api::users::remove(scope(), id)));
    }

    bool ok() const { return m_problem.isEmpty() && m_skipReason.isEmpty(); }
    QString problem() const { return m_problem; }
    QString skipReason() const { return m_skipReason; }

    TestServer &server() const { return *m_server; }
    emulator::Emulator *emulator() const { return m_server->emulator(); }
    const ui::ProjectContext &context() const { return m_context; }
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }
    api::ApiClient &admin() const { return *m_admin; }

    // A unique address on a domain no mail goes to.
    static QString uniqueEmail(const QString &prefix = QStringLiteral("dialog-test"))
    {
        return TestServer::uniqueName(prefix).toLower() + QStringLiteral("@example.com");
    }

    // Creates a user through the API; it is deleted when the test ends.
    std::optional<api::User> createUser(const api::users::NewUser &user, api::ApiError *error = nullptr)
    {
        auto created = waitForJob(m_admin->send(api::users::create(scope(), user)), error);
        if (created)
            m_createdUserIds << created->id;
        return created;
    }

    // A user with a unique email used for sign-in, a password and a display name.
    std::optional<api::User> createSampleUser(const QString &displayName = QStringLiteral("Dialog Test User"))
    {
        api::users::NewUser user;
        user.primaryEmail = uniqueEmail();
        user.primaryEmailVerified = true;
        user.primaryEmailAuthEnabled = true;
        user.password = QStringLiteral("correct horse battery staple");
        user.displayName = displayName;
        return createUser(user);
    }

    // The user as the server has it now.
    std::optional<api::User> fetchUser(const QString &id, api::ApiError *error = nullptr)
    {
        return waitForJob(m_admin->send(api::users::get(scope(), id)), error);
    }

    // Users the dialog created: deleted when the test ends too.
    void forgetLater(const QString &userId) { m_createdUserIds << userId; }

private:
    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    api::Workspace m_workspace{&m_network, nullptr, nullptr};
    std::unique_ptr<api::ApiClient> m_admin;
    api::ConnectionSession *m_session = nullptr;
    ui::ProjectContext m_context;
    QStringList m_createdUserIds;
    QString m_problem;
    QString m_skipReason;
};

#define HEXCLAVE_OPEN_PROJECT(project)                          \
    do {                                                        \
        if (!(project).skipReason().isEmpty())                  \
            QSKIP(qPrintable((project).skipReason()));          \
        QVERIFY2((project).ok(), qPrintable((project).problem())); \
    } while (false)

// Types `text` into `widget` key by key, like QTest::keyClicks, but also line breaks (Return)
// and characters no US keyboard has (sent as key events carrying just their text).
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            const QString character = c.isHighSurrogate() ? text.mid(i++, 2) : QString(c);
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, character, Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, character, Qt::NoModifier);
        }
    }
}

// Shows `dialog` (not modal: the test drives it) and waits until it is active.
inline bool showDialog(QWidget *dialog)
{
    dialog->show();
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog);
}

// Clicks `button` of the message box that opens next, once it is shown; `text` gets its question,
// `buttonTexts` the texts of its buttons.
inline void answerNextQuestion(QObject *context, bool *done, QMessageBox::StandardButton button,
                               QString *text = nullptr, QStringList *buttonTexts = nullptr)
{
    onNextModal<QMessageBox>(context, done, [button, text, buttonTexts](QMessageBox *box) {
        if (text)
            *text = box->text();
        if (buttonTexts) {
            const auto buttons = box->buttons();
            for (const QAbstractButton *shown : buttons)
                *buttonTexts << withoutMnemonic(shown->text());
        }
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

// For a step that must not ask anything: a modal window that opens within `ms` anyway is closed
// (so that the test fails instead of waiting forever) and `*opened` is set.
inline void closeUnexpectedQuestion(QObject *context, bool *opened, int ms = 1000)
{
    QTimer::singleShot(ms, context, [opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            *opened = true;
            modal->close();
        }
    });
}

// The JSON values `a` and `b` are the same (layout aside).
inline bool sameJson(const QString &a, const QString &b)
{
    return api::prettyJson(a) == api::prettyJson(b);
}

} // namespace hexclave::tests
