#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;

namespace hexclave::ui {

// A new secret the server will never show again (API keys): one read-only field with a Copy
// button per secret, a clear warning, and "I have copied the keys" to close. The texts are
// wiped from the widgets on close; the clipboard is cleared a minute later if it still holds one
// of them (secretClipboard::clearLater), so that what was copied last can still be pasted.
// Nothing is stored or logged.
class ShownOnceSecretsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownOnceSecretsDialog)

public:
    struct Secret
    {
        QString label;    // "Secret server key"
        QString value;
        QString copyName; // of its Copy button: "Copy the secret server key"
    };

    ShownOnceSecretsDialog(const QString &title, const QString &explanation, const QList<Secret> &secrets,
                           QWidget *parent = nullptr);
    ~ShownOnceSecretsDialog() override;

    QList<QLineEdit *> secretFields() const; // for tests

    // Esc or closing the window before every secret was copied asks first.
    void reject() override;

protected:
    void done(int result) override;

private:
    void markCopied(const QString &clipboardText);
    QStringList notCopiedLabels() const;
    void wipe();

    QList<QLineEdit *> m_fields;
    QStringList m_labels;
    QList<bool> m_copied; // per field: by its button, or by Ctrl+C in it
};

} // namespace hexclave::ui
