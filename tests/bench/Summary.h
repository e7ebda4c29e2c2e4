#pragma once

#include <QList>

#include <algorithm>

namespace hexclave::bench {

// Median, minimum and maximum of a series of measurements.
struct Summary
{
    double median = 0;
    double min = 0;
    double max = 0;
    qsizetype count = 0;

    bool isEmpty() const { return count == 0; }

    static Summary of(QList<double> values)
    {
        Summary summary;
        summary.count = values.size();
        if (values.isEmpty())
            return summary;
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        summary.median = values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
        summary.min = values.constFirst();
        summary.max = values.constLast();
        return summary;
    }
};

} // namespace hexclave::bench
