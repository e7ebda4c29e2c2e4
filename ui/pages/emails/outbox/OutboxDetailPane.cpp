#include "OutboxDetailPane.h"

#include "OutboxStatusStyle.h"
#include "TimeText.h"
#include "emails/OutboxModel.h"
#include "widgets/EmailPreview.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

using models::OutboxModel;

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *readOnlyText(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(name);
    return view;
}

// "Tuesday, November 24, 2026 10:26 AM (3 hours ago)"
QString momentText(qint64 millis)
{
    return QCoreApplication::translate("hexclave::ui::OutboxDetailPane", "%1 (%2)")
        .arg(models::absoluteTime(millis), models::relativeTime(millis, QDateTime::currentMSecsSinceEpoch()));
}

} // namespace

OutboxDetailPane::OutboxDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select an email to see what happened to it."), this))
    , m_body(new QSplitter(Qt::Vertical, this))
    , m_scroll(new QScrollArea(m_body))
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_problem(valueLabel(nullptr))
    , m_id(new QLineEdit)
    , m_copyId(new QToolButton)
    , m_recipient(valueLabel(nullptr))
    , m_created(valueLabel(nullptr))
    , m_scheduled(valueLabel(nullptr))
    , m_retries(valueLabel(nullptr))
    , m_attempts(valueLabel(nullptr))
    , m_origin(valueLabel(nullptr))
    , m_tabs(new QTabWidget(m_body))
    , m_preview(new EmailPreview(m_tabs))
    , m_text(readOnlyText(m_tabs, tr("Plain text")))
    , m_json(readOnlyText(m_tabs, tr("Email as JSON")))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("What went wrong"));

    m_id->setReadOnly(true);
    m_id->setAccessibleName(tr("Email ID"));
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyId->setIcon(themedIcon(QStringLiteral("copy")));
    m_copyId->setToolTip(tr("Copy the email ID"));
    m_copyId->setAccessibleName(tr("Copy the email ID"));
    connect(m_copyId, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_id->text()); });

    auto *content = new QWidget(m_scroll);
    auto *idRow = new QHBoxLayout;
    idRow->setContentsMargins(0, 0, 0, 0);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("To"), m_recipient);
    form->addRow(tr("Created"), m_created);
    form->addRow(tr("Scheduled for"), m_scheduled);
    form->addRow(tr("Retries"), m_retries);
    form->addRow(tr("Failed attempts"), m_attempts);
    form->addRow(tr("Made by"), m_origin);
    form->addRow(tr("ID"), idRow);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_problem);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_text, tr("Plain &text"));
    m_tabs->addTab(m_json, tr("&JSON"));
    m_tabs->setDocumentMode(true);

    auto *splitter = static_cast<QSplitter *>(m_body);
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Until the divider is dragged, the fields get the room each email needs.
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMovedByUser = true; });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    setMinimumWidth(300);
    applyColors();
    clear();
}

void OutboxDetailPane::clear()
{
    m_email.reset();
    m_body->hide();
    m_placeholder->show();
    m_preview->clear();
    m_text->clear();
    m_json->clear();
}

