// hexclave-bench — start-up, first rows, paging, export, teams, payments and emails figures of Hexclave Admin in tables.
// Built with the tests (not a CTest test; nothing passes or fails). Run it from a build tree:
//
//     cmake --build build/dev --target hexclave-bench      # also builds hexclave-admin
//     build/dev/tests/bench/hexclave-bench [--users 100000] [--runs 5] [--pages users,teams,payments]
//
// 1. Start-up: runs the built app (`hexclave-admin --demo --page PAGE --screenshot FILE
//    --timings`, QT_QPA_PLATFORM=offscreen) --runs times for each of --pages (default users;
//    also teams, permissions, api-keys, payments, emails), the pages in turn: first painted window, the page's first
//    data, requests until then, the app's peak RSS, and the process's wall time seen from here.
// 2. First rows: one bare GET /users?limit=10 against the in-process emulator, the same page
//    through the client, and the app's figures divided by it; then again with the real server's
//    ~0.11 s per call emulated (--latency-ms).
// 3. Paging: --users emulator users (generated first, reported apart) paged 500 at a time with
//    ApiClient + users::list into DTOs, the same URLs and headers with a bare
//    QNetworkAccessManager, and through models::UsersModel; time, VmRSS/VmHWM and RSS every
//    20 pages. Takes about a minute on 2 cores.
// 4. Export: the same --users exported to a CSV file (all columns, 1,000 per request) through
//    models::UsersExport, and the same requests with a bare QNetworkAccessManager loop; time,
//    the ratio, peak memory and RSS at every 25,000 users, and the GUI thread's longest stall.
//
// 5. Teams: --teams emulator teams (default 10,000; generated first, reported apart) listed by
//    GET /teams bare and through ApiClient + teams::list (time, rows/s), models::TeamsModel filled
//    with them, and models::TeamsFilterModel's time per keystroke for a few typed texts; RSS.
// 6. Payments: --transactions emulator ledger entries (default 50,000; generated first, reported
//    apart) walked 200 a page through GET /internal/payments/transactions bare (following
//    next_cursor read with QJsonDocument) and through ApiClient + payments::transactions (rows/s,
//    ratio); the Transactions tab's first rows (TransactionsModel reload → first page);
//    models::TransactionsModel filled through fetchMore() until Finished (time, RSS); from its
//    rows models::RevenueSeries and TransactionsCsv::write(); and the streamed TransactionsExport.
// 7. Emails: --outbox emulator outbox emails (default 10,000; generated first, reported apart)
//    walked 100 a page through GET /emails/outbox bare (following pagination.next_cursor read
//    with QJsonDocument) and through ApiClient + emails::outbox (rows/s, ratio); the Outbox tab's
//    first rows (OutboxModel reload → first page); models::OutboxModel filled through fetchMore()
//    until Finished (time, every cell's text read, RSS holding all of them and after deleting
//    it); and GET /emails/delivery-info bare and through the client.
// 8. Support: --conversations emulator support conversations (default 2,000) answered as the
//    dashboard account: the list's first page through ApiClient + support::conversations; the
//    Support page's models::ConversationInbox: a first load, a refresh with nothing changed (the
//    in-place merge), a SupportWatcher poll after a customer wrote (newCustomerMessages), and paging
//    to the end with loadMore(), and the RSS of an inbox holding every conversation. A conversation of
//    --thread-messages messages (default 1,000) in ui::ConversationView: opening it (thread painted,
//    longest GUI-thread block), a refresh after one customer message, and ui::ThreadView's
//    setMessages alone (every message into an empty thread, of which the latest 150 are laid out; one more). (The page's start-up: --pages support.)
//
// 9. Overview: --overview-users emulator users (default 10,000; generated first, reported apart) in two
//    emulators, one with metrics and one without (GET /internal/metrics answers 500): models::OverviewLoader
//    load → loaded, and ui::OverviewPage shown → ready (first charts built) → painted, with the GUI
//    thread's longest block; without metrics the figures come from /users, 20 pages of 500.
//
// --sections startup,first-rows,paging,export,teams,payments,emails,support,overview picks what to measure (default: all).

#include "AppStartup.h"
#include "Emails.h"
#include "Export.h"
#include "FirstRows.h"
#include "Paging.h"
#include "Payments.h"
#include "Support.h"
#include "Overview.h"
#include "Teams.h"
#include "ProcessMemory.h"
#include "Summary.h"
#include "TextTable.h"

#include "emulator/Emulator.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace hexclave;
using namespace hexclave::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void print(const QString &text)
{
    out() << text << Qt::endl;
}

void progress(const QString &what)
{
    std::fprintf(stderr, "… %s\n", qPrintable(what));
    std::fflush(stderr);
}

QStringList summaryCells(const QString &label, const Summary &summary, QString (*format)(double))
{
    if (summary.isEmpty())
        return {label, QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("—")};
    return {label, format(summary.median), format(summary.min), format(summary.max)};
}

QString plain(double value)
{
    return QString::number(value, 'f', 0);
}

QString msCell(double value)
{
    return format::ms(value);
}

QList<double> pick(const QList<AppStartupRun> &runs, double AppStartupRun::*field)
{
    QList<double> values;
    for (const AppStartupRun &run : runs) {
        if (run.error.isEmpty())
            values.append(run.*field);
    }
    return values;
}

// ---- 1. start-up ------------------------------------------------------------------------

struct PageStartup
{
    QString page;
    Summary firstPaint, firstData, afterPaint, parentFirstData, parentExit, requests, peakKb;
    QStringList errors;
};

struct StartupFigures
{
    QList<PageStartup> pages;

    const PageStartup *page(const QString &id) const
    {
        for (const PageStartup &startup : pages) {
            if (startup.page == id)
                return &startup;
        }
        return nullptr;
    }
    bool anyPageFailedEveryRun() const
    {
        return std::any_of(pages.cbegin(), pages.cend(),
                           [](const PageStartup &startup) { return startup.firstData.isEmpty() && !startup.errors.isEmpty(); });
    }
};

// The pages in turn, run after run, so that a slower moment of the machine spreads over all.
StartupFigures measureStartup(const QStringList &pages, int runs)
{
    progress(QStringLiteral("starting the app %1 times for each of: %2").arg(runs).arg(pages.join(QStringLiteral(", "))));
    AppStarter starter(QStringLiteral(HEXCLAVE_ADMIN_BINARY));
    QList<QList<AppStartupRun>> results(pages.size());
    for (int run = 0; run < runs; ++run) {
        for (qsizetype page = 0; page < pages.size(); ++page)
            results[page].append(starter.run(pages.at(page)));
    }
    StartupFigures figures;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        PageStartup startup;
        startup.page = pages.at(page);
        QList<double> afterPaint, requests, peaks;
        for (const AppStartupRun &run : std::as_const(results.at(page))) {
            if (!run.error.isEmpty()) {
                startup.errors << run.error;
                continue;
            }
            afterPaint << run.firstDataMs - run.firstPaintMs;
            requests << run.requests;
            if (run.peakKb >= 0)
                peaks << double(run.peakKb);
        }
        const QList<AppStartupRun> &pageRuns = results.at(page);
        startup.firstPaint = Summary::of(pick(pageRuns, &AppStartupRun::firstPaintMs));
        startup.firstData = Summary::of(pick(pageRuns, &AppStartupRun::firstDataMs));
        startup.afterPaint = Summary::of(afterPaint);
        startup.parentFirstData = Summary::of(pick(pageRuns, &AppStartupRun::parentFirstDataMs));
        startup.parentExit = Summary::of(pick(pageRuns, &AppStartupRun::parentExitMs));
        startup.requests = Summary::of(requests);
        startup.peakKb = Summary::of(peaks);
        figures.pages.append(startup);
    }
    return figures;
}

QString medianCell(const Summary &summary, QString (*format)(double))
{
    return summary.isEmpty() ? QStringLiteral("—") : format(summary.median);
}

QString spreadCell(const Summary &summary)
{
    return summary.isEmpty() ? QStringLiteral("—") : format::ms(summary.min) + QStringLiteral(" – ") + format::ms(summary.max);
}

QString mbCell(double kilobytes)
{
    return format::mb(qint64(kilobytes));
}

