// ConfigSync against the TestServer (the emulator by default): pull gives the branch override
// normalized for a file and remembers it per file and project; compare reads it again; push
// replaces the branch override with the file and this app as its source (GET
// /internal/config/source), then remembers what the server holds; a project that changed
// since the pull (or a file never pulled) stops the push until it is forced; invalid files are
// refused before anything is sent. The branch override is put back at the end.

#include "TestServer.h"

#include "config/ConfigSync.h"
#include "core/ApiClient.h"
#include "endpoints/ConfigEndpoints.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;


namespace hexclave::tests {

using api::ConfigTree;
using models::ConfigSync;

class TestConfigSync : public QObject
{
    Q_OBJECT

private:
    api::ProjectScope scope() const { return api::ProjectScope::project(m_server->projectId()); }

    template <class T>
    std::optional<T> run(api::Call<T> call)
    {
        api::Job<T> *job = m_client->send(std::move(call));
        QSignalSpy finished(job, &api::ApiJob::finished);
        if (!finished.wait(10000) || !job->succeeded())
            return std::nullopt;
        if constexpr (std::is_same_v<T, api::NoContent>)
            return T{};
        else
            return job->takeValue();
    }

    std::optional<ConfigTree> branch() { return run(api::config::override(scope(), api::ConfigLevel::Branch)); }

    bool putBranch(const ConfigTree &tree)
    {
        return run(api::config::replaceOverride(scope(), api::ConfigLevel::Branch, tree,
                                                api::ConfigSource::pushedFromDesktop()))
            .has_value();
    }

    std::unique_ptr<ConfigSync> sync()
    {
        auto result = std::make_unique<ConfigSync>(m_client.get());
        result->setBaselines(models::ConfigPullBaselines(m_dir.filePath(u"pulls"_s)));
        return result;
    }

    std::unique_ptr<TestServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<api::ApiClient> m_client;
    QTemporaryDir m_dir;
    std::optional<ConfigTree> m_original;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ConfigSync::Divergence>();
        m_server = TestServer::start();
        QVERIFY2(m_server, "the emulator did not start");
        HEXCLAVE_REQUIRE(*m_server, Needs::AdminKey);
        m_client = m_server->adminClient(&m_network);
        m_original = branch();
        QVERIFY(m_original);
    }

    void cleanupTestCase()
    {
        if (m_client && m_original)
            QVERIFY(putBranch(m_original->normalized()));
    }

