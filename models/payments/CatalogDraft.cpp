#include "CatalogDraft.h"

#include <algorithm>

namespace hexclave::models {

using api::PaymentsCatalog;

namespace {

template <class Entry>
const Entry *findById(const QList<Entry> &entries, const QString &id)
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(), [&id](const Entry &entry) { return entry.id == id; });
    return it == entries.cend() ? nullptr : &*it;
}

template <class Entry>
QList<Entry> applied(const QList<Entry> &original, const QMap<QString, std::optional<Entry>> &edits)
{
    QList<Entry> entries;
    for (const Entry &entry : original) {
        const auto edit = edits.constFind(entry.id);
        if (edit == edits.cend())
            entries.append(entry);
        else if (edit->has_value())
            entries.append(**edit);
    }
    for (auto edit = edits.cbegin(); edit != edits.cend(); ++edit) {
        if (edit->has_value() && !findById(original, edit.key()))
            entries.append(**edit);
    }
    return entries;
}

QString jsonOf(const api::ProductLine &line) { return api::productLineConfigJson(line, true); }
QString jsonOf(const api::PaymentItem &item) { return api::itemConfigJson(item, true); }
QString jsonOf(const api::Product &product) { return api::productConfigJson(product, true); }

template <class Entry>
std::optional<CatalogDraft::Change> changeOfEntry(CatalogDraft::EntryKind kind, const QList<Entry> &original,
                                                  const QString &id, const std::optional<Entry> &edit,
                                                  const std::optional<api::ConfigTree> &originalConfig)
{
    using ChangeKind = CatalogDraft::ChangeKind;
    const Entry *before = findById(original, id);
    CatalogDraft::Change change;
    change.entry = kind;
    change.id = id;
    change.path = CatalogDraft::entryPath(kind, id);
    // Whether it changed: both sides as this client writes them (formatting is no change).
    const QString beforeWritten = before ? jsonOf(*before) : QString();
    change.afterJson = edit ? jsonOf(*edit) : QString();
    // What is shown: the value as the server holds it, keys this client would drop included.
    const QString stored = before && originalConfig ? originalConfig->jsonAt(change.path, true) : QString();
    change.beforeJson = stored.isEmpty() ? beforeWritten : stored;
    change.displayName = edit ? edit->displayName : before ? before->displayName : id;
    if (!before && !edit)
        return std::nullopt;
    if (!before)
        change.kind = ChangeKind::Added;
    else if (!edit)
        change.kind = ChangeKind::Removed;
    else if (beforeWritten != change.afterJson)
        change.kind = ChangeKind::Changed;
    else
        return std::nullopt;
    return change;
}

template <class Entry>
void appendChanges(QList<CatalogDraft::Change> &changes, CatalogDraft::EntryKind kind, const QList<Entry> &original,
                   const QMap<QString, std::optional<Entry>> &edits, const std::optional<api::ConfigTree> &originalConfig)
{
    for (auto edit = edits.cbegin(); edit != edits.cend(); ++edit) {
        if (auto change = changeOfEntry(kind, original, edit.key(), edit.value(), originalConfig))
            changes.append(std::move(*change));
    }
}

} // namespace

CatalogDraft::CatalogDraft(PaymentsCatalog original, std::optional<api::ConfigTree> rendered)
    : m_original(std::move(original))
    , m_originalConfig(std::move(rendered))
    , m_current(m_original)
{
}

void CatalogDraft::setOriginal(const PaymentsCatalog &original, std::optional<api::ConfigTree> rendered)
{
    m_original = original;
    m_originalConfig = std::move(rendered);
    rebuild();
}

void CatalogDraft::rebuild()
{
    m_current = m_original;
    m_current.productLines = applied(m_original.productLines, m_lines);
    m_current.items = applied(m_original.items, m_items);
    m_current.products = applied(m_original.products, m_products);
}

void CatalogDraft::putProduct(const api::Product &product)
{
    m_products.insert(product.id, product);
    rebuild();
}

void CatalogDraft::putItem(const api::PaymentItem &item)
{
    m_items.insert(item.id, item);
    rebuild();
}