void printStartup(const StartupFigures &figures, int runs)
{
    print(QStringLiteral("1. Start-up: hexclave-admin --demo --page PAGE --screenshot FILE --timings "
                         "(offscreen, median of %1 runs per page, the pages in turn)")
              .arg(runs));
    TextTable table({QStringLiteral("page"), QStringLiteral("first paint"), QStringLiteral("first data"),
                     QStringLiteral("first data min – max"), QStringLiteral("after paint"), QStringLiteral("from exec"),
                     QStringLiteral("requests"), QStringLiteral("peak RSS"), QStringLiteral("exit")});
    for (const PageStartup &startup : figures.pages) {
        table.addRow({startup.page, medianCell(startup.firstPaint, msCell), medianCell(startup.firstData, msCell),
                      spreadCell(startup.firstData), medianCell(startup.afterPaint, msCell),
                      medianCell(startup.parentFirstData, msCell), medianCell(startup.requests, plain),
                      medianCell(startup.peakKb, mbCell), medianCell(startup.parentExit, msCell)});
    }
    out() << table.render();
    print(QStringLiteral("  first paint, first data: in the app, from main() to the first painted window and to the page's "
                         "first data shown; after paint: the difference"));
    print(QStringLiteral("  from exec: process start → the first-data line, seen here; requests: until the first data; "
                         "peak RSS: the app process's (wait4); exit: process start → exit after the screenshot"));
    for (const PageStartup &startup : figures.pages) {
        for (const QString &error : startup.errors)
            print(QStringLiteral("  a run of %1 failed: %2").arg(startup.page, error));
    }
    print({});
}

// ---- 2. first rows ----------------------------------------------------------------------

struct FirstRowsFigures
{
    Summary bare, client, slowBare, slowClient, slowDemoStart, slowAccountStart, slowKeyStart;
    int latencyMs = 0;
    QString error;
};

FirstRowsFigures measureFirstRows(int runs, int latencyMs)
{
    progress(QStringLiteral("first rows: bare request and client, local emulator"));
    FirstRowsFigures figures;
    figures.latencyMs = latencyMs;
    emulator::Emulator server; // the demo's data: 120 users
    if (!server.start()) {
        figures.error = server.errorString();
        return figures;
    }
    const FirstRowsBench bench(server.apiRoot(), server.demoAccount());
    bench.bareRequest(3); // warm-up: the emulator's first answers, Qt's network plugins
    bench.clientFirstPage(3);
    figures.bare = Summary::of(bench.bareRequest(runs));
    figures.client = Summary::of(bench.clientFirstPage(runs));

    progress(QStringLiteral("first rows: with %1 ms of emulated server latency").arg(latencyMs));
    server.addFault({.kind = emulator::Fault::Kind::Latency, .count = -1, .latencyMs = latencyMs});
    const int slowRuns = 5;
    figures.slowBare = Summary::of(bench.bareRequest(slowRuns));
    figures.slowClient = Summary::of(bench.clientFirstPage(slowRuns));
    figures.slowDemoStart = Summary::of(bench.appStart(FirstRowsBench::Start::PasswordSignIn, 3));
    figures.slowAccountStart = Summary::of(bench.appStart(FirstRowsBench::Start::SavedAccount, 3));
    figures.slowKeyStart = Summary::of(bench.appStart(FirstRowsBench::Start::SavedAdminKey, 3));
    server.clearFaults();
    figures.error = bench.error();
    return figures;
}

void printFirstRows(const FirstRowsFigures &figures, const StartupFigures &startupFigures, int runs)
{
    const PageStartup *usersStartup = startupFigures.page(QStringLiteral("users"));
    const PageStartup startup = usersStartup ? *usersStartup : PageStartup{};
    print(QStringLiteral("2. First rows vs the one API call behind them: GET /users?limit=10 (in-process emulator, "
                         "demo data, fresh connection each time)"));
    if (!figures.error.isEmpty())
        print(QStringLiteral("  failed: ") + figures.error);
    TextTable table({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max"),
                     QStringLiteral("÷ bare request")});
    const auto row = [&table](const QString &label, const Summary &summary, const Summary &bare) {
        QStringList cells = summaryCells(label, summary, msCell);
        cells << (summary.isEmpty() || bare.isEmpty() || bare.median <= 0 ? QString()
                                                                          : format::ratio(summary.median / bare.median));
        table.addRow(cells);
    };
    table.addNote(QStringLiteral("local emulator, median of %1:").arg(runs));
    row(QStringLiteral("bare QNetworkAccessManager request"), figures.bare, {});
    row(QStringLiteral("ApiClient + users::list + User DTOs"), figures.client, figures.bare);
    row(QStringLiteral("app: first paint → first users page (section 1)"), startup.afterPaint, figures.bare);
    row(QStringLiteral("app: launch → first users page (section 1)"), startup.firstData, figures.bare);
    table.addNote(QStringLiteral("%1 ms of latency on every answer, like the real server's ~0.11 s:").arg(figures.latencyMs));
    row(QStringLiteral("bare QNetworkAccessManager request"), figures.slowBare, {});
    row(QStringLiteral("ApiClient + users::list + User DTOs"), figures.slowClient, figures.slowBare);
    table.addNote(QStringLiteral("the app's start-up requests until the first 60 users, via the client (no UI):"));
    row(QStringLiteral("  --demo: sign-in → (projects ∥ users)"), figures.slowDemoStart, figures.slowBare);
    row(QStringLiteral("  saved account: refresh → (projects ∥ users)"), figures.slowAccountStart, figures.slowBare);
    row(QStringLiteral("  saved admin key: (project ∥ users)"), figures.slowKeyStart, figures.slowBare);
    out() << table.render();
    print(QStringLiteral("  target: first rows within 1.30× of one bare request after start-up; "
                         "the web dashboard needs 4–6 s and 127 requests for them"));
    print({});
}

// ---- emulator data for sections 3, 5, 6 and 7 ------------------------------------------------

// A started emulator with its data generated, and what generating it took (reported apart from
// the measurements): the time from construction until the data is there, and the resident
// memory. Null with `error` set when it did not start.
std::unique_ptr<emulator::Emulator> generateEmulator(const emulator::EmulatorOptions &options, double &generateMs,
                                                     qint64 &emulatorKb, QString &error)
{
    const qint64 rssBefore = memory::residentKb();
    QElapsedTimer clock;
    clock.start();
    auto server = std::make_unique<emulator::Emulator>(options);
    if (!server->start()) {
        error = server->errorString();
        return nullptr;
    }
    // The data (users, the teams' members, the ledger) is generated on the emulator's thread after
    // start(); userCount() waits for it.
    server->userCount(server->demoAccount().projectId);
    generateMs = double(clock.nsecsElapsed()) / 1e6;
    emulatorKb = memory::residentKb() - rssBefore;
    return server;
}

// ---- 3. paging --------------------------------------------------------------------------

struct PagingFigures
{
    int users = 0;
    double generateMs = 0;
    qint64 emulatorKb = 0;
    // Per method: both passes, in order (the first also warmed the emulator and the heap).
    QList<PagingPass> client, bare, model;
    QString error;
};

constexpr int pagingRounds = 2;

// The faster pass counts for time; memory is shown for the first (the cold heap).
const PagingPass &faster(const QList<PagingPass> &passes)
{
    const PagingPass *best = &passes.constFirst();
    for (const PagingPass &pass : passes) {
        if (pass.error.isEmpty() && (!best->error.isEmpty() || pass.ms < best->ms))
            best = &pass;
    }
    return *best;
}

PagingFigures measurePaging(int users)
{
    PagingFigures figures;
    figures.users = users;
    progress(QStringLiteral("paging: generating %1 emulator users").arg(users));
    emulator::EmulatorOptions options;
    options.userCount = users;
    const auto generated = generateEmulator(options, figures.generateMs, figures.emulatorKb, figures.error);
    if (!generated)
        return figures;
    emulator::Emulator &server = *generated;

    const emulator::DemoAccount account = server.demoAccount();
    const PagingBench bench(server.apiRoot(), account.projectId, account.adminKey);
    QList<QNetworkRequest> requests; // what the client sent, replayed by the bare loop
    for (int round = 1; round <= pagingRounds; ++round) {
        progress(QStringLiteral("paging, round %1 of %2: client").arg(round).arg(pagingRounds));
        figures.client.append(bench.throughClient(round == 1 ? &requests : nullptr));
        progress(QStringLiteral("paging, round %1 of %2: bare loop").arg(round).arg(pagingRounds));
        figures.bare.append(bench.bare(requests));
        progress(QStringLiteral("paging, round %1 of %2: UsersModel").arg(round).arg(pagingRounds));
        figures.model.append(bench.throughUsersModel());
    }
    return figures;
}

QString samplesText(const PagingPass &pass)
{
    if (pass.rssSamplesKb.isEmpty())
        return QStringLiteral("—");
    const auto [low, high] = std::minmax_element(pass.rssSamplesKb.cbegin(), pass.rssSamplesKb.cend());
    return QStringLiteral("%1 … %2").arg(format::mb(*low), format::mb(*high));
}

QString samplesGrowth(const PagingPass &pass)
{
    if (pass.rssSamplesKb.size() < 2)
        return QStringLiteral("—");
    return format::signedMb(pass.rssSamplesKb.constLast() - pass.rssSamplesKb.constFirst());
}