void OutboxDetailPane::setEmail(const api::OutboxEmail &email, const QString &recipientName)
{
    const bool sameEmail = m_email && m_email->id == email.id;
    m_email = email;
    m_placeholder->hide();
    m_body->show();

    const bool inProgress = OutboxModel::simpleStatusOf(email.status) == u"in-progress";
    m_title->setText(!email.subject.isEmpty() ? email.subject
                     : inProgress             ? tr("(no subject yet: not rendered)")
                                              : tr("(no subject: never rendered)"));
    QString status = OutboxModel::statusText(email.status);
    if (email.statusAtMillis) {
        // Still moving: "Paused since …"; done: "Sent on …".
        status = inProgress ? tr("%1 since %2").arg(status, momentText(*email.statusAtMillis))
                        : tr("%1 on %2").arg(status, momentText(*email.statusAtMillis));
    }
    m_status->setText(status);
    m_status->setToolTip(OutboxModel::statusDescription(email.status));

    QStringList problems;
    if (!email.renderError.isEmpty())
        problems << tr("The template could not be rendered: %1").arg(email.renderError);
    if (!email.serverError.isEmpty())
        problems << tr("The email server failed: %1").arg(email.serverError);
    if (email.status == u"skipped" || !email.skippedReason.isEmpty()) {
        QString skipped = tr("Not sent: %1.").arg(OutboxModel::skippedReasonText(email.skippedReason));
        if (!email.skippedDetailsJson.isEmpty())
            skipped += u'\n' + email.skippedDetailsJson;
        problems << skipped;
    }
    if (problems.isEmpty())
        problems << OutboxModel::statusDescription(email.status);
    m_problem->setText(problems.join(u'\n'));
    m_problem->setProperty("isProblem", !email.renderError.isEmpty() || !email.serverError.isEmpty());

    setRecipientName(recipientName);
    m_created->setText(momentText(email.createdAtMillis));
    m_scheduled->setText(email.scheduledAtMillis ? momentText(*email.scheduledAtMillis) : tr("As soon as possible"));

    QString retries = email.sendRetries == 0 ? tr("None") : tr("Retried %n time(s)", nullptr, email.sendRetries);
    if (email.nextRetryAtMillis)
        retries += u"; " + tr("next try %1").arg(momentText(*email.nextRetryAtMillis));
    m_retries->setText(retries);
    QStringList attempts;
    for (const api::OutboxEmail::AttemptError &attempt : email.attemptErrors) {
        QString line = tr("Attempt %1").arg(attempt.attemptNumber);
        if (attempt.atMillis)
            line += u' ' + tr("at %1").arg(models::absoluteTime(*attempt.atMillis));
        line += u": ";
        QStringList messages;
        if (!attempt.externalMessage.isEmpty())
            messages << tr("the email server said “%1”").arg(attempt.externalMessage);
        if (!attempt.internalMessage.isEmpty())
            messages << attempt.internalMessage;
        line += messages.isEmpty() ? tr("no message") : messages.join(QStringLiteral(" — "));
        attempts << line;
    }
    m_attempts->setText(attempts.isEmpty() ? tr("None") : attempts.join(u'\n'));

    QStringList origin;
    if (email.createdWith == u"draft")
        origin << tr("Sent from a draft");
    else if (email.createdWith == u"programmatic-call")
        origin << tr("Sent through the API");
    else if (!email.createdWith.isEmpty())
        origin << email.createdWith;
    if (email.isTransactional)
        origin << tr("transactional");
    if (email.isHighPriority)
        origin << tr("high priority");
    m_origin->setText(origin.isEmpty() ? tr("Unknown") : origin.join(QStringLiteral(", ")));
    m_id->setText(email.id);
    m_id->setCursorPosition(0);

    if (!email.html.isEmpty())
        m_preview->showHtml(email.html, email.subject);
    else if (!email.renderError.isEmpty())
        m_preview->showError(tr("This email could not be rendered"), email.renderError);
    else if (!email.text.isEmpty())
        m_preview->showError(tr("This email has no HTML body"), tr("See its plain text."));
    else
        m_preview->showBusy(inProgress ? tr("Not rendered yet.") : tr("This email was never rendered."));
    m_text->setPlainText(email.text.isEmpty() ? tr("(no plain-text body)") : email.text);
    m_json->setPlainText(email.prettyJson());
    if (!sameEmail && m_tabs->currentWidget() != m_json && email.html.isEmpty() && !email.text.isEmpty())
        m_tabs->setCurrentWidget(m_text);
    applyColors();
    fitFields();
}

void OutboxDetailPane::setRecipientName(const QString &recipientName)
{
    if (!m_email)
        return;
    const api::OutboxEmail &email = *m_email;
    QStringList to;
    if (!email.recipientUserId.isEmpty()) {
        to << (recipientName.isEmpty() ? tr("User %1").arg(email.recipientUserId)
                                       : tr("%1 (user %2)").arg(recipientName, email.recipientUserId));
        if (email.recipientKind == u"user-primary-email")
            to << tr("at their primary email address");
    }
    if (!email.recipientEmails.isEmpty())
        to << email.recipientEmails.join(QStringLiteral(", "));
    m_recipient->setText(to.isEmpty() ? tr("(no recipient)") : to.join(u' '));
}

void OutboxDetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitFields();
}

void OutboxDetailPane::fitFields()
{
    if (m_splitterMovedByUser || !m_email || !m_body->isVisible() || m_body->height() < 200)
        return;
    QWidget *fieldsWidget = m_scroll->widget();
    fieldsWidget->adjustSize();
    const int width = m_scroll->viewport()->width();
    const int needed = fieldsWidget->hasHeightForWidth() ? fieldsWidget->heightForWidth(width)
                                                         : fieldsWidget->sizeHint().height();
    const int total = m_body->height();
    const int fields = std::min(needed + 4, total * 55 / 100);
    static_cast<QSplitter *>(m_body)->setSizes({fields, total - fields});
}

QString OutboxDetailPane::shownText() const
{
    if (!m_email)
        return m_placeholder->text();
    QStringList lines{m_title->text(), m_status->text(), m_problem->text(), m_recipient->text(), m_created->text(),
                      m_scheduled->text(), m_retries->text(), m_attempts->text(), m_origin->text(), m_id->text()};
    return lines.join(u'\n');
}

void OutboxDetailPane::applyColors()
{
    m_applyingColors = true;
    const QPalette base = QApplication::palette(this);
    QPalette statusPalette = base;
    const QString simple = m_email ? (m_email->simpleStatus.isEmpty() ? OutboxModel::simpleStatusOf(m_email->status)
                                                                      : m_email->simpleStatus)
                                   : QString();
    if (!simple.isEmpty())
        statusPalette.setColor(QPalette::WindowText, outboxStatusColor(base, simple));
    m_status->setPalette(statusPalette);
    QPalette problemPalette = base;
    if (m_problem->property("isProblem").toBool())
        problemPalette.setColor(QPalette::WindowText, errorTextColor(base));
    m_problem->setPalette(problemPalette);
    m_applyingColors = false;
}

void OutboxDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}

} // namespace hexclave::ui
