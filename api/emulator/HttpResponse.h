#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace hexclave::emulator {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body;

    // Compact JSON, as the server sends successful answers; indent >= 0 pretty-prints (known errors).
    static HttpResponse json(int status, const nlohmann::ordered_json &body, int indent = -1);
    static HttpResponse text(int status, const QString &text);
    static HttpResponse html(int status, const QString &html);
    // 200 {"success": true}: what deletions and sign-out answer.
    static HttpResponse success();

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const; // case-insensitive
};

} // namespace hexclave::emulator
