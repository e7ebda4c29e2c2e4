#pragma once

#include "dto/CustomerPayments.h"
#include "dto/Transaction.h"

#include <QColor>
#include <QPalette>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace hexclave::ui {

// Amber that reads on the palette: how the ledger marks test mode.
QColor testModeColor(const QPalette &palette);

// Everything about one transaction: its id (to copy), dates, type, test mode, what adjusted it
// (links that select that transaction), and every entry — numbered with its index, what it is,
// whose, amounts, product or item, quantity, what it adjusts — with the entry as the server sent
// it (read-only JSON).
class TransactionDetailPane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionDetailPane)

public:
    explicit TransactionDetailPane(QWidget *parent = nullptr);

    void setTransaction(const api::Transaction &transaction);
    void clear();
    const std::optional<api::Transaction> &transaction() const { return m_transaction; }

    QLineEdit *idField() const { return m_id; }
    QToolButton *copyIdButton() const { return m_copyId; }
    QLabel *adjustedByLabel() const { return m_adjustedBy; }
    QLabel *effectiveLabel() const { return m_effective; }
    QLabel *createdLabel() const { return m_created; }
    // One per entry, in order (for tests and screenshots).
    QList<QPlainTextEdit *> entryJsonViews() const { return m_entryJson; }
    QStringList entryTitles() const;

Q_SIGNALS:
    // A link to another transaction (an adjustment, or what an entry adjusts) was clicked.
    void transactionLinkActivated(const QString &transactionId);
    // An entry's customer was clicked: show their items and products.
    void customerLinkActivated(const hexclave::api::CustomerRef &customer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildEntries();
    void applyModeStyle();
    QWidget *entryBox(int index, const api::TransactionEntry &entry);
    static QString linkTo(const QString &transactionId, const QString &text);

    std::optional<api::Transaction> m_transaction;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_title;
    QLineEdit *m_id;
    QToolButton *m_copyId;
    QLabel *m_created;
    QLabel *m_effective;
    QLabel *m_type;
    QLabel *m_mode;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_adjustedBy;
    QLabel *m_entriesTitle;
    QVBoxLayout *m_entries;
    QList<QWidget *> m_entryBoxes;
    QList<QPlainTextEdit *> m_entryJson;
};

} // namespace hexclave::ui
