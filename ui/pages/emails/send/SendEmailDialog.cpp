#include "SendEmailDialog.h"

#include "TimeText.h"
#include "dialogs/DialogParts.h"
#include "dialogs/UserPickerDialog.h"
#include "emails/SendAllUsersCounter.h"
#include "emails/SendRecipientsModel.h"
#include "widgets/DimmedRowDelegate.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"
#include "widgets/PaletteColors.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

using models::SendRecipient;
using models::SendRecipientsModel;

// How many recipients the confirmation names before "and N more".
constexpr int namedRecipients = 5;
// How many of a recipient's newest Outbox emails are read to find the ones a send queued.
constexpr int outboxProbeLimit = 5;
// The server's clock may differ from ours: emails created this long before the send count too.
constexpr qint64 clockSkewMillis = 10 * 60 * 1000;
// A scheduled time this close to the email's creation means the server sent it at once.
constexpr qint64 sentAtOnceMillis = 5 * 1000;

QTableView *recipientsTable(SendRecipientsModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

// Rows for recipients the server's answer leaves out, in the error colour.
class MissingRecipientDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(SendRecipientsModel::IsMissingRole).toBool())
            option->palette.setColor(QPalette::Text, errorTextColor(option->palette));
    }
};

QString recipientLabel(const SendRecipient &recipient)
{
    if (!recipient.name.isEmpty())
        return recipient.name;
    return recipient.hasEmail() ? recipient.email : recipient.id;
}

QString localOffsetText(const QDateTime &when)
{
    return QTimeZone::systemTimeZone().displayName(when, QTimeZone::OffsetName);
}

} // namespace

SendEmailDialog::SendEmailDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
    , m_recipients(new SendRecipientsModel(this))
    , m_results(new SendRecipientsModel(this))
    , m_steps(new QStackedWidget(this))
{
    setWindowTitle(tr("Send an email"));
    setMinimumWidth(620);

    m_steps->addWidget(buildComposePage());
    m_steps->addWidget(buildConfirmPage());
    m_steps->addWidget(buildResultPage());

    auto *buttons = new QDialogButtonBox(this);
    m_back = new QPushButton(tr("< &Back"), this); // left of the box: styles order its roles differently
    m_review = buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(m_steps, 1);
    layout->addWidget(busyLine());
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_back);
    buttonRow->addWidget(buttons, 1);
    layout->addLayout(buttonRow);

    setFormWidgets({m_back, m_send, m_removeMissingUser, m_sendAgain});

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_counter)
            m_counter->cancel();
        clearErrors();
        // Sending again is confirmed next to the Send button, each time.
        m_sendAgain->setChecked(false);
        goTo(Step::Compose);
    });
    connect(m_review, &QPushButton::clicked, this, &SendEmailDialog::review);
    connect(m_send, &QPushButton::clicked, this, &SendEmailDialog::sendNow);
    connect(m_cancel, &QPushButton::clicked, this, &SendEmailDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &SendEmailDialog::reject);

    goTo(Step::Compose);
    updateCompose();
    // After the caller had the chance to set a draft: then there is nothing to load.
    QTimer::singleShot(0, this, [this] {
        if (!m_fixedDraft)
            loadDrafts();
    });
}

SendEmailDialog::~SendEmailDialog() = default;