    void pullCompareAndPush()
    {
        const QString file = m_dir.filePath(u"hexclave.config.ts"_s);
        QVERIFY(putBranch(ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true},\"teams\":{\"allowClientTeamCreation\":false}}"_s)));
        auto s = sync();
        QSignalSpy pulled(s.get(), &ConfigSync::pulled);
        QSignalSpy failed(s.get(), &ConfigSync::failed);
        QVERIFY(s->pull(scope()));
        QVERIFY(s->isBusy());
        QVERIFY(!s->compare(scope())); // one at a time
        QVERIFY(pulled.wait(10000));
        QVERIFY(!s->isBusy());
        const ConfigTree pulledTree = pulled.constFirst().constFirst().value<ConfigTree>();
        QCOMPARE(pulledTree.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QVERIFY(pulledTree.sameContent(pulledTree.normalized()));
        QVERIFY(s->rememberPull(file, m_server->projectId(), pulledTree));
        QVERIFY(s->baselines().find(file, m_server->projectId()).has_value());
        QVERIFY(!s->baselines().find(file, u"another-project"_s).has_value());

        // The file is edited offline, then compared and pushed.
        const ConfigTree edited = pulledTree.withValue(u"auth.allowSignUp"_s, u"false"_s);
        QSignalSpy compared(s.get(), &ConfigSync::compared);
        QVERIFY(s->compare(scope()));
        QVERIFY(compared.wait(10000));
        QVERIFY(compared.constFirst().constFirst().value<ConfigTree>().sameContent(pulledTree));

        QSignalSpy pushed(s.get(), &ConfigSync::pushed);
        QSignalSpy diverged(s.get(), &ConfigSync::changedSinceBaseline);
        QVERIFY(s->push(scope(), edited, file, false));
        QVERIFY(pushed.wait(10000));
        QCOMPARE(diverged.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(pushed.constFirst().constFirst().value<ConfigTree>().sameContent(edited));
        QCOMPARE(branch()->boolAt(u"auth.allowSignUp"_s), std::optional<bool>(false));
        // Pushed with this app as the source.
        const auto source = run(api::config::source(scope()));
        QVERIFY(source);
        QCOMPARE(source->typeId, u"pushed-from-unknown"_s);
        // The new baseline is what the server holds.
        QVERIFY(s->baselines().matches(file, m_server->projectId(), edited));
    }

    void baselinesKeepOnlyAFingerprint()
    {
        // Review item 9: an old server's branch override may hold a secret; the remembered pull
        // must not.
        models::ConfigPullBaselines baselines(m_dir.filePath(u"fingerprints"_s));
        const ConfigTree withSecret = ConfigTree::fromJsonText(
            u"{\"auth\":{\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"clientSecret\":\"hunter2-secret\"}}}}}"_s);
        const QString file = m_dir.filePath(u"fp.config.ts"_s);
        QVERIFY(baselines.store(file, u"p1"_s, withSecret));
        const QStringList entries = QDir(baselines.directory()).entryList(QDir::Files);
        QCOMPARE(entries.size(), 1);
        QFile entry(QDir(baselines.directory()).filePath(entries.constFirst()));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray stored = entry.readAll();
        QVERIFY(!stored.contains("hunter2-secret"));
        QVERIFY(!stored.contains("clientSecret"));
        QVERIFY(baselines.matches(file, u"p1"_s, withSecret));
        // The same content in another key order is the same; another value is not.
        const ConfigTree reordered = ConfigTree::fromJsonText(
            u"{\"auth\":{\"oauth\":{\"providers\":{\"github\":{\"clientSecret\":\"hunter2-secret\",\"type\":\"github\"}}}}}"_s);
        QVERIFY(baselines.matches(file, u"p1"_s, reordered));
        QVERIFY(!baselines.matches(file, u"p1"_s, withSecret.withValue(u"auth.allowSignUp"_s, u"true"_s)));
        QVERIFY(!baselines.matches(file, u"p2"_s, withSecret));
    }

    void pullLeavesEnvironmentSettingsOutOfTheFile()
    {
        // Review item 10.
        const ConfigTree branchOverride = ConfigTree::fromJsonText(
            u"{\"auth\":{\"allowSignUp\":true,\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"clientSecret\":\"s\"}}}}}"_s);
        QStringList leftOut;
        const ConfigTree content = ConfigSync::fileContent(branchOverride, &leftOut);
        QCOMPARE(leftOut, QStringList{u"auth.oauth.providers.github.clientSecret"_s});
        QVERIFY(!content.contains(u"auth.oauth.providers.github.clientSecret"_s));
        QCOMPARE(content.stringAt(u"auth.oauth.providers.github.type"_s), std::optional<QString>(u"github"_s));
        QCOMPARE(content.boolAt(u"auth.allowSignUp"_s), std::optional<bool>(true));
        QVERIFY(ConfigSync::leftOutMessage(leftOut).contains(u"auth.oauth.providers.github.clientSecret"_s));
        QStringList none;
        QVERIFY(ConfigSync::fileContent(content, &none).sameContent(content));
        QVERIFY(none.isEmpty());
    }

    void pushOfAnUntitledPullUsesTheGivenBaseline()
    {
        // Review item 4: a file pulled but not saved yet has no path; what was pulled stands in.
        const ConfigTree pulledTree = ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true}}"_s);
        QVERIFY(putBranch(pulledTree));
        auto s = sync();
        QSignalSpy diverged(s.get(), &ConfigSync::changedSinceBaseline);
        QSignalSpy pushed(s.get(), &ConfigSync::pushed);
        const ConfigTree mine = ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":false}}"_s);
        QVERIFY(s->push(scope(), mine, QString(), false, pulledTree));
        QVERIFY(pushed.wait(10000));
        QCOMPARE(diverged.count(), 0);
        QVERIFY(branch()->sameContent(mine));

        // A stale in-memory pull is told apart like a remembered one.
        QVERIFY(s->push(scope(), pulledTree, QString(), false, pulledTree));
        QVERIFY(diverged.wait(10000));
        QCOMPARE(diverged.constFirst().at(0).value<ConfigSync::Divergence>(), ConfigSync::Divergence::ChangedSincePull);
    }

    void pushRefusedWhenChangedSincePull()
    {
        const QString file = m_dir.filePath(u"changed.config.ts"_s);
        QVERIFY(putBranch(ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true}}"_s)));
        auto s = sync();
        QSignalSpy pulled(s.get(), &ConfigSync::pulled);
        QVERIFY(s->pull(scope()));
        QVERIFY(pulled.wait(10000));
        QVERIFY(s->rememberPull(file, m_server->projectId(), pulled.constFirst().constFirst().value<ConfigTree>()));

        // Someone changes the project meanwhile.
        const ConfigTree theirs = ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true},\"users\":{\"allowClientUserDeletion\":true}}"_s);
        QVERIFY(putBranch(theirs));

        const ConfigTree mine = ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":false}}"_s);
        QSignalSpy diverged(s.get(), &ConfigSync::changedSinceBaseline);
        QSignalSpy pushed(s.get(), &ConfigSync::pushed);
        QVERIFY(s->push(scope(), mine, file, false));
        QVERIFY(diverged.wait(10000));
        QCOMPARE(diverged.constFirst().at(0).value<ConfigSync::Divergence>(), ConfigSync::Divergence::ChangedSincePull);
        QVERIFY(diverged.constFirst().at(1).value<ConfigTree>().sameContent(theirs));
        QCOMPARE(pushed.count(), 0);
        QVERIFY(branch()->sameContent(theirs)); // untouched

        QVERIFY(s->push(scope(), mine, file, true));
        QVERIFY(pushed.wait(10000));
        QVERIFY(branch()->sameContent(mine));
        QCOMPARE(diverged.count(), 1);

        // Pushing again now needs no confirmation: the baseline was updated.
        QVERIFY(s->push(scope(), mine, file, false));
        QVERIFY(pushed.wait(10000));
        QCOMPARE(diverged.count(), 1);
    }

    void pushOfANeverPulledFileAsks()
    {
        auto s = sync();
        QSignalSpy diverged(s.get(), &ConfigSync::changedSinceBaseline);
        QVERIFY(s->push(scope(), ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true}}"_s),
                        m_dir.filePath(u"never-pulled.config.ts"_s), false));
        QVERIFY(diverged.wait(10000));
        QCOMPARE(diverged.constFirst().at(0).value<ConfigSync::Divergence>(), ConfigSync::Divergence::NeverPulled);
    }

    void invalidFileRefusedBeforeSending()
    {
        const auto before = branch();
        QVERIFY(before);
        auto s = sync();
        QSignalSpy refused(s.get(), &ConfigSync::refused);
        QSignalSpy pushed(s.get(), &ConfigSync::pushed);
        const ConfigTree invalid = ConfigTree::fromJsonText(
            u"{\"auth\":{\"allowSignUp\":\"sometimes\",\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"clientSecret\":\"s\"}}}}}"_s);
        QVERIFY(s->push(scope(), invalid, m_dir.filePath(u"x.config.ts"_s), true));
        QVERIFY(refused.wait(5000));
        const auto errors = refused.constFirst().constFirst().value<QList<api::ConfigProblem>>();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(pushed.count(), 0);
        QVERIFY(branch()->sameContent(*before));
    }

    void failureIsReported()
    {
        auto s = sync();
        QSignalSpy failed(s.get(), &ConfigSync::failed);
        QVERIFY(s->compare(api::ProjectScope::project(u"no-such-project-00000000"_s)));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.constFirst().at(0).value<ConfigSync::Operation>(), ConfigSync::Operation::Compare);
        QVERIFY(!failed.constFirst().at(1).value<api::ApiError>().userMessage().isEmpty());
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestConfigSync)
#include "tst_ConfigSync.moc"
