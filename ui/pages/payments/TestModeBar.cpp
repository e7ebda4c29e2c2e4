#include "TestModeBar.h"

#include "payments/PaymentsCatalogSource.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PaletteColors.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSettingsWriter;

TestModeBar::TestModeBar(models::PaymentsCatalogSource *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_strip(new QFrame(this))
    , m_icon(new QLabel(m_strip))
    , m_label(new QLabel(m_strip))
    , m_switch(new QPushButton(m_strip))
    , m_error(new ErrorBanner(this))
{
    m_strip->setObjectName(QStringLiteral("testModeStrip"));
    m_strip->setAutoFillBackground(true);
    setIconPixmap(m_icon, themedIcon(QStringLiteral("warning")), 20);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);

    auto *strip = new QHBoxLayout(m_strip);
    strip->setContentsMargins(10, 6, 8, 6);
    strip->addWidget(m_icon);
    strip->addWidget(m_label, 1);
    strip->addWidget(m_switch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_strip);
    layout->addWidget(m_error);

    connect(m_switch, &QPushButton::clicked, this, &TestModeBar::askAndSwitch);
    if (m_catalog) {
        connect(m_catalog, &models::PaymentsCatalogSource::catalogChanged, this, &TestModeBar::refresh);
        ConfigSettingsWriter *writer = m_catalog->writer();
        connect(writer, &ConfigSettingsWriter::written, this, [this] {
            if (m_writing)
                finishWrite();
        });
        connect(writer, &ConfigSettingsWriter::failed, this,
                [this](ConfigSettingsWriter::Stage stage, const api::ApiError &error) {
                    if (!m_writing || stage == ConfigSettingsWriter::Stage::Loading)
                        return;
                    finishWrite();
                    m_error->showActionError(stage == ConfigSettingsWriter::Stage::Verifying
                                                 ? tr("Test mode was written, but the server does not show the change.")
                                                 : (m_wanted ? tr("Test mode was not turned on.")
                                                             : tr("Test mode was not turned off.")),
                                             error);
                });
    }
    refresh();
}

QString TestModeBar::questionTitle(bool on)
{
    return on ? tr("Turn on test mode?") : tr("Turn off test mode?");
}

QString TestModeBar::questionText(bool on)
{
    return on ? tr("In test mode purchases are free: customers get products without paying, and no money moves "
                   "through the payment provider. Use it while you try out checkout, never in a shop that is open.")
              : tr("Purchases will charge real money through the payment provider from now on. Make sure your "
                   "products and prices are ready before customers see them.");
}

QString TestModeBar::confirmText(bool on)
{
    return on ? tr("Turn on test mode") : tr("Turn off test mode");
}

void TestModeBar::refresh()
{
    const bool loaded = m_catalog && m_catalog->isLoaded();
    setVisible(loaded);
    if (!loaded)
        return;
    m_showsTestMode = m_catalog->catalog().testMode;
    if (m_showsTestMode) {
        m_label->setText(tr("Test mode — purchases are free and no money moves"));
        m_switch->setText(m_writing ? tr("Turning off…") : tr("Turn off test mode…"));
        m_switch->setToolTip(tr("Let purchases charge real money through the payment provider"));
    } else {
        m_label->setText(tr("Live mode — purchases charge real money"));
        m_switch->setText(m_writing ? tr("Turning on…") : tr("Turn on test mode…"));
        m_switch->setToolTip(tr("Make purchases free while you try things out: no money moves"));
    }
    m_label->setAccessibleName(m_label->text());
    m_icon->setVisible(m_showsTestMode);
    m_switch->setFlat(!m_showsTestMode);
    m_switch->setEnabled(!m_writing);
    QFont font = m_label->font();
    font.setBold(m_showsTestMode);
    m_label->setFont(font);
    applyColors();
}

void TestModeBar::applyColors()
{
    const QPalette base = QApplication::palette();
    const bool dark = isDarkPalette(base);
    QPalette palette = base;
    if (m_showsTestMode) {
        // Amber, strong enough to notice at a glance on either palette.
        const QColor background = dark ? QColor(146, 64, 14) : QColor(252, 211, 77);
        const QColor text = dark ? QColor(254, 243, 199) : QColor(69, 26, 3);
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Button, dark ? background.lighter(125) : background.lighter(115));
        palette.setColor(QPalette::ButtonText, text);
    } else {
        palette.setColor(QPalette::WindowText, base.color(QPalette::PlaceholderText));
    }
    m_applyingColors = true;
    m_strip->setPalette(palette);
    m_strip->setAutoFillBackground(m_showsTestMode);
    m_strip->setFrameShape(m_showsTestMode ? QFrame::StyledPanel : QFrame::NoFrame);
    m_applyingColors = false;
}

void TestModeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}

void TestModeBar::askAndSwitch()
{
    if (!m_catalog || m_writing)
        return;
    const bool on = !m_showsTestMode;
    QMessageBox box(on ? QMessageBox::Question : QMessageBox::Warning, questionTitle(on), questionText(on),
                    QMessageBox::NoButton, this);
    QPushButton *confirm = box.addButton(confirmText(on), on ? QMessageBox::AcceptRole : QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm || !m_catalog)
        return;
    m_error->hide();
    m_wanted = on;
    if (!m_catalog->setTestMode(on)) {
        m_error->showMessage(tr("Another change to the payments settings is being saved. Try again in a moment."));
        return;
    }
    m_writing = true;
    refresh();
}

void TestModeBar::finishWrite()
{
    m_writing = false;
    refresh();
}

} // namespace hexclave::ui
