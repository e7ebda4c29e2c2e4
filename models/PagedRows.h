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

    // Shows a changed row (an edit made here) in place; false when it is not loaded.
    bool replaceRow(const Row &changed)
    {
        const int row = loadedRowOf(changed.id);
        if (row < 0)
            return false;
        const int page = pageOfRow(row);
        (*m_rows[page])[row - firstRowOfPage(page)] = changed;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

    // Takes out a row deleted from here; false when it is not loaded.
    bool removeRowWithId(const QString &id)
    {
        const int row = loadedRowOf(id);
        return row >= 0 && removeLoadedRow(row);
    }

    // The row showing `id` among the loaded pages, or -1.
    int loadedRowOf(const QString &id) const
    {
        for (int page = 0; page < int(m_rows.size()); ++page) {
            if (!m_rows[page])
                continue;
            const QList<Row> &rows = *m_rows[page];
            for (qsizetype offset = 0; offset < rows.size(); ++offset) {
                if (rows.at(offset).id == id)
                    return firstRowOfPage(page) + int(offset);
            }
        }
        return -1;
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

    QString eraseStoredRow(int pageIndex, int offset) override
    {
        QList<Row> &rows = *m_rows[pageIndex];
        rows.removeAt(offset);
        return rows.isEmpty() ? QString() : rows.first().id;
    }

private:
    std::vector<std::optional<QList<Row>>> m_rows;
};

} // namespace hexclave::models