QWidget *SendEmailDialog::buildComposePage()
{
    auto *page = new QWidget(this);

    m_fixedDraftLabel = new QLabel(page);
    m_fixedDraftLabel->setTextFormat(Qt::PlainText);
    m_fixedDraftLabel->setAccessibleName(tr("Draft"));
    QFont bold = m_fixedDraftLabel->font();
    bold.setBold(true);
    m_fixedDraftLabel->setFont(bold);
    m_fixedDraftLabel->hide();
    m_draftChoice = new QComboBox(page);
    m_draftChoice->setAccessibleName(tr("Draft"));
    m_draftChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_draftChoice->setMinimumContentsLength(24);
    m_draftMessage = new FieldMessage(m_draftChoice, page);
    m_retryDrafts = new QPushButton(tr("Load &again"), page);
    m_retryDrafts->hide();
    connect(m_retryDrafts, &QPushButton::clicked, this, &SendEmailDialog::loadDrafts);
    connect(m_draftChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_draftChoice->currentIndex() >= 0 && m_draftMessage->isShowingError())
            m_draftMessage->clear();
        updateCompose();
    });
    auto *draftRow = new QHBoxLayout;
    draftRow->setContentsMargins(0, 0, 0, 0);
    draftRow->addWidget(m_fixedDraftLabel, 1);
    draftRow->addWidget(m_draftChoice, 1);
    draftRow->addWidget(m_retryDrafts);

    m_selectedUsers = new QRadioButton(tr("Se&lected users"), page);
    m_allUsers = new QRadioButton(tr("&All users of the project"), page);
    auto *recipientKinds = new QButtonGroup(page);
    recipientKinds->addButton(m_selectedUsers);
    recipientKinds->addButton(m_allUsers);
    m_selectedUsers->setChecked(true);
    m_recipientsView = recipientsTable(m_recipients, page);
    m_recipientsView->setAccessibleName(tr("Recipients"));
    m_recipientsView->setColumnHidden(SendRecipientsModel::OutcomeColumn, true);
    m_recipientsView->setMinimumHeight(120);
    m_recipientsView->setItemDelegate(new DimmedRowDelegate(SendRecipientsModel::WillBeSkippedRole, m_recipientsView));
    m_recipientsView->horizontalHeader()->resizeSection(SendRecipientsModel::UserColumn, 200);
    m_addUsers = new QPushButton(tr("A&dd users…"), page);
    m_removeUsers = new QPushButton(tr("Re&move"), page);
    m_removeUsers->setToolTip(tr("Take the selected users off the list (Delete)"));
    auto *removeKey = new QAction(m_recipientsView);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_recipientsView->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, &SendEmailDialog::removeSelectedUsers);
    m_recipientsMessage = new FieldMessage(m_recipientsView, page);
    connect(m_addUsers, &QPushButton::clicked, this, &SendEmailDialog::addUsers);
    connect(m_removeUsers, &QPushButton::clicked, this, &SendEmailDialog::removeSelectedUsers);
    connect(m_selectedUsers, &QRadioButton::toggled, this, [this] {
        m_recipientsMessage->clear();
        updateCompose();
    });
    connect(m_recipients, &QAbstractItemModel::rowsInserted, this, &SendEmailDialog::updateCompose);
    connect(m_recipients, &QAbstractItemModel::rowsRemoved, this, &SendEmailDialog::updateCompose);
    connect(m_recipients, &QAbstractItemModel::modelReset, this, &SendEmailDialog::updateCompose);
    connect(m_recipientsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SendEmailDialog::updateCompose);

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_addUsers);
    listButtons->addWidget(m_removeUsers);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_recipientsView, 1);
    listRow->addLayout(listButtons);
    auto *recipientsBox = new QVBoxLayout;
    recipientsBox->setContentsMargins(0, 0, 0, 0);
    recipientsBox->addWidget(m_selectedUsers);
    recipientsBox->addLayout(listRow);
    recipientsBox->addWidget(m_recipientsMessage);
    recipientsBox->addWidget(m_allUsers);

    m_subject = new QLineEdit(page);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Leave empty for the draft's own subject"));
    m_subject->setClearButtonEnabled(true);

    m_category = new QComboBox(page);
    m_category->setAccessibleName(tr("Notification category"));
    const QStringList categories = api::notificationCategoryNames();
    for (const QString &name : categories) {
        const QString shown = name == u"Transactional" ? tr("Transactional")
            : name == u"Marketing"                     ? tr("Marketing")
                                                       : name;
        m_category->addItem(shown, name);
    }
    // No default: whether unsubscribes count is a choice to make for every mailing.
    m_category->setPlaceholderText(tr("Choose a category…"));
    m_category->setCurrentIndex(-1);
    m_categoryMessage = new FieldMessage(m_category, page);
    m_categoryMessage->showHint(tr("Transactional: reaches every recipient (account and service messages). "
                                   "Marketing: skips users who unsubscribed from marketing emails."));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        if (m_categoryMessage->isShowingError())
            m_categoryMessage->showHint(tr("Transactional: reaches every recipient (account and service messages). "
                                           "Marketing: skips users who unsubscribed from marketing emails."));
    });

    m_schedule = new QCheckBox(tr("Send &later, at"), page);
    m_scheduledAt = new QDateTimeEdit(page);
    m_scheduledAt->setAccessibleName(tr("Scheduled time"));
    m_scheduledAt->setCalendarPopup(true);
    m_scheduledAt->setTimeSpec(Qt::LocalTime);
    // Minutes are precise enough for a mailing.
    m_scheduledAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    const QDateTime inAnHour = QDateTime::currentDateTime().addSecs(3600);
    m_scheduledAt->setDateTime(QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0)));
    m_scheduledAt->setEnabled(false);
    m_scheduleMessage = new FieldMessage(m_scheduledAt, page);
    connect(m_schedule, &QCheckBox::toggled, this, [this](bool on) {
        m_scheduledAt->setEnabled(on);
        m_scheduleMessage->clear();
        updateCompose();
    });
    connect(m_scheduledAt, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_scheduleMessage->clear();
        updateCompose();
    });
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->setContentsMargins(0, 0, 0, 0);
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_scheduledAt, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Draft:"), draftRow);
    form->addRow(QString(), m_draftMessage);
    form->addRow(tr("To:"), recipientsBox);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_categoryMessage);
    form->addRow(tr("When:"), scheduleRow);
    form->addRow(QString(), m_scheduleMessage);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    return page;
}

