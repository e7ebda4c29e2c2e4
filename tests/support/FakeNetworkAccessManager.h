#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <functional>

namespace hexclave::tests {

// A canned answer for FakeNetworkAccessManager.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type
    QByteArray contentType = "application/json; charset=utf-8";
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // != NoError: no HTTP answer at all
    bool hang = false; // never finishes (until aborted or timed out)
    int delayMs = 0;   // answers this much later

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse knownError(int status, const QByteArray &code, const QByteArray &message);
    static FakeResponse text(int status, const QByteArray &body);
    static FakeResponse failure(QNetworkReply::NetworkError error);
    static FakeResponse hanging();
};

// A request as the fake saw it.
struct SeenRequest
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QByteArray header(const char *name) const { return request.rawHeader(name); }
};

// QNetworkAccessManager that answers from a script instead of the network (for unit tests of
// the API layer below the emulator). Each request takes the handler's answer; replies finish
// asynchronously, like real ones.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const SeenRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Shortcut: answers the queued responses in order, then 500s.
    void enqueue(const FakeResponse &response) { m_queue.append(response); }

    const QList<SeenRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeResponse> m_queue;
    QList<SeenRequest> m_requests;
};

} // namespace hexclave::tests
