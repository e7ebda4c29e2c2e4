#include "SamplePayments.h"

#include "Clock.h"
#include "PaymentsMoney.h"
#include "ProjectRecord.h"
#include "Random.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

using nlohmann::ordered_json;

namespace hexclave::emulator {

namespace {

constexpr qint64 kHistorySpanMillis = 183 * kDayMillis;
constexpr int kRefundCount = 3;

constexpr const char *kCustomCustomers[] = {"acme-corp", "globex", "initech", "umbrella-labs", "stark-industries",
                                            "wayne-enterprises"};
constexpr const char *kChangeDescriptions[] = {"Goodwill credit", "Support adjustment", "Promo: LAUNCH50",
                                               "Usage correction", "Migration from legacy plan"};

ordered_json interval(int count, const char *unit)
{
    return ordered_json::array({count, unit});
}

ordered_json price(ordered_json amounts, const ordered_json &every = nullptr)
{
    ordered_json price = std::move(amounts);
    if (!every.is_null())
        price["interval"] = every;
    price["serverOnly"] = false;
    return price;
}

ordered_json included(int quantity, const ordered_json &repeat, const char *expires)
{
    return {{"quantity", quantity}, {"repeat", repeat}, {"expires", expires}};
}

ordered_json product(const char *name, const char *lineId, const char *customerType, ordered_json prices, ordered_json items)
{
    ordered_json product = ordered_json::object();
    product["displayName"] = name;
    if (lineId)
        product["productLineId"] = lineId;
    product["customerType"] = customerType;
    product["serverOnly"] = false;
    product["stackable"] = false;
    product["isAddOnTo"] = false;
    product["prices"] = std::move(prices);
    product["includedItems"] = std::move(items);
    return product;
}

ordered_json catalogProducts()
{
    const ordered_json monthly = interval(1, "month");
    const ordered_json yearly = interval(1, "year");
    ordered_json products = ordered_json::object();

    ordered_json starter = product(
        "Starter", "plans", "user",
        {{"monthly", price({{"USD", "9.99"}, {"EUR", "9.49"}}, monthly)}, {"yearly", price({{"USD", "99"}, {"EUR", "95"}}, yearly)}},
        {{"credits", included(100, monthly, "when-repeated")}});
    starter["freeTrial"] = interval(14, "day");
    starter["prices"]["monthly"]["freeTrial"] = interval(14, "day");
    products["starter"] = std::move(starter);

    products["pro"] = product(
        "Pro", "plans", "user",
        {{"monthly", price({{"USD", "29"}, {"EUR", "27"}}, monthly)}, {"yearly", price({{"USD", "290"}, {"EUR", "270"}}, yearly)}},
        {{"credits", included(1000, monthly, "when-repeated")}});

    products["team"] = product("Team", "team-plans", "team",
                               {{"monthly", price({{"USD", "129"}}, monthly)}, {"yearly", price({{"USD", "1290"}}, yearly)}},
                               {{"seats", included(10, "never", "when-purchase-expires")}});

    ordered_json seats = product("Extra Seats", nullptr, "team", {{"monthly", price({{"USD", "19.00"}}, monthly)}},
                                 {{"seats", included(5, "never", "when-purchase-expires")}});
    seats["stackable"] = true;
    seats["isAddOnTo"] = {{"team", true}};
    products["extra-seats"] = std::move(seats);

    ordered_json pack = product("Credit Pack", nullptr, "user", {{"one-time", price({{"USD", "4.50"}, {"EUR", "4.20"}})}},
                                {{"credits", included(500, "never", "never")}});
    pack["stackable"] = true;
    products["credit-pack"] = std::move(pack);

    ordered_json bundle = product("API Bundle", nullptr, "custom", {{"one-time", price({{"USD", "49"}})}},
                                  {{"api-calls", included(10000, "never", "never")}});
    bundle["serverOnly"] = true;
    bundle["stackable"] = true;
    products["api-bundle"] = std::move(bundle);
    return products;
}

class HistoryGenerator
{
public:
    HistoryGenerator(ProjectRecord &project, Random &random, int transactionCount, qint64 anchorMillis)
        : m_project(project)
        , m_random(random)
        , m_store(project.payments)
        , m_anchor(anchorMillis)
        , m_start(anchorMillis - kHistorySpanMillis)
        , m_refunds(transactionCount >= 40 ? kRefundCount : 0)
        , m_budget(std::size_t(std::max(0, transactionCount - m_refunds)))
    {
        if (const ordered_json *products = project.config.valueAt("payments.products"); products && products->is_object()) {
            for (const auto &[id, config] : products->items())
                m_products.emplace(id, std::make_shared<const ordered_json>(config));
        }
    }

