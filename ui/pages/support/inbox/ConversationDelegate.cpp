#include "ConversationDelegate.h"

#include "TimeText.h"
#include "support/ConversationLabels.h"
#include "support/ConversationsModel.h"
#include "support/SlaUrgency.h"
#include "widgets/PaletteColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace hexclave::ui {

namespace {

constexpr int margin = 8;
constexpr int lineGap = 2;
constexpr int dotSize = 8;

QColor amber(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(251, 191, 36) : QColor(161, 98, 7);
}

QColor secondaryText(const QPalette &palette, bool selected)
{
    if (selected)
        return palette.color(QPalette::HighlightedText);
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.68f);
    return color;
}

QString customerText(const api::ConversationSummary &summary)
{
    const QString &name = summary.userDisplayName;
    const QString &email = summary.userPrimaryEmail;
    if (!name.isEmpty() && !email.isEmpty())
        return QCoreApplication::translate("hexclave::ui::ConversationDelegate", "%1 <%2>").arg(name, email);
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    if (summary.userId.isEmpty())
        return QCoreApplication::translate("hexclave::ui::ConversationDelegate", "No customer");
    return QCoreApplication::translate("hexclave::ui::ConversationDelegate", "Deleted user");
}

} // namespace

QColor slaColor(const QPalette &palette, models::SlaUrgency urgency)
{
    switch (urgency) {
    case models::SlaUrgency::Overdue:
        return errorTextColor(palette);
    case models::SlaUrgency::Urgent:
    case models::SlaUrgency::Warning:
        return amber(palette);
    case models::SlaUrgency::None:
    case models::SlaUrgency::Ok:
        break;
    }
    return secondaryText(palette, false);
}

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

qint64 ConversationDelegate::now() const
{
    return m_nowForTesting ? m_nowForTesting : QDateTime::currentMSecsSinceEpoch();
}

