#include "SendResultView.h"

#include "dialogs/DialogParts.h"
#include "emails/SendRecipientsModel.h"
#include "widgets/PaletteColors.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

using models::SendRecipientsModel;

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

} // namespace

QTableView *sendRecipientsTable(SendRecipientsModel *model, QWidget *parent)
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

SendResultView::SendResultView(SendRecipientsModel *results, QWidget *parent)
    : QWidget(parent)
    , m_headline(headline(this))
    , m_summary(explanationLabel(QString(), this))
    , m_outboxLink(new QLabel(this))
    , m_resultsView(sendRecipientsTable(results, this))
{
    m_headline->setTextFormat(Qt::PlainText);
    m_outboxLink->setTextFormat(Qt::RichText);
    m_outboxLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_outboxLink->setText(QStringLiteral("<a href=\"outbox\">") + tr("Follow them in the Outbox").toHtmlEscaped() + QStringLiteral("</a>"));
    connect(m_outboxLink, &QLabel::linkActivated, this, [this] {
        // Once: a second activation before the dialog is gone must not open the Outbox again.
        if (m_outboxRequested)
            return;
        m_outboxRequested = true;
        Q_EMIT outboxRequested();
    });
    m_resultsView->setAccessibleName(tr("Recipients and the server's answer"));
    m_resultsView->setItemDelegate(new MissingRecipientDelegate(m_resultsView));
    m_resultsView->horizontalHeader()->resizeSection(SendRecipientsModel::UserColumn, 180);
    m_resultsView->horizontalHeader()->resizeSection(SendRecipientsModel::EmailColumn, 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addWidget(m_outboxLink);
    layout->addWidget(m_resultsView, 1);
}

void SendResultView::showAnswer(const QString &headline, const QStringList &lines, const QString &tail,
                                bool outboxLinkShown)
{
    m_headline->setText(headline);
    m_lines = lines;
    m_tail = tail;
    m_scheduleNote.clear();
    m_outboxLink->setVisible(outboxLinkShown);
    renderSummary();
}

void SendResultView::setHeadline(const QString &headline)
{
    m_headline->setText(headline);
}

void SendResultView::setScheduleNote(const QString &note)
{
    m_scheduleNote = note;
    renderSummary();
}

void SendResultView::renderSummary()
{
    QStringList lines = m_lines;
    if (!m_scheduleNote.isEmpty())
        lines << m_scheduleNote;
    lines << m_tail;
    m_summary->setText(lines.join(u'\n'));
}

} // namespace hexclave::ui
