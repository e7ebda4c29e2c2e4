#include "RequestProcessor.h"

#include "FaultInjector.h"
#include "HttpRequest.h"
#include "KnownErrors.h"
#include "RequestRecorder.h"
#include "Router.h"
#include "Uuid.h"

using namespace Qt::StringLiterals;

namespace hexclave::emulator {

RequestProcessor::RequestProcessor(Router &router, FaultInjector &faults, RequestRecorder &recorder)
    : m_router(router)
    , m_faults(faults)
    , m_recorder(recorder)
{
}

Reply RequestProcessor::process(const HttpRequest &request)
{
    const QString apiPath = Router::apiPathOf(request.path);
    Reply reply;
    const std::optional<Fault> fault = m_faults.take(request.method, apiPath);
    if (!fault) {
        reply.response = m_router.handle(request);
    } else {
        switch (fault->kind) {
        case Fault::Kind::Latency:
            reply.response = m_router.handle(request);
            reply.delayMs = std::max(0, fault->latencyMs);
            break;
        case Fault::Kind::Status:
            reply.response = HttpResponse::text(fault->status, fault->message.isEmpty() ? u"Injected fault"_s : fault->message);
            break;
        case Fault::Kind::KnownError:
            reply.response = KnownErrors::make(fault->status, fault->knownErrorCode.toLatin1(),
                                               fault->message.isEmpty() ? u"Injected known error"_s : fault->message);
            break;
        case Fault::Kind::DropConnection:
            reply.delivery = Reply::Delivery::Drop;
            break;
        case Fault::Kind::LostAnswer:
            reply.response = m_router.handle(request);
            reply.delivery = Reply::Delivery::Drop;
            break;
        case Fault::Kind::MalformedBody:
            reply.response.status = 200;
            reply.response.contentType = "application/json; charset=utf-8";
            reply.response.body = "<html><body>502 Bad Gateway</body></html>{\"items\": [";
            break;
        case Fault::Kind::TruncatedBody:
            reply.response = m_router.handle(request);
            reply.delivery = Reply::Delivery::Truncate;
            break;
        }
        if (fault->retryAfterSeconds >= 0)
            reply.response.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
    }

    const QByteArray requestId = Uuid::randomFromSystem().toQString().toLatin1();
    reply.response.setHeader("X-Stack-Request-Id", requestId);
    reply.response.setHeader("X-Hexclave-Request-Id", requestId);
    reply.response.setHeader("Cache-Control", "no-store, max-age=0");

    RecordedRequest record;
    record.method = QString::fromLatin1(request.method);
    record.path = apiPath;
    record.query = QString::fromLatin1(request.rawQuery);
    for (const auto &[name, value] : request.headers)
        record.headers.insert(name, value);
    record.body = request.body;
    record.status = reply.delivery == Reply::Delivery::Drop ? 0 : reply.response.status;
    record.faultKind = fault ? int(fault->kind) : -1;
    m_recorder.record(std::move(record));
    return reply;
}

} // namespace hexclave::emulator
