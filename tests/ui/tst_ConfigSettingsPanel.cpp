// The Config page's settings sections against the TestServer (the emulator by default), clicked
// like a person would: a toggle is a pending edit until Save, Save shows the change dialog
// (accepted here) and the server then holds the value; OAuth providers are added with their
// own keys (secret masked) and removed from every level; trusted domains are validated and
// added; installed apps include ids this console does not know. Over a stand-in offline target,
// the settings it cannot hold are disabled with its reason. The overrides are put back at the end.

#include "UiTestHelpers.h"
#include "UserViewTestHelpers.h"

#include "config/ConfigSchema.h"
#include "config/ProjectConfigTarget.h"
#include "endpoints/ConfigEndpoints.h"
#include "pages/config/ConfigChangeDialog.h"
#include "pages/config/ConfigPage.h"
#include "pages/config/settings/AppsSection.h"
#include "pages/config/settings/ConfigSettingsPanel.h"
#include "pages/config/settings/DomainsSection.h"
#include "pages/config/settings/OAuthProvidersSection.h"
#include "pages/config/settings/SignInSection.h"
#include "pages/config/settings/TeamsUsersSection.h"
#include "pages/config/settings/TrustedDomainDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace hexclave::tests {

using api::ConfigLevel;
using api::ConfigTree;
using models::ConfigSetting;

namespace {

// Runs `handle` on the top-level dialog named `objectName` as soon as it shows (from inside
// its exec()); `handled` tells whether it came.
void whenDialogShows(const QString &objectName, std::function<void(QDialog *)> handle, bool *handled)
{
    *handled = false;
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(widget);
            if (dialog && dialog->isVisible() && dialog->objectName() == objectName) {
                timer->stop();
                timer->deleteLater();
                *handled = true;
                handle(dialog);
                return;
            }
        }
        if (++*attempts >= 200) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void acceptChangeDialog(bool *handled, QStringList *shownPaths = nullptr)
{
    whenDialogShows(u"configChangeDialog"_s, [shownPaths](QDialog *dialog) {
        auto *change = qobject_cast<ui::ConfigChangeDialog *>(dialog);
        if (shownPaths) {
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                *shownPaths << label->text();
        }
        if (change && change->acceptButton())
            change->acceptButton()->click();
        else
            dialog->reject();
    }, handled);
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + u" is disabled: "_s + button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// A hexclave.config.ts stand-in: holds a tree, refuses environment settings like a file does,
// and applies settings at once.
class FakeFileTarget : public models::ConfigTarget
{
public:
    static inline const QString reason = u"This is kept per environment and is not part of hexclave.config.ts."_s;

    explicit FakeFileTarget(const ConfigTree &config) : m_config(config) {}

    bool isOffline() const override { return true; }
    bool isLoaded() const override { return true; }
    bool isBusy() const override { return false; }
    void load() override { Q_EMIT loaded(); }
    ConfigTree values() const override { return m_config; }
    QString blockedReason(const ConfigSetting &setting) const override
    {
        return setting.preferredLevel == ConfigLevel::Environment ? reason : QString();
    }
    QList<models::ConfigLevelChange> preview(const QList<ConfigSetting> &settings) const override
    {
        return {{ConfigLevel::Branch, u"hexclave.config.ts"_s, m_config, withSettings(settings)}};
    }
    bool apply(const QList<ConfigSetting> &settings) override
    {
        appliedSettings = settings;
        m_config = withSettings(settings);
        Q_EMIT applied({});
        Q_EMIT loaded();
        return true;
    }
    QList<ConfigLevel> levels() const override { return {ConfigLevel::Branch}; }
    ConfigTree overrideAt(ConfigLevel) const override { return m_config; }
    bool replaceLevel(ConfigLevel, const ConfigTree &) override { return false; }

    QList<ConfigSetting> appliedSettings;

private:
    ConfigTree withSettings(const QList<ConfigSetting> &settings) const
    {
        ConfigTree tree = m_config;
        for (const ConfigSetting &setting : settings)
            tree = setting.appliedTo(tree);
        return tree;
    }

    ConfigTree m_config;
};

} // namespace

class TestConfigSettingsPanel : public QObject
{
    Q_OBJECT

private:
    std::optional<ConfigTree> rendered(UserViewFixture &fixture)
    {
        return fixture.run(api::config::rendered(fixture.context.scope()));
    }

