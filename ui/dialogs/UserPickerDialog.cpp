#include "UserPickerDialog.h"

#include "DialogParts.h"
#include "UserChoiceModel.h"
#include "UsersModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/SearchIcon.h"
#include "widgets/VisibleRows.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::UsersModel;

namespace {

constexpr int firstPageRows = 50;
constexpr int nextPageRows = 200;

// Check boxes with a frame that shows on dark palettes too.
class CheckBoxColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->palette = withVisibleItemCheckBoxes(option->palette);
    }
};

} // namespace

UserPickerDialog::UserPickerDialog(const ProjectContext &context, QWidget *parent)
    : QDialog(parent)
    , m_users(new UsersModel(context.client(), context.scope(), this))
    , m_choice(new models::UserChoiceModel(m_users, this))
    , m_prompt(explanationLabel(tr("Search for users by name, email or user ID, and tick the ones you want."), this))
    , m_search(new QLineEdit(this))
    , m_anonymous(new QCheckBox(tr("Include &anonymous users"), this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_chosenText(new QLabel(this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_accept(m_buttons->addButton(tr("Choose"), QDialogButtonBox::AcceptRole))
    , m_debounce(new QTimer(this))
    , m_acceptText([](int chosen) { return tr("Choose %n user(s)", nullptr, chosen); })
{
    setWindowTitle(tr("Choose users"));
    resize(720, 560);
    setMinimumSize(520, 400);

    m_search->setPlaceholderText(tr("Search by name, email or user ID"));
    m_search->setClearButtonEnabled(true);
    addSearchIcon(m_search);
    m_search->setAccessibleName(tr("Search users"));
    m_anonymous->setToolTip(tr("Anonymous users are hidden unless you ask for them"));

    m_users->setPageSizes(firstPageRows, nextPageRows);
    m_table->setModel(m_choice);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Users found"));
    m_table->setItemDelegateForColumn(UsersModel::NameColumn, new CheckBoxColumnDelegate(m_table));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        const bool shown = column == UsersModel::NameColumn || column == UsersModel::EmailColumn
            || column == UsersModel::IdColumn || column == UsersModel::SignedUpColumn;
        columns->setSectionHidden(column, !shown);
    }
    columns->resizeSection(UsersModel::NameColumn, 200);
    columns->resizeSection(UsersModel::EmailColumn, 220);
    columns->resizeSection(UsersModel::IdColumn, 120);

    m_status->setEnabled(false);
    m_chosenText->setWordWrap(true);
    m_chosenText->setTextFormat(Qt::PlainText);
    m_clear->setToolTip(tr("Untick everyone"));
    m_accept->setToolTip(tr("Finish with the users chosen (Ctrl+Enter)"));
    // Enter searches (in the search field) or ticks (in the list): see keyPressEvent().
    for (QPushButton *button : {m_clear, m_accept})
        button->setAutoDefault(false);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_anonymous);

    auto *chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_chosenText, 1);
    chosenRow->addWidget(m_clear, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(searchRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(chosenRow);
    layout->addWidget(m_buttons);
    setTabChain({m_search, m_anonymous, m_table, m_clear});

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &UserPickerDialog::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UserPickerDialog::applySearch);
    connect(m_anonymous, &QCheckBox::toggled, this, &UserPickerDialog::applySearch);
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, this, [this] {
        if (m_search->text().isEmpty())
            reject();
        else
            m_search->clear();
    });

    // A double click (or Enter) on a row ticks it, or unticks it.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const bool chosen = m_choice->isChosen(index.siblingAtColumn(UsersModel::IdColumn).data().toString());
        m_choice->setChosen(index.row(), !chosen);
    });
    connect(m_choice, &models::UserChoiceModel::chosenChanged, this, &UserPickerDialog::updateChosen);
    connect(m_clear, &QPushButton::clicked, m_choice, &models::UserChoiceModel::clearChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_choice->chosen().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserPickerDialog::reject);

    connect(m_users, &models::PagedTableModel::fetchStateChanged, this, &UserPickerDialog::updateStatus);
    connect(m_users, &QAbstractItemModel::rowsInserted, this, &UserPickerDialog::updateStatus);
    connect(m_users, &models::PagedTableModel::firstPageLoaded, m_error, &QWidget::hide);
    connect(m_users, &models::PagedTableModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind != api::ApiError::Kind::Cancelled)
            m_error->showError(error);
        updateStatus();
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_users->fetchState() == models::PagedTableModel::FetchState::Failed)
            m_users->retry();
        else
            m_users->reload();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { ensureVisibleRowsLoaded(m_table, m_users); });

    applySearch();
    updateChosen();
    m_search->setFocus();
}