    void run()
    {
        m_store.beginBulk();
        // Gives up after many draws that add nothing (a catalog without the sample products).
        for (int idle = 0; m_store.transactionCount() < m_budget && idle < 1000;) {
            const std::size_t before = m_store.transactionCount();
            addEvent();
            idle = m_store.transactionCount() == before ? idle + 1 : 0;
        }
        addRefunds();
    }

private:
    void addEvent()
    {
        const double roll = m_random.unit();
        if (roll < 0.34 && subscribeUser())
            return;
        if (roll >= 0.34 && roll < 0.48 && subscribeTeam())
            return;
        if (roll >= 0.48 && roll < 0.56 && addSeats())
            return;
        if (roll >= 0.56 && roll < 0.76 && buyCreditPack())
            return;
        if (roll >= 0.76 && roll < 0.84) {
            buyOnce(customCustomer(), "api-bundle", 1 + qint64(m_random.below(2)), m_start);
            return;
        }
        changeItemQuantity();
    }

    // --- customers ---

    std::optional<quint32> pickUser()
    {
        const quint32 slotCount = m_project.users.slotCount();
        for (int attempt = 0; slotCount > 0 && attempt < 20; ++attempt) {
            const quint32 index = m_random.below(slotCount);
            const UserRecord &user = m_project.users.at(index);
            if (!user.anonymous && !user.deleted && user.signedUpAtMillis < m_anchor - 2 * kDayMillis)
                return index;
        }
        return std::nullopt;
    }

    std::optional<quint32> pickTeam()
    {
        const auto count = quint32(m_project.teams.size());
        for (int attempt = 0; count > 0 && attempt < 20; ++attempt) {
            const quint32 index = m_random.below(count);
            const TeamRecord &team = m_project.teams[index];
            if (!team.deleted && team.createdAtMillis < m_anchor - 2 * kDayMillis)
                return index;
        }
        return std::nullopt;
    }

    PaymentCustomer userCustomer(quint32 index) const
    {
        return {PaymentCustomerType::User, m_project.users.at(index).id.toString()};
    }

    PaymentCustomer teamCustomer(quint32 index) const
    {
        return {PaymentCustomerType::Team, m_project.teams[index].id.toString()};
    }

    PaymentCustomer customCustomer() { return {PaymentCustomerType::Custom, m_random.pick(kCustomCustomers)}; }

    static std::string keyOf(const PaymentCustomer &customer) { return std::string(customerTypeId(customer.type)) + customer.id; }

    // A moment in the history after `notBefore`.
    qint64 momentAfter(qint64 notBefore)
    {
        const qint64 from = std::max(m_start, notBefore + kHourMillis);
        return m_random.between(from, std::max(from, m_anchor - kHourMillis));
    }

    // --- purchases ---

    Purchase newPurchase(const PaymentCustomer &customer, const std::string &productId, const std::string &priceId,
                         qint64 quantity, qint64 at)
    {
        Purchase purchase;
        purchase.id = Uuid::random(m_random);
        purchase.source = m_random.chance(0.04) ? PurchaseSource::TestMode : PurchaseSource::Stripe;
        purchase.customer = customer;
        purchase.productId = productId;
        purchase.product = m_products.at(productId);
        purchase.priceId = priceId;
        purchase.quantity = quantity;
        purchase.createdAtMillis = at;
        return purchase;
    }

