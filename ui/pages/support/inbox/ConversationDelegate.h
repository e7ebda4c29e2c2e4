#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

#include <functional>

namespace hexclave::models {
enum class SlaUrgency;
}

namespace hexclave::ui {

// Colour of an SLA due text on the palette: overdue red, urgent and warning amber, else the
// secondary text colour.
QColor slaColor(const QPalette &palette, models::SlaUrgency urgency);

// One conversation of the inbox in four lines: subject (bold with a dot when unread) and the time
// of its last activity; the customer and the SLA due; the preview; priority, assignee and tags,
// with a "Draft" marker on the right when a reply or note draft is saved for it.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Which conversations have a saved reply or note draft (none without a lookup).
    void setDraftLookup(std::function<bool(const QString &conversationId)> hasDraft) { m_hasDraft = std::move(hasDraft); }

    // Tests: a fixed "now" for relative times and SLA texts (0: the clock).
    void setNowForTesting(qint64 nowMillis) { m_nowForTesting = nowMillis; }

    // The texts a row shows, for tooltips, accessibility and tests.
    struct RowTexts
    {
        QString subject;
        QString customer;
        QString preview;
        QString time;
        QString exactTime;
        QString due;
        QString dueDetail;
        QString priority; // empty for low and normal
        QString assignee;
        QString tags;
        QString draft; // "✎ Draft" when a draft is saved, else empty
    };
    RowTexts rowTexts(const QModelIndex &index) const;

private:
    qint64 now() const;

    qint64 m_nowForTesting = 0;
    std::function<bool(const QString &conversationId)> m_hasDraft;
};

} // namespace hexclave::ui
