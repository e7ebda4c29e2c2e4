#include "FakeNetworkAccessManager.h"

#include <QTimer>

namespace hexclave::tests {

namespace {

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(const SeenRequest &seen, const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent)
        , m_response(response)
    {
        setRequest(seen.request);
        setUrl(seen.url);
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, seen.method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (response.hang) {
            const int timeout = seen.request.transferTimeout();
            if (timeout > 0)
                QTimer::singleShot(timeout, this, [this] { finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("timed out")); });
            return;
        }
        QTimer::singleShot(response.delayMs, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        finishWithError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    }

    qint64 bytesAvailable() const override { return m_response.body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_response.body.size() - m_offset);
        if (n <= 0)
            return m_delivered ? -1 : 0;
        std::memcpy(data, m_response.body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (isFinished())
            return;
        if (m_response.networkError != QNetworkReply::NoError) {
            finishWithError(m_response.networkError, QStringLiteral("fake network error"));
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setHeader(QNetworkRequest::ContentTypeHeader, m_response.contentType);
        setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
        for (const auto &[name, value] : m_response.headers)
            setRawHeader(name, value);
        if (m_response.status >= 400)
            setError(m_response.status == 404 ? QNetworkReply::ContentNotFoundError : QNetworkReply::ProtocolInvalidOperationError,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        m_delivered = true;
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    void finishWithError(QNetworkReply::NetworkError error, const QString &text)
    {
        m_delivered = true;
        m_response.body.clear();
        setError(error, text);
        Q_EMIT errorOccurred(error);
        setFinished(true);
        Q_EMIT finished();
    }

    FakeResponse m_response;
    qint64 m_offset = 0;
    bool m_delivered = false;
};

} // namespace

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::knownError(int status, const QByteArray &code, const QByteArray &message)
{
    FakeResponse response = json(status, "{\"code\":\"" + code + "\",\"error\":\"" + message + "\"}");
    response.headers.append({"X-Stack-Known-Error", code});
    return response;
}

FakeResponse FakeResponse::text(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.contentType = "text/plain; charset=utf-8";
    return response;
}

FakeResponse FakeResponse::failure(QNetworkReply::NetworkError error)
{
    FakeResponse response;
    response.networkError = error;
    return response;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse response;
    response.hang = true;
    return response;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    SeenRequest seen;
    seen.request = request;
    seen.url = request.url();
    seen.method = op == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                  : op == GetOperation  ? QByteArray("GET")
                  : op == PostOperation ? QByteArray("POST")
                  : op == PutOperation  ? QByteArray("PUT")
                  : op == DeleteOperation ? QByteArray("DELETE")
                                          : QByteArray("HEAD");
    if (outgoingData)
        seen.body = outgoingData->readAll();
    m_requests.append(seen);

    FakeResponse response;
    if (m_handler)
        response = m_handler(seen);
    else if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else
        response = FakeResponse::text(500, "no scripted answer");
    return new FakeReply(seen, response, this);
}

} // namespace hexclave::tests