QWidget *SendEmailDialog::buildConfirmPage()
{
    auto *page = new QWidget(this);
    m_confirmHeadline = headline(page);
    m_confirmHeadline->setTextFormat(Qt::PlainText);
    m_confirmation = explanationLabel(QString(), page);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_removeMissingUser = new QPushButton(page);
    m_removeMissingUser->hide();
    connect(m_removeMissingUser, &QPushButton::clicked, this, &SendEmailDialog::removeMissingUser);

    // Shown once a send got no answer, until the dialog closes.
    m_unknownBox = new QWidget(page);
    m_unknownNote = explanationLabel(QString(), m_unknownBox);
    QPalette warning = m_unknownNote->palette();
    warning.setColor(QPalette::WindowText, errorTextColor(warning));
    m_unknownNote->setPalette(warning);
    m_outboxFindings = explanationLabel(QString(), m_unknownBox);
    m_outboxFindings->hide();
    m_lookInOutbox = new QPushButton(tr("&Look in the Outbox"), m_unknownBox);
    m_lookInOutbox->setToolTip(tr("Read the newest Outbox emails of a recipient and look for this draft's"));
    connect(m_lookInOutbox, &QPushButton::clicked, this, &SendEmailDialog::lookForLostSend);
    m_sendAgain = new QCheckBox(tr("I checked the Outbox: these emails were &not queued. Send them again."), m_unknownBox);
    connect(m_sendAgain, &QCheckBox::toggled, this, &SendEmailDialog::updateConfirmation);
    auto *lookRow = new QHBoxLayout;
    lookRow->setContentsMargins(0, 0, 0, 0);
    lookRow->addWidget(m_lookInOutbox);
    lookRow->addStretch();
    auto *unknownLayout = new QVBoxLayout(m_unknownBox);
    unknownLayout->setContentsMargins(0, 8, 0, 0);
    unknownLayout->addWidget(m_unknownNote);
    unknownLayout->addLayout(lookRow);
    unknownLayout->addWidget(m_outboxFindings);
    unknownLayout->addWidget(m_sendAgain);
    m_unknownBox->hide();

    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_removeMissingUser);
    removeRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmHeadline);
    layout->addWidget(m_confirmation);
    layout->addLayout(removeRow);
    layout->addWidget(m_unknownBox);
    layout->addStretch();
    return page;
}

QWidget *SendEmailDialog::buildResultPage()
{
    auto *page = new QWidget(this);
    m_resultHeadline = headline(page);
    m_resultHeadline->setTextFormat(Qt::PlainText);
    m_resultSummary = explanationLabel(QString(), page);
    m_outboxLink = new QLabel(page);
    m_outboxLink->setTextFormat(Qt::RichText);
    m_outboxLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_outboxLink->setText(QStringLiteral("<a href=\"outbox\">") + tr("Follow them in the Outbox").toHtmlEscaped() + QStringLiteral("</a>"));
    connect(m_outboxLink, &QLabel::linkActivated, this, [this] {
        // Once: a second activation before the dialog is gone must not open the Outbox again.
        if (m_outboxRequested)
            return;
        m_outboxRequested = true;
        Q_EMIT openOutboxRequested();
        accept();
    });
    m_resultsView = recipientsTable(m_results, page);
    m_resultsView->setAccessibleName(tr("Recipients and the server's answer"));
    m_resultsView->setItemDelegate(new MissingRecipientDelegate(m_resultsView));
    m_resultsView->horizontalHeader()->resizeSection(SendRecipientsModel::UserColumn, 180);
    m_resultsView->horizontalHeader()->resizeSection(SendRecipientsModel::EmailColumn, 200);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultHeadline);
    layout->addWidget(m_resultSummary);
    layout->addWidget(m_outboxLink);
    layout->addWidget(m_resultsView, 1);
    return page;
}

void SendEmailDialog::setDraft(const api::EmailDraft &draft)
{
    m_fixedDraft = draft;
    m_fixedDraftLabel->setText(draft.displayName.isEmpty() ? draft.id : draft.displayName);
    m_fixedDraftLabel->show();
    m_draftChoice->hide();
    m_retryDrafts->hide();
    m_draftMessage->clear();
    updateCompose();
}

