#include "DomainsSection.h"

#include "TrustedDomainDialog.h"
#include "dialogs/DialogParts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

DomainsSection::DomainsSection(models::ConfigTarget *target, QWidget *parent)
    : ConfigSection(target, tr("Domains"), parent)
    , m_allowLocalhost(new QCheckBox(tr("Allow &localhost callbacks"), this))
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add domain…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_allowLocalhost->setObjectName(allowLocalhostPath);
    m_table->setObjectName(QStringLiteral("trustedDomains"));
    m_table->setAccessibleName(tr("Trusted domains"));
    m_table->setHorizontalHeaderLabels({tr("Base URL"), tr("Handler path")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_add->setObjectName(QStringLiteral("addDomain"));
    m_edit->setObjectName(QStringLiteral("editDomain"));
    m_remove->setObjectName(QStringLiteral("removeDomain"));

    contentLayout()->addWidget(m_allowLocalhost);
    auto *localhostNote = explanationLabel(tr("Sign-in redirects to http://localhost are accepted (for development)."), this);
    localhostNote->setContentsMargins(24, 0, 0, 8);
    contentLayout()->addWidget(localhostNote);
    contentLayout()->addWidget(explanationLabel(tr("Trusted domains: where sign-in may redirect to."), this));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_table, 1);

    connect(m_allowLocalhost, &QCheckBox::toggled, this, [this](bool checked) {
        if (!isRefreshing())
            setPending(ConfigSetting::boolean(allowLocalhostPath, checked).atEnvironment());
    });
    connect(m_add, &QPushButton::clicked, this, &DomainsSection::addDomain);
    connect(m_edit, &QPushButton::clicked, this, &DomainsSection::editDomain);
    connect(m_remove, &QPushButton::clicked, this, &DomainsSection::removeDomain);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DomainsSection::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editDomain();
    });
    refreshAll();
}

void DomainsSection::refresh()
{
    const api::ConfigTree values = shown();
    QStringList reasons;
    m_allowLocalhost->setChecked(values.boolAt(allowLocalhostPath).value_or(false));
    reasons << applyBlocked(m_allowLocalhost, ConfigSetting::boolean(allowLocalhostPath, true).atEnvironment());

    const QString selected = selectedId();
    m_table->setRowCount(0);
    for (const QString &id : values.keysAt(domainsPath)) {
        const QString path = domainsPath + u'.' + id;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {values.stringAt(path + QStringLiteral(".baseUrl")).value_or(QString()),
                                   values.stringAt(path + QStringLiteral(".handlerPath")).value_or(QStringLiteral("/handler"))};
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, id);
            item->setToolTip(tr("Id: %1").arg(id));
            m_table->setItem(row, column, item);
        }
        if (id == selected)
            m_table->selectRow(row);
    }
    reasons << applyBlocked(m_add, ConfigSetting::string(domainsPath + QStringLiteral(".x.baseUrl"), {}).atEnvironment(),
                            tr("Add a trusted domain"));
    updateActions();
    showBlockedNote(reasons);
}

QString DomainsSection::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void DomainsSection::updateActions()
{
    const bool allowed = target() && target()->isLoaded()
                         && target()->blockedReason(ConfigSetting::string(domainsPath + QStringLiteral(".x.baseUrl"), {}).atEnvironment()).isEmpty();
    m_add->setEnabled(allowed);
    const bool hasSelection = !selectedId().isEmpty();
    m_edit->setEnabled(allowed && hasSelection);
    m_remove->setEnabled(allowed && hasSelection);
}

QList<ConfigSetting> DomainsSection::domainSettings(const QString &id, const QString &baseUrl, const QString &handlerPath) const
{
    const QString path = domainsPath + u'.' + id;
    return {ConfigSetting::string(path + QStringLiteral(".baseUrl"), baseUrl).atEnvironment(),
            ConfigSetting::string(path + QStringLiteral(".handlerPath"), handlerPath).atEnvironment()};
}

void DomainsSection::addDomain()
{
    TrustedDomainDialog dialog({}, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A generated id: the domain is known by its URL, the id only has to follow the id rule.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setPending(domainSettings(id, dialog.baseUrl(), dialog.handlerPath()));
    refreshAll();
}

void DomainsSection::editDomain()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const api::ConfigTree values = shown();
    const QString path = domainsPath + u'.' + id;
    TrustedDomainDialog dialog(values.stringAt(path + QStringLiteral(".baseUrl")).value_or(QString()),
                               values.stringAt(path + QStringLiteral(".handlerPath")).value_or(QString()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPending(domainSettings(id, dialog.baseUrl(), dialog.handlerPath()));
    refreshAll();
}

void DomainsSection::removeDomain()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString path = domainsPath + u'.' + id;
    QList<ConfigSetting> removals = removalsEverywhere(path);
    if (removals.isEmpty())
        removals << ConfigSetting::removal(path).atEnvironment();
    setPending(removals);
    refreshAll();
}

} // namespace hexclave::ui
