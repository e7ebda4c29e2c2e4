#include "TypedConfirmationDialog.h"

#include "widgets/DestructiveButton.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

TypedConfirmationDialog::TypedConfirmationDialog(const ProjectContext &context, const QString &deleteLabel,
                                                 QWidget *parent)
    : RequestDialog(context, parent)
    , m_confirmation(new QLineEdit(this))
    , m_delete(new DestructiveButton(deleteLabel, this))
{
    setMinimumWidth(520);
}

void TypedConfirmationDialog::setUpConfirmation(QLabel *explanation, const QString &prompt, const QString &fieldName)
{
    auto *icon = new QLabel(this);
    setIconPixmap(icon, themedIcon(QStringLiteral("warning")), 32);
    icon->setAlignment(Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(explanation, 1);

    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    promptLabel->setTextFormat(Qt::RichText);
    promptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    promptLabel->setBuddy(m_confirmation);
    m_confirmation->setAccessibleName(fieldName);
    m_confirmation->setPlaceholderText(confirmationText());

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    // Enter presses Delete only once it is enabled, i.e. once the text matches.
    m_delete->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(promptLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(busyLine());
    layout->addWidget(buttons);

    setFormWidgets({m_confirmation, m_delete});
    connect(m_confirmation, &QLineEdit::textChanged, this, &TypedConfirmationDialog::updateDeleteButton);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!isBusy() && confirmationMatches())
            confirmed();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &TypedConfirmationDialog::reject);
    m_confirmation->setFocus();
    updateDeleteButton();
}

bool TypedConfirmationDialog::confirmationMatches() const
{
    return m_confirmation->text().trimmed() == confirmationText().trimmed();
}

void TypedConfirmationDialog::updateDeleteButton()
{
    const bool matches = confirmationMatches();
    m_delete->setEnabled(matches && !isBusy());
    m_delete->setToolTip(matches ? QString() : tr("Type %1 exactly to enable this button.").arg(confirmationText()));
}

} // namespace hexclave::ui
