#pragma once

#include "ConfigSettingsWriter.h"
#include "dto/PaymentsCatalog.h"

#include <QObject>

namespace hexclave::models {

// The project's payments catalog (products, items, product lines, test mode), read from its
// configuration and written back through one ConfigSettingsWriter. Every payments view of a
// project shares one source, so that a saved product or a test-mode switch shows everywhere.
class PaymentsCatalogSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentsCatalogSource)

public:
    PaymentsCatalogSource(api::ApiClient *client, api::ProjectScope scope, QObject *parent = nullptr);

    void load() { m_writer->load(); }
    bool isLoaded() const { return m_writer->isLoaded(); }
    const api::PaymentsCatalog &catalog() const { return m_catalog; }
    // Writes go through here (products as JSON at their path, removals, test mode as a
    // secret-level bool); catalogChanged() follows a verified write.
    ConfigSettingsWriter *writer() const { return m_writer; }

    // payments.testMode, written at the environment level.
    bool setTestMode(bool on);

Q_SIGNALS:
    void catalogChanged();
    void loadFailed(const hexclave::api::ApiError &error);

private:
    void reread();

    ConfigSettingsWriter *m_writer;
    api::PaymentsCatalog m_catalog;
};

} // namespace hexclave::models
