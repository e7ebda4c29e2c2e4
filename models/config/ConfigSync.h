#pragma once

#include "ConfigPullBaselines.h"
#include "config/ConfigSchema.h"
#include "core/ApiError.h"
#include "core/ApiRequest.h"
#include "dto/ProjectConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace hexclave::api {
class ApiClient;
}

namespace hexclave::models {

// Moves a configuration file's content to and from a project's branch override:
// pull (GET the branch override, for a new or overwritten file), compare (the branch override
// now, to diff it with the file) and push (PUT it whole, with this app as its source). A push
// first reads the branch override again and, unless forced, stops with changedSinceBaseline()
// when it differs from what was pulled into the file (or the file was never pulled from this
// project). One operation at a time; results arrive as signals.
class ConfigSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigSync)

public:
    enum class Operation { Pull, Compare, Push };
    Q_ENUM(Operation)
    enum class Divergence {
        NeverPulled,      // no pull of this project into this file is remembered
        ChangedSincePull, // the branch override is no longer what was pulled
    };
    Q_ENUM(Divergence)

    explicit ConfigSync(api::ApiClient *client, QObject *parent = nullptr);

    // Where pulled configurations are remembered (tests use a temporary directory).
    void setBaselines(const ConfigPullBaselines &baselines) { m_baselines = baselines; }
    const ConfigPullBaselines &baselines() const { return m_baselines; }

    bool isBusy() const { return m_operation.has_value(); }

    // pulled() or failed(Pull) follows.
    bool pull(const api::ProjectScope &scope);
    // Remembers `branchOverride` as what `filePath` holds of `projectId` (after a pull was
    // written to the file). False (and `error`) when it cannot be stored.
    bool rememberPull(const QString &filePath, const QString &projectId, const api::ConfigTree &branchOverride,
                      QString *error = nullptr);
    // compared() or failed(Compare) follows.
    bool compare(const api::ProjectScope &scope);
    // Makes `fileConfig` the project's branch override. refused() when it does not validate as
    // a branch override; changedSinceBaseline() when the project changed since the pull (or was
    // never pulled into `filePath`) and `force` is false; else pushed() or failed(Push).
    // `pulled`, when given, is what was pulled into a file not saved yet (it has no path to
    // remember a pull by); it stands in for the remembered pull.
    bool push(const api::ProjectScope &scope, const api::ConfigTree &fileConfig, const QString &filePath, bool force,
              const std::optional<api::ConfigTree> &pulled = std::nullopt);

    // What a pulled branch override puts into a file: without the settings kept per environment
    // (older servers accepted them at the branch level; they may hold secrets). The paths left
    // out go to `leftOut`.
    static api::ConfigTree fileContent(const api::ConfigTree &branchOverride, QStringList *leftOut = nullptr);
    // A sentence naming the left-out paths, for a warning.
    static QString leftOutMessage(const QStringList &leftOut);

Q_SIGNALS:
    // The branch override, normalized (nested, no nulls): what a file gets.
    void pulled(const hexclave::api::ConfigTree &branchOverride);
    void compared(const hexclave::api::ConfigTree &branchOverride);
    void changedSinceBaseline(hexclave::models::ConfigSync::Divergence divergence,
                              const hexclave::api::ConfigTree &branchOverride);
    void refused(const QList<hexclave::api::ConfigProblem> &errors);
    // Done and read back; `branchOverride` is what the project holds now.
    void pushed(const hexclave::api::ConfigTree &branchOverride);
    // Something worth telling that did not stop the operation (e.g. the pull was not remembered).
    void warning(const QString &message);
    void failed(hexclave::models::ConfigSync::Operation operation, const hexclave::api::ApiError &error);

private:
    using Then = std::function<void(const api::ConfigTree &)>;
    bool begin(Operation operation);
    void readBranch(const api::ProjectScope &scope, Then then);
    void finishWith(std::function<void()> emitter);
    void fail(const api::ApiError &error);

    QPointer<api::ApiClient> m_client;
    ConfigPullBaselines m_baselines;
    std::optional<Operation> m_operation;
    int m_generation = 0;
};

} // namespace hexclave::models