void CatalogDraft::putProductLine(const api::ProductLine &line)
{
    m_lines.insert(line.id, line);
    rebuild();
}

bool CatalogDraft::remove(EntryKind kind, const QString &id)
{
    switch (kind) {
    case EntryKind::ProductLine:
        if (!findById(m_current.productLines, id))
            return false;
        m_lines.insert(id, std::nullopt);
        break;
    case EntryKind::Item:
        if (!findById(m_current.items, id))
            return false;
        m_items.insert(id, std::nullopt);
        break;
    case EntryKind::Product:
        if (!findById(m_current.products, id))
            return false;
        m_products.insert(id, std::nullopt);
        break;
    }
    rebuild();
    return true;
}

bool CatalogDraft::removeItemEverywhere(const QString &id)
{
    for (const QString &productId : productsIncluding(id)) {
        api::Product product = *findById(m_current.products, productId);
        product.includedItems.removeIf([&id](const api::IncludedItem &included) { return included.itemId == id; });
        m_products.insert(productId, product);
    }
    return remove(EntryKind::Item, id);
}

bool CatalogDraft::removeProductLineEverywhere(const QString &id)
{
    for (const QString &productId : productsInLine(id)) {
        api::Product product = *findById(m_current.products, productId);
        product.productLineId.clear();
        m_products.insert(productId, product);
    }
    return remove(EntryKind::ProductLine, id);
}

bool CatalogDraft::removeProductEverywhere(const QString &id)
{
    if (!soleBaseOf(id).isEmpty())
        return false;
    for (const QString &productId : addOnsOf(id)) {
        api::Product product = *findById(m_current.products, productId);
        product.addOnTo.removeAll(id);
        m_products.insert(productId, product);
    }
    return remove(EntryKind::Product, id);
}

void CatalogDraft::revert(EntryKind kind, const QString &id)
{
    switch (kind) {
    case EntryKind::ProductLine:
        m_lines.remove(id);
        break;
    case EntryKind::Item:
        m_items.remove(id);
        break;
    case EntryKind::Product:
        m_products.remove(id);
        break;
    }
    rebuild();
}

void CatalogDraft::discard()
{
    m_lines.clear();
    m_items.clear();
    m_products.clear();
    rebuild();
}

QList<CatalogDraft::Change> CatalogDraft::changes() const
{
    QList<Change> changes;
    appendChanges(changes, EntryKind::ProductLine, m_original.productLines, m_lines, m_originalConfig);
    appendChanges(changes, EntryKind::Item, m_original.items, m_items, m_originalConfig);
    appendChanges(changes, EntryKind::Product, m_original.products, m_products, m_originalConfig);
    return changes;
}

std::optional<CatalogDraft::ChangeKind> CatalogDraft::changeOf(EntryKind kind, const QString &id) const
{
    std::optional<Change> change;
    switch (kind) {
    case EntryKind::ProductLine:
        if (m_lines.contains(id))
            change = changeOfEntry(kind, m_original.productLines, id, m_lines.value(id), m_originalConfig);
        break;
    case EntryKind::Item:
        if (m_items.contains(id))
            change = changeOfEntry(kind, m_original.items, id, m_items.value(id), m_originalConfig);
        break;
    case EntryKind::Product:
        if (m_products.contains(id))
            change = changeOfEntry(kind, m_original.products, id, m_products.value(id), m_originalConfig);
        break;
    }
    if (!change)
        return std::nullopt;
    return change->kind;
}

QList<ConfigSetting> CatalogDraft::settings() const
{
    QList<ConfigSetting> settings;
    for (const Change &change : changes()) {
        if (change.kind == ChangeKind::Removed) {
            settings << ConfigSetting::removal(change.path);
            continue;
        }
        QString json;
        switch (change.entry) {
        case EntryKind::ProductLine:
            json = api::productLineConfigJson(*findById(m_current.productLines, change.id));
            break;
        case EntryKind::Item:
            json = api::itemConfigJson(*findById(m_current.items, change.id));
            break;
        case EntryKind::Product:
            json = api::productConfigJson(*findById(m_current.products, change.id));
            break;
        }
        settings << ConfigSetting::json(change.path, json);
    }
    return settings;
}

