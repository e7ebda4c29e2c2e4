#pragma once

#include "UsersExportFormat.h"

#include <QObject>
#include <QString>

#include <memory>

class QSaveFile;

namespace hexclave::models {

// The worker-thread half of an export: reads each page's cursor, then parses, formats and
// appends the page to a QSaveFile, which only replaces the target when the last page is written.
// Lives on one thread (the QSaveFile is made and used there); UsersExport drives it with
// queued calls to open() and writePage(), and gives up on it by deleting it (on that thread,
// when the thread ends). Failures discard the file at once.
class UsersExportWriter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersExportWriter)

public:
    UsersExportWriter(QString filePath, const UsersExportOptions &options);
    ~UsersExportWriter() override; // an uncommitted file is discarded, temporary file and all

    void open();
    // One GET /users answer. The page with no next cursor is the last: after it the file is committed.
    void writePage(const QByteArray &body);

Q_SIGNALS:
    // As soon as a page's cursor is read (before the page is parsed), so that the next page can
    // be requested while this one is parsed and written.
    void cursorRead(bool hasMore, const QString &nextCursor);
    void pageWritten(qint64 users, int pages, qint64 bytes);
    void committed(qint64 bytes);
    void fileFailed(const QString &message);  // could not create, write or replace the file
    void parseFailed(const QString &message); // a page was not what the API promises

private:
    bool write(const QByteArray &bytes);
    void failParse(const QString &message);
    void failFile(const QString &message);
    void commit();

    QString m_filePath;
    std::unique_ptr<UsersExportFormatter> m_formatter;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_users = 0;
    int m_pages = 0;
    qint64 m_bytes = 0;
    bool m_done = false; // committed or failed: later calls do nothing
};

} // namespace hexclave::models
