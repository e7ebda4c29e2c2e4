#include "ExchangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

namespace {

constexpr qsizetype keptBodyBytes = 16 * 1024;

QByteArray methodOf(const QNetworkReply &reply)
{
    switch (reply.operation()) {
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    case QNetworkAccessManager::CustomOperation:
        return reply.request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return "?";
}

// Prism's application/problem+json: {type, title, status, detail, validation: [{location,
// severity, code, message}]} -> "title: response.body.items.0.id must be string; …"
QString describeProblem(const QByteArray &body)
{
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    if (problem.isEmpty())
        return QString::fromUtf8(body.left(2000));
    QStringList findings;
    const QJsonArray validation = problem.value(QLatin1String("validation")).toArray();
    for (const QJsonValue &entry : validation) {
        const QJsonObject finding = entry.toObject();
        QStringList location;
        for (const QJsonValue &part : finding.value(QLatin1String("location")).toArray())
            location << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
        findings << QStringLiteral("[%1] %2 %3 (%4)")
                        .arg(finding.value(QLatin1String("severity")).toString(), location.join(u'.'),
                             finding.value(QLatin1String("message")).toString(),
                             finding.value(QLatin1String("code")).toVariant().toString());
    }
    QString text = problem.value(QLatin1String("title")).toString();
    if (findings.isEmpty())
        text += u": "_s + problem.value(QLatin1String("detail")).toString();
    else
        text += u":\n      "_s + findings.join(u"\n      "_s);
    return text;
}

} // namespace

QString Exchange::summary() const
{
    const QString target = url.path() + (url.hasQuery() ? u'?' + url.query() : QString());
    return QStringLiteral("%1 %2 -> %3")
        .arg(QString::fromLatin1(method), target, status ? QString::number(status) : networkError);
}

QString Exchange::contractProblem() const
{
    if (status == 422 && contentType.startsWith("application/problem+json"))
        return summary() + u"\n    Prism: the client sent a request the spec forbids. "_s + describeProblem(body);
    if (status == 500 && body.contains("#VIOLATIONS"))
        return summary() + u"\n    Prism: the server answered outside the spec. "_s + describeProblem(body);
    if (status == 0)
        return summary() + u"\n    no HTTP answer"_s;
    if (status >= 500)
        return summary() + u"\n    server error: "_s + QString::fromUtf8(body.left(2000));
    return {};
}

ExchangeLog::ExchangeLog(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
{
    connect(network, &QNetworkAccessManager::finished, this, &ExchangeLog::record);
}

void ExchangeLog::record(QNetworkReply *reply)
{
    Exchange exchange;
    exchange.method = methodOf(*reply);
    exchange.url = reply->url();
    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exchange.status == 0)
        exchange.networkError = reply->errorString();
    exchange.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    exchange.knownError = reply->rawHeader("X-Stack-Known-Error");
    exchange.body = reply->peek(std::min(reply->bytesAvailable(), keptBodyBytes));
    m_exchanges.append(exchange);
}

QList<Exchange> ExchangeLog::toPort(int port, qsizetype fromIndex) const
{
    QList<Exchange> matching;
    for (qsizetype i = fromIndex; i < m_exchanges.size(); ++i) {
        if (m_exchanges.at(i).url.port() == port)
            matching.append(m_exchanges.at(i));
    }
    return matching;
}

QStringList ExchangeLog::problems(const QList<Exchange> &exchanges)
{
    QStringList found;
    for (const Exchange &exchange : exchanges) {
        const QString problem = exchange.contractProblem();
        if (!problem.isEmpty())
            found << problem;
    }
    return found;
}

} // namespace hexclave::tests
