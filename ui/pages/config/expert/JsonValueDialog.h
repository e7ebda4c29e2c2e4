#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace hexclave::ui {

class JsonEditor;

// Edits one configuration value as JSON (objects and lists, or any value with "Edit as JSON…"),
// or — with a key field — asks for a new key and its value. OK checks the text first.
class JsonValueDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonValueDialog)

public:
    enum class Mode { EditValue, AddKey };
    // Returns an error sentence for a key and value, or an empty string when they can be used.
    using Check = std::function<QString(const QString &key, const QString &json)>;

    JsonValueDialog(Mode mode, const QString &path, const QString &jsonText, Check check, QWidget *parent = nullptr);

    QString key() const;
    QString json() const;
    JsonEditor *editor() const { return m_editor; }
    QLineEdit *keyField() const { return m_key; }

    void accept() override;

private:
    Check m_check;
    QLineEdit *m_key = nullptr;
    JsonEditor *m_editor;
    QLabel *m_message;
};

} // namespace hexclave::ui
