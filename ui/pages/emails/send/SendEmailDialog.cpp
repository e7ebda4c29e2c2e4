#include "SendEmailDialog.h"

#include "SendDraftChooser.h"
#include "SendResultView.h"
#include "SendScheduleField.h"
#include "UnknownOutcomePanel.h"
#include "TimeText.h"
#include "dialogs/DialogParts.h"
#include "dialogs/UserPickerDialog.h"
#include "emails/SendAllUsersCounter.h"
#include "emails/SendRecipientsModel.h"
#include "widgets/DimmedRowDelegate.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

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
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

using models::SendRecipient;
using models::SendRecipientsModel;

// How many recipients the confirmation names before "and N more".
constexpr int namedRecipients = 5;

QString recipientLabel(const SendRecipient &recipient)
{
    if (!recipient.name.isEmpty())
        return recipient.name;
    return recipient.hasEmail() ? recipient.email : recipient.id;
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
    m_resultView = new SendResultView(m_results, this);
    connect(m_resultView, &SendResultView::outboxRequested, this, [this] {
        Q_EMIT openOutboxRequested();
        accept();
    });
    m_steps->addWidget(m_resultView);

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

    setFormWidgets({m_back, m_send, m_removeMissingUser, m_unknownOutcome->sendAgainOption()});

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_counter)
            m_counter->cancel();
        clearErrors();
        // Sending again is confirmed next to the Send button, each time.
        m_unknownOutcome->clearSendAgain();
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
        if (!m_draftChooser->hasFixedDraft())
            m_draftChooser->loadDrafts();
    });
}

SendEmailDialog::~SendEmailDialog() = default;

QComboBox *SendEmailDialog::draftChoice() const
{
    return m_draftChooser->choice();
}

QCheckBox *SendEmailDialog::scheduleOption() const
{
    return m_schedule->option();
}

QDateTimeEdit *SendEmailDialog::scheduleField() const
{
    return m_schedule->field();
}

QLabel *SendEmailDialog::resultLabel() const
{
    return m_resultView->summaryLabel();
}

QTableView *SendEmailDialog::resultsView() const
{
    return m_resultView->resultsView();
}

QLabel *SendEmailDialog::outcomeUnknownLabel() const
{
    return m_unknownOutcome->noteLabel();
}

QPushButton *SendEmailDialog::lookInOutboxButton() const
{
    return m_unknownOutcome->lookButton();
}

QCheckBox *SendEmailDialog::sendAgainOption() const
{
    return m_unknownOutcome->sendAgainOption();
}

QWidget *SendEmailDialog::buildComposePage()
{
    auto *page = new QWidget(this);

    m_draftChooser = new SendDraftChooser(context(), page);
    connect(m_draftChooser, &SendDraftChooser::changed, this, &SendEmailDialog::updateCompose);

    m_selectedUsers = new QRadioButton(tr("Se&lected users"), page);
    m_allUsers = new QRadioButton(tr("&All users of the project"), page);
    auto *recipientKinds = new QButtonGroup(page);
    recipientKinds->addButton(m_selectedUsers);
    recipientKinds->addButton(m_allUsers);
    m_selectedUsers->setChecked(true);
    m_recipientsView = sendRecipientsTable(m_recipients, page);
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

    m_schedule = new SendScheduleField(page);
    connect(m_schedule, &SendScheduleField::changed, this, &SendEmailDialog::updateCompose);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Draft:"), m_draftChooser);
    form->addRow(QString(), m_draftChooser->message());
    form->addRow(tr("To:"), recipientsBox);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_categoryMessage);
    form->addRow(tr("When:"), m_schedule);
    form->addRow(QString(), m_schedule->message());

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
    m_unknownOutcome = new UnknownOutcomePanel(page);
    m_unknownOutcome->hide();
    connect(m_unknownOutcome, &UnknownOutcomePanel::lookRequested, this, &SendEmailDialog::lookForLostSend);
    connect(m_unknownOutcome, &UnknownOutcomePanel::sendAgainToggled, this, &SendEmailDialog::updateConfirmation);

    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(m_removeMissingUser);
    removeRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_confirmHeadline);
    layout->addWidget(m_confirmation);
    layout->addLayout(removeRow);
    layout->addWidget(m_unknownOutcome);
    layout->addStretch();
    return page;
}

void SendEmailDialog::setDraft(const api::EmailDraft &draft)
{
    m_draftChooser->setFixedDraft(draft);
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
    return m_draftChooser->draft();
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
    request.scheduledAtMillis = m_schedule->scheduledAtMillis();
    return request;
}

