#pragma once

#include "core/Call.h"
#include "dto/Metrics.h"

namespace hexclave::api::metrics {

// GET /internal/metrics?include_anonymous=true|false (admin). Only include_anonymous is sent:
// older servers refuse the newer filter_* keys. Servers without their analytics store answer 500.
Call<ProjectMetrics> projectMetrics(const ProjectScope &scope, bool includeAnonymous = false);

} // namespace hexclave::api::metrics
