#include "UsersExport.h"

#include "UsersExportWriter.h"

#include "core/ApiClient.h"
#include "dto/UserJson.h"
#include "endpoints/UsersEndpoints.h"

#include <QThread>

#include <climits>

namespace hexclave::models {

UsersExport::UsersExport(api::ApiClient *client, api::ProjectScope scope, UsersFilter filter, UsersExportOptions options,
                         QString filePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_filter(std::move(filter))
    , m_options(std::move(options))
    , m_filePath(std::move(filePath))
{
}

UsersExport::~UsersExport()
{
    if (m_job)
        m_job->abort();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // the writer is deleted on its thread, and with it the unfinished file
    }
}

void UsersExport::start()
{
    Q_ASSERT(m_state == State::Ready);
    m_state = State::Running;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("users export"));
    m_writer = new UsersExportWriter(m_filePath, m_options);
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, &UsersExport::onThreadFinished);
    connect(m_writer, &UsersExportWriter::cursorRead, this, &UsersExport::onCursorRead);
    connect(m_writer, &UsersExportWriter::pageWritten, this, &UsersExport::onPageWritten);
    connect(m_writer, &UsersExportWriter::committed, this, &UsersExport::onCommitted);
    connect(m_writer, &UsersExportWriter::fileFailed, this,
            [this](const QString &message) { fail(Failure::File, message); });
    connect(m_writer, &UsersExportWriter::parseFailed, this,
            [this](const QString &message) { fail(Failure::Parse, message); });
    m_thread->start();
    QMetaObject::invokeMethod(m_writer, &UsersExportWriter::open, Qt::QueuedConnection);
    if (!m_client) {
        api::ApiError error;
        error.kind = api::ApiError::Kind::SessionExpired;
        error.message = tr("The connection was closed.");
        fail(Failure::Network, {}, error);
        return;
    }
    requestPage({}); // while the worker opens the file
}

void UsersExport::cancel()
{
    if (m_state != State::Running)
        return;
    stop();
}

void UsersExport::requestPage(const QString &cursor)
{
    if (!m_client) {
        fail(Failure::Network, {}, api::ApiError::cancelled());
        return;
    }
    api::Call<api::Page<api::User>> list = api::users::list(m_scope, m_filter.toListQuery(m_options.pageSize, cursor));
    // The body goes to the worker unparsed: parsing 1,000 users (tens of ms) is its job, not the GUI thread's.
    auto *job = m_client->send(api::Call<api::RawJson>{std::move(list.request)});
    m_job = job;
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (m_job == job)
            m_job.clear();
        if (m_state != State::Running)
            return;
        if (!job->succeeded()) {
            fail(Failure::Network, {}, job->error());
            return;
        }
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, body = job->takeValue().body] { writer->writePage(body); },
            Qt::QueuedConnection);
    });
}

void UsersExport::onCursorRead(bool hasMore, const QString &nextCursor)
{
    if (m_state == State::Running && hasMore)
        requestPage(nextCursor);
}

void UsersExport::onPageWritten(qint64 users, int pages, qint64 bytes)
{
    m_users = users;
    m_pages = pages;
    m_bytes = bytes;
    Q_EMIT progressed(m_users, m_pages);
}

void UsersExport::onCommitted(qint64 bytes)
{
    m_committed = true;
    m_bytes = bytes;
    stop();
}

void UsersExport::fail(Failure failure, const QString &detail, const api::ApiError &error)
{
    if (m_state != State::Running)
        return; // stopping already: the first reason is the one to tell
    m_failure = failure;
    m_failureDetail = detail;
    m_apiError = error;
    stop();
}

void UsersExport::stop()
{
    m_state = State::Stopping;
    if (m_job)
        m_job->abort();
    // Queued pages are dropped with the worker's event loop; deleting the writer discards an
    // unfinished file. onThreadFinished() reports once that has happened.
    m_thread->quit();
}

void UsersExport::onThreadFinished()
{
    m_thread->wait(); // finished() is emitted just before the writer is deleted on that thread
    m_writer = nullptr;
    if (m_committed) {
        m_failure = Failure::None;
        m_state = State::Succeeded;
    } else {
        m_state = m_failure == Failure::None ? State::Cancelled : State::Failed;
    }
    Q_EMIT finished();
}

QString UsersExport::failureMessage() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Network: {
        const int users = int(qMin(m_users, qint64(INT_MAX)));
        return tr("The export stopped after %n user(s): %1", nullptr, users).arg(m_apiError.userMessage());
    }
    case Failure::File:
        return tr("Could not write %1: %2").arg(m_filePath, m_failureDetail);
    case Failure::Parse:
        return tr("The server sent a page of users that could not be read: %1").arg(m_failureDetail);
    }
    return {};
}

QString UsersExport::failureAdvice() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Network:
        return tr("No file was written. Check the connection and export again.");
    case Failure::File:
        return tr("Nothing was saved. Choose another folder or free some disk space, then export again.");
    case Failure::Parse:
        return tr("Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.");
    }
    return {};
}

} // namespace hexclave::models