bool SendEmailDialog::hasUnsavedInput() const
{
    return !m_sent && !m_subject->text().trimmed().isEmpty();
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

    m_schedule->updateHint();
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
        problem(m_draftChooser->message(), m_draftChooser->choice(), tr("Choose the draft to send."));
    if (m_selectedUsers->isChecked() && m_recipients->rowCount() == 0)
        problem(m_recipientsMessage, m_addUsers, tr("Add the users who receive the email, or choose all users."));
    if (m_category->currentIndex() < 0)
        problem(m_categoryMessage, m_category,
                tr("Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not."));
    if (m_schedule->hasTimePassed())
        problem(m_schedule->message(), m_schedule->field(), tr("Choose a time in the future, or send now."));
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
    if (const auto when = m_schedule->scheduledAtMillis()) {
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
    return m_outcomeUnknown && !m_unknownOutcome->isSendAgainConfirmed();
}

void SendEmailDialog::updateUnknownOutcome()
{
    m_unknownOutcome->setVisible(m_outcomeUnknown);
    if (m_outcomeUnknown)
        m_unknownOutcome->showAttempt(m_attemptStartedMillis, context().client() != nullptr);
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

void SendEmailDialog::findQueuedEmails(qint64 sinceMillis, const models::SentEmailsOutboxCheck::Done &done)
{
    api::ApiClient *client = context().client();
    if (!client) {
        done(std::nullopt, tr("The connection to the server was closed."));
        return;
    }
    const models::SentEmailsOutboxCheck check(draft() ? draft()->id : QString(), probeUserId(), sinceMillis);
    check.run(*client, context().scope(), this, done);
}

void SendEmailDialog::lookForLostSend()
{
    if (!m_outcomeUnknown || m_unknownOutcome->isLooking())
        return;
    m_unknownOutcome->showLooking();
    findQueuedEmails(m_attemptStartedMillis, [this](const std::optional<QList<api::OutboxEmail>> &found,
                                                    const QString &problem) {
        m_unknownOutcome->showFindings(found, problem, m_attemptStartedMillis);
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
    if (m_schedule->hasTimePassed()) {
        goTo(Step::Compose);
        m_schedule->message()->showError(tr("This time has passed meanwhile: choose a later one, or send now."));
        m_schedule->field()->setFocus(Qt::OtherFocusReason);
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
    const auto when = m_schedule->scheduledAtMillis();
    QStringList lines;
    lines << tr("The server accepted “%1” for %n recipient(s).", nullptr, accepted).arg(draftName());
    if (missing > 0)
        lines << tr("Not in the server's answer, so no email was queued for them: %n requested user(s), "
                            "marked below.",
                            nullptr, missing);
    const bool outboxShown = isSignalConnected(QMetaMethod::fromSignal(&SendEmailDialog::openOutboxRequested));
    const QString tail = outboxShown ? tr("The emails are queued; follow them in the Outbox.")
                                     : tr("The emails are queued; follow them in the Outbox of the Emails page.");
    m_resultView->showAnswer(when ? tr("The email is scheduled") : tr("The email is on its way"), lines, tail,
                             outboxShown);
    if (when && accepted > 0)
        checkSchedule(m_attemptStartedMillis, *when);
    else if (when)
        m_resultView->setScheduleNote(tr("Scheduled for %1.").arg(models::absoluteTime(*when)));
    goTo(Step::Result);
    m_close->setFocus(Qt::OtherFocusReason);
    Q_EMIT sent(userIds);
}

// Servers that predate scheduled_at_millis drop it and send at once; the Outbox tells which
// kind answered.
void SendEmailDialog::checkSchedule(qint64 sentAtMillis, qint64 scheduledAt)
{
    const QString neutral = tr("Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.")
                                .arg(models::absoluteTime(scheduledAt));
    m_resultView->setScheduleNote(tr("Scheduled for %1. Checking in the Outbox that the server kept the time…")
                                      .arg(models::absoluteTime(scheduledAt)));
    m_checkingSchedule = true;
    findQueuedEmails(sentAtMillis, [this, neutral](const std::optional<QList<api::OutboxEmail>> &found, const QString &) {
        m_checkingSchedule = false;
        if (!found || found->isEmpty()) {
            m_resultView->setScheduleNote(neutral);
            return;
        }
        const api::OutboxEmail &newest = found->first();
        if (models::SentEmailsOutboxCheck::wasSentAtOnce(newest)) {
            m_resultView->setHeadline(tr("The email was sent at once"));
            m_resultView->setScheduleNote(tr("This server sent the emails at once; it does not support scheduling."));
        } else {
            m_resultView->setScheduleNote(tr("Scheduled for %1; the Outbox shows them waiting until then.")
                                              .arg(models::absoluteTime(*newest.scheduledAtMillis)));
        }
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
        m_unknownOutcome->restart();
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
