#pragma once

#include "dto/Permission.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace hexclave::ui {

// Permissions to tick, one per line ("id — description"), with an optional filter field above
// them. Ticked ids that are not defined (any more) stay listed, so that they can be unticked.
class PermissionChecklist : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionChecklist)

public:
    explicit PermissionChecklist(bool withFilter, QWidget *parent = nullptr);

    // Lists `permissions` (in this order) with `checked` ticked; the ticks are what changed() compares against.
    void setPermissions(const QList<api::PermissionDefinition> &permissions, const QStringList &checked);
    QStringList checkedIds() const; // sorted
    void setCheckedIds(const QStringList &ids);
    bool isEmpty() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; } // null without a filter
    QListWidgetItem *item(const QString &id) const;
    void setAccessibleName(const QString &name);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void applyListPalette();
    QListWidgetItem *addItem(const QString &id, const QString &text, bool isSystem);

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list;
    bool m_filling = false;
    bool m_applyingPalette = false;
};

} // namespace hexclave::ui
