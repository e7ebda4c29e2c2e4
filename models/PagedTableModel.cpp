#include "PagedTableModel.h"

#include "core/ApiJob.h"

#include <algorithm>

namespace hexclave::models {

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PagedTableModel::~PagedTableModel()
{
    abortAll();
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == FetchState::CanFetchMore;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool firstPage = m_pages.isEmpty();
    api::ApiJob *job = startPageRequest(firstPage ? QString() : m_nextCursor.value_or(QString()),
                                        firstPage ? m_firstPageSize : m_nextPageSize);
    if (!job) {
        failWithoutConnection();
        return;
    }
    m_appendJob = job;
    setState(FetchState::Loading);
    connect(job, &api::ApiJob::finished, this, [this, job] {
        if (job != m_appendJob)
            return; // superseded by a reload
        m_appendJob.clear();
        if (!job->succeeded()) {
            m_lastError = job->error();
            setState(FetchState::Failed);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        appendPage(job);
    });
}

void PagedTableModel::failWithoutConnection()
{
    m_lastError = api::ApiError::cancelled();
    m_lastError.message = tr("The connection of this list was closed.");
    setState(FetchState::Failed);
    Q_EMIT loadFailed(m_lastError);
}

void PagedTableModel::appendPage(api::ApiJob *job)
{
    const PageInfo info = inspectPage(job);
    const int pageIndex = int(m_pages.size());
    if (info.itemCount > 0) {
        beginInsertRows({}, m_rowCount, m_rowCount + info.itemCount - 1);
        m_pages.append({info.firstId, m_rowCount, info.itemCount, true, ++m_useCounter});
        storePage(pageIndex, job);
        m_rowCount += info.itemCount;
        endInsertRows();
    }
    m_lastError = {};
    m_nextCursor = info.itemCount > 0 ? info.nextCursor : std::nullopt;
    // Back within the budget before anyone hears of the new state (and may fetch again).
    evictIfNeeded();
    setState(m_nextCursor ? FetchState::CanFetchMore : FetchState::Finished);
    if (pageIndex == 0)
        Q_EMIT firstPageLoaded();
}

void PagedTableModel::reload()
{
    abortAll();
    beginResetModel();
    dropAllPages();
    m_pages.clear();
    m_rowCount = 0;
    m_nextCursor.reset();
    m_lastError = {};
    m_state = FetchState::CanFetchMore;
    m_visibleFirst = m_visibleLast = 0; // a reset puts views back at the top
    endResetModel();
    Q_EMIT fetchStateChanged(m_state);
    fetchMore({});
}

void PagedTableModel::retry()
{
    if (m_state != FetchState::Failed)
        return;
    setState(FetchState::CanFetchMore);
    fetchMore({});
}

bool PagedTableModel::isRowLoaded(int row) const
{
    const int page = pageOfRow(row);
    return page >= 0 && m_pages.at(page).resident;
}

void PagedTableModel::ensureRowsLoaded(int first, int last)
{
    if (m_pages.isEmpty() || last < first || last < 0 || first >= m_rowCount)
        return;
    m_visibleFirst = first;
    m_visibleLast = last;
    const int firstPage = std::max(0, pageOfRow(std::max(0, first)));
    const int lastPage = pageOfRow(std::min(last, m_rowCount - 1));
    for (int page = firstPage; page >= 0 && page <= lastPage; ++page) {
        PageSlot &slot = m_pages[page];
        if (slot.resident)
            slot.lastUsed = ++m_useCounter;
        else if (!m_refetching.contains(page))
            refetchPage(page);
    }
}

bool PagedTableModel::removeLoadedRow(int row)
{
    const int pageIndex = pageOfRow(row);
    if (pageIndex < 0 || !m_pages.at(pageIndex).resident || m_refetching.contains(pageIndex))
        return false;
    beginRemoveRows({}, row, row);
    PageSlot &slot = m_pages[pageIndex];
    const QString newFirstId = eraseStoredRow(pageIndex, row - slot.firstRow);
    if (row == slot.firstRow)
        slot.firstId = newFirstId;
    --slot.rowCount;
    for (int later = pageIndex + 1; later < m_pages.size(); ++later)
        --m_pages[later].firstRow;
    --m_rowCount;
    endRemoveRows();
    return true;
}

void PagedTableModel::refetchPage(int pageIndex)
{
    const PageSlot &slot = m_pages.at(pageIndex);
    if (slot.rowCount == 0)
        return; // every row of it was deleted from here
    api::ApiJob *job = startPageRequest(slot.firstId, slot.rowCount);
    if (!job) {
        failWithoutConnection();
        return;
    }
    m_refetching.insert(pageIndex, job);
    connect(job, &api::ApiJob::finished, this, [this, job, pageIndex] {
        if (m_refetching.value(pageIndex) != job)
            return;
        m_refetching.remove(pageIndex);
        if (!job->succeeded()) {
            m_lastError = job->error();
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        restorePage(pageIndex, job);
    });
}

void PagedTableModel::restorePage(int pageIndex, api::ApiJob *job)
{
    PageSlot &slot = m_pages[pageIndex];
    const PageInfo info = inspectPage(job);
    // Same first row and size, but a row inserted or deleted inside moves the page's end:
    // then it no longer leads to the next page's first row.
    // (Pages emptied by deletions made here are skipped: the next page is the next one with rows.)
    int next = pageIndex + 1;
    while (next < m_pages.size() && m_pages.at(next).rowCount == 0)
        ++next;
    const bool endMoved = next < m_pages.size() && info.nextCursor != m_pages.at(next).firstId;
    if (info.firstId != slot.firstId || info.itemCount != slot.rowCount || endMoved) {
        Q_EMIT listChangedOnServer();
        reload();
        return;
    }
    storePage(pageIndex, job);
    slot.resident = true;
    slot.lastUsed = ++m_useCounter;
    Q_EMIT dataChanged(index(slot.firstRow, 0), index(slot.firstRow + slot.rowCount - 1, columnCount() - 1));
    evictIfNeeded();
}

int PagedTableModel::residentRowCount() const
{
    int rows = 0;
    for (const PageSlot &slot : m_pages) {
        if (slot.resident)
            rows += slot.rowCount;
    }
    return rows;
}

void PagedTableModel::evictIfNeeded()
{
    int resident = residentRowCount();
    while (resident > m_maxResidentRows) {
        int victim = -1;
        for (int page = 0; page < m_pages.size(); ++page) {
            const PageSlot &slot = m_pages.at(page);
            const bool visible = slot.firstRow <= m_visibleLast && slot.firstRow + slot.rowCount - 1 >= m_visibleFirst;
            const bool newest = page == m_pages.size() - 1; // the page the view is growing from
            if (!slot.resident || slot.rowCount == 0 || visible || newest)
                continue;
            if (victim < 0 || slot.lastUsed < m_pages.at(victim).lastUsed)
                victim = page;
        }
        if (victim < 0)
            return;
        PageSlot &slot = m_pages[victim];
        dropPage(victim);
        slot.resident = false;
        resident -= slot.rowCount;
        Q_EMIT dataChanged(index(slot.firstRow, 0), index(slot.firstRow + slot.rowCount - 1, columnCount() - 1));
    }
}

int PagedTableModel::pageOfRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    const auto it = std::upper_bound(m_pages.cbegin(), m_pages.cend(), row,
                                     [](int value, const PageSlot &slot) { return value < slot.firstRow; });
    return int(std::distance(m_pages.cbegin(), it)) - 1;
}

void PagedTableModel::setPageSizes(int firstPage, int nextPages)
{
    m_firstPageSize = std::max(1, firstPage);
    m_nextPageSize = std::max(1, nextPages);
}

void PagedTableModel::setState(FetchState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT fetchStateChanged(state);
}

void PagedTableModel::abortAll()
{
    if (auto job = std::exchange(m_appendJob, nullptr))
        job->abort();
    const auto refetching = std::exchange(m_refetching, {});
    for (const auto &job : refetching) {
        if (job)
            job->abort();
    }
}

} // namespace hexclave::models
