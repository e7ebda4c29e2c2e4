#pragma once

#include "UserRecord.h"
#include "Uuid.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hexclave::emulator {

struct TeamRecord;

enum class UserOrder { SignedUpAt, LastActiveAt };

struct UserListQuery
{
    UserOrder orderBy = UserOrder::SignedUpAt;
    bool descending = false;
    std::optional<int> limit;          // none: everything (the server has no default)
    std::optional<Uuid> cursor;        // first user of the page
    std::string needle;                // lower case; empty: no text filter
    std::optional<Uuid> exactId;       // `query` that is a UUID also matches that id exactly
    bool filterByTeam = false;
    const TeamRecord *team = nullptr;  // null with filterByTeam: unknown team, no user matches
    bool includeRestricted = false;
    bool includeAnonymous = false;
    bool onlyAnonymous = false;
    bool requireEmailVerification = false;
    std::vector<std::string> excludedEmailDomains; // lower case
};

struct UserListResult
{
    std::vector<quint32> users;
    std::optional<Uuid> nextCursor;
};

// The users of one project: compact records, an id index, the auth e-mail index and two orders
// (sign-up time and last activity, each broken by id) so a page anywhere is a binary search away.
// Deleted users stay as tombstones so indices held elsewhere (team members) remain valid.
class UserTable
{
public:
    quint32 add(UserRecord user);
    // For bulk generation: append without touching the orders, then call rebuildOrders() once.
    quint32 appendUnordered(UserRecord user);
    void rebuildOrders();
    void reserve(std::size_t count);

    void remove(quint32 index);
    std::optional<quint32> find(const Uuid &id) const;
    std::optional<quint32> findByAuthEmail(const std::string &normalizedEmail) const;
    const UserRecord &at(quint32 index) const { return m_users[index]; }
    // For fields that no index depends on; use the setters below for the others.
    UserRecord &mutableAt(quint32 index) { return m_users[index]; }
    void setDisplayName(quint32 index, std::string displayName);
    void setPrimaryEmail(quint32 index, std::string email, bool authEnabled);
    void setEmailAuthEnabled(quint32 index, bool enabled);
    void setSignedUpAt(quint32 index, qint64 millis);

    int liveCount() const { return m_liveCount; }
    quint32 slotCount() const { return quint32(m_users.size()); }
    UserListResult list(const UserListQuery &query) const;

    static std::string makeSearchText(const std::string &displayName, const std::string &email);

private:
    bool matches(quint32 index, const UserListQuery &query) const;
    const std::vector<quint32> &order(UserOrder orderBy) const;
    void insertIntoOrders(quint32 index);
    void eraseFromOrders(quint32 index);
    void indexEmail(quint32 index);
    void unindexEmail(quint32 index);

    std::vector<UserRecord> m_users;
    std::unordered_map<Uuid, quint32, UuidHash> m_byId;
    std::unordered_map<std::string, quint32> m_byAuthEmail;
    std::vector<quint32> m_bySignedUp;   // ascending (signed_up_at, id)
    std::vector<quint32> m_byLastActive; // ascending (last_active_at, id)
    int m_liveCount = 0;
};

} // namespace hexclave::emulator
