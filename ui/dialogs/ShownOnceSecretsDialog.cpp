#include "ShownOnceSecretsDialog.h"

#include "DialogParts.h"
#include "widgets/SecretClipboard.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    setIconPixmap(warningIcon, themedIcon(QStringLiteral("warning")), iconSize);
    warningIcon->setAlignment(Qt::AlignTop);
    auto *warning = new QLabel(secrets.size() == 1
                                   ? tr("Copy this key now. It will not be shown again: the server keeps only its last "
                                        "four characters, and this app does not save it anywhere. The clipboard is "
                                        "cleared one minute after you close this window.")
                                   : tr("Copy these keys now. They will not be shown again: the server keeps only their "
                                        "last four characters, and this app does not save them anywhere. The "
                                        "clipboard is cleared one minute after you close this window."),
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
        copy->setAccessibleName(secret.copyName);
        copy->setAutoDefault(false);
        const qsizetype index = m_fields.size();
        connect(copy, &QPushButton::clicked, this, [this, field, copy, index] {
            secretClipboard::copy(field->text());
            m_copied[index] = true;
            copy->setText(tr("Copied"));
            copy->setIcon(themedIcon(QStringLiteral("check")));
        });
        grid->addWidget(label, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(copy, row, 2);
        m_fields << field;
        m_labels << secret.label;
        m_copied << false;
        tabChain << field << copy;
    }
    // Copied some other way (Ctrl+C or the field's context menu) counts too.
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { markCopied(QApplication::clipboard()->text()); });

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

void ShownOnceSecretsDialog::markCopied(const QString &clipboardText)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!clipboardText.isEmpty() && m_fields.at(i)->text() == clipboardText)
            m_copied[i] = true;
    }
}

QStringList ShownOnceSecretsDialog::notCopiedLabels() const
{
    QStringList labels;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!m_copied.at(i) && !m_fields.at(i)->text().isEmpty())
            labels << m_labels.at(i);
    }
    return labels;
}

void ShownOnceSecretsDialog::reject()
{
    // Esc or the window's close button before every key was copied: the others would be lost.
    if (const QStringList notCopied = notCopiedLabels(); !notCopied.isEmpty()) {
        QString question;
        if (m_fields.size() == 1)
            question = tr("Close without copying the key? It cannot be shown again; you would have to create a new one.");
        else if (notCopied.size() == m_fields.size())
            question = tr("Close without copying the keys? They cannot be shown again; you would have to create new "
                          "ones.");
        else
            question = tr("Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you "
                          "would have to create new ones.")
                           .arg(QLocale().createSeparatedList(notCopied));
        QMessageBox box(QMessageBox::Warning, windowTitle(), question, QMessageBox::Cancel, this);
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
    // Cleared a while later, not now: what was copied last must still be there to paste.
    secretClipboard::clearLater(secrets);
    for (QLineEdit *field : std::as_const(m_fields))
        field->setText(QString()); // setText also drops the undo history
}

} // namespace hexclave::ui