void SendEmailDialog::setRecipients(const QList<api::User> &users)
{
    m_recipients->setUsers(users);
    m_selectedUsers->setChecked(true);
    updateCompose();
}

SendEmailDialog::Step SendEmailDialog::step() const
{
    return static_cast<Step>(m_steps->currentIndex());
}

std::optional<api::EmailDraft> SendEmailDialog::draft() const
{
    if (m_fixedDraft)
        return m_fixedDraft;
    const int index = m_draftChoice->currentIndex();
    if (m_draftChoice->isHidden() || index < 0 || index >= m_drafts.size())
        return std::nullopt;
    return m_drafts.at(index);
}

QString SendEmailDialog::draftName() const
{
    const auto chosen = draft();
    if (!chosen)
        return {};
    return chosen->displayName.isEmpty() ? chosen->id : chosen->displayName;
}

api::emails::SendEmailRequest SendEmailDialog::request() const
{
    api::emails::SendEmailRequest request;
    if (m_allUsers->isChecked())
        request.allUsers = true;
    else
        request.userIds = m_recipients->userIds();
    request.subject = m_subject->text().trimmed();
    request.notificationCategoryName = m_category->currentData().toString();
    if (const auto chosen = draft())
        request.draftId = chosen->id;
    request.scheduledAtMillis = scheduledAtMillis();
    return request;
}

std::optional<qint64> SendEmailDialog::scheduledAtMillis() const
{
    if (!m_schedule->isChecked())
        return std::nullopt;
    return m_scheduledAt->dateTime().toMSecsSinceEpoch();
}

bool SendEmailDialog::hasUnsavedInput() const
{
    return !m_sent && !m_subject->text().trimmed().isEmpty();
}

void SendEmailDialog::loadDrafts()
{
    if (m_fixedDraft || m_draftsLoading)
        return;
    m_retryDrafts->hide();
    m_draftMessage->clear();
    if (context().isValid() && context().credentialKind() == api::CredentialKind::ServerKey) {
        m_draftChoice->setEnabled(false);
        m_draftChoice->setPlaceholderText(tr("No drafts available"));
        m_draftMessage->showError(tr("Drafts need admin access: connect with an admin key or a dashboard account to "
                                     "choose one."));
        return;
    }
    api::ApiClient *client = context().client();
    if (!client) {
        m_draftMessage->showError(tr("The connection to the server was closed. Connect again and retry."));
        return;
    }
    m_draftsLoading = true;
    m_draftChoice->clear();
    m_draftChoice->setEnabled(false);
    m_draftChoice->setPlaceholderText(tr("Loading drafts…"));
    auto *job = client->send(api::emails::drafts(context().scope()));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_draftsLoading = false;
        if (m_fixedDraft)
            return;
        if (job->succeeded()) {
            showDrafts(job->takeValue().drafts);
            return;
        }
        m_draftChoice->setPlaceholderText(tr("No drafts loaded"));
        m_draftMessage->showError(tr("The drafts could not be loaded. %1").arg(job->error().userMessage()));
        m_retryDrafts->show();
        updateCompose();
    });
}

void SendEmailDialog::showDrafts(const QList<api::EmailDraft> &drafts)
{
    m_drafts = drafts;
    m_draftChoice->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const api::EmailDraft &each : drafts) {
        const QString name = each.displayName.isEmpty() ? each.id : each.displayName;
        m_draftChoice->addItem(each.sentAtMillis ? tr("%1 (sent %2)").arg(name, models::relativeTime(*each.sentAtMillis, now))
                                                 : name,
                               each.id);
    }
    m_draftChoice->setEnabled(!drafts.isEmpty());
    if (drafts.isEmpty()) {
        m_draftChoice->setPlaceholderText(tr("No drafts"));
        m_draftMessage->showHint(tr("This project has no drafts yet: write one on the Drafts tab of the Emails page."));
    } else {
        m_draftChoice->setPlaceholderText(tr("Choose a draft…"));
        m_draftChoice->setCurrentIndex(drafts.size() == 1 ? 0 : -1);
    }
    updateCompose();
}

void SendEmailDialog::addUsers()
{
    auto *picker = new UserPickerDialog(context(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Add recipients"));
    picker->setPrompt(tr("Choose the users who receive the email."));
    picker->setAcceptText([](int chosen) { return tr("&Add %n user(s)", nullptr, chosen); });
    const QStringList held = m_recipients->userIds();
    picker->setExcludedUsers(QSet<QString>(held.cbegin(), held.cend()), tr("Already a recipient"));
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_recipients->addUsers(picker->chosenUsers());
        m_recipientsMessage->clear();
        updateCompose();
    });
    picker->open();
}