void printPaging(const PagingFigures &figures)
{
    const int pages = (figures.users + PagingBench::pageSize - 1) / PagingBench::pageSize;
    print(QStringLiteral("3. Paging through %1 emulator users, %2 per page (%3 pages), client and emulator in this process")
              .arg(format::count(figures.users))
              .arg(PagingBench::pageSize)
              .arg(pages));
    if (!figures.error.isEmpty()) {
        print(QStringLiteral("  failed: ") + figures.error);
        return;
    }
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 users in %2, %3 RSS")
              .arg(format::count(figures.users), format::ms(figures.generateMs), format::signedMb(figures.emulatorKb)));

    const struct
    {
        QString label;
        const QList<PagingPass> &passes;
    } methods[] = {
        {QStringLiteral("ApiClient + users::list + User DTOs"), figures.client},
        {QStringLiteral("bare QNetworkAccessManager, same URLs"), figures.bare},
        {QStringLiteral("models::UsersModel, fetchMore() to the end"), figures.model},
    };
    const PagingPass &bareBest = faster(figures.bare);
    const bool bareOk = bareBest.error.isEmpty() && bareBest.ms > 0;

    TextTable time({QStringLiteral("time (faster of %1 passes)").arg(pagingRounds), QStringLiteral("pages"),
                    QStringLiteral("rows parsed"), QStringLiteral("time"), QStringLiteral("other pass"),
                    QStringLiteral("per page"), QStringLiteral("rows/s"), QStringLiteral("÷ bare")});
    for (const auto &[label, passes] : methods) {
        const PagingPass &pass = faster(passes);
        if (!pass.error.isEmpty()) {
            time.addRow({label, QStringLiteral("failed: ") + pass.error});
            continue;
        }
        QStringList others;
        for (const PagingPass &other : passes) {
            if (&other != &pass)
                others << (other.error.isEmpty() ? format::ms(other.ms) : QStringLiteral("failed"));
        }
        const double perPage = pass.pages ? pass.ms / pass.pages : 0;
        time.addRow({label, QString::number(pass.pages),
                     pass.rows ? format::count(pass.rows) : QStringLiteral("— (%1 read)").arg(format::mb(pass.bytes / 1024)),
                     format::ms(pass.ms), others.join(QStringLiteral(", ")), format::ms(perPage),
                     format::count(qint64(double(figures.users) / (pass.ms / 1000.0))),
                     bareOk ? format::ratio(pass.ms / bareBest.ms) : QString()});
    }
    out() << time.render();
    print(QStringLiteral("  overhead ratio, client ÷ bare loop: %1")
              .arg(bareOk ? format::ratio(faster(figures.client).ms / bareBest.ms) : QStringLiteral("—")));
    print({});

    TextTable memoryTable({QStringLiteral("memory, first pass (/proc/self/status)"), QStringLiteral("VmRSS before"),
                           QStringLiteral("VmHWM (peak)"), QStringLiteral("peak − before"), QStringLiteral("VmRSS after"),
                           QStringLiteral("RSS every 20 pages"), QStringLiteral("growth 20th → last"),
                           QStringLiteral("same, pass 2")});
    for (const auto &[label, passes] : methods) {
        const PagingPass &pass = passes.constFirst();
        if (!pass.error.isEmpty())
            continue;
        memoryTable.addRow({label, format::mb(pass.rssBeforeKb), format::mb(pass.peakKb), format::signedMb(pass.peakKb - pass.rssBeforeKb),
                            format::mb(pass.rssAfterKb), samplesText(pass), samplesGrowth(pass),
                            passes.size() > 1 ? samplesGrowth(passes.at(1)) : QString()});
    }
    out() << memoryTable.render();
    print(QStringLiteral("  the first client pass also keeps the requests it sent (for the bare loop), and the emulator "
                         "records the latest 1,000 requests: both grow RSS a little during the first passes only"));
    if (!figures.client.constFirst().peakIsPerPass)
        print(QStringLiteral("  note: /proc/self/clear_refs refused, so VmHWM is the peak of the whole run"));
    const PagingPass &model = figures.model.constFirst();
    if (model.residentRows >= 0)
        print(QStringLiteral("  UsersModel keeps %1 of %2 rows in memory at the end (older pages are evicted and fetched again on demand)")
                  .arg(format::count(model.residentRows), format::count(model.rows)));
    for (const auto &[label, passes] : methods) {
        const PagingPass &pass = passes.constFirst();
        if (pass.rssSamplesKb.isEmpty())
            continue;
        QStringList values;
        for (qint64 kb : pass.rssSamplesKb)
            values << QString::number(double(kb) / 1024.0, 'f', 1);
        print(QStringLiteral("  RSS MB every 20 pages, %1: %2").arg(label, values.join(u' ')));
    }
}

// ---- 4. export --------------------------------------------------------------------------

struct ExportFigures
{
    int users = 0;
    // Both passes of each, in order; the first also warmed the emulator and the heap.
    QList<ExportPass> exports, bare;
    // With emulated server latency on every answer, as over a real network.
    ExportPass slowExport, slowBare;
    int latencyMs = 0;
    QString error;
};

constexpr int exportRounds = 2;

const ExportPass &fasterExport(const QList<ExportPass> &passes)
{
    const ExportPass *best = &passes.constFirst();
    for (const ExportPass &pass : passes) {
        if (pass.error.isEmpty() && (!best->error.isEmpty() || pass.ms < best->ms))
            best = &pass;
    }
    return *best;
}

ExportFigures measureExport(int users, int latencyMs)
{
    ExportFigures figures;
    figures.users = users;
    figures.latencyMs = latencyMs;
    progress(QStringLiteral("export: generating %1 emulator users").arg(users));
    emulator::EmulatorOptions options;
    options.userCount = users;
    emulator::Emulator server(options);
    if (!server.start()) {
        figures.error = server.errorString();
        return figures;
    }
    server.userCount(server.demoAccount().projectId);
    const emulator::DemoAccount account = server.demoAccount();
    const ExportBench bench(server.apiRoot(), account.projectId, account.adminKey);
    QList<QNetworkRequest> requests;
    for (int round = 1; round <= exportRounds; ++round) {
        progress(QStringLiteral("export, round %1 of %2: UsersExport to CSV").arg(round).arg(exportRounds));
        figures.exports.append(bench.throughExport(round == 1 ? &requests : nullptr));
        progress(QStringLiteral("export, round %1 of %2: bare loop").arg(round).arg(exportRounds));
        figures.bare.append(bench.bare(requests));
    }
    progress(QStringLiteral("export with %1 ms of emulated server latency: UsersExport, then the bare loop").arg(latencyMs));
    server.addFault({.kind = emulator::Fault::Kind::Latency, .count = -1, .latencyMs = latencyMs});
    figures.slowExport = bench.throughExport();
    figures.slowBare = bench.bare(requests);
    server.clearFaults();
    return figures;
}

QString stallsText(const QList<ExportPass> &passes)
{
    QStringList stalls;
    for (const ExportPass &pass : passes)
        stalls << format::ms(pass.longestStallMs);
    return stalls.join(QStringLiteral(", "));
}

