#pragma once

#include "dto/Email.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QLocale>

#include <optional>

namespace hexclave::models {

// The delivery figures of GET /emails/delivery-info as a table: one row per window (last hour,
// day, week, month), the counts and the bounce and spam rates. The server counts every email
// handed over in the window as sent, bounced and spam ones included, so the rates are parts of it.
class DeliveryStatsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryStatsModel)

public:
    enum Window { HourRow, DayRow, WeekRow, MonthRow, WindowCount };
    Q_ENUM(Window)
    enum Column { WindowColumn, SentColumn, BouncedColumn, SpamColumn, BounceRateColumn, SpamRateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1 }; // counts as qint64, rates as double (invalid without sent emails)

    explicit DeliveryStatsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows these figures (an empty table until the first).
    void setInfo(const api::DeliveryInfo &info);
    void clear();
    const std::optional<api::DeliveryInfo> &info() const { return m_info; }
    api::DeliveryCounts counts(Window window) const;
    void setLocale(const QLocale &locale);

    static QString windowText(Window window); // "Last hour", …
    // bounced (or spam) out of sent; nullopt when nothing was sent.
    static std::optional<double> rate(qint64 part, qint64 sent);
    static QString rateText(std::optional<double> rate, const QLocale &locale); // "2.5 %", "—"
    // "27.8 emails per second (100,000 per hour)"
    static QString capacityText(double ratePerSecond, const QLocale &locale);
    // "Boost ×4 active until 14:00" (a date too when it ends another day); empty without a boost.
    static QString boostText(const api::DeliveryInfo &info, const QLocale &locale,
                             const QDateTime &now = QDateTime::currentDateTime());
    // Why the capacity is lower than usual ("Slowed to 45 % …"); empty when the factor is 1.
    static QString penaltyText(double penaltyFactor, const QLocale &locale);

private:
    std::optional<api::DeliveryInfo> m_info;
    QLocale m_locale;
};

} // namespace hexclave::models
