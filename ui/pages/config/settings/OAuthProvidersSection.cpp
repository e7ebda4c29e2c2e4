#include "OAuthProvidersSection.h"

#include "OAuthProviderDialog.h"
#include "dialogs/DialogParts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hexclave::ui {

using models::ConfigSetting;

namespace {

enum Column { IdColumn, TypeColumn, SignInColumn, ConnectedColumn, KeysColumn, ColumnCount };

QString yesNo(bool value)
{
    return value ? OAuthProvidersSection::tr("On") : OAuthProvidersSection::tr("Off");
}

} // namespace

OAuthProvidersSection::OAuthProvidersSection(models::ConfigTarget *target, QWidget *parent)
    : ConfigSection(target, tr("OAuth providers"), parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add provider…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    m_table->setObjectName(QStringLiteral("oauthProviders"));
    m_table->setAccessibleName(tr("OAuth providers"));
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Type"), tr("Sign-in"), tr("Connected accounts"), tr("Keys")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_add->setObjectName(QStringLiteral("addProvider"));
    m_edit->setObjectName(QStringLiteral("editProvider"));
    m_remove->setObjectName(QStringLiteral("removeProvider"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    contentLayout()->addWidget(explanationLabel(
        tr("Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys "
           "(shared development keys, or the client id and secret of your own OAuth app) are kept per environment."),
        this));
    contentLayout()->addLayout(actions);
    contentLayout()->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &OAuthProvidersSection::addProvider);
    connect(m_edit, &QPushButton::clicked, this, &OAuthProvidersSection::editProvider);
    connect(m_remove, &QPushButton::clicked, this, &OAuthProvidersSection::removeProvider);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OAuthProvidersSection::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editProvider();
    });
    refreshAll();
}

void OAuthProvidersSection::refresh()
{
    const api::ConfigTree values = shown();
    const QString selected = selectedId();
    const QStringList ids = values.keysAt(providersPath);
    m_table->setRowCount(0);
    for (const QString &id : ids) {
        const QString path = providersPath + u'.' + id;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool shared = values.boolAt(path + QStringLiteral(".isShared")).value_or(true);
        const QStringList cells = {
            id,
            OAuthProviderDialog::typeName(values.stringAt(path + QStringLiteral(".type")).value_or(QString())),
            yesNo(values.boolAt(path + QStringLiteral(".allowSignIn")).value_or(false)),
            yesNo(values.boolAt(path + QStringLiteral(".allowConnectedAccounts")).value_or(false)),
            shared ? tr("Shared development keys") : tr("Own keys"),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, id);
            m_table->setItem(row, column, item);
        }
        if (id == selected)
            m_table->selectRow(row);
    }
    updateActions();
    const QString reason = target() ? target()->blockedReason(ConfigSetting::string(providersPath + QStringLiteral(".x.clientSecret"), {}).secret())
                                    : QString();
    showBlockedNote({reason.isEmpty() ? QString() : tr("Client ids and secrets cannot be set here: %1").arg(reason)});
}

QString OAuthProvidersSection::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void OAuthProvidersSection::updateActions()
{
    const bool busy = !target() || !target()->isLoaded();
    const QString probe = providersPath + QStringLiteral(".x.allowSignIn");
    applyBlocked(m_add, ConfigSetting::boolean(probe, true), tr("Add an OAuth provider"));
    m_add->setEnabled(m_add->isEnabled() && !busy);
    const bool hasSelection = !selectedId().isEmpty();
    m_edit->setEnabled(hasSelection && !busy && m_add->isEnabled());
    m_remove->setEnabled(hasSelection && !busy && m_add->isEnabled());
}

void OAuthProvidersSection::addProvider()
{
    const api::ConfigTree values = shown();
    QStringList taken = values.keysAt(providersPath);
    // A provider whose removal is pending is not free yet: its old keys would come back.
    if (target()) {
        for (const api::ConfigLevel level : target()->levels())
            taken << target()->overrideAt(level).keysAt(providersPath);
        taken << target()->values().keysAt(providersPath);
    }
    OAuthProviderDialog dialog(target(), values, {}, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPending(dialog.settings());
    refreshAll();
}

void OAuthProvidersSection::editProvider()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    OAuthProviderDialog dialog(target(), shown(), id, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPending(dialog.settings());
    refreshAll();
}

void OAuthProvidersSection::removeProvider()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString path = providersPath + u'.' + id;
    QList<ConfigSetting> removals = removalsEverywhere(path);
    if (removals.isEmpty()) // only added here, not saved yet: dropping the edits removes it
        removals << ConfigSetting::removal(path);
    for (const ConfigSetting &removal : std::as_const(removals)) {
        if (target() && !target()->blockedReason(removal).isEmpty()) {
            QMessageBox::information(this, tr("Remove OAuth provider"), target()->blockedReason(removal));
            return;
        }
    }
    setPending(removals);
    refreshAll();
}

} // namespace hexclave::ui
