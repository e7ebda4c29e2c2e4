#include "ConversationFacts.h"

#include "TimeText.h"
#include "pages/support/inbox/ConversationDelegate.h"
#include "support/ConversationLabels.h"
#include "support/SlaUrgency.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

QLabel *textLine(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names and subjects come from customers
    return label;
}

} // namespace

ConversationFacts::ConversationFacts(QWidget *parent)
    : QWidget(parent)
    , m_subject(textLine(QStringLiteral("conversationSubject"), this))
    , m_customer(textLine(QStringLiteral("conversationCustomer"), this))
    , m_openUser(new QPushButton(tr("Open user page"), this))
    , m_origin(textLine(QStringLiteral("conversationOrigin"), this))
    , m_sla(textLine(QStringLiteral("conversationSla"), this))
    , m_clock(new QTimer(this))
{
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.3);
    m_subject->setFont(subjectFont);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openUser->setObjectName(QStringLiteral("openUserButton"));
    m_openUser->setFlat(true);
    m_openUser->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_openUser->font();
    linkFont.setUnderline(true);
    m_openUser->setFont(linkFont);
    m_openUser->setToolTip(tr("Show this user on the Users page"));
    showUserLinkColors();
    m_clock->setInterval(30'000);

    auto *customerRow = new QHBoxLayout;
    customerRow->setSpacing(6);
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_openUser);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_subject);
    layout->addLayout(customerRow);
    layout->addWidget(m_origin);
    layout->addWidget(m_sla);

    connect(m_openUser, &QPushButton::clicked, this, [this] {
        if (!m_summary.userId.isEmpty())
            Q_EMIT openUserRequested(m_summary.userId);
    });
    connect(m_clock, &QTimer::timeout, this, &ConversationFacts::showSla);
    clear();
}

void ConversationFacts::setConversation(const api::ConversationSummary &summary)
{
    m_summary = summary;
    m_shown = true;
    m_subject->setText(summary.subject.isEmpty() ? tr("(no subject)") : summary.subject);
    QString customer = summary.userDisplayName;
    if (!summary.userPrimaryEmail.isEmpty())
        customer = customer.isEmpty() ? summary.userPrimaryEmail : customer + u" · " + summary.userPrimaryEmail;
    if (customer.isEmpty())
        customer = summary.userId.isEmpty() ? tr("No user") : tr("Deleted or unknown user (%1)").arg(summary.userId);
    m_customer->setText(customer);
    m_openUser->setVisible(!summary.userId.isEmpty());
    m_openUser->setAccessibleName(tr("Open the user page of %1").arg(customer));

    QStringList origin;
    if (!summary.source.isEmpty())
        origin << tr("Source: %1").arg(models::conversationSourceLabel(summary.source));
    if (summary.createdAtMillis)
        origin << tr("opened %1").arg(models::relativeTime(*summary.createdAtMillis, QDateTime::currentMSecsSinceEpoch()));
    m_origin->setText(origin.join(QStringLiteral(" · ")));
    m_origin->setToolTip(summary.createdAtMillis ? tr("Opened %1").arg(models::absoluteTime(*summary.createdAtMillis)) : QString());
    m_origin->setVisible(!origin.isEmpty());
    m_subject->show();
    m_customer->show();
    showSla();
}

void ConversationFacts::clear()
{
    m_summary = {};
    m_shown = false;
    m_subject->hide();
    m_customer->hide();
    m_openUser->hide();
    m_origin->hide();
    m_sla->hide();
    m_clock->stop();
}

void ConversationFacts::showSla()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const models::SlaDue due = m_shown ? models::slaDueOf(m_summary, now) : models::SlaDue{};
    if (!due.dueAtMillis) {
        m_sla->hide();
        m_clock->stop();
        return;
    }
    const bool first = !m_summary.metadata.firstResponseAtMillis && m_summary.metadata.firstResponseDueAtMillis;
    const QString when = models::relativeTime(*due.dueAtMillis, now);
    const bool overdue = due.urgency == models::SlaUrgency::Overdue;
    if (overdue)
        m_sla->setText(first ? tr("First response overdue: it was due %1.").arg(when)
                             : tr("Response overdue: it was due %1.").arg(when));
    else
        m_sla->setText(first ? tr("First response due %1.").arg(when) : tr("Next response due %1.").arg(when));
    m_sla->setToolTip(tr("Due %1").arg(models::absoluteTime(*due.dueAtMillis)));
    // The inbox's colours: overdue red, close to the deadline amber.
    QPalette palette = m_sla->palette();
    palette.setColor(QPalette::WindowText, due.urgency == models::SlaUrgency::Ok ? QWidget::palette().color(QPalette::WindowText)
                                                                                  : slaColor(QWidget::palette(), due.urgency));
    m_sla->setPalette(palette);
    QFont font = m_sla->font();
    font.setBold(overdue || due.urgency == models::SlaUrgency::Urgent);
    m_sla->setFont(font);
    m_sla->show();
    if (!m_clock->isActive())
        m_clock->start();
}

void ConversationFacts::showUserLinkColors()
{
    // A flat button that reads as a link, in the palette's link colour (light and dark).
    QPalette palette = QWidget::palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    m_openUser->setPalette(palette);
}

void ConversationFacts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        showSla();
        showUserLinkColors();
    }
    QWidget::changeEvent(event);
}

} // namespace hexclave::ui
