#pragma once

#include "dialogs/RequestDialog.h"
#include "endpoints/ApiKeysEndpoints.h"

#include <QDate>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hexclave::ui {

class FieldMessage;

// Creates an API key for a user or a team: what it is for (required), public or secret, and
// when it expires. The new key's value is handed over once with created() and not kept here;
// the dialog closes after it.
class CreateOwnedApiKeyDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateOwnedApiKeyDialog)

public:
    enum class Expiry { Never, Days30, Days90, Days365, OnDate };
    Q_ENUM(Expiry)

    CreateOwnedApiKeyDialog(const ProjectContext &context, const api::apiKeys::ApiKeyOwner &owner,
                            const QString &ownerName, QWidget *parent = nullptr);

    QLineEdit *descriptionField() const { return m_description; }
    QRadioButton *secretOption() const { return m_secret; }
    QRadioButton *publicOption() const { return m_public; }
    QComboBox *expiryField() const { return m_expiry; }
    QDateEdit *dateField() const { return m_date; }
    QPushButton *createButton() const { return m_create; }

    void setExpiry(Expiry expiry);
    // When the key expires if it is made now; nullopt: never.
    std::optional<qint64> expiresAtMillis(qint64 nowMillis) const;

Q_SIGNALS:
    // The key exists: `secret` holds its value, which the server never shows again.
    void created(const hexclave::api::NewOwnedApiKeySecret &secret);

protected:
    bool hasUnsavedInput() const override;

private:
    void createKey();
    void updateDateField();

    api::apiKeys::ApiKeyOwner m_owner;
    bool m_created = false;
    QLineEdit *m_description;
    FieldMessage *m_descriptionMessage;
    QRadioButton *m_secret;
    QRadioButton *m_public;
    QComboBox *m_expiry;
    QDateEdit *m_date;
    QPushButton *m_create;
};

} // namespace hexclave::ui
