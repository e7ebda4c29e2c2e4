#pragma once

#include "ListTableModel.h"

#include "dto/ApiKey.h"

namespace hexclave::models {

// The API keys of one user or team: what each is for, public or secret, the last four
// characters (all that can be read again), when it was made and expires, and whether it still
// works — revoked and expired keys are marked as no longer in use.
class OwnedApiKeysModel : public ListTableModel<api::OwnedApiKey>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnedApiKeysModel)

public:
    enum Column { DescriptionColumn, TypeColumn, KeyColumn, CreatedColumn, ExpiresColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NoLongerWorksRole = FirstCustomRole, // bool: revoked or expired
    };

    enum class Status { Active, Revoked, Expired };

    explicit OwnedApiKeysModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The moment "expired" and "in 30 days" are measured from; 0 (the default) follows the clock.
    void setReferenceTime(qint64 nowMillis);
    Status status(const api::OwnedApiKey &key) const;
    // "…a1b2": how a key is named where its value cannot be shown.
    static QString maskedKey(const QString &lastFour);

protected:
    QVariant displayData(const api::OwnedApiKey &key, int column) const override;
    QVariant toolTipData(const api::OwnedApiKey &key, int column) const override;
    QVariant rawData(const api::OwnedApiKey &key, int column) const override;
    QVariant roleData(const api::OwnedApiKey &key, int column, int role) const override;

private:
    qint64 now() const;

    qint64 m_referenceTime = 0;
};

} // namespace hexclave::models
