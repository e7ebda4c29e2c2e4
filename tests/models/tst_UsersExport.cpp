// UsersExport: the CSV and JSON files checked row by row and field by field against what the
// server answers for the same filter (1,234 emulator users plus users with awkward values,
// several pages); quoting and formula protection; an empty result; cancelling, a failure in
// the middle and an unwritable folder each leave no file and no temporary file behind, and an
// existing file of the same name untouched. The emulator runs in this process, with faults.

#include "export/CsvText.h"
#include "export/UsersExport.h"
#include "export/UsersExportFormat.h"

#include "auth/Authenticator.h"
#include "core/ApiClient.h"
#include "dto/UserJson.h"
#include "emulator/Emulator.h"
#include "endpoints/UsersEndpoints.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

using emulator::Fault;
using models::ExportFormat;
using models::UserExportFields;
using models::UsersExport;
using models::UsersExportOptions;
using models::UsersFilter;

constexpr int kTimeoutMs = 30'000;
constexpr int kGeneratedUsers = 1234;

// Waits for a call and returns its value (and the error, when it failed).
template <class T>
bool await(api::ApiClient &client, api::Call<T> call, T *value, api::ApiError *error = nullptr)
{
    auto *job = client.send(std::move(call));
    bool done = false;
    bool ok = false;
    QObject context;
    QObject::connect(job, &api::ApiJob::finished, &context, [&] {
        done = true;
        ok = job->succeeded();
        if (ok && value)
            *value = job->takeValue();
        if (!ok && error)
            *error = job->error();
    });
    return QTest::qWaitFor([&done] { return done; }, kTimeoutMs) && ok;
}

UsersFilter everyone()
{
    UsersFilter filter;
    filter.includeRestricted = true;
    filter.includeAnonymous = true;
    return filter;
}

bool isRisky(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// RFC 4180, read independently of the writer: quoted fields with doubled quotes and line
// breaks inside, CRLF between records. Sets `error` on anything malformed.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"' && field.isEmpty() && !fieldStarted) {
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    *error = u"unterminated quoted field"_s;
                    return records;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStarted = true;
            if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                *error = u"text after a closing quote at %1"_s.arg(i);
                return records;
            }
            continue;
        }
        if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = u"CR without LF at %1"_s.arg(i);
                return records;
            }
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
            continue;
        }
        if (c == u'\n' || c == u'"') {
            *error = u"bare LF or quote in an unquoted field at %1"_s.arg(i);
            return records;
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (!field.isEmpty() || !record.isEmpty())
        *error = u"the last record does not end with CRLF"_s;
    return records;
}

// Fields whose CSV cell is compact JSON.
bool isJsonCell(const QString &key)
{
    return key.endsWith(u"metadata") || key == u"risk_scores" || key == u"oauth_providers";
}

QJsonValue parseJsonValue(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray() && document.array().size() == 1;
    return *ok ? document.array().at(0) : QJsonValue();
}

