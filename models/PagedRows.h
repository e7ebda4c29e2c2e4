#pragma once

#include "PagedTableModel.h"

#include "core/Job.h"
#include "dto/Page.h"

#include <optional>
#include <vector>

namespace hexclave::models {

// PagedTableModel's storage for rows of one DTO type (which has an `id`).
template <class Row>
class PagedRows : public PagedTableModel
{
public:
    // The row, or null while its page is not in memory.
    const Row *rowAt(int row) const
    {
        const int page = pageOfRow(row);
        if (page < 0 || page >= int(m_rows.size()) || !m_rows[page])
            return nullptr;
        return &m_rows[page]->at(row - firstRowOfPage(page));
    }

protected:
    using PageJob = api::Job<api::Page<Row>>;

    explicit PagedRows(QObject *parent)
        : PagedTableModel(parent)
    {
    }

    PageInfo inspectPage(api::ApiJob *job) const override
    {
        const auto &page = static_cast<PageJob *>(job)->value();
        return {int(page.items.size()), page.nextCursor, page.items.isEmpty() ? QString() : page.items.first().id};
    }

    void storePage(int pageIndex, api::ApiJob *job) override
    {
        if (int(m_rows.size()) <= pageIndex)
            m_rows.resize(pageIndex + 1);
        m_rows[pageIndex] = static_cast<PageJob *>(job)->takeValue().items;
    }

    void dropPage(int pageIndex) override { m_rows[pageIndex].reset(); }
    void dropAllPages() override { m_rows.clear(); }

private:
    std::vector<std::optional<QList<Row>>> m_rows;
};

} // namespace hexclave::models
