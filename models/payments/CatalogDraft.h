#pragma once

#include "CatalogValidation.h"
#include "ConfigSettingsWriter.h"
#include "dto/PaymentsCatalog.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hexclave::models {

// A working copy of a payments catalog: the catalog as the server has it (the original) and the
// entries added, replaced or removed on top of it, until they are saved or dropped. When the
// server's catalog changes meanwhile (setOriginal), the edits stay on top of the new one; an edit
// that now equals what the server holds is no change any more.
class CatalogDraft
{
    Q_DECLARE_TR_FUNCTIONS(hexclave::models::CatalogDraft)

public:
    enum class EntryKind { ProductLine, Item, Product };
    enum class ChangeKind { Added, Changed, Removed };

    // One entry that differs from the original, with its config value before and after as
    // pretty JSON (empty when absent) for a diff.
    struct Change
    {
        EntryKind entry = EntryKind::Product;
        QString id;
        QString displayName;
        QString path;
        ChangeKind kind = ChangeKind::Changed;
        QString beforeJson;
        QString afterJson;
    };

    CatalogDraft() = default;
    // `rendered`: the configuration `original` was read from; the changes' "before" side shows
    // its JSON as the server holds it (else the original re-serialized).
    explicit CatalogDraft(api::PaymentsCatalog original, std::optional<api::ConfigTree> rendered = std::nullopt);

    const api::PaymentsCatalog &original() const { return m_original; }
    void setOriginal(const api::PaymentsCatalog &original, std::optional<api::ConfigTree> rendered = std::nullopt);
    // The original with the edits applied: replaced entries in place, new ones at the end.
    const api::PaymentsCatalog &current() const { return m_current; }

    // Adds the entry, or replaces the one with its id.
    void putProduct(const api::Product &product);
    void putItem(const api::PaymentItem &item);
    void putProductLine(const api::ProductLine &line);
    // Removes the entry (a new one simply goes). References to it stay: the validation reports
    // them (see removeItemEverywhere and co. for removing those too). False when there is none.
    bool remove(EntryKind kind, const QString &id);
    // Removes an item, and it from the products that include it.
    bool removeItemEverywhere(const QString &id);
    // Removes a product line; its products stay, in no line.
    bool removeProductLineEverywhere(const QString &id);
    // Removes a product, and it from the bases of its add-ons. Refused (false) when that would
    // leave an add-on without any base (it would become a product of its own): see soleBaseOf.
    bool removeProductEverywhere(const QString &id);
    // Drops the edit of one entry (back to the original, or gone if it was new).
    void revert(EntryKind kind, const QString &id);
    void discard();

    bool hasChanges() const { return !changes().isEmpty(); }
    // Lines, then items, then products, each by id.
    QList<Change> changes() const;
    std::optional<ChangeKind> changeOf(EntryKind kind, const QString &id) const;
    // What to write: the new value of each added or changed entry, a removal for each removed one.
    QList<ConfigSetting> settings() const;
    // What the edits broke (problems the original did not have); a save waits until it is empty.
    QList<CatalogProblem> problems() const;
    // The changes whose entry `fresh` (the configuration read again just before saving) holds
    // differently than the original did: someone else changed, added or removed it meanwhile,
    // and writing the edit would overwrite that. An entry `fresh` holds as edited is not among them.
    QList<Change> changedOnServer(const api::ConfigTree &fresh) const;

    // References to an entry in the current catalog: ids of the products that include the item,
    // that are in the line, that are add-ons to the product (with it as their only base).
    QStringList productsIncluding(const QString &itemId) const;
    QStringList productsInLine(const QString &lineId) const;
    QStringList addOnsOf(const QString &productId) const;
    QStringList soleBaseOf(const QString &productId) const;

    static QString entryPath(EntryKind kind, const QString &id);
    // "product", "item", "product line", for sentences.
    static QString entryNoun(EntryKind kind);

private:
    void rebuild();
    bool holdsTheEdit(const Change &change, const api::PaymentsCatalog &fresh) const;

    api::PaymentsCatalog m_original;
    std::optional<api::ConfigTree> m_originalConfig;
    api::PaymentsCatalog m_current;
    // id → the new value; nullopt: removed.
    QMap<QString, std::optional<api::ProductLine>> m_lines;
    QMap<QString, std::optional<api::PaymentItem>> m_items;
    QMap<QString, std::optional<api::Product>> m_products;
};

} // namespace hexclave::models