void printExport(const ExportFigures &figures)
{
    const int pages = (figures.users + ExportBench::pageSize - 1) / ExportBench::pageSize;
    print(QStringLiteral("4. Export of %1 emulator users to CSV, all 27 columns, %2 per request (%3 pages), client and "
                         "emulator in this process")
              .arg(format::count(figures.users))
              .arg(ExportBench::pageSize)
              .arg(pages));
    if (!figures.error.isEmpty()) {
        print(QStringLiteral("  failed: ") + figures.error);
        return;
    }
    const ExportPass &exportBest = fasterExport(figures.exports);
    const ExportPass &bareBest = fasterExport(figures.bare);
    const bool bareOk = bareBest.error.isEmpty() && bareBest.ms > 0;
    const struct
    {
        QString label;
        const QList<ExportPass> &passes;
    } methods[] = {
        {QStringLiteral("models::UsersExport → CSV file (QSaveFile)"), figures.exports},
        {QStringLiteral("bare QNetworkAccessManager, same URLs"), figures.bare},
    };
    TextTable time({QStringLiteral("time (faster of %1 passes)").arg(exportRounds), QStringLiteral("pages"),
                    QStringLiteral("users"), QStringLiteral("MB"), QStringLiteral("time"), QStringLiteral("other pass"),
                    QStringLiteral("users/s"), QStringLiteral("÷ bare")});
    for (const auto &[label, passes] : methods) {
        const ExportPass &pass = fasterExport(passes);
        if (!pass.error.isEmpty()) {
            time.addRow({label, QStringLiteral("failed: ") + pass.error});
            continue;
        }
        QStringList others;
        for (const ExportPass &other : passes) {
            if (&other != &pass)
                others << (other.error.isEmpty() ? format::ms(other.ms) : QStringLiteral("failed"));
        }
        time.addRow({label, QString::number(pass.pages), pass.users ? format::count(pass.users) : QStringLiteral("—"),
                     QString::number(double(pass.bytes) / 1e6, 'f', 1), format::ms(pass.ms),
                     others.join(QStringLiteral(", ")), format::count(qint64(double(figures.users) / (pass.ms / 1000.0))),
                     bareOk ? format::ratio(pass.ms / bareBest.ms) : QString()});
    }
    const ExportPass &slowBare = figures.slowBare;
    const bool slowBareOk = slowBare.error.isEmpty() && slowBare.ms > 0;
    time.addNote(QStringLiteral("%1 ms of latency on every answer, like a real server (one pass each):").arg(figures.latencyMs));
    for (const auto &[label, pass] : {std::pair<QString, const ExportPass &>(methods[0].label, figures.slowExport),
                                      std::pair<QString, const ExportPass &>(methods[1].label, figures.slowBare)}) {
        if (!pass.error.isEmpty()) {
            time.addRow({label, QStringLiteral("failed: ") + pass.error});
            continue;
        }
        time.addRow({label, QString::number(pass.pages), pass.users ? format::count(pass.users) : QStringLiteral("—"),
                     QString::number(double(pass.bytes) / 1e6, 'f', 1), format::ms(pass.ms), QString(),
                     format::count(qint64(double(figures.users) / (pass.ms / 1000.0))),
                     slowBareOk ? format::ratio(pass.ms / slowBare.ms) : QString()});
    }
    out() << time.render();
    print(QStringLiteral("  export ÷ bare network loop: %1 locally, %2 with %3 ms latency (MB: the file, resp. the bodies "
                         "read; the file is written on a worker thread, and the next page is requested as soon as the "
                         "current one's cursor is read)")
              .arg(bareOk && exportBest.error.isEmpty() ? format::ratio(exportBest.ms / bareBest.ms) : QStringLiteral("—"),
                   slowBareOk && figures.slowExport.error.isEmpty() ? format::ratio(figures.slowExport.ms / slowBare.ms)
                                                                    : QStringLiteral("—"))
              .arg(figures.latencyMs));
    print(QStringLiteral("  longest GUI-thread stall (a 2 ms timer's latest tick) during the export: %1 in the faster "
                         "pass (all passes: %2); during the bare loop, for comparison: %3")
              .arg(format::ms(exportBest.longestStallMs), stallsText(figures.exports), stallsText(figures.bare)));
    print({});

    TextTable memoryTable({QStringLiteral("memory (/proc/self/status)"), QStringLiteral("VmRSS before"),
                           QStringLiteral("VmHWM (peak)"), QStringLiteral("peak − before"), QStringLiteral("VmRSS after")});
    for (const auto &[label, passes] : methods) {
        for (qsizetype i = 0; i < passes.size(); ++i) {
            const ExportPass &pass = passes.at(i);
            if (!pass.error.isEmpty())
                continue;
            memoryTable.addRow({label + QStringLiteral(", pass %1").arg(i + 1), format::mb(pass.rssBeforeKb),
                                format::mb(pass.peakKb), format::signedMb(pass.peakKb - pass.rssBeforeKb),
                                format::mb(pass.rssAfterKb)});
        }
    }
    out() << memoryTable.render();
    for (qsizetype i = 0; i < figures.exports.size(); ++i) {
        QStringList samples;
        for (const auto &[written, kb] : figures.exports.at(i).rssAtUsersKb)
            samples << QStringLiteral("%1: %2").arg(format::count(written), format::mb(kb));
        if (!samples.isEmpty()) {
            print(QStringLiteral("  RSS while exporting, pass %1 (users written: RSS): %2")
                      .arg(i + 1)
                      .arg(samples.join(QStringLiteral(", "))));
        }
    }
    if (!figures.exports.constFirst().peakIsPerPass)
        print(QStringLiteral("  note: /proc/self/clear_refs refused, so VmHWM is the peak of the whole run"));
}

// ---- 5. teams ---------------------------------------------------------------------------

struct TeamsFigures
{
    int teams = 0;
    double generateMs = 0;
    qint64 emulatorKb = 0;
    qint64 bytes = 0;
    int clientRows = 0;
    Summary bare, client;
    TeamsModelFigures models;
    QString error;
};

constexpr int teamsListRuns = 5;
constexpr int teamsModelRuns = 3;

TeamsFigures measureTeams(int teams)
{
    TeamsFigures figures;
    figures.teams = teams;
    progress(QStringLiteral("teams: generating %1 emulator teams").arg(teams));
    emulator::EmulatorOptions options;
    options.teamCount = teams;
    const auto generated = generateEmulator(options, figures.generateMs, figures.emulatorKb, figures.error);
    if (!generated)
        return figures;
    emulator::Emulator &server = *generated;

    const emulator::DemoAccount account = server.demoAccount();
    const TeamsBench bench(server.apiRoot(), account.projectId, account.adminKey);
    progress(QStringLiteral("teams: GET /teams, bare and through the client"));
    bench.bareList(1, &figures.bytes); // warm-up: the emulator's first answer, Qt's network plugins
    figures.bare = Summary::of(bench.bareList(teamsListRuns, &figures.bytes));
    figures.client = Summary::of(bench.clientList(teamsListRuns, &figures.clientRows));
    progress(QStringLiteral("teams: TeamsModel and TeamsFilterModel"));
    figures.models = bench.throughModels(teamsModelRuns, {QStringLiteral("guild"), QStringLiteral("Atlas Crew 12"),
                                                          QStringLiteral("Design"), QStringLiteral("qqq")});
    if (figures.error.isEmpty())
        figures.error = bench.error();
    if (figures.error.isEmpty())
        figures.error = figures.models.error;
    return figures;
}

QString rowsPerSecond(int rows, double ms)
{
    return ms > 0 ? format::count(qint64(double(rows) / (ms / 1000.0))) : QStringLiteral("—");
}

// One row of a paged-walk table (ledger, outbox): timings, throughput and the ratio to `base`.
void addPagedTimingRow(TextTable &table, const QString &label, const QString &rows, int rowCount, const Summary &summary,
                       const Summary &base)
{
    if (summary.isEmpty()) {
        table.addRow({label, QStringLiteral("—")});
        return;
    }
    table.addRow({label, rows, format::ms(summary.median), format::ms(summary.min), format::ms(summary.max),
                  rowCount > 0 ? rowsPerSecond(rowCount, summary.median) : QString(),
                  base.isEmpty() || base.median <= 0 ? QString() : format::ratio(summary.median / base.median)});
}

