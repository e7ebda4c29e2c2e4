#include "UserTable.h"

#include "TeamRecord.h"

#include <QString>

#include <algorithm>

namespace hexclave::emulator {

namespace {

struct OrderKey
{
    qint64 time;
    Uuid id;
    friend auto operator<=>(const OrderKey &, const OrderKey &) = default;
};

OrderKey keyOf(const UserRecord &user, UserOrder order)
{
    return {order == UserOrder::SignedUpAt ? user.signedUpAtMillis : user.lastActiveAtMillis, user.id};
}

bool isAscii(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

std::string lower(const std::string &text)
{
    if (isAscii(text)) {
        std::string result = text;
        for (char &c : result) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        return result;
    }
    return QString::fromStdString(text).toLower().toStdString();
}

} // namespace

std::string UserTable::makeSearchText(const std::string &displayName, const std::string &email)
{
    // '\x1f' cannot occur in a query typed by a person, so no match spans both fields.
    return lower(displayName) + '\x1f' + lower(email);
}

void UserTable::reserve(std::size_t count)
{
    m_users.reserve(count);
    m_byId.reserve(count);
    m_byAuthEmail.reserve(count);
}

quint32 UserTable::appendUnordered(UserRecord user)
{
    const auto index = quint32(m_users.size());
    user.searchText = makeSearchText(user.displayName, user.primaryEmail);
    m_byId.emplace(user.id, index);
    m_users.push_back(std::move(user));
    indexEmail(index);
    ++m_liveCount;
    return index;
}

quint32 UserTable::add(UserRecord user)
{
    const quint32 index = appendUnordered(std::move(user));
    insertIntoOrders(index);
    return index;
}

void UserTable::rebuildOrders()
{
    for (auto [order, target] : {std::pair{UserOrder::SignedUpAt, &m_bySignedUp},
                                 std::pair{UserOrder::LastActiveAt, &m_byLastActive}}) {
        target->clear();
        target->reserve(m_users.size());
        for (quint32 i = 0; i < m_users.size(); ++i) {
            if (!m_users[i].deleted)
                target->push_back(i);
        }
        std::sort(target->begin(), target->end(), [this, order = order](quint32 a, quint32 b) {
            return keyOf(m_users[a], order) < keyOf(m_users[b], order);
        });
    }
}

void UserTable::insertIntoOrders(quint32 index)
{
    for (auto [order, target] : {std::pair{UserOrder::SignedUpAt, &m_bySignedUp},
                                 std::pair{UserOrder::LastActiveAt, &m_byLastActive}}) {
        const OrderKey key = keyOf(m_users[index], order);
        const auto it = std::lower_bound(target->begin(), target->end(), key, [this, order = order](quint32 a, const OrderKey &k) {
            return keyOf(m_users[a], order) < k;
        });
        target->insert(it, index);
    }
}

void UserTable::eraseFromOrders(quint32 index)
{
    for (auto [order, target] : {std::pair{UserOrder::SignedUpAt, &m_bySignedUp},
                                 std::pair{UserOrder::LastActiveAt, &m_byLastActive}}) {
        const OrderKey key = keyOf(m_users[index], order);
        const auto it = std::lower_bound(target->begin(), target->end(), key, [this, order = order](quint32 a, const OrderKey &k) {
            return keyOf(m_users[a], order) < k;
        });
        if (it != target->end() && *it == index)
            target->erase(it);
    }
}

void UserTable::indexEmail(quint32 index)
{
    const UserRecord &user = m_users[index];
    if (user.emailAuthEnabled && !user.primaryEmail.empty())
        m_byAuthEmail.emplace(user.primaryEmail, index);
}

void UserTable::unindexEmail(quint32 index)
{
    const UserRecord &user = m_users[index];
    const auto it = m_byAuthEmail.find(user.primaryEmail);
    if (it != m_byAuthEmail.end() && it->second == index)
        m_byAuthEmail.erase(it);
}

void UserTable::remove(quint32 index)
{
    UserRecord &user = m_users[index];
    if (user.deleted)
        return;
    eraseFromOrders(index);
    unindexEmail(index);
    m_byId.erase(user.id);
    user.deleted = true;
    --m_liveCount;
}

std::optional<quint32> UserTable::find(const Uuid &id) const
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return std::nullopt;
    return it->second;
}

std::optional<quint32> UserTable::findByAuthEmail(const std::string &normalizedEmail) const
{
    const auto it = m_byAuthEmail.find(normalizedEmail);
    if (it == m_byAuthEmail.end())
        return std::nullopt;
    return it->second;
}

void UserTable::setDisplayName(quint32 index, std::string displayName)
{
    UserRecord &user = m_users[index];
    user.displayName = std::move(displayName);
    user.searchText = makeSearchText(user.displayName, user.primaryEmail);
}

void UserTable::setPrimaryEmail(quint32 index, std::string email, bool authEnabled)
{
    unindexEmail(index);
    UserRecord &user = m_users[index];
    user.primaryEmail = std::move(email);
    user.emailAuthEnabled = authEnabled && !user.primaryEmail.empty();
    user.searchText = makeSearchText(user.displayName, user.primaryEmail);
    indexEmail(index);
}

void UserTable::setEmailAuthEnabled(quint32 index, bool enabled)
{
    setPrimaryEmail(index, m_users[index].primaryEmail, enabled);
}

void UserTable::setSignedUpAt(quint32 index, qint64 millis)
{
    eraseFromOrders(index);
    m_users[index].signedUpAtMillis = millis;
    insertIntoOrders(index);
}

const std::vector<quint32> &UserTable::order(UserOrder orderBy) const
{
    return orderBy == UserOrder::SignedUpAt ? m_bySignedUp : m_byLastActive;
}

bool UserTable::matches(quint32 index, const UserListQuery &query) const
{
    const UserRecord &user = m_users[index];
    if (query.onlyAnonymous) {
        if (!user.anonymous)
            return false;
    } else if (!query.includeAnonymous && user.anonymous) {
        return false;
    }
    if (!query.includeRestricted && !query.includeAnonymous) {
        if (user.restrictedByAdmin)
            return false;
        if (query.requireEmailVerification && !(user.emailVerified && !user.primaryEmail.empty()))
            return false;
    }
    if (!query.excludedEmailDomains.empty() && !user.primaryEmail.empty()) {
        const std::string domain = lower(user.primaryEmail.substr(user.primaryEmail.rfind('@') + 1));
        for (const std::string &excluded : query.excludedEmailDomains) {
            if (domain == excluded)
                return false;
        }
    }
    if (query.filterByTeam && (!query.team || !query.team->hasMember(index)))
        return false;
    if (!query.needle.empty()) {
        const bool idMatches = query.exactId && *query.exactId == user.id;
        if (!idMatches && user.searchText.find(query.needle) == std::string::npos)
            return false;
    }
    return true;
}

UserListResult UserTable::list(const UserListQuery &query) const
{
    UserListResult result;
    const std::vector<quint32> &sorted = order(query.orderBy);
    const auto count = qint64(sorted.size());

    qint64 position = query.descending ? count - 1 : 0;
    if (query.cursor) {
        // Like Prisma's cursor: start at the cursor row's place in the order, whatever the filters;
        // an unknown (or deleted) cursor row gives an empty page.
        const auto cursorIndex = find(*query.cursor);
        if (!cursorIndex)
            return result;
        const OrderKey key = keyOf(m_users[*cursorIndex], query.orderBy);
        const auto it = std::lower_bound(sorted.begin(), sorted.end(), key, [this, &query](quint32 a, const OrderKey &k) {
            return keyOf(m_users[a], query.orderBy) < k;
        });
        position = it - sorted.begin();
    }

    const qint64 step = query.descending ? -1 : 1;
    const std::size_t wanted = query.limit ? std::size_t(*query.limit) + 1 : std::size_t(-1);
    if (query.limit)
        result.users.reserve(std::min<std::size_t>(wanted, sorted.size()));
    for (; position >= 0 && position < count && result.users.size() < wanted; position += step) {
        const quint32 index = sorted[std::size_t(position)];
        if (matches(index, query))
            result.users.push_back(index);
    }
    if (query.limit && result.users.size() > std::size_t(*query.limit)) {
        result.nextCursor = m_users[result.users.back()].id;
        result.users.pop_back();
    }
    return result;
}

} // namespace hexclave::emulator
