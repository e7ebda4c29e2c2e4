#pragma once

#include "ConfigSection.h"

class QCheckBox;
class QPushButton;
class QTableWidget;

namespace hexclave::ui {

// Trusted domains (domains.trustedDomains.<id>: base URL and handler path) and whether
// localhost callbacks are allowed — environment settings.
class DomainsSection : public ConfigSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsSection)

public:
    explicit DomainsSection(models::ConfigTarget *target, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *allowLocalhost() const { return m_allowLocalhost; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    static inline const QString domainsPath = QStringLiteral("domains.trustedDomains");
    static inline const QString allowLocalhostPath = QStringLiteral("domains.allowLocalhost");

protected:
    void refresh() override;

private:
    QString selectedId() const;
    void updateActions();
    void addDomain();
    void editDomain();
    void removeDomain();
    QList<models::ConfigSetting> domainSettings(const QString &id, const QString &baseUrl, const QString &handlerPath) const;

    QCheckBox *m_allowLocalhost;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace hexclave::ui