QList<CatalogProblem> CatalogDraft::problems() const
{
    return CatalogValidation::newProblems(m_original, m_current);
}

QList<CatalogDraft::Change> CatalogDraft::changedOnServer(const api::ConfigTree &fresh) const
{
    const PaymentsCatalog freshCatalog = api::paymentsCatalogFrom(fresh);
    QList<Change> changed;
    for (const Change &change : changes()) {
        bool differs = false;
        if (m_originalConfig) {
            differs = m_originalConfig->jsonAt(change.path) != fresh.jsonAt(change.path);
        } else {
            // Without the configuration the original came from, compare what both read as.
            switch (change.entry) {
            case EntryKind::ProductLine: {
                const auto *before = findById(m_original.productLines, change.id);
                const auto *now = findById(freshCatalog.productLines, change.id);
                differs = bool(before) != bool(now) || (before && !(*before == *now));
                break;
            }
            case EntryKind::Item: {
                const auto *before = findById(m_original.items, change.id);
                const auto *now = findById(freshCatalog.items, change.id);
                differs = bool(before) != bool(now) || (before && !(*before == *now));
                break;
            }
            case EntryKind::Product: {
                const auto *before = findById(m_original.products, change.id);
                const auto *now = findById(freshCatalog.products, change.id);
                differs = bool(before) != bool(now) || (before && !(*before == *now));
                break;
            }
            }
        }
        // What the server holds is this very edit (a save whose answer was lost): no one else's change.
        if (differs && holdsTheEdit(change, freshCatalog))
            differs = false;
        if (differs)
            changed << change;
    }
    return changed;
}

bool CatalogDraft::holdsTheEdit(const Change &change, const api::PaymentsCatalog &fresh) const
{
    const auto same = [](const auto *wanted, const auto *there) { return bool(wanted) == bool(there) && (!wanted || *wanted == *there); };
    switch (change.entry) {
    case EntryKind::ProductLine:
        return same(findById(m_current.productLines, change.id), findById(fresh.productLines, change.id));
    case EntryKind::Item:
        return same(findById(m_current.items, change.id), findById(fresh.items, change.id));
    case EntryKind::Product:
        return same(findById(m_current.products, change.id), findById(fresh.products, change.id));
    }
    return false;
}

QStringList CatalogDraft::productsIncluding(const QString &itemId) const
{
    QStringList ids;
    for (const api::Product &product : m_current.products) {
        if (std::any_of(product.includedItems.cbegin(), product.includedItems.cend(),
                        [&itemId](const api::IncludedItem &included) { return included.itemId == itemId; }))
            ids << product.id;
    }
    return ids;
}

QStringList CatalogDraft::productsInLine(const QString &lineId) const
{
    QStringList ids;
    for (const api::Product &product : m_current.products) {
        if (product.productLineId == lineId)
            ids << product.id;
    }
    return ids;
}

QStringList CatalogDraft::addOnsOf(const QString &productId) const
{
    QStringList ids;
    for (const api::Product &product : m_current.products) {
        if (product.addOnTo.contains(productId))
            ids << product.id;
    }
    return ids;
}

QStringList CatalogDraft::soleBaseOf(const QString &productId) const
{
    QStringList ids;
    for (const api::Product &product : m_current.products) {
        if (product.addOnTo == QStringList{productId})
            ids << product.id;
    }
    return ids;
}

QString CatalogDraft::entryPath(EntryKind kind, const QString &id)
{
    switch (kind) {
    case EntryKind::ProductLine:
        return PaymentsCatalog::productLinePath(id);
    case EntryKind::Item:
        return PaymentsCatalog::itemPath(id);
    case EntryKind::Product:
        break;
    }
    return PaymentsCatalog::productPath(id);
}

QString CatalogDraft::entryNoun(EntryKind kind)
{
    switch (kind) {
    case EntryKind::ProductLine:
        return tr("product line");
    case EntryKind::Item:
        return tr("item");
    case EntryKind::Product:
        break;
    }
    return tr("product");
}

} // namespace hexclave::models
