#include "OutboxView.h"

#include "OutboxDetailPane.h"
#include "OutboxStatusStyle.h"
#include "RescheduleDialog.h"
#include "emails/OutboxModel.h"
#include "endpoints/UsersEndpoints.h"
#include "widgets/DestructiveButton.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ThemedIcon.h"
#include "widgets/VisibleRows.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::OutboxModel;
using State = models::PagedTableModel::FetchState;

namespace {

constexpr int maxNameLookups = 8; // user look-ups in flight at once

QString notEditableText()
{
    return QCoreApplication::translate("hexclave::ui::OutboxView",
                                       "This email is already being sent or was sent; it can no longer be changed.");
}

} // namespace

OutboxView::OutboxView(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OutboxModel(context.client(), context.scope(), this))
    , m_groupFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_userFilter(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_reschedule(new QPushButton(tr("Re&schedule…"), this))
    , m_retry(new QPushButton(tr("Retry &now"), this))
    , m_cancel(new DestructiveButton(tr("&Cancel email…"), this))
    , m_error(new ErrorBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_empty(new EmptyState(m_table))
    , m_detail(new OutboxDetailPane(m_splitter))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_mismatch(new QLabel(this))
    , m_mismatchRefresh(new QPushButton(tr("Refresh"), this))
    , m_nameTimer(new QTimer(this))
{
    m_groupFilter->setAccessibleName(tr("Status group"));
    m_groupFilter->setToolTip(tr("Show the emails in progress, delivered or failed (filtered by the server)"));
    m_groupFilter->addItem(tr("All emails"), QString());
    for (const QString &group : {QStringLiteral("in-progress"), QStringLiteral("ok"), QStringLiteral("error")})
        m_groupFilter->addItem(outboxStatusIcon(palette(), group), OutboxModel::simpleStatusText(group), group);
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->setToolTip(tr("Show the emails in one exact status"));
    fillStatusFilter();
    m_userFilter->setPlaceholderText(tr("User ID"));
    m_userFilter->setAccessibleName(tr("User ID"));
    m_userFilter->setToolTip(tr("Show only the emails to this user (press Enter)"));
    m_userFilter->setClearButtonEnabled(true);
    m_userFilter->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 24);

    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Load the outbox again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &OutboxView::reload);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(OutboxModel::StatusColumn, new OutboxStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setSortingEnabled(false); // the server's order (newest first) is the only one
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsClickable(false);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(OutboxModel::SubjectColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &text) { return metrics.horizontalAdvance(text) + 20; };
    const QString sampleDate = locale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    columns->resizeSection(OutboxModel::CreatedColumn, widthOf(sampleDate));
    columns->resizeSection(OutboxModel::ScheduledColumn,
                           std::max(widthOf(sampleDate), widthOf(m_model->headerData(OutboxModel::ScheduledColumn, Qt::Horizontal).toString())));
    columns->resizeSection(OutboxModel::RecipientColumn, widthOf(QStringLiteral("someone@example.com")));
    int statusWidth = 0;
    const QStringList statuses = OutboxModel::statuses();
    for (const QString &status : statuses)
        statusWidth = std::max(statusWidth, widthOf(OutboxModel::statusText(status)));
    columns->resizeSection(OutboxModel::StatusColumn, statusWidth + metrics.height() + 6); // and the icon
    m_table->setMinimumWidth(420);

    auto *copyId = new QAction(themedIcon(QStringLiteral("copy")), tr("Copy email &ID"), m_table);
    copyId->setShortcut(QKeySequence::Copy);
    copyId->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyId);
    connect(copyId, &QAction::triggered, this, [this] {
        if (const api::OutboxEmail *email = selectedEmail())
            QApplication::clipboard()->setText(email->id);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, copyId](const QPoint &pos) {
        if (!selectedEmail())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(copyId);
        menu->addSeparator();
        for (QPushButton *button : {m_pause, m_reschedule, m_retry, static_cast<QPushButton *>(m_cancel)}) {
            if (button->isHidden())
                continue;
            QAction *action = menu->addAction(button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
        }
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

    m_mismatch->setTextFormat(Qt::PlainText);
    m_mismatch->hide();
    m_mismatchRefresh->setFlat(true);
    m_mismatchRefresh->setToolTip(tr("Load the outbox again with the current filters (F5)"));
    m_mismatchRefresh->hide();
    connect(m_mismatchRefresh, &QPushButton::clicked, this, &OutboxView::reload);

    m_retry->setToolTip(tr("Send this email again now"));

    auto *filters = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("S&how:"), this);
    groupLabel->setBuddy(m_groupFilter);
    auto *statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userFilter);
    filters->addWidget(groupLabel);
    filters->addWidget(m_groupFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addWidget(userLabel);
    filters->addWidget(m_userFilter);
    filters->addWidget(m_refresh);
    filters->addStretch(1);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_pause);
    actions->addWidget(m_reschedule);
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_mismatch);
    statusRow->addWidget(m_mismatchRefresh);
    statusRow->addWidget(m_result, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(actions);
    layout->addLayout(statusRow);

    m_nameTimer->setSingleShot(true);
    m_nameTimer->setInterval(150);
    connect(m_nameTimer, &QTimer::timeout, this, &OutboxView::lookUpVisibleNames);

    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this] {
        fillStatusFilter();
        applyFilters();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OutboxView::applyFilters);
    connect(m_userFilter, &QLineEdit::editingFinished, this, &OutboxView::applyFilters);
    connect(m_userFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilters(); // the clear button
    });
    connect(m_refresh, &QToolButton::clicked, this, &OutboxView::reload);
    connect(m_pause, &QPushButton::clicked, this, &OutboxView::pauseOrResumeSelected);
    connect(m_reschedule, &QPushButton::clicked, this, &OutboxView::rescheduleSelected);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelSelected);
    connect(m_empty, &EmptyState::actionClicked, this, [this] {
        {
            const QSignalBlocker blockGroup(m_groupFilter);
            const QSignalBlocker blockStatus(m_statusFilter);
            const QSignalBlocker blockUser(m_userFilter);
            m_groupFilter->setCurrentIndex(0);
            m_userFilter->clear();
            fillStatusFilter();
            m_statusFilter->setCurrentIndex(0);
        }
        applyFilters();
    });
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_model->fetchState() == State::Failed)
            m_model->retry();
        else
            reload();
    });

    connect(m_model, &OutboxModel::fetchStateChanged, this, [this] {
        updateStatus();
        updateEmptyState();
    });
    connect(m_model, &OutboxModel::firstPageLoaded, this, [this] {
        if (m_error->isShowingError())
            m_error->hide();
        const QString keep = std::exchange(m_keepSelection, QString());
        const bool kept = !keep.isEmpty() && selectEmail(keep);
        if (!kept && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, OutboxModel::CreatedColumn));
        showCurrent(); // the email kept shown while loading, when it is not listed any more
        markLoaded();
        scheduleNameLookup();
    });
    connect(m_model, &OutboxModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Cancelled)
            return;
        m_error->showError(error);
        if (!selectedEmail())
            m_detail->clear();
        markLoaded();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        scheduleNameLookup();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_outsideFilter.clear(); // loaded again under the current filter
        updateMismatch();
        showCurrent();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
            showCurrent();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        ensureVisibleRowsLoaded(m_table, m_model);
        scheduleNameLookup();
    });
    // A click moves the current row before it selects it, keys select before they move, Ctrl+click
    // only deselects: both signals are needed, and showCurrent() skips the email already shown.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::showCurrent);

    m_error->hide();
    updateStatus();
    updateEmptyState();
    updateActions();
}

