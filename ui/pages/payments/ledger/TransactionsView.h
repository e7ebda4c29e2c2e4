#pragma once

#include "dto/CustomerPayments.h"
#include "pages/payments/PaymentsView.h"
#include "payments/TransactionsCsv.h"
#include "payments/TransactionsModel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace hexclave::ui {

class EmptyState;
class ErrorBanner;
class TransactionDetailPane;

// The payments ledger: every transaction newest first, paged as the table scrolls, filtered by
// type and customer type on the server; the selected one in full beside it; refunds of
// purchases (RefundDialog), and export to CSV — of the rows loaded, or of every transaction
// matching the filters (fetched page by page into the file, with progress and Cancel). Loads
// when first shown.
class TransactionsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsView)

public:
    TransactionsView(const PaymentsContext &context, QWidget *parent);
    ~TransactionsView() override;

    // Where an export goes: asked with a suggested file name, answers a path (empty: cancelled).
    // A file dialog by default; tests put their own.
    using SaveFileChooser = std::function<QString(const QString &suggestedName)>;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Loads the first page again (keeps the filters); selects `transactionId` once it is loaded.
    void reload(const QString &transactionId = {});
    void refundSelected();
    void exportLoaded();
    void exportAll();

    models::TransactionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TransactionDetailPane *detailPane() const { return m_detail; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *customerTypeFilter() const { return m_customerFilter; }
    QToolButton *refreshButton() const { return m_refresh; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *refundButton() const { return m_refund; }
    ErrorBanner *errorBanner() const { return m_error; }
    EmptyState *emptyState() const { return m_empty; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *resultLabel() const { return m_result; }
    models::TransactionsExport *runningExport() const { return m_exportJob; }
    const api::Transaction *selectedTransaction() const;
    // Selects the transaction with this id when it is loaded; false when it is not.
    bool selectTransaction(const QString &transactionId);

Q_SIGNALS:
    void openCustomerRequested(const hexclave::api::CustomerRef &customer);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void updateStatus();
    void updateEmptyState();
    void updateActions();
    void showCurrent();
    void selectPendingOrFetch();
    void followLink(const QString &transactionId);
    void startExport(models::TransactionsExport *job);
    void finishExport();
    QString chooseFile(const QString &suggestedName);

    PaymentsContext m_context;
    models::TransactionsModel *m_model;
    QComboBox *m_typeFilter;
    QComboBox *m_customerFilter;
    QToolButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_refund;
    ErrorBanner *m_error;
    QSplitter *m_splitter;
    QTableView *m_table;
    EmptyState *m_empty;
    TransactionDetailPane *m_detail;
    QLabel *m_status;
    QLabel *m_result;
    SaveFileChooser m_chooseFile;
    QPointer<models::TransactionsExport> m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;
    bool m_loadedOnce = false;
    bool m_sized = false;
    QString m_pendingSelection; // selected once loaded (after a refund, or a link)
    int m_pendingFetches = 0;   // pages still fetched to find it
};

} // namespace hexclave::ui
