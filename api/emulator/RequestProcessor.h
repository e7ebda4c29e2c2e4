#pragma once

#include "HttpResponse.h"

namespace hexclave::emulator {

class FaultInjector;
class RequestRecorder;
class Router;
struct HttpRequest;

// What the transport must do with an answer.
struct Reply
{
    enum class Delivery {
        Normal,
        Drop,     // close the connection without answering
        Truncate, // send the headers and half the body, then close
    };

    HttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
};

// Between transport and router: applies an injected fault, stamps the headers every answer
// carries (X-Stack-Request-Id, Cache-Control) and records the request.
class RequestProcessor
{
public:
    RequestProcessor(Router &router, FaultInjector &faults, RequestRecorder &recorder);

    Reply process(const HttpRequest &request);

private:
    Router &m_router;
    FaultInjector &m_faults;
    RequestRecorder &m_recorder;
};

} // namespace hexclave::emulator