void SendEmailDialog::removeSelectedUsers()
{
    if (!m_selectedUsers->isChecked())
        return;
    QStringList ids;
    const QModelIndexList rows = m_recipientsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(SendRecipientsModel::IdRole).toString();
    m_recipients->removeUsers(ids);
    updateCompose();
}

void SendEmailDialog::updateCompose()
{
    const bool selected = m_selectedUsers->isChecked();
    m_recipientsView->setEnabled(selected);
    m_addUsers->setEnabled(selected && context().isValid());
    m_removeUsers->setEnabled(selected && m_recipientsView->selectionModel()->hasSelection());

    if (!m_recipientsMessage->isShowingError()) {
        const int withoutEmail = m_recipients->withoutEmailCount();
        if (!selected)
            m_recipientsMessage->showHint(tr("Every user of the project, anonymous and restricted ones included. Users "
                                             "without a primary email address are skipped."));
        else if (m_recipients->rowCount() == 0)
            m_recipientsMessage->showHint(tr("No users yet: add some, or choose all users."));
        else if (withoutEmail > 0)
            m_recipientsMessage->showHint(
                tr("%n user(s) without a primary email address will be skipped.", nullptr, withoutEmail));
        else
            m_recipientsMessage->clear();
    }

    if (m_schedule->isChecked() && !m_scheduleMessage->isShowingError()) {
        m_scheduleMessage->showHint(tr("Your local time (%1). A server too old to schedule sends at once.")
                                        .arg(localOffsetText(m_scheduledAt->dateTime())));
    } else if (!m_schedule->isChecked()) {
        m_scheduleMessage->clear();
    }
    m_review->setEnabled(draft().has_value());
}

