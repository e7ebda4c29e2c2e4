#include "SessionsTab.h"

#include "UserListTable.h"
#include "UserSessionsModel.h"
#include "endpoints/SessionsEndpoints.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace hexclave::ui {

using models::UserSessionsModel;

SessionsTab::SessionsTab(const ProjectContext &context, QWidget *parent)
    : UserDataView(context, parent)
    , m_model(new UserSessionsModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
    , m_revokeAll(new QPushButton(tr("Revoke all…"), this))
{
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->resizeSection(UserSessionsModel::LastUsedColumn, 105);
    columns->resizeSection(UserSessionsModel::LocationColumn, 170);
    columns->resizeSection(UserSessionsModel::KindColumn, m_table->fontMetrics().horizontalAdvance(tr("Impersonation")) + 28);
    columns->resizeSection(UserSessionsModel::IpColumn, 115);

    m_revoke->setToolTip(tr("Sign the user out on the selected sessions' devices"));
    m_revokeAll->setToolTip(tr("Sign the user out everywhere"));
    addToolButton(m_revoke);
    addToolButton(m_revokeAll);
    setListView(m_table);

    connect(m_revoke, &QPushButton::clicked, this, &SessionsTab::revokeSelected);
    connect(m_revokeAll, &QPushButton::clicked, this, &SessionsTab::revokeAll);
    bindDeleteKey(m_revoke);
    updateActions();
}

void SessionsTab::startLoading()
{
    fetch(api::sessions::list(context().scope(), userId()),
          [this](api::Page<api::UserSession> page) {
              // The most recently used first.
              const auto lastUse = [](const api::UserSession &session) {
                  return session.lastUsedAtMillis.value_or(session.createdAtMillis);
              };
              std::stable_sort(page.items.begin(), page.items.end(),
                               [&lastUse](const api::UserSession &a, const api::UserSession &b) { return lastUse(a) > lastUse(b); });
              m_model->setRows(std::move(page.items));
          });
}

void SessionsTab::clearData()
{
    m_model->clear();
}

bool SessionsTab::hasData() const
{
    return m_model->rowCount() > 0;
}

QString SessionsTab::emptyText() const
{
    return tr("No active sessions: this user is not signed in anywhere.");
}

QString SessionsTab::loadingText() const
{
    return tr("Loading sessions…");
}

QString SessionsTab::failedText() const
{
    return tr("The sessions could not be loaded. The reason is shown above.");
}

void SessionsTab::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_revoke->setEnabled(canAct() && selected);
    m_revokeAll->setEnabled(canAct() && m_model->rowCount() > 0);
}

void SessionsTab::revokeSelected()
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(UserSessionsModel::IdRole).toString();
    revoke(ids);
}

void SessionsTab::revokeAll()
{
    // The sessions asked about, not those listed when the answer comes (the list may reload).
    QStringList ids;
    for (const api::UserSession &session : m_model->rows())
        ids << session.id;
    confirm(tr("Revoke all sessions"),
            tr("Sign %1 out of all %n session(s)? Every device has to sign in again.", nullptr, int(ids.size()))
                .arg(user().label()),
            tr("Revoke all"), [this, ids] { revoke(ids); });
}

void SessionsTab::revoke(const QStringList &sessionIds)
{
    if (sessionIds.isEmpty())
        return;
    QList<api::Call<api::NoContent>> calls;
    for (const QString &id : sessionIds)
        calls << api::sessions::revoke(context().scope(), userId(), id);
    const int count = int(sessionIds.size());
    performEach(std::move(calls), {.busyText = tr("Revoking %n session(s)…", nullptr, count),
                                   .doneText = tr("%n session(s) revoked.", nullptr, count),
                                   .failedText = tr("Revoking failed."),
                                   .affectsUserRow = false});
}

} // namespace hexclave::ui