    // A subscription with its monthly or yearly renewals up to the anchor; some churn on the way.
    std::optional<quint32> subscribe(const PaymentCustomer &customer, const std::string &productId, const std::string &priceId,
                                     qint64 quantity, qint64 notBefore)
    {
        if (!m_products.count(productId))
            return std::nullopt;
        Purchase purchase = newPurchase(customer, productId, priceId, quantity, momentAfter(notBefore));
        purchase.kind = Purchase::Kind::Subscription;
        const ordered_json every = purchase.price() ? purchase.price()->value("interval", ordered_json()) : ordered_json();
        const bool churns = m_random.chance(0.12);
        std::vector<qint64> renewals;
        qint64 periodEnd = PaymentsStore::addInterval(purchase.createdAtMillis, every);
        bool ended = false;
        while (purchase.source == PurchaseSource::Stripe && periodEnd < m_anchor
               && m_store.transactionCount() + 1 + renewals.size() < m_budget) {
            if (churns && m_random.chance(0.4)) {
                ended = true;
                break;
            }
            renewals.push_back(periodEnd);
            periodEnd = PaymentsStore::addInterval(periodEnd, every);
        }
        purchase.currentPeriodEndMillis = periodEnd;
        const quint32 index = m_store.addPurchase(std::move(purchase));
        for (const qint64 at : renewals)
            m_store.addRenewal(index, at, Uuid::random(m_random));
        if (ended)
            m_store.endSubscription(index, periodEnd);
        return index;
    }

    void buyOnce(const PaymentCustomer &customer, const std::string &productId, qint64 quantity, qint64 notBefore)
    {
        if (!m_products.count(productId))
            return;
        Purchase purchase = newPurchase(customer, productId, "one-time", quantity, momentAfter(notBefore));
        purchase.kind = Purchase::Kind::OneTime;
        m_store.addPurchase(std::move(purchase));
    }

    bool subscribeUser()
    {
        const auto user = pickUser();
        if (!user)
            return false;
        const PaymentCustomer customer = userCustomer(*user);
        if (!m_planHolders.insert(keyOf(customer)).second)
            return false;
        const char *plan = m_random.chance(0.55) ? "starter" : "pro";
        const char *price = m_random.chance(0.8) ? "monthly" : "yearly";
        return subscribe(customer, plan, price, 1, m_project.users.at(*user).signedUpAtMillis).has_value();
    }

    bool subscribeTeam()
    {
        const auto team = pickTeam();
        if (!team)
            return false;
        const PaymentCustomer customer = teamCustomer(*team);
        if (!m_planHolders.insert(keyOf(customer)).second)
            return false;
        const auto index = subscribe(customer, "team", m_random.chance(0.75) ? "monthly" : "yearly", 1,
                                     m_project.teams[*team].createdAtMillis);
        if (index && m_store.purchase(*index).owned())
            m_teamPlans.push_back(*index);
        return index.has_value();
    }

    // The add-on needs the team plan, so it comes after it.
    bool addSeats()
    {
        if (m_teamPlans.empty())
            return false;
        const Purchase &plan = m_store.purchase(m_teamPlans[m_random.below(quint32(m_teamPlans.size()))]);
        if (plan.createdAtMillis > m_anchor - 2 * kDayMillis)
            return false;
        const PaymentCustomer customer = plan.customer;
        return subscribe(customer, "extra-seats", "monthly", 1 + qint64(m_random.below(3)), plan.createdAtMillis).has_value();
    }

    bool buyCreditPack()
    {
        const auto user = pickUser();
        if (!user)
            return false;
        buyOnce(userCustomer(*user), "credit-pack", 1 + qint64(m_random.below(3)), m_project.users.at(*user).signedUpAtMillis);
        return true;
    }

    void changeItemQuantity()
    {
        ItemQuantityChange change;
        change.id = Uuid::random(m_random);
        qint64 notBefore = m_start;
        const auto user = m_random.chance(0.6) ? pickUser() : std::nullopt;
        const auto team = !user && m_random.chance(0.5) ? pickTeam() : std::nullopt;
        if (user) {
            change.customer = userCustomer(*user);
            change.itemId = "credits";
            change.delta = m_random.chance(0.25) ? -10 * qint64(1 + m_random.below(20)) : 50 * qint64(1 + m_random.below(10));
            notBefore = m_project.users.at(*user).signedUpAtMillis;
        } else if (team) {
            change.customer = teamCustomer(*team);
            change.itemId = "seats";
            change.delta = 1 + qint64(m_random.below(5));
            notBefore = m_project.teams[*team].createdAtMillis;
        } else {
            change.customer = customCustomer();
            change.itemId = "api-calls";
            change.delta = m_random.chance(0.3) ? -500 * qint64(1 + m_random.below(4)) : 1000 * qint64(1 + m_random.below(5));
        }
        if (m_random.chance(0.6))
            change.description = m_random.pick(kChangeDescriptions);
        change.createdAtMillis = momentAfter(notBefore);
        m_store.addItemQuantityChange(std::move(change));
    }

