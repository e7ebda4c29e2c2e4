#include "ImpersonateDialog.h"

#include "DialogParts.h"
#include "widgets/ErrorBanner.h"
#include "widgets/SecretClipboard.h"
#include "endpoints/SessionsEndpoints.h"
#include "widgets/ThemedIcon.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hexclave::ui {

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
static_assert(ImpersonateDialog::maxLifetimeMillis % dayMs == 0);

QPushButton *copyButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(themedIcon(QStringLiteral("copy")), ImpersonateDialog::tr("Copy"), parent);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

QLineEdit *tokenField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return field;
}

// How the web dashboard signs a browser in as the user: the SDK keeps the session's refresh
// token in the cookie "stack-refresh-<project id>".
QString browserSnippet(const QString &projectId, const QString &refreshToken, const QDateTime &expiry)
{
    const QString expires = QLocale::c().toString(expiry.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    return QStringLiteral("document.cookie = 'stack-refresh-%1=%2; expires=%3; path=/';\nwindow.location.reload();")
        .arg(projectId, refreshToken, expires);
}

QString describeLifetime(qint64 millis)
{
    if (millis % dayMs == 0)
        return ImpersonateDialog::tr("%n day(s)", nullptr, int(millis / dayMs));
    if (millis % hourMs == 0)
        return ImpersonateDialog::tr("%n hour(s)", nullptr, int(millis / hourMs));
    return ImpersonateDialog::tr("%n minute(s)", nullptr, int(millis / minuteMs));
}

} // namespace

ImpersonateDialog::ImpersonateDialog(const ProjectContext &context, const api::User &user, QWidget *parent)
    : RequestDialog(context, parent)
    , m_user(user)
    , m_fifteenMinutes(new QRadioButton(tr("&15 minutes"), this))
    , m_oneHour(new QRadioButton(tr("1 &hour"), this))
    , m_oneDay(new QRadioButton(tr("1 &day"), this))
    , m_custom(new QRadioButton(tr("C&ustom:"), this))
    , m_customAmount(new QSpinBox(this))
    , m_customUnit(new QComboBox(this))
    , m_expiry(new QLabel(this))
    , m_accessToken(tokenField(tr("Access token"), this))
    , m_refreshToken(tokenField(tr("Refresh token"), this))
    , m_snippet(new QPlainTextEdit(this))
    , m_copyAccess(copyButton(tr("Copy the access token"), this))
    , m_copyRefresh(copyButton(tr("Copy the refresh token"), this))
    , m_copySnippet(copyButton(tr("Copy the browser snippet"), this))
    , m_buttons(new QDialogButtonBox(this))
    , m_create(m_buttons->addButton(tr("&Create session"), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Impersonate %1").arg(user.label()));
    setMinimumWidth(600);
    // Two pages, one shown at a time (a QStackedWidget would be as tall as the taller one).
    m_choicePage = createChoicePage();
    m_tokensPage = createTokensPage();
    m_tokensPage->hide();
    m_create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addWidget(m_choicePage, 1);
    layout->addWidget(m_tokensPage, 1);
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setFormWidgets({m_fifteenMinutes, m_oneHour, m_oneDay, m_custom, m_customAmount, m_customUnit, m_create});
    connect(m_create, &QPushButton::clicked, this, &ImpersonateDialog::createSession);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImpersonateDialog::reject);
    connect(m_copyAccess, &QPushButton::clicked, this, [this] { secretClipboard::copy(m_accessToken->text()); });
    connect(m_copyRefresh, &QPushButton::clicked, this, [this] { secretClipboard::copy(m_refreshToken->text()); });
    connect(m_copySnippet, &QPushButton::clicked, this, [this] { secretClipboard::copy(m_snippet->toPlainText()); });
    setLifetime(Lifetime::OneHour);
}

ImpersonateDialog::~ImpersonateDialog()
{
    wipeTokens();
}

