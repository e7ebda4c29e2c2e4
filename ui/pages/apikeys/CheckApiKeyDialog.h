#pragma once

#include "dialogs/RequestDialog.h"
#include "dto/ApiKey.h"

class QLineEdit;
class QPushButton;

namespace hexclave::ui {

class FieldMessage;

// Asks the server whether a pasted user (or team) API key works: valid (and whose it is),
// revoked, expired or unknown. The key is sent only to be checked; it is never stored or logged,
// and it is wiped from the field when the dialog closes.
class CheckApiKeyDialog : public RequestDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckApiKeyDialog)

public:
    enum class Outcome { None, Valid, ValidForAnotherOwner, Revoked, Expired, NotFound, OtherKind, Failed };
    Q_ENUM(Outcome)

    // `ownerId` and `ownerName`: whose keys are being looked at, to say when a valid key is
    // someone else's.
    CheckApiKeyDialog(const ProjectContext &context, api::ApiKeyOwnerKind kind, const QString &ownerId,
                      const QString &ownerName, QWidget *parent = nullptr);
    ~CheckApiKeyDialog() override;

    QLineEdit *keyField() const { return m_key; }
    QPushButton *checkButton() const { return m_check; }
    Outcome outcome() const { return m_outcome; }
    QString resultText() const;

    void done(int result) override;

private:
    void check();
    void showOutcome(Outcome outcome, const QString &text);

    api::ApiKeyOwnerKind m_kind;
    QString m_ownerId;
    QString m_ownerName;
    QLineEdit *m_key;
    FieldMessage *m_result;
    QPushButton *m_check;
    Outcome m_outcome = Outcome::None;
};

} // namespace hexclave::ui
