// A fault soak: the main window on the demo server while the emulator injects latency, 429 and
// 503 with Retry-After, 500/502, dropped connections, lost answers (handled, then dropped),
// malformed and truncated bodies into a share of all requests. The test walks every area and tab
// (reloading each page with F5) for several rounds and makes the main edits through their
// dialogs, the payments catalog's review, an email draft's editor and a support reply. After
// each step: the app is alive, every request that failed for good (no later request to the same
// URL succeeded) left an error on screen, no typed edit was lost, and no create happened twice.
// The figures (requests, faults per kind, attempts per edit, checks) go to the output.

#include "UiTestHelpers.h"

#include "AppSettings.h"
#include "autosave/EditorAutosave.h"
#include "DemoServer.h"
#include "emails/EmailSourceListModel.h"
#include "support/ThreadModel.h"
#include "MainWindow.h"
#include "core/ApiClient.h"
#include "core/ApiJob.h"
#include "dialogs/CreateUserDialog.h"
#include "dialogs/EditUserDialog.h"
#include "dialogs/RequestDialog.h"
#include "dialogs/TeamDialog.h"
#include "emulator/Emulator.h"
#include "endpoints/ApiKeysEndpoints.h"
#include "endpoints/ConfigEndpoints.h"
#include "endpoints/EmailsEndpoints.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/SupportEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"
#include "pages/Page.h"
#include "pages/apikeys/ApiKeysEnabledSection.h"
#include "pages/apikeys/CreateProjectKeysDialog.h"
#include "pages/emails/EmailsPage.h"
#include "pages/emails/sources/DraftsView.h"
#include "pages/payments/PaymentsPage.h"
#include "pages/payments/catalog/CatalogReviewDialog.h"
#include "pages/payments/catalog/ProductDialog.h"
#include "pages/payments/catalog/ProductsEditor.h"
#include "pages/permissions/PermissionDefinitionDialog.h"
#include "pages/support/SupportPage.h"
#include "pages/support/conversation/ConversationView.h"
#include "pages/support/conversation/ReplyComposer.h"
#include "pages/support/conversation/ThreadView.h"
#include "widgets/code/CodeEditor.h"
#include "widgets/code/SourceEditor.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;

constexpr double kFaultRate = 0.3;
constexpr double kSaveFaultRate = 0.5; // the editors' saves: a few requests each, so that most fail at least once
constexpr int kRounds = 4;
constexpr int kAnswerTimeoutMs = 60'000; // retries with Retry-After and latency on top

const char *kindName(int kind)
{
    static const char *const names[] = {"latency", "status", "known error", "dropped connection",
                                        "malformed body", "truncated body", "lost answer"};
    return kind >= 0 && kind < int(std::size(names)) ? names[kind] : "?";
}

// An answer the client never got right: anything but latency.
bool isFailure(const emulator::RecordedRequest &request)
{
    return request.faultKind >= 0 && request.faultKind != int(Fault::Kind::Latency);
}

// Shown, or shown on its page once the person goes back to that page (a page that is not the
// current one keeps its banner).
bool isShownOnItsPage(const QWidget *widget)
{
    if (widget->isVisible())
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const ui::Page *>(parent))
            return widget->isVisibleTo(parent);
    }
    return false;
}

// Some error is on screen in `root` (a banner, a field's message, a page that failed, a message box).
bool showsAnError(QWidget *root)
{
    const auto banners = root->findChildren<ui::ErrorBanner *>();
    if (std::any_of(banners.cbegin(), banners.cend(), [](const ui::ErrorBanner *banner) { return isShownOnItsPage(banner); }))
        return true;
    const auto messages = root->findChildren<ui::FieldMessage *>();
    if (std::any_of(messages.cbegin(), messages.cend(),
                    [](const ui::FieldMessage *message) { return message->isVisible() && message->isShowingError(); }))
        return true;
    const auto pages = root->findChildren<ui::Page *>();
    if (std::any_of(pages.cbegin(), pages.cend(), [](const ui::Page *page) { return page->isVisible() && page->showsError(); }))
        return true;
    return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()) != nullptr;
}


