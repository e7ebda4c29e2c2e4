#include "DeliveryStatsModel.h"

#include <cmath>

namespace hexclave::models {

DeliveryStatsModel::DeliveryStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeliveryStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_info ? 0 : WindowCount;
}

int DeliveryStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeliveryStatsModel::setInfo(const api::DeliveryInfo &info)
{
    beginResetModel();
    m_info = info;
    endResetModel();
}

void DeliveryStatsModel::clear()
{
    beginResetModel();
    m_info.reset();
    endResetModel();
}

void DeliveryStatsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_info)
        Q_EMIT dataChanged(index(0, 0), index(WindowCount - 1, ColumnCount - 1), {Qt::DisplayRole});
}

api::DeliveryCounts DeliveryStatsModel::counts(Window window) const
{
    if (!m_info)
        return {};
    switch (window) {
    case HourRow: return m_info->hour;
    case DayRow: return m_info->day;
    case WeekRow: return m_info->week;
    case MonthRow: return m_info->month;
    case WindowCount: break;
    }
    return {};
}

QString DeliveryStatsModel::windowText(Window window)
{
    switch (window) {
    case HourRow: return tr("Last hour");
    case DayRow: return tr("Last day");
    case WeekRow: return tr("Last week");
    case MonthRow: return tr("Last month");
    case WindowCount: break;
    }
    return {};
}

std::optional<double> DeliveryStatsModel::rate(qint64 part, qint64 sent)
{
    if (sent <= 0)
        return std::nullopt;
    return double(part) / double(sent);
}

QString DeliveryStatsModel::rateText(std::optional<double> rate, const QLocale &locale)
{
    if (!rate)
        return tr("—", "no rate: nothing was sent");
    const double percent = *rate * 100;
    // Small rates matter here (a few tenths of a percent of spam already hurts): keep a decimal.
    const int decimals = percent == 0 || percent >= 10 ? 0 : 1;
    return tr("%1 %", "a percentage").arg(locale.toString(percent, 'f', decimals));
}

QString DeliveryStatsModel::capacityText(double ratePerSecond, const QLocale &locale)
{
    const double perHour = ratePerSecond * 3600;
    return tr("%1 emails per second (%2 per hour)")
        .arg(locale.toString(ratePerSecond, 'f', ratePerSecond < 10 ? 2 : 1), locale.toString(std::llround(perHour)));
}

QString DeliveryStatsModel::boostText(const api::DeliveryInfo &info, const QLocale &locale, const QDateTime &now)
{
    if (!info.boostActive)
        return {};
    const QString multiplier = locale.toString(info.boostMultiplier, 'g', 3);
    if (!info.boostExpiresAt || !info.boostExpiresAt->isValid())
        return tr("Boost ×%1 active").arg(multiplier);
    const QDateTime until = info.boostExpiresAt->toLocalTime();
    const QString when = until.date() == now.toLocalTime().date() ? locale.toString(until.time(), QLocale::ShortFormat)
                                                                   : locale.toString(until, QLocale::ShortFormat);
    return tr("Boost ×%1 active until %2").arg(multiplier, when);
}

QString DeliveryStatsModel::penaltyText(double penaltyFactor, const QLocale &locale)
{
    if (qFuzzyCompare(penaltyFactor, 1.0) || penaltyFactor <= 0)
        return {};
    const QString percent = locale.toString(penaltyFactor * 100, 'f', 0);
    if (penaltyFactor < 1)
        return tr("Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.")
            .arg(percent);
    return tr("Running at %1 % of the usual rate (penalty factor set by the server).").arg(percent);
}

QVariant DeliveryStatsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const auto window = Window(index.row());
    const api::DeliveryCounts figures = counts(window);
    const bool numeric = index.column() != WindowColumn;
    if (role == Qt::TextAlignmentRole)
        return numeric ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RawValueRole) {
        switch (index.column()) {
        case WindowColumn: return int(window);
        case SentColumn: return figures.sent;
        case BouncedColumn: return figures.bounced;
        case SpamColumn: return figures.markedAsSpam;
        case BounceRateColumn: {
            const auto value = rate(figures.bounced, figures.sent);
            return value ? QVariant(*value) : QVariant();
        }
        case SpamRateColumn: {
            const auto value = rate(figures.markedAsSpam, figures.sent);
            return value ? QVariant(*value) : QVariant();
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == BounceRateColumn)
            return tr("Bounced emails out of the %n sent", nullptr, int(figures.sent));
        if (index.column() == SpamRateColumn)
            return tr("Emails marked as spam out of the %n sent", nullptr, int(figures.sent));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WindowColumn: return windowText(window);
    case SentColumn: return m_locale.toString(figures.sent);
    case BouncedColumn: return m_locale.toString(figures.bounced);
    case SpamColumn: return m_locale.toString(figures.markedAsSpam);
    case BounceRateColumn: return rateText(rate(figures.bounced, figures.sent), m_locale);
    case SpamRateColumn: return rateText(rate(figures.markedAsSpam, figures.sent), m_locale);
    default: return {};
    }
}

QVariant DeliveryStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == WindowColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WindowColumn: return tr("Window");
    case SentColumn: return tr("Sent");
    case BouncedColumn: return tr("Bounced");
    case SpamColumn: return tr("Marked as spam");
    case BounceRateColumn: return tr("Bounce rate");
    case SpamRateColumn: return tr("Spam rate");
    default: return {};
    }
}

} // namespace hexclave::models
