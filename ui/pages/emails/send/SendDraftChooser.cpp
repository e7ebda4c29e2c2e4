#include "SendDraftChooser.h"

#include "TimeText.h"
#include "endpoints/EmailsEndpoints.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hexclave::ui {

SendDraftChooser::SendDraftChooser(const ProjectContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_fixedDraftLabel(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_message(new FieldMessage(m_choice, this))
    , m_retry(new QPushButton(tr("Load &again"), this))
{
    m_fixedDraftLabel->setTextFormat(Qt::PlainText);
    m_fixedDraftLabel->setAccessibleName(tr("Draft"));
    QFont bold = m_fixedDraftLabel->font();
    bold.setBold(true);
    m_fixedDraftLabel->setFont(bold);
    m_fixedDraftLabel->hide();
    m_choice->setAccessibleName(tr("Draft"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(24);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &SendDraftChooser::loadDrafts);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_choice->currentIndex() >= 0 && m_message->isShowingError())
            m_message->clear();
        Q_EMIT changed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fixedDraftLabel, 1);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_retry);
}

void SendDraftChooser::setFixedDraft(const api::EmailDraft &draft)
{
    m_fixedDraft = draft;
    m_fixedDraftLabel->setText(draft.displayName.isEmpty() ? draft.id : draft.displayName);
    m_fixedDraftLabel->show();
    m_choice->hide();
    m_retry->hide();
    m_message->clear();
    Q_EMIT changed();
}

std::optional<api::EmailDraft> SendDraftChooser::draft() const
{
    if (m_fixedDraft)
        return m_fixedDraft;
    const int index = m_choice->currentIndex();
    if (m_choice->isHidden() || index < 0 || index >= m_drafts.size())
        return std::nullopt;
    return m_drafts.at(index);
}

void SendDraftChooser::loadDrafts()
{
    if (m_fixedDraft || m_loading)
        return;
    m_retry->hide();
    m_message->clear();
    if (m_context.isValid() && m_context.credentialKind() == api::CredentialKind::ServerKey) {
        m_choice->setEnabled(false);
        m_choice->setPlaceholderText(tr("No drafts available"));
        m_message->showError(tr("Drafts need admin access: connect with an admin key or a dashboard account to "
                                "choose one."));
        return;
    }
    api::ApiClient *client = m_context.client();
    if (!client) {
        m_message->showError(tr("The connection to the server was closed. Connect again and retry."));
        return;
    }
    m_loading = true;
    m_choice->clear();
    m_choice->setEnabled(false);
    m_choice->setPlaceholderText(tr("Loading drafts…"));
    auto *job = client->send(api::emails::drafts(m_context.scope()));
    connect(job, &api::ApiJob::finished, this, [this, job] {
        m_loading = false;
        if (m_fixedDraft)
            return;
        if (job->succeeded()) {
            showDrafts(job->takeValue().drafts);
            return;
        }
        m_choice->setPlaceholderText(tr("No drafts loaded"));
        m_message->showError(tr("The drafts could not be loaded. %1").arg(job->error().userMessage()));
        m_retry->show();
        Q_EMIT changed();
    });
}

void SendDraftChooser::showDrafts(const QList<api::EmailDraft> &drafts)
{
    m_drafts = drafts;
    m_choice->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const api::EmailDraft &each : drafts) {
        const QString name = each.displayName.isEmpty() ? each.id : each.displayName;
        m_choice->addItem(each.sentAtMillis ? tr("%1 (sent %2)").arg(name, models::relativeTime(*each.sentAtMillis, now))
                                            : name,
                          each.id);
    }
    m_choice->setEnabled(!drafts.isEmpty());
    if (drafts.isEmpty()) {
        m_choice->setPlaceholderText(tr("No drafts"));
        m_message->showHint(tr("This project has no drafts yet: write one on the Drafts tab of the Emails page."));
    } else {
        m_choice->setPlaceholderText(tr("Choose a draft…"));
        m_choice->setCurrentIndex(drafts.size() == 1 ? 0 : -1);
    }
    Q_EMIT changed();
}

} // namespace hexclave::ui
