#pragma once

#include "dialogs/RequestDialog.h"
#include "endpoints/ApiKeysEndpoints.h"

#include <optional>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hexclave::ui {

class ExpiryPicker;
class FieldMessage;

// Creates an API key for a user or a team: what it is for (required), public or secret, and
// when it expires. The new key's value is handed over once with created() and not kept here;
// the dialog closes after it.
class CreateOwnedApiKeyDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOwnedApiKeyDialog)

public:
    CreateOwnedApiKeyDialog(const ProjectContext &context, const api::apiKeys::ApiKeyOwner &owner,
                            const QString &ownerName, QWidget *parent = nullptr);

    QLineEdit *descriptionField() const { return m_description; }
    QRadioButton *secretOption() const { return m_secret; }
    QRadioButton *publicOption() const { return m_public; }
    ExpiryPicker *expiryPicker() const { return m_expiry; }
    QPushButton *createButton() const { return m_create; }

    // When the key expires if it is made at `nowMillis`; nullopt: never.
    std::optional<qint64> expiresAtMillis(qint64 nowMillis) const;

Q_SIGNALS:
    // The key exists: `secret` holds its value, which the server never shows again.
    void created(const hexclave::api::NewOwnedApiKeySecret &secret);

protected:
    bool hasUnsavedInput() const override;

private:
    void createKey();

    api::apiKeys::ApiKeyOwner m_owner;
    bool m_created = false;
    QLineEdit *m_description;
    FieldMessage *m_descriptionMessage;
    QRadioButton *m_secret;
    QRadioButton *m_public;
    ExpiryPicker *m_expiry;
    QPushButton *m_create;
};

} // namespace hexclave::ui
