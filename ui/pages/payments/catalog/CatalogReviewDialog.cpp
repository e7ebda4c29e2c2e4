#include "CatalogReviewDialog.h"

#include "CatalogTexts.h"
#include "TextDiff.h"
#include "widgets/PaletteColors.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::CatalogDraft;
using models::DiffLine;
using ChangeKind = CatalogDraft::ChangeKind;
using EntryKind = CatalogDraft::EntryKind;

CatalogReviewDialog::CatalogReviewDialog(const QList<CatalogDraft::Change> &changes,
                                         const QList<models::CatalogProblem> &problems, QWidget *parent)
    : QDialog(parent)
    , m_changes(changes)
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_diff(new QTextEdit(this))
{
    setWindowTitle(tr("Review changes"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Saving writes %n change(s) to the project's configuration:", nullptr, int(changes.size())));

    QStringList lines;
    for (const models::CatalogProblem &problem : problems)
        lines << tr("• %1 — %2").arg(problem.path, problem.message);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setText(tr("Fix these first:") + u'\n' + lines.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());

    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_diff->setAccessibleName(tr("Changes"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    m_save->setEnabled(problems.isEmpty() && !changes.isEmpty());
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_notice->font();
    bold.setBold(true);
    m_notice->setFont(bold);
    m_notice->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    render();
    resize(720, 640);
}

void CatalogReviewDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString CatalogReviewDialog::changeTitle(const CatalogDraft::Change &change)
{
    const QString name = CatalogTexts::named(change.displayName, change.id);
    switch (change.kind) {
    case ChangeKind::Added:
        switch (change.entry) {
        case EntryKind::Product: return tr("New product %1").arg(name);
        case EntryKind::Item: return tr("New item %1").arg(name);
        case EntryKind::ProductLine: return tr("New product line %1").arg(name);
        }
        break;
    case ChangeKind::Changed:
        switch (change.entry) {
        case EntryKind::Product: return tr("Changed product %1").arg(name);
        case EntryKind::Item: return tr("Changed item %1").arg(name);
        case EntryKind::ProductLine: return tr("Changed product line %1").arg(name);
        }
        break;
    case ChangeKind::Removed:
        break;
    }
    switch (change.entry) {
    case EntryKind::Product: return tr("Deleted product %1").arg(name);
    case EntryKind::Item: return tr("Deleted item %1").arg(name);
    case EntryKind::ProductLine: break;
    }
    return tr("Deleted product line %1").arg(name);
}

void CatalogReviewDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rendering)
        render();
}

void CatalogReviewDialog::render()
{
    m_rendering = true;
    // The dialog's own palette: on a palette change it hears first, before its children.
    const QPalette colors = palette();
    if (m_problems->isVisible() || !m_problems->text().isEmpty()) {
        QPalette problemsPalette = m_problems->palette();
        problemsPalette.setColor(QPalette::WindowText, errorTextColor(colors));
        m_problems->setPalette(problemsPalette);
    }
    m_diff->clear();
    QTextCursor cursor(m_diff->document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(colors.color(QPalette::Text));
    QTextCharFormat path;
    path.setForeground(colors.color(QPalette::PlaceholderText));
    QTextCharFormat code;
    code.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code.setForeground(colors.color(QPalette::Text));
    bool first = true;
    for (const CatalogDraft::Change &change : std::as_const(m_changes)) {
        QTextBlockFormat headingBlock;
        headingBlock.setTopMargin(first ? 0 : 14);
        headingBlock.setBottomMargin(4);
        if (first)
            cursor.setBlockFormat(headingBlock);
        else
            cursor.insertBlock(headingBlock);
        first = false;
        cursor.insertText(changeTitle(change), heading);
        cursor.insertText(QStringLiteral("   ") + change.path, path);
        for (const DiffLine &line : models::diffTexts(change.beforeJson, change.afterJson)) {
            QTextBlockFormat block;
            QString marker = QStringLiteral("  ");
            if (line.kind == DiffLine::Kind::Added) {
                block.setBackground(diffAddedBackground(colors));
                marker = QStringLiteral("+ ");
            } else if (line.kind == DiffLine::Kind::Removed) {
                block.setBackground(diffRemovedBackground(colors));
                marker = QStringLiteral("- ");
            }
            cursor.insertBlock(block);
            cursor.insertText(marker + line.text, code);
        }
    }
    m_diff->moveCursor(QTextCursor::Start);
    m_rendering = false;
}

} // namespace hexclave::ui
