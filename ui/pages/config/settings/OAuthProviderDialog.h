#pragma once

#include "config/ConfigTarget.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace hexclave::ui {

class FieldMessage;

// Adds or edits one OAuth provider of the configuration: its id and type (when added), sign-in
// and connected accounts (branch), shared development keys or the project's own client id and
// secret and the type's extra fields (environment). The dialog only collects settings: the
// section keeps them as pending edits.
class OAuthProviderDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProviderDialog)

public:
    // `providerId` empty: a new provider. `values`: the configuration as shown; `takenIds`: ids
    // that cannot be used for a new provider.
    OAuthProviderDialog(models::ConfigTarget *target, const api::ConfigTree &values, const QString &providerId,
                        const QStringList &takenIds, QWidget *parent = nullptr);

    QString providerId() const;
    // What the dialog changes, compared with `values` (all fields of a new provider).
    QList<models::ConfigSetting> settings() const;

    static QString providerPath(const QString &id);
    // "GitHub" for github; an unknown type as it is.
    static QString typeName(const QString &type);

private:
    void typeChanged();
    void validate();
    QLineEdit *addTextField(const QString &key, const QString &label, bool secret);

    QPointer<models::ConfigTarget> m_target;
    api::ConfigTree m_values;
    QString m_existingId;
    QStringList m_takenIds;
    QLineEdit *m_id;
    FieldMessage *m_idMessage;
    QComboBox *m_type;
    QCheckBox *m_allowSignIn;
    QCheckBox *m_allowConnectedAccounts;
    QCheckBox *m_isShared;
    QList<QPair<QString, QLineEdit *>> m_textFields; // key inside the provider, field
    QDialogButtonBox *m_buttons;
    QFormLayout *m_keysForm;
    bool m_idEdited = false;
};

} // namespace hexclave::ui
