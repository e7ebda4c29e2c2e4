#include "TransactionsCsv.h"

#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"
#include "export/CsvText.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QTimeZone>

namespace hexclave::models {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// An amount is written as sent when it is a plain decimal number ("-50.00" included); anything
// else is text and protected like text.
QString amountField(const QString &amount)
{
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    return number.match(amount).hasMatch() ? amount : csvField(amount);
}

void appendRecord(QString &out, const QStringList &textFields, const QString &amount)
{
    // Column order (see columns()): the amount is the 9th of 11.
    constexpr qsizetype amountColumn = 8;
    for (qsizetype i = 0; i < textFields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += i == amountColumn ? amountField(amount) : csvField(textFields.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QStringList TransactionsCsv::columns()
{
    return {QStringLiteral("id"),          QStringLiteral("created"),     QStringLiteral("effective"),
            QStringLiteral("type"),        QStringLiteral("customer_type"), QStringLiteral("customer_id"),
            QStringLiteral("product"),     QStringLiteral("currency"),    QStringLiteral("amount"),
            QStringLiteral("test_mode"),   QStringLiteral("refunded")};
}

QByteArray TransactionsCsv::header(bool byteOrderMark)
{
    const QByteArray line = columns().join(u',').toUtf8() + "\r\n";
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") + line : line;
}

QByteArray TransactionsCsv::records(const QList<api::Transaction> &transactions)
{
    QString out;
    out.reserve(transactions.size() * 200);
    for (const api::Transaction &transaction : transactions) {
        const api::TransactionEntry *customer = transaction.customerEntry();
        QStringList fields{transaction.id,
                           isoUtc(transaction.createdAtMillis),
                           isoUtc(transaction.effectiveAtMillis),
                           transaction.type,
                           customer ? customer->customerType : QString(),
                           customer ? customer->customerId : QString(),
                           TransactionsModel::productText(transaction),
                           QString(), // currency
                           QString(), // amount (see appendRecord)
                           boolText(transaction.testMode),
                           boolText(transaction.isRefunded())};
        const api::MoneyAmounts amounts = TransactionsModel::chargedAmounts(transaction);
        if (amounts.isEmpty()) {
            appendRecord(out, fields, {});
            continue;
        }
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
            fields[7] = it.key();
            appendRecord(out, fields, it.value());
        }
    }
    return out.toUtf8();
}

bool TransactionsCsv::write(const QString &filePath, const QList<api::Transaction> &transactions, QString *error)
{
    QSaveFile file(filePath);
    const QByteArray bytes = header() + records(transactions);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

// ---- TransactionsExport -------------------------------------------------------------------

TransactionsExport::TransactionsExport(api::ApiClient *client, api::ProjectScope scope, TransactionsFilter filter,
                                       QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_filter(std::move(filter))
    , m_filePath(std::move(filePath))
{
}

TransactionsExport::TransactionsExport(QList<api::Transaction> loaded, QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
    , m_loaded(std::move(loaded))
{
}

TransactionsExport::~TransactionsExport()
{
    if (auto job = std::exchange(m_job, nullptr))
        job->abort();
    if (m_file)
        m_file->cancelWriting(); // ~QSaveFile then removes the temporary file
}

void TransactionsExport::start()
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    m_file = std::make_unique<QSaveFile>(m_filePath);
    const QByteArray header = TransactionsCsv::header();
    if (!m_file->open(QIODevice::WriteOnly) || m_file->write(header) != header.size()) {
        fail(tr("The file could not be written: %1").arg(m_file->errorString()));
        return;
    }
    if (m_loaded)
        QTimer::singleShot(0, this, &TransactionsExport::writeLoadedSlice);
    else
        requestPage({});
}

void TransactionsExport::writeLoadedSlice()
{
    constexpr qsizetype sliceRows = 2000;
    if (m_state != State::Running)
        return; // cancelled meanwhile
    const QList<api::Transaction> slice = m_loaded->mid(m_loadedWritten, sliceRows);
    const QByteArray bytes = TransactionsCsv::records(slice);
    if (m_file->write(bytes) != bytes.size()) {
        fail(tr("The file could not be written: %1").arg(m_file->errorString()));
        return;
    }
    m_loadedWritten += slice.size();
    m_written = m_loadedWritten;
    ++m_pages;
    Q_EMIT progressed(m_written, m_pages);
    if (m_state != State::Running)
        return;
    if (m_loadedWritten < m_loaded->size()) {
        QTimer::singleShot(0, this, &TransactionsExport::writeLoadedSlice);
        return;
    }
    commitFile();
}

void TransactionsExport::cancel()
{
    if (m_state != State::Running)
        return;
    if (auto job = std::exchange(m_job, nullptr))
        job->abort();
    finish(State::Cancelled);
}

void TransactionsExport::requestPage(const QString &cursor)
{
    if (!m_client) {
        fail(tr("The connection was closed."));
        return;
    }
    api::payments::TransactionsQuery query;
    query.cursor = cursor;
    query.limit = m_pageSize;
    query.type = m_filter.type;
    query.customerType = m_filter.customerType;
    auto *job = m_client->send(api::payments::transactions(m_scope, query));
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job != m_job || m_state != State::Running)
            return;
        m_job.clear();
        if (!job->succeeded()) {
            fail(tr("A page of transactions could not be loaded: %1").arg(job->error().userMessage()), job->error());
            return;
        }
        writePage(job->value());
    });
}

void TransactionsExport::writePage(const api::TransactionsPage &page)
{
    const QByteArray bytes = TransactionsCsv::records(page.transactions);
    if (m_file->write(bytes) != bytes.size()) {
        fail(tr("The file could not be written: %1").arg(m_file->errorString()));
        return;
    }
    m_written += page.transactions.size();
    ++m_pages;
    Q_EMIT progressed(m_written, m_pages);
    if (m_state != State::Running)
        return;
    const QString next = page.nextCursor.value_or(QString());
    if (!next.isEmpty() && !page.transactions.isEmpty()) {
        requestPage(next);
        return;
    }
    commitFile();
}

void TransactionsExport::commitFile()
{
    if (m_state != State::Running || !m_file)
        return; // cancelled from a progressed() handler: nothing left to commit
    if (!m_file->commit()) {
        fail(tr("The file could not be saved: %1").arg(m_file->errorString()));
        return;
    }
    m_file.reset();
    finish(State::Succeeded);
}

void TransactionsExport::fail(const QString &message, const api::ApiError &error)
{
    m_failure = message;
    m_apiError = error;
    finish(State::Failed);
}

void TransactionsExport::finish(State state)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_state = state;
    Q_EMIT finished();
}

} // namespace hexclave::models
