<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Dashboard account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server key</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform><numerusform>The server did not answer within %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>This credential cannot make this request. Sign in with a dashboard account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the project id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::app::Application</name>
    <message>
        <source>Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::app::DemoServer</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform><numerusform>%n months ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform><numerusform>%n years ago</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passkey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auth methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API root URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API root:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the page again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret server key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::MainWindow</name>
    <message>
        <source>Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a user to see their details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy user ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot %1/100 · Free-trial abuse %2/100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently active first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Least recently active first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order of users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform><numerusform>%n users</numerusform></translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the interface, e.g. de, fr, es, ja, zh_CN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>