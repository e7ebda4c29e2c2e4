#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;

namespace hexclave::ui {

// A new secret the server will never show again (API keys): one read-only field with a Copy
// button per secret, a clear warning, and "I have copied the keys" to close. The texts are
// wiped from the widgets on close, and the clipboard is cleared if it still holds one of them.
// Nothing is stored or logged.
class ShownOnceSecretsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownOnceSecretsDialog)

public:
    struct Secret
    {
        QString label; // "Secret server key"
        QString value;
    };

    ShownOnceSecretsDialog(const QString &title, const QString &explanation, const QList<Secret> &secrets,
                           QWidget *parent = nullptr);
    ~ShownOnceSecretsDialog() override;

    QList<QLineEdit *> secretFields() const; // for tests

    // Esc or closing the window before any secret was copied asks first.
    void reject() override;

protected:
    void done(int result) override;

private:
    void wipe();

    QList<QLineEdit *> m_fields;
    bool m_copiedAny = false;
};

} // namespace hexclave::ui
