#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace hexclave::emulator {

// Which support-conversation routes the emulated server has (servers differ; see
// /work/notes/support-facts.md §0 and §9).
enum class SupportRoutesVersion {
    Paged,   // newest: GET /internal/conversations takes limit/offset (default 50, max 100) and says hasMore
    Unpaged, // older: limit/offset refused with SCHEMA_ERROR, no hasMore, at most 200 conversations,
             // and the summaries without the newer fields (createdAt, updatedAt, …, entryPoints)
    Missing, // a build before support: every /internal/conversations* route answers the plain-text 404
};

struct EmulatorOptions
{
    int userCount = 120;                 // generated users in the demo project (millions work; see start())
    int teamCount = 16;                  // teams in the demo project: the 16 named ones, then generated ones
    quint32 seed = 20261123;             // same seed, same data
    bool autoConfirmCliAuth = false;     // CLI-auth sessions count as confirmed at once (demo mode)
    int accessTokenLifetimeSeconds = 600;
    int transactionCount = 300;          // payments ledger of the demo project (large values for benchmarks)
    bool paymentProviderConnected = true; // the demo project has a connected Stripe account
    int outboxEmailCount = 300;          // emails of the demo project's outbox history (the last 30 days)
    int conversationCount = 60;          // support conversations of the demo project (large values for benchmarks)
    SupportRoutesVersion supportRoutes = SupportRoutesVersion::Paged;
    bool metricsAvailable = true;        // false: GET /internal/metrics answers 500 like a server without ClickHouse (fixture 45)
    // The instant the generated users' sign-ups and activity lead up to (ms since the epoch). The
    // default is fixed (2026-11-01T00:00:00Z, SampleDataGenerator::kAnchorMillis) so the same seed
    // gives the same data; the app's demo uses the current time so its overview shows recent days.
    qint64 sampleAnchorMillis = 1793491200000;
    quint16 port = 0;                    // 0: any free port on 127.0.0.1
    // HTTPS: the server's certificate and its private key (PEM); copied when the Emulator is
    // constructed (views keep the options a literal type). Empty: plain http.
    QByteArrayView tlsCertificatePem{};
    QByteArrayView tlsPrivateKeyPem{};
};

// The emulator's built-in account and keys: what demo mode and the tests sign in with.
struct DemoAccount
{
    QString email;
    QString password;
    QString publishableClientKey; // of the internal project
    QString projectId;            // "Demo Project", owned by the account, holds the generated users
    QString secondProjectId;      // a small second project owned by the account
    QString adminKey;             // super secret admin key of projectId
    QString serverKey;            // secret server key of projectId
    QString projectPublishableClientKey; // publishable client key of projectId (client access to it)
};

// A fault the emulator injects into matching requests (for reliability tests). Every member has
// a default, so designated initializers work under -Wextra:
//   emulator.addFault({.kind = Fault::Kind::Status, .pathPattern = u"^/users"_s, .status = 503});
struct Fault
{
    enum class Kind {
        Latency,        // wait latencyMs, then answer normally
        Status,         // answer `status` with a plain-text body (`message`)
        KnownError,     // answer `status` with {code, error} and X-Stack-Known-Error
        DropConnection, // close the connection without answering. QNetworkAccessManager silently
                        // resends an idempotent request (GET, DELETE…) once when that happens, so
                        // use count >= 2 (or -1) for the client to see RemoteHostClosedError.
        MalformedBody,  // answer 200 with a body that is not JSON
        TruncatedBody,  // answer 200 with a JSON body cut in half
        LostAnswer,     // handle the request (a POST really creates), then close the connection
                        // without answering: a client that resends creates a duplicate
        // a new kind goes here, last: kKindCount counts up to the last one
    };
    static constexpr int kKindCount = int(Kind::LostAnswer) + 1;

    Kind kind = Kind::Status;
    QString method{};            // e.g. "GET"; empty matches any method
    QString pathPattern{};       // regular expression on the path below /api/v1 (e.g. "^/users"); empty matches any
    int count = 1;               // matching requests it applies to; -1 until clearFaults()
    int latencyMs = 0;
    int status = 500;
    QString knownErrorCode{};
    QString message{};
    int retryAfterSeconds = -1;  // adds a Retry-After header when >= 0
    // Chaos for soak runs: each matching request draws a random number and is hit with this
    // probability (1: every matching request); a request the fault spares may take a later fault.
    double probability = 1.0;
    quint64 seed = 0;            // of the fault's own random numbers: the same seed, the same hits
};

// One request as the emulator received it (header names in lower case).
struct RecordedRequest
{
    QString method;
    QString path;  // below /api/v1
    QString query; // percent-encoded, without '?'
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    int status = 0;
    int faultKind = -1; // the injected Fault::Kind (as int), -1 when none
};

// A mail the server would have sent; the emulator sends none and keeps them for tests.
struct SentEmail
{
    enum class Kind {
        PasswordReset,     // POST /auth/password/send-reset-code (only when the address signs in)
        SignInInvitation,  // POST /internal/send-sign-in-invitation
        EmailVerification, // POST /contact-channels/{user_id}/{id}/send-verification-code
        TeamInvitation,    // POST /team-invitations/send-code (teamId and invitationId say which)
        TestEmail,         // POST /internal/send-test-email that succeeded (see EmailRoutes for the rule)
    };