// Failures the app leaves silent on purpose, because what is on screen stays right: a failed name
// lookup leaves the user's id in place of the name (outbox, customers); a team's member count
// that failed reads "?" in its row (the tooltip says why); a quiet re-read of a support
// conversation keeps the thread that is shown (the first load of one shows its error page, which
// the check sees); the unread-support watcher polls again with backoff. Counted separately.
bool isSilentByDesign(const QString &request)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"^GET /users/[0-9a-f-]{36}\\?$"_s),
        QRegularExpression(u"^GET /users\\?.*team_id="_s),
        QRegularExpression(u"^GET /internal/conversations/[0-9a-f-]{36}\\?"_s),
        QRegularExpression(u"^GET /internal/conversations\\?projectId=[0-9a-f-]{36}&status=open$"_s),
    };
    return std::any_of(std::cbegin(patterns), std::cend(patterns),
                       [&request](const QRegularExpression &pattern) { return pattern.match(request).hasMatch(); });
}

} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        // Drafts and autosaved edits go to a folder of this run's own: none of an earlier run come back.
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        QVERIFY(models::EditorAutosave::defaultDirectory().startsWith(m_home.path()));
        QVERIFY2(m_demo.start(&m_error), qPrintable(m_error));
        m_window = std::make_unique<ui::MainWindow>(&m_workspace, &m_settings);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_demo.signIn(&m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->projectContext().isValid() && m_window->hasSettledPage(), kUiTimeoutMs);
        m_firstRequest = emulator().requestCount();
        chaosOn();
    }

    void cleanupTestCase()
    {
        emulator().clearFaults();
        const QList<int> counts = emulator().injectedFaultCounts();
        int total = 0;
        for (int kind = 0; kind < counts.size(); ++kind) {
            qInfo("soak: faults injected, %s: %d", kindName(kind), counts.at(kind));
            total += counts.at(kind);
        }
        qInfo("soak: %d requests, %d faults injected, %d pages/tabs visited (%d reloaded with F5), %d failed-for-good requests each "
              "matched by an error on screen, %d silent by design, %d edits (%d attempts, %d failed attempts, %d creates whose answer was lost and not resent), %d checks, %lld s",
              emulator().requestCount() - m_firstRequest, total, m_visits, m_reloads, m_failuresShown, m_silentByDesign, m_edits, m_attempts,
              m_failedAttempts, m_lostCreates, m_checks, m_clock.elapsed() / 1000);
        m_window.reset();
    }

    void init()
    {
        m_attemptsBefore = m_attempts;
        m_failedBefore = m_failedAttempts;
    }

    void cleanup()
    {
        if (m_faultRate != kFaultRate) {
            m_faultRate = kFaultRate;
            chaosOn();
        }
        if (m_attempts > m_attemptsBefore)
            qInfo("soak: %s: %d attempts, %d failed", QTest::currentTestFunction(), m_attempts - m_attemptsBefore,
                  m_failedAttempts - m_failedBefore);
    }

    void walkEveryPage()
    {
        for (int round = 0; round < kRounds; ++round) {
            for (api::Area area : api::allAreas()) {
                const qsizetype mark = emulator().requestCount();
                m_window->showArea(area);
                QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == area && m_window->hasSettledPage(), kAnswerTimeoutMs);
                settle();
                reload();
                const QString page = api::areaTitle(area);
                QWidget *current = m_window->currentPage();
                QVERIFY(current);
                selectFirstRows(current);
                checkFailuresShown(mark, page);
                QSet<QTabWidget *> visited;
                visitTabs(current, page, visited);
                ++m_visits;
            }
        }
        QVERIFY2(m_unshown.isEmpty(), qPrintable(m_unshown.join(u'\n')));
    }

    void createAndEditUser()
    {
        const ui::ProjectContext context = m_window->projectContext();
        const QString email = u"soak-%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
        std::optional<api::User> created;
        {
            ui::CreateUserDialog dialog(context, m_window.get());
            connect(&dialog, &ui::CreateUserDialog::created, this, [&created](const api::User &user) { created = user; });
            showDialog(dialog);
            QTest::keyClicks(dialog.emailField(), email);
            if (dialog.noPasswordBox()->isVisible() && !dialog.noPasswordBox()->isChecked())
                clickIndicator(dialog.noPasswordBox());
            submitUntilDone(dialog, dialog.createButton(), [&] { return dialog.emailField()->text() == email; },
                            [&] { return usersWithEmail(email); });
        }
        QCOMPARE(usersWithEmail(email), 1);
        ++m_checks;
        const QList<api::User> users = findUsers(email);
        QCOMPARE(users.size(), 1);

        const QString name = u"Soak Renamed %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        {
            ui::EditUserDialog dialog(context, users.first(), m_window.get());
            showDialog(dialog);
            dialog.displayNameField()->selectAll();
            QTest::keyClicks(dialog.displayNameField(), name);
            submitUntilDone(dialog, dialog.saveButton(), [&] { return dialog.displayNameField()->text() == name; }, {});
        }
        const QList<api::User> renamed = findUsers(email);
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.first().displayName.value_or(QString()), name);
        ++m_checks;
    }

    void createAndEditTeam()
    {
        const ui::ProjectContext context = m_window->projectContext();
        const QString name = u"Soak Team %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        {
            ui::TeamDialog dialog(context, m_window.get());
            showDialog(dialog);
            QTest::keyClicks(dialog.displayNameField(), name);
            submitUntilDone(dialog, dialog.acceptButton(), [&] { return dialog.displayNameField()->text() == name; },
                            [&] { return int(teamsNamed(name).size()); });
        }
        const QList<api::Team> teams = teamsNamed(name);
        QCOMPARE(teams.size(), 1);
        ++m_checks;

        const QString renamed = name + u" (renamed)"_s;
        {
            ui::TeamDialog dialog(context, teams.first(), m_window.get());
            showDialog(dialog);
            dialog.displayNameField()->selectAll();
            QTest::keyClicks(dialog.displayNameField(), renamed);
            submitUntilDone(dialog, dialog.acceptButton(), [&] { return dialog.displayNameField()->text() == renamed; }, {});
        }
        QCOMPARE(teamsNamed(renamed).size(), 1);
        QCOMPARE(teamsNamed(name).size(), 0);
        m_checks += 2;
    }

    void createPermissionDefinition()
    {
        const ui::ProjectContext context = m_window->projectContext();
        const QString id = u"soak:%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const auto scope = api::permissions::PermissionScope::Project;
        {
            ui::PermissionDefinitionDialog dialog(context, scope, {}, {}, std::nullopt, m_window.get());
            showDialog(dialog);
            QTest::keyClicks(dialog.idField(), id);
            QTest::keyClicks(dialog.descriptionField(), u"Made by the fault soak"_s);
            submitUntilDone(dialog, dialog.saveButton(), [&] { return dialog.idField()->text() == id; },
                            [&] { return definitionsWithId(id); });
        }
        QCOMPARE(definitionsWithId(id), 1);
        ++m_checks;
    }

    void createApiKeySet()
    {
        const ui::ProjectContext context = m_window->projectContext();
        const QString description = u"Soak keys %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        {
            ui::CreateProjectKeysDialog dialog(context, m_window.get());
            showDialog(dialog);
            QTest::keyClicks(dialog.descriptionField(), description);
            submitUntilDone(dialog, dialog.createButton(), [&] { return dialog.descriptionField()->text() == description; },
                            [&] { return keySetsDescribed(description); });
        }
        QCOMPARE(keySetsDescribed(description), 1);
        ++m_checks;
    }

    // A config value applied through the API keys page's switch (config apiKeys.enabled.user).
    void applyConfigValue()
    {
        m_window->showArea(api::Area::ApiKeys);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == api::Area::ApiKeys && m_window->hasSettledPage(), kAnswerTimeoutMs);
        settle();
        auto *section = m_window->currentPage()->findChild<ui::ApiKeysEnabledSection *>();
        QVERIFY(section);
        ++m_edits;
        const std::optional<bool> before = userKeysEnabled();
        QVERIFY(before);
        const bool wanted = !*before;
        bool faultsPaused = false;
        for (int attempt = 0;; ++attempt) {
            if (attempt == 3) {
                emulator().clearFaults();
                faultsPaused = true;
            }
            if (!section->userKeysBox()->isEnabled()) { // the first read failed: its banner offers to read again
                QVERIFY2(showsAnError(section), "the switch is disabled without an error");
                QAbstractButton *readAgain = findButton(section, u"Read again"_s);
                QVERIFY(readAgain);
                QTest::mouseClick(readAgain, Qt::LeftButton);
                settle();
                ++m_checks;
                continue;
            }
            if (section->userKeysBox()->isChecked() == wanted)
                break; // a verification that failed after the write went through
            ++m_attempts;
            clickIndicator(section->userKeysBox());
            QTRY_VERIFY_WITH_TIMEOUT(!section->isSaving(), kAnswerTimeoutMs);
            settle();
            if (section->statusText() == u"Saved."_s)
                break;
            ++m_failedAttempts;
            QVERIFY2(attempt < 3, "the setting was not saved without faults");
            QVERIFY2(showsAnError(section), "a failed write showed no error");
            ++m_checks;
        }
        if (faultsPaused)
            chaosOn();
        QCOMPARE(userKeysEnabled(), std::optional<bool>(wanted));
        QCOMPARE(section->userKeysBox()->isChecked(), wanted);
        m_checks += 2;
    }

    // A product renamed in the Products & items draft, then "Review and save…" (config payments.products).
    // A save that failed must say so and keep the draft; a lost answer leaves the edit on the server,
    // and the next save must find it there rather than call it someone else's change.
    void saveEditedProduct()
    {
        emulator().clearFaults(); // getting there is the walk's part; the save runs under faults
        m_window->showArea(api::Area::Payments);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == api::Area::Payments && m_window->hasSettledPage(), kAnswerTimeoutMs);
        auto *page = qobject_cast<ui::PaymentsPage *>(m_window->currentPage());
        QVERIFY(page);
        page->showTab(ui::PaymentsPage::Tab::Products);
        ui::ProductsEditor *editor = page->productsEditor();
        QVERIFY(editor);
        reload();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving() && !editor->draft().current().products.isEmpty(), kAnswerTimeoutMs);
        QVERIFY2(!editor->hasUnsavedChanges(), qPrintable(editor->statusText()));
        const QString id = editor->draft().current().products.first().id;
        const QString name = u"Soak product %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(editor->selectEntry(ui::ProductsEditor::EntryKind::Product, id));
        bool named = false;
        onNextModal<ui::ProductDialog>(this, &named, [&name](ui::ProductDialog *dialog) {
            dialog->displayNameField()->selectAll();
            QTest::keyClicks(dialog->displayNameField(), name);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        editor->editAction()->trigger();
        QTRY_VERIFY(named);
        const auto draftName = [editor, &id] {
            for (const api::Product &product : editor->draft().current().products) {
                if (product.id == id)
                    return product.displayName;
            }
            return QString();
        };
        QCOMPARE(draftName(), name);
        m_faultRate = kSaveFaultRate;
        chaosOn();

        // Each failed save: was an error (banner) or a "Nothing was saved" notice on screen when it
        // was reported, and did the draft keep the new name or the server have it?
        struct Outcome
        {
            bool ok = false;
            bool shown = false;
            bool kept = false;
        };
        QList<Outcome> outcomes;
        connect(editor, &ui::ProductsEditor::savedOrFailed, this, [&](bool ok) {
            const bool shown = editor->errorBanner()->isShowingError() || editor->statusText().startsWith(u"Nothing was saved"_s);
            outcomes << Outcome{ok, shown, ok || draftName() == name || productNameOnServer(id) == name};
        });
        // Every review, ours or the one the editor opens again after a refused save, is saved;
        // after three failures the faults are paused.
        int failures = 0;
        bool faultsPaused = false;
        QTimer answerReviews;
        answerReviews.setInterval(20);
        connect(&answerReviews, &QTimer::timeout, this, [&] {
            auto *review = qobject_cast<ui::CatalogReviewDialog *>(QApplication::activeModalWidget());
            if (!review || !review->isVisible() || !review->saveButton()->isEnabled())
                return;
            if (failures >= 3 && !faultsPaused) {
                emulator().clearFaults();
                faultsPaused = true;
            }
            ++m_attempts;
            QTest::mouseClick(review->saveButton(), Qt::LeftButton);
        });
        answerReviews.start();
        ++m_edits;
        editor->reviewAction()->trigger();
        for (qsizetype handled = 0;;) {
            QTRY_VERIFY_WITH_TIMEOUT(outcomes.size() > handled, kAnswerTimeoutMs);
            const Outcome outcome = outcomes.at(handled++);
            if (outcome.ok)
                break;
            ++failures;
            ++m_failedAttempts;
            QVERIFY2(!faultsPaused, "the catalog was not saved without faults");
            QVERIFY2(outcome.shown, "a failed catalog save showed no error");
            QVERIFY2(outcome.kept, "the product's new name is gone after a failed save");
            m_checks += 2;
            QCoreApplication::processEvents(); // a review opened again runs (and is saved) here
            if (editor->isSaving() || outcomes.size() > handled)
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), kAnswerTimeoutMs);
            if (!editor->hasUnsavedChanges()) // "the server already has these changes"
                break;
            editor->reviewAction()->trigger();
        }
        answerReviews.stop();
        if (faultsPaused)
            chaosOn();
        settle();
        QCOMPARE(productNameOnServer(id), name);
        QVERIFY2(!editor->hasUnsavedChanges(), qPrintable(editor->statusText()));
        m_checks += 2;
    }

    // An email draft's source edited and saved (PATCH /internal/email-drafts/<id>).
    void saveEditedEmailDraft()
    {
        emulator().clearFaults();
        m_window->showArea(api::Area::Emails);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == api::Area::Emails && m_window->hasSettledPage(), kAnswerTimeoutMs);
        auto *page = qobject_cast<ui::EmailsPage *>(m_window->currentPage());
        QVERIFY(page);
        page->showTab(ui::EmailsPage::Tab::Drafts);
        ui::DraftsView *view = page->draftsView();
        QVERIFY(view);
        reload();
        const auto listed = [view] { return view->isLoaded() && !view->model()->rows().isEmpty(); };
        if (!QTest::qWaitFor(listed, kUiTimeoutMs))
            view->reload(); // the list's read failed during the walk
        QTRY_VERIFY_WITH_TIMEOUT(listed(), kAnswerTimeoutMs);
        const QString id = view->model()->rows().first().id;
        QVERIFY(view->selectItem(id));
        QTRY_VERIFY_WITH_TIMEOUT(view->currentId() == id && view->editor()->editor()->isEnabled()
                                     && !view->editor()->editor()->isReadOnly() && !view->editor()->text().isEmpty(),
                                 kAnswerTimeoutMs);
        settle();
        QPlainTextEdit *source = view->editor()->editor();
        view->activateWindow();
        source->setFocus();
        source->moveCursor(QTextCursor::End);
        const QString line = u"// soak %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QTest::keyClick(source, Qt::Key_Return);
        for (const QChar c : line) // keyClicks() knows no braces: each character as a key with its text
            QTest::sendKeyEvent(QTest::Click, source, Qt::Key_unknown, QString(c), Qt::NoModifier);
        const QString edited = view->editor()->text();
        QVERIFY(edited.endsWith(line));
        QVERIFY(view->hasUnsavedChanges());
        m_faultRate = kSaveFaultRate;
        chaosOn();

        ++m_edits;
        bool faultsPaused = false;
        for (int attempt = 0;; ++attempt) {
            const bool lastTry = attempt == 3;
            if (lastTry) {
                emulator().clearFaults();
                faultsPaused = true;
            }
            QVERIFY(view->saveButton()->isEnabled());
            QSignalSpy saved(view, &ui::EmailSourcesView::saved);
            QSignalSpy failed(view, &ui::EmailSourcesView::saveFailed);
            ++m_attempts;
            QTest::mouseClick(view->saveButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), kAnswerTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), kAnswerTimeoutMs);
            if (!saved.isEmpty() && !view->hasUnsavedChanges())
                break;
            ++m_failedAttempts;
            QVERIFY2(!lastTry, "the draft was not saved without faults");
            QVERIFY2(view->errorBanner()->isShowingError() && isShownOnItsPage(view->errorBanner()),
                     "a failed draft save showed no error");
            QCOMPARE(view->currentId(), id);
            QVERIFY2(view->editor()->text() == edited, "the edited source is gone after a failed save");
            QVERIFY(view->hasUnsavedChanges());
            m_checks += 3;
        }
        if (faultsPaused)
            chaosOn();
        settle();
        QCOMPARE(draftSourceOnServer(id), std::optional<QString>(edited));
        QCOMPARE(view->editor()->text(), edited);
        m_checks += 2;
    }

    // A reply to a support conversation: a create. After an answer that was lost the reply must
    // be on the server once, and the app must not tell the person it was not sent.
    void replyToConversation()
    {
        emulator().clearFaults();
        m_window->showArea(api::Area::Support);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentArea() == api::Area::Support && m_window->hasSettledPage(), kAnswerTimeoutMs);
        auto *page = qobject_cast<ui::SupportPage *>(m_window->currentPage());
        QVERIFY(page);
        reload();
        api::support::ConversationQuery query;
        query.projectId = m_window->projectContext().project.id;
        query.status = u"open"_s;
        const std::optional<api::ConversationList> list = wait(m_window->projectContext().client()->send(api::support::conversations(query)));
        QVERIFY(list && !list->conversations.isEmpty());
        const QString id = list->conversations.first().conversationId;
        page->openConversation(id);
        ui::ConversationView *view = page->conversationView();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->conversationId() == id && !view->isLoading() && view->threadView()->model()->rowCount() > 0,
                                 kAnswerTimeoutMs);
        settle();
        ui::ReplyComposer *composer = view->composer();
        QPlainTextEdit *editor = composer->editor(ui::ReplyComposer::Mode::Reply);
        QVERIFY(editor->isVisible());
        const QString body = u"Soak reply %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        editor->setFocus();
        QTest::keyClicks(editor, body);
        m_faultRate = kSaveFaultRate;
        chaosOn();

        ++m_edits;
        bool faultsPaused = false;
        for (int attempt = 0;; ++attempt) {
            const bool lastTry = attempt == 3;
            if (lastTry) {
                emulator().clearFaults();
                faultsPaused = true;
            }
            QVERIFY(composer->sendButton()->isEnabled());
            ++m_attempts;
            QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!composer->isBusy(), kAnswerTimeoutMs);
            if (editor->toPlainText().isEmpty())
                break; // sent, or found on the server after a lost answer
            ++m_failedAttempts;
            QVERIFY2(!lastTry, "the reply was not sent without faults");
            QVERIFY2(composer->banner()->isShowingError() && composer->banner()->isVisible(), "a failed reply showed no error");
            QCOMPARE(editor->toPlainText(), body);
            m_checks += 2;
            const int found = repliesOnServer(id, body);
            QVERIFY2(found <= 1, qPrintable(u"the reply is on the server %1 times"_s.arg(found)));
            ++m_checks;
            if (found == 1) { // the answer was lost and the re-read too: the app must not say "not sent"
                const QString shown = visibleLabelTexts(composer).join(u'\n');
                QVERIFY2(!shown.contains(u"not sent"_s, Qt::CaseInsensitive), qPrintable(shown));
                ++m_checks;
                ++m_lostCreates;
                break;
            }
        }
        if (faultsPaused)
            chaosOn();
        settle();
        QCOMPARE(repliesOnServer(id, body), 1);
        ++m_checks;
    }