bool SendEmailDialog::checkCompose()
{
    QWidget *first = nullptr;
    const auto problem = [&first](FieldMessage *message, QWidget *field, const QString &text) {
        message->showError(text);
        if (!first)
            first = field;
    };
    if (!draft())
        problem(m_draftMessage, m_draftChoice, tr("Choose the draft to send."));
    if (m_selectedUsers->isChecked() && m_recipients->rowCount() == 0)
        problem(m_recipientsMessage, m_addUsers, tr("Add the users who receive the email, or choose all users."));
    if (m_category->currentIndex() < 0)
        problem(m_categoryMessage, m_category,
                tr("Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not."));
    if (m_schedule->isChecked() && m_scheduledAt->dateTime() <= QDateTime::currentDateTime())
        problem(m_scheduleMessage, m_scheduledAt, tr("Choose a time in the future, or send now."));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

void SendEmailDialog::review()
{
    if (m_sent || !checkCompose())
        return;
    clearErrors();
    m_removeMissingUser->hide();
    goTo(Step::Confirm);
    if (m_allUsers->isChecked())
        startCounting();
    else
        updateConfirmation();
}

void SendEmailDialog::startCounting()
{
    if (!m_counter) {
        m_counter = new models::SendAllUsersCounter(context().client(), context().scope(),
                                                    models::SendAllUsersCounter::defaultLimit,
                                                    models::SendAllUsersCounter::defaultPageSize, this);
        connect(m_counter, &models::SendAllUsersCounter::progressed, this, &SendEmailDialog::updateConfirmation);
        connect(m_counter, &models::SendAllUsersCounter::finished, this, &SendEmailDialog::updateConfirmation);
    }
    m_counter->start();
    updateConfirmation();
}

QString SendEmailDialog::recipientsSentence() const
{
    QStringList names;
    const QList<SendRecipient> &rows = m_recipients->rows();
    for (int i = 0; i < rows.size() && i < namedRecipients; ++i)
        names << recipientLabel(rows.at(i));
    const int more = int(rows.size()) - int(names.size());
    const QString list = QLocale().createSeparatedList(names);
    return more > 0 ? tr("To: %1 and %n more.", nullptr, more).arg(list) : tr("To: %1.").arg(list);
}

void SendEmailDialog::updateConfirmation()
{
    if (step() != Step::Confirm)
        return;
    const QString name = draftName();
    QStringList lines;
    bool canSend = !m_sent;
    const bool marketing = m_category->currentData().toString() == u"Marketing";
    const QLocale locale;

    if (m_allUsers->isChecked()) {
        const models::SendAllUsersCounter *counter = m_counter;
        if (!counter || counter->isRunning() || !counter->isFinished()) {
            m_confirmHeadline->setText(tr("Send “%1” to every user of the project?").arg(name));
            lines << tr("Counting the project's users… %1 so far.").arg(locale.toString(counter ? counter->count() : 0));
            canSend = false;
        } else if (counter->isComplete()) {
            const int all = counter->count();
            const int withoutEmail = counter->withoutEmailCount();
            m_confirmHeadline->setText(tr("Send “%1” to all %n user(s) of the project?", nullptr, all).arg(name));
            lines << (withoutEmail > 0
                          ? tr("%n user(s) without a primary email address will be skipped: %1", nullptr, withoutEmail)
                                .arg(tr("%n user(s) will receive it.", nullptr, all - withoutEmail))
                          : tr("%n user(s) will receive it at their primary email address.", nullptr, all));
            canSend = all > 0;
            if (all == 0)
                lines << tr("The project has no users: there is nobody to send it to.");
        } else if (counter->isCapped()) {
            m_confirmHeadline->setText(tr("Send “%1” to every user of the project?").arg(name));
            lines << tr("The project has more than %1 users; all of them are sent the email (users without a primary "
                        "email address are skipped).")
                         .arg(locale.toString(counter->limit()));
        } else {
            m_confirmHeadline->setText(tr("Send “%1” to every user of the project?").arg(name));
            lines << tr("The users could not be counted (%1). The email goes to every user of the project that has a "
                        "primary email address.")
                         .arg(counter->error().userMessage());
        }
    } else {
        const int requested = m_recipients->rowCount();
        const int withoutEmail = m_recipients->withoutEmailCount();
        m_confirmHeadline->setText(tr("Send “%1” to %n user(s)?", nullptr, requested).arg(name));
        lines << recipientsSentence();
        lines << (withoutEmail > 0
                      ? tr("%n user(s) without a primary email address will be skipped: %1", nullptr, withoutEmail)
                            .arg(tr("%n user(s) will receive it.", nullptr, requested - withoutEmail))
                      : tr("%n user(s) will receive it at their primary email address.", nullptr, requested));
        canSend = canSend && requested > 0;
    }
    if (marketing)
        lines << tr("Category: Marketing. Users who unsubscribed from marketing emails are skipped.");
    else
        lines << tr("Category: Transactional. Sent even to users who unsubscribed from marketing emails.");
    const QString subject = m_subject->text().trimmed();
    lines << (subject.isEmpty() ? tr("Subject: the draft's own.") : tr("Subject: “%1”.").arg(subject));
    if (const auto when = scheduledAtMillis()) {
        lines << tr("When: %1 (your local time).").arg(models::absoluteTime(*when));
        lines << tr("Servers too old to schedule send at once; the result and the Outbox show what happened.");
    } else {
        lines << tr("When: now.");
    }
    m_confirmation->setText(lines.join(u'\n'));
    updateUnknownOutcome();
    m_send->setEnabled(canSend && !resendBlocked() && !m_sending && !isBusy());
}

bool SendEmailDialog::resendBlocked() const
{
    return m_outcomeUnknown && !m_sendAgain->isChecked();
}

void SendEmailDialog::updateUnknownOutcome()
{
    m_unknownBox->setVisible(m_outcomeUnknown);
    if (!m_outcomeUnknown)
        return;
    m_unknownNote->setText(tr("The answer to sending at %1 did not arrive: the emails may be queued already, and the "
                              "server does not notice a second send. Look in the Outbox before sending again.")
                               .arg(models::absoluteTime(m_attemptStartedMillis)));
    m_lookInOutbox->setEnabled(!m_lookingInOutbox && context().client());
}

QString SendEmailDialog::probeUserId() const
{
    // A recipient with an email address gets an Outbox email; the others get a skipped one.
    QList<SendRecipient> rows;
    if (m_allUsers->isChecked()) {
        if (m_counter) {
            for (const api::User &user : m_counter->users())
                rows.append(SendRecipient::of(user));
        }
    } else {
        rows = m_recipients->rows();
    }
    for (const SendRecipient &row : std::as_const(rows)) {
        if (row.hasEmail())
            return row.id;
    }
    return rows.isEmpty() ? QString() : rows.first().id;
}

void SendEmailDialog::findQueuedEmails(qint64 sinceMillis, const OutboxFound &done)
{
    api::ApiClient *client = context().client();
    if (!client) {
        done(std::nullopt, tr("The connection to the server was closed."));
        return;
    }
    api::emails::OutboxQuery query;
    query.userId = probeUserId();
    query.limit = outboxProbeLimit;
    const QString draftId = draft() ? draft()->id : QString();
    const QString userId = query.userId;
    auto *job = client->send(api::emails::outbox(context().scope(), query));
    connect(job, &api::ApiJob::finished, this, [job, done, draftId, userId, sinceMillis] {
        if (!job->succeeded()) {
            done(std::nullopt, job->error().userMessage());
            return;
        }
        // Newest first. Servers without the user_id filter list everybody's: this draft's emails
        // since the send are what it queued, whoever they went to.
        QList<api::OutboxEmail> found;
        for (const api::OutboxEmail &email : job->takeValue().items) {
            const bool ofThisDraft = email.emailDraftId.isEmpty() ? !userId.isEmpty() && email.recipientUserId == userId
                                                                  : email.emailDraftId == draftId;
            if (ofThisDraft && email.createdAtMillis >= sinceMillis - clockSkewMillis)
                found.append(email);
        }
        done(found, QString());
    });
}

void SendEmailDialog::lookForLostSend()
{
    if (!m_outcomeUnknown || m_lookingInOutbox)
        return;
    m_lookingInOutbox = true;
    m_lookInOutbox->setEnabled(false);
    m_outboxFindings->setText(tr("Looking in the Outbox…"));
    m_outboxFindings->show();
    findQueuedEmails(m_attemptStartedMillis, [this](const std::optional<QList<api::OutboxEmail>> &found,
                                                    const QString &problem) {
        m_lookingInOutbox = false;
        if (!found) {
            m_outboxFindings->setText(tr("The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.")
                                          .arg(problem));
        } else if (!found->isEmpty()) {
            m_outboxFindings->setText(
                tr("The Outbox has this draft's email, created at %1: the emails were queued. Sending again would "
                   "send them twice.")
                    .arg(models::absoluteTime(found->first().createdAtMillis)));
        } else {
            m_outboxFindings->setText(tr("The Outbox has no email of this draft since %1 for the first recipient. "
                                         "A large send may still be queuing: look again in a minute before sending "
                                         "again.")
                                          .arg(models::absoluteTime(m_attemptStartedMillis)));
        }
        updateUnknownOutcome();
    });
}

void SendEmailDialog::sendNow()
{
    // The button turns off at once, and the flags keep a second click (or Enter) from sending
    // while the first request runs or after it succeeded.
    if (m_sending || m_sent || isBusy() || step() != Step::Confirm || resendBlocked())
        return;
    m_send->setEnabled(false);
    if (m_schedule->isChecked() && m_scheduledAt->dateTime() <= QDateTime::currentDateTime()) {
        goTo(Step::Compose);
        m_scheduleMessage->showError(tr("This time has passed meanwhile: choose a later one, or send now."));
        m_scheduledAt->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_sending = true;
    ++m_sendAttempts;
    m_attemptStartedMillis = QDateTime::currentMSecsSinceEpoch();
    m_removeMissingUser->hide();
    send<api::SentEmails>(
        api::emails::sendEmail(context().scope(), request()), tr("Sending…"),
        [this](api::SentEmails sentEmails) {
            m_sending = false;
            showSent(sentEmails.userIds);
        },
        [this](const api::ApiError &error) {
            m_sending = false;
            showSendError(error);
        });
}

void SendEmailDialog::showSent(const QStringList &userIds)
{
    m_sent = true;
    QList<SendRecipient> rows;
    if (m_allUsers->isChecked()) {
        if (m_counter && m_counter->succeeded()) {
            const QList<api::User> &users = m_counter->users();
            rows.reserve(users.size());
            for (const api::User &user : users)
                rows.append(SendRecipient::of(user));
        }
    } else {
        rows = m_recipients->rows();
    }
    m_results->setRows(rows);
    m_results->applyResults(userIds);

    const int accepted = m_results->count(SendRecipient::Outcome::Accepted);
    const int missing = m_results->count(SendRecipient::Outcome::Missing);
    const auto when = scheduledAtMillis();
    m_resultHeadline->setText(when ? tr("The email is scheduled") : tr("The email is on its way"));
    m_resultLines.clear();
    m_resultLines << tr("The server accepted “%1” for %n recipient(s).", nullptr, accepted).arg(draftName());
    if (missing > 0)
        m_resultLines << tr("Not in the server's answer, so no email was queued for them: %n requested user(s), "
                            "marked below.",
                            nullptr, missing);
    const bool outboxShown = isSignalConnected(QMetaMethod::fromSignal(&SendEmailDialog::openOutboxRequested));
    m_resultTail = outboxShown ? tr("The emails are queued; follow them in the Outbox.")
                               : tr("The emails are queued; follow them in the Outbox of the Emails page.");
    m_scheduleNote.clear();
    if (when && accepted > 0)
        checkSchedule(m_attemptStartedMillis, *when);
    else if (when)
        m_scheduleNote = tr("Scheduled for %1.").arg(models::absoluteTime(*when));
    renderResultSummary();
    m_outboxLink->setVisible(outboxShown);
    goTo(Step::Result);
    m_close->setFocus(Qt::OtherFocusReason);
    Q_EMIT sent(userIds);
}

void SendEmailDialog::renderResultSummary()
{
    QStringList lines = m_resultLines;
    if (!m_scheduleNote.isEmpty())
        lines << m_scheduleNote;
    lines << m_resultTail;
    m_resultSummary->setText(lines.join(u'\n'));
}

// Servers that predate scheduled_at_millis drop it and send at once; the Outbox tells which
// kind answered: their emails are "scheduled" for the moment they were created.
void SendEmailDialog::checkSchedule(qint64 sentAtMillis, qint64 scheduledAt)
{
    const QString neutral = tr("Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.")
                                .arg(models::absoluteTime(scheduledAt));
    m_scheduleNote = tr("Scheduled for %1. Checking in the Outbox that the server kept the time…")
                         .arg(models::absoluteTime(scheduledAt));
    m_checkingSchedule = true;
    findQueuedEmails(sentAtMillis, [this, neutral](const std::optional<QList<api::OutboxEmail>> &found, const QString &) {
        m_checkingSchedule = false;
        m_scheduleNote = neutral;
        if (found && !found->isEmpty()) {
            const api::OutboxEmail &newest = found->first();
            if (!newest.scheduledAtMillis || *newest.scheduledAtMillis <= newest.createdAtMillis + sentAtOnceMillis) {
                m_resultHeadline->setText(tr("The email was sent at once"));
                m_scheduleNote = tr("This server sent the emails at once; it does not support scheduling.");
            } else {
                m_scheduleNote = tr("Scheduled for %1; the Outbox shows them waiting until then.")
                                     .arg(models::absoluteTime(*newest.scheduledAtMillis));
            }
        }
        renderResultSummary();
    });
}

void SendEmailDialog::showSendError(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    if (error.is(u"REQUIRES_CUSTOM_EMAIL_SERVER")) {
        errorBanner()->showActionError(
            tr("Nothing was sent: the project uses the shared email server, which sends only sign-in and account "
               "emails. Set up the project's own email server on the Email server tab of the Emails page, then "
               "send again."),
            error);
    } else if (error.is(u"USER_ID_DOES_NOT_EXIST")) {
        m_missingUserId = error.details.value(QStringLiteral("user_id")).toString();
        const int row = m_recipients->rowOf(m_missingUserId);
        const QString who = row >= 0 ? recipientLabel(*m_recipients->rowAt(row)) : m_missingUserId;
        errorBanner()->showActionError(
            tr("Nothing was sent: %1 is not a user of the project (deleted meanwhile?).").arg(who), error);
        if (row >= 0) {
            m_removeMissingUser->setText(tr("&Remove %1 from the recipients").arg(who));
            m_removeMissingUser->show();
        }
    } else if (error.is(u"SCHEMA_ERROR")) {
        errorBanner()->showActionError(tr("Nothing was sent: the server did not accept the request."), error);
    } else if (error.kind == Kind::Timeout || error.kind == Kind::Network) {
        // The request may have reached the server: sending again could send everything twice.
        // Until the user says otherwise, every later send counts as "again".
        errorBanner()->showActionError(tr("The server's answer did not arrive, so the emails may or may not have been "
                                          "queued. Look in the Outbox before sending again."),
                                       error);
        m_outcomeUnknown = true;
        m_sendAgain->setChecked(false);
        m_outboxFindings->hide();
    } else {
        errorBanner()->showActionError(tr("Nothing was sent."), error);
    }
    updateConfirmation();
}

void SendEmailDialog::removeMissingUser()
{
    if (m_missingUserId.isEmpty() || isBusy())
        return;
    m_recipients->removeUsers({m_missingUserId});
    m_missingUserId.clear();
    m_removeMissingUser->hide();
    clearErrors();
    if (m_recipients->rowCount() == 0) {
        goTo(Step::Compose);
        m_recipientsMessage->showError(tr("No recipients are left: add users, or choose all users."));
        return;
    }
    updateConfirmation();
    m_send->setFocus(Qt::OtherFocusReason);
}

void SendEmailDialog::goTo(Step step)
{
    m_steps->setCurrentIndex(int(step));
    m_back->setVisible(step == Step::Confirm);
    m_review->setVisible(step == Step::Compose);
    m_send->setVisible(step == Step::Confirm);
    m_cancel->setVisible(step != Step::Result);
    m_close->setVisible(step == Step::Result);
    m_send->setEnabled(step == Step::Confirm && !m_sent && !m_sending && !resendBlocked());
    for (QPushButton *button : {m_review, m_send, m_close, m_back, m_cancel})
        button->setDefault(false);
    QPushButton *defaultButton = step == Step::Compose ? m_review : step == Step::Confirm ? m_send : m_close;
    defaultButton->setDefault(true);
    if (step == Step::Result)
        m_send->setEnabled(false);
    updateConfirmation();
}

} // namespace hexclave::ui
