#include "BulkActionRunner.h"

#include "core/ApiClient.h"
#include "endpoints/PermissionsEndpoints.h"
#include "endpoints/TeamsEndpoints.h"
#include "endpoints/UsersEndpoints.h"

#include <QSet>

#include <algorithm>

namespace hexclave::models {

namespace {

using State = BulkItem::State;

// A failure after which the server may or may not have acted: the request may have arrived
// and the answer been lost, or a gateway gave up while the server went on.
bool leavesOutcomeOpen(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Parse: // a 2xx whose body did not arrive whole
        return true;
    case api::ApiError::Kind::Http:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

BulkActionRunner::BulkActionRunner(api::ApiClient *client, api::ProjectScope scope, BulkAction action,
                                   const QList<BulkTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_action(std::move(action))
{
    QSet<QString> seen;
    for (const BulkTarget &target : targets) {
        if (target.userId.isEmpty() || seen.contains(target.userId))
            continue;
        seen.insert(target.userId);
        BulkItem item;
        item.target = target;
        m_items.append(item);
    }
    m_counts[std::size_t(State::Waiting)] = int(m_items.size());
}

void BulkActionRunner::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
}

void BulkActionRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    startMore();
    finishIfDone(); // nothing to do at all
}

void BulkActionRunner::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    finishIfDone();
}

int BulkActionRunner::finishedCount() const
{
    return count(State::Succeeded) + count(State::Failed) + count(State::NotAttempted);
}

void BulkActionRunner::setState(int index, BulkItem::State state)
{
    BulkItem &item = m_items[index];
    --m_counts[std::size_t(item.state)];
    ++m_counts[std::size_t(state)];
    item.state = state;
}

void BulkActionRunner::startMore()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && m_next < m_items.size())
        sendItem(m_next++);
}

void BulkActionRunner::sendItem(int index)
{
    api::ApiJob *job = m_client ? sendRequest(m_items.at(index).target.userId) : nullptr;
    if (!job) {
        settle(index, State::Failed, {}, api::ApiError::cancelled());
        return;
    }
    ++m_inFlight;
    setState(index, State::Sending);
    Q_EMIT itemsChanged(index, index);
    connect(job, &api::ApiJob::finished, this, [this, index, job] { onSent(index, job); });
}

api::ApiJob *BulkActionRunner::sendRequest(const QString &userId)
{
    using Kind = BulkAction::Kind;
    switch (m_action.kind) {
    case Kind::Delete:
        return m_client->send(api::users::remove(m_scope, userId));
    case Kind::Restrict:
        return m_client->send(api::users::update(
            m_scope, userId, api::users::UserPatch::restrict(m_action.restrictReason, m_action.restrictDetails)));
    case Kind::Unrestrict:
        return m_client->send(api::users::update(m_scope, userId, api::users::UserPatch::unrestrict()));
    case Kind::AddToTeam:
        return m_client->send(api::teams::addMember(m_scope, m_action.teamId, userId));
    case Kind::GrantProjectPermission:
        return m_client->send(api::permissions::grant(m_scope, userId, m_action.permissionId));
    }
    return nullptr;
}

QString BulkActionRunner::alreadyDoneNote(const api::ApiError &error) const
{
    if (m_action.kind == BulkAction::Kind::AddToTeam && error.is(u"TEAM_MEMBERSHIP_ALREADY_EXISTS"))
        return tr("Was already a member.");
    if (m_action.kind == BulkAction::Kind::Delete && error.is(u"USER_NOT_FOUND"))
        return tr("Was already deleted.");
    return {};
}

bool BulkActionRunner::isRestrictedAsAsked(const api::User &user) const
{
    // The server stores a blank reason as null (see UserPatch::toJson).
    const auto sameText = [](const std::optional<QString> &stored, const QString &sent) {
        return stored.value_or(QString()) == (sent.trimmed().isEmpty() ? QString() : sent);
    };
    return user.restrictedByAdmin && sameText(user.restrictedByAdminReason, m_action.restrictReason)
        && sameText(user.restrictedByAdminPrivateDetails, m_action.restrictDetails);
}

void BulkActionRunner::onSent(int index, api::ApiJob *job)
{
    if (job->succeeded()) {
        --m_inFlight;
        settle(index, State::Succeeded);
        return;
    }
    const api::ApiError error = job->error();
    if (const QString note = alreadyDoneNote(error); !note.isEmpty()) {
        --m_inFlight;
        settle(index, State::Succeeded, note);
        return;
    }
    if (leavesOutcomeOpen(error) && m_client) {
        m_items[index].error = error;
        setState(index, State::Checking);
        Q_EMIT itemsChanged(index, index);
        check(index); // still in flight
        return;
    }
    --m_inFlight;
    settle(index, State::Failed, {}, error);
}