private:
    std::optional<bool> userKeysEnabled()
    {
        emulator().clearFaults();
        std::optional<api::ConfigTree> config =
            wait(m_window->projectContext().client()->send(api::config::rendered(m_window->projectContext().scope())));
        chaosOn();
        if (!config)
            return std::nullopt;
        return config->boolAt(ui::ApiKeysEnabledSection::userPath).value_or(false);
    }

    QString productNameOnServer(const QString &id)
    {
        emulator().clearFaults();
        std::optional<api::ConfigTree> config =
            wait(m_window->projectContext().client()->send(api::config::rendered(m_window->projectContext().scope())));
        chaosOn();
        if (!config)
            return {};
        for (const api::Product &product : api::paymentsCatalogFrom(*config).products) {
            if (product.id == id)
                return product.displayName;
        }
        return {};
    }

    std::optional<QString> draftSourceOnServer(const QString &id)
    {
        emulator().clearFaults();
        std::optional<api::EmailDraft> draft =
            wait(m_window->projectContext().client()->send(api::emails::draft(m_window->projectContext().scope(), id)));
        chaosOn();
        return draft ? std::optional<QString>(draft->tsxSource) : std::nullopt;
    }

    int repliesOnServer(const QString &conversationId, const QString &body)
    {
        emulator().clearFaults();
        std::optional<api::ConversationDetail> detail = wait(m_window->projectContext().client()->send(
            api::support::conversation(m_window->projectContext().project.id, conversationId)));
        chaosOn();
        if (!detail)
            return -1;
        return int(std::count_if(detail->messages.cbegin(), detail->messages.cend(), [&body](const api::ConversationMessage &message) {
            return message.kind() == api::ConversationMessage::Kind::AgentReply && message.body == body;
        }));
    }

    int definitionsWithId(const QString &id)
    {
        emulator().clearFaults();
        std::optional<api::Page<api::PermissionDefinition>> page = wait(m_window->projectContext().client()->send(
            api::permissions::definitions(m_window->projectContext().scope(), api::permissions::PermissionScope::Project)));
        chaosOn();
        return page ? int(std::count_if(page->items.cbegin(), page->items.cend(),
                                        [&id](const api::PermissionDefinition &definition) { return definition.id == id; }))
                    : -1;
    }

    int keySetsDescribed(const QString &description)
    {
        emulator().clearFaults();
        std::optional<api::Page<api::ProjectApiKey>> page =
            wait(m_window->projectContext().client()->send(api::apiKeys::projectKeys(m_window->projectContext().scope())));
        chaosOn();
        return page ? int(std::count_if(page->items.cbegin(), page->items.cend(),
                                        [&description](const api::ProjectApiKey &key) { return key.description == description; }))
                    : -1;
    }

    emulator::Emulator &emulator() { return m_demo.emulator(); }

    void chaosOn() { emulator().addChaos(m_faultRate, 20261125 + quint64(++m_chaosRuns)); }

    // Until the page has settled and no request of the window is in flight.
    void settle()
    {
        QCoreApplication::processEvents();
        const bool settled = QTest::qWaitFor(
            [&] {
                const auto replies = m_network.findChildren<QNetworkReply *>();
                return m_window->hasSettledPage() && std::ranges::all_of(replies, &QNetworkReply::isFinished);
            },
            kAnswerTimeoutMs);
        QVERIFY(settled);
        // Retries wait on timers (Retry-After, backoff) with no reply in flight: wait for the jobs.
        api::ApiClient *client = m_window->projectContext().client();
        const bool quiet = !client || QTest::qWaitFor(
            [client] {
                const auto jobs = client->findChildren<api::ApiJob *>(Qt::FindDirectChildrenOnly);
                return std::ranges::all_of(jobs, &api::ApiJob::isFinished);
            },
            kAnswerTimeoutMs);
        QVERIFY(quiet);
    }

    // F5 where the page has it.
    void reload()
    {
        ui::Page *page = m_window->currentPage();
        QVERIFY(page);
        page->focusPrimaryInput();
        QWidget *target = QApplication::focusWidget();
        if (!target || !page->isAncestorOf(target))
            target = page;
        const int before = emulator().requestCount();
        QTest::keyClick(target, Qt::Key_F5);
        settle();
        m_reloads += emulator().requestCount() > before ? 1 : 0;
    }

    void selectFirstRows(QWidget *scope)
    {
        const auto views = scope->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || qobject_cast<QHeaderView *>(view) || !view->model() || !view->selectionModel()
                || view->model()->rowCount() == 0 || view->selectionModel()->hasSelection()
                || view->selectionMode() == QAbstractItemView::NoSelection)
                continue;
            view->setCurrentIndex(view->model()->index(0, 0));
            settle();
        }
    }

    void visitTabs(QWidget *scope, const QString &where, QSet<QTabWidget *> &visited)
    {
        const auto tabWidgets = scope->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (visited.contains(tabs) || !tabs->isVisible())
                continue;
            visited.insert(tabs);
            for (int index = 0; index < tabs->count(); ++index) {
                if (!tabs->isTabEnabled(index) || !tabs->isTabVisible(index))
                    continue;
                const qsizetype mark = emulator().requestCount();
                if (!tabs->isVisible())
                    break; // its panel closed (e.g. a reload that failed dropped the selection)
                tabs->setCurrentIndex(index);
                if (!QTest::qWaitFor([tabs, index] { return tabs->widget(index)->isVisible(); }, kUiTimeoutMs)) {
                    QVERIFY2(!tabs->isVisible(), "a tab did not show");
                    break;
                }
                settle();
                reload();
                selectFirstRows(tabs->widget(index));
                const QString here = where + u" › "_s + withoutMnemonic(tabs->tabText(index));
                checkFailuresShown(mark, here);
                ++m_visits;
                visitTabs(tabs->widget(index), here, visited);
            }
        }
    }

    // The requests since `mark` whose last attempt failed: each must have left an error on screen.
    void checkFailuresShown(qsizetype mark, const QString &where)
    {
        const QList<emulator::RecordedRequest> recorded = emulator().recordedRequests();
        const qsizetype count = std::min<qsizetype>(emulator().requestCount() - mark, recorded.size());
        QHash<QString, emulator::RecordedRequest> last;
        QStringList order;
        for (qsizetype i = recorded.size() - count; i < recorded.size(); ++i) {
            const emulator::RecordedRequest &request = recorded.at(i);
            const QString key = request.method + u' ' + request.path + u'?' + request.query;
            if (!last.contains(key))
                order << key;
            last.insert(key, request);
        }
        QStringList failed;
        for (const QString &key : std::as_const(order)) {
            if (!isFailure(last.value(key)))
                continue;
            if (isSilentByDesign(key)) {
                ++m_silentByDesign;
                continue;
            }
            failed << key + u" (" + QString::fromLatin1(kindName(last.value(key).faultKind)) + u')';
        }
        ++m_checks;
        if (failed.isEmpty())
            return;
        if (showsAnError(m_window.get())) {
            m_failuresShown += int(failed.size());
            return;
        }
        for (const QString &request : std::as_const(failed))
            m_unshown << where + u": "_s + request;
        qWarning().noquote() << "no error shown on" << where << "for" << failed;
    }

    void showDialog(QDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    // Clicks `submit` until the dialog closed as saved. After each failed attempt the dialog must
    // show an error and still hold the typed text; a create whose answer was lost (the server has
    // it: `existing` > 0) is not sent again — the dialog is then closed. After three failed
    // attempts the faults are cleared for the last one, which must save.
    void submitUntilDone(ui::RequestDialog &dialog, QPushButton *submit, const std::function<bool()> &typedStillThere,
                         const std::function<int()> &existing)
    {
        ++m_edits;
        bool faultsPaused = false;
        for (int attempt = 0;; ++attempt) {
            const bool lastTry = attempt == 3;
            if (lastTry) {
                emulator().clearFaults();
                faultsPaused = true;
            }
            QVERIFY(submit->isEnabled());
            ++m_attempts;
            QTest::mouseClick(submit, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kAnswerTimeoutMs);
            QCoreApplication::processEvents();
            if (!dialog.isVisible()) {
                QCOMPARE(dialog.result(), int(QDialog::Accepted));
                break;
            }
            ++m_failedAttempts;
            QVERIFY2(!lastTry, "the dialog did not save without faults");
            QVERIFY2(showsAnError(&dialog), "a failed save showed no error in the dialog");
            QVERIFY2(typedStillThere(), "the typed text is gone after a failed save");
            m_checks += 2;
            if (existing) {
                emulator().clearFaults();
                const int found = existing();
                chaosOn();
                QVERIFY2(found <= 1, qPrintable(u"created %1 times"_s.arg(found)));
                ++m_checks;
                if (found == 1) { // the answer was lost; a person would look and not resend
                    ++m_lostCreates;
                    dialog.done(QDialog::Rejected);
                    break;
                }
            }
        }
        if (faultsPaused)
            chaosOn();
        settle();
    }

    // Server-side checks, with the faults paused.
    QList<api::User> findUsers(const QString &email)
    {
        emulator().clearFaults();
        api::users::ListQuery query;
        query.search = email;
        query.includeRestricted = true;
        std::optional<api::Page<api::User>> page = wait(m_window->projectContext().client()->send(
            api::users::list(m_window->projectContext().scope(), query)));
        chaosOn();
        QList<api::User> users;
        if (page) {
            for (const api::User &user : page->items) {
                if (user.primaryEmail.value_or(QString()) == email)
                    users << user;
            }
        }
        return users;
    }

    int usersWithEmail(const QString &email) { return int(findUsers(email).size()); }

    QList<api::Team> teamsNamed(const QString &name)
    {
        emulator().clearFaults();
        std::optional<api::Page<api::Team>> page =
            wait(m_window->projectContext().client()->send(api::teams::list(m_window->projectContext().scope())));
        chaosOn();
        QList<api::Team> teams;
        if (page) {
            for (const api::Team &team : page->items) {
                if (team.displayName == name)
                    teams << team;
            }
        }
        return teams;
    }

    template <class T>
    std::optional<T> wait(api::Job<T> *job)
    {
        std::optional<T> value;
        bool finished = false;
        connect(job, &api::ApiJob::finished, job, [&] {
            finished = true;
            if (job->succeeded())
                value = job->takeValue();
        });
        if (!QTest::qWaitFor([&finished] { return finished; }, kAnswerTimeoutMs))
            qWarning("a check request did not finish");
        return value;
    }

    QTemporaryDir m_home;
    QString m_error;
    QNetworkAccessManager m_network;
    api::Workspace m_workspace{&m_network, nullptr, nullptr};
    app::DemoServer m_demo{120};
    ui::AppSettings m_settings{nullptr};
    std::unique_ptr<ui::MainWindow> m_window;
    QElapsedTimer m_clock;
    int m_firstRequest = 0;
    int m_chaosRuns = 0;
    double m_faultRate = kFaultRate;
    int m_visits = 0;
    int m_reloads = 0;
    int m_failuresShown = 0;
    int m_silentByDesign = 0;
    int m_edits = 0;
    int m_lostCreates = 0;
    int m_attempts = 0;
    int m_failedAttempts = 0;
    int m_attemptsBefore = 0;
    int m_failedBefore = 0;
    int m_checks = 0;
    QStringList m_unshown;
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestFaultSoak)
#include "tst_FaultSoak.moc"
