#include "JsonValueDialog.h"

#include "dialogs/DialogParts.h"
#include "widgets/JsonEditor.h"
#include "widgets/PaletteColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

JsonValueDialog::JsonValueDialog(Mode mode, const QString &path, const QString &jsonText, Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_editor(new JsonEditor(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("jsonValueDialog"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::AddKey) {
        setWindowTitle(path.isEmpty() ? tr("Add a top-level key") : tr("Add a key to %1").arg(path));
        m_key = new QLineEdit(this);
        m_key->setObjectName(QStringLiteral("newKey"));
        m_key->setAccessibleName(tr("Key"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Key:"), m_key);
        layout->addLayout(form);
        layout->addWidget(explanationLabel(
            tr("Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […]."), this));
    } else {
        setWindowTitle(tr("Edit %1").arg(path));
        layout->addWidget(explanationLabel(tr("The value of %1 as JSON.").arg(path), this));
    }
    m_editor->setObjectName(QStringLiteral("jsonValue"));
    m_editor->setAccessibleName(tr("Value"));
    m_editor->setJson(jsonText);
    layout->addWidget(m_editor, 1);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette colors = m_message->palette();
    colors.setColor(QPalette::WindowText, errorTextColor(colors));
    m_message->setPalette(colors);
    m_message->hide();
    layout->addWidget(m_message);
    connect(m_editor, &JsonEditor::syntaxErrorChanged, this, [this] {
        m_message->setText(m_editor->errorText());
        m_message->setVisible(!m_message->text().isEmpty());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_key)
        m_key->setFocus();
    else
        m_editor->setFocus();
    resize(560, 420);
}

QString JsonValueDialog::key() const
{
    return m_key ? m_key->text().trimmed() : QString();
}

QString JsonValueDialog::json() const
{
    return m_editor->json();
}

void JsonValueDialog::accept()
{
    m_editor->validateNow();
    QString problem = m_editor->errorText();
    if (problem.isEmpty() && m_check)
        problem = m_check(key(), json());
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        if (!m_editor->moveCursorToError() && m_key)
            m_key->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hexclave::ui
