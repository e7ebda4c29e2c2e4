#include "NewConversationDialog.h"

#include "dialogs/DialogParts.h"
#include "dialogs/SchemaErrorLines.h"
#include "dialogs/UserPickerDialog.h"
#include "endpoints/SupportEndpoints.h"
#include "support/ConversationLabels.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

NewConversationDialog::NewConversationDialog(const ProjectContext &context, QWidget *parent)
    : RequestDialog(context, parent)
    , m_userLabel(new QLabel(this))
    , m_chooseUser(new QPushButton(tr("C&hoose…"), this))
    , m_userMessage(new FieldMessage(m_chooseUser, this))
    , m_subject(new QLineEdit(this))
    , m_subjectMessage(new FieldMessage(m_subject, this))
    , m_message(new QPlainTextEdit(this))
    , m_messageMessage(new FieldMessage(m_message, this))
    , m_priority(new QComboBox(this))
{
    setWindowTitle(tr("New support conversation"));
    setMinimumWidth(560);

    m_userLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel->setWordWrap(true);
    m_chooseUser->setAccessibleName(tr("Choose the user"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("What the conversation is about"));
    m_message->setAccessibleName(tr("First message"));
    m_message->setPlaceholderText(tr("The first message to the user, sent as you"));
    m_message->setTabChangesFocus(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 7);
    m_priority->setAccessibleName(tr("Priority"));
    for (const QString &priority : api::conversationPriorities())
        m_priority->addItem(models::conversationPriorityLabel(priority), priority);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(QStringLiteral("normal"))));

    auto *userRow = new QHBoxLayout;
    userRow->setContentsMargins(0, 0, 0, 0);
    userRow->addWidget(m_userLabel, 1);
    userRow->addWidget(m_chooseUser);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Start conversation"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_create->setDefault(true);
    // Enter in the message writes a new line; the default button must not steal it.
    m_create->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("User:"), userRow);
    form->addRow(QString(), m_userMessage);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(QString(), m_subjectMessage);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(QString(), m_messageMessage);
    form->addRow(tr("&Priority:"), m_priority);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(explanationLabel(tr("The conversation starts with your message; the user sees it in the app's "
                                          "support chat and can answer there."),
                                       this));
    layout->addLayout(form, 1);
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_chooseUser, m_subject, m_message, m_priority, m_create});
    setTabChain({m_chooseUser, m_subject, m_message, m_priority});

    connect(m_chooseUser, &QPushButton::clicked, this, &NewConversationDialog::chooseUser);
    connect(m_create, &QPushButton::clicked, this, &NewConversationDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewConversationDialog::reject);
    connect(m_subject, &QLineEdit::textEdited, m_subjectMessage, &FieldMessage::clear);
    connect(m_message, &QPlainTextEdit::textChanged, m_messageMessage, [this] {
        if (m_messageMessage->isShowingError())
            m_messageMessage->clear();
    });
    showUser();
}

void NewConversationDialog::setUser(const api::User &user)
{
    m_user = user;
    m_userMessage->clear();
    showUser();
}

void NewConversationDialog::showUser()
{
    m_chooseUser->setText(m_user ? tr("C&hange…") : tr("C&hoose…"));
    if (!m_user) {
        m_userLabel->setText(tr("No user chosen"));
        m_userLabel->setEnabled(false);
        m_userLabel->setToolTip({});
        return;
    }
    const QString email = m_user->primaryEmail.value_or(QString());
    const QString name = m_user->displayName.value_or(QString());
    m_userLabel->setText(!name.isEmpty() && !email.isEmpty() ? tr("%1 <%2>").arg(name, email) : m_user->label());
    m_userLabel->setEnabled(true);
    m_userLabel->setToolTip(tr("User ID: %1").arg(m_user->id));
    if (m_subject->text().isEmpty())
        m_subject->setFocus(Qt::OtherFocusReason);
}

bool NewConversationDialog::hasUnsavedInput() const
{
    return m_createdId.isEmpty()
        && (!m_subject->text().trimmed().isEmpty() || !m_message->toPlainText().trimmed().isEmpty());
}

void NewConversationDialog::chooseUser()
{
    UserPickerDialog::chooseOne(context(), this, [this](const api::User &user) { setUser(user); });
}

void NewConversationDialog::create()
{
    if (isBusy() || !m_createdId.isEmpty())
        return;
    clearErrors();
    api::support::NewConversation conversation;
    conversation.projectId = context().project.id;
    conversation.subject = m_subject->text().trimmed();
    conversation.initialMessage = m_message->toPlainText().trimmed();
    conversation.priority = m_priority->currentData().toString();

    FieldProblems problems;
    if (!m_user)
        problems.add(m_userMessage, tr("Choose the user to write to."));
    if (conversation.subject.isEmpty())
        problems.add(m_subjectMessage, tr("Enter a subject."));
    if (conversation.initialMessage.isEmpty())
        problems.add(m_messageMessage, tr("Write the first message."));
    if (!problems.focusFirst())
        return;
    conversation.userId = m_user->id;

    send<api::CreatedConversation>(
        api::support::createConversation(conversation), tr("Starting the conversation…"),
        [this](api::CreatedConversation created) {
            m_createdId = created.conversationId;
            Q_EMIT this->created(m_createdId);
            accept();
        },
        [this](const api::ApiError &error) {
            if (error.is(u"USER_ID_DOES_NOT_EXIST")) {
                m_userMessage->showError(tr("This user does not exist in the project (any more?): perhaps they were "
                                            "deleted. Choose another user."));
                m_chooseUser->setFocus();
            } else if (const QString aboutSubject = schemaErrorAbout(error, u"subject"); !aboutSubject.isEmpty()) {
                m_subjectMessage->showError(aboutSubject);
                m_subject->setFocus();
            } else if (const QString aboutMessage = schemaErrorAbout(error, u"initialMessage"); !aboutMessage.isEmpty()) {
                m_messageMessage->showError(aboutMessage);
                m_message->setFocus();
            } else if (error.is(u"PROJECT_NOT_FOUND")) {
                errorBanner()->showActionError(tr("The conversation was not started: your dashboard account does not "
                                                  "manage this project."),
                                               error);
            } else {
                errorBanner()->showActionError(tr("The conversation was not started."), error);
            }
        });
}

} // namespace hexclave::ui
