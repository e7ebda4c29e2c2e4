#include "UsersExportWriter.h"

#include "dto/User.h"
#include "dto/UserJson.h"

#include <QDir>
#include <QSaveFile>

#include <exception>

namespace hexclave::models {

UsersExportWriter::UsersExportWriter(QString filePath, const UsersExportOptions &options)
    : m_filePath(std::move(filePath))
    , m_formatter(UsersExportFormatter::create(options))
{
}

UsersExportWriter::~UsersExportWriter()
{
    if (m_file && !m_done)
        m_file->cancelWriting(); // ~QSaveFile removes the temporary file
}

void UsersExportWriter::open()
{
    if (m_done)
        return;
    m_file = std::make_unique<QSaveFile>(m_filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        failFile(m_file->errorString());
        return;
    }
    write(m_formatter->begin());
}

void UsersExportWriter::writePage(const QByteArray &body)
{
    if (m_done)
        return;
    // The cursor first: the next page is on its way while this one is parsed and written.
    QString cursor;
    if (!api::readNextCursor(body, &cursor)) {
        failParse(tr("The answer is not JSON."));
        return;
    }
    Q_EMIT cursorRead(!cursor.isEmpty(), cursor);
    api::Page<api::User> page;
    try {
        page = api::parseJson<api::Page<api::User>>(body);
    } catch (const std::exception &e) {
        failParse(QString::fromUtf8(e.what()));
        return;
    }
    if (page.hasMore() == cursor.isEmpty()) {
        failParse(tr("The page's cursor could not be read."));
        return;
    }
    if (!write(m_formatter->page(page.items)))
        return;
    m_users += page.items.size();
    ++m_pages;
    Q_EMIT pageWritten(m_users, m_pages, m_bytes);
    if (!page.hasMore())
        commit();
}

bool UsersExportWriter::write(const QByteArray &bytes)
{
    if (m_done || !m_file)
        return false;
    if (m_file->write(bytes) != bytes.size()) {
        failFile(m_file->errorString());
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

void UsersExportWriter::commit()
{
    if (!write(m_formatter->end()))
        return;
    if (!m_file->commit()) {
        failFile(m_file->errorString());
        return;
    }
    m_done = true;
    m_file.reset();
    Q_EMIT committed(m_bytes);
}

void UsersExportWriter::failParse(const QString &message)
{
    m_done = true;
    m_file.reset(); // not committed: the temporary file goes
    Q_EMIT parseFailed(message);
}

void UsersExportWriter::failFile(const QString &message)
{
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    Q_EMIT fileFailed(message);
}

} // namespace hexclave::models
