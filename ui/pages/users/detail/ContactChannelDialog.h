#pragma once

#include "dto/ContactChannel.h"
#include "endpoints/ContactChannelsEndpoints.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hexclave::ui {

// Adds an email contact channel to a user, or edits the flags of one: used for sign-in,
// primary, verified. The address is checked before the dialog can be accepted.
class ContactChannelDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactChannelDialog)

public:
    // Adding a channel to `userLabel`.
    explicit ContactChannelDialog(const QString &userLabel, QWidget *parent = nullptr);
    // Editing `channel`'s flags.
    ContactChannelDialog(const api::ContactChannel &channel, QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QCheckBox *usedForAuthBox() const { return m_usedForAuth; }
    QCheckBox *primaryBox() const { return m_primary; }
    QCheckBox *verifiedBox() const { return m_verified; }

    api::contactChannels::NewContactChannel newChannel(const QString &userId) const;
    // Only what changed; empty when nothing did.
    api::contactChannels::ContactChannelPatch patch() const;
    bool hasChanges() const;

    void accept() override;

private:
    void build(const QString &intro);
    void updateState();

    std::optional<api::ContactChannel> m_original;
    QLineEdit *m_email;
    QLabel *m_emailProblem;
    QCheckBox *m_usedForAuth;
    QCheckBox *m_primary;
    QCheckBox *m_verified;
    QDialogButtonBox *m_buttons;
};

} // namespace hexclave::ui
