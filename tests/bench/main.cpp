// hexclave-bench — start-up, first rows and paging figures of Hexclave Admin in one table.
// Built with the tests (not a CTest test; nothing passes or fails). Run it from a build tree:
//
//     cmake --build build/dev --target hexclave-bench      # also builds hexclave-admin
//     build/dev/tests/bench/hexclave-bench [--users 100000] [--runs 5]
//
// 1. Start-up: runs the built app (`hexclave-admin --demo --page users --screenshot FILE
//    --timings`, QT_QPA_PLATFORM=offscreen) --runs times: first painted window, first users page,
//    requests until then, and the process's wall time seen from here.
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
// --sections startup,first-rows,paging,export picks what to measure (default: all).

#include "AppStartup.h"
#include "Export.h"
#include "FirstRows.h"
#include "Paging.h"
#include "ProcessMemory.h"
#include "Summary.h"
#include "TextTable.h"

#include "emulator/Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

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

struct StartupFigures
{
    Summary firstPaint, firstData, afterPaint, parentFirstData, parentExit, requests;
    qint64 appPeakKb = 0;
    QStringList errors;
};

StartupFigures measureStartup(int runs)
{
    progress(QStringLiteral("starting the app %1 times").arg(runs));
    const QList<AppStartupRun> results = runAppStartups(QStringLiteral(HEXCLAVE_ADMIN_BINARY), runs);
    StartupFigures figures;
    QList<double> afterPaint;
    QList<double> requests;
    for (const AppStartupRun &run : results) {
        if (!run.error.isEmpty()) {
            figures.errors << run.error;
            continue;
        }
        afterPaint << run.firstDataMs - run.firstPaintMs;
        requests << run.requests;
    }
    figures.firstPaint = Summary::of(pick(results, &AppStartupRun::firstPaintMs));
    figures.firstData = Summary::of(pick(results, &AppStartupRun::firstDataMs));
    figures.afterPaint = Summary::of(afterPaint);
    figures.parentFirstData = Summary::of(pick(results, &AppStartupRun::parentFirstDataMs));
    figures.parentExit = Summary::of(pick(results, &AppStartupRun::parentExitMs));
    figures.requests = Summary::of(requests);
    figures.appPeakKb = memory::childrenPeakKb(); // only the app has been a child so far
    return figures;
}

void printStartup(const StartupFigures &figures, int runs)
{
    print(QStringLiteral("1. Start-up: hexclave-admin --demo --page users --screenshot FILE --timings (offscreen, %1 runs)").arg(runs));
    TextTable table({QStringLiteral("measure"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max")});
    table.addRow(summaryCells(QStringLiteral("first painted window (in the app, from main())"), figures.firstPaint, msCell));
    table.addRow(summaryCells(QStringLiteral("first users page shown (in the app, from main())"), figures.firstData, msCell));
    table.addRow(summaryCells(QStringLiteral("  of which after the first paint"), figures.afterPaint, msCell));
    table.addRow(summaryCells(QStringLiteral("first users page shown (here: process start → line)"), figures.parentFirstData, msCell));
    table.addRow(summaryCells(QStringLiteral("process exit after the screenshot (here)"), figures.parentExit, msCell));
    table.addRow(summaryCells(QStringLiteral("requests until the first users page"), figures.requests, plain));
    table.addRow({QStringLiteral("peak memory of the app process (largest run)"), format::mb(figures.appPeakKb)});
    out() << table.render();
    for (const QString &error : figures.errors)
        print(QStringLiteral("  a run failed: ") + error);
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

void printFirstRows(const FirstRowsFigures &figures, const StartupFigures &startup, int runs)
{
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
    const qint64 rssBefore = memory::residentKb();
    QElapsedTimer clock;
    clock.start();
    emulator::EmulatorOptions options;
    options.userCount = users;
    emulator::Emulator server(options);
    if (!server.start()) {
        figures.error = server.errorString();
        return figures;
    }
    // The users are generated on the emulator's thread after start(); userCount() waits for them.
    server.userCount(server.demoAccount().projectId);
    figures.generateMs = double(clock.nsecsElapsed()) / 1e6;
    figures.emulatorKb = memory::residentKb() - rssBefore;

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hexclave-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up, first-rows and paging figures of Hexclave Admin."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Emulator users to page through."),
                                         QStringLiteral("count"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("App start-ups to measure."),
                                        QStringLiteral("count"), QStringLiteral("5"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Emulated server latency per answer."),
                                           QStringLiteral("ms"), QStringLiteral("110"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            QStringLiteral("What to measure: startup, first-rows, paging, export."),
                                            QStringLiteral("list"), QStringLiteral("startup,first-rows,paging,export"));
    parser.addOptions({usersOption, runsOption, latencyOption, sectionsOption});
    parser.process(app);
    const int users = std::max(1, parser.value(usersOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int latencyMs = std::max(0, parser.value(latencyOption).toInt());
    const QStringList sections = parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts);
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
    const StartupFigures startup = startupWanted ? measureStartup(runs) : StartupFigures{};
    const FirstRowsFigures firstRows = firstRowsWanted ? measureFirstRows(firstRowsRuns, latencyMs) : FirstRowsFigures{};
    const PagingFigures paging = pagingWanted ? measurePaging(users) : PagingFigures{};
    const ExportFigures exported = exportWanted ? measureExport(users, latencyMs) : ExportFigures{};

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
    print(QStringLiteral("(measured in %1)").arg(format::ms(double(total.elapsed()))));
    const bool exportFailed = exportWanted
        && (!exported.error.isEmpty() || exported.exports.isEmpty() || !fasterExport(exported.exports).error.isEmpty());
    return (startupWanted && startup.errors.size() == runs) || !paging.error.isEmpty() || exportFailed ? 1 : 0;
}
