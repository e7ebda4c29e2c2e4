#include "PaymentsCatalogSource.h"

namespace hexclave::models {

PaymentsCatalogSource::PaymentsCatalogSource(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : QObject(parent)
    , m_writer(new ConfigSettingsWriter(client, std::move(scope), this))
{
    connect(m_writer, &ConfigSettingsWriter::loaded, this, &PaymentsCatalogSource::reread);
    connect(m_writer, &ConfigSettingsWriter::written, this, &PaymentsCatalogSource::reread);
    connect(m_writer, &ConfigSettingsWriter::failed, this,
            [this](ConfigSettingsWriter::Stage stage, const api::ApiError &error) {
                // Before a write the writer reads the configuration again; that failing is the
                // write's failure (shown where it was saved), not a lost catalog.
                if (stage == ConfigSettingsWriter::Stage::Loading && !m_writer->isLoaded())
                    Q_EMIT loadFailed(error);
                else if (m_writer->isLoaded())
                    reread(); // a partial or unverified write: show what the server holds now
            });
}

bool PaymentsCatalogSource::setTestMode(bool on)
{
    return m_writer->write({ConfigSetting::boolean(api::PaymentsCatalog::testModePath(), on).secret()});
}

void PaymentsCatalogSource::reread()
{
    m_catalog = api::paymentsCatalogFrom(m_writer->rendered()); // unreadable entries are listed, not thrown
    Q_EMIT catalogChanged();
}

} // namespace hexclave::models
