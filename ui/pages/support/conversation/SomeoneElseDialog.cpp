#include "SomeoneElseDialog.h"

#include "dialogs/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

SomeoneElseDialog::SomeoneElseDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_userId(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Assign to someone else"));
    m_name->setObjectName(QStringLiteral("assigneeName"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("e.g. Dana from billing"));
    m_userId->setObjectName(QStringLiteral("assigneeUserId"));
    m_userId->setAccessibleName(tr("User id (optional)"));
    m_userId->setPlaceholderText(tr("Optional"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&User id:"), m_userId);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanationLabel(
        tr("The conversation shows this name as its assignee. Give the user id of their dashboard account "
           "if you know it, so that “Assigned to me” finds it for them."),
        this));
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

models::SupportAgent SomeoneElseDialog::agent() const
{
    return {m_userId->text().trimmed(), m_name->text().trimmed()};
}

} // namespace hexclave::ui
