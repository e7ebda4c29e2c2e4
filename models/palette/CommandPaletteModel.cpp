#include "CommandPaletteModel.h"

#include "PaletteMatch.h"
#include "ProjectListModel.h"
#include "auth/Capabilities.h"
#include "core/ApiClient.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <algorithm>

namespace hexclave::models {

namespace {

constexpr int usersShown = 8;
constexpr int teamsShown = 8;

} // namespace

CommandPaletteModel::CommandPaletteModel(QAbstractItemModel *projects, QObject *parent)
    : QAbstractListModel(parent)
    , m_projects(projects)
{
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &CommandPaletteModel::searchUsers);
    if (projects) {
        connect(projects, &QAbstractItemModel::modelReset, this, &CommandPaletteModel::rebuild);
        connect(projects, &QAbstractItemModel::rowsInserted, this, &CommandPaletteModel::rebuild);
        connect(projects, &QAbstractItemModel::rowsRemoved, this, &CommandPaletteModel::rebuild);
        connect(projects, &QAbstractItemModel::dataChanged, this, &CommandPaletteModel::rebuild);
    }
    rebuild();
}

CommandPaletteModel::~CommandPaletteModel()
{
    cancelServerWork();
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.subtitle.isEmpty() ? entry.title : entry.subtitle;
    case Qt::AccessibleTextRole:
        return entry.kind == Kind::Status ? entry.title : tr("%1: %2").arg(kindText(entry.kind), entry.title);
    case Qt::DecorationRole:
        return m_iconProvider && !entry.iconName.isEmpty() ? QVariant(m_iconProvider(entry.iconName)) : QVariant();
    case KindRole:
        return QVariant::fromValue(entry.kind);
    case KindTextRole:
        return kindText(entry.kind);
    case IdRole:
        return entry.id;
    case ConnectionIdRole:
        return entry.connectionId;
    case SubtitleRole:
        return entry.subtitle;
    case IconNameRole:
        return entry.iconName;
    case ShortcutRole:
        return entry.shortcut;
    case IsErrorRole:
        return entry.isError;
    case ScoreRole:
        return entry.score;
    default:
        return {};
    }
}

Qt::ItemFlags CommandPaletteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Entry &entry = m_entries.at(index.row());
    if (entry.kind == Kind::Status || !entry.enabled)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void CommandPaletteModel::setCommands(const QList<Command> &commands)
{
    m_commands = commands;
    rebuild();
}

void CommandPaletteModel::setPageShortcuts(const QStringList &shortcuts)
{
    m_pageShortcuts = shortcuts;
    rebuild();
}

void CommandPaletteModel::setIconProvider(std::function<QIcon(const QString &)> provider)
{
    m_iconProvider = std::move(provider);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

void CommandPaletteModel::setProject(api::ApiClient *client, const QString &projectId, bool searchTeams)
{
    if (client == m_client && projectId == m_projectId && searchTeams == m_searchTeams)
        return;
    cancelServerWork();
    disconnect(m_clientGone);
    m_client = client;
    m_projectId = projectId;
    m_searchTeams = searchTeams;
    if (client) {
        // Its running jobs go with it without a finished signal: end the search here.
        m_clientGone = connect(client, &QObject::destroyed, this, [this] {
            cancelServerWork();
            m_usersLoad = m_teamsLoad = Load::Idle;
            rebuild();
            updateSearching();
        });
    }
    m_users.clear();
    m_teams.clear();
    m_usersLoad = m_teamsLoad = Load::Idle;
    setQuery(m_query); // searches the new project
}

void CommandPaletteModel::setSearchDelay(int milliseconds)
{
    m_searchTimer.setInterval(milliseconds);
}

void CommandPaletteModel::startSession()
{
    cancelServerWork();
    m_teams.clear();
    m_users.clear();
    m_usersLoad = m_teamsLoad = Load::Idle;
    m_query.clear();
    rebuild();
    updateSearching();
}

void CommandPaletteModel::setQuery(const QString &query)
{
    m_query = query;
    ++m_generation;
    if (m_usersJob)
        m_usersJob->abort();
    m_searchTimer.stop();
    const QString typed = query.simplified();
    if (typed.isEmpty() || !m_client || m_projectId.isEmpty()) {
        m_usersLoad = Load::Idle;
        m_users.clear();
    } else {
        m_usersLoad = Load::Waiting;
        m_searchTimer.start();
        if (m_teamsLoad == Load::Idle && m_searchTeams)
            loadTeams();
    }
    rebuild();
    updateSearching();
}

const api::User *CommandPaletteModel::userAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).kind != Kind::User)
        return nullptr;
    return &m_users.at(m_entries.at(row).userIndex);
}

