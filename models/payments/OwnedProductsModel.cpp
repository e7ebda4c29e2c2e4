#include "OwnedProductsModel.h"

#include "TimeText.h"

#include "core/ApiClient.h"
#include "endpoints/PaymentsEndpoints.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace hexclave::models {

OwnedProductsModel::OwnedProductsModel(api::ApiClient *client, api::ProjectScope scope, QObject *parent)
    : ListTableModel(parent)
    , m_client(client)
    , m_scope(std::move(scope))
{
}

OwnedProductsModel::~OwnedProductsModel()
{
    abortLoad();
}

int OwnedProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OwnedProductsModel::setCustomer(const api::CustomerRef &customer)
{
    abortLoad();
    m_customer = customer;
    ListTableModel::clear();
    if (m_customer.id.isEmpty()) {
        m_lastError = {};
        setState(State::NoCustomer);
        return;
    }
    reload();
}

void OwnedProductsModel::clear()
{
    setCustomer({});
}

void OwnedProductsModel::reload()
{
    abortLoad();
    if (m_customer.id.isEmpty())
        return;
    m_cursorsSeen.clear();
    requestPage({}, true);
}

void OwnedProductsModel::requestPage(const QString &cursor, bool firstPage)
{
    if (!m_client) {
        api::ApiError gone = api::ApiError::cancelled();
        gone.message = tr("The connection of this list was closed.");
        fail(gone);
        return;
    }
    auto *job = m_client->send(api::payments::customerProducts(m_scope, m_customer, cursor, pageSize));
    m_job = job;
    setState(State::Loading);
    connect(job, &api::ApiJob::finished, this, [this, job, firstPage] {
        if (job != m_job)
            return; // a newer load replaced this one
        m_job.clear();
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        api::Page<api::OwnedProduct> page = job->takeValue();
        if (firstPage) {
            setRows(std::move(page.items));
        } else {
            for (api::OwnedProduct &product : page.items)
                appendRow(std::move(product));
        }
        if (page.hasMore() && !m_cursorsSeen.contains(*page.nextCursor)) {
            m_cursorsSeen << *page.nextCursor;
            requestPage(*page.nextCursor, false);
            return;
        }
        m_lastError = {};
        setState(State::Loaded);
        Q_EMIT loaded();
    });
}

void OwnedProductsModel::fail(const api::ApiError &error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT loadFailed(error);
}

// Stops the load on its way without hearing of it.
void OwnedProductsModel::abortLoad()
{
    if (QPointer<api::ApiJob> job = std::exchange(m_job, nullptr)) {
        job->disconnect(this);
        job->abort();
    }
}

void OwnedProductsModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool OwnedProductsModel::isSubscription(const api::OwnedProduct &product)
{
    return product.kind == u"subscription" || (product.kind.isEmpty() && !product.subscriptionId.isEmpty());
}

QVariant OwnedProductsModel::displayData(const api::OwnedProduct &product, int column) const
{
    switch (column) {
    case ProductColumn:
        return product.displayName.isEmpty() ? tr("(unnamed product)") : product.displayName;
    case QuantityColumn:
        return QLocale().toString(product.quantity);
    case KindColumn:
        if (isSubscription(product))
            return tr("Subscription");
        if (product.kind == u"one_time")
            return tr("One-time");
        return product.kind.isEmpty() ? QStringLiteral("—") : product.kind;
    case PeriodEndColumn: {
        if (!product.currentPeriodEndMillis)
            return QStringLiteral("—");
        const QString date =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(*product.currentPeriodEndMillis).date(), QLocale::ShortFormat);
        return product.cancelAtPeriodEnd ? tr("Ends %1").arg(date) : tr("Renews %1").arg(date);
    }
    default:
        return {};
    }
}

QVariant OwnedProductsModel::toolTipData(const api::OwnedProduct &product, int column) const
{
    switch (column) {
    case ProductColumn:
        return product.id.isEmpty() ? tr("A product given inline, not one of the catalog's")
                                    : tr("Product ID: %1").arg(product.id);
    case KindColumn:
        return isSubscription(product) ? tr("Renews every billing period until it is cancelled")
                                       : tr("Bought or granted once; it does not renew");
    case PeriodEndColumn:
        if (!product.currentPeriodEndMillis)
            return isSubscription(product) ? tr("The server did not say when the current period ends") : QVariant();
        return product.cancelAtPeriodEnd
            ? tr("Cancelled: ends on %1").arg(absoluteTime(*product.currentPeriodEndMillis))
            : tr("The current period ends on %1, then it renews").arg(absoluteTime(*product.currentPeriodEndMillis));
    default:
        return {};
    }
}

QVariant OwnedProductsModel::rawData(const api::OwnedProduct &product, int column) const
{
    switch (column) {
    case ProductColumn: return product.displayName;
    case QuantityColumn: return product.quantity;
    case KindColumn: return isSubscription(product) ? QStringLiteral("subscription") : product.kind;
    case PeriodEndColumn:
        return product.currentPeriodEndMillis ? QVariant(*product.currentPeriodEndMillis) : QVariant();
    default: return {};
    }
}

QVariant OwnedProductsModel::roleData(const api::OwnedProduct &, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == QuantityColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant OwnedProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn: return tr("Product");
    case QuantityColumn: return tr("Quantity");
    case KindColumn: return tr("Kind");
    case PeriodEndColumn: return tr("Renews / ends");
    default: return {};
    }
}

} // namespace hexclave::models
