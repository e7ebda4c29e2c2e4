#pragma once

#include "ProjectContext.h"

#include <QFrame>

class QLabel;

namespace hexclave::ui {

// What the payments page says about the project's payment provider (Stripe): nothing while the
// account can take payments; an informational strip when none is connected (customers cannot buy,
// everything else here still works) or when the account's setup is unfinished; a quiet line when
// the check itself failed. It never stands in the way of the page.
class PaymentProviderNotice : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentProviderNotice)

public:
    enum class State { NotChecked, Checking, Ready, NotConnected, Incomplete, CheckFailed };
    Q_ENUM(State)

    explicit PaymentProviderNotice(const ProjectContext &context, QWidget *parent = nullptr);

    // GET /internal/payments/stripe/account-info.
    void check();
    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState(State state, const QString &text);
    void applyColors();

    ProjectContext m_context;
    State m_state = State::NotChecked;
    QLabel *m_icon;
    QLabel *m_text;
    int m_generation = 0;
    bool m_applyingColors = false;
};

} // namespace hexclave::ui
