#include "CatalogEntryDialog.h"

#include "CatalogTexts.h"
#include "dialogs/DialogParts.h"
#include "payments/CatalogValidation.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hexclave::ui {

using api::CustomerType;
using models::CatalogProblem;
using models::CatalogValidation;

namespace {

template <class Entry>
void putEntry(QList<Entry> &entries, const Entry &entry, const QString &replacedId)
{
    for (Entry &existing : entries) {
        if (!replacedId.isEmpty() && existing.id == replacedId) {
            existing = entry;
            return;
        }
    }
    entries.append(entry);
}

} // namespace

CatalogEntryDialog::CatalogEntryDialog(EntryKind kind, const api::PaymentsCatalog &catalog, const QString &existingId,
                                       const QString &displayName, CustomerType customerType, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_catalog(catalog)
    , m_existingId(existingId)
    , m_displayName(new QLineEdit(this))
    , m_customerType(new QComboBox(this))
    , m_customerTypeMessage(new FieldMessage(m_customerType, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_ok(m_buttons->button(QDialogButtonBox::Ok))
{
    const bool isItem = kind == EntryKind::Item;
    if (existingId.isEmpty())
        setWindowTitle(isItem ? tr("New item") : tr("New product line"));
    else
        setWindowTitle(isItem ? tr("Edit item “%1”").arg(existingId) : tr("Edit product line “%1”").arg(existingId));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *explanation = new QLabel(isItem ? tr("An item is something customers hold a quantity of: credits, seats, API "
                                               "calls. Products include items.")
                                          : tr("A customer owns at most one product of a line, such as the plans Free, "
                                               "Pro and Enterprise."),
                                   this);
    explanation->setWordWrap(true);
    if (existingId.isEmpty()) {
        m_id = new QLineEdit(this);
        m_id->setPlaceholderText(isItem ? tr("e.g. credits") : tr("e.g. plans"));
        m_idMessage = new FieldMessage(m_id, this);
        form->addRow(tr("&Id:"), withMessage(m_id, m_idMessage, this));
        connect(m_id, &QLineEdit::textChanged, this, &CatalogEntryDialog::updateState);
    } else {
        auto *id = new QLabel(existingId, this);
        id->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Id:"), id);
    }
    m_displayName->setText(displayName == existingId ? QString() : displayName);
    m_displayName->setPlaceholderText(tr("The id when empty"));
    form->addRow(tr("Display &name:"), m_displayName);
    for (CustomerType type : {CustomerType::User, CustomerType::Team, CustomerType::Custom})
        m_customerType->addItem(CatalogTexts::customerType(type), int(type));
    m_customerType->setCurrentIndex(m_customerType->findData(int(customerType)));
    m_customerType->setToolTip(isItem ? tr("Which kind of customer holds this item")
                                      : tr("Which kind of customer owns the products of this line"));
    form->addRow(tr("&Customer type:"), withMessage(m_customerType, m_customerTypeMessage, this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_displayName, &QLineEdit::textChanged, this, &CatalogEntryDialog::updateState);
    connect(m_customerType, &QComboBox::currentIndexChanged, this, &CatalogEntryDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
    updateState();
    if (m_id)
        m_id->setFocus();
}

QString CatalogEntryDialog::id() const
{
    return m_id ? m_id->text().trimmed() : m_existingId;
}

QString CatalogEntryDialog::displayName() const
{
    const QString name = m_displayName->text().trimmed();
    return name.isEmpty() ? id() : name;
}

CustomerType CatalogEntryDialog::customerType() const
{
    return CustomerType(m_customerType->currentData().toInt());
}

api::PaymentsCatalog CatalogEntryDialog::withEntry() const
{
    api::PaymentsCatalog catalog = m_catalog;
    if (m_kind == EntryKind::Item) {
        api::PaymentItem item;
        for (const api::PaymentItem &existing : std::as_const(m_catalog.items)) {
            if (existing.id == m_existingId && !m_existingId.isEmpty())
                item = existing; // keeps what this dialog does not edit
        }
        item.id = id();
        item.displayName = displayName();
        item.customerType = customerType();
        putEntry(catalog.items, item, m_existingId);
    } else {
        api::ProductLine line;
        for (const api::ProductLine &existing : std::as_const(m_catalog.productLines)) {
            if (existing.id == m_existingId && !m_existingId.isEmpty())
                line = existing;
        }
        line.id = id();
        line.displayName = displayName();
        line.customerType = customerType();
        putEntry(catalog.productLines, line, m_existingId);
    }
    return catalog;
}

void CatalogEntryDialog::updateState()
{
    const api::PaymentsCatalog catalog = withEntry();
    // The id within the others of its kind, and what the entry breaks elsewhere (products of
    // another customer type that use it).
    QList<CatalogProblem> own;
    api::PaymentsCatalog rest = m_catalog;
    if (m_kind == EntryKind::Item) {
        rest.items.removeIf([this](const api::PaymentItem &item) { return !m_existingId.isEmpty() && item.id == m_existingId; });
        api::PaymentItem item;
        item.id = id();
        own = CatalogValidation::checkItem(item, rest);
    } else {
        rest.productLines.removeIf([this](const api::ProductLine &line) { return !m_existingId.isEmpty() && line.id == m_existingId; });
        api::ProductLine line;
        line.id = id();
        own = CatalogValidation::checkProductLine(line, rest);
    }
    QStringList broken;
    const QString path = models::CatalogDraft::entryPath(m_kind, id());
    for (const CatalogProblem &problem : CatalogValidation::newProblems(m_catalog, catalog)) {
        if (problem.path != path)
            broken << problem.message;
    }
    if (m_idMessage) {
        if (id().isEmpty())
            m_idMessage->showHint(tr("Letters, digits, “_” and “-”; it cannot be changed later."));
        else if (own.isEmpty())
            m_idMessage->clear();
        else
            m_idMessage->showError(own.first().message);
    }
    if (broken.isEmpty())
        m_customerTypeMessage->clear();
    else
        m_customerTypeMessage->showError(broken.join(u'\n'));
    m_ok->setEnabled(own.isEmpty() && broken.isEmpty());
}

ItemDialog::ItemDialog(const api::PaymentsCatalog &catalog, const std::optional<api::PaymentItem> &existing,
                       QWidget *parent)
    : CatalogEntryDialog(EntryKind::Item, catalog, existing ? existing->id : QString(),
                         existing ? existing->displayName : QString(),
                         existing ? existing->customerType : CustomerType::User, parent)
    , m_existing(existing)
{
}

api::PaymentItem ItemDialog::item() const
{
    api::PaymentItem item = m_existing.value_or(api::PaymentItem{});
    item.id = id();
    item.displayName = displayName();
    item.customerType = customerType();
    return item;
}

ProductLineDialog::ProductLineDialog(const api::PaymentsCatalog &catalog, const std::optional<api::ProductLine> &existing,
                                     QWidget *parent)
    : CatalogEntryDialog(EntryKind::ProductLine, catalog, existing ? existing->id : QString(),
                         existing ? existing->displayName : QString(),
                         existing ? existing->customerType : CustomerType::User, parent)
    , m_existing(existing)
{
}

api::ProductLine ProductLineDialog::line() const
{
    api::ProductLine line = m_existing.value_or(api::ProductLine{});
    line.id = id();
    line.displayName = displayName();
    line.customerType = customerType();
    return line;
}

} // namespace hexclave::ui
