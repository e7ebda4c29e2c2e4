#include "TransactionsView.h"

#include "RefundDialog.h"
#include "TransactionDetailPane.h"
#include "payments/TransactionsCsv.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using models::TransactionsModel;
using State = TransactionsModel::FetchState;

namespace {

constexpr int firstPageRows = 100;
constexpr int nextPageRows = 200;
constexpr int pagesSearchedForSelection = 10; // to find a transaction to select (after a refund, a link)

// Test-mode rows on an amber tint with the "Test mode" mark in amber; refunded marks in italics.
class LedgerRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TransactionsModel::IsTestModeRole).toBool()) {
            const QColor amber = testModeColor(option->palette);
            const QColor base = option->palette.color(QPalette::Base);
            const qreal amount = isDarkPalette(option->palette) ? 0.16 : 0.12;
            option->backgroundBrush = QColor::fromRgbF(base.redF() + (amber.redF() - base.redF()) * amount,
                                                       base.greenF() + (amber.greenF() - base.greenF()) * amount,
                                                       base.blueF() + (amber.blueF() - base.blueF()) * amount);
            if (index.column() == TransactionsModel::TestModeColumn) {
                option->font.setBold(true);
                option->palette.setColor(QPalette::Text, amber);
            }
        }
        if (index.column() == TransactionsModel::StatusColumn && index.data(TransactionsModel::IsRefundedRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace

TransactionsView::TransactionsView(const PaymentsContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TransactionsModel(context.project.client(), context.project.scope(), this))
    , m_typeFilter(new QComboBox(this))
    , m_customerFilter(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_refund(new QPushButton(tr("&Refund…"), this))
    , m_error(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_empty(new EmptyState(m_table))
    , m_detail(new TransactionDetailPane(m_splitter))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
{
    m_model->setPageSizes(firstPageRows, nextPageRows);

    m_typeFilter->setAccessibleName(tr("Transaction type"));
    m_typeFilter->setToolTip(tr("Show one type of transaction (filtered by the server)"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : api::transactionTypeIds())
        m_typeFilter->addItem(TransactionsModel::typeText(type), type);
    m_customerFilter->setAccessibleName(tr("Customer type"));
    m_customerFilter->setToolTip(tr("Show the transactions of one kind of customer"));
    m_customerFilter->addItem(tr("All customers"), QString());
    m_customerFilter->addItem(tr("Users"), QStringLiteral("user"));
    m_customerFilter->addItem(tr("Teams"), QStringLiteral("team"));
    m_customerFilter->addItem(tr("Custom customers"), QStringLiteral("custom"));

    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Load the transactions again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, [this] { reload(); });

    auto *exportMenu = new QMenu(m_export);
    QAction *exportLoadedAction = exportMenu->addAction(tr("&Loaded transactions…"), this, &TransactionsView::exportLoaded);
    exportMenu->addAction(tr("&All transactions matching the filters…"), this, &TransactionsView::exportAll);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportLoadedAction] {
        exportLoadedAction->setEnabled(m_model->rowCount() > 0);
        exportLoadedAction->setText(tr("&Loaded transactions (%1)…").arg(locale().toString(m_model->rowCount())));
    });
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Save the transactions as a CSV file for a spreadsheet"));

    m_table->setModel(m_model);
    m_table->setItemDelegate(new LedgerRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // long ids keep both ends
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Transactions"));
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    // The server's order (newest first) is the only one: the model cannot sort, and amounts in
    // different currencies have no common order. Clicking a header does nothing, so it does not look
    // like it would.
    m_table->setSortingEnabled(false);
    columns->setSectionsClickable(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(TransactionsModel::CustomerColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &text) { return metrics.horizontalAdvance(text) + 18; };
    // The marks are drawn bold ("Test mode") or italic ("Refunded"), and the amount is right-aligned
    // next to them: measured in the widest face, with room enough that neighbours never touch.
    QFont marked = m_table->font();
    marked.setBold(true);
    marked.setItalic(true);
    const QFontMetrics markedMetrics(marked);
    const auto markedWidthOf = [&markedMetrics](const QString &text) { return markedMetrics.horizontalAdvance(text) + 24; };
    const QString sampleDate = locale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    columns->resizeSection(TransactionsModel::DateColumn, widthOf(sampleDate));
    columns->resizeSection(TransactionsModel::TypeColumn, widthOf(TransactionsModel::typeText(QStringLiteral("subscription-renewal"))));
    columns->resizeSection(TransactionsModel::ProductColumn, widthOf(QStringLiteral("Professional plan")));
    columns->resizeSection(TransactionsModel::TestModeColumn,
                           std::max(markedWidthOf(tr("Test mode")), markedWidthOf(m_model->headerData(TransactionsModel::TestModeColumn, Qt::Horizontal).toString())));
    columns->resizeSection(TransactionsModel::StatusColumn,
                           std::max(markedWidthOf(tr("Refunded")), markedWidthOf(m_model->headerData(TransactionsModel::StatusColumn, Qt::Horizontal).toString())));
    columns->resizeSection(TransactionsModel::AmountColumn, markedWidthOf(QStringLiteral("-$12,345.00")));
    m_table->setMinimumWidth(420);

    auto *copyId = new QAction(themedIcon(QStringLiteral("copy")), tr("Copy transaction &ID"), m_table);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyId);
    connect(copyId, &QAction::triggered, this, [this] {
        if (const api::Transaction *transaction = selectedTransaction())
            QApplication::clipboard()->setText(transaction->id);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, copyId](const QPoint &pos) {
        if (!selectedTransaction())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(copyId);
        menu->addSeparator();
        QAction *refund = menu->addAction(m_refund->text(), this, &TransactionsView::refundSelected);
        refund->setEnabled(m_refund->isEnabled());
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_status->setEnabled(false);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("Type:"), this));
    toolbar->addWidget(m_typeFilter);
    toolbar->addWidget(new QLabel(tr("Customer:"), this));
    toolbar->addWidget(m_customerFilter);
    toolbar->addWidget(m_refresh);
    toolbar->addStretch(1);
    toolbar->addWidget(m_export);
    toolbar->addWidget(m_refund);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);

    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &TransactionsView::applyFilters);
    connect(m_customerFilter, &QComboBox::currentIndexChanged, this, &TransactionsView::applyFilters);
    connect(m_refresh, &QToolButton::clicked, this, [this] { reload(); });
    connect(m_refund, &QPushButton::clicked, this, &TransactionsView::refundSelected);
    connect(m_empty, &EmptyState::actionClicked, this, [this] {
        m_typeFilter->setCurrentIndex(0);
        m_customerFilter->setCurrentIndex(0);
    });
    connect(m_detail, &TransactionDetailPane::transactionLinkActivated, this, &TransactionsView::followLink);
    connect(m_detail, &TransactionDetailPane::customerLinkActivated, this, &TransactionsView::openCustomerRequested);

    connect(m_model, &TransactionsModel::fetchStateChanged, this, [this] {
        updateStatus();
        updateEmptyState();
        updateActions();
        selectPendingOrFetch();
    });
    connect(m_model, &TransactionsModel::firstPageLoaded, this, [this] {
        if (m_error->isShowingError())
            m_error->hide();
        if (m_pendingSelection.isEmpty() && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, TransactionsModel::DateColumn));
    });
    connect(m_model, &TransactionsModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error);
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_model->fetchState() == State::Failed)
            m_model->retry();
        else
            reload();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransactionsView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrent();
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TransactionsView::showCurrent);
    // A click makes the row current before it selects it: the selection is what counts.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransactionsView::showCurrent);

    m_error->hide();
    updateStatus();
    updateEmptyState();
    updateActions();
}

