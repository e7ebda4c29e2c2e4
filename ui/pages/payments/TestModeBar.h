#pragma once

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace hexclave::models {
class PaymentsCatalogSource;
}

namespace hexclave::ui {

class ErrorBanner;

// Whether the project's payments run in test mode, above every payments tab: a strong warning
// strip while purchases are free (nothing is charged), a discreet "Live mode" otherwise. Either
// way one button switches, after a question (turning test mode off makes purchases charge real
// money; turning it on hands products out for free). The switch is payments.testMode at the
// environment level, written through the page's catalog source.
class TestModeBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestModeBar)

public:
    explicit TestModeBar(models::PaymentsCatalogSource *catalog, QWidget *parent = nullptr);

    bool showsTestMode() const { return m_showsTestMode; }
    bool isWriting() const { return m_writing; }
    QLabel *label() const { return m_label; }
    QPushButton *switchButton() const { return m_switch; }
    ErrorBanner *errorBanner() const { return m_error; }

    // The question asked before switching to `on`: title, text and the confirming button.
    static QString questionTitle(bool on);
    static QString questionText(bool on);
    static QString confirmText(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColors();
    void askAndSwitch();
    void finishWrite();

    QPointer<models::PaymentsCatalogSource> m_catalog;
    QFrame *m_strip;
    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_switch;
    ErrorBanner *m_error;
    bool m_showsTestMode = false;
    bool m_writing = false;
    bool m_wanted = false; // the value being written
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
