#include "ShownOnceSecretsDialog.h"

#include "DialogParts.h"
#include "widgets/SecretClipboard.h"
#include "widgets/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

ShownOnceSecretsDialog::ShownOnceSecretsDialog(const QString &title, const QString &explanation,
                                               const QList<Secret> &secrets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setMinimumWidth(620);

    auto *warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(themedIcon(QStringLiteral("warning")).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    auto *warning = new QLabel(secrets.size() == 1
                                   ? tr("Copy this key now. It will not be shown again: the server keeps only its last "
                                        "four characters, and this app does not save it anywhere.")
                                   : tr("Copy these keys now. They will not be shown again: the server keeps only their "
                                        "last four characters, and this app does not save them anywhere."),
                               this);
    warning->setWordWrap(true);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    warning->setAccessibleName(tr("Warning"));
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(warning, 1);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    QList<QWidget *> tabChain;
    for (const Secret &secret : secrets) {
        const int row = grid->rowCount();
        auto *field = new QLineEdit(secret.value, this);
        field->setReadOnly(true);
        field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        field->setAccessibleName(secret.label);
        field->setCursorPosition(0);
        // Wide enough to show a whole key (they are about 50 characters), within reason.
        field->setMinimumWidth(std::min(field->fontMetrics().horizontalAdvance(secret.value) + 16, 720));
        auto *label = new QLabel(secret.label + u':', this);
        label->setBuddy(field);
        auto *copy = new QPushButton(themedIcon(QStringLiteral("copy")), tr("Copy"), this);
        copy->setAccessibleName(tr("Copy the %1").arg(secret.label.toLower()));
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this, [this, field, copy] {
            secretClipboard::copy(field->text());
            m_copiedAny = true;
            copy->setText(tr("Copied"));
            copy->setIcon(themedIcon(QStringLiteral("check")));
        });
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(copy, row, 2);
        m_fields << field;
        tabChain << field << copy;
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *done = buttons->addButton(
        secrets.size() == 1 ? tr("I have copied the &key") : tr("I have copied the &keys"), QDialogButtonBox::AcceptRole);
    done->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShownOnceSecretsDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(warningRow);
    if (!explanation.isEmpty())
        layout->addWidget(explanationLabel(explanation, this));
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    QWidget *previous = nullptr;
    for (QWidget *widget : std::as_const(tabChain)) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
    if (previous)
        setTabOrder(previous, done);
}

ShownOnceSecretsDialog::~ShownOnceSecretsDialog()
{
    wipe();
}

QList<QLineEdit *> ShownOnceSecretsDialog::secretFields() const
{
    return m_fields;
}

void ShownOnceSecretsDialog::reject()
{
    // Esc or the window's close button before anything was copied: the keys would be lost.
    if (!m_copiedAny && !m_fields.isEmpty() && !m_fields.constFirst()->text().isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(),
                        tr("Close without copying? The keys cannot be shown again; you would have to create new ones."),
                        QMessageBox::Cancel, this);
        QPushButton *close = box.addButton(tr("Close &without copying"), QMessageBox::DestructiveRole);
        box.setDefaultButton(qobject_cast<QPushButton *>(box.button(QMessageBox::Cancel)));
        box.exec();
        if (box.clickedButton() != close)
            return;
    }
    QDialog::reject();
}

void ShownOnceSecretsDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void ShownOnceSecretsDialog::wipe()
{
    QStringList secrets;
    for (QLineEdit *field : std::as_const(m_fields))
        secrets << field->text();
    secretClipboard::clearIfHolding(secrets);
    for (QLineEdit *field : std::as_const(m_fields))
        field->setText(QString()); // setText also drops the undo history
}

} // namespace hexclave::ui