void printTeams(const TeamsFigures &figures)
{
    print(QStringLiteral("5. Teams: GET /teams with %1 emulator teams (one answer, not paginated), the teams page's models; "
                         "client and emulator in this process")
              .arg(format::count(figures.teams)));
    if (!figures.error.isEmpty())
        print(QStringLiteral("  failed: ") + figures.error);
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 teams (1–4 members each "
                         "beyond the 16 named ones) in %2, %3 RSS")
              .arg(format::count(figures.teams), format::ms(figures.generateMs), format::signedMb(figures.emulatorKb)));

    const TeamsModelFigures &models = figures.models;
    const Summary load = Summary::of(models.loadMs);
    TextTable time({QStringLiteral("GET /teams → rows"), QStringLiteral("rows"), QStringLiteral("median"),
                    QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("rows/s"), QStringLiteral("÷ bare request")});
    const auto row = [&](const QString &label, int rows, const Summary &summary) {
        if (summary.isEmpty()) {
            time.addRow({label, QStringLiteral("—")});
            return;
        }
        time.addRow({label, rows > 0 ? format::count(rows) : QStringLiteral("— (%1 read)").arg(format::mb(figures.bytes / 1024)),
                     format::ms(summary.median), format::ms(summary.min), format::ms(summary.max),
                     rows > 0 ? rowsPerSecond(rows, summary.median) : QString(),
                     figures.bare.isEmpty() || figures.bare.median <= 0 ? QString()
                                                                        : format::ratio(summary.median / figures.bare.median)});
    };
    row(QStringLiteral("bare QNetworkAccessManager request (%1 runs)").arg(figures.bare.count), 0, figures.bare);
    row(QStringLiteral("ApiClient + teams::list + Team DTOs (%1 runs)").arg(figures.client.count), figures.clientRows,
        figures.client);
    row(QStringLiteral("models::TeamsModel::reload() → loaded() (%1 runs)").arg(load.count), models.rows, load);
    out() << time.render();
    print({});

    TextTable filter({QStringLiteral("TeamsFilterModel over %1 rows, sorted by creation date").arg(format::count(models.rows)),
                      QStringLiteral("keystrokes"), QStringLiteral("median / key"), QStringLiteral("max / key"),
                      QStringLiteral("rows left")});
    filter.addRow({QStringLiteral("first sort (newest first, as the page opens)"), QString(), format::ms(models.sortMs)});
    QList<double> everyKeystroke;
    for (const TypedFilter &typed : models.typed) {
        const Summary keys = Summary::of(typed.keystrokeMs);
        everyKeystroke += typed.keystrokeMs;
        filter.addRow({QStringLiteral("typing \"%1\"").arg(typed.text), QString::number(typed.keystrokeMs.size()),
                       keys.isEmpty() ? QStringLiteral("—") : format::ms(keys.median),
                       keys.isEmpty() ? QStringLiteral("—") : format::ms(keys.max), format::count(typed.rowsLeft)});
    }
    QList<double> medians;
    for (const TypedFilter &typed : models.typed) {
        if (!typed.keystrokeMs.isEmpty())
            medians << Summary::of(typed.keystrokeMs).median;
    }
    const Summary all = Summary::of(everyKeystroke);
    filter.addRow({QStringLiteral("per keystroke: median of the texts' medians"), QString::number(all.count),
                   medians.isEmpty() ? QStringLiteral("—") : format::ms(Summary::of(medians).median),
                   all.isEmpty() ? QStringLiteral("—") : format::ms(all.max)});
    filter.addRow({QStringLiteral("clearing the filter (median)"), QString(), format::ms(models.clearMs)});
    out() << filter.render();
    print(QStringLiteral("  the model's work only (setFilterText() until it returns); the table view's repaint comes on top"));
    print(QStringLiteral("  \"Design\" matches a named team; the last text is the first 8 characters of a team's id"));
    print({});

    TextTable memoryTable({QStringLiteral("memory (/proc/self/status, free heap trimmed)"), QStringLiteral("VmRSS"),
                           QStringLiteral("change")});
    memoryTable.addRow({QStringLiteral("before the kept TeamsModel loaded"), format::mb(models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("TeamsModel filled"), format::mb(models.rssLoadedKb),
                        format::signedMb(models.rssLoadedKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("  peak while loading (VmHWM)"), format::mb(models.peakKb),
                        format::signedMb(models.peakKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("after sorting and typing"), format::mb(models.rssFilteredKb),
                        format::signedMb(models.rssFilteredKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("model and filter deleted"), format::mb(models.rssReleasedKb),
                        format::signedMb(models.rssReleasedKb - models.rssBeforeKb)});
    out() << memoryTable.render();
    print(QStringLiteral("  the peak is the whole process's: it includes the emulator building its answer on its thread"));
    if (!models.peakIsPerLoad)
        print(QStringLiteral("  note: /proc/self/clear_refs refused, so VmHWM is the peak of the whole run"));
}


// ---- 6. payments ------------------------------------------------------------------------

struct PaymentsFigures
{
    int transactions = 0; // asked for (--transactions)
    double generateMs = 0;
    qint64 emulatorKb = 0;
    LedgerWalk bare, client, bareFirstPage;
    Summary firstRows;
    int firstRowsCount = 0;
    TransactionsModelFigures models;
    StreamedExport streamed;
    QString error;
};

constexpr int paymentsWalkRuns = 3;
constexpr int paymentsModelRuns = 3;
constexpr int paymentsDerivedRuns = 5;
constexpr int paymentsFirstRowsRuns = 15;
constexpr int ledgerFirstPageRows = 100; // ui/pages/payments/ledger/TransactionsView: 100, then 200 a page

PaymentsFigures measurePayments(int transactions)
{
    PaymentsFigures figures;
    figures.transactions = transactions;
    progress(QStringLiteral("payments: generating %1 emulator transactions").arg(transactions));
    emulator::EmulatorOptions options;
    options.transactionCount = transactions;
    const auto generated = generateEmulator(options, figures.generateMs, figures.emulatorKb, figures.error);
    if (!generated)
        return figures;
    emulator::Emulator &server = *generated;

    const emulator::DemoAccount account = server.demoAccount();
    const PaymentsBench bench(server.apiRoot(), account.projectId, account.adminKey);
    progress(QStringLiteral("payments: the ledger's first page, bare and through TransactionsModel"));
    bench.bareWalk(3, ledgerFirstPageRows, 1); // warm-up: the emulator's first answers, Qt's network plugins
    figures.bareFirstPage = bench.bareWalk(paymentsFirstRowsRuns, ledgerFirstPageRows, 1);
    figures.firstRows = Summary::of(bench.modelFirstRows(paymentsFirstRowsRuns, ledgerFirstPageRows,
                                                         PaymentsBench::pageSize, &figures.firstRowsCount));
    progress(QStringLiteral("payments: the whole ledger, bare and through the client"));
    figures.bare = bench.bareWalk(paymentsWalkRuns);
    figures.client = bench.clientWalk(paymentsWalkRuns);
    progress(QStringLiteral("payments: TransactionsModel, RevenueSeries, TransactionsCsv"));
    figures.models = bench.throughModels(paymentsModelRuns, transactions + PaymentsBench::pageSize, paymentsDerivedRuns);
    progress(QStringLiteral("payments: TransactionsExport"));
    figures.streamed = bench.streamedExport(paymentsWalkRuns);
    if (figures.error.isEmpty())
        figures.error = bench.error();
    if (figures.error.isEmpty())
        figures.error = figures.models.error;
    if (figures.error.isEmpty())
        figures.error = figures.streamed.error;
    return figures;
}

void printPayments(const PaymentsFigures &figures)
{
    print(QStringLiteral("6. Payments: the ledger (GET /internal/payments/transactions, 200 a page) with %1 emulator "
                         "transactions, the Transactions and Revenue tabs' models; client and emulator in this process")
              .arg(format::count(figures.transactions)));
    if (!figures.error.isEmpty())
        print(QStringLiteral("  failed: ") + figures.error);
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 transactions (with 120 "
                         "users) in %2, %3 RSS")
              .arg(format::count(figures.bare.rows), format::ms(figures.generateMs), format::signedMb(figures.emulatorKb)));

    const Summary bare = Summary::of(figures.bare.ms);
    const Summary bareFirst = Summary::of(figures.bareFirstPage.ms);
    const TransactionsModelFigures &models = figures.models;
    const Summary load = Summary::of(models.loadMs);
    const Summary streamed = Summary::of(figures.streamed.ms);
    TextTable time({QStringLiteral("measure"), QStringLiteral("rows"), QStringLiteral("median"), QStringLiteral("min"),
                    QStringLiteral("max"), QStringLiteral("rows/s"), QStringLiteral("÷ bare")});
    const auto row = [&time](const QString &label, const QString &rows, int rowCount, const Summary &summary,
                             const Summary &base) { addPagedTimingRow(time, label, rows, rowCount, summary, base); };
    time.addNote(QStringLiteral("first rows (the Transactions tab asks for %1, then 200 a page), median of %2:")
                     .arg(ledgerFirstPageRows)
                     .arg(paymentsFirstRowsRuns));
    row(QStringLiteral("bare QNetworkAccessManager, first page"), format::count(figures.bareFirstPage.rows),
        figures.bareFirstPage.rows, bareFirst, {});
    row(QStringLiteral("TransactionsModel::reload() → firstPageLoaded()"), format::count(figures.firstRowsCount),
        figures.firstRowsCount, figures.firstRows, bareFirst);
    time.addNote(QStringLiteral("the whole ledger, page after page:"));
    row(QStringLiteral("bare QNetworkAccessManager + QJsonDocument cursor (%1 runs)").arg(bare.count),
        QStringLiteral("%1 (%2)").arg(format::count(figures.bare.rows), format::mb(figures.bare.bytes / 1024)),
        figures.bare.rows, bare, {});
    row(QStringLiteral("ApiClient + payments::transactions + DTOs (%1 runs)").arg(figures.client.ms.size()),
        format::count(figures.client.rows), figures.client.rows, Summary::of(figures.client.ms), bare);
    row(QStringLiteral("TransactionsModel fetchMore() until %1 (%2 runs)")
            .arg(models.finished ? QStringLiteral("Finished") : QStringLiteral("it stopped"))
            .arg(load.count),
        format::count(models.rows), models.rows, load, bare);
    row(QStringLiteral("TransactionsExport to a CSV file, streamed (%1 runs)").arg(streamed.count),
        QStringLiteral("%1 (%2)").arg(format::count(figures.streamed.rows), format::mb(figures.streamed.bytes / 1024)),
        int(figures.streamed.rows), streamed, bare);
    time.addNote(QStringLiteral("from the loaded rows, no network (median of %1):").arg(paymentsDerivedRuns));
    row(QStringLiteral("RevenueSeries::addTransactions() (%1 currencies)").arg(models.revenueCurrencies),
        format::count(models.rows), models.rows, Summary::of(models.revenueMs), {});
    row(QStringLiteral("TransactionsCsv::write() to a temporary file"),
        QStringLiteral("%1 (%2)").arg(format::count(models.rows), format::mb(models.csvBytes / 1024)), models.rows,
        Summary::of(models.csvMs), {});
    out() << time.render();
    print(QStringLiteral("  ÷ bare: against the bare first page, or the bare walk of the whole ledger (%1 pages)")
              .arg(figures.bare.pages));
    print({});

    TextTable memoryTable({QStringLiteral("memory (/proc/self/status, free heap trimmed)"), QStringLiteral("VmRSS"),
                           QStringLiteral("change")});
    memoryTable.addRow({QStringLiteral("before the kept TransactionsModel loaded"), format::mb(models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("TransactionsModel filled (%1 rows)").arg(format::count(models.rows)),
                        format::mb(models.rssLoadedKb), format::signedMb(models.rssLoadedKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("  peak while loading (VmHWM)"), format::mb(models.peakKb),
                        format::signedMb(models.peakKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("model deleted (after RevenueSeries and CSV)"), format::mb(models.rssReleasedKb),
                        format::signedMb(models.rssReleasedKb - models.rssBeforeKb)});
    out() << memoryTable.render();
    print(QStringLiteral("  the peak is the whole process's: it includes the emulator building its answers on its thread"));
    if (!models.peakIsPerLoad)
        print(QStringLiteral("  note: /proc/self/clear_refs refused, so VmHWM is the peak of the whole run"));
}

// ---- 7. emails --------------------------------------------------------------------------

struct EmailsFigures
{
    int outbox = 0; // asked for (--outbox)
    double generateMs = 0;
    qint64 emulatorKb = 0;
    OutboxWalk bare, client, bareFirstPage;
    Summary firstRows;
    int firstRowsCount = 0;
    OutboxModelFigures models;
    Summary bareDeliveryInfo, clientDeliveryInfo;
    QString error;
};

constexpr int emailsWalkRuns = 3;
constexpr int emailsModelRuns = 3;
constexpr int emailsDisplayRuns = 5;
constexpr int emailsFirstRowsRuns = 15;
constexpr int emailsDeliveryInfoRuns = 15;
constexpr int outboxFirstPageRows = 50; // models::OutboxModel: 50, then 100 a page

EmailsFigures measureEmails(int outbox)
{
    EmailsFigures figures;
    figures.outbox = outbox;
    progress(QStringLiteral("emails: generating %1 emulator outbox emails").arg(outbox));
    emulator::EmulatorOptions options;
    options.outboxEmailCount = outbox;
    const auto generated = generateEmulator(options, figures.generateMs, figures.emulatorKb, figures.error);
    if (!generated)
        return figures;
    emulator::Emulator &server = *generated;

    const emulator::DemoAccount account = server.demoAccount();
    const EmailsBench bench(server.apiRoot(), account.projectId, account.adminKey);
    progress(QStringLiteral("emails: the outbox's first page, bare and through OutboxModel"));
    bench.bareWalk(3, outboxFirstPageRows, 1); // warm-up: the emulator's first answers, Qt's network plugins
    figures.bareFirstPage = bench.bareWalk(emailsFirstRowsRuns, outboxFirstPageRows, 1);
    figures.firstRows = Summary::of(bench.modelFirstRows(emailsFirstRowsRuns, &figures.firstRowsCount));
    progress(QStringLiteral("emails: the whole outbox, bare and through the client"));
    figures.bare = bench.bareWalk(emailsWalkRuns);
    figures.client = bench.clientWalk(emailsWalkRuns);
    progress(QStringLiteral("emails: OutboxModel"));
    figures.models = bench.throughModel(emailsModelRuns, outbox + EmailsBench::pageSize, emailsDisplayRuns);
    progress(QStringLiteral("emails: GET /emails/delivery-info, bare and through the client"));
    bench.bareDeliveryInfo(3); // warm-up
    figures.bareDeliveryInfo = Summary::of(bench.bareDeliveryInfo(emailsDeliveryInfoRuns));
    figures.clientDeliveryInfo = Summary::of(bench.clientDeliveryInfo(emailsDeliveryInfoRuns));
    if (figures.error.isEmpty())
        figures.error = bench.error();
    if (figures.error.isEmpty())
        figures.error = figures.models.error;
    return figures;
}

// ---- 8. support -------------------------------------------------------------------------

struct SupportSection
{
    int conversations = 0;
    double generateMs = 0;
    qint64 emulatorKb = 0;
    SupportFigures figures;
    QString error;
};

constexpr int supportRuns = 15;
constexpr int supportThreadRuns = 5;

SupportSection measureSupport(int conversations, int threadMessages)
{
    SupportSection section;
    section.conversations = conversations;
    progress(QStringLiteral("support: generating %1 emulator conversations").arg(conversations));
    emulator::EmulatorOptions options;
    options.conversationCount = conversations;
    const auto generated = generateEmulator(options, section.generateMs, section.emulatorKb, section.error);
    if (!generated)
        return section;
    emulator::Emulator &server = *generated;
    const emulator::DemoAccount account = server.demoAccount();
    progress(QStringLiteral("support: the list through the client and ConversationInbox"));
    SupportBench bench(server.apiRoot(), account.publishableClientKey, account.email, account.password,
                       account.projectId);
    section.figures = bench.measure(supportRuns, supportThreadRuns, threadMessages, [&server, &account](const QString &id) {
        return server.appendCustomerMessage(account.projectId, id);
    });
    section.error = section.figures.error;
    return section;
}

void printSupport(const SupportSection &section)
{
    const SupportFigures &figures = section.figures;
    print(QStringLiteral("8. Support: GET /internal/conversations with %1 emulator conversations, as the dashboard account; "
                         "the Support page's ConversationInbox; client and emulator in this process")
              .arg(format::count(section.conversations)));
    if (!section.error.isEmpty())
        print(QStringLiteral("  failed: ") + section.error);
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 conversations in %2, %3 RSS")
              .arg(format::count(section.conversations), format::ms(section.generateMs), format::signedMb(section.emulatorKb)));
    TextTable time({QStringLiteral("support inbox"), QStringLiteral("rows"), QStringLiteral("median"), QStringLiteral("min"),
                    QStringLiteral("max")});
    const auto row = [&time](const QString &label, int rows, const QList<double> &ms) {
        const Summary summary = Summary::of(ms);
        if (summary.isEmpty()) {
            time.addRow({label, QStringLiteral("—")});
            return;
        }
        time.addRow({label, format::count(rows), format::ms(summary.median), format::ms(summary.min), format::ms(summary.max)});
    };
    row(QStringLiteral("ApiClient + support::conversations, first page (%1 runs)").arg(figures.clientFirstPageMs.size()),
        figures.firstPageRows, figures.clientFirstPageMs);
    row(QStringLiteral("a new ConversationInbox: refresh() → loaded() (%1 runs)").arg(figures.inboxLoadMs.size()),
        figures.firstPageRows, figures.inboxLoadMs);
    row(QStringLiteral("refresh, nothing changed: in-place merge (%1 runs)").arg(figures.inboxRefreshMs.size()),
        figures.firstPageRows, figures.inboxRefreshMs);
    row(QStringLiteral("SupportWatcher poll after a customer wrote → newCustomerMessages (%1 runs)")
            .arg(figures.changedRefreshMs.size()),
        figures.firstPageRows, figures.changedRefreshMs);
    if (figures.walkPages > 0)
        time.addRow({QStringLiteral("then loadMore() to the end (%1 pages)").arg(figures.walkPages),
                     format::count(figures.walkRows), format::ms(figures.walkMs)});
    out() << time.render();
    print(QStringLiteral("  conversations with new customer messages reported by the last watcher poll: %1")
              .arg(figures.newMessagesReported));

    TextTable memoryTable({QStringLiteral("memory (/proc/self/status, free heap trimmed)"), QStringLiteral("VmRSS"),
                           QStringLiteral("growth")});
    memoryTable.addRow({QStringLiteral("before a new ConversationInbox"), format::mb(figures.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("its model after loadMore() to the end (%1 rows)").arg(format::count(figures.memoryRows)),
                        format::mb(figures.rssLoadedKb), format::signedMb(figures.rssLoadedKb - figures.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("inbox deleted"), format::mb(figures.rssReleasedKb),
                        format::signedMb(figures.rssReleasedKb - figures.rssBeforeKb)});
    out() << memoryTable.render();
    if (figures.memoryRows > 0 && figures.rssLoadedKb > figures.rssBeforeKb)
        print(QStringLiteral("  about %1 bytes per conversation")
                  .arg(format::count((figures.rssLoadedKb - figures.rssBeforeKb) * 1024 / figures.memoryRows)));

    const SupportThreadFigures &thread = figures.thread;
    print(QStringLiteral("  the long conversation, written before measuring and not counted below: %1 messages (customer "
                         "messages and replies in turn) in %2")
              .arg(format::count(thread.messages), format::ms(thread.buildMs)));
    TextTable threadTable({QStringLiteral("support conversation (%1 messages)").arg(format::count(thread.messages)),
                           QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max")});
    const auto threadRow = [&threadTable](const QString &label, const QList<double> &ms) {
        threadTable.addRow(summaryCells(label, Summary::of(ms), msCell));
    };
    threadRow(QStringLiteral("ConversationView::showConversation → thread painted (%1 runs)").arg(thread.openMs.size()),
              thread.openMs);
    threadRow(QStringLiteral("  longest GUI-thread block meanwhile (a 2 ms timer's latest tick)"), thread.openStallMs);
    threadRow(QStringLiteral("one customer message arrived: refresh() → painted (%1 runs)").arg(thread.refreshMs.size()),
              thread.refreshMs);
    threadRow(QStringLiteral("  longest GUI-thread block meanwhile"), thread.refreshStallMs);
    threadTable.addNote(QStringLiteral("ThreadView::setMessages alone, no network (%1 runs):").arg(thread.fullRenderMs.size()));
    threadRow(QStringLiteral("every message into an empty thread (the latest 150 laid out)"), thread.fullRenderMs);
    threadRow(QStringLiteral("the same plus one new message (a refresh's update)"), thread.oneMoreMs);
    out() << threadTable.render();
}

void printEmails(const EmailsFigures &figures)
{
    print(QStringLiteral("7. Emails: the outbox (GET /emails/outbox, 100 a page) with %1 emulator emails, the Outbox "
                         "tab's model, and GET /emails/delivery-info; client and emulator in this process")
              .arg(format::count(figures.outbox)));
    if (!figures.error.isEmpty())
        print(QStringLiteral("  failed: ") + figures.error);
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 outbox emails (with 120 "
                         "users) in %2, %3 RSS")
              .arg(format::count(figures.bare.rows), format::ms(figures.generateMs), format::signedMb(figures.emulatorKb)));

    const Summary bare = Summary::of(figures.bare.ms);
    const Summary bareFirst = Summary::of(figures.bareFirstPage.ms);
    const OutboxModelFigures &models = figures.models;
    const Summary load = Summary::of(models.loadMs);
    TextTable time({QStringLiteral("measure"), QStringLiteral("rows"), QStringLiteral("median"), QStringLiteral("min"),
                    QStringLiteral("max"), QStringLiteral("rows/s"), QStringLiteral("÷ bare")});
    const auto row = [&time](const QString &label, const QString &rows, int rowCount, const Summary &summary,
                             const Summary &base) { addPagedTimingRow(time, label, rows, rowCount, summary, base); };
    time.addNote(QStringLiteral("first rows (the Outbox tab asks for %1, then 100 a page), median of %2:")
                     .arg(outboxFirstPageRows)
                     .arg(emailsFirstRowsRuns));
    row(QStringLiteral("bare QNetworkAccessManager, first page"), format::count(figures.bareFirstPage.rows),
        figures.bareFirstPage.rows, bareFirst, {});
    row(QStringLiteral("OutboxModel::reload() → firstPageLoaded()"), format::count(figures.firstRowsCount),
        figures.firstRowsCount, figures.firstRows, bareFirst);
    time.addNote(QStringLiteral("the whole outbox, page after page:"));
    row(QStringLiteral("bare QNetworkAccessManager + QJsonDocument cursor (%1 runs)").arg(bare.count),
        QStringLiteral("%1 (%2)").arg(format::count(figures.bare.rows), format::mb(figures.bare.bytes / 1024)),
        figures.bare.rows, bare, {});
    row(QStringLiteral("ApiClient + emails::outbox + Page<OutboxEmail> (%1 runs)").arg(figures.client.ms.size()),
        format::count(figures.client.rows), figures.client.rows, Summary::of(figures.client.ms), bare);
    row(QStringLiteral("OutboxModel fetchMore() until %1 (%2 runs)")
            .arg(models.finished ? QStringLiteral("Finished") : QStringLiteral("it stopped"))
            .arg(load.count),
        format::count(models.rows), models.rows, load, bare);
    time.addNote(QStringLiteral("from the loaded rows, no network (median of %1):").arg(emailsDisplayRuns));
    row(QStringLiteral("OutboxModel::data(DisplayRole) of every cell (%1 columns)").arg(models.columns),
        format::count(models.rows), models.rows, Summary::of(models.displayMs), {});
    time.addNote(QStringLiteral("GET /emails/delivery-info (the Delivery tab), median of %1:").arg(emailsDeliveryInfoRuns));
    row(QStringLiteral("bare QNetworkAccessManager request"), QString(), 0, figures.bareDeliveryInfo, {});
    row(QStringLiteral("ApiClient + emails::deliveryInfo + DeliveryInfo DTO"), QString(), 0, figures.clientDeliveryInfo,
        figures.bareDeliveryInfo);
    out() << time.render();
    print(QStringLiteral("  ÷ bare: against the bare first page, the bare walk of the whole outbox (%1 pages), or the "
                         "bare delivery-info request")
              .arg(figures.bare.pages));
    print({});

    TextTable memoryTable({QStringLiteral("memory (/proc/self/status, free heap trimmed)"), QStringLiteral("VmRSS"),
                           QStringLiteral("change")});
    memoryTable.addRow({QStringLiteral("before the kept OutboxModel loaded"), format::mb(models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("OutboxModel filled (%1 rows, %2 in memory)")
                            .arg(format::count(models.rows), format::count(models.residentRows)),
                        format::mb(models.rssLoadedKb), format::signedMb(models.rssLoadedKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("  peak while loading (VmHWM)"), format::mb(models.peakKb),
                        format::signedMb(models.peakKb - models.rssBeforeKb)});
    memoryTable.addRow({QStringLiteral("model deleted"), format::mb(models.rssReleasedKb),
                        format::signedMb(models.rssReleasedKb - models.rssBeforeKb)});
    out() << memoryTable.render();
    if (models.rows > 0 && models.rssLoadedKb > models.rssBeforeKb) {
        print(QStringLiteral("  about %1 bytes per email held (each with its rendered HTML and text)")
                  .arg(format::count((models.rssLoadedKb - models.rssBeforeKb) * 1024 / models.rows)));
    }
    print(QStringLiteral("  the peak is the whole process's: it includes the emulator building its answers on its thread"));
    if (!models.peakIsPerLoad)
        print(QStringLiteral("  note: /proc/self/clear_refs refused, so VmHWM is the peak of the whole run"));
}

// ---- 9. overview ------------------------------------------------------------------------

struct OverviewSection
{
    int users = 0;
    double generateMs = 0;
    qint64 emulatorKb = 0;
    OverviewFigures withMetrics;
    OverviewFigures withoutMetrics;
    QString error;
};

constexpr int overviewRuns = 5;

OverviewSection measureOverviewSection(int users)
{
    OverviewSection section;
    section.users = users;
    for (const bool metrics : {true, false}) {
        progress(QStringLiteral("overview: generating %1 emulator users (metrics %2)")
                     .arg(users)
                     .arg(metrics ? QStringLiteral("on") : QStringLiteral("off")));
        emulator::EmulatorOptions options;
        options.userCount = users;
        options.metricsAvailable = metrics;
        double generateMs = 0;
        qint64 emulatorKb = 0;
        const auto generated = generateEmulator(options, generateMs, emulatorKb, section.error);
        if (!generated)
            return section;
        section.generateMs = std::max(section.generateMs, generateMs);
        section.emulatorKb = std::max(section.emulatorKb, emulatorKb);
        const emulator::DemoAccount account = generated->demoAccount();
        progress(QStringLiteral("overview: the loader and the page"));
        OverviewFigures &figures = metrics ? section.withMetrics : section.withoutMetrics;
        figures = measureOverview(generated->apiRoot(), account.projectId, account.adminKey, overviewRuns);
        if (!figures.error.isEmpty()) {
            section.error = figures.error;
            return section;
        }
    }
    return section;
}

void printOverview(const OverviewSection &section)
{
    print(QStringLiteral("9. Overview: %1 emulator users, with the server's metrics and without them (500: computed from /users); "
                         "client and emulator in this process")
              .arg(format::count(section.users)));
    if (!section.error.isEmpty())
        print(QStringLiteral("  failed: ") + section.error);
    print(QStringLiteral("  emulator data, generated before measuring and not counted below: %1 users in %2 (the slower of "
                         "two), %3 RSS")
              .arg(format::count(section.users), format::ms(section.generateMs), format::signedMb(section.emulatorKb)));
    TextTable time({QStringLiteral("time to the overview"), QStringLiteral("median"), QStringLiteral("min"),
                    QStringLiteral("max"), QStringLiteral("longest GUI block")});
    const auto row = [&time](const QString &label, const QList<double> &values, const QList<double> &stalls) {
        const Summary summary = Summary::of(values);
        if (summary.isEmpty()) {
            time.addRow({label, QStringLiteral("—")});
            return;
        }
        const Summary stall = Summary::of(stalls);
        time.addRow({label, format::ms(summary.median), format::ms(summary.min), format::ms(summary.max),
                     stall.isEmpty() ? QString() : format::ms(stall.max)});
    };
    for (const bool metrics : {true, false}) {
        const OverviewFigures &figures = metrics ? section.withMetrics : section.withoutMetrics;
        const QString source = metrics ? QStringLiteral("metrics")
                                       : QStringLiteral("no metrics, %1 users read%2")
                                             .arg(format::count(figures.usersRead))
                                             .arg(figures.capped ? QStringLiteral(" (capped)") : QString());
        row(QStringLiteral("%1: OverviewLoader load → loaded (%2 runs)").arg(source).arg(figures.loaderMs.size()),
            figures.loaderMs, {});
        row(QStringLiteral("%1: OverviewPage shown → ready, charts built (%2 runs)").arg(source).arg(figures.readyMs.size()),
            figures.readyMs, figures.stallMs);
        row(QStringLiteral("%1: … → painted").arg(source), figures.paintedMs, {});
        if (metrics == figures.degraded)
            print(QStringLiteral("  note: the %1 emulator answered %2").arg(metrics ? QStringLiteral("first") : QStringLiteral("second"),
                                                                             figures.degraded ? QStringLiteral("without metrics")
                                                                                              : QStringLiteral("with metrics")));
    }
    out() << time.render();
}

} // namespace

int main(int argc, char *argv[])
{
    // The support section measures widgets (offscreen unless told otherwise).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hexclave-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up, first-rows, paging, export, teams, payments and emails figures of Hexclave Admin."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Emulator users to page through."),
                                         QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("App start-ups to measure."),
                                        QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Emulated server latency per answer."),
                                           QStringLiteral("ms"), QStringLiteral("110"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            QStringLiteral("What to measure: startup, first-rows, paging, export, teams, payments, emails, support, overview."),
                                            QStringLiteral("list"), QStringLiteral("startup,first-rows,paging,export,teams,payments,emails,support,overview"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages the start-up opens, in turn: users, teams, permissions, api-keys, payments, emails, support."),
                                         QStringLiteral("list"), QStringLiteral("users"));
    const QCommandLineOption teamsOption(QStringLiteral("teams"), QStringLiteral("Emulator teams for the teams section."),
                                         QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption transactionsOption(QStringLiteral("transactions"),
                                                QStringLiteral("Emulator ledger transactions for the payments section."),
                                                QStringLiteral("count"), QStringLiteral("50000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                                 QStringLiteral("Emulator support conversations for the support section."),
                                                 QStringLiteral("count"), QStringLiteral("2000"));
    const QCommandLineOption threadMessagesOption(QStringLiteral("thread-messages"),
                                                  QStringLiteral("Messages of the long conversation in the support section."),
                                                  QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption outboxOption(QStringLiteral("outbox"), QStringLiteral("Emulator outbox emails for the emails section."),
                                          QStringLiteral("count"), QStringLiteral("10000"));
    const QCommandLineOption overviewUsersOption(QStringLiteral("overview-users"),
                                                 QStringLiteral("Emulator users for the overview section."),
                                                 QStringLiteral("count"), QStringLiteral("10000"));
    parser.addOptions({usersOption, runsOption, latencyOption, sectionsOption, pagesOption, teamsOption, transactionsOption,
                       outboxOption, conversationsOption, threadMessagesOption, overviewUsersOption});
    parser.process(app);
    const int users = std::max(1, parser.value(usersOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int latencyMs = std::max(0, parser.value(latencyOption).toInt());
    const QStringList sections = parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts);
    const QStringList pages = parser.value(pagesOption).split(u',', Qt::SkipEmptyParts);
    const int teams = std::max(1, parser.value(teamsOption).toInt());
    const int transactions = std::max(1, parser.value(transactionsOption).toInt());
    const int outbox = std::max(1, parser.value(outboxOption).toInt());
    const int conversations = std::max(1, parser.value(conversationsOption).toInt());
    const int threadMessages = std::max(2, parser.value(threadMessagesOption).toInt());
    const int overviewUsers = std::max(1, parser.value(overviewUsersOption).toInt());
    constexpr int firstRowsRuns = 15;

    if (sections.contains(QStringLiteral("startup")) && !QFileInfo(QStringLiteral(HEXCLAVE_ADMIN_BINARY)).isExecutable()) {
        std::fprintf(stderr, "hexclave-bench: the app is not built: %s\n", HEXCLAVE_ADMIN_BINARY);
        return 1;
    }

    QElapsedTimer total;
    total.start();
    const bool startupWanted = sections.contains(QStringLiteral("startup"));
    const bool firstRowsWanted = sections.contains(QStringLiteral("first-rows"));
    const bool pagingWanted = sections.contains(QStringLiteral("paging"));
    const bool exportWanted = sections.contains(QStringLiteral("export"));
    const bool teamsWanted = sections.contains(QStringLiteral("teams"));
    const bool paymentsWanted = sections.contains(QStringLiteral("payments"));
    const bool emailsWanted = sections.contains(QStringLiteral("emails"));
    const bool supportWanted = sections.contains(QStringLiteral("support"));
    const StartupFigures startup = startupWanted ? measureStartup(pages, runs) : StartupFigures{};
    const FirstRowsFigures firstRows = firstRowsWanted ? measureFirstRows(firstRowsRuns, latencyMs) : FirstRowsFigures{};
    const PagingFigures paging = pagingWanted ? measurePaging(users) : PagingFigures{};
    const ExportFigures exported = exportWanted ? measureExport(users, latencyMs) : ExportFigures{};
    const TeamsFigures teamsFigures = teamsWanted ? measureTeams(teams) : TeamsFigures{};
    const PaymentsFigures paymentsFigures = paymentsWanted ? measurePayments(transactions) : PaymentsFigures{};
    const EmailsFigures emailsFigures = emailsWanted ? measureEmails(outbox) : EmailsFigures{};
    const SupportSection supportSection = supportWanted ? measureSupport(conversations, threadMessages) : SupportSection{};
    const bool overviewWanted = sections.contains(QStringLiteral("overview"));
    const OverviewSection overviewSection = overviewWanted ? measureOverviewSection(overviewUsers) : OverviewSection{};

    print(QStringLiteral("Hexclave Admin benchmark — %1, Qt %2, %3 build, %4 CPUs")
              .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QString::fromLatin1(qVersion()),
                   QStringLiteral(HEXCLAVE_BENCH_CONFIG))
              .arg(QThread::idealThreadCount()));
    print(QStringLiteral("To beat (the web dashboard): the first 10 users in 4–6 s, with 127 requests and ~1.2 GB of browser "
                         "memory, while the one API call behind them answers in ~0.11 s."));
    print({});
    if (startupWanted)
        printStartup(startup, runs);
    if (firstRowsWanted)
        printFirstRows(firstRows, startup, firstRowsRuns);
    if (pagingWanted) {
        printPaging(paging);
        print({});
    }
    if (exportWanted) {
        printExport(exported);
        print({});
    }
    if (teamsWanted) {
        printTeams(teamsFigures);
        print({});
    }
    if (paymentsWanted) {
        printPayments(paymentsFigures);
        print({});
    }
    if (emailsWanted) {
        printEmails(emailsFigures);
        print({});
    }
    if (supportWanted) {
        printSupport(supportSection);
        print({});
    }
    if (overviewWanted) {
        printOverview(overviewSection);
        print({});
    }
    print(QStringLiteral("(measured in %1)").arg(format::ms(double(total.elapsed()))));
    const bool exportFailed = exportWanted
        && (!exported.error.isEmpty() || exported.exports.isEmpty() || !fasterExport(exported.exports).error.isEmpty());
    return (startupWanted && startup.anyPageFailedEveryRun()) || !paging.error.isEmpty() || exportFailed
            || !teamsFigures.error.isEmpty() || !paymentsFigures.error.isEmpty() || !emailsFigures.error.isEmpty()
            || !supportSection.error.isEmpty() || !overviewSection.error.isEmpty()
        ? 1
        : 0;
}
