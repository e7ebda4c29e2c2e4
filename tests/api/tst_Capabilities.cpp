// Capabilities: what each credential may do in each area of the console, and the area ids.

#include "auth/Capabilities.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(hexclave::api::CredentialKind)
Q_DECLARE_METATYPE(hexclave::api::Area)
Q_DECLARE_METATYPE(hexclave::api::Capability::Level)

namespace hexclave::tests {

using api::Area;
using api::Capability;
using api::CredentialKind;

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capabilityFor_data()
    {
        QTest::addColumn<CredentialKind>("kind");
        QTest::addColumn<Area>("area");
        QTest::addColumn<Capability::Level>("level");
        QTest::addColumn<QString>("hint"); // part of the explanation for limited areas

        using Level = Capability::Level;
        const struct
        {
            Area area;
            Level dashboard;
            Level adminKey;
            Level serverKey;
            const char *serverHint;
        } table[] = {
            {Area::Overview, Level::Full, Level::Full, Level::None, "admin key or a dashboard account"},
            {Area::Users, Level::Full, Level::Full, Level::Full, ""},
            {Area::Teams, Level::Full, Level::Full, Level::Full, ""},
            {Area::Permissions, Level::Full, Level::Full, Level::Partial, "definitions"},
            {Area::ApiKeys, Level::Full, Level::Full, Level::Partial, "project's own keys"},
            {Area::Payments, Level::Full, Level::Full, Level::Partial, "refunds"},
            {Area::Emails, Level::Full, Level::Full, Level::Partial, "templates"},
            {Area::Support, Level::Full, Level::None, Level::None, "dashboard account"},
            {Area::Config, Level::Full, Level::Full, Level::None, "admin access"},
        };
        for (const auto &row : table) {
            const QByteArray area = api::areaId(row.area).toLatin1();
            QTest::addRow("dashboard, %s", area.constData()) << CredentialKind::DashboardAccount << row.area << row.dashboard
                                                             << QString();
            QTest::addRow("admin key, %s", area.constData())
                << CredentialKind::AdminKey << row.area << row.adminKey
                << (row.adminKey == Level::Full ? QString() : u"dashboard account"_s);
            QTest::addRow("server key, %s", area.constData())
                << CredentialKind::ServerKey << row.area << row.serverKey << QString::fromLatin1(row.serverHint);
        }
    }

    void capabilityFor()
    {
        QFETCH(CredentialKind, kind);
        QFETCH(Area, area);
        QFETCH(Capability::Level, level);
        QFETCH(QString, hint);

        const Capability capability = api::capabilityFor(kind, area);
        QCOMPARE(capability.level, level);
        QCOMPARE(capability.available(), level != Capability::Level::None);
        if (level == Capability::Level::Full) {
            QVERIFY(capability.explanation.isEmpty());
        } else {
            QVERIFY(!capability.explanation.isEmpty());
            QVERIFY2(capability.explanation.contains(hint), qPrintable(capability.explanation));
        }
    }

    void everyCombinationIsCovered()
    {
        QCOMPARE(api::allAreas().size(), 9);
        int limited = 0;
        for (CredentialKind kind : {CredentialKind::DashboardAccount, CredentialKind::AdminKey, CredentialKind::ServerKey}) {
            for (Area area : api::allAreas())
                limited += api::capabilityFor(kind, area).level == Capability::Level::Full ? 0 : 1;
        }
        QCOMPARE(limited, 1 + 7); // admin key: support; server key: everything but users and teams
    }

    void areaIds()
    {
        const QList<Area> areas = api::allAreas();
        QCOMPARE(areas.first(), Area::Overview);
        QCOMPARE(areas.last(), Area::Config);
        QSet<QString> ids;
        for (Area area : areas) {
            const QString id = api::areaId(area);
            QVERIFY(!id.isEmpty());
            QVERIFY(!api::areaTitle(area).isEmpty());
            ids.insert(id);
            Area parsed = Area::Overview;
            QVERIFY(api::areaFromId(id, &parsed));
            QCOMPARE(parsed, area);
        }
        QCOMPARE(ids.size(), areas.size());
        QCOMPARE(api::areaId(Area::ApiKeys), u"api-keys"_s);
        Area untouched = Area::Teams;
        QVERIFY(!api::areaFromId(u"billing"_s, &untouched));
        QVERIFY(!api::areaFromId(QString(), &untouched));
        QCOMPARE(untouched, Area::Teams);
    }
};

} // namespace hexclave::tests

QTEST_GUILESS_MAIN(hexclave::tests::TestCapabilities)
#include "tst_Capabilities.moc"
