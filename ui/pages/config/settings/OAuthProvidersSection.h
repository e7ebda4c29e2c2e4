#pragma once

#include "ConfigSection.h"

class QPushButton;
class QTableWidget;

namespace hexclave::ui {

// The project's OAuth providers (auth.oauth.providers): a table with add, edit and remove.
// Not to be confused with the OAuth accounts users have connected (OAuthProvidersModel).
class OAuthProvidersSection : public ConfigSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProvidersSection)

public:
    explicit OAuthProvidersSection(models::ConfigTarget *target, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    static inline const QString providersPath = QStringLiteral("auth.oauth.providers");

protected:
    void refresh() override;

private:
    QString selectedId() const;
    void updateActions();
    void addProvider();
    void editProvider();
    void removeProvider();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace hexclave::ui