bool CommandPaletteModel::isSearching() const
{
    return m_usersLoad == Load::Waiting || m_usersLoad == Load::Running || m_teamsLoad == Load::Running;
}

void CommandPaletteModel::updateSearching()
{
    if (isSearching() == m_searching)
        return;
    m_searching = isSearching();
    Q_EMIT searchingChanged(m_searching);
}

void CommandPaletteModel::cancelServerWork()
{
    ++m_generation;
    m_searchTimer.stop();
    if (m_usersJob)
        m_usersJob->abort();
    if (m_teamsJob)
        m_teamsJob->abort();
    if (m_usersLoad != Load::Done && m_usersLoad != Load::Failed)
        m_usersLoad = Load::Idle;
    if (m_teamsLoad != Load::Done && m_teamsLoad != Load::Failed)
        m_teamsLoad = Load::Idle;
}

void CommandPaletteModel::searchUsers()
{
    if (!m_client)
        return;
    api::users::ListQuery query;
    query.limit = usersShown;
    query.search = m_query.simplified();
    api::Job<api::Page<api::User>> *job = m_client->send(api::users::list(api::ProjectScope::project(m_projectId), query));
    m_usersJob = job;
    m_usersLoad = Load::Running;
    const int generation = m_generation;
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return; // a newer query (or project) asked again
        if (job->succeeded()) {
            m_users = job->value().items;
            m_usersLoad = Load::Done;
        } else {
            m_users.clear();
            m_usersError = job->error().userMessage();
            m_usersLoad = Load::Failed;
        }
        rebuild();
        updateSearching();
    });
}

void CommandPaletteModel::loadTeams()
{
    if (!m_client)
        return;
    api::Job<api::Page<api::Team>> *job = m_client->send(api::teams::list(api::ProjectScope::project(m_projectId)));
    m_teamsJob = job;
    m_teamsLoad = Load::Running;
    const QString projectId = m_projectId;
    const QPointer<api::ApiClient> client = m_client;
    connect(job, &api::ApiJob::finished, this, [this, job, projectId, client] {
        if (projectId != m_projectId || client != m_client || m_teamsJob != job)
            return;
        if (job->error().kind == api::ApiError::Kind::Cancelled)
            return;
        if (job->succeeded()) {
            m_teams = job->value().items;
            m_teamsLoad = Load::Done;
        } else {
            m_teamsError = job->error().userMessage();
            m_teamsLoad = Load::Failed;
        }
        rebuild();
        updateSearching();
    });
}

QString CommandPaletteModel::kindText(Kind kind) const
{
    switch (kind) {
    case Kind::Page:
        return tr("Page");
    case Kind::Command:
        return tr("Command");
    case Kind::Project:
        return tr("Project");
    case Kind::User:
        return tr("User");
    case Kind::Team:
        return tr("Team");
    case Kind::Status:
        break;
    }
    return {};
}

CommandPaletteModel::Entry CommandPaletteModel::makeEntry(Kind kind, const QString &id, const QString &title,
                                                         const QString &iconName)
{
    Entry entry;
    entry.kind = kind;
    entry.id = id;
    entry.title = title;
    entry.iconName = iconName;
    return entry;
}

