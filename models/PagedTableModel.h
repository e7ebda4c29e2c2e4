#pragma once

#include "core/ApiError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace hexclave::api {
class ApiJob;
}

namespace hexclave::models {

// A table over a cursor-paginated list. Pages arrive through fetchMore() as the view scrolls;
// the cursor of every page is kept, but the rows of only a bounded window of pages stay in
// memory, so paging through 100,000 rows costs the same memory as paging through 10,000.
// Rows of an evicted page read as placeholders until ensureRowsLoaded() brings them back
// (the view calls it for the rows it shows).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    enum class FetchState { CanFetchMore, Loading, Finished, Failed };
    Q_ENUM(FetchState)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // the unformatted value (timestamps in ms, booleans, ids)
        IsPlaceholderRole,               // true while the row's page is not in memory
    };

    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    FetchState fetchState() const { return m_state; }
    const api::ApiError &lastError() const { return m_lastError; }
    bool isLoading() const { return m_state == FetchState::Loading || !m_refetching.isEmpty(); }
    bool isRowLoaded(int row) const;

    // Starts again from the first page (after a change of filter or sort, or to refresh).
    void reload();
    // After a failed page: asks for it again.
    void retry();
    // Brings back evicted pages that hold any of the rows first..last.
    void ensureRowsLoaded(int first, int last);

    void setPageSizes(int firstPage, int nextPages);
    void setMaxResidentRows(int rows) { m_maxResidentRows = rows; }
    int maxResidentRows() const { return m_maxResidentRows; }
    int residentRowCount() const;
    int pageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void fetchStateChanged(hexclave::models::PagedTableModel::FetchState state);
    void loadFailed(const hexclave::api::ApiError &error);
    void firstPageLoaded();
    // A page came back different from before (rows added or removed on the server meanwhile).
    void listChangedOnServer();

protected:
    explicit PagedTableModel(QObject *parent = nullptr);

    struct PageInfo
    {
        int itemCount = 0;
        std::optional<QString> nextCursor;
        QString firstId; // the id of the page's first row: the cursor that fetches it again
    };

    // Starts the request for one page. The job must finish with a page of rows; null when
    // the model has no connection any more.
    virtual api::ApiJob *startPageRequest(const QString &cursor, int limit) = 0;
    virtual PageInfo inspectPage(api::ApiJob *job) const = 0;
    // Moves the rows of a finished job into storage for page `pageIndex`.
    virtual void storePage(int pageIndex, api::ApiJob *job) = 0;
    virtual void dropPage(int pageIndex) = 0;
    virtual void dropAllPages() = 0;
    // Erases one stored row; returns the id of the page's new first row (empty when none is left).
    virtual QString eraseStoredRow(int pageIndex, int offset) = 0;

    // Takes out a loaded row that is gone on the server (deleted from here), without a reload;
    // the pages after it move up, and refetching any page still works. False when the row is
    // not in memory (or its page is being fetched again).
    bool removeLoadedRow(int row);

    // The page and offset holding a row, or -1 when the row does not exist.
    int pageOfRow(int row) const;
    int firstRowOfPage(int pageIndex) const { return m_pages.at(pageIndex).firstRow; }
    bool isPageResident(int pageIndex) const { return m_pages.at(pageIndex).resident; }

private:
    struct PageSlot
    {
        QString firstId; // the id of its first row: the cursor that fetches the page again
        int firstRow = 0;
        int rowCount = 0;
        bool resident = false;
        quint64 lastUsed = 0;
    };

    void setState(FetchState state);
    void appendPage(api::ApiJob *job);
    void failWithoutConnection();
    void refetchPage(int pageIndex);
    void restorePage(int pageIndex, api::ApiJob *job);
    void evictIfNeeded();
    void abortAll();

    QList<PageSlot> m_pages;
    std::optional<QString> m_nextCursor;
    FetchState m_state = FetchState::CanFetchMore;
    api::ApiError m_lastError;
    QPointer<api::ApiJob> m_appendJob;
    QHash<int, QPointer<api::ApiJob>> m_refetching;
    int m_rowCount = 0;
    int m_firstPageSize = 100;
    int m_nextPageSize = 500;
    int m_maxResidentRows = 20'000;
    quint64 m_useCounter = 0;
    int m_visibleFirst = 0;
    int m_visibleLast = 0;
};

} // namespace hexclave::models
