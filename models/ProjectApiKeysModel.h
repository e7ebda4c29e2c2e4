#pragma once

#include "ListTableModel.h"

#include "dto/ApiKey.h"

namespace hexclave::models {

// The project's own key sets (GET /internal/api-keys), newest first: what each was made for,
// which keys it holds (by their last four characters, all that can be read again), when it was
// created and expires, and whether it still works.
class ProjectApiKeysModel : public ListTableModel<api::ProjectApiKey>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectApiKeysModel)

public:
    enum Column { DescriptionColumn, KeysColumn, CreatedColumn, ExpiresColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum class State { Active, Expired, Revoked };
    Q_ENUM(State)

    enum Role {
        StateRole = FirstCustomRole, // State
        NoLongerWorksRole,           // bool: revoked or expired
    };

    // Expiry dates from this one on read as "never": the web dashboard makes keys that never
    // expire with an expiry centuries away, other tools use the years 2099 or 2100.
    static constexpr qint64 kNeverExpiresFromMillis = 4'070'908'800'000; // 2099-01-01T00:00:00Z

    explicit ProjectApiKeysModel(QObject *parent = nullptr);

    // Replaces the rows, newest first; `nowMillis` decides which have expired.
    void setKeys(QList<api::ProjectApiKey> keys, qint64 nowMillis);
    qint64 nowMillis() const { return m_nowMillis; }

    State stateOf(const api::ProjectApiKey &key) const;
    // "Client key …b1g0, server key …hear"
    static QString keysText(const api::ProjectApiKey &key);
    static bool neverExpires(qint64 expiresAtMillis) { return expiresAtMillis >= kNeverExpiresFromMillis; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant displayData(const api::ProjectApiKey &key, int column) const override;
    QVariant toolTipData(const api::ProjectApiKey &key, int column) const override;
    QVariant rawData(const api::ProjectApiKey &key, int column) const override;
    QVariant roleData(const api::ProjectApiKey &key, int column, int role) const override;

private:
    qint64 m_nowMillis = 0;
};

} // namespace hexclave::models
