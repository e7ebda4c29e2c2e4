#include "MetricsEndpoints.h"

namespace hexclave::api::metrics {

Call<ProjectMetrics> projectMetrics(const ProjectScope &scope, bool includeAnonymous)
{
    return {ApiRequest::get(QStringLiteral("/internal/metrics"), scope,
                            encodedQuery({{QStringLiteral("include_anonymous"),
                                           includeAnonymous ? QStringLiteral("true") : QStringLiteral("false")}}))};
}

} // namespace hexclave::api::metrics