    Kind kind = Kind::PasswordReset;
    QString projectId{};
    QString recipient{};   // the e-mail address
    QString callbackUrl{}; // as the request gave it
    QString userId{};      // the user it concerns; empty for an invitation
    QString teamId{};       // TeamInvitation: the team the recipient is invited to
    QString invitationId{}; // TeamInvitation: the id GET /team-invitations lists
};

class EmulatorServer;

// A local Hexclave server on 127.0.0.1 with sample data in memory. It runs on its own thread,
// so a slow or faulty answer never blocks the thread that uses it. All methods are thread-safe.
// The data follows from options.seed: the dashboard account (DemoAccount) owns "Demo Project"
// (options.userCount users, options.teamCount teams; it requires e-mail verification, so unverified
// users are restricted) and a second project with 10 users. Generated users also have sessions (with
// where they were last used), extra contact channels, OAuth links, two-factor authentication,
// restrictions and, in the demo project, the project permissions "admin", "billing" and
// "support:read" (see SampleUserDetails). The generated users' passwords are unknown; users
// created through POST /users with a password can sign in. The demo project also has pending team
// invitations, two more key sets ("CI deploy key" and a revoked one) besides the DemoAccount keys,
// and user and team API keys, one revoked and one expired (see SampleInvitationsAndKeys), and a
// payments catalog with a connected Stripe account and options.transactionCount transactions of
// purchases, renewals, item changes and refunds (see SamplePayments). Its emails go through its
// own SMTP server (the second project keeps the shared one), with three drafts and an outbox of
// options.outboxEmailCount emails over the last 30 days in every status (see SampleEmails). Its
// support inbox has options.conversationCount conversations with its users (every status and
// priority, threads with replies, internal notes and status changes, assignees, tags) and SLA
// targets in its config (support.sla.*: first response 60 minutes, next response 240), so some
// are overdue and some due soon; the second project has 3 conversations and no SLA (see
// SampleConversations). Their times are relative to now.
//
// The constructor creates only the accounts, projects, keys and teams (demoAccount() is valid at
// once). start() returns as soon as the server listens; its thread then generates the demo
// project's users (seconds for millions). Requests and the data accessors (confirmCliAuth,
// expireAccessTokens, userCount) wait until that is complete; called before start(), the
// accessors generate the users on the calling thread instead.
class Emulator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    explicit Emulator(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~Emulator() override;

    bool start(); // false (see errorString()) when it could not listen
    QString errorString() const;
    quint16 port() const;
    QUrl apiRoot() const;      // http://127.0.0.1:<port>/api/v1 (https:// with a TLS certificate)
    QUrl dashboardUrl() const; // http://127.0.0.1:<port> — serves /handler/cli-auth-confirm
    DemoAccount demoAccount() const;

    void addFault(const Fault &fault);
    void clearFaults();
    // Faults of every kind that hit `rate` (0..1) of all requests together, reproducible from
    // `seed`: latency up to 300 ms, 429 and 503 with Retry-After: 1, 500, 502, dropped connections,
    // lost answers, malformed and truncated bodies. For soak tests and --demo-faults.
    void addChaos(double rate, quint64 seed);
    // How many requests each Fault::Kind hit so far, indexed by int(kind) (clearFaults() keeps them).
    QList<int> injectedFaultCounts() const;

    int requestCount() const;
    QList<RecordedRequest> recordedRequests() const; // the most recent 1,000
    void clearRecordedRequests();

    // The mails "sent" so far, oldest first. Callback URLs must be on localhost (the emulator's
    // projects trust no other domain), else the route answers REDIRECT_URL_NOT_WHITELISTED.
    QList<SentEmail> sentEmails() const;
    void clearSentEmails();

    // Test set-up without going through the API (both answer an empty string when the project
    // is unknown or, for the permission, the id is taken or invalid):
    // a new team with no members; returns its id.
    QString createTeam(const QString &projectId, const QString &displayName);
    // a new project permission definition (ids are lower case letters, digits, ':' and '_').
    QString createProjectPermissionDefinition(const QString &projectId, const QString &id,
                                              const QString &description = {},
                                              const QStringList &containedPermissionIds = {});
    // The project's rendered configuration as GET /internal/config answers it (its config_string);
    // empty when the project is unknown.
    QString projectConfig(const QString &projectId) const;

    // Support: as if the customer wrote into a conversation of `projectId` (the customer-side
    // PATCH /internal/dogfood/support/conversations/{id}): a user message with the reply
    // bookkeeping (pending → open, next response due when the project has SLA on). An empty
    // conversationId takes the conversation with the oldest activity that is not closed; an
    // empty body a generated sentence. Returns the conversation's id, empty when the project or
    // conversation is unknown (or none is open).
    QString appendCustomerMessage(const QString &projectId, const QString &conversationId = {}, const QString &body = {});
    // The dashboard account's user id in the internal project (the support agent of the
    // support routes: sender id of its replies, "Assign to me").
    QString dashboardUserId() const;

    // As if the signed-in dashboard user pressed "Authorize" on the confirm page.
    bool confirmCliAuth(const QString &loginCode);
    // Every access token issued so far is rejected as expired from now on.
    void expireAccessTokens();
    // The dashboard account's sessions end (as if revoked): its refresh tokens are refused from
    // now on; access tokens already issued stay valid until they expire, as on the real server.
    void revokeDashboardSessions();
    int userCount(const QString &projectId) const;

private:
    std::unique_ptr<EmulatorServer> m_server;
};

} // namespace hexclave::emulator
