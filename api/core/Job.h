#pragma once

#include "ApiJob.h"
#include "dto/JsonParse.h"

#include <exception>

namespace hexclave::api {

// An ApiJob whose successful answer is parsed into T (a DTO from api/dto).
template <class T>
class Job final : public ApiJob
{
public:
    Job(ApiRequest request, QObject *parent)
        : ApiJob(std::move(request), parent)
    {
    }

    // Valid once finished() was emitted and succeeded() is true.
    const T &value() const { return m_value; }
    T takeValue() { return std::move(m_value); }

private:
    ApiError parseBody(const QByteArray &body) override
    {
        try {
            m_value = parseJson<T>(body);
            return {};
        } catch (const std::exception &e) {
            return ApiError::parse(QString::fromUtf8(e.what()));
        }
    }

    T m_value{};
};

} // namespace hexclave::api