ConversationDelegate::RowTexts ConversationDelegate::rowTexts(const QModelIndex &index) const
{
    const auto summary = index.data(models::ConversationsModel::SummaryRole).value<api::ConversationSummary>();
    const qint64 nowMillis = now();
    RowTexts texts;
    texts.subject = summary.subject.isEmpty() ? tr("(no subject)") : summary.subject;
    texts.customer = customerText(summary);
    texts.preview = summary.preview.simplified();
    if (summary.lastMessageType == QLatin1String("internal-note") && !texts.preview.isEmpty())
        texts.preview = tr("Note: %1").arg(texts.preview);
    if (summary.lastActivityAtMillis > 0) {
        texts.time = models::relativeTime(summary.lastActivityAtMillis, nowMillis);
        texts.exactTime = models::absoluteTime(summary.lastActivityAtMillis);
    }
    const models::SlaDue due = models::slaDueOf(summary, nowMillis);
    if (due.dueAtMillis) {
        texts.due = models::slaDueShortText(*due.dueAtMillis, nowMillis);
        texts.dueDetail = tr("Response %1 (%2)")
                              .arg(models::slaDueText(*due.dueAtMillis, nowMillis), models::absoluteTime(*due.dueAtMillis));
    }
    if (summary.priority == QLatin1String("high") || summary.priority == QLatin1String("urgent"))
        texts.priority = models::conversationPriorityLabel(summary.priority);
    const api::ConversationMetadata &metadata = summary.metadata;
    if (!metadata.assignedToUserId.isEmpty()) {
        texts.assignee = metadata.assignedToDisplayName.isEmpty() ? metadata.assignedToUserId
                                                                  : metadata.assignedToDisplayName;
    }
    QStringList tags;
    for (const QString &tag : metadata.tags)
        tags.append(QLatin1Char('#') + tag);
    texts.tags = tags.join(QLatin1Char(' '));
    if (m_hasDraft && m_hasDraft(summary.conversationId))
        texts.draft = tr("✎ Draft");
    return texts;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 40, 4 * metrics.height() + 3 * lineGap + 2 * margin};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const RowTexts texts = rowTexts(index);
    const auto summary = index.data(models::ConversationsModel::SummaryRole).value<api::ConversationSummary>();
    const bool unread = index.data(models::ConversationsModel::UnreadRole).toBool();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = opt.palette;
    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor secondary = secondaryText(palette, selected);

    painter->save();
    // A hairline between rows.
    QColor separator = palette.color(QPalette::Text);
    separator.setAlphaF(0.12f);
    painter->setPen(separator);
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.height();
    const QRect area = opt.rect.adjusted(margin + dotSize + 6, margin, -margin, -margin);
    QRect line(area.left(), area.top(), area.width(), lineHeight);

    // Line 1: unread dot, subject, time of the last activity.
    QFont subjectFont = opt.font;
    subjectFont.setBold(unread);
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight));
        const int dotTop = line.top() + (lineHeight - dotSize) / 2;
        painter->drawEllipse(QRect(opt.rect.left() + margin, dotTop, dotSize, dotSize));
    }
    painter->setFont(opt.font);
    const int timeWidth = metrics.horizontalAdvance(texts.time);
    painter->setPen(secondary);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, texts.time);
    painter->setFont(subjectFont);
    painter->setPen(text);
    const QRect subjectRect = line.adjusted(0, 0, -(timeWidth + margin), 0);
    painter->drawText(subjectRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(subjectFont).elidedText(texts.subject, Qt::ElideRight, subjectRect.width()));

    // Line 2: customer, SLA due.
    line.translate(0, lineHeight + lineGap);
    painter->setFont(opt.font);
    int dueWidth = 0;
    if (!texts.due.isEmpty()) {
        const models::SlaDue due = models::slaDueOf(summary, now());
        QFont dueFont = opt.font;
        dueFont.setBold(due.urgency == models::SlaUrgency::Overdue || due.urgency == models::SlaUrgency::Urgent);
        painter->setFont(dueFont);
        painter->setPen(selected ? text : slaColor(palette, due.urgency));
        dueWidth = QFontMetrics(dueFont).horizontalAdvance(texts.due);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, texts.due);
        painter->setFont(opt.font);
    }
    painter->setPen(secondary);
    const QRect customerRect = line.adjusted(0, 0, -(dueWidth + (dueWidth ? margin : 0)), 0);
    painter->drawText(customerRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(texts.customer, Qt::ElideRight, customerRect.width()));

    // Line 3: preview, one line.
    line.translate(0, lineHeight + lineGap);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(texts.preview, Qt::ElideRight, line.width()));

    // Line 4: priority (high and urgent only), assignee, tags; the draft marker on the right.
    line.translate(0, lineHeight + lineGap);
    int draftWidth = 0;
    if (!texts.draft.isEmpty()) {
        QFont draftFont = opt.font;
        draftFont.setBold(true);
        painter->setFont(draftFont);
        painter->setPen(selected ? text : amber(palette));
        draftWidth = QFontMetrics(draftFont).horizontalAdvance(texts.draft) + margin;
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, texts.draft);
        painter->setFont(opt.font);
    }
    int x = line.left();
    if (!texts.priority.isEmpty()) {
        QFont priorityFont = opt.font;
        priorityFont.setBold(true);
        painter->setFont(priorityFont);
        const bool isUrgent = summary.priority == QLatin1String("urgent");
        painter->setPen(selected ? text : (isUrgent ? errorTextColor(palette) : amber(palette)));
        const QString label = isUrgent ? tr("▲▲ %1").arg(texts.priority) : tr("▲ %1").arg(texts.priority);
        painter->drawText(QRect(x, line.top(), line.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += QFontMetrics(priorityFont).horizontalAdvance(label) + margin;
        painter->setFont(opt.font);
    }
    painter->setPen(secondary);
    QString rest = texts.assignee.isEmpty() ? tr("Unassigned") : tr("→ %1").arg(texts.assignee);
    if (!texts.tags.isEmpty())
        rest += QStringLiteral("   ") + texts.tags;
    const QRect restRect(x, line.top(), std::max(0, line.right() - draftWidth - x), lineHeight);
    painter->drawText(restRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(rest, Qt::ElideRight, restRect.width()));
    painter->restore();
}

bool ConversationDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const RowTexts texts = rowTexts(index);
    QStringList lines{texts.subject, texts.customer};
    if (!texts.exactTime.isEmpty())
        lines.append(tr("Last activity: %1").arg(texts.exactTime));
    if (!texts.dueDetail.isEmpty())
        lines.append(texts.dueDetail);
    if (!texts.draft.isEmpty())
        lines.append(tr("You have an unsent draft in this conversation"));
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace hexclave::ui
