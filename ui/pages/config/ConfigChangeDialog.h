#pragma once

#include "config/ConfigTarget.h"

#include <QDialog>
#include <QList>

class QPushButton;

namespace hexclave::ui {

// Shows what a write would change before it happens: per level (or file) the changed paths and
// the old and new override side by side, secrets masked. Levels that stay the same are left out;
// when nothing changes at all it says so and offers only Close.
class ConfigChangeDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigChangeDialog)

public:
    // True when the person accepts (never when nothing would change).
    static bool confirm(QWidget *parent, const QString &title, const QList<models::ConfigLevelChange> &changes,
                        const QString &acceptText);

    ConfigChangeDialog(const QString &title, const QList<models::ConfigLevelChange> &changes,
                       const QString &acceptText, QWidget *parent = nullptr);

    bool hasChanges() const { return m_acceptButton != nullptr; }
    // The accept button, null when there is nothing to change.
    QPushButton *acceptButton() const { return m_acceptButton; }

private:
    QPushButton *m_acceptButton = nullptr;
};

} // namespace hexclave::ui
