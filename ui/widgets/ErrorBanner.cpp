#include "ErrorBanner.h"

#include "PaletteColors.h"
#include "ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace hexclave::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy details"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setIconPixmap(m_icon, themedIcon(QStringLiteral("warning")), 22);
    m_icon->setAlignment(Qt::AlignTop);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // server text, perhaps an HTML error page
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_details->setFont(small);
    m_close->setFlat(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    m_copy->setAccessibleName(tr("Copy error details"));
    m_retryText = m_retry->text();
    m_retry->setAccessibleName(tr("Retry"));

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_message);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->addWidget(m_icon);
    layout->addLayout(text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ErrorBanner::tick);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_copyText); });
    applyColors();
    hide();
}

void ErrorBanner::showError(const api::ApiError &error, bool canRetry)
{
    m_isError = true;
    m_message->setText(error.userMessage());
    const QString summary = error.technicalSummary();
    m_details->setText(summary);
    m_details->setVisible(!summary.isEmpty());
    m_copyText = error.describe();
    m_copy->setVisible(!summary.isEmpty());
    m_retry->setVisible(canRetry && error.kind != api::ApiError::Kind::Cancelled);
    // A rate limit says when to come back: Retry waits until then.
    m_secondsUntilRetry = error.httpStatus == 429 ? std::max(0, error.retryAfterSeconds) : 0;
    tick();
    applyColors();
    show();
}

void ErrorBanner::showActionError(const QString &what, const api::ApiError &error, bool canRetry)
{
    showError(error, canRetry);
    m_message->setText(what + u' ' + error.userMessage());
}

void ErrorBanner::tick()
{
    if (m_secondsUntilRetry <= 0) {
        m_countdown->stop();
        m_retry->setEnabled(true);
        m_retry->setText(m_retryText);
        return;
    }
    m_retry->setEnabled(false);
    m_retry->setText(tr("Retry in %1 s").arg(m_secondsUntilRetry));
    --m_secondsUntilRetry;
    if (!m_countdown->isActive())
        m_countdown->start();
}

void ErrorBanner::showMessage(const QString &message)
{
    m_isError = false;
    m_message->setText(message);
    m_details->hide();
    m_copy->hide();
    m_retry->hide();
    applyColors();
    show();
}

void ErrorBanner::showProblem(const QString &message)
{
    m_isError = true;
    m_message->setText(message);
    m_details->hide();
    m_copy->hide();
    m_copyText.clear();
    m_secondsUntilRetry = 0;
    tick();
    m_retry->show();
    applyColors();
    show();
}

void ErrorBanner::setRetryText(const QString &text)
{
    m_retryText = text;
    m_retry->setText(text);
    m_retry->setAccessibleName(text);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QFrame::changeEvent(event);
}

void ErrorBanner::applyColors()
{
    // Tint the window colour towards red (or the highlight for information), so that the
    // banner stands out on light and dark palettes alike.
    const QPalette base = QApplication::palette();
    QPalette palette = base;
    palette.setColor(QPalette::Window,
                     tintedWindow(base, m_isError ? QColor(220, 38, 38) : base.color(QPalette::Highlight)));
    m_applyingColors = true;
    setPalette(palette);
    m_applyingColors = false;
}

} // namespace hexclave::ui
