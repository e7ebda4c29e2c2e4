// UsersPage with 100,000 users: scrolling the table to the bottom again and again pages through
// all of them, quickly, while the rows kept in memory never exceed the model's budget; scrolling
// back to the top brings the first rows back. Always runs on the emulator (it seeds the users).

#include "UiTestHelpers.h"

#include "UsersModel.h"
#include "emulator/Emulator.h"
#include "pages/users/UsersPage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using State = models::PagedTableModel::FetchState;

constexpr int kUsers = 100'000;

} // namespace

class TestUsersPageScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandUsers()
    {
        QElapsedTimer setup;
        setup.start();
        emulator::EmulatorOptions options;
        options.userCount = kUsers;
        emulator::Emulator emulator(options);
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        const emulator::DemoAccount account = emulator.demoAccount();
        QCOMPARE(emulator.userCount(account.projectId), kUsers);
        QNetworkAccessManager network;
        api::Workspace workspace(&network, nullptr, nullptr);
        api::ConnectionSession *session =
            signInDashboard(workspace, emulator.apiRoot(), account.publishableClientKey, account.email, account.password);
        QVERIFY2(session->state() == api::ConnectionSession::State::Ready, qPrintable(session->lastError().userMessage()));
        ui::ProjectContext context;
        for (const api::Project &project : session->projects()) {
            if (project.id == account.projectId)
                context = {session, project, nullptr};
        }
        QVERIFY(context.isValid());
        qInfo("emulator with %d users and sign-in: %lld ms", kUsers, setup.elapsed());

        ui::UsersPage page(context);
        page.resize(1200, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        models::UsersModel *model = page.model();
        const int budget = model->maxResidentRows();
        QVERIFY(budget < kUsers); // or nothing would ever be evicted
        // Everyone, anonymous users too.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, kUiTimeoutMs);
        auto *anonymous = findButton<QCheckBox>(&page, u"Anonymous"_s);
        QVERIFY(anonymous);
        clickIndicator(anonymous);
        QVERIFY(model->filter().includeAnonymous);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, kUiTimeoutMs);

        // Whenever the model says how it stands, it is within its budget.
        int peakResident = 0;
        int overBudget = 0;
        QObject watcher;
        connect(model, &models::PagedTableModel::fetchStateChanged, &watcher, [&] {
            peakResident = std::max(peakResident, model->residentRowCount());
            if (model->residentRowCount() > budget)
                ++overBudget;
        });

        QElapsedTimer total;
        total.start();
        QElapsedTimer sincePage;
        sincePage.start();
        qint64 slowestPageMs = 0;
        QList<qint64> pageTimes;
        int pagesSeen = model->pageCount();
        const QString problem = scrollToEnd(page.table(), *model, [&] {
            if (model->pageCount() == pagesSeen)
                return;
            const qint64 ms = sincePage.restart();
            pageTimes << ms;
            slowestPageMs = std::max(slowestPageMs, ms);
            pagesSeen = model->pageCount();
            peakResident = std::max(peakResident, model->residentRowCount());
            if (model->residentRowCount() > budget)
                ++overBudget;
        });
        const qint64 elapsed = total.elapsed();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(model->fetchState(), State::Finished);
        QCOMPARE(model->rowCount(), kUsers);

        const auto average = [&pageTimes](qsizetype from, qsizetype count) {
            qint64 sum = 0;
            for (qsizetype i = from; i < from + count; ++i)
                sum += pageTimes.at(i);
            return double(sum) / double(count);
        };
        const qsizetype window = std::min<qsizetype>(20, pageTimes.size() / 2);
        const double early = average(0, window);
        const double late = average(pageTimes.size() - window, window);
        qInfo("%d rows in %d pages in %lld ms (%.1f ms per page; first %lld pages %.1f ms, last %lld pages %.1f ms, "
              "slowest %lld ms); at most %d rows in memory (budget %d)",
              model->rowCount(), model->pageCount(), elapsed, double(elapsed) / model->pageCount(), qint64(window), early,
              qint64(window), late, slowestPageMs, peakResident, budget);

        QCOMPARE(overBudget, 0);
        QVERIFY(peakResident <= budget);
        QVERIFY(model->residentRowCount() <= budget);
        // Fast, and no slower at the end than at the start (no per-row cost growing with the list).
        QVERIFY2(elapsed < 120'000, qPrintable(u"%1 ms"_s.arg(elapsed)));
        QVERIFY2(late < 4 * early + 100, qPrintable(u"%1 ms per page at the end, %2 at the start"_s.arg(late).arg(early)));

        // Back at the top, the first rows come back from the server.
        QVERIFY(!model->isRowLoaded(0));
        page.table()->verticalScrollBar()->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && !model->isLoading(), kUiTimeoutMs);
        QVERIFY(!model->index(0, 0).data(models::PagedTableModel::IsPlaceholderRole).toBool());
        QCOMPARE(model->rowCount(), kUsers);
        QVERIFY(model->residentRowCount() <= budget);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestUsersPageScale)
#include "tst_UsersPageScale.moc"
