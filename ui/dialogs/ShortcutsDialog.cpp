#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

QList<ShortcutsDialog::Section> ShortcutsDialog::sections()
{
    return {
        {tr("Everywhere"),
         {
             {QStringLiteral("Ctrl+K"), tr("Command palette: go to a page, project, user or team, or run a command")},
             {QStringLiteral("Ctrl+P"), tr("Project switcher")},
             {QStringLiteral("Alt+1"), tr("Overview … Alt+9 Config: the areas in order")},
             {QStringLiteral("Ctrl+Shift+R"), tr("Reload the projects and retry failed connections")},
             {QStringLiteral("Ctrl+O"), tr("Open a configuration file")},
             {QStringLiteral("Ctrl+,"), tr("Preferences")},
             {QStringLiteral("F1"), tr("Keyboard shortcuts")},
             {QStringLiteral("Ctrl+Q"), tr("Quit")},
             {QStringLiteral("Ctrl+F"), tr("Search the current list")},
             {QStringLiteral("Esc"), tr("Clear the search")},
             {QStringLiteral("F5"), tr("Reload the current list")},
         }},
        {tr("Users"),
         {
             {QStringLiteral("Ctrl+N"), tr("New user")},
             {QStringLiteral("F2"), tr("Edit (also Enter)")},
             {QStringLiteral("Ctrl+Shift+L"), tr("Restrict or lift a restriction")},
             {QStringLiteral("Ctrl+Shift+I"), tr("Impersonate")},
             {QStringLiteral("Del"), tr("Delete (several users: bulk delete)")},
             {QStringLiteral("Ctrl+Shift+T"), tr("Add to a team")},
             {QStringLiteral("Ctrl+Shift+G"), tr("Grant a project permission")},
             {QStringLiteral("Ctrl+C"), tr("Copy emails")},
             {QStringLiteral("Ctrl+Shift+C"), tr("Copy user ids")},
             {QStringLiteral("Ctrl+E"), tr("Export the matching users")},
         }},
        {tr("Teams"),
         {
             {QStringLiteral("Ctrl+N"), tr("New team")},
             {QStringLiteral("F2"), tr("Edit")},
             {QStringLiteral("Del"), tr("Delete")},
             {QStringLiteral("Ctrl+Shift+C"), tr("Copy the id")},
         }},
        {tr("Permissions"),
         {
             {QStringLiteral("Ctrl+N"), tr("New permission")},
             {QStringLiteral("F2"), tr("Edit")},
             {QStringLiteral("Del"), tr("Delete")},
         }},
        {tr("API keys"),
         {
             {QStringLiteral("Ctrl+N"), tr("New key set")},
             {QStringLiteral("Del"), tr("Revoke")},
         }},
        {tr("Payments"),
         {
             {QStringLiteral("Ctrl+1"), tr("Tabs: Ctrl+1 … Ctrl+4")},
             {QStringLiteral("Ctrl+N"), tr("New product")},
             {QStringLiteral("F2"), tr("Edit")},
             {QStringLiteral("Del"), tr("Delete")},
             {QStringLiteral("Ctrl+S"), tr("Review and save the catalog")},
             {QStringLiteral("Ctrl+F"), tr("Customer chooser")},
         }},
        {tr("Emails"),
         {
             {QStringLiteral("Ctrl+1"), tr("Tabs: Ctrl+1 … Ctrl+6")},
             {QStringLiteral("Ctrl+R"), tr("Render the preview")},
         }},
        {tr("Support"),
         {
             {QStringLiteral("Ctrl+N"), tr("New conversation")},
             {QStringLiteral("Ctrl+Return"), tr("Send the reply or note")},
         }},
        {tr("Overview"),
         {
             {QStringLiteral("Return"), tr("Open the selected recent user")},
         }},
        {tr("Configuration"),
         {
             {QStringLiteral("F2"), tr("Edit a value (Expert)")},
             {QStringLiteral("Ctrl+S"), tr("Review and save (Expert)")},
         }},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Action")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAlternatingRowColors(true);
    for (const Section &section : sections()) {
        auto *group = new QTreeWidgetItem(m_list, {section.title});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Shortcut &shortcut : section.shortcuts)
            new QTreeWidgetItem(group, {QKeySequence(shortcut.keys).toString(QKeySequence::NativeText), shortcut.description});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace hexclave::ui
