#include "PaymentProviderNotice.h"

#include "endpoints/PaymentsEndpoints.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hexclave::ui {

PaymentProviderNotice::PaymentProviderNotice(const ProjectContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentProviderNotice"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

QString PaymentProviderNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void PaymentProviderNotice::check()
{
    api::ApiClient *client = m_context.client();
    if (!client)
        return;
    m_state = State::Checking;
    const int generation = ++m_generation;
    auto *job = client->send(api::payments::providerAccount(m_context.scope()));
    connect(job, &api::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->succeeded()) {
            const api::ApiError &error = job->error();
            if (error.is(u"STRIPE_ACCOUNT_INFO_NOT_FOUND"))
                showState(State::NotConnected,
                          tr("No payment provider is connected: customers cannot buy yet. Products, items, customers "
                             "and the ledger still work; connect Stripe in the web dashboard (Payments → Settings)."));
            else
                showState(State::CheckFailed,
                          tr("Whether a payment provider is connected could not be checked (%1).")
                              .arg(error.technicalSummary().isEmpty() ? error.userMessage() : error.technicalSummary()));
            Q_EMIT checked();
            return;
        }
        const api::PaymentProviderAccount account = job->value();
        QStringList missing;
        if (!account.detailsSubmitted)
            missing << tr("the account's business details are not submitted");
        if (!account.chargesEnabled)
            missing << tr("charges are not enabled");
        if (missing.isEmpty())
            showState(State::Ready, {});
        else
            showState(State::Incomplete,
                      tr("The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web "
                         "dashboard (Payments → Settings); until then customers cannot buy.")
                          .arg(missing.join(tr("; "))));
        Q_EMIT checked();
    });
}

void PaymentProviderNotice::showState(State state, const QString &text)
{
    m_state = state;
    m_text->setText(text);
    setVisible(!text.isEmpty());
    applyColors();
}

void PaymentProviderNotice::applyColors()
{
    const QPalette base = QApplication::palette();
    QPalette palette = base;
    const bool quiet = m_state == State::CheckFailed;
    // A failed check is a footnote; a missing provider is worth a tinted strip.
    if (quiet) {
        palette.setColor(QPalette::WindowText, base.color(QPalette::PlaceholderText));
    } else {
        const QColor accent = m_state == State::Incomplete ? QColor(217, 119, 6) : base.color(QPalette::Highlight);
        palette.setColor(QPalette::Window, tintedWindow(base, accent));
    }
    m_applyingColors = true;
    setPalette(palette);
    setAutoFillBackground(!quiet);
    setFrameShape(quiet ? QFrame::NoFrame : QFrame::StyledPanel);
    m_icon->setVisible(!quiet);
    setIconPixmap(m_icon,
                  themedIcon(m_state == State::Incomplete ? QStringLiteral("warning") : QStringLiteral("payments")), 20);
    QFont font = m_text->font();
    font.setPointSizeF(QApplication::font().pointSizeF() * (quiet ? 0.9 : 1.0));
    m_text->setFont(font);
    m_applyingColors = false;
}

void PaymentProviderNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QFrame::changeEvent(event);
}

} // namespace hexclave::ui