OutboxView::~OutboxView()
{
    if (auto job = std::exchange(m_changeJob, nullptr))
        job->abort();
}

QMessageBox *OutboxView::openConfirmation() const
{
    return m_confirmation;
}

RescheduleDialog *OutboxView::openRescheduleDialog() const
{
    return m_rescheduleDialog;
}

void OutboxView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        m_sized = true;
        const int total = std::max(m_splitter->width(), 800);
        const int detail = std::max(380, total * 38 / 100);
        m_splitter->setSizes({total - detail, detail});
    }
    if (!m_started)
        reload();
}

void OutboxView::reload()
{
    m_started = true;
    if (const api::OutboxEmail *email = selectedEmail())
        m_keepSelection = email->id;
    m_error->hide();
    m_model->reload();
}

void OutboxView::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Q_EMIT loaded();
}

void OutboxView::fillStatusFilter()
{
    const QString current = m_statusFilter->currentData().toString();
    const QSignalBlocker blocker(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), QString());
    const QStringList statuses = OutboxModel::statusesOf(m_groupFilter->currentData().toString());
    for (const QString &status : statuses)
        m_statusFilter->addItem(OutboxModel::statusText(status), status);
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(current)));
}

void OutboxView::applyFilters()
{
    models::OutboxFilter filter;
    filter.simpleStatus = m_groupFilter->currentData().toString();
    filter.status = m_statusFilter->currentData().toString();
    filter.userId = m_userFilter->text().trimmed();
    if (filter == m_model->filter())
        return;
    if (const api::OutboxEmail *email = selectedEmail())
        m_keepSelection = email->id;
    m_started = true;
    m_model->setFilter(filter);
}

