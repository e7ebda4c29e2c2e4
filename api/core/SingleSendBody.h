#pragma once

#include <QByteArray>
#include <QIODevice>

namespace hexclave::api {

// The body of a request that must reach the server at most once (POST, PATCH). Qt's HTTP layer
// silently sends a request again on a new connection when the old one closes before the answer
// (even a POST), which creates a duplicate when the server did carry out the first one and only
// its answer was lost. Qt rewinds the body before such a resend; this body refuses to rewind
// once it has been read (an empty body: ever), so the reply fails with ContentReSendError instead.
class SingleSendBody : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleSendBody)

public:
    explicit SingleSendBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override;
    bool seek(qint64 position) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_read = false;
};

} // namespace hexclave::api
