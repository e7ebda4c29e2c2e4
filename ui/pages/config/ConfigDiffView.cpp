#include "ConfigDiffView.h"

#include "TextDiff.h"
#include "config/ConfigDiff.h"
#include "config/ConfigSecrets.h"
#include "widgets/PaletteColors.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::DiffLine;
using Kind = ConfigDiffView::Row::Kind;

namespace {

constexpr int contextLines = 3;

QPlainTextEdit *diffPane(const QString &objectName, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(objectName);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return pane;
}

QWidget *titledPane(QLabel *title, QPlainTextEdit *pane, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    layout->addWidget(pane, 1);
    return box;
}

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

QString changeKindText(api::ConfigChange::Kind kind)
{
    switch (kind) {
    case api::ConfigChange::Kind::Added: return ConfigDiffView::tr("Added");
    case api::ConfigChange::Kind::Removed: return ConfigDiffView::tr("Removed");
    case api::ConfigChange::Kind::Changed: break;
    }
    return ConfigDiffView::tr("Changed");
}

QString elided(const QString &text)
{
    constexpr qsizetype maxLength = 120;
    return text.size() > maxLength ? text.left(maxLength - 1) + u'\u2026' : text;
}

} // namespace

ConfigDiffView::ConfigDiffView(QWidget *parent)
    : QWidget(parent)
    , m_changeList(new QTreeWidget(this))
    , m_onlyChanges(new QCheckBox(tr("Only changes"), this))
    , m_beforeTitle(new QLabel(this))
    , m_afterTitle(new QLabel(this))
    , m_beforePane(diffPane(QStringLiteral("diffBefore"), this))
    , m_afterPane(diffPane(QStringLiteral("diffAfter"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_changeList->setObjectName(QStringLiteral("configChangeList"));
    m_changeList->setAccessibleName(tr("Changed settings"));
    m_changeList->setRootIsDecorated(false);
    m_changeList->setUniformRowHeights(true);
    m_changeList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_changeList->setHeaderLabels({tr("Setting"), tr("Change"), tr("Before"), tr("After")});
    m_changeList->header()->setStretchLastSection(true);
    m_changeList->setAlternatingRowColors(true);

    m_onlyChanges->setObjectName(QStringLiteral("onlyChanges"));
    m_onlyChanges->setToolTip(tr("Show only the changed lines and a few lines around them"));
    connect(m_onlyChanges, &QCheckBox::toggled, this, [this] { render(); });

    m_beforePane->setAccessibleName(tr("Before"));
    m_afterPane->setAccessibleName(tr("After"));
    syncScrollBars(m_beforePane->verticalScrollBar(), m_afterPane->verticalScrollBar());
    syncScrollBars(m_beforePane->horizontalScrollBar(), m_afterPane->horizontalScrollBar());

    auto *panes = new QWidget(m_splitter);
    auto *panesLayout = new QVBoxLayout(panes);
    panesLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideBySide = new QHBoxLayout;
    sideBySide->addWidget(titledPane(m_beforeTitle, m_beforePane, panes), 1);
    sideBySide->addWidget(titledPane(m_afterTitle, m_afterPane, panes), 1);
    panesLayout->addLayout(sideBySide, 1);
    panesLayout->addWidget(m_onlyChanges);

    m_splitter->addWidget(m_changeList);
    m_splitter->addWidget(panes);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void ConfigDiffView::setTrees(const api::ConfigTree &before, const api::ConfigTree &after, const QString &beforeTitle,
                              const QString &afterTitle)
{
    m_before = before;
    m_after = after;
    m_beforeTitle->setText(beforeTitle);
    m_afterTitle->setText(afterTitle);
    rebuild();
}

void ConfigDiffView::setChangeListVisible(bool visible)
{
    m_changeList->setVisible(visible);
}

void ConfigDiffView::setOnlyChanges(bool only)
{
    m_onlyChanges->setChecked(only);
}

bool ConfigDiffView::onlyChanges() const
{
    return m_onlyChanges->isChecked();
}

QList<ConfigDiffView::Row> ConfigDiffView::alignedRows(const QString &beforeText, const QString &afterText)
{
    QList<Row> rows;
    QStringList removed;
    QStringList added;
    const auto flushStretch = [&] {
        // A changed stretch: its removed lines next to its added ones, blank filler below the shorter side.
        const qsizetype count = std::max(removed.size(), added.size());
        for (qsizetype i = 0; i < count; ++i) {
            Row row;
            if (i < removed.size()) {
                row.before = removed.at(i);
                row.beforeKind = Kind::Removed;
            } else {
                row.beforeKind = Kind::Filler;
            }
            if (i < added.size()) {
                row.after = added.at(i);
                row.afterKind = Kind::Added;
            } else {
                row.afterKind = Kind::Filler;
            }
            rows.append(row);
        }
        removed.clear();
        added.clear();
    };
    for (const DiffLine &line : models::diffTexts(beforeText, afterText)) {
        switch (line.kind) {
        case DiffLine::Kind::Removed:
            if (!added.isEmpty())
                flushStretch();
            removed.append(line.text);
            break;
        case DiffLine::Kind::Added:
            added.append(line.text);
            break;
        case DiffLine::Kind::Same:
            flushStretch();
            rows.append(Row{line.text, line.text, Kind::Same, Kind::Same});
            break;
        }
    }
    flushStretch();
    return rows;
}

void ConfigDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rendering)
        render();
}

void ConfigDiffView::rebuild()
{
    const auto [before, after] = models::withSecretsMasked(m_before, m_after);
    m_rows = alignedRows(before.toJsonText(true), after.toJsonText(true));
    fillChangeList();
    render();
}

void ConfigDiffView::fillChangeList()
{
    m_changeList->clear();
    const QList<api::ConfigChange> changes = api::diffConfigs(m_before, m_after);
    m_changeCount = int(changes.size());
    QList<QTreeWidgetItem *> items;
    for (const api::ConfigChange &change : changes) {
        const QString before = models::shownValueText(change.path, change.before);
        const QString after = models::shownValueText(change.path, change.after);
        auto *item = new QTreeWidgetItem({change.path, changeKindText(change.kind()), elided(before), elided(after)});
        item->setToolTip(2, before);
        item->setToolTip(3, after);
        items.append(item);
    }
    m_changeList->addTopLevelItems(items);
    for (int column = 0; column < 3; ++column)
        m_changeList->resizeColumnToContents(column);
}

void ConfigDiffView::render()
{
    m_rendering = true;
    m_shownRows.clear();
    if (m_onlyChanges->isChecked()) {
        QList<bool> keep(m_rows.size(), false);
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).beforeKind == Kind::Same)
                continue;
            for (qsizetype j = std::max<qsizetype>(0, i - contextLines);
                 j <= std::min(m_rows.size() - 1, i + contextLines); ++j)
                keep[j] = true;
        }
        bool inGap = false;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (keep.at(i)) {
                m_shownRows.append(m_rows.at(i));
                inGap = false;
            } else if (!inGap) {
                m_shownRows.append(Row{QStringLiteral("\u22ef"), QStringLiteral("\u22ef"), Kind::Gap, Kind::Gap});
                inGap = true;
            }
        }
    } else {
        m_shownRows = m_rows;
    }

    const QPalette colors = palette();
    const auto background = [&colors](Kind kind) -> QBrush {
        switch (kind) {
        case Kind::Removed: return diffRemovedBackground(colors);
        case Kind::Added: return diffAddedBackground(colors);
        case Kind::Filler:
        case Kind::Gap: return colors.color(QPalette::AlternateBase);
        case Kind::Same: break;
        }
        return Qt::NoBrush;
    };
    const auto fill = [&](QPlainTextEdit *pane, bool beforeSide) {
        const int scroll = pane->verticalScrollBar()->value();
        pane->clear();
        QTextCursor cursor(pane->document());
        cursor.beginEditBlock();
        bool first = true;
        for (const Row &row : std::as_const(m_shownRows)) {
            QTextBlockFormat block;
            block.setBackground(background(beforeSide ? row.beforeKind : row.afterKind));
            if (first)
                cursor.setBlockFormat(block);
            else
                cursor.insertBlock(block);
            first = false;
            cursor.insertText(beforeSide ? row.before : row.after);
        }
        cursor.endEditBlock();
        pane->verticalScrollBar()->setValue(scroll);
    };
    fill(m_beforePane, true);
    fill(m_afterPane, false);
    m_rendering = false;
}

} // namespace hexclave::ui
