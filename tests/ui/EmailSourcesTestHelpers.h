#pragma once

// Shared by the tests of the Drafts, Templates and Themes tabs: the demo project on an emulator
// of its own, one tab with the page's themes source, finding list rows by name, answering the
// name and confirmation dialogs.

#include "DemoProjectFixture.h"
#include "UserViewTestHelpers.h"

#include "emails/EmailSourceListModel.h"
#include "emails/EmailThemesSource.h"
#include "pages/emails/sources/EmailSourcesView.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeView>

#include <memory>
#include <optional>

namespace hexclave::tests {

// The context of the dashboard account's second project (shared email server, no drafts).
inline ui::ProjectContext secondProjectContext(const DemoProjectFixture &fixture)
{
    const QString id = fixture.emulator->demoAccount().secondProjectId;
    for (const api::Project &project : fixture.session->projects()) {
        if (project.id == id)
            return {fixture.session, project, fixture.context.settings};
    }
    return {};
}

// One tab and the themes source the page would share.
template <class View>
struct SourcesTab
{
    explicit SourcesTab(const ui::ProjectContext &context)
        : themes(std::make_unique<models::EmailThemesSource>(context.client(), context.scope()))
        , view(std::make_unique<View>(context, themes.get()))
    {
    }

    // `expectQuestion`: a recovery question will take the focus, so the view is not waited for
    // to become active.
    bool showAndLoad(QSize size = {1200, 720}, bool expectQuestion = false)
    {
        if (expectQuestion) {
            view->resize(size);
            view->show();
        } else if (!showView(*view, size)) {
            return false;
        }
        return QTest::qWaitFor([this] { return view->isLoaded() && themes->isLoaded(); }, kUiTimeoutMs);
    }

    std::unique_ptr<models::EmailThemesSource> themes;
    std::unique_ptr<View> view;
};

// Sends `call` on the context's client and waits for it; nullopt when it failed.
template <class T>
std::optional<T> run(const ui::ProjectContext &context, api::Call<T> call)
{
    std::optional<T> result;
    bool done = false;
    auto *job = context.client()->send(std::move(call));
    QObject receiver;
    QObject::connect(job, &api::ApiJob::finished, &receiver, [&] {
        if (job->succeeded())
            result = job->takeValue();
        done = true;
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&done] { return done; }, kUiTimeoutMs);
    return result;
}

// The emails requests (lists, sources, themes, configuration) the emulator received.
inline QStringList emailRequests(const emulator::Emulator &emulator)
{
    QStringList paths;
    for (const emulator::RecordedRequest &request : emulator.recordedRequests()) {
        if (request.path.contains(u"email") || request.path.contains(u"config"))
            paths << request.method + u' ' + request.path;
    }
    return paths;
}

// Back in the view's window after a dialog, so that its shortcuts work again.
inline bool activate(QWidget &view)
{
    view.activateWindow();
    return QTest::qWaitForWindowActive(&view);
}

// The id of the listed item called `name`; empty when none is.
inline QString idOfName(const ui::EmailSourcesView &view, const QString &name)
{
    const auto *model = view.model();
    for (const models::EmailSourceRow &row : model->rows()) {
        if (row.name == name)
            return row.id;
    }
    return {};
}

// Clicks the row showing `id`, as a person would.
inline bool clickItem(ui::EmailSourcesView &view, const QString &id)
{
    QTreeView *list = view.list();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(models::EmailSourceListModel::IdRole).toString() == id) {
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            return view.currentId() == id;
        }
    }
    return false;
}

// Types `name` into the name dialog that opens next and presses OK.
inline void answerNextNameDialog(QObject *context, bool *done, const QString &name)
{
    onNextModal<QInputDialog>(context, done, [name](QInputDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>();
        if (!field) {
            QTest::qFail("no name field", __FILE__, __LINE__);
            return;
        }
        field->selectAll();
        QTest::keyClicks(field, name);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
}

// Answers the message box that opens next with `buttonText`, after checking that its text
// contains `expected`.
inline void answerNextQuestion(QObject *context, bool *done, const QString &expected, const QString &buttonText)
{
    onNextModal<QMessageBox>(context, done, [expected, buttonText](QMessageBox *box) {
        if (!box->text().contains(expected)) {
            QTest::qFail(qPrintable(QStringLiteral("the question “%1” does not say “%2”").arg(box->text(), expected)),
                         __FILE__, __LINE__);
            return;
        }
        QPushButton *button = findButton<QPushButton>(box, buttonText);
        if (!button) {
            QTest::qFail(qPrintable(QStringLiteral("no “%1” button").arg(buttonText)), __FILE__, __LINE__);
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace hexclave::tests