void CommandPaletteModel::appendLocal(QList<Entry> &entries) const
{
    const QList<api::Area> areas = api::allAreas();
    for (int i = 0; i < areas.size(); ++i) {
        Entry entry = makeEntry(Kind::Page, api::areaId(areas.at(i)), api::areaTitle(areas.at(i)), api::areaId(areas.at(i)));
        entry.shortcut = m_pageShortcuts.value(i);
        entries << entry;
    }
    for (const Command &command : m_commands) {
        Entry entry = makeEntry(Kind::Command, command.id, command.title, command.iconName);
        entry.shortcut = command.shortcut;
        entry.enabled = command.enabled;
        entries << entry;
    }
    if (!m_projects)
        return;
    for (int row = 0; row < m_projects->rowCount(); ++row) {
        const QModelIndex index = m_projects->index(row, 0);
        if (!index.data(ProjectListModel::IsProjectRole).toBool())
            continue;
        Entry entry = makeEntry(Kind::Project, index.data(ProjectListModel::ProjectIdRole).toString(),
                                index.data(Qt::DisplayRole).toString(), QStringLiteral("overview"));
        entry.connectionId = index.data(ProjectListModel::ConnectionIdRole).toString();
        entry.subtitle = index.data(ProjectListModel::ConnectionNameRole).toString();
        entries << entry;
    }
}

void CommandPaletteModel::appendServer(QList<Entry> &entries) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        const api::User &user = m_users.at(i);
        const QString email = user.primaryEmail.value_or(QString());
        const QString name = user.displayName.value_or(QString());
        Entry entry = makeEntry(Kind::User, user.id, name.isEmpty() ? (email.isEmpty() ? user.id : email) : name,
                                QStringLiteral("users"));
        entry.subtitle = name.isEmpty() ? QString() : email;
        entry.userIndex = i;
        // The server found them (maybe by id, or words in another order): never below 1.
        entry.score = std::max(1, paletteMatchScore(m_query, name + u' ' + email));
        entries << entry;
    }
    int teams = 0;
    for (const api::Team &team : m_teams) {
        const int score = paletteMatchScore(m_query, team.displayName);
        if (score <= 0 || teams == teamsShown)
            continue;
        ++teams;
        Entry entry = makeEntry(Kind::Team, team.id, team.displayName, QStringLiteral("teams"));
        entry.score = score;
        entries << entry;
    }
}

void CommandPaletteModel::rebuild()
{
    QList<Entry> entries;
    appendLocal(entries);
    const bool typed = !m_query.simplified().isEmpty();
    if (typed) {
        for (Entry &entry : entries)
            entry.score = paletteMatchScore(m_query, entry.subtitle.isEmpty() ? entry.title : entry.title + u' ' + entry.subtitle);
        entries.removeIf([](const Entry &entry) { return entry.score < 0; });
        appendServer(entries);
        // Best matches first; equal ones keep their kind's order (pages, commands, projects, …).
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &a, const Entry &b) { return a.score > b.score; });
    }

    const auto status = [&entries](const QString &text, const QString &icon, bool isError) {
        Entry entry = makeEntry(Kind::Status, {}, text, icon);
        entry.isError = isError;
        entries << entry;
    };
    if (typed && m_client) {
        if (m_usersLoad == Load::Waiting || m_usersLoad == Load::Running)
            status(tr("Searching…"), QStringLiteral("search"), false);
        else if (m_usersLoad == Load::Failed)
            status(tr("Users could not be searched: %1").arg(m_usersError), QStringLiteral("warning"), true);
        if (m_teamsLoad == Load::Running && m_usersLoad != Load::Waiting && m_usersLoad != Load::Running)
            status(tr("Searching…"), QStringLiteral("search"), false);
        else if (m_teamsLoad == Load::Failed)
            status(tr("Teams could not be loaded: %1").arg(m_teamsError), QStringLiteral("warning"), true);
    }
    if (typed && entries.isEmpty())
        status(tr("Nothing matches \"%1\"").arg(m_query.simplified()), QStringLiteral("search"), false);

    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace hexclave::models
