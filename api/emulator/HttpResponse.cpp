#include "HttpResponse.h"

#include <nlohmann/json.hpp>

namespace hexclave::emulator {

HttpResponse HttpResponse::json(int status, const nlohmann::ordered_json &body, int indent)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8";
    response.body = QByteArray::fromStdString(body.dump(indent));
    return response;
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = text.toUtf8();
    return response;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    return response;
}

HttpResponse HttpResponse::success()
{
    return json(200, nlohmann::ordered_json{{"success", true}});
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    if (name.compare(QByteArrayView("content-type"), Qt::CaseInsensitive) == 0)
        return contentType;
    for (const auto &entry : headers) {
        if (QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

} // namespace hexclave::emulator