void BulkActionRunner::check(int index)
{
    using Kind = BulkAction::Kind;
    const QString userId = m_items.at(index).target.userId;
    const Kind kind = m_action.kind;
    switch (kind) {
    case Kind::Delete:
    case Kind::Restrict:
    case Kind::Unrestrict: {
        auto *job = m_client->send(api::users::get(m_scope, userId));
        connect(job, &api::ApiJob::finished, this, [this, index, job, kind] {
            if (job->succeeded()) {
                const api::User &user = job->value();
                const bool done = kind == Kind::Restrict ? isRestrictedAsAsked(user)
                                  : kind == Kind::Unrestrict ? !user.restrictedByAdmin
                                                             : false; // deleted users are not found
                onChecked(index, done, {});
            } else if (kind == Kind::Delete && job->error().is(u"USER_NOT_FOUND")) {
                onChecked(index, true, {});
            } else {
                onChecked(index, false, job->error());
            }
        });
        return;
    }
    case Kind::AddToTeam: {
        auto *job = m_client->send(api::teams::list(m_scope, userId));
        connect(job, &api::ApiJob::finished, this, [this, index, job] {
            if (!job->succeeded()) {
                onChecked(index, false, job->error());
                return;
            }
            const auto &teams = job->value().items;
            onChecked(index, std::any_of(teams.cbegin(), teams.cend(), [this](const api::Team &team) {
                          return team.id == m_action.teamId;
                      }), {});
        });
        return;
    }
    case Kind::GrantProjectPermission: {
        auto *job = m_client->send(api::permissions::ofUser(m_scope, userId));
        connect(job, &api::ApiJob::finished, this, [this, index, job] {
            if (!job->succeeded()) {
                onChecked(index, false, job->error());
                return;
            }
            const auto &grants = job->value().items;
            onChecked(index, std::any_of(grants.cbegin(), grants.cend(), [this](const api::PermissionGrant &grant) {
                          return grant.id == m_action.permissionId;
                      }), {});
        });
        return;
    }
    }
}

void BulkActionRunner::onChecked(int index, bool done, const api::ApiError &checkError)
{
    --m_inFlight;
    const api::ApiError sendError = m_items.at(index).error;
    if (done) {
        settle(index, State::Succeeded, tr("The answer was lost, but the server shows it was done."));
    } else if (checkError.isError()) {
        settle(index, State::Failed,
               tr("Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.")
                   .arg(checkError.userMessage()),
               sendError);
    } else {
        settle(index, State::Failed, tr("The server shows it was not done. Nothing was sent again."), sendError);
    }
}

void BulkActionRunner::settle(int index, BulkItem::State state, const QString &note, const api::ApiError &error)
{
    setState(index, state);
    BulkItem &item = m_items[index];
    item.note = note;
    item.error = error;
    Q_EMIT itemsChanged(index, index);
    startMore();
    finishIfDone();
}

void BulkActionRunner::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_cancelled && m_next < m_items.size())
        return;
    m_finished = true;
    const int first = m_next;
    const int last = int(m_items.size()) - 1;
    for (int i = first; i <= last; ++i)
        setState(i, State::NotAttempted);
    m_next = int(m_items.size());
    if (first <= last)
        Q_EMIT itemsChanged(first, last);
    Q_EMIT finished();
}

QString BulkActionRunner::summaryText() const
{
    QStringList parts;
    parts << tr("%n succeeded", nullptr, count(State::Succeeded));
    if (const int failed = count(State::Failed))
        parts << tr("%n failed", nullptr, failed);
    if (const int skipped = count(State::NotAttempted))
        parts << tr("%n not attempted", nullptr, skipped);
    return parts.join(QStringLiteral(", "));
}

QString BulkActionRunner::failureReport() const
{
    QStringList lines;
    lines << m_action.summary(total()) + QStringLiteral(": ") + summaryText();
    for (const BulkItem &item : m_items) {
        if (item.state != State::Failed)
            continue;
        QString line = item.target.label + QStringLiteral(" (") + item.target.userId + QStringLiteral("): ")
            + item.error.userMessage();
        if (!item.note.isEmpty())
            line += u' ' + item.note;
        if (const QString technical = item.error.technicalSummary(); !technical.isEmpty())
            line += QStringLiteral(" [") + technical + u']';
        lines << line;
    }
    for (const BulkItem &item : m_items) {
        if (item.state == State::NotAttempted)
            lines << item.target.label + QStringLiteral(" (") + item.target.userId + QStringLiteral("): ") + tr("not attempted");
    }
    return lines.join(u'\n') + u'\n';
}

QList<BulkTarget> BulkActionRunner::unfinishedTargets() const
{
    QList<BulkTarget> targets;
    for (const BulkItem &item : m_items) {
        if (item.state == State::Failed || item.state == State::NotAttempted)
            targets.append(item.target);
    }
    return targets;
}

} // namespace hexclave::models