const api::OutboxEmail *OutboxView::selectedEmail() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return nullptr;
    return m_model->rowAt(current.row());
}

bool OutboxView::selectEmail(const QString &emailId)
{
    const int row = m_model->loadedRowOf(emailId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, OutboxModel::CreatedColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void OutboxView::showCurrent()
{
    const api::OutboxEmail *email = selectedEmail();
    const std::optional<api::OutboxEmail> &shown = m_detail->email();
    if (!email) {
        // Loading again: the email stays shown until the answer says whether it is still listed.
        if (!shown || m_keepSelection.isEmpty() || shown->id != m_keepSelection)
            m_detail->clear();
    } else if (shown && shown->id == email->id && shown->updatedAtMillis == email->updatedAtMillis
               && shown->json == email->json) {
        // Unchanged (e.g. a recipient's name arrived): rebuilding the preview would be wasted work.
        m_detail->setRecipientName(m_model->userName(email->recipientUserId));
    } else {
        m_detail->setEmail(*email, m_model->userName(email->recipientUserId));
    }
    updateActions();
}

void OutboxView::updateStatus()
{
    const int rows = m_model->rowCount();
    const QString count = locale().toString(rows);
    switch (m_model->fetchState()) {
    case State::Loading:
        m_status->setText(rows == 0 ? tr("Loading the outbox…") : tr("%1 emails loaded, loading more…").arg(count));
        break;
    case State::CanFetchMore:
        m_status->setText(rows == 0 ? QString() : tr("%1 emails loaded; scroll down for more").arg(count));
        break;
    case State::Finished:
        m_status->setText(m_model->filter().isEmpty() ? tr("All %1 emails").arg(count)
                                                      : tr("All %1 matching emails").arg(count));
        break;
    case State::Failed:
        m_status->setText(tr("%1 emails loaded; loading more failed").arg(count));
        break;
    }
}

void OutboxView::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    switch (m_model->fetchState()) {
    case State::Loading:
    case State::CanFetchMore:
        m_empty->showMessage(tr("Loading the outbox…"));
        break;
    case State::Failed:
        m_empty->showMessage(tr("The outbox could not be loaded. The reason is shown above."));
        break;
    case State::Finished:
        if (m_model->filter().isEmpty())
            m_empty->showMessage(tr("No emails yet. Every email the project sends — sign-up verifications, password "
                                    "resets, emails sent from here — appears here."));
        else
            m_empty->showMessage(tr("No emails match these filters."), tr("Show all"));
        break;
    }
}

void OutboxView::updateActions()
{
    const api::OutboxEmail *email = selectedEmail();
    const bool busy = m_changeJob != nullptr || m_confirmation || m_rescheduleDialog;
    const bool editable = email && email->isEditable() && m_context.client();
    const bool paused = email && (email->isPaused || email->status == u"paused");
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    for (QPushButton *button : {m_pause, m_reschedule, static_cast<QPushButton *>(m_cancel)})
        button->setEnabled(editable && !busy);
    const bool serverError = email && email->status == u"server-error";
    m_retry->setVisible(serverError);
    m_retry->setEnabled(serverError && editable && !busy);

    QString why;
    if (!email)
        why = tr("Select an email first");
    else if (!editable)
        why = notEditableText();
    else if (busy)
        why = tr("Waiting for the server to answer the last change");
    const auto tip = [&why](const QString &whatItDoes) { return why.isEmpty() ? whatItDoes : why; };
    m_pause->setToolTip(tip(paused ? tr("Let this email be sent again") : tr("Hold this email until it is resumed")));
    m_reschedule->setToolTip(tip(tr("Choose when this email is sent")));
    m_cancel->setToolTip(tip(tr("Do not send this email at all")));
}

void OutboxView::pauseOrResumeSelected()
{
    const api::OutboxEmail *email = selectedEmail();
    if (!email || !email->isEditable() || m_changeJob)
        return;
    const bool resume = email->isPaused || email->status == u"paused";
    api::emails::OutboxChange change;
    change.paused = !resume;
    sendChange(change, resume ? tr("The email was not resumed.") : tr("The email was not paused."),
               resume ? tr("Resumed: the email will be sent.") : tr("Paused: the email is held until resumed."));
}

void OutboxView::retrySelected()
{
    const api::OutboxEmail *email = selectedEmail();
    if (!email || email->status != u"server-error" || m_changeJob)
        return;
    api::emails::OutboxChange change;
    change.scheduledAtMillis = QDateTime::currentMSecsSinceEpoch();
    sendChange(change, tr("The email was not sent again."), tr("Scheduled to be sent again now."));
}

void OutboxView::cancelSelected()
{
    const api::OutboxEmail *email = selectedEmail();
    if (!email || !email->isEditable() || m_changeJob || m_confirmation)
        return;
    const QString who = OutboxModel::recipientText(*email, m_model->userName(email->recipientUserId));
    const QString text = email->subject.isEmpty()
        ? tr("The email to %1 will not be sent. This cannot be undone.").arg(who)
        : tr("“%1” to %2 will not be sent. This cannot be undone.").arg(email->subject, who);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel email"), text, QMessageBox::NoButton, this);
    QPushButton *keep = box->addButton(tr("&Keep the email"), QMessageBox::RejectRole);
    QPushButton *confirm = box->addButton(tr("&Cancel the email"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_confirmation = box;
    const QString emailId = email->id;
    connect(box, &QDialog::finished, this, [this, box, confirm, emailId] {
        box->deleteLater();
        m_confirmation.clear();
        const api::OutboxEmail *current = selectedEmail();
        if (box->clickedButton() == confirm && current && current->id == emailId) {
            api::emails::OutboxChange change;
            change.cancel = true;
            sendChange(change, tr("The email was not cancelled."), tr("Cancelled: the email will not be sent."));
        }
        updateActions();
    });
    updateActions();
    box->open();
}

void OutboxView::rescheduleSelected()
{
    const api::OutboxEmail *email = selectedEmail();
    if (!email || !email->isEditable() || m_changeJob || m_rescheduleDialog)
        return;
    const QDateTime current = email->scheduledAtMillis ? QDateTime::fromMSecsSinceEpoch(*email->scheduledAtMillis)
                                                       : QDateTime();
    auto *dialog = new RescheduleDialog(email->subject, current, this);
    m_rescheduleDialog = dialog;
    const QString emailId = email->id;
    connect(dialog, &QDialog::finished, this, [this, dialog, emailId](int result) {
        dialog->deleteLater();
        m_rescheduleDialog.clear();
        const api::OutboxEmail *selected = selectedEmail();
        if (result == QDialog::Accepted && selected && selected->id == emailId) {
            api::emails::OutboxChange change;
            change.scheduledAtMillis = dialog->chosenTime().toMSecsSinceEpoch();
            sendChange(change, tr("The email was not rescheduled."),
                       tr("Rescheduled for %1.").arg(locale().toString(dialog->chosenTime(), QLocale::LongFormat)));
        }
        updateActions();
    });
    updateActions();
    dialog->open();
}

void OutboxView::sendChange(const api::emails::OutboxChange &change, const QString &failureWhat, const QString &doneText)
{
    const api::OutboxEmail *email = selectedEmail();
    api::ApiClient *client = m_context.client();
    if (!email || !client || m_changeJob)
        return;
    const QString emailId = email->id;
    auto *job = client->send(api::emails::updateOutboxEmail(m_context.scope(), emailId, change));
    m_changeJob = job;
    m_result->setText(tr("Saving…"));
    updateActions();
    connect(job, &api::ApiJob::finished, this, [this, job, emailId, failureWhat, doneText] {
        m_changeJob.clear();
        if (job->succeeded()) {
            m_result->setText(doneText);
            showChanged(job->value());
        } else if (job->error().is(u"EMAIL_NOT_EDITABLE")) {
            m_result->clear();
            m_error->showMessage(notEditableText() + u' ' + tr("It is shown as it is now."));
            refreshEmail(emailId);
        } else {
            m_result->clear();
            if (job->error().kind != api::ApiError::Kind::Cancelled)
                m_error->showActionError(failureWhat, job->error());
            if (job->error().httpStatus == 404)
                reload(); // gone on the server
        }
        updateActions();
    });
}

void OutboxView::refreshEmail(const QString &emailId)
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    auto *job = client->send(api::emails::outboxEmail(m_context.scope(), emailId));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job->succeeded())
            showChanged(job->value());
    });
}

