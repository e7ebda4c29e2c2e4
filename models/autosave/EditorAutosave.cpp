#include "EditorAutosave.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace hexclave::models {

namespace {

constexpr auto fileSuffix = ".autosave.json";
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QJsonObject toJson(const AutosavedText &entry)
{
    return {
        {QStringLiteral("version"), 1},
        {QStringLiteral("key"), entry.key},
        {QStringLiteral("title"), entry.title},
        {QStringLiteral("text"), entry.text},
        {QStringLiteral("baseText"), entry.baseText},
        {QStringLiteral("extra"), entry.extra},
        {QStringLiteral("savedAt"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace

EditorAutosave::EditorAutosave(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString EditorAutosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

bool EditorAutosave::store(const AutosavedText &entry)
{
    if (entry.key.isEmpty()) {
        m_lastError = tr("An autosaved text needs a key.");
        return false;
    }
    if (!ensureDirectory())
        return false;

    AutosavedText stored = entry;
    if (!stored.savedAt.isValid())
        stored.savedAt = QDateTime::currentDateTimeUtc();

    const QString path = filePath(entry.key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnlyFile); // the temporary file, before any text is in it
    file.write(QJsonDocument(toJson(stored)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        m_lastError = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, ownerOnlyFile);
    m_lastError.clear();
    return true;
}

std::optional<AutosavedText> EditorAutosave::find(const QString &key) const
{
    m_lastError.clear();
    const QString path = filePath(key);
    if (!QFile::exists(path))
        return std::nullopt;
    auto entry = read(path);
    if (entry && entry->key != key) // a hash collision, or a file copied in from elsewhere
        return std::nullopt;
    return entry;
}

QList<AutosavedText> EditorAutosave::entries(const QString &keyPrefix) const
{
    m_lastError.clear();
    QList<AutosavedText> found;
    const QDir dir(m_directory);
    const QStringList names =
        dir.entryList({u'*' + QLatin1StringView(fileSuffix)}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        auto entry = read(dir.filePath(name));
        if (entry && entry->key.startsWith(keyPrefix))
            found.append(*entry);
    }
    std::sort(found.begin(), found.end(), [](const AutosavedText &a, const AutosavedText &b) {
        return a.savedAt != b.savedAt ? a.savedAt < b.savedAt : a.key < b.key;
    });
    return found;
}

void EditorAutosave::discard(const QString &key)
{
    m_lastError.clear();
    const QString path = filePath(key);
    if (QFile::exists(path) && !QFile::remove(path))
        m_lastError = tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
}

QString EditorAutosave::filePath(const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + u'/' + QString::fromLatin1(hash) + QLatin1StringView(fileSuffix);
}

bool EditorAutosave::ensureDirectory()
{
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        m_lastError = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Unsaved text may hold anything the user typed: only the owner may read it.
    if (!QFile::setPermissions(m_directory, ownerOnlyDirectory)) {
        m_lastError = tr("Could not restrict the folder %1 to its owner.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return true;
}

std::optional<AutosavedText> EditorAutosave::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    const QString key = object.value(QStringLiteral("key")).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || key.isEmpty()
        || !object.value(QStringLiteral("text")).isString()) {
        m_lastError = tr("Skipped the damaged autosave file %1.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    AutosavedText entry;
    entry.key = key;
    entry.title = object.value(QStringLiteral("title")).toString();
    entry.text = object.value(QStringLiteral("text")).toString();
    entry.baseText = object.value(QStringLiteral("baseText")).toString();
    entry.extra = object.value(QStringLiteral("extra")).toString();
    entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace hexclave::models
