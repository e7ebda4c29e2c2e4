#include "OverviewPage.h"

#include "CountryText.h"
#include "OverviewCards.h"
#include "OverviewCharts.h"
#include "ResponsiveGrid.h"
#include "overview/OverviewLoader.h"
#include "overview/RecentUsersModel.h"
#include "overview/SignInMethodText.h"
#include "payments/MoneyText.h"
#include "widgets/EmptyState.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PageTitle.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hexclave::ui {

using models::OverviewData;
using models::OverviewLoader;
using models::RecentUsersModel;

namespace {

constexpr int shownRecentUsers = 10;
constexpr int shownCountries = 10;
const QString usd = QStringLiteral("USD");

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "81 %", "98.7 %": one decimal where it says something.
QString percent(double share)
{
    const double tenths = std::round(share * 1000.0);
    const bool whole = std::fmod(tenths, 10.0) == 0.0;
    return QLocale().toString(tenths / 10.0, 'f', whole ? 0 : 1) + QStringLiteral(" %");
}

// The metrics' rates: a share (0–1) on the servers seen so far, a percentage on others.
QString rateText(double rate)
{
    return percent(rate > 1.0 ? rate / 100.0 : rate);
}

// Why the metrics were not used, in a few words, for the degraded note.
QString metricsProblem(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Timeout:
        return OverviewPage::tr("the request timed out");
    case api::ApiError::Kind::Parse:
        return OverviewPage::tr("its answer could not be read");
    case api::ApiError::Kind::Http: {
        QString message = error.message.section(u'\n', 0, 0).trimmed();
        // Servers in development mode lead with boilerplate ("Internal Server Error. The error
        // message follows… StackAssertionError: Missing environment variable: …"): keep the cause.
        const qsizetype cause = message.lastIndexOf(QStringLiteral("Error: "));
        if (cause >= 0 && cause + 7 < message.size())
            message = message.mid(cause + 7);
        if (message.size() > 120)
            message = message.left(118) + QStringLiteral("…");
        return message.isEmpty() ? OverviewPage::tr("HTTP %1").arg(error.httpStatus)
                                 : OverviewPage::tr("HTTP %1: %2").arg(error.httpStatus).arg(message);
    }
    default:
        return error.userMessage();
    }
}

QList<api::MetricsUser> firstUsers(const QList<api::MetricsUser> &users)
{
    return users.mid(0, shownRecentUsers);
}

} // namespace

