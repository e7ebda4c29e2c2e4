#pragma once

#include "payments/CatalogDraft.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextEdit;

namespace hexclave::ui {

// What saving the catalog will write, entry by entry: each added, changed or removed product,
// item and product line with a line diff of its configuration value (added lines green, removed
// red). Problems the edits made are listed at the top and keep Save off. Accepting means "save".
class CatalogReviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogReviewDialog)

public:
    CatalogReviewDialog(const QList<models::CatalogDraft::Change> &changes,
                        const QList<models::CatalogProblem> &problems, QWidget *parent = nullptr);

    // A note at the top, e.g. why the review shows again instead of the save.
    void setNotice(const QString &text);
    QLabel *noticeLabel() const { return m_notice; }
    QTextEdit *diffView() const { return m_diff; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }

    // "Added product “Pro” (pro)" and co.
    static QString changeTitle(const models::CatalogDraft::Change &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<models::CatalogDraft::Change> m_changes;
    QLabel *m_notice;
    QLabel *m_summary;
    QLabel *m_problems;
    QTextEdit *m_diff;
    QPushButton *m_save;
    bool m_rendering = false;
};

} // namespace hexclave::ui
