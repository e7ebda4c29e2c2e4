#include "TeamPickerDialog.h"

#include "TeamsFilterModel.h"
#include "TeamsModel.h"
#include "dialogs/DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/SearchIcon.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::TeamsModel;

TeamPickerDialog::TeamPickerDialog(const ProjectContext &context, QWidget *parent)
    : QDialog(parent)
    , m_teams(new TeamsModel(context.client(), context.scope(), this))
    , m_proxy(new models::TeamsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_accept(nullptr)
{
    setWindowTitle(tr("Choose a team"));
    resize(620, 480);
    setMinimumSize(440, 320);

    m_filter->setPlaceholderText(tr("Filter by name or team ID"));
    m_filter->setClearButtonEnabled(true);
    addSearchIcon(m_filter);
    m_filter->setAccessibleName(tr("Filter teams"));
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_teams);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeamsModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(tr("Teams"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionHidden(TeamsModel::MembersColumn, true); // counting members costs a request per team
    columns->setSectionResizeMode(TeamsModel::NameColumn, QHeaderView::Stretch);
    columns->resizeSection(TeamsModel::IdColumn, 180);
    columns->setStretchLastSection(false);
    m_status->setEnabled(false);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Choose"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_accept->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel(tr("Choose the team whose items and products to see."), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(m_table, &QAbstractItemView::activated, this, &TeamPickerDialog::chooseCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_accept->setEnabled(chosenTeam().has_value()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamPickerDialog::chooseCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_teams, &TeamsModel::stateChanged, this, &TeamPickerDialog::updateStatus);
    connect(m_teams, &TeamsModel::loaded, m_error, &QWidget::hide);
    connect(m_teams, &TeamsModel::loadFailed, this, [this](const api::ApiError &error) { m_error->showError(error); });
    connect(m_error, &ErrorBanner::retryRequested, m_teams, &TeamsModel::reload);

    m_teams->reload();
    updateStatus();
    m_filter->setFocus();
}

TeamPickerDialog::~TeamPickerDialog() = default;

std::optional<api::Team> TeamPickerDialog::chosenTeam() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const api::Team *team = m_teams->rowAt(m_proxy->mapToSource(rows.first()).row());
    return team ? std::optional(*team) : std::nullopt;
}

void TeamPickerDialog::chooseCurrent()
{
    if (chosenTeam())
        accept();
}

void TeamPickerDialog::updateStatus()
{
    switch (m_teams->state()) {
    case TeamsModel::State::NotLoaded:
    case TeamsModel::State::Loading:
        m_status->setText(tr("Loading teams…"));
        return;
    case TeamsModel::State::Failed:
        m_status->setText(tr("The teams could not be loaded; the reason is shown above."));
        return;
    case TeamsModel::State::Loaded:
        break;
    }
    const int shown = m_proxy->rowCount();
    if (m_teams->rowCount() == 0)
        m_status->setText(tr("This project has no teams yet."));
    else if (shown == 0)
        m_status->setText(tr("No team matches “%1”.").arg(m_filter->text()));
    else
        m_status->setText(tr("%n team(s)", nullptr, shown));
}

bool TeamPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down goes to the list; Enter chooses the only team left, or goes to the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_proxy->rowCount() == 0)
                return true;
            m_table->setFocus();
            if (!m_table->selectionModel()->hasSelection())
                m_table->selectRow(0);
            if (key != Qt::Key_Down && m_proxy->rowCount() == 1)
                chooseCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hexclave::ui
