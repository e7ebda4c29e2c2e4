#include "PermissionDefinitionDialog.h"

#include "PermissionChecklist.h"
#include "PermissionContainment.h"
#include "dialogs/DialogParts.h"
#include "dialogs/SchemaErrorLines.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using api::permissions::PermissionScope;

namespace {

QString scopeNoun(PermissionScope scope)
{
    return scope == PermissionScope::Team ? PermissionDefinitionDialog::tr("team permission")
                                          : PermissionDefinitionDialog::tr("project permission");
}

// What a SCHEMA_ERROR says about the id: the lines naming `id`, and the id rule's own line, which
// names no field ("  - Only lowercase letters, numbers, ":", "_" are allowed", fixture 30).
QString idComplaint(const api::ApiError &error)
{
    QStringList messages;
    const QList<SchemaErrorLine> lines = schemaErrorLines(error);
    for (const SchemaErrorLine &line : lines) {
        if (line.isAbout(u"id") || (line.field.isEmpty() && line.text.contains(u"allowed")))
            messages << line.message;
    }
    return messages.join(u'\n');
}

} // namespace

PermissionDefinitionDialog::PermissionDefinitionDialog(const ProjectContext &context, PermissionScope scope,
                                                       const QList<api::PermissionDefinition> &definitions,
                                                       const QStringList &takenIds,
                                                       const std::optional<api::PermissionDefinition> &existing,
                                                       QWidget *parent)
    : RequestDialog(context, parent)
    , m_scope(scope)
    , m_definitions(definitions)
    , m_takenIds(takenIds)
    , m_existing(existing)
    , m_id(new QLineEdit(this))
    , m_idMessage(new FieldMessage(m_id, this))
    , m_description(new QLineEdit(this))
    , m_contained(new PermissionChecklist(true, this))
    , m_containedMessage(new FieldMessage(m_contained, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(existing ? tr("&Save") : tr("C&reate"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(existing ? tr("Edit %1 %2").arg(scopeNoun(scope), existing->id) : tr("New %1").arg(scopeNoun(scope)));
    setMinimumWidth(560);

    m_id->setAccessibleName(tr("Permission id"));
    m_id->setPlaceholderText(tr("for example read:reports"));
    m_idMessage->showHint(tr("Lower-case letters, digits, “_” and “:”. The id cannot be changed later."));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("Optional: what holding it allows"));
    m_contained->setAccessibleName(tr("Contained permissions"));
    m_contained->setMinimumHeight(200);
    m_containedMessage->showHint(
        tr("Whoever holds this permission also holds the ones ticked here, and what they contain."));

    QList<api::PermissionDefinition> choices;
    for (const api::PermissionDefinition &definition : definitions) {
        if (!existing || definition.id != existing->id)
            choices << definition;
    }
    if (existing) {
        m_id->setText(existing->id);
        m_id->setReadOnly(true);
        m_idMessage->clear();
        m_description->setText(existing->description.value_or(QString()));
    }
    m_contained->setPermissions(choices, existing ? existing->containedPermissionIds : QStringList());

    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(QString(), m_idMessage);
    form->addRow(tr("&Description:"), m_description);
    auto *containedLabel = new QLabel(tr("&Contains:"), this);
    containedLabel->setBuddy(m_contained->filterField());

    // The list below the form, so that it gets the height the dialog is given.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(errorBanner());
    layout->addLayout(form);
    layout->addWidget(containedLabel);
    layout->addWidget(m_contained, 1);
    layout->addWidget(m_containedMessage);
    layout->addWidget(busyLine());
    layout->addWidget(m_buttons);

    setTabChain({m_id, m_description, m_contained->filterField(), m_contained->list()});
    setFormWidgets({m_id, m_description, m_contained, m_save});
    if (existing)
        m_description->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PermissionDefinitionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PermissionDefinitionDialog::reject);
    connect(m_id, &QLineEdit::textEdited, m_idMessage, [this] {
        if (m_idMessage->isShowingError())
            m_idMessage->showHint(tr("Lower-case letters, digits, “_” and “:”. The id cannot be changed later."));
    });
    connect(m_contained, &PermissionChecklist::changed, m_containedMessage, [this] {
        if (m_containedMessage->isShowingError())
            m_containedMessage->clear();
    });
}

bool PermissionDefinitionDialog::checkFields()
{
    clearErrors();
    FieldProblems problems;
    const QString id = m_id->text().trimmed();
    if (!m_existing) {
        if (id.isEmpty())
            problems.add(m_idMessage, tr("Enter an id."));
        else if (!api::permissions::isValidId(id))
            problems.add(m_idMessage,
                         tr("“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.").arg(id));
        else if (m_takenIds.contains(id))
            problems.add(m_idMessage, tr("A permission with the id “%1” exists already (ids are shared by team and "
                                         "project permissions).")
                                          .arg(id));
    }
    const QStringList contained = m_contained->checkedIds();
    if (!id.isEmpty()) {
        const models::PermissionContainment containment(m_definitions);
        const QStringList loop = containment.cycleIfContaining(id, contained);
        if (!loop.isEmpty())
            problems.add(m_containedMessage,
                         tr("This would make a loop: %1. A permission cannot contain itself, directly or through others.")
                             .arg(loop.join(QStringLiteral(" → "))));
    }
    return problems.focusFirst();
}

void PermissionDefinitionDialog::submit()
{
    if (isBusy() || !checkFields())
        return;
    const QString id = m_id->text().trimmed();
    const QString description = m_description->text().trimmed();
    const QStringList contained = m_contained->checkedIds();
    const auto onFailure = [this](const api::ApiError &error) { showFailure(error); };
    const auto onSuccess = [this](api::PermissionDefinition definition) { finish(definition); };
    if (!m_existing) {
        api::permissions::NewPermissionDefinition definition{id, description, contained};
        send<api::PermissionDefinition>(api::permissions::createDefinition(context().scope(), m_scope, definition),
                                        tr("Creating %1…").arg(id), onSuccess, onFailure);
        return;
    }
    QStringList before = m_existing->containedPermissionIds;
    before.sort();
    if (description == m_existing->description.value_or(QString()) && contained == before) {
        finish(*m_existing);
        return;
    }
    const api::permissions::PermissionDefinitionUpdate update{description, contained};
    send<api::PermissionDefinition>(api::permissions::updateDefinition(context().scope(), m_scope, id, update),
                                    tr("Saving %1…").arg(id), onSuccess, onFailure);
}

void PermissionDefinitionDialog::showFailure(const api::ApiError &error)
{
    // The server's complaint goes next to the field it is about.
    FieldMessage *field = nullptr;
    QString text = error.message;
    if (error.is(u"PERMISSION_ID_ALREADY_EXISTS")) {
        field = m_idMessage;
    } else if (const QString aboutId = m_existing ? QString() : idComplaint(error); !aboutId.isEmpty()) {
        field = m_idMessage;
        text = aboutId;
    } else if (error.code.contains(QStringLiteral("CONTAINED")) || error.code.contains(QStringLiteral("CYCLE"))) {
        field = m_containedMessage;
    }
    if (!field) {
        errorBanner()->showError(error, false);
        return;
    }
    field->showError(text);
    if (QWidget *widget = field->field())
        widget->setFocus(Qt::OtherFocusReason);
}

void PermissionDefinitionDialog::finish(const api::PermissionDefinition &definition)
{
    m_definition = definition;
    accept();
}

bool PermissionDefinitionDialog::hasUnsavedInput() const
{
    if (!m_existing)
        return !m_id->text().trimmed().isEmpty() || !m_description->text().trimmed().isEmpty()
            || !m_contained->checkedIds().isEmpty();
    QStringList before = m_existing->containedPermissionIds;
    before.sort();
    return m_description->text().trimmed() != m_existing->description.value_or(QString())
        || m_contained->checkedIds() != before;
}

} // namespace hexclave::ui
