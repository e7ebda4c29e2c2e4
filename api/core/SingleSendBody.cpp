#include "SingleSendBody.h"

#include <algorithm>
#include <cstring>

namespace hexclave::api {

SingleSendBody::SingleSendBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool SingleSendBody::reset()
{
    return seek(0);
}

bool SingleSendBody::seek(qint64 position)
{
    if (m_read && position < pos())
        return false; // a resend: see the class comment
    // Qt never reads an empty body (Content-Length: 0), so m_read stays false; it rewinds one
    // only to send it again.
    if (m_data.isEmpty())
        return false;
    return QIODevice::seek(position);
}

qint64 SingleSendBody::readData(char *data, qint64 maxSize)
{
    m_read = true; // any read counts, EOF included
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - pos());
    if (count <= 0)
        return count == 0 && pos() >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(count));
    return count;
}

qint64 SingleSendBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace hexclave::api
