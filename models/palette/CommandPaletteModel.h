#pragma once

#include "dto/Team.h"
#include "dto/User.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace hexclave::api {
class ApiClient;
class ApiJob;
}

namespace hexclave::models {

// What the command palette (Ctrl+K) offers for what was typed: the app's pages and main
// commands and every project of every connection (matched at once, here), and the users and
// teams of the current project (asked of the server: users searched after a short pause, the
// teams listed once per session and matched here). Status rows say what is being searched and
// what failed; they cannot be chosen.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPaletteModel)

public:
    enum class Kind { Page, Command, Project, User, Team, Status };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        KindTextRole,                // "Page", "Project", … (shown beside the title)
        IdRole,                      // area id, command id, project id, user id, team id
        ConnectionIdRole,            // projects
        SubtitleRole,                // e-mail, connection, …
        IconNameRole,                // a resources/icons name
        ShortcutRole,                // the key sequence that does the same, as text
        IsErrorRole,                 // status rows that report a failure
        ScoreRole,                   // paletteMatchScore of the row (raw, for tests)
    };

    // A command of the app (Connect…, Preferences…): id, title, icon name, shortcut text.
    struct Command
    {
        QString id;
        QString title;
        QString iconName;
        QString shortcut;
        bool enabled = true;
    };

    // `projects`: the project switcher's model (ProjectListModel roles).
    explicit CommandPaletteModel(QAbstractItemModel *projects, QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setCommands(const QList<Command> &commands);
    // Page shortcuts (Alt+1 …) as text, in api::allAreas() order.
    void setPageShortcuts(const QStringList &shortcuts);
    // The icon of a resources/icons name (the UI's themed icons); none when unset.
    void setIconProvider(std::function<QIcon(const QString &)> provider);
    // Whose users and teams are searched; a null client searches none, `searchTeams` false
    // (the Teams area is not available to the credential) only the users.
    void setProject(api::ApiClient *client, const QString &projectId, bool searchTeams = true);
    // Pause between the last key and the users search (250 ms).
    void setSearchDelay(int milliseconds);

    // A new palette session: the teams are listed again when needed, the query is cleared.
    void startSession();
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // The user of a User row (whole, as the server sent it); null for other rows.
    const api::User *userAt(int row) const;
    // True while a users search waits or runs, or the teams are loading.
    bool isSearching() const;

Q_SIGNALS:
    void searchingChanged(bool searching);

private:
    struct Entry
    {
        Kind kind = Kind::Status;
        QString id;
        QString connectionId;
        QString title;
        QString subtitle;
        QString iconName;
        QString shortcut;
        bool enabled = true;
        bool isError = false;
        int score = 0;
        int userIndex = -1;
    };
    enum class Load { Idle, Waiting, Running, Done, Failed };

    static Entry makeEntry(Kind kind, const QString &id, const QString &title, const QString &iconName);
    void rebuild();
    void appendLocal(QList<Entry> &entries) const;
    void appendServer(QList<Entry> &entries) const;
    void searchUsers();
    void loadTeams();
    void cancelServerWork();
    void updateSearching();
    QString kindText(Kind kind) const;

    QPointer<QAbstractItemModel> m_projects;
    QList<Command> m_commands;
    QStringList m_pageShortcuts;
    std::function<QIcon(const QString &)> m_iconProvider;
    QPointer<api::ApiClient> m_client;
    QString m_projectId;
    bool m_searchTeams = true;
    QMetaObject::Connection m_clientGone;
    QString m_query;
    QList<Entry> m_entries;

    QTimer m_searchTimer;
    int m_generation = 0; // changes with every query and project: older answers are ignored
    Load m_usersLoad = Load::Idle;
    QList<api::User> m_users;
    QString m_usersError;
    QPointer<api::ApiJob> m_usersJob;
    Load m_teamsLoad = Load::Idle;
    QList<api::Team> m_teams;
    QString m_teamsError;
    QPointer<api::ApiJob> m_teamsJob;
    bool m_searching = false;
};

} // namespace hexclave::models