QWidget *ImpersonateDialog::createChoicePage()
{
    auto *page = new QWidget(this);
    auto *intro = explanationLabel(
        tr("Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens "
           "as this user. The session is marked as an impersonation in their session list, and ends by itself after "
           "the time you choose.")
            .arg(m_user.label()),
        page);

    auto *group = new QButtonGroup(page);
    for (QRadioButton *option : {m_fifteenMinutes, m_oneHour, m_oneDay, m_custom})
        group->addButton(option);
    m_customAmount->setMinimum(1);
    m_customAmount->setAccessibleName(tr("Custom lifetime"));
    m_customAmount->setToolTip(tr("At most %n day(s): the server allows no longer sessions.", nullptr,
                                  int(maxLifetimeMillis / dayMs)));
    m_customUnit->addItem(tr("minutes"), minuteMs);
    m_customUnit->addItem(tr("hours"), hourMs);
    m_customUnit->addItem(tr("days"), dayMs);
    m_customUnit->setCurrentIndex(1);
    m_customUnit->setAccessibleName(tr("Unit of the custom lifetime"));
    limitCustomAmount();
    m_customAmount->setValue(2);
    connect(m_custom, &QRadioButton::toggled, this, &ImpersonateDialog::updateCustomLifetime);
    connect(m_customUnit, &QComboBox::currentIndexChanged, this, &ImpersonateDialog::limitCustomAmount);

    auto *choices = new QGridLayout;
    choices->addWidget(m_fifteenMinutes, 0, 0, 1, 3);
    choices->addWidget(m_oneHour, 1, 0, 1, 3);
    choices->addWidget(m_oneDay, 2, 0, 1, 3);
    choices->addWidget(m_custom, 3, 0);
    choices->addWidget(m_customAmount, 3, 1);
    choices->addWidget(m_customUnit, 3, 2);
    choices->setColumnStretch(3, 1);

    auto *lifetimeLabel = new QLabel(tr("Session lifetime:"), page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(lifetimeLabel);
    layout->addLayout(choices);
    layout->addStretch();
    setTabChain({m_fifteenMinutes, m_oneHour, m_oneDay, m_custom, m_customAmount, m_customUnit});
    updateCustomLifetime();
    return page;
}

QWidget *ImpersonateDialog::createTokensPage()
{
    auto *page = new QWidget(this);
    m_expiry->setWordWrap(true);
    m_snippet->setReadOnly(true);
    m_snippet->setAccessibleName(tr("Browser console snippet"));
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_snippet->setWordWrapMode(QTextOption::WrapAnywhere);
    m_snippet->setTabChangesFocus(true);
    m_snippet->setFixedHeight(m_snippet->fontMetrics().lineSpacing() * 5 + 12);

    auto *browserHelp = explanationLabel(
        tr("To use your web app as this user: open the app in a browser, open the developer console on its page, "
           "paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks "
           "for it, then reloads the page. Use a private window so that your own session stays untouched."),
        page);
    auto *apiHelp = explanationLabel(
        tr("For API calls: send the access token in the x-stack-access-token header with client access "
           "(x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with "
           "POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header."),
        page);
    auto *notStored = explanationLabel(
        tr("These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window "
           "and from the clipboard one minute later. Anyone who has them can act as this user until the session "
           "ends; revoke it earlier on the user's sessions."),
        page);

    auto *tokens = new QGridLayout;
    auto *refreshLabel = new QLabel(tr("&Refresh token:"), page);
    refreshLabel->setBuddy(m_refreshToken);
    auto *accessLabel = new QLabel(tr("&Access token:"), page);
    accessLabel->setBuddy(m_accessToken);
    tokens->addWidget(refreshLabel, 0, 0);
    tokens->addWidget(m_refreshToken, 0, 1);
    tokens->addWidget(m_copyRefresh, 0, 2);
    tokens->addWidget(accessLabel, 1, 0);
    tokens->addWidget(m_accessToken, 1, 1);
    tokens->addWidget(m_copyAccess, 1, 2);
    tokens->setColumnStretch(1, 1);

    auto *snippetRow = new QHBoxLayout;
    snippetRow->addWidget(m_snippet, 1);
    snippetRow->addWidget(m_copySnippet, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_expiry);
    layout->addSpacing(4);
    layout->addWidget(browserHelp);
    layout->addLayout(snippetRow);
    layout->addSpacing(4);
    layout->addWidget(apiHelp);
    layout->addLayout(tokens);
    layout->addSpacing(4);
    layout->addWidget(notStored);
    layout->addStretch();
    setTabChain({m_snippet, m_copySnippet, m_refreshToken, m_copyRefresh, m_accessToken, m_copyAccess});
    return page;
}

void ImpersonateDialog::updateCustomLifetime()
{
    m_customAmount->setEnabled(m_custom->isChecked() && !isBusy());
    m_customUnit->setEnabled(m_custom->isChecked() && !isBusy());
}

void ImpersonateDialog::limitCustomAmount()
{
    // Whole units only, so that the longest choice of each unit stays within the server's limit.
    m_customAmount->setMaximum(int(maxLifetimeMillis / m_customUnit->currentData().toLongLong()));
}

QRadioButton *ImpersonateDialog::lifetimeOption(Lifetime lifetime) const
{
    switch (lifetime) {
    case Lifetime::FifteenMinutes: return m_fifteenMinutes;
    case Lifetime::OneHour: return m_oneHour;
    case Lifetime::OneDay: return m_oneDay;
    case Lifetime::Custom: return m_custom;
    }
    return m_oneHour;
}

void ImpersonateDialog::setLifetime(Lifetime lifetime)
{
    lifetimeOption(lifetime)->setChecked(true);
}

qint64 ImpersonateDialog::lifetimeMillis() const
{
    if (m_fifteenMinutes->isChecked())
        return 15 * minuteMs;
    if (m_oneDay->isChecked())
        return dayMs;
    if (m_custom->isChecked())
        return m_customAmount->value() * m_customUnit->currentData().toLongLong();
    return hourMs;
}

bool ImpersonateDialog::showsTokens() const
{
    return !m_tokensPage->isHidden();
}

void ImpersonateDialog::createSession()
{
    if (isBusy() || showsTokens())
        return;
    const qint64 lifetime = lifetimeMillis();
    send<api::SessionTokens>(
        api::sessions::impersonate(context().scope(), m_user.id, lifetime), tr("Creating the session…"),
        [this, lifetime](api::SessionTokens tokens) { showTokens(tokens, lifetime); },
        [this](const api::ApiError &error) {
            updateCustomLifetime();
            showServerError(error);
        });
}

void ImpersonateDialog::showTokens(const api::SessionTokens &tokens, qint64 lifetimeMillis)
{
    const QDateTime expiry = QDateTime::currentDateTime().addMSecs(lifetimeMillis);
    m_expiry->setText(tr("Impersonation session for %1 created. It ends after %2, at %3.")
                          .arg(m_user.label(), describeLifetime(lifetimeMillis),
                               QLocale().toString(expiry, QLocale::ShortFormat)));
    m_refreshToken->setText(tokens.refreshToken);
    m_accessToken->setText(tokens.accessToken);
    m_snippet->setPlainText(browserSnippet(context().project.id, tokens.refreshToken, expiry));
    m_refreshToken->setCursorPosition(0);
    m_accessToken->setCursorPosition(0);
    m_choicePage->hide();
    m_tokensPage->show();
    m_create->hide();
    m_cancel->setText(tr("&Close"));
    m_cancel->setDefault(true);
    m_copySnippet->setFocus();
    adjustSize();
}

void ImpersonateDialog::done(int result)
{
    wipeTokens();
    RequestDialog::done(result);
}

void ImpersonateDialog::wipeTokens()
{
    // What was copied from here goes a minute later (it may still be pasted until then), unless
    // something else was copied since. The snippet holds the refresh token.
    secretClipboard::clearLater({m_accessToken->text(), m_refreshToken->text()});
    m_accessToken->setText(QString()); // setText also drops the undo history
    m_refreshToken->setText(QString());
    m_snippet->clear();
    m_snippet->document()->clearUndoRedoStacks();
}

} // namespace hexclave::ui
