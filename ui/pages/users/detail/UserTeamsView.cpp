#include "UserTeamsView.h"

#include "LinkDelegate.h"
#include "UserListTable.h"
#include "UserTeamsModel.h"
#include "endpoints/TeamsEndpoints.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace hexclave::ui {

using models::UserTeamsModel;

UserTeamsView::UserTeamsView(const ProjectContext &context, QWidget *parent)
    : UserDataView(context, parent)
    , m_model(new UserTeamsModel(this))
    , m_table(makeUserListTable(m_model, this))
    , m_open(new QPushButton(tr("Open team"), this))
    , m_remove(new QPushButton(tr("Remove from team…"), this))
{
    setTitle(tr("Teams"));
    m_table->setAccessibleName(tr("Teams of the user"));
    m_table->setTextElideMode(Qt::ElideRight);
    auto *links = new LinkDelegate(m_table);
    m_table->setItemDelegateForColumn(UserTeamsModel::NameColumn, links);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->resizeSection(UserTeamsModel::NameColumn, 200);
    columns->resizeSection(UserTeamsModel::IdColumn, 120);

    m_open->setToolTip(tr("Show the selected team in the Teams page"));
    m_remove->setToolTip(tr("Take the user out of the selected team"));
    addToolButton(m_open);
    addToolButton(m_remove);
    setListView(m_table);

    const auto openAt = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openTeamRequested(index.siblingAtColumn(0).data(UserTeamsModel::IdRole).toString());
    };
    connect(links, &LinkDelegate::linkClicked, this, openAt);
    // A hand over the names says they lead somewhere.
    m_table->setMouseTracking(true);
    connect(m_table, &QTableView::entered, this, [this](const QModelIndex &index) {
        if (index.column() == UserTeamsModel::NameColumn)
            m_table->viewport()->setCursor(Qt::PointingHandCursor);
        else
            m_table->viewport()->unsetCursor();
    });
    connect(m_table, &QTableView::viewportEntered, m_table->viewport(), &QWidget::unsetCursor);
    connect(m_table, &QTableView::activated, this, openAt); // Enter, or a double click
    connect(m_open, &QPushButton::clicked, this, [this, openAt] { openAt(m_table->currentIndex()); });
    connect(m_remove, &QPushButton::clicked, this, &UserTeamsView::removeFromTeam);
    bindDeleteKey(m_remove);
    updateActions();
}

void UserTeamsView::startLoading()
{
    m_model->setSelectedTeamId(user().selectedTeamId.value_or(QString()));
    fetch(api::teams::list(context().scope(), userId()),
          [this](api::Page<api::Team> page) { m_model->setRows(std::move(page.items)); });
}

void UserTeamsView::userRefreshed()
{
    m_model->setSelectedTeamId(user().selectedTeamId.value_or(QString()));
}

void UserTeamsView::clearData()
{
    m_model->clear();
}

bool UserTeamsView::hasData() const
{
    return m_model->rowCount() > 0;
}

QString UserTeamsView::emptyText() const
{
    return tr("Not a member of any team.");
}

QString UserTeamsView::loadingText() const
{
    return tr("Loading teams…");
}

QString UserTeamsView::failedText() const
{
    return tr("The teams could not be loaded. The reason is shown above.");
}

const api::Team *UserTeamsView::selectedTeam() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? m_model->rowAt(current.row())
                                                                                        : nullptr;
}

void UserTeamsView::updateActions()
{
    const bool selected = selectedTeam() != nullptr;
    m_open->setEnabled(m_model->rowCount() > 0 && selected);
    m_remove->setEnabled(canAct() && selected);
}

void UserTeamsView::removeFromTeam()
{
    const api::Team *team = selectedTeam();
    if (!team)
        return;
    const QString teamId = team->id;
    const QString name = team->displayName;
    confirm(tr("Remove from team"), tr("Remove %1 from %2? They lose the team's permissions.").arg(user().label(), name),
            tr("Remove"), [this, teamId, name] {
                perform<api::NoContent>(api::teams::removeMember(context().scope(), teamId, userId()),
                                        {.busyText = tr("Removing from %1…").arg(name),
                                         .doneText = tr("Removed from %1.").arg(name),
                                         .failedText = tr("Removing from %1 failed.").arg(name),
                                         // the selected team may have been this one
                                         .affectsUserRow = true});
            });
}

} // namespace hexclave::ui