void OutboxView::showChanged(const api::OutboxEmail &email)
{
    // Not listed any more (the filters changed while the server answered): nothing to update.
    if (!m_model->replaceRow(email))
        return;
    if (m_model->filter().matches(email))
        m_outsideFilter.remove(email.id);
    else
        m_outsideFilter.insert(email.id);
    updateMismatch();
    showCurrent();
}

void OutboxView::updateMismatch()
{
    const int count = int(m_outsideFilter.size());
    m_mismatch->setText(count == 0 ? QString()
                                   : tr("The filter no longer matches %n email(s) you changed.", nullptr, count));
    m_mismatch->setVisible(count > 0);
    m_mismatchRefresh->setVisible(count > 0);
}

void OutboxView::scheduleNameLookup()
{
    if (!m_nameTimer->isActive())
        m_nameTimer->start();
}

void OutboxView::lookUpVisibleNames()
{
    api::ApiClient *client = m_context.client();
    if (!client || m_model->rowCount() == 0)
        return;
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    const QStringList ids = m_model->unnamedUserIds(first, last);
    for (const QString &id : ids) {
        if (m_namesInFlight >= maxNameLookups)
            break;
        if (m_namesAsked.contains(id))
            continue;
        m_namesAsked.insert(id);
        ++m_namesInFlight;
        auto *job = client->send(api::users::get(m_context.scope(), id));
        connect(job, &api::ApiJob::finished, this, [this, job, id] {
            --m_namesInFlight;
            QString name;
            if (job->succeeded()) {
                const api::User &user = job->value();
                name = user.displayName.value_or(QString());
                if (name.isEmpty())
                    name = user.primaryEmail.value_or(QString());
            }
            m_model->setUserName(id, name); // empty: no name, the id stays
            scheduleNameLookup();
        });
    }
}

} // namespace hexclave::ui
