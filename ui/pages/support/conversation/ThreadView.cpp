#include "ThreadView.h"

#include "support/ConversationLabels.h"
#include "support/ThreadModel.h"
#include "widgets/PaletteColors.h"

#include <algorithm>

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hexclave::ui {

namespace {

using Kind = api::ConversationMessage::Kind;

QColor mixed(const QColor &base, const QColor &accent, qreal amount)
{
    return QColor::fromRgbF(base.redF() * (1 - amount) + accent.redF() * amount,
                            base.greenF() * (1 - amount) + accent.greenF() * amount,
                            base.blueF() * (1 - amount) + accent.blueF() * amount);
}

QString messageTime(qint64 millis)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(millis).toLocalTime();
    const QLocale locale;
    // Minutes are enough in a thread; some locales' short format still has seconds.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), timeFormat);
    return locale.toString(at.date(), QLocale::ShortFormat) + u' ' + locale.toString(at.time(), timeFormat);
}

QString bodyHtml(const QString &body)
{
    // pre-wrap keeps the customer's line breaks and runs of spaces; the browser wraps long lines.
    return u"<p style=\"margin:0; white-space:pre-wrap\">"_s + body.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

ThreadView::ThreadView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::ThreadModel(this))
    , m_browser(new QTextBrowser(this))
    , m_newMessages(new QPushButton(tr("New messages ↓"), m_browser))
    , m_earlier(new QPushButton(this))
{
    m_earlier->setFlat(true);
    m_earlier->setCursor(Qt::PointingHandCursor);
    m_earlier->setToolTip(tr("Only the messages shown are in the text: Select All and Copy take those."));
    m_earlier->hide();
    connect(m_earlier, &QPushButton::clicked, this, &ThreadView::showEarlierMessages);

    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setAccessibleName(tr("Conversation messages"));
    m_browser->setFocusPolicy(Qt::StrongFocus);
    m_browser->viewport()->installEventFilter(this);

    m_newMessages->setAccessibleName(tr("Scroll to the new messages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QPushButton::clicked, this, &ThreadView::scrollToBottom);
    // Follows the end while the person is there: the text grows, or the view gets narrower.
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_rendering)
            return;
        m_followsEnd = isAtBottom();
        if (m_followsEnd)
            m_newMessages->hide();
    });
    connect(m_browser->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (!m_rendering && m_followsEnd)
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
    });

    const auto changed = [this] {
        m_modelChanged = true;
        m_onlyAppended = false;
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        m_modelChanged = true;
        m_onlyAppended = m_onlyAppended && last == m_model->rowCount() - 1;
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_earlier);
    layout->addWidget(m_browser);
}

void ThreadView::setMessages(const QList<api::ConversationMessage> &messages, bool scrollToEnd)
{
    const bool wasAtBottom = m_followsEnd || isAtBottom();
    const int oldRows = m_model->rowCount();
    const int oldValue = m_browser->verticalScrollBar()->value();
    QTextCursor selection = m_browser->textCursor();
    const int anchor = selection.anchor();
    const int position = selection.position();

    m_modelChanged = false;
    m_onlyAppended = true;
    m_model->setMessages(messages);
    if (!m_modelChanged && !scrollToEnd)
        return;

    if (m_modelChanged) {
        if (m_onlyAppended && m_renderedRows > 0 && m_renderedOn == QDate::currentDate())
            renderFrom(m_renderedRows);
        else
            render();
    }
    // Text only grows at the end on a refresh, so the old selection still points at the same words.
    const int length = m_browser->document()->characterCount() - 1;
    if (anchor != position && anchor <= length && position <= length) {
        selection.setPosition(anchor);
        selection.setPosition(position, QTextCursor::KeepAnchor);
        m_browser->setTextCursor(selection);
    }
    if (scrollToEnd || wasAtBottom) {
        scrollToBottom();
        return;
    }
    m_browser->verticalScrollBar()->setValue(oldValue);
    m_followsEnd = isAtBottom();
    if (m_model->rowCount() > oldRows && !m_followsEnd) {
        m_newMessages->show();
        placeNewMessagesButton();
    }
}

void ThreadView::clear()
{
    m_model->clear();
    m_rendering = true;
    m_browser->clear();
    m_renderedRows = 0;
    m_firstShown = 0;
    m_firstShownId.clear();
    m_rendering = false;
    m_followsEnd = true;
    m_newMessages->hide();
    updateEarlierButton();
}

void ThreadView::showEarlierMessages()
{
    if (m_firstShown <= 0 || m_renderedRows == 0)
        return;
    const int first = std::max(0, m_firstShown - kEarlierBatch);
    QString html;
    html.reserve((m_firstShown - first) * 400);
    for (int row = first; row < m_firstShown; ++row)
        html += messageHtml(row);

    QScrollBar *bar = m_browser->verticalScrollBar();
    QTextDocument *document = m_browser->document();
    const qreal oldHeight = document->size().height();
    const int oldValue = bar->value();
    m_rendering = true;
    QTextCursor start(document);
    // The document starts with an empty paragraph before the first table: the batch goes in
    // front of it, the same as one document built from `first` on.
    start.insertHtml(html);
    document->size();
    m_firstShown = first;
    m_firstShownId = m_model->messages().at(first).id;
    updateEarlierButton();
    bar->setValue(oldValue + qRound(document->size().height() - oldHeight));
    m_rendering = false;
    m_followsEnd = isAtBottom();
}