// What the cell of `key` must say for a user as the server sent it (before formula protection),
// or for JSON cells the value it must parse back to.
QString expectedText(const QJsonObject &user, const QString &key)
{
    const QJsonValue value = user.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (key.endsWith(u"_millis"))
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    if (key == u"selected_team")
        return value.toObject().value(u"display_name").toString();
    if (key == u"restricted_reason")
        return value.toObject().value(u"type").toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

// Compares one CSV cell with the server's value; empty when they agree, else what differs.
QString compareCell(const QString &cell, const QJsonObject &user, const QString &key)
{
    if (!cell.isEmpty() && isRisky(cell.front()))
        return u"unprotected formula-like cell %1"_s.arg(cell);
    QString text = cell;
    if (text.size() > 1 && text.front() == u'\'' && isRisky(text.at(1)))
        text.remove(0, 1);
    if (isJsonCell(key)) {
        const QJsonValue value = user.value(key);
        if (value.isNull() || value.isUndefined())
            return text.isEmpty() ? QString() : u"expected an empty cell, got %1"_s.arg(cell);
        bool ok = false;
        const QJsonValue parsed = parseJsonValue(text, &ok);
        if (!ok || parsed != value)
            return u"JSON %1 differs from the server's %2"_s.arg(cell, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
        return {};
    }
    const QString expected = expectedText(user, key);
    if (text != expected)
        return u"cell \"%1\", expected \"%2\""_s.arg(cell, expected);
    if (cell != text && !isRisky(expected.front()))
        return u"protected a harmless cell: %1"_s.arg(cell);
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUsersExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<emulator::Emulator> m_emulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    api::ProjectScope m_scope;
    QStringList m_awkwardIds; // users created with values that need quoting or protection

    std::unique_ptr<UsersExport> makeExport(const QString &path, ExportFormat format, int pageSize,
                                            const UsersFilter &filter = everyone(),
                                            const QStringList &fields = UserExportFields::all())
    {
        UsersExportOptions options;
        options.format = format;
        options.fields = fields;
        options.pageSize = pageSize;
        return std::make_unique<UsersExport>(m_client.get(), m_scope, filter, options, path);
    }

    // Every user of `filter` as the server sends them, in its order.
    QList<QJsonObject> serverUsers(const UsersFilter &filter)
    {
        QList<QJsonObject> users;
        QString cursor;
        for (int guard = 0; guard < 100; ++guard) {
            api::RawJson raw;
            api::ApiError error;
            const auto list = api::users::list(m_scope, filter.toListQuery(1000, cursor));
            if (!await(*m_client, api::Call<api::RawJson>{list.request}, &raw, &error)) {
                qWarning() << "listing failed:" << error.describe();
                return {};
            }
            const QJsonObject page = QJsonDocument::fromJson(raw.body).object();
            const QJsonArray items = page.value(u"items").toArray();
            for (const QJsonValue &item : items)
                users << item.toObject();
            cursor = page.value(u"pagination").toObject().value(u"next_cursor").toString();
            if (cursor.isEmpty())
                return users;
        }
        return {};
    }

    // Runs an export to the end; returns its final state.
    static UsersExport::State run(UsersExport &job)
    {
        QSignalSpy finished(&job, &UsersExport::finished);
        job.start();
        if (!finished.wait(kTimeoutMs) && finished.isEmpty())
            return UsersExport::State::Running;
        return job.state();
    }

    void createAwkwardUsers()
    {
        struct Awkward
        {
            QString name;
            QString email;
            QString clientMetadata;
            QString serverMetadata;
        };
        const QList<Awkward> awkward = {
            {u"=HYPERLINK(\"http://evil.example\",\"click\")"_s, u"formula@awkward.test"_s, u"{\"a,b\":\"c\\\"d\"}"_s, u"\"=1+1\""_s},
            {u"\"Quoted\", with commas"_s, u"quotes@awkward.test"_s, u"-5"_s, u"[1,2,{\"x\":null}]"_s},
            {u"Line one\nline two\r\nline three"_s, u"lines@awkward.test"_s, u"{\"text\":\"multi\\nline\"}"_s, u"null"_s},
            {u"@SUM(A1:A9)"_s, u"+plus@awkward.test"_s, u"true"_s, u"{}"_s},
            {u"-2+3"_s, u"minus@awkward.test"_s, u"\"\""_s, u"{\"deep\":{\"deeper\":[\"ü\",\"日本\",\"🚀\"]}}"_s},
            {u"名前 Ünïcödé 🚀"_s, u"unicode@awkward.test"_s, u"3.5"_s, u"\"plain\""_s},
            {u"\tTabbed"_s, u"tab@awkward.test"_s, u"null"_s, u"null"_s},
            {u"'already apostrophe"_s, u"apostrophe@awkward.test"_s, u"{\"k\":\"'x\"}"_s, u"null"_s},
        };
        for (const Awkward &entry : awkward) {
            api::users::NewUser user;
            user.displayName = entry.name;
            user.primaryEmail = entry.email;
            user.clientMetadataJson = entry.clientMetadata;
            user.serverMetadataJson = entry.serverMetadata;
            api::User created;
            api::ApiError error;
            QVERIFY2(await(*m_client, api::users::create(m_scope, user), &created, &error), qPrintable(error.describe()));
            m_awkwardIds << created.id;
        }
        // A restriction whose reason needs quoting.
        api::User restricted;
        api::ApiError error;
        QVERIFY2(await(*m_client,
                       api::users::update(m_scope, m_awkwardIds.constFirst(),
                                          api::users::UserPatch::restrict(u"Spam, \"ads\""_s, u"=cmd|' /C calc'!A0"_s)),
                       &restricted, &error),
                 qPrintable(error.describe()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        emulator::EmulatorOptions options;
        options.userCount = kGeneratedUsers;
        m_emulator = std::make_unique<emulator::Emulator>(options);
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        const emulator::DemoAccount account = m_emulator->demoAccount();
        m_scope = api::ProjectScope::project(account.projectId);
        m_client = std::make_unique<api::ApiClient>(
            &m_network, m_emulator->apiRoot(),
            std::make_unique<api::ProjectKeyAuthenticator>(api::CredentialKind::AdminKey, account.projectId, account.adminKey));
        m_client->options().retryBaseDelayMs = 20;
        createAwkwardUsers();
    }

    void cleanup() { m_emulator->clearFaults(); }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Ada Lovelace"_s << u"Ada Lovelace"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("plus") << u"+49 30 1234"_s << u"'+49 30 1234"_s;
        QTest::newRow("minus") << u"-5"_s << u"'-5"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("formula with comma") << u"=HYPERLINK(\"a\",\"b\")"_s << u"\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("apostrophe") << u"'quoted"_s << u"'quoted"_s;
        QTest::newRow("unicode") << u"名前 🚀"_s << u"名前 🚀"_s;
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(models::csvField(text), field);
    }

    void formatterFrames()
    {
        models::CsvUsersFormatter withBom({u"id"_s, u"primary_email"_s}, true);
        QCOMPARE(withBom.begin(), QByteArray("\xEF\xBB\xBFID,Primary email\r\n"));
        QCOMPARE(withBom.page({}), QByteArray());
        QCOMPARE(withBom.end(), QByteArray());
        models::CsvUsersFormatter withoutBom({u"id"_s}, false);
        QCOMPARE(withoutBom.begin(), QByteArray("ID\r\n"));

        models::JsonUsersFormatter empty({u"id"_s});
        QByteArray nothing = empty.begin();
        nothing += empty.page({});
        nothing += empty.end();
        QCOMPARE(nothing, QByteArray("[]\n"));
        models::JsonUsersFormatter two({u"id"_s, u"display_name"_s, u"bogus"_s});
        api::User first;
        first.id = u"a"_s;
        first.displayName = u"Ann \"A\""_s;
        api::User second;
        second.id = u"b"_s;
        QByteArray written = two.begin();
        written += two.page({first});
        written += two.page({second});
        written += two.end();
        QCOMPARE(written, QByteArray("[\n{\"id\":\"a\",\"display_name\":\"Ann \\\"A\\\"\"},\n{\"id\":\"b\",\"display_name\":null}\n]\n"));
    }

    void fieldsAreTheServersNames()
    {
        // Every export field is one the JSON encoder knows, and the other way round.
        QCOMPARE(UserExportFields::all(), api::UserJsonEncoder::allFieldNames());
        QVERIFY(!UserExportFields::defaults().isEmpty());
        for (const QString &key : UserExportFields::defaults())
            QVERIFY(UserExportFields::all().contains(key));
        QCOMPARE(UserExportFields::known({u"id"_s, u"nope"_s, u"id"_s, u"display_name"_s}),
                 QStringList({u"id"_s, u"display_name"_s}));
        QCOMPARE(UserExportFields::title(u"primary_email"_s), u"Primary email"_s);
    }

    void csvRowByRow()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(u"users.csv"_s);
        const QStringList fields = UserExportFields::all();
        auto job = makeExport(path, ExportFormat::Csv, 500, everyone(), fields);
        QList<int> pagesSeen;
        connect(job.get(), &UsersExport::progressed, this, [&pagesSeen](qint64, int pages) { pagesSeen << pages; });
        QCOMPARE(run(*job), UsersExport::State::Succeeded);

        const QList<QJsonObject> expected = serverUsers(everyone());
        QCOMPARE(expected.size(), kGeneratedUsers + m_awkwardIds.size());
        QCOMPARE(job->usersWritten(), qint64(expected.size()));
        QCOMPARE(job->pagesWritten(), 3); // 1,242 users, 500 per page
        QCOMPARE(pagesSeen, QList<int>({1, 2, 3}));
        QCOMPARE(job->bytesWritten(), QFileInfo(path).size());
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden), QStringList({u"users.csv"_s}));

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), expected.size() + 1);
        QStringList titles;
        for (const QString &key : fields)
            titles << UserExportFields::title(key);
        QCOMPARE(records.constFirst(), titles);

        int awkwardSeen = 0;
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const QStringList &record = records.at(row + 1);
            const QJsonObject &user = expected.at(row);
            QVERIFY2(record.size() == fields.size(), qPrintable(u"row %1 has %2 fields"_s.arg(row).arg(record.size())));
            for (qsizetype column = 0; column < fields.size(); ++column) {
                const QString problem = compareCell(record.at(column), user, fields.at(column));
                QVERIFY2(problem.isEmpty(), qPrintable(u"row %1 (%2), %3: %4"_s.arg(row).arg(user.value(u"id").toString(),
                                                                                      fields.at(column), problem)));
            }
            if (m_awkwardIds.contains(user.value(u"id").toString()))
                ++awkwardSeen;
        }
        QCOMPARE(awkwardSeen, m_awkwardIds.size());
    }

    void jsonRowByRow()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(u"users.json"_s);
        const QStringList fields = UserExportFields::all();
        auto job = makeExport(path, ExportFormat::Json, 1000, everyone(), fields);
        QCOMPARE(run(*job), UsersExport::State::Succeeded);
        QCOMPARE(job->pagesWritten(), 2);

        const QList<QJsonObject> expected = serverUsers(everyone());
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray users = document.array();
        QCOMPARE(users.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            const QJsonObject exported = users.at(row).toObject();
            QCOMPARE(exported.keys().size(), fields.size());
            for (const QString &key : fields) {
                QJsonValue server = expected.at(row).value(key);
                if (server.isUndefined())
                    server = QJsonValue::Null;
                QVERIFY2(exported.value(key) == server,
                         qPrintable(u"row %1, %2: %3 instead of %4"_s.arg(row).arg(key).arg(
                             QString::fromUtf8(QJsonDocument(QJsonArray{exported.value(key)}).toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(QJsonDocument(QJsonArray{server}).toJson(QJsonDocument::Compact)))));
            }
        }
        // Metadata are JSON values, not strings holding JSON.
        for (const QJsonValue &value : users) {
            if (value.toObject().value(u"id").toString() == m_awkwardIds.at(1)) {
                QCOMPARE(value.toObject().value(u"client_metadata"), QJsonValue(-5));
                QVERIFY(value.toObject().value(u"server_metadata").isArray());
            }
        }
    }

    void onlyTheChosenColumnsAndFilter()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"awkward.csv"_s);
        UsersFilter filter;
        filter.search = u"awkward.test"_s; // only the awkward users have addresses there
        filter.includeRestricted = true;
        auto job = makeExport(path, ExportFormat::Csv, 3, filter, {u"primary_email"_s, u"id"_s});
        QCOMPARE(run(*job), UsersExport::State::Succeeded);
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(readAll(path).mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<QJsonObject> expected = serverUsers(filter);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.constFirst(), QStringList({u"Primary email"_s, u"ID"_s}));
        for (qsizetype row = 0; row < expected.size(); ++row) {
            QCOMPARE(records.at(row + 1).at(0), models::csvField(expected.at(row).value(u"primary_email").toString()));
            QCOMPARE(records.at(row + 1).at(1), expected.at(row).value(u"id").toString());
        }
    }

    void emptyResult_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("csv") << ExportFormat::Csv << QByteArray("\xEF\xBB\xBFID,Display name\r\n");
        QTest::newRow("json") << ExportFormat::Json << QByteArray("[]\n");
    }

    void emptyResult()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QByteArray, contents);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"none"_s);
        UsersFilter filter = everyone();
        filter.search = u"no user is called like this"_s;
        auto job = makeExport(path, format, 1000, filter, {u"id"_s, u"display_name"_s});
        QCOMPARE(run(*job), UsersExport::State::Succeeded);
        QCOMPARE(job->usersWritten(), qint64(0));
        QCOMPARE(readAll(path), contents);
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("cancelAfterPages");
        QTest::newRow("before the first page") << 0;
        QTest::newRow("after two pages") << 2;
    }

    void cancelLeavesNoFile()
    {
        QFETCH(int, cancelAfterPages);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.csv"_s);
        m_emulator->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s, .pathPattern = u"^/users$"_s, .count = -1,
                              .latencyMs = 150});
        m_emulator->clearRecordedRequests();
        auto job = makeExport(path, ExportFormat::Csv, 100);
        QSignalSpy finished(job.get(), &UsersExport::finished);
        connect(job.get(), &UsersExport::progressed, this, [&job, cancelAfterPages](qint64, int pages) {
            if (pages == cancelAfterPages)
                job->cancel();
        });
        job->start();
        if (cancelAfterPages == 0)
            job->cancel();
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->state(), UsersExport::State::Cancelled);
        QCOMPARE(job->pagesWritten(), cancelAfterPages);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        // No page after the one under way when cancelled (it may have reached the server).
        QTest::qWait(400);
        const QList<emulator::RecordedRequest> recorded = m_emulator->recordedRequests();
        const auto pageRequests = std::count_if(recorded.cbegin(), recorded.cend(), [](const emulator::RecordedRequest &request) {
            return request.method == u"GET" && request.path == u"/users";
        });
        QVERIFY2(pageRequests <= cancelAfterPages + 1, qPrintable(QString::number(pageRequests)));
    }

    void failureMidwayLeavesNoFile_data()
    {
        QTest::addColumn<Fault::Kind>("kind");
        QTest::addColumn<bool>("existingFile");
        QTest::newRow("500, new file") << Fault::Kind::Status << false;
        QTest::newRow("500, existing file") << Fault::Kind::Status << true;
        QTest::newRow("dropped connection, existing file") << Fault::Kind::DropConnection << true;
        QTest::newRow("malformed page") << Fault::Kind::MalformedBody << true;
    }

    void failureMidwayLeavesNoFile()
    {
        QFETCH(Fault::Kind, kind);
        QFETCH(bool, existingFile);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.json"_s);
        const QByteArray before = "yesterday's export\n";
        if (existingFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
        auto job = makeExport(path, ExportFormat::Json, 200);
        connect(job.get(), &UsersExport::progressed, this, [this, kind](qint64, int pages) {
            if (pages == 2) {
                m_emulator->addFault({.kind = kind, .method = u"GET"_s, .pathPattern = u"^/users$"_s, .count = -1,
                                      .status = 500, .message = u"The database is on fire"_s});
            }
        });
        QCOMPARE(run(*job), UsersExport::State::Failed);
        QVERIFY(job->pagesWritten() >= 2);
        QVERIFY(job->usersWritten() < kGeneratedUsers);
        const QStringList left = QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (existingFile) {
            QCOMPARE(left, QStringList({u"users.json"_s}));
            QCOMPARE(readAll(path), before);
        } else {
            QCOMPARE(left, QStringList());
        }
        QVERIFY(!job->failureMessage().isEmpty());
        QVERIFY(!job->failureAdvice().isEmpty());
        switch (kind) {
        case Fault::Kind::Status:
            QCOMPARE(job->failure(), UsersExport::Failure::Network);
            QCOMPARE(job->apiError().httpStatus, 500);
            QVERIFY2(job->failureMessage().contains(u"The database is on fire"_s), qPrintable(job->failureMessage()));
            break;
        case Fault::Kind::DropConnection:
            QCOMPARE(job->failure(), UsersExport::Failure::Network);
            QCOMPARE(job->apiError().kind, api::ApiError::Kind::Network);
            break;
        default:
            QCOMPARE(job->failure(), UsersExport::Failure::Parse);
            break;
        }
    }

    void unwritableFolder()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"missing/folder/users.csv"_s);
        auto job = makeExport(path, ExportFormat::Csv, 1000);
        QCOMPARE(run(*job), UsersExport::State::Failed);
        QCOMPARE(job->failure(), UsersExport::Failure::File);
        QVERIFY2(job->failureMessage().contains(path), qPrintable(job->failureMessage()));
        QCOMPARE(QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void destroyedWhileRunning()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.csv"_s);
        m_emulator->addFault({.kind = Fault::Kind::Latency, .method = u"GET"_s, .pathPattern = u"^/users$"_s, .count = -1,
                              .latencyMs = 100});
        auto job = makeExport(path, ExportFormat::Csv, 100);
        QSignalSpy progressed(job.get(), &UsersExport::progressed);
        job->start();
        QVERIFY(progressed.wait(kTimeoutMs));
        job.reset(); // a dialog closed in the middle
        QCOMPARE(QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestUsersExport)
#include "tst_UsersExport.moc"
