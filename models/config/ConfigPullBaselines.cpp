#include "ConfigPullBaselines.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace hexclave::models {

ConfigPullBaselines::ConfigPullBaselines(QString directory)
    : m_directory(std::move(directory))
{
}

QString ConfigPullBaselines::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/config-pulls");
}

QString ConfigPullBaselines::entryPath(const QString &filePath, const QString &projectId) const
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash((absolute + u'\n' + projectId).toUtf8(), QCryptographicHash::Sha256);
    return m_directory + u'/' + QString::fromLatin1(hash.toHex().left(40)) + QStringLiteral(".json");
}

QByteArray ConfigPullBaselines::fingerprint(const api::ConfigTree &config)
{
    // QJsonObject keeps its keys sorted: the same configuration always gives the same text.
    const QJsonDocument canonical = QJsonDocument::fromJson(config.normalized().toJsonText().toUtf8());
    return QCryptographicHash::hash(canonical.toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
}

bool ConfigPullBaselines::matches(const QString &filePath, const QString &projectId, const api::ConfigTree &config) const
{
    const std::optional<QByteArray> stored = find(filePath, projectId);
    return stored && *stored == fingerprint(config);
}

std::optional<QByteArray> ConfigPullBaselines::find(const QString &filePath, const QString &projectId) const
{
    QFile file(entryPath(filePath, projectId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QStringLiteral("project")).toString() != projectId
        || object.value(QStringLiteral("file")).toString() != QFileInfo(filePath).absoluteFilePath())
        return std::nullopt;
    const QByteArray stored = object.value(QStringLiteral("sha256")).toString().toLatin1();
    if (stored.size() != 64)
        return std::nullopt; // damaged or an older entry: as if never pulled (the push then asks)
    return stored;
}

bool ConfigPullBaselines::store(const QString &filePath, const QString &projectId, const api::ConfigTree &branchOverride,
                                QString *error)
{
    QDir directory(m_directory);
    if (!directory.exists() && !QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QJsonObject object;
    object.insert(QStringLiteral("file"), QFileInfo(filePath).absoluteFilePath());
    object.insert(QStringLiteral("project"), projectId);
    object.insert(QStringLiteral("pulledAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("sha256"), QString::fromLatin1(fingerprint(branchOverride)));

    QSaveFile file(entryPath(filePath, projectId));
    const QByteArray data = QJsonDocument(object).toJson();
    // Unbuffered: a short write shows in write()'s result (see ConfigFileDocument::writeText).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not remember the pulled configuration: %1").arg(file.errorString());
        return false;
    }
    return true;
}

void ConfigPullBaselines::remove(const QString &filePath, const QString &projectId)
{
    QFile::remove(entryPath(filePath, projectId));
}

} // namespace hexclave::models