void ThreadView::updateEarlierButton()
{
    m_earlier->setText(tr("Show %n earlier message(s)", nullptr, m_firstShown));
    m_earlier->setAccessibleName(m_earlier->text());
    m_earlier->setVisible(m_firstShown > 0 && m_renderedRows > 0);
}

bool ThreadView::isAtBottom() const
{
    const QScrollBar *bar = m_browser->verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ThreadView::scrollToBottom()
{
    // Lay the whole document out first, so that the range is final.
    m_browser->document()->size();
    m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
    m_followsEnd = true;
    m_newMessages->hide();
}

void ThreadView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        const bool followsEnd = m_followsEnd;
        const int value = m_browser->verticalScrollBar()->value();
        render();
        if (followsEnd)
            scrollToBottom();
        else
            m_browser->verticalScrollBar()->setValue(value);
    }
}

bool ThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        placeNewMessagesButton();
    return QWidget::eventFilter(watched, event);
}

void ThreadView::placeNewMessagesButton()
{
    m_newMessages->adjustSize();
    const QRect area = m_browser->viewport()->geometry();
    m_newMessages->move(area.center().x() - m_newMessages->width() / 2,
                        area.bottom() - m_newMessages->height() - 8);
    m_newMessages->raise();
}

void ThreadView::render()
{
    const int rows = m_model->rowCount();
    m_firstShown = std::max(0, rows - kInitialMessages);
    if (!m_firstShownId.isEmpty()) {
        const QList<api::ConversationMessage> &messages = m_model->messages();
        const auto kept = std::find_if(messages.cbegin(), messages.cend(),
                                       [this](const api::ConversationMessage &message) { return message.id == m_firstShownId; });
        if (kept != messages.cend())
            m_firstShown = std::min(m_firstShown, int(kept - messages.cbegin()));
    }
    QString html;
    html.reserve((rows - m_firstShown) * 400);
    for (int row = m_firstShown; row < rows; ++row)
        html += messageHtml(row);
    // While the text is replaced the scroll bar passes through 0: that is not the person scrolling.
    m_rendering = true;
    m_browser->setHtml(html);
    m_browser->document()->size(); // the whole layout now, not lazily while scrolling
    m_renderedRows = rows;
    m_renderedOn = QDate::currentDate();
    m_rendering = false;
    updateEarlierButton();
}

void ThreadView::renderFrom(int first)
{
    QString html;
    for (int row = first; row < m_model->rowCount(); ++row)
        html += messageHtml(row);
    m_rendering = true;
    QTextCursor end(m_browser->document());
    end.movePosition(QTextCursor::End);
    // Inserted HTML continues the last paragraph (a spacer or a status change) with its first
    // paragraph, in the last one's format; a table starts below it by itself.
    if (m_model->messages().at(first).kind() == Kind::StatusChange) {
        QTextDocument firstParagraph;
        firstParagraph.setHtml(messageHtml(first));
        end.insertBlock(firstParagraph.firstBlock().blockFormat(), firstParagraph.firstBlock().charFormat());
    }
    end.insertHtml(html);
    m_browser->document()->size();
    m_renderedRows = m_model->rowCount();
    m_rendering = false;
}

QString ThreadView::messageHtml(int row) const
{
    const api::ConversationMessage &message = m_model->messages().at(row);
    const QPalette &pal = palette();
    const bool dark = isDarkPalette(pal);
    const QColor base = pal.color(QPalette::Base);
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    const QString sender = models::ThreadModel::senderLabel(message).toHtmlEscaped();
    const QString time = messageTime(message.createdAtMillis).toHtmlEscaped();
    const QString spacer = u"<p style=\"margin:0; font-size:4pt\">&nbsp;</p>"_s;

    if (message.kind() == Kind::StatusChange) {
        return u"<p align=\"center\" style=\"margin-top:10px; margin-bottom:10px; color:%1\">%2 · %3</p>"_s.arg(
            muted, models::ThreadModel::statusChangeText(message).toHtmlEscaped(), time);
    }

    QColor background;
    QString align = u"left"_s;
    QString label;
    switch (message.kind()) {
    case Kind::CustomerMessage:
        background = mixed(base, pal.color(QPalette::Text), dark ? 0.10 : 0.06);
        label = tr("Customer");
        break;
    case Kind::AgentReply:
        background = mixed(base, QColor(59, 130, 246), dark ? 0.25 : 0.12);
        align = u"right"_s;
        label = tr("Reply");
        break;
    case Kind::InternalNote:
        background = mixed(base, QColor(234, 179, 8), dark ? 0.22 : 0.22);
        align = u"right"_s;
        label = models::internalNoteLabel();
        break;
    default:
        background = mixed(base, pal.color(QPalette::Text), 0.04);
        label = tr("System");
        break;
    }
    const QString border = message.kind() == Kind::InternalNote ? u"border-left: 3px solid #d97706;"_s : QString();
    return u"<table width=\"86%\" align=\"%1\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\" bgcolor=\"%2\" style=\"%3\">"
           "<tr><td><p style=\"margin:0 0 4px 0\"><b>%4</b> <span style=\"color:%5\">· %6 · %7</span></p>%8</td></tr></table>"_s
               .arg(align, background.name(), border, sender, muted, label.toHtmlEscaped(), time, bodyHtml(message.body))
        + spacer;
}

} // namespace hexclave::ui
