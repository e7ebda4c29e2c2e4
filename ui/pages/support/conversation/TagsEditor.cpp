#include "TagsEditor.h"

#include "FlowLayout.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace hexclave::ui {

TagsEditor::TagsEditor(QWidget *parent)
    : QWidget(parent)
    , m_flow(new FlowLayout(this, 4))
    , m_input(new QLineEdit(this))
    , m_completions(new QStringListModel(this))
    , m_completer(new QCompleter(m_completions, this))
{
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("Add tag…"));
    m_input->setAccessibleName(tr("Add tag"));
    m_input->setToolTip(tr("Type a tag and press Enter; separate several with commas"));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumWidth(m_input->fontMetrics().horizontalAdvance(QStringLiteral("feature-request")) + 40);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_flow->addWidget(m_input);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        // Enter also accepts a completion; the text then already holds the chosen tag.
        if (!m_input->text().trimmed().isEmpty())
            Q_EMIT addRequested(m_input->text());
    });
}

void TagsEditor::setTags(const QStringList &tags)
{
    if (tags == m_tags && m_chips.size() == tags.size())
        return;
    m_tags = tags;
    rebuildChips();
    updateCompletions();
}

void TagsEditor::setKnownTags(const QStringList &tags)
{
    m_knownTags = tags;
    updateCompletions();
}

void TagsEditor::clearInput()
{
    m_input->clear();
}

void TagsEditor::rebuildChips()
{
    const bool inputHadFocus = m_input->hasFocus();
    QWidget *focused = focusWidget();
    const int focusedChip = int(m_chips.indexOf(focused));
    // The new chips go into the Tab order where the old ones were: right before the field, after
    // the focusable widget that precedes it (setTabOrder ignores widgets without focus).
    QWidget *before = m_input->previousInFocusChain();
    while (before && before != m_input && (m_chips.contains(before) || !(before->focusPolicy() & Qt::TabFocus)))
        before = before->previousInFocusChain();
    if (before == m_input)
        before = nullptr;
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_flow->removeWidget(m_input);
    QWidget *previous = before;
    for (const QString &tag : std::as_const(m_tags)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tag + QStringLiteral("  ✕"));
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setAccessibleName(tr("Remove tag %1").arg(tag));
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setProperty("tag", tag);
        connect(chip, &QToolButton::clicked, this, [this, tag] { Q_EMIT removeRequested(tag); });
        m_flow->addWidget(chip);
        chip->show(); // the layout would show it only later
        m_chips << chip;
        if (previous)
            setTabOrder(previous, chip);
        previous = chip;
    }
    m_flow->addWidget(m_input);
    if (previous)
        setTabOrder(previous, m_input);
    // After removing a chip by keyboard, keep the focus nearby instead of losing it.
    if (focusedChip >= 0 && !m_chips.isEmpty())
        m_chips.at(std::min(focusedChip, int(m_chips.size()) - 1))->setFocus();
    else if (focusedChip >= 0 || inputHadFocus)
        m_input->setFocus();
    updateGeometry();
}

void TagsEditor::updateCompletions()
{
    QStringList offered;
    for (const QString &tag : std::as_const(m_knownTags)) {
        if (!m_tags.contains(tag))
            offered << tag;
    }
    m_completions->setStringList(offered);
}

} // namespace hexclave::ui
