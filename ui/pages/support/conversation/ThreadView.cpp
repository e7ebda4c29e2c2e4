#include "ThreadView.h"

#include "support/ConversationLabels.h"
#include "support/ThreadModel.h"
#include "widgets/PaletteColors.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
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
{
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

    const auto changed = [this] { m_modelChanged = true; };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    m_model->setMessages(messages);
    if (!m_modelChanged && !scrollToEnd)
        return;

    render();
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
    m_rendering = false;
    m_followsEnd = true;
    m_newMessages->hide();
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
    QString html;
    html.reserve(m_model->rowCount() * 400);
    for (int row = 0; row < m_model->rowCount(); ++row)
        html += messageHtml(row);
    // While the text is replaced the scroll bar passes through 0: that is not the person scrolling.
    m_rendering = true;
    m_browser->setHtml(html);
    m_browser->document()->size(); // the whole layout now, not lazily while scrolling
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
