#pragma once

#include "dto/PaymentsCatalog.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSpinBox;

namespace hexclave::ui {

// A DayInterval or none: a choice between `noneText` ("One-time", "Never") and `someText`
// ("Every", "Trial of"), then the count and the unit when there is one.
class DayIntervalField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayIntervalField)

public:
    DayIntervalField(const QString &noneText, const QString &someText, QWidget *parent = nullptr);

    void setInterval(const std::optional<api::DayInterval> &interval);
    std::optional<api::DayInterval> interval() const;

    QComboBox *modeBox() const { return m_mode; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *unitBox() const { return m_unit; }

Q_SIGNALS:
    void changed();

private:
    void updateUnits();

    QComboBox *m_mode;
    QSpinBox *m_count;
    QComboBox *m_unit;
};

} // namespace hexclave::ui
