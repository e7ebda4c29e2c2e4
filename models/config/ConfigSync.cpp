#include "ConfigSync.h"

#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <QTimer>

namespace hexclave::models {

namespace {

using api::ApiError; // an unqualified return type keeps lupdate's context right

ApiError noConnection()
{
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.message = ConfigSync::tr("The connection to the server was closed. Connect again and retry.");
    return error;
}

} // namespace

ConfigSync::ConfigSync(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

bool ConfigSync::begin(Operation operation)
{
    if (m_operation)
        return false;
    m_operation = operation;
    ++m_generation;
    return true;
}

void ConfigSync::finishWith(std::function<void()> emitter)
{
    m_operation.reset();
    emitter();
}

void ConfigSync::fail(const api::ApiError &error)
{
    const Operation operation = *m_operation;
    finishWith([this, operation, error] { Q_EMIT failed(operation, error); });
}

void ConfigSync::readBranch(const api::ProjectScope &scope, Then then)
{
    const int generation = m_generation;
    if (!m_client) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(noConnection());
        });
        return;
    }
    api::Job<api::ConfigTree> *job = m_client->send(api::config::override(scope, api::ConfigLevel::Branch));
    connect(job, &api::ApiJob::finished, this, [this, job, generation, then = std::move(then)] {
        if (generation != m_generation)
            return;
        if (!job->succeeded()) {
            fail(job->error());
            return;
        }
        then(job->takeValue().normalized());
    });
}

bool ConfigSync::pull(const api::ProjectScope &scope)
{
    if (!begin(Operation::Pull))
        return false;
    readBranch(scope, [this](const api::ConfigTree &branch) { finishWith([this, branch] { Q_EMIT pulled(branch); }); });
    return true;
}

bool ConfigSync::rememberPull(const QString &filePath, const QString &projectId, const api::ConfigTree &branchOverride,
                              QString *error)
{
    return m_baselines.store(filePath, projectId, branchOverride.normalized(), error);
}

bool ConfigSync::compare(const api::ProjectScope &scope)
{
    if (!begin(Operation::Compare))
        return false;
    readBranch(scope, [this](const api::ConfigTree &branch) { finishWith([this, branch] { Q_EMIT compared(branch); }); });
    return true;
}

api::ConfigTree ConfigSync::fileContent(const api::ConfigTree &branchOverride, QStringList *leftOut)
{
    api::ConfigTree content = branchOverride.normalized();
    QStringList removed;
    for (const QString &path : content.leafPaths()) {
        if (!api::configschema::isEnvironmentOnly(path))
            continue;
        // The whole environment-only setting goes (e.g. a provider's clientSecret).
        QString top = path;
        for (QString prefix = path; prefix.contains(u'.');) {
            prefix.truncate(prefix.lastIndexOf(u'.'));
            if (api::configschema::isEnvironmentOnly(prefix))
                top = prefix;
        }
        if (!removed.contains(top) && content.contains(top)) {
            removed << top;
            content = content.without(top);
        }
    }
    if (leftOut)
        *leftOut = removed;
    return content.normalized();
}

QString ConfigSync::leftOutMessage(const QStringList &leftOut)
{
    return tr("The project's branch configuration holds settings that are kept per environment; they were left "
              "out of the file: %1")
        .arg(leftOut.join(tr(", ")));
}

bool ConfigSync::push(const api::ProjectScope &scope, const api::ConfigTree &fileConfig, const QString &filePath, bool force,
                      const std::optional<api::ConfigTree> &pulled)
{
    if (!begin(Operation::Push))
        return false;
    const api::ConfigTree config = fileConfig.normalized();
    QList<api::ConfigProblem> errors;
    for (const api::ConfigProblem &problem : api::configschema::validate(config, api::ConfigLevel::Branch)) {
        if (problem.severity == api::ConfigProblem::Severity::Error)
            errors << problem;
    }
    if (!errors.isEmpty()) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, errors] {
            if (generation == m_generation)
                finishWith([this, errors] { Q_EMIT refused(errors); });
        });
        return true;
    }

    readBranch(scope, [this, scope, config, filePath, force, pulled](const api::ConfigTree &current) {
        if (!force) {
            std::optional<QByteArray> baseline;
            if (pulled)
                baseline = ConfigPullBaselines::fingerprint(*pulled);
            else if (!filePath.isEmpty())
                baseline = m_baselines.find(filePath, scope.projectId);
            if (!baseline) {
                finishWith([this, current] { Q_EMIT changedSinceBaseline(Divergence::NeverPulled, current); });
                return;
            }
            if (*baseline != ConfigPullBaselines::fingerprint(current)) {
                finishWith([this, current] { Q_EMIT changedSinceBaseline(Divergence::ChangedSincePull, current); });
                return;
            }
        }
        if (!m_client) {
            fail(noConnection());
            return;
        }
        const int generation = m_generation;
        api::Job<api::NoContent> *job = m_client->send(
            api::config::replaceOverride(scope, api::ConfigLevel::Branch, config, api::ConfigSource::pushedFromDesktop()));
        connect(job, &api::ApiJob::finished, this, [this, job, generation, scope, filePath] {
            if (generation != m_generation)
                return;
            if (!job->succeeded()) {
                fail(job->error());
                return;
            }
            // Read back: the new baseline is what the server holds now.
            readBranch(scope, [this, scope, filePath](const api::ConfigTree &after) {
                QString error;
                if (!filePath.isEmpty() && !m_baselines.store(filePath, scope.projectId, after, &error))
                    Q_EMIT warning(error);
                finishWith([this, after] { Q_EMIT pushed(after); });
            });
        });
    });
    return true;
}

} // namespace hexclave::models
