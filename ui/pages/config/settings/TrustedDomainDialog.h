#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace hexclave::ui {

class FieldMessage;

// Adds or edits a trusted domain: its base URL (wildcards such as https://*.example.com allowed)
// and its handler path.
class TrustedDomainDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustedDomainDialog)

public:
    TrustedDomainDialog(const QString &baseUrl, const QString &handlerPath, QWidget *parent = nullptr);

    QString baseUrl() const;
    QString handlerPath() const;

    // Empty when fine; otherwise what is wrong, for a person.
    static QString baseUrlProblem(const QString &baseUrl);
    static QString handlerPathProblem(const QString &handlerPath);

private:
    void validate();

    QLineEdit *m_baseUrl;
    FieldMessage *m_baseUrlMessage;
    QLineEdit *m_handlerPath;
    FieldMessage *m_handlerPathMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace hexclave::ui
