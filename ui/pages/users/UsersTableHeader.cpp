#include "UsersTableHeader.h"

#include "AppSettings.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

namespace hexclave::ui {

namespace {

constexpr int saveDelayMs = 500; // a drag resizes a column many times; save once it settles

} // namespace

UsersTableHeader::UsersTableHeader(QHeaderView *header, AppSettings *settings, std::function<void()> defaults)
    : QObject(header)
    , m_header(header)
    , m_settings(settings)
    , m_defaults(std::move(defaults))
    , m_menu(new QMenu(header))
    , m_saveTimer(new QTimer(this))
{
    m_menu->setTitle(tr("Columns"));
    m_header->setSectionsMovable(true);
    m_header->setFirstSectionMovable(true);
    m_defaults();
    if (m_settings) {
        const QByteArray saved = m_settings->value(AppSettings::Key::UsersTableHeader).toByteArray();
        if (!saved.isEmpty())
            m_header->restoreState(saved);
    }

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(saveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &UsersTableHeader::save);
    connect(m_header, &QHeaderView::sectionResized, this, &UsersTableHeader::scheduleSave);
    connect(m_header, &QHeaderView::sectionMoved, this, &UsersTableHeader::scheduleSave);
    connect(m_menu, &QMenu::aboutToShow, this, &UsersTableHeader::fillMenu);

    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_header->viewport()->mapToGlobal(pos)); });
}

void UsersTableHeader::fillMenu()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    const int visible = m_header->count() - m_header->hiddenSectionCount();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        QAction *toggle = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        if (toggle->text().isEmpty())
            toggle->setText(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_header->isSectionHidden(column));
        toggle->setEnabled(m_header->isSectionHidden(column) || visible > 1);
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            if (shown && m_header->sectionSize(column) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(column, m_header->defaultSectionSize());
            save();
        });
    }
    m_menu->addSeparator();
    QAction *reset = m_menu->addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        for (int column = 0; column < m_header->count(); ++column)
            m_header->moveSection(m_header->visualIndex(column), column);
        m_defaults();
        save();
    });
}

void UsersTableHeader::scheduleSave()
{
    if (m_settings)
        m_saveTimer->start();
}

void UsersTableHeader::save()
{
    m_saveTimer->stop();
    if (m_settings)
        m_settings->setValue(AppSettings::Key::UsersTableHeader, m_header->saveState());
}

} // namespace hexclave::ui