    bool put(UserViewFixture &fixture, ConfigLevel level, const QString &json)
    {
        const auto source = level == ConfigLevel::Branch ? std::optional(api::ConfigSource::pushedFromDesktop()) : std::nullopt;
        return fixture.run(api::config::replaceOverride(fixture.context.scope(), level, ConfigTree::fromJsonText(json), source))
            .has_value();
    }

    // Saves `section` through the change dialog; true once the server confirmed it.
    bool save(ui::ConfigSection *section)
    {
        bool handled = false;
        acceptChangeDialog(&handled);
        click(section->saveButton());
        if (!handled)
            return false;
        return QTest::qWaitFor([section] { return !section->hasUnsavedChanges() && section->saveButton()->isVisible(); },
                               kUiTimeoutMs)
               && !section->hasUnsavedChanges();
    }

    std::unique_ptr<ui::ConfigPage> openPage(UserViewFixture &fixture)
    {
        auto page = std::make_unique<ui::ConfigPage>(fixture.context);
        page->resize(1100, 760);
        page->show();
        if (!QTest::qWaitFor([&page] { return page->isReady(); }, kUiTimeoutMs))
            return nullptr;
        return page;
    }

    std::optional<ConfigTree> m_branch;
    std::optional<ConfigTree> m_environment;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        m_branch = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Branch));
        m_environment = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Environment));
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void cleanupTestCase()
    {
        UserViewFixture fixture;
        if (!fixture.isReady() || fixture.server->emulator())
            return; // a fresh emulator each time: nothing to put back
        if (m_branch)
            QVERIFY(put(fixture, ConfigLevel::Branch, m_branch->normalized().toJsonText()));
        if (m_environment)
            QVERIFY(put(fixture, ConfigLevel::Environment, m_environment->toJsonText()));
    }

    void signInToggleSaveAndRevert()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QVERIFY(put(fixture, ConfigLevel::Environment, u"{\"auth.otp.allowSignIn\":false}"_s));
        auto page = openPage(fixture);
        QVERIFY(page);
        QVERIFY(!page->showsError());
        const QStringList tabs = [&] {
            QStringList titles;
            for (int i = 0; i < page->settingsPanel()->tabs()->count(); ++i)
                titles << page->settingsPanel()->tabs()->tabText(i).replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
            return titles;
        }();
        QCOMPARE(tabs, (QStringList{u"Sign-in"_s, u"OAuth providers"_s, u"Domains"_s, u"Teams & users"_s, u"Apps"_s,
                                    u"Expert"_s, u"File"_s, u"Project"_s}));

        auto *section = page->settingsPanel()->section(ui::ConfigSettingsPanel::SignIn);
        auto *otp = section->findChild<QCheckBox *>(ui::SignInSection::otpPath);
        QVERIFY(otp);
        QVERIFY(!otp->isChecked());
        QVERIFY(!section->saveButton()->isEnabled());

        // Revert drops the edit.
        click(otp);
        QVERIFY(otp->isChecked());
        QVERIFY(section->hasUnsavedChanges());
        QVERIFY(page->hasUnsavedChanges());
        click(section->revertButton());
        QVERIFY(!otp->isChecked());
        QVERIFY(!page->hasUnsavedChanges());

        // Save writes it where it takes effect (the environment sets it).
        click(otp);
        auto *merge = section->findChild<QAbstractButton *>(u"raise_error"_s);
        QVERIFY(merge);
        click(merge);
        QCOMPARE(section->pendingSettings().size(), 2);
        QVERIFY(save(section));
        const auto after = rendered(fixture);
        QVERIFY(after);
        QCOMPARE(after->boolAt(ui::SignInSection::otpPath), std::optional<bool>(true));
        QCOMPARE(after->stringAt(ui::SignInSection::mergeStrategyPath), u"raise_error"_s);
        const auto environment = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Environment));
        QCOMPARE(environment->boolAt(ui::SignInSection::otpPath), std::optional<bool>(true));
        QVERIFY(otp->isChecked());
        QVERIFY(!page->hasUnsavedChanges());
    }

    void cancelledChangeDialogKeepsTheEdit()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        auto page = openPage(fixture);
        QVERIFY(page);
        auto *section = page->settingsPanel()->section(ui::ConfigSettingsPanel::SignIn);
        auto *passkey = section->findChild<QCheckBox *>(ui::SignInSection::passkeyPath);
        const bool before = passkey->isChecked();
        click(passkey);
        bool handled = false;
        whenDialogShows(u"configChangeDialog"_s, [](QDialog *dialog) { dialog->reject(); }, &handled);
        click(section->saveButton());
        QVERIFY(handled);
        QVERIFY(section->hasUnsavedChanges());
        QCOMPARE(rendered(fixture)->boolAt(ui::SignInSection::passkeyPath).value_or(false), before);
    }

    void addOAuthProviderWithOwnKeysThenRemoveIt()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QVERIFY(put(fixture, ConfigLevel::Branch, u"{}"_s));
        QVERIFY(put(fixture, ConfigLevel::Environment, u"{}"_s));
        auto page = openPage(fixture);
        QVERIFY(page);
        page->showTab(ui::ConfigPage::OAuthProviders);
        auto *section = qobject_cast<ui::OAuthProvidersSection *>(page->settingsPanel()->section(ui::ConfigSettingsPanel::OAuthProviders));
        QVERIFY(section);
        QCOMPARE(section->table()->rowCount(), 0);

        bool handled = false;
        bool masked = false;
        whenDialogShows(u"oauthProviderDialog"_s, [&masked](QDialog *dialog) {
            auto *type = dialog->findChild<QComboBox *>(u"providerType"_s);
            type->setCurrentIndex(type->findData(u"google"_s));
            QCOMPARE(dialog->findChild<QLineEdit *>(u"providerId"_s)->text(), u"google"_s);
            auto *shared = dialog->findChild<QCheckBox *>(u"isShared"_s);
            QTest::mouseClick(shared, Qt::LeftButton, {}, QPoint(8, shared->height() / 2));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // own keys need an id and a secret
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"clientId"_s), u"client-1"_s);
            auto *secret = dialog->findChild<QLineEdit *>(u"clientSecret"_s);
            QTest::keyClicks(secret, u"s3cret"_s);
            masked = secret->echoMode() == QLineEdit::Password;
            QVERIFY(dialog->findChild<QLineEdit *>(u"facebookConfigId"_s)->isHidden());
            QVERIFY(ok->isEnabled());
            ok->click();
        }, &handled);
        click(section->addButton());
        QVERIFY(handled);
        QVERIFY(masked);
        QCOMPARE(section->table()->rowCount(), 1);
        QCOMPARE(section->table()->item(0, 0)->text(), u"google"_s);
        QVERIFY(save(section));

        auto after = rendered(fixture);
        const QString path = u"auth.oauth.providers.google"_s;
        QCOMPARE(after->stringAt(path + u".type"_s), u"google"_s);
        QCOMPARE(after->boolAt(path + u".isShared"_s), std::optional<bool>(false));
        QCOMPARE(after->stringAt(path + u".clientSecret"_s), u"s3cret"_s);
        const auto environment = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Environment));
        QCOMPARE(environment->stringAt(path + u".clientSecret"_s), u"s3cret"_s); // secrets per environment
        const auto branch = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Branch));
        QCOMPARE(branch->stringAt(path + u".type"_s), u"google"_s);
        QVERIFY(!branch->contains(path + u".clientSecret"_s));

        // Removed from both levels that set it.
        section->table()->selectRow(0);
        click(section->removeButton());
        QCOMPARE(section->table()->rowCount(), 0);
        QCOMPARE(section->pendingSettings().size(), 2);
        QVERIFY(save(section));
        QVERIFY(!rendered(fixture)->contains(path));
        QVERIFY(!fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Branch))->normalized().contains(path));
        QVERIFY(!fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Environment))->normalized().contains(path));
    }

    void trustedDomainsAndLocalhost()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QVERIFY(put(fixture, ConfigLevel::Environment, u"{}"_s));
        auto page = openPage(fixture);
        QVERIFY(page);
        page->showTab(ui::ConfigPage::Domains);
        auto *section = qobject_cast<ui::DomainsSection *>(page->settingsPanel()->section(ui::ConfigSettingsPanel::Domains));
        QVERIFY(section);
        const int rowsBefore = section->table()->rowCount();

        bool handled = false;
        whenDialogShows(u"trustedDomainDialog"_s, [](QDialog *dialog) {
            auto *url = dialog->findChild<QLineEdit *>(u"baseUrl"_s);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QCOMPARE(dialog->findChild<QLineEdit *>(u"handlerPath"_s)->text(), u"/handler"_s);
            QTest::keyClicks(url, u"ftp://example.com"_s);
            QVERIFY(!ok->isEnabled());
            url->clear();
            QTest::keyClicks(url, u"https://*.example.com"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        }, &handled);
        click(section->addButton());
        QVERIFY(handled);
        QCOMPARE(section->table()->rowCount(), rowsBefore + 1);
        click(section->allowLocalhost());
        const bool localhost = section->allowLocalhost()->isChecked();
        QVERIFY(save(section));

        const auto after = rendered(fixture);
        QCOMPARE(after->boolAt(ui::DomainsSection::allowLocalhostPath).value_or(false), localhost);
        bool found = false;
        for (const QString &id : after->keysAt(ui::DomainsSection::domainsPath)) {
            const QString path = ui::DomainsSection::domainsPath + u'.' + id;
            if (after->stringAt(path + u".baseUrl"_s) == u"https://*.example.com"_s) {
                found = true;
                QCOMPARE(after->stringAt(path + u".handlerPath"_s), u"/handler"_s);
                QVERIFY(api::configschema::idProblem(id, u"Trusted domain id"_s).isEmpty());
            }
        }
        QVERIFY(found);
        const auto environment = fixture.run(api::config::override(fixture.context.scope(), ConfigLevel::Environment));
        QVERIFY(environment->touches(ui::DomainsSection::domainsPath));
    }

    void teamsAndUsersAndApps()
    {
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QVERIFY(put(fixture, ConfigLevel::Branch, u"{\"apps\":{\"installed\":{\"my-own-app\":{\"enabled\":true}}}}"_s));
        auto page = openPage(fixture);
        QVERIFY(page);
        page->showTab(ui::ConfigPage::TeamsAndUsers);
        auto *teams = page->settingsPanel()->section(ui::ConfigSettingsPanel::TeamsAndUsers);
        auto *deletion = teams->findChild<QCheckBox *>(u"users.allowClientUserDeletion"_s);
        QVERIFY(deletion);
        const bool wanted = !deletion->isChecked();
        click(deletion);
        QVERIFY(teams->findChild<QLabel *>(u"apiKeysLink"_s)); // online: on the API keys page
        QVERIFY(!teams->findChild<QCheckBox *>(u"apiKeys.enabled.user"_s));
        QVERIFY(save(teams));
        QCOMPARE(rendered(fixture)->boolAt(u"users.allowClientUserDeletion"_s), std::optional<bool>(wanted));

        page->showTab(ui::ConfigPage::Apps);
        auto *apps = qobject_cast<ui::AppsSection *>(page->settingsPanel()->section(ui::ConfigSettingsPanel::Apps));
        QVERIFY(apps);
        QListWidget *list = apps->list();
        QCOMPARE(list->item(0)->text(), ui::AppsSection::appName(api::configschema::knownAppIds().constFirst()));
        QListWidgetItem *unknown = nullptr;
        QListWidgetItem *webhooks = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(u"my-own-app"_s))
                unknown = list->item(row);
            if (list->item(row)->text() == u"Webhooks"_s)
                webhooks = list->item(row);
        }
        QVERIFY(unknown);
        QCOMPARE(unknown->checkState(), Qt::Checked);
        QVERIFY(webhooks);
        const bool webhooksWanted = webhooks->checkState() != Qt::Checked;
        list->scrollToItem(webhooks);
        const QRect rect = list->visualItemRect(webhooks);
        // The check box sits at the start of the row.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QCOMPARE(webhooks->checkState() == Qt::Checked, webhooksWanted);
        QVERIFY(save(apps));
        const auto after = rendered(fixture);
        QCOMPARE(after->boolAt(ui::AppsSection::enabledPath(u"webhooks"_s)), std::optional<bool>(webhooksWanted));
        QCOMPARE(after->boolAt(ui::AppsSection::enabledPath(u"my-own-app"_s)), std::optional<bool>(true)); // kept
    }

    void baseUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://example.com"_s << true;
        QTest::newRow("port and path") << u"https://app.example.com:8443/base"_s << true;
        QTest::newRow("wildcard part") << u"https://*.example.com"_s << true;
        QTest::newRow("double wildcard") << u"https://**.example.com"_s << true;
        QTest::newRow("wildcard inside") << u"https://preview-*.example.com"_s << true;
        QTest::newRow("local http") << u"http://localhost:3000"_s << true;
        QTest::newRow("no scheme") << u"example.com"_s << false;
        QTest::newRow("other scheme") << u"ftp://example.com"_s << false;
        QTest::newRow("space") << u"https://exa mple.com"_s << false;
        QTest::newRow("query") << u"https://example.com/?a=b"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << (u"https://"_s + QString(293, u'a') + u".com"_s) << false;
    }

    void baseUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(ui::TrustedDomainDialog::baseUrlProblem(url).isEmpty(), valid);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Each tab of the page, the provider dialog, and the offline panel, light and dark.
    void screenshots()
    {
        QFETCH(bool, dark);
        if (dark)
            QApplication::setPalette(darkPalette());
        UserViewFixture fixture;
        HEXCLAVE_REQUIRE_FIXTURE(fixture, Needs::AdminKey);
        QVERIFY(put(fixture, ConfigLevel::Branch,
                    u"{\"auth\":{\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"allowSignIn\":true},"
                    "\"microsoft\":{\"type\":\"microsoft\",\"allowSignIn\":true,\"allowConnectedAccounts\":true}}}}}"_s));
        QVERIFY(put(fixture, ConfigLevel::Environment,
                    u"{\"auth.oauth.providers.microsoft.isShared\":false,\"auth.oauth.providers.microsoft.clientId\":\"abc\","
                    "\"auth.oauth.providers.microsoft.clientSecret\":\"xyz\",\"domains.trustedDomains.main.baseUrl\":"
                    "\"https://app.example.com\",\"domains.trustedDomains.main.handlerPath\":\"/handler\"}"_s));
        auto page = openPage(fixture);
        QVERIFY(page);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        Screenshots screenshots;
        for (int tab = 0; tab < page->settingsPanel()->tabs()->count(); ++tab) {
            page->showTab(ui::ConfigPage::Tab(tab));
            QVERIFY(screenshots.save(page.get(), u"config-tab%1-%2"_s.arg(tab).arg(theme)));
        }
        page->showTab(ui::ConfigPage::OAuthProviders);
        auto *providers = qobject_cast<ui::OAuthProvidersSection *>(page->settingsPanel()->section(ui::ConfigSettingsPanel::OAuthProviders));
        providers->table()->selectRow(1);
        bool handled = false;
        whenDialogShows(u"oauthProviderDialog"_s, [&](QDialog *dialog) {
            QVERIFY(screenshots.save(dialog, u"config-provider-dialog-"_s + theme));
            dialog->reject();
        }, &handled);
        click(providers->editButton());
        QVERIFY(handled);

        FakeFileTarget offline(ConfigTree::fromJsonText(u"{\"auth\":{\"allowSignUp\":true}}"_s));
        ui::ConfigSettingsPanel panel(&offline);
        panel.resize(900, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showSection(ui::ConfigSettingsPanel::Domains);
        QVERIFY(screenshots.save(&panel, u"config-offline-domains-"_s + theme));
    }

    void blockedSettingsOfAnOfflineTarget()
    {
        FakeFileTarget target(ConfigTree::fromJsonText(
            u"{\"auth\":{\"allowSignUp\":true,\"oauth\":{\"providers\":{\"github\":{\"type\":\"github\",\"allowSignIn\":true}}}}}"_s));
        ui::ConfigSettingsPanel panel(&target);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        panel.showSection(ui::ConfigSettingsPanel::Domains);
        auto *domains = qobject_cast<ui::DomainsSection *>(panel.section(ui::ConfigSettingsPanel::Domains));
        QVERIFY(!domains->allowLocalhost()->isEnabled());
        QCOMPARE(domains->allowLocalhost()->toolTip(), FakeFileTarget::reason);
        QVERIFY(!domains->addButton()->isEnabled());
        auto *note = domains->findChild<QLabel *>(u"blockedNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(FakeFileTarget::reason));

        // Offline the API keys switches are here (there is no API keys page).
        auto *teams = panel.section(ui::ConfigSettingsPanel::TeamsAndUsers);
        QVERIFY(teams->findChild<QCheckBox *>(u"apiKeys.enabled.user"_s));

        // A provider's keys cannot be set in the file; sign-in can.
        panel.showSection(ui::ConfigSettingsPanel::OAuthProviders);
        auto *providers = qobject_cast<ui::OAuthProvidersSection *>(panel.section(ui::ConfigSettingsPanel::OAuthProviders));
        QCOMPARE(providers->table()->rowCount(), 1);
        providers->table()->selectRow(0);
        bool handled = false;
        whenDialogShows(u"oauthProviderDialog"_s, [](QDialog *dialog) {
            QVERIFY(!dialog->findChild<QCheckBox *>(u"isShared"_s)->isEnabled());
            QVERIFY(!dialog->findChild<QLineEdit *>(u"clientSecret"_s)->isEnabled());
            auto *connected = dialog->findChild<QCheckBox *>(u"allowConnectedAccounts"_s);
            QVERIFY(connected->isEnabled());
            QTest::mouseClick(connected, Qt::LeftButton, {}, QPoint(8, connected->height() / 2));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }, &handled);
        click(providers->editButton());
        QVERIFY(handled);
        QCOMPARE(providers->pendingSettings().size(), 1);
        QVERIFY(save(providers));
        QCOMPARE(target.appliedSettings.size(), 1);
        QCOMPARE(target.appliedSettings.constFirst().path, u"auth.oauth.providers.github.allowConnectedAccounts"_s);
        QCOMPARE(target.values().boolAt(u"auth.oauth.providers.github.allowConnectedAccounts"_s), std::optional<bool>(true));

        // Removing a provider of the file: one removal, in the file.
        providers->table()->selectRow(0);
        click(providers->removeButton());
        QCOMPARE(providers->pendingSettings().size(), 1);
        QCOMPARE(providers->pendingSettings().constFirst().type, ConfigSetting::Type::Removal);
        QVERIFY(panel.hasUnsavedChanges());
        panel.discardUnsavedChanges();
        QVERIFY(!panel.hasUnsavedChanges());
        QCOMPARE(providers->table()->rowCount(), 1);
    }
};

} // namespace hexclave::tests

QTEST_MAIN(hexclave::tests::TestConfigSettingsPanel)
#include "tst_ConfigSettingsPanel.moc"