TransactionsView::~TransactionsView() = default;

void TransactionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // The table keeps room for its seven columns; the detail gets a third, at least 360 px.
        m_sized = true;
        const int total = std::max(m_splitter->width(), 800);
        const int detail = std::max(360, total * 35 / 100);
        m_splitter->setSizes({total - detail, detail});
    }
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void TransactionsView::reload(const QString &transactionId)
{
    m_loadedOnce = true;
    m_pendingSelection = transactionId;
    m_pendingFetches = pagesSearchedForSelection;
    m_error->hide();
    m_model->reload();
}

void TransactionsView::applyFilters()
{
    models::TransactionsFilter filter;
    filter.type = m_typeFilter->currentData().toString();
    filter.customerType = api::customerTypeFromId(m_customerFilter->currentData().toString());
    m_pendingSelection.clear();
    m_model->setFilter(filter);
}

const api::Transaction *TransactionsView::selectedTransaction() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return m_model->transactionAt(current.row());
}

bool TransactionsView::selectTransaction(const QString &transactionId)
{
    int row = m_model->rowOf(transactionId);
    // Entries name what they adjust by the ledger's transaction id ("sub-start:<id>", "otp:<id>",
    // "miqc:<id>", "sub-renewal:<invoice id>"), the list by the source's id.
    static const QStringList ledgerPrefixes{QStringLiteral("sub-start:"), QStringLiteral("otp:"),
                                            QStringLiteral("miqc:"), QStringLiteral("sub-renewal:")};
    for (const QString &prefix : ledgerPrefixes) {
        if (row < 0 && transactionId.startsWith(prefix))
            row = m_model->rowOf(transactionId.mid(prefix.size()));
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, TransactionsModel::DateColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void TransactionsView::selectPendingOrFetch()
{
    if (m_pendingSelection.isEmpty() || m_model->isLoading() || m_model->fetchState() == State::NotLoaded)
        return;
    if (selectTransaction(m_pendingSelection)) {
        m_pendingSelection.clear();
        return;
    }
    if (m_model->fetchState() == State::CanFetchMore && m_pendingFetches-- > 0) {
        m_model->fetchMore({});
        return;
    }
    if (m_model->fetchState() != State::Failed)
        m_result->setText(tr("Transaction %1 is not among the loaded transactions (the filters may hide it).")
                              .arg(m_pendingSelection));
    m_pendingSelection.clear();
}

void TransactionsView::followLink(const QString &transactionId)
{
    if (selectTransaction(transactionId))
        return;
    m_pendingSelection = transactionId;
    m_pendingFetches = pagesSearchedForSelection;
    selectPendingOrFetch();
}

void TransactionsView::showCurrent()
{
    if (const api::Transaction *transaction = selectedTransaction())
        m_detail->setTransaction(*transaction);
    else
        m_detail->clear();
    updateActions();
}

void TransactionsView::updateStatus()
{
    const int rows = m_model->rowCount();
    const QString count = locale().toString(rows);
    const bool filtered = !(m_model->filter() == models::TransactionsFilter{});
    switch (m_model->fetchState()) {
    case State::NotLoaded:
        m_status->clear();
        break;
    case State::Loading:
        m_status->setText(rows == 0 ? tr("Loading transactions…") : tr("%1 transactions loaded, loading more…").arg(count));
        break;
    case State::CanFetchMore:
        m_status->setText(tr("%1 transactions loaded; scroll down for more").arg(count));
        break;
    case State::Finished:
        m_status->setText(filtered ? tr("All %1 matching transactions").arg(count) : tr("All %1 transactions").arg(count));
        break;
    case State::LimitReached:
        m_status->setText(tr("%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export "
                             "all of them to a file.")
                              .arg(count));
        break;
    case State::Failed:
        m_status->setText(tr("%1 transactions loaded; loading more failed").arg(count));
        break;
    }
}

void TransactionsView::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    switch (m_model->fetchState()) {
    case State::NotLoaded:
    case State::Loading:
    case State::CanFetchMore:
        m_empty->showMessage(tr("Loading transactions…"));
        break;
    case State::Failed:
        m_empty->showMessage(tr("The transactions could not be loaded. The reason is shown above."));
        break;
    case State::Finished:
    case State::LimitReached:
        if (m_model->filter() == models::TransactionsFilter{})
            m_empty->showMessage(tr("No transactions yet. Purchases, renewals, item quantity changes and refunds "
                                    "appear here."));
        else
            m_empty->showMessage(tr("No transactions match these filters."), tr("Show all"));
        break;
    }
}

void TransactionsView::updateActions()
{
    const api::Transaction *transaction = selectedTransaction();
    const QString blocker = transaction ? TransactionsModel::refundBlocker(*transaction) : QString();
    m_refund->setEnabled(transaction && blocker.isEmpty() && m_context.project.client());
    if (!transaction)
        m_refund->setToolTip(tr("Select a purchase to refund it"));
    else if (!blocker.isEmpty())
        m_refund->setToolTip(blocker);
    else
        m_refund->setToolTip(tr("Give back (part of) what the selected purchase charged, and revoke the product"));
    m_export->setEnabled(!m_exportJob);
}

void TransactionsView::refundSelected()
{
    const api::Transaction *transaction = selectedTransaction();
    if (!transaction || !TransactionsModel::refundBlocker(*transaction).isEmpty())
        return;
    auto *dialog = new RefundDialog(m_context.project, *transaction, this);
    connect(dialog, &RefundDialog::refunded, this, [this](const QString &transactionId, const QString &summary) {
        m_result->setText(summary);
        reload(transactionId);
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        dialog->deleteLater();
        if (dialog->sawOutdatedTransaction())
            reload(dialog->transaction().id); // refunded meanwhile, elsewhere: show it as it is now
    });
    dialog->open();
}

QString TransactionsView::chooseFile(const QString &suggestedName)
{
    if (m_chooseFile)
        return m_chooseFile(suggestedName);
    return QFileDialog::getSaveFileName(this, tr("Export transactions to CSV"), QDir::home().filePath(suggestedName),
                                        tr("CSV files (*.csv);;All files (*)"));
}

void TransactionsView::exportLoaded()
{
    if (m_exportJob || m_model->rowCount() == 0)
        return;
    const QString path = chooseFile(QStringLiteral("transactions-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    startExport(new models::TransactionsExport(m_model->transactions(), path, this));
}

void TransactionsView::exportAll()
{
    if (m_exportJob)
        return;
    const QString path = chooseFile(QStringLiteral("transactions-all-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    startExport(new models::TransactionsExport(m_context.project.client(), m_context.project.scope(), m_model->filter(),
                                               path, this));
}

void TransactionsView::startExport(models::TransactionsExport *job)
{
    m_exportJob = job;
    auto *progress = new QProgressDialog(tr("Exporting transactions…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export transactions"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // quick exports finish without a window flashing up
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &models::TransactionsExport::cancel);
    connect(job, &models::TransactionsExport::progressed, progress, [this, progress](qint64 written, int) {
        progress->setLabelText(tr("Exporting transactions… %1 written").arg(locale().toString(written)));
    });
    connect(job, &models::TransactionsExport::finished, this, &TransactionsView::finishExport);
    m_result->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(job->filePath())));
    updateActions();
    job->start();
}

void TransactionsView::finishExport()
{
    models::TransactionsExport *job = m_exportJob;
    if (!job)
        return;
    m_exportJob.clear();
    if (m_exportProgress) {
        m_exportProgress->hide();
        m_exportProgress->deleteLater();
    }
    const QString path = QDir::toNativeSeparators(job->filePath());
    switch (job->state()) {
    case models::TransactionsExport::State::Succeeded:
        m_result->setText(tr("%1 transactions exported to %2.").arg(locale().toString(job->transactionsWritten()), path));
        break;
    case models::TransactionsExport::State::Cancelled:
        m_result->setText(tr("Export cancelled; no file was written."));
        break;
    default:
        m_result->setText(tr("The export failed; no file was written. %1").arg(job->failureMessage()));
        break;
    }
    job->deleteLater();
    updateActions();
}

} // namespace hexclave::ui