OverviewPage::OverviewPage(const ProjectContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_loader(new OverviewLoader(context.client(), context.scope(), this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_note(new QFrame(this))
    , m_noteText(new QLabel(m_note))
    , m_error(new ErrorBanner(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_tiles(new ResponsiveGrid(170, 7, m_content))
    , m_cards(new ResponsiveGrid(480, 2, m_content))
    , m_totalUsers(new OverviewTile(tr("Total users"), m_tiles))
    , m_monthlyActive(new OverviewTile(tr("Monthly active users"), m_tiles))
    , m_activeToday(new OverviewTile(tr("Active today"), m_tiles))
    , m_verified(new OverviewTile(tr("Verified email"), m_tiles))
    , m_revenue(new OverviewTile(tr("Revenue"), m_tiles))
    , m_mrr(new OverviewTile(tr("Monthly recurring revenue"), m_tiles))
    , m_emailsSent(new OverviewTile(tr("Emails sent"), m_tiles))
    , m_signUps(new ChartCard(tr("Sign-ups per day"), 220, m_cards))
    , m_dailyActive(new ChartCard(tr("Daily active users"), 220, m_cards))
    , m_countries(new ChartCard(tr("Users by country"), 260, m_cards))
    , m_methods(new ChartCard(tr("Sign-in methods"), 260, m_cards))
    , m_registeredCard(new OverviewCard(tr("Recently registered"), m_cards))
    , m_activeCard(new OverviewCard(tr("Recently active"), m_cards))
    , m_paymentsCard(new OverviewCard(tr("Payments"), m_cards))
    , m_emailsCard(new OverviewCard(tr("Emails"), m_cards))
    , m_paymentsText(new QLabel(m_paymentsCard))
    , m_emailsText(new QLabel(m_emailsCard))
    , m_registeredModel(new RecentUsersModel(RecentUsersModel::Moment::SignedUp, this))
    , m_activeModel(new RecentUsersModel(RecentUsersModel::Moment::LastActive, this))
    , m_recentlyRegistered(makeRecentView(m_registeredModel, tr("Recently registered users")))
    , m_recentlyActive(makeRecentView(m_activeModel, tr("Recently active users")))
    , m_registeredEmpty(new EmptyState(m_recentlyRegistered))
    , m_activeEmpty(new EmptyState(m_recentlyActive))
{
    auto *title = new PageTitle(tr("Overview"), this);
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    m_refresh->setToolTip(tr("Load the figures again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh the overview"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &OverviewPage::refresh);
    m_status->setObjectName(QStringLiteral("secondaryText"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(m_refresh);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Loading progress"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress->setParent(m_progressRow);
    m_progressText->setParent(m_progressRow);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressText, 1);
    m_progressRow->hide();

    // The degraded overview's note: information, not an error.
    m_note->setObjectName(QStringLiteral("overviewNote"));
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setAutoFillBackground(true);
    auto *noteIcon = new QLabel(m_note);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    noteIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    noteIcon->setAlignment(Qt::AlignTop);
    m_noteText->setWordWrap(true);
    m_noteText->setTextFormat(Qt::PlainText);
    m_noteText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noteLayout = new QHBoxLayout(m_note);
    noteLayout->setContentsMargins(10, 8, 10, 8);
    noteLayout->addWidget(noteIcon);
    noteLayout->addWidget(m_noteText, 1);
    m_note->hide();

    m_error->setRetryText(tr("Try again"));
    m_error->hide();
    connect(m_error, &ErrorBanner::retryRequested, this, &OverviewPage::refresh);

    for (OverviewTile *tile : {m_totalUsers, m_monthlyActive, m_activeToday, m_verified, m_revenue, m_mrr, m_emailsSent})
        m_tiles->addWidget(tile);

    for (QLabel *summary : {m_paymentsText, m_emailsText}) {
        summary->setTextFormat(Qt::RichText);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        summary->setWordWrap(true);
        summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_paymentsCard->addContent(m_paymentsText, 1);
    m_emailsCard->addContent(m_emailsText, 1);
    m_registeredCard->addContent(m_recentlyRegistered, 1);
    m_activeCard->addContent(m_recentlyActive, 1);
    for (OverviewCard *card : std::initializer_list<OverviewCard *>{m_signUps, m_dailyActive, m_countries, m_methods,
                                                                   m_registeredCard, m_activeCard, m_paymentsCard,
                                                                   m_emailsCard})
        m_cards->addWidget(card);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_tiles);
    contentLayout->addWidget(m_cards);
    contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->hide(); // until the first figures
    m_scroll->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
    layout->addStretch(); // keeps an error at the top while the figures are hidden

    connect(m_loader, &OverviewLoader::degradedStarted, this, &OverviewPage::updateProgress);
    connect(m_loader, &OverviewLoader::usersProgress, this, &OverviewPage::updateProgress);
    connect(m_loader, &OverviewLoader::loaded, this, &OverviewPage::showData);
    connect(m_loader, &OverviewLoader::failed, this, &OverviewPage::showFailure);
    applyColors();
}

OverviewPage::~OverviewPage()
{
    m_loader->disconnect(this); // its job is aborted when it goes, after our widgets
}

QTreeView *OverviewPage::makeRecentView(RecentUsersModel *model, const QString &name)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAccessibleName(name);
    view->setToolTip(tr("Click a user, or press Enter, to open them on the Users page"));
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(RecentUsersModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(RecentUsersModel::EmailColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(RecentUsersModel::WhenColumn, QHeaderView::ResizeToContents);
    view->setCursor(Qt::PointingHandCursor);
    view->installEventFilter(this);
    connect(view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(RecentUsersModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openUserRequested(id);
    });
    return view;
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the current user, as a click does (the view itself would only "activate" it).
    if (event->type() == QEvent::KeyPress && (watched == m_recentlyRegistered || watched == m_recentlyActive)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString id = static_cast<QTreeView *>(watched)->currentIndex().data(RecentUsersModel::IdRole).toString();
            if (!id.isEmpty())
                Q_EMIT openUserRequested(id);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_started)
        return;
    m_started = true;
    refresh();
}

void OverviewPage::refresh()
{
    m_started = true;
    m_error->hide();
    m_loader->load();
    updateProgress();
}

void OverviewPage::updateProgress()
{
    const bool loading = m_loader->isLoading();
    m_refresh->setEnabled(true);
    m_progressRow->setVisible(loading);
    if (m_loader->state() == OverviewLoader::State::ReadingUsers) {
        const qint64 read = m_loader->usersRead();
        m_progressText->setText(
            read > 0 ? tr("This server has no metrics: reading the users list (%1 read so far)…").arg(number(read))
                     : tr("This server has no metrics: reading the users list…"));
    } else if (loading) {
        m_progressText->setText(m_hasData ? tr("Refreshing…") : tr("Loading the project's figures…"));
    }
}

void OverviewPage::showFailure()
{
    updateProgress();
    const api::ApiError &error = m_loader->error();
    if (error.kind == api::ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403)) {
        m_error->showActionError(tr("The overview needs admin access to this project. Connect with the project's "
                                    "super secret admin key, or with a dashboard account that owns the project."),
                                 error, true);
    } else {
        m_error->showActionError(tr("The overview could not be loaded."), error, true);
    }
    if (!m_hasData) {
        m_content->hide();
        m_scroll->hide();
        m_note->hide();
    }
    markReady(!m_hasData);
}

void OverviewPage::showData()
{
    const OverviewData &data = m_loader->data();
    m_hasData = true;
    updateProgress();
    m_error->hide();
    m_noteText->setText(data.degraded ? degradedNote(data) : QString());
    m_note->setVisible(data.degraded);
    m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateTiles(data);
    updateCharts(data);
    updateSummaries(data);
    updateRecentUsers(data);
    m_tiles->relayout();
    m_cards->relayout();
    m_content->show();
    m_scroll->show();
    applyColors();
    markReady();
}

QString OverviewPage::degradedNote(const OverviewData &data) const
{
    QStringList parts;
    parts << tr("This server does not provide metrics (%1). The figures below are computed from the users list.")
                 .arg(metricsProblem(data.metricsError));
    if (data.capped) {
        parts << tr("They are based on the first %1 users (the newest sign-ups); the project has more.")
                     .arg(number(data.usersRead));
        if (!data.signUpsComplete)
            parts << tr("Sign-ups per day may be incomplete.");
    }
    parts << tr("Only each user's latest activity is known: daily active users count each user on their last "
                "active day only, so earlier days show fewer than were active.");
    parts << (data.hasCountries ? tr("Not available without metrics: payments and emails.")
                                : tr("Not available without metrics: users by country, payments and emails."));
    return parts.join(u' ');
}

void OverviewPage::updateTiles(const OverviewData &data)
{
    const api::ProjectMetrics &metrics = data.metrics;
    if (data.degraded && data.capped) {
        m_totalUsers->setValue(tr("%1+").arg(number(metrics.totalUsers)),
                               tr("at least; the first %1 read").arg(number(data.usersRead)),
                               tr("Not every user was read: the project has more than these."));
    } else {
        QString detail;
        if (metrics.auth && metrics.auth->anonymousUsers > 0)
            detail = tr("and %1 anonymous").arg(number(metrics.auth->anonymousUsers));
        m_totalUsers->setValue(number(metrics.totalUsers), detail);
    }

    if (metrics.auth)
        m_monthlyActive->setValue(number(metrics.auth->monthlyActiveUsers), tr("active in the last 30 days"));
    else
        m_monthlyActive->setValue(QStringLiteral("—"), tr("not reported by this server"));

    if (const auto today = data.activeToday())
        m_activeToday->setValue(number(*today), tr("UTC day"));
    else
        m_activeToday->setValue(QStringLiteral("—"), tr("not reported by this server"));

    if (metrics.auth && metrics.auth->verifiedUsers + metrics.auth->unverifiedUsers > 0) {
        const qint64 verified = metrics.auth->verifiedUsers;
        const qint64 all = verified + metrics.auth->unverifiedUsers;
        m_verified->setValue(percent(double(verified) / double(all)),
                             tr("%1 of %2 users").arg(number(verified), number(all)));
    } else {
        m_verified->setValue(QStringLiteral("—"), metrics.auth ? tr("no users yet") : tr("not reported by this server"));
    }

    m_revenue->setVisible(metrics.payments.has_value());
    m_mrr->setVisible(metrics.payments.has_value());
    if (metrics.payments) {
        m_revenue->setValue(models::formatMinorUnits(usd, metrics.payments->revenueCents), tr("all time"));
        m_mrr->setValue(models::formatMinorUnits(usd, metrics.payments->mrrCents),
                        tr("active subscriptions: %1").arg(number(metrics.payments->activeSubscriptionCount)));
    }
    m_emailsSent->setVisible(metrics.emails.has_value());
    if (metrics.emails) {
        m_emailsSent->setValue(number(metrics.emails->emailsSent),
                               metrics.emails->deliverabilityRate
                                   ? tr("%1 delivered").arg(rateText(*metrics.emails->deliverabilityRate))
                                   : QString());
    }
}

void OverviewPage::updateCharts(const OverviewData &data)
{
    const api::ProjectMetrics &metrics = data.metrics;
    if (overviewcharts::highest(metrics.dailySignUps) <= 0) {
        m_signUps->showEmpty(tr("No sign-ups in the last 30 days."));
    } else {
        QBarSet *set = overviewcharts::drawDailyBars(m_signUps->chart(), metrics.dailySignUps, tr("Sign-ups"));
        const QList<api::MetricsPoint> points = metrics.dailySignUps;
        connect(set, &QBarSet::hovered, this, [this, points](bool status, int index) {
            if (!status || index < 0 || index >= points.size()) {
                QToolTip::hideText();
                return;
            }
            const api::MetricsPoint &point = points.at(index);
            QToolTip::showText(QCursor::pos(),
                               tr("%1 — sign-ups: %2")
                                   .arg(QLocale().toString(point.date, QLocale::LongFormat), number(qint64(point.activity))),
                               m_signUps->chartView());
        });
        m_signUps->showChart();
    }
    m_signUps->setNote(data.degraded && !data.signUpsComplete ? tr("From the users read: may be incomplete.") : QString());

    if (overviewcharts::highest(metrics.dailyActiveUsers) <= 0) {
        m_dailyActive->showEmpty(tr("No activity in the last 30 days."));
    } else {
        QLineSeries *line = overviewcharts::drawDailyLine(m_dailyActive->chart(), metrics.dailyActiveUsers, tr("Active users"));
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(point.x()))).date();
            QToolTip::showText(QCursor::pos(),
                               tr("%1 — active users: %2")
                                   .arg(QLocale().toString(day, QLocale::LongFormat), number(std::llround(point.y()))),
                               m_dailyActive->chartView());
        });
        m_dailyActive->showChart();
    }
    m_dailyActive->setNote(data.degraded ? tr("Each user counts on their latest active day only.") : QString());

    QList<std::pair<QString, qint64>> countries;
    for (auto it = metrics.usersByCountry.cbegin(); it != metrics.usersByCountry.cend(); ++it) {
        if (it.value() > 0)
            countries.append({it.key(), it.value()});
    }
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const qsizetype countryCount = countries.size();
    countries = countries.mid(0, shownCountries);
    for (auto &country : countries) {
        const QString name = models::countryName(country.first);
        country.first = name.isEmpty() ? country.first : name;
    }
    m_countries->setVisible(!data.degraded || data.hasCountries);
    if (countries.isEmpty()) {
        m_countries->showEmpty(tr("No users with a known country in the last 30 days."));
    } else {
        overviewcharts::drawRankedBars(m_countries->chart(), countries, tr("Users"));
        m_countries->showChart();
    }
    QStringList countriesNote;
    if (data.degraded)
        countriesNote << tr("The users read, by the country last seen for them.");
    if (countryCount > shownCountries)
        countriesNote << tr("The %1 countries with the most users, of %2.").arg(shownCountries).arg(number(countryCount));
    m_countries->setNote(countriesNote.join(u' '));

    QList<std::pair<QString, qint64>> methods;
    for (const api::LoginMethodCount &method : metrics.loginMethods) {
        if (method.count > 0)
            methods.append({models::signInMethodName(method.method), method.count});
    }
    std::stable_sort(methods.begin(), methods.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (methods.isEmpty()) {
        m_methods->showEmpty(tr("No sign-ins to count yet."));
    } else {
        overviewcharts::drawRankedBars(m_methods->chart(), methods, tr("Users"));
        m_methods->showChart();
    }
    m_methods->setNote(data.degraded ? tr("Users who can sign in with each method; a user may have several.")
                                     : QString());
}

void OverviewPage::updateSummaries(const OverviewData &data)
{
    const api::ProjectMetrics &metrics = data.metrics;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:16px\">%1</td><td align=\"right\"><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_paymentsCard->setVisible(metrics.payments.has_value());
    if (metrics.payments) {
        const api::PaymentsOverview &payments = *metrics.payments;
        m_paymentsText->setText(QStringLiteral("<table>") + row(tr("Revenue, all time"), models::formatMinorUnits(usd, payments.revenueCents))
                                + row(tr("Monthly recurring revenue"), models::formatMinorUnits(usd, payments.mrrCents))
                                + row(tr("Active subscriptions"), number(payments.activeSubscriptionCount))
                                + row(tr("One-time purchases"), number(payments.totalOneTimePurchases))
                                + QStringLiteral("</table>"));
    }
    m_emailsCard->setVisible(metrics.emails.has_value());
    if (metrics.emails) {
        const api::EmailOverview &emails = *metrics.emails;
        QString rows = row(tr("Emails sent"), number(emails.emailsSent)) + row(tr("All emails"), number(emails.totalEmails));
        if (emails.deliverabilityRate)
            rows += row(tr("Deliverability"), rateText(*emails.deliverabilityRate));
        if (emails.bounceRate)
            rows += row(tr("Bounce rate"), rateText(*emails.bounceRate));
        for (auto it = emails.emailsByStatus.cbegin(); it != emails.emailsByStatus.cend(); ++it)
            rows += row(tr("Status “%1”").arg(it.key()), number(it.value()));
        m_emailsText->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));
    }
}

void OverviewPage::updateRecentUsers(const OverviewData &data)
{
    m_registeredModel->setUsers(firstUsers(data.metrics.recentlyRegistered));
    m_activeModel->setUsers(firstUsers(data.metrics.recentlyActive));
    if (m_registeredModel->rowCount() == 0)
        m_registeredEmpty->showMessage(tr("No users yet."));
    else
        m_registeredEmpty->hide();
    if (m_activeModel->rowCount() == 0)
        m_activeEmpty->showMessage(tr("No user has been active yet."));
    else
        m_activeEmpty->hide();
    // Tall enough for the rows shown (a few when empty, for the sentence), no taller.
    for (QTreeView *view : {m_recentlyRegistered, m_recentlyActive}) {
        const int rows = std::max(view->model()->rowCount(), 4);
        const int rowHeight = view->model()->rowCount() > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height() + 6;
        view->setFixedHeight(view->header()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth());
    }
}

QString OverviewPage::noteText() const
{
    return m_note->isHidden() ? QString() : m_noteText->text();
}

OverviewTile *OverviewPage::tile(const QString &caption) const
{
    const auto tiles = visibleTiles();
    for (OverviewTile *tile : tiles) {
        if (tile->caption() == caption)
            return tile;
    }
    return nullptr;
}

OverviewCard *OverviewPage::card(const QString &title) const
{
    const auto cards = visibleCards();
    for (OverviewCard *card : cards) {
        if (card->title() == title)
            return card;
    }
    return nullptr;
}

QList<OverviewTile *> OverviewPage::visibleTiles() const
{
    QList<OverviewTile *> result;
    if (m_content->isHidden())
        return result;
    for (OverviewTile *tile : {m_totalUsers, m_monthlyActive, m_activeToday, m_verified, m_revenue, m_mrr, m_emailsSent}) {
        if (!tile->isHidden())
            result << tile;
    }
    return result;
}

QList<OverviewCard *> OverviewPage::visibleCards() const
{
    QList<OverviewCard *> result;
    if (m_content->isHidden())
        return result;
    for (OverviewCard *card : std::initializer_list<OverviewCard *>{m_signUps, m_dailyActive, m_countries, m_methods,
                                                                   m_registeredCard, m_activeCard, m_paymentsCard,
                                                                   m_emailsCard}) {
        if (!card->isHidden())
            result << card;
    }
    return result;
}

int OverviewPage::cardColumns() const
{
    return m_cards->columnCount();
}

void OverviewPage::applyColors()
{
    m_applyingColors = true;
    const QPalette palette = QApplication::palette();
    QPalette notePalette = palette;
    notePalette.setColor(QPalette::Window, tintedWindow(palette, palette.color(QPalette::Highlight), 0.12));
    m_note->setPalette(notePalette);
    dimSecondaryLabels(this);
    for (ChartCard *card : {m_signUps, m_dailyActive, m_countries, m_methods}) {
        overviewcharts::colorChart(card->chart(), palette);
        card->chartView()->setBackgroundBrush(palette.color(QPalette::Base)); // no band around the chart
    }
    m_applyingColors = false;
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    Page::changeEvent(event);
}

} // namespace hexclave::ui