UserPickerDialog::~UserPickerDialog() = default;

void UserPickerDialog::chooseOne(const ProjectContext &context, QWidget *parent,
                                 std::function<void(const api::User &user)> chosen)
{
    auto *dialog = new UserPickerDialog(context, parent);
    dialog->setWindowTitle(tr("Choose a user"));
    dialog->setPrompt(tr("Search for the user by name, email or user ID, and tick them."));
    dialog->setAcceptText([](int) { return tr("Choose"); });
    models::UserChoiceModel *choice = dialog->m_choice;
    models::UsersModel *users = dialog->m_users;
    connect(choice, &models::UserChoiceModel::chosenChanged, dialog, [choice, users] {
        if (choice->chosen().size() < 2)
            return;
        const int latest = users->loadedRowOf(choice->chosen().constLast().id);
        choice->clearChosen();
        if (latest >= 0)
            choice->setChosen(latest, true);
    });
    connect(dialog, &QDialog::finished, dialog, [dialog, chosen = std::move(chosen)](int result) {
        dialog->deleteLater();
        const QList<api::User> picked = dialog->chosenUsers();
        if (result == QDialog::Accepted && !picked.isEmpty())
            chosen(picked.constLast());
    });
    dialog->open();
}

void UserPickerDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter searches (in the search field) or ticks (in the list), which they did already; it
    // never presses the default button. Ctrl+Enter does: the keyboard way to finish.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers().testFlag(Qt::ControlModifier) && m_accept->isEnabled())
            m_accept->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void UserPickerDialog::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

void UserPickerDialog::setAcceptText(std::function<QString(int)> text)
{
    m_acceptText = std::move(text);
    updateChosen();
}

void UserPickerDialog::setExcludedUsers(const QSet<QString> &userIds, const QString &reason)
{
    m_choice->setExcluded(userIds, reason);
}

QList<api::User> UserPickerDialog::chosenUsers() const
{
    return m_choice->chosen();
}

void UserPickerDialog::applySearch()
{
    m_debounce->stop();
    models::UsersFilter filter = m_users->filter();
    filter.search = m_search->text().trimmed();
    filter.includeRestricted = true;
    filter.includeAnonymous = m_anonymous->isChecked();
    if (filter != m_users->filter())
        m_users->setFilter(filter);
    else if (m_users->pageCount() == 0 && !m_users->isLoading())
        m_users->fetchMore({}); // the first load
    updateStatus();
}

void UserPickerDialog::updateChosen()
{
    const QList<api::User> chosen = m_choice->chosen();
    QStringList names;
    for (const api::User &user : std::as_const(chosen))
        names << user.label();
    m_chosenText->setText(names.isEmpty() ? tr("Nobody chosen yet: tick the users you want.")
                                          : tr("Chosen (%1): %2").arg(QLocale().toString(names.size()),
                                                                      names.join(QStringLiteral(", "))));
    m_chosenText->setEnabled(!names.isEmpty());
    m_clear->setVisible(!names.isEmpty());
    m_accept->setEnabled(!names.isEmpty());
    m_accept->setText(m_acceptText(int(names.size())));
}

void UserPickerDialog::updateStatus()
{
    using State = models::PagedTableModel::FetchState;
    const int rows = m_users->rowCount();
    const QString search = m_users->filter().search;
    switch (m_users->fetchState()) {
    case State::Loading:
        m_status->setText(rows == 0 ? tr("Searching…") : tr("%n user(s) shown · loading more…", nullptr, rows));
        break;
    case State::CanFetchMore:
        m_status->setText(tr("%n user(s) shown · scroll down for more", nullptr, rows));
        break;
    case State::Finished:
        m_status->setText(rows > 0 ? tr("%n user(s)", nullptr, rows)
                          : search.isEmpty() ? tr("This project has no users yet.")
                                             : tr("No users match “%1”. The search looks at names, emails and exact user IDs.")
                                                   .arg(search));
        break;
    case State::Failed:
        m_status->setText(tr("The search failed; the reason is shown above."));
        break;
    }
}

} // namespace hexclave::ui
