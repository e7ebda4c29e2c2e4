#include "PermissionChecklist.h"

#include "widgets/PaletteColors.h"
#include "widgets/SearchIcon.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hexclave::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

PermissionChecklist::PermissionChecklist(bool withFilter, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setPlaceholderText(tr("Filter permissions"));
        m_filter->setClearButtonEnabled(true);
        addSearchIcon(m_filter);
        m_filter->setAccessibleName(tr("Filter permissions"));
        connect(m_filter, &QLineEdit::textChanged, this, &PermissionChecklist::applyFilter);
        layout->addWidget(m_filter);
    }
    m_list->setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_filter ? static_cast<QWidget *>(m_filter) : m_list);
    applyListPalette();

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
}

void PermissionChecklist::setAccessibleName(const QString &name)
{
    m_list->setAccessibleName(name);
}

QListWidgetItem *PermissionChecklist::addItem(const QString &id, const QString &text, bool isSystem)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(IdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    if (isSystem)
        item->setToolTip(tr("A system permission, built into the server"));
    return item;
}

void PermissionChecklist::setPermissions(const QList<api::PermissionDefinition> &permissions, const QStringList &checked)
{
    m_filling = true;
    m_list->clear();
    // Custom permissions first, then the system ones, as in the permissions tree.
    QList<api::PermissionDefinition> ordered = permissions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const api::PermissionDefinition &a, const api::PermissionDefinition &b) {
                         return !a.isSystem() && b.isSystem();
                     });
    for (const api::PermissionDefinition &permission : std::as_const(ordered)) {
        const QString description = permission.description.value_or(QString());
        addItem(permission.id, description.isEmpty() ? permission.id : permission.id + QStringLiteral(" — ") + description,
                permission.isSystem());
    }
    for (const QString &id : checked) {
        if (!item(id))
            addItem(id, tr("%1 — not defined").arg(id), id.startsWith(u'$'));
    }
    m_filling = false;
    setCheckedIds(checked);
    applyFilter();
}

QListWidgetItem *PermissionChecklist::item(const QString &id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id)
            return m_list->item(row);
    }
    return nullptr;
}

QStringList PermissionChecklist::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(IdRole).toString();
    }
    ids.sort();
    return ids;
}

void PermissionChecklist::setCheckedIds(const QStringList &ids)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    bool differs = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *line = m_list->item(row);
        const Qt::CheckState state = ids.contains(line->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked;
        differs = differs || line->checkState() != state;
        line->setCheckState(state);
    }
    m_filling = wasFilling;
    if (differs && !m_filling)
        Q_EMIT changed();
}

bool PermissionChecklist::isEmpty() const
{
    return m_list->count() == 0;
}

void PermissionChecklist::applyFilter()
{
    const QString filter = m_filter ? m_filter->text().trimmed() : QString();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *line = m_list->item(row);
        line->setHidden(!filter.isEmpty() && !line->text().contains(filter, Qt::CaseInsensitive));
    }
}

void PermissionChecklist::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingPalette)
        applyListPalette();
}

void PermissionChecklist::applyListPalette()
{
    m_applyingPalette = true;
    m_list->setPalette(withVisibleItemCheckBoxes(palette()));
    m_applyingPalette = false;
}

} // namespace hexclave::ui
