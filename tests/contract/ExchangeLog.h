#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hexclave::tests {

// One request and its answer as the client's QNetworkAccessManager saw them.
struct Exchange
{
    QByteArray method;
    QUrl url;
    int status = 0;          // 0: no HTTP answer (network error)
    QString networkError;    // when status is 0
    QByteArray contentType;
    QByteArray knownError;   // X-Stack-Known-Error
    QByteArray body;         // the first bytes of the answer's body

    QString summary() const; // "GET /users?limit=3 -> 200"
    // Why the contract check rejects this exchange, empty when it passes: Prism's 422 (the
    // client sent what the spec forbids), Prism's 500 #VIOLATIONS (the server answered outside
    // the spec), or any other 5xx / missing answer.
    QString contractProblem() const;
};

// Records every exchange of a QNetworkAccessManager, copied out when the reply finishes (the
// body is peeked, so the client still reads all of it).
class ExchangeLog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeLog)

public:
    explicit ExchangeLog(QNetworkAccessManager *network, QObject *parent = nullptr);

    qsizetype size() const { return m_exchanges.size(); }
    const QList<Exchange> &exchanges() const { return m_exchanges; }
    QList<Exchange> since(qsizetype index) const { return m_exchanges.mid(index); }
    // The exchanges with a port (one proxy).
    QList<Exchange> toPort(int port, qsizetype fromIndex = 0) const;
    static QStringList problems(const QList<Exchange> &exchanges);

private:
    void record(QNetworkReply *reply);

    QList<Exchange> m_exchanges;
};

} // namespace hexclave::tests
