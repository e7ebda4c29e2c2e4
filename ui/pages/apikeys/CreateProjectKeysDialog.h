#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/ApiKey.h"

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class ExpiryPicker;
class FieldMessage;

// A new set of the project's own keys: what it is for, when it expires, and which keys it
// holds (at least one). Once the server made them, the dialog closes and the caller takes the
// keys (takeCreated) to show them once.
class CreateProjectKeysDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateProjectKeysDialog)

public:
    // "Never" is an expiry this far away (the server needs a date).
    static qint64 neverExpiresAtMillis();

    explicit CreateProjectKeysDialog(const ProjectContext &context, QWidget *parent = nullptr);
    ~CreateProjectKeysDialog() override;

    QLineEdit *descriptionField() const { return m_description; }
    FieldMessage *descriptionMessage() const { return m_descriptionMessage; }
    ExpiryPicker *expiryPicker() const { return m_expiry; }
    QCheckBox *clientKeyBox() const { return m_client; }
    QCheckBox *serverKeyBox() const { return m_server; }
    QCheckBox *adminKeyBox() const { return m_admin; }
    FieldMessage *kindsMessage() const { return m_kindsMessage; }
    QPushButton *createButton() const { return m_create; }

    // When the keys would expire if created at `nowMillis`.
    qint64 expiresAtMillis(qint64 nowMillis) const;
    // The keys the server made (once, after acceptance); empty afterwards.
    std::optional<api::NewProjectApiKeySecrets> takeCreated();

protected:
    bool hasUnsavedInput() const override;

private:
    void create();
    bool checkFields();

    std::optional<api::NewProjectApiKeySecrets> m_created;
    QLineEdit *m_description;
    FieldMessage *m_descriptionMessage;
    ExpiryPicker *m_expiry;
    QCheckBox *m_client;
    QCheckBox *m_server;
    QCheckBox *m_admin;
    FieldMessage *m_kindsMessage;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace hexclave::ui
