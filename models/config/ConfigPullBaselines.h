#pragma once

#include "dto/ProjectConfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hexclave::models {

// What a project's branch override was when it was last pulled into (or pushed from) a file,
// kept per file and project outside the file: a push compares the server with it to tell
// whether someone changed the project since. Only a SHA-256 fingerprint of the configuration
// is kept (older servers accepted environment secrets at the branch level, and those must not
// end up on disk): small JSON files named by a hash of file path and project id, written
// atomically in a directory only the owner can read.
class ConfigPullBaselines
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::models::ConfigPullBaselines)

public:
    explicit ConfigPullBaselines(QString directory = defaultDirectory());

    // <AppDataLocation>/config-pulls
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // SHA-256 (hex) of the normalized configuration as canonical JSON (keys sorted, compact).
    static QByteArray fingerprint(const api::ConfigTree &config);

    // The fingerprint of what was pulled, or nothing when no pull is remembered.
    std::optional<QByteArray> find(const QString &filePath, const QString &projectId) const;
    // Whether a pull is remembered and `config` is the same as what was pulled.
    bool matches(const QString &filePath, const QString &projectId, const api::ConfigTree &config) const;
    bool store(const QString &filePath, const QString &projectId, const api::ConfigTree &branchOverride,
               QString *error = nullptr);
    void remove(const QString &filePath, const QString &projectId);

private:
    QString entryPath(const QString &filePath, const QString &projectId) const;

    QString m_directory;
};

} // namespace hexclave::models
