#pragma once

#include "core/ApiClient.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>

namespace hexclave::bench {

// Sends a call and spins an event loop until it finished; the value is moved out of the job
// (the parsed DTOs) before the job deletes itself.
template <class T>
bool await(api::ApiClient &client, api::Call<T> call, T *value, api::ApiError *error = nullptr)
{
    auto *job = client.send(std::move(call));
    bool succeeded = false;
    QEventLoop loop;
    QObject::connect(job, &api::ApiJob::finished, &loop, [&] {
        succeeded = job->succeeded();
        if (succeeded)
            *value = job->takeValue();
        else if (error)
            *error = job->error();
        loop.quit();
    });
    loop.exec();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished job
    return succeeded;
}

} // namespace hexclave::bench