    // Two purchases refunded in full, one partly with the product kept (quantity 0): paid ones
    // without renewals (one-time purchases and yearly plans), a few days after they were made.
    void addRefunds()
    {
        std::vector<quint32> candidates;
        for (quint32 row = 0; row < m_store.transactionCount(); ++row) {
            const LedgerRow &ledger = m_store.row(row);
            if (ledger.kind != LedgerRow::Kind::OneTimePurchase && ledger.kind != LedgerRow::Kind::SubscriptionStart)
                continue;
            const Purchase &purchase = m_store.purchase(ledger.record);
            const ordered_json *price = purchase.price();
            // A yearly plan started in the last six months has not renewed yet.
            const bool renews = purchase.kind == Purchase::Kind::Subscription
                && !(price && price->value("interval", ordered_json()) == interval(1, "year"));
            if (purchase.source == PurchaseSource::Stripe && !renews && purchase.createdAtMillis < m_anchor - 10 * kDayMillis
                && price && price->contains("USD"))
                candidates.push_back(ledger.record);
        }
        for (int i = 0; i < m_refunds && !candidates.empty(); ++i) {
            const std::size_t pick = m_random.below(quint32(candidates.size()));
            const quint32 index = candidates[pick];
            candidates.erase(candidates.begin() + qint64(pick));
            const Purchase &purchase = m_store.purchase(index);
            const qint64 total = PaymentsMoney::minorUnits((*purchase.price())["USD"].get<std::string>(), 2).value_or(0)
                * purchase.quantity;
            const bool partial = i == m_refunds - 1;
            PurchaseRefund refund;
            refund.purchase = index;
            refund.entries = {{0, partial ? 0 : purchase.quantity}};
            refund.amountUsdCents = partial ? total / 2 : total;
            refund.createdAtMillis = purchase.createdAtMillis + m_random.between(kDayMillis, 9 * kDayMillis);
            m_store.addRefund(std::move(refund));
        }
    }

    ProjectRecord &m_project;
    Random &m_random;
    PaymentsStore &m_store;
    const qint64 m_anchor;
    const qint64 m_start;
    const int m_refunds;
    const std::size_t m_budget;
    std::unordered_map<std::string, std::shared_ptr<const ordered_json>> m_products;
    std::unordered_set<std::string> m_planHolders; // customers who took a plan (at most one each)
    std::vector<quint32> m_teamPlans;              // team plans the add-on can join
};

} // namespace

void SamplePayments::addCatalog(ProjectRecord &project, bool providerConnected)
{
    ordered_json lines = ordered_json::object();
    lines["plans"] = {{"displayName", "Plans"}, {"customerType", "user"}};
    lines["team-plans"] = {{"displayName", "Team Plans"}, {"customerType", "team"}};
    ordered_json items = ordered_json::object();
    items["credits"] = {{"displayName", "Credits"}, {"customerType", "user"}};
    items["seats"] = {{"displayName", "Seats"}, {"customerType", "team"}};
    items["api-calls"] = {{"displayName", "API Calls"}, {"customerType", "custom"}};
    project.config.patch(ConfigLevel::Branch, {{"payments.productLines", std::move(lines)},
                                               {"payments.items", std::move(items)},
                                               {"payments.products", catalogProducts()}});
    // The ledger should look like a live one; test mode is an environment setting.
    project.config.patch(ConfigLevel::Environment, {{"payments.testMode", false}});
    if (providerConnected)
        project.payments.setProviderAccount(PaymentProviderAccount{"acct_1QdEmuLat0rDem0Pr0j", true, true, true});
}

void SamplePayments::addHistory(ProjectRecord &project, Random &random, int transactionCount, qint64 anchorMillis)
{
    HistoryGenerator(project, random, transactionCount, anchorMillis).run();
}

} // namespace hexclave::emulator
