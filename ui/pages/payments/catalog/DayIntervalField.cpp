#include "DayIntervalField.h"

#include "CatalogTexts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

namespace hexclave::ui {

DayIntervalField::DayIntervalField(const QString &noneText, const QString &someText, QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_mode->addItem(noneText);
    m_mode->addItem(someText);
    // 0 stays possible so that a stored 0 shows as it is (and the check says why it is refused).
    m_count->setRange(0, 9999);
    m_count->setValue(1);
    for (const QString &unit : api::dayIntervalUnits())
        m_unit->addItem(QString(), unit);
    m_unit->setCurrentIndex(m_unit->findData(QStringLiteral("month")));
    updateUnits();
    m_count->setAccessibleName(tr("Count"));
    m_unit->setAccessibleName(tr("Unit"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_mode);
    layout->addWidget(m_count);
    layout->addWidget(m_unit);
    layout->addStretch();
    m_count->setVisible(false);
    m_unit->setVisible(false);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_count->setVisible(index == 1);
        m_unit->setVisible(index == 1);
        Q_EMIT changed();
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this] {
        updateUnits();
        Q_EMIT changed();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DayIntervalField::changed);
}

void DayIntervalField::setInterval(const std::optional<api::DayInterval> &interval)
{
    if (interval) {
        m_count->setValue(interval->count);
        int unit = m_unit->findData(interval->unit);
        if (unit < 0) { // not one the client knows: shown as it is, and the check refuses it
            m_unit->addItem(interval->unit, interval->unit);
            unit = m_unit->count() - 1;
        }
        m_unit->setCurrentIndex(unit);
    }
    m_mode->setCurrentIndex(interval ? 1 : 0);
}

std::optional<api::DayInterval> DayIntervalField::interval() const
{
    if (m_mode->currentIndex() != 1)
        return std::nullopt;
    return api::DayInterval{m_count->value(), m_unit->currentData().toString()};
}

void DayIntervalField::updateUnits()
{
    for (int i = 0; i < m_unit->count(); ++i)
        m_unit->setItemText(i, CatalogTexts::unit(m_unit->itemData(i).toString(), m_count->value()));
}

} // namespace hexclave::ui
