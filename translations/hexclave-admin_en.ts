<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
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
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
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
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
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
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email theme id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email template id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product line id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data Vault store id</source>
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
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
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
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
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
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
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
    <message>
        <source>Demo Project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Delete %n user</numerusform><numerusform>Delete %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restrict %n user</numerusform><numerusform>Restrict %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Lift the restriction of %n user</numerusform><numerusform>Lift the restriction of %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Add %n user to %1</numerusform><numerusform>Add %n users to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>Grant %1 to %n user</numerusform><numerusform>Grant %1 to %n users</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform><numerusform>%n succeeded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform><numerusform>%n not attempted</numerusform></translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not attempted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custom customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::CommandPaletteModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform><numerusform>%n keys</numerusform></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ContactChannelsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not the primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting on user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started by support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ConversationsModel</name>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <comment>no rate: nothing was sent</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 emails per second (%2 per hour)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>Bounced emails out of the %n sent</numerusform><numerusform>Bounced emails out of the %n sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>Emails marked as spam out of the %n sent</numerusform><numerusform>Emails marked as spam out of the %n sent</numerusform></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spam rate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 •</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection of this list was closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no recipient)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not rendered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key does not expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renews / ends</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contained in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server key …%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
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
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no email)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
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
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no email address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passkey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::SlaUrgency</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform><numerusform>%n d</numerusform></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>More than %n member (counting stops there)</numerusform><numerusform>More than %n members (counting stops there)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n member, anonymous and restricted ones included</numerusform><numerusform>%n members, anonymous and restricted ones included</numerusform></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 set the status to %2</source>
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
    <name>hexclave::models::TransactionsExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item quantity change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Money transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product revocation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inline product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UserExportFields</name>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile image URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs in with email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor required</source>
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
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why restricted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth providers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inherited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This app's session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>The export stopped after %n user: %1</numerusform><numerusform>The export stopped after %n users: %1</numerusform></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation type="unfinished" />
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
    <message>
        <source>No email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email not verified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User and team API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fraud protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
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
        <source>Email API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TV mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Launch checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Catalyst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vercel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TanStack Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clerk integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click maps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session replays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLI authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Delete %n user</numerusform><numerusform>Delete %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restrict %n user</numerusform><numerusform>Restrict %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Lift the restriction of %n user</numerusform><numerusform>Lift the restriction of %n users</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>Add %n user to a team</numerusform><numerusform>Add %n users to a team</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>Grant a project permission to %n user</numerusform><numerusform>Grant a project permission to %n users</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results by user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>%1 of %2 done, %n failed so far.</numerusform><numerusform>%1 of %2 done, %n failed so far.</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every user is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>Restricted already by an administrator: %n user.</numerusform><numerusform>Restricted already by an administrator: %n users.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>Restrict only the other %n user; those restricted already keep their reasons</numerusform><numerusform>Restrict only the other %n users; those restricted already keep their reasons</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>Restrict all %n user; those restricted already get these reasons instead of theirs</numerusform><numerusform>Restrict all %n users; those restricted already get these reasons instead of theirs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>Lift the restriction of the %n restricted user instead</numerusform><numerusform>Lift the restriction of the %n restricted users instead</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id when empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>Saving writes %n change to the project's configuration:</numerusform><numerusform>Saving writes %n changes to the project's configuration:</numerusform></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix these first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free (included by default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When granted again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CertificateTrustPanel</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current balance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a user API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the key here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the change</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n change)</numerusform><numerusform>%1 (%n changes)</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n problem — double-click one to select its key:</numerusform><numerusform>%n problems — double-click one to select its key:</numerusform></translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save with problems?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>%n problem in this configuration will probably make the server refuse it. Save anyway?</numerusform><numerusform>%n problems in this configuration will probably make the server refuse it. Save anyway?</numerusform></translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull to file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull from project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push to project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPushFlow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was not pushed; the server would refuse it:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push the configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;pps</source>
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
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop trusting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send verification…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send verification email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationDelegate</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲▲ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First response due %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New API key for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the user…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item balances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products owned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading products…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant product…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>took away %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>More than %n member lose access to it and the permissions they hold in it.</numerusform><numerusform>More than %n members lose access to it and the permissions they hold in it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Its %n member lose access to it and the permissions they hold in it.</numerusform><numerusform>Its %n members lose access to it and the permissions they hold in it.</numerusform></translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity boost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handler path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and send…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No primary email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile image URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user has no password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n remote image blocked</numerusform><numerusform>%n remote images blocked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>%n remote resource blocked</numerusform><numerusform>%n remote resources blocked</numerusform></translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the email server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>// Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email server</source>
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
    <message>
        <source>Retry in %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In 1 week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In 365 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a date…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export users to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>most recently active first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>least recently active first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting users…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>%1 users written, %n page, %2</numerusform><numerusform>%1 users written, %n pages, %2</numerusform></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2, %n page from the server.</numerusform><numerusform>%1
%2, %n pages from the server.</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>Exported %Ln user.</numerusform><numerusform>Exported %Ln users.</numerusform></translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>It stopped after %Ln user.</numerusform><numerusform>It stopped after %Ln users.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::GrantProductDialog</name>
    <message>
        <source>every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many to grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has no price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the session…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>At most %n day: the server allows no longer sessions.</numerusform><numerusform>At most %n days: the server allows no longer sessions.</numerusform></translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load more conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversation loaded</numerusform><numerusform>%n conversations loaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>%1 of %n conversation shown</numerusform><numerusform>%1 of %n conversations shown</numerusform></translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::JsonEditor</name>
    <message>
        <source>Empty (null)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
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
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1, %n unread conversation</numerusform><numerusform>%1, %n unread conversations</numerusform></translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open config file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open config file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
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
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata</source>
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
        <source>Go to error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New support conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the first message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the project…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apple team id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apple key id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apple private key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared development keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxDetailPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an email to see what happened to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email as JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As soon as possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>Retried %n time</numerusform><numerusform>Retried %n times</numerusform></translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent through the API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transactional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>high priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See its plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at their primary email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no recipient)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this email again now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an email first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>The filter no longer matches %n email you changed.</numerusform><numerusform>The filter no longer matches %n emails you changed.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly active users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily active users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users by country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently active</source>
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
        <source>Recently registered users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recently active users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported by this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no users yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliverability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys of the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the API key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PageTabs</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentProviderNotice</name>
    <message>
        <source>No payment provider is connected: customers cannot buy yet. Products, items, customers and the ledger still work; connect Stripe in the web dashboard (Payments → Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example read:reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contained permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>project permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>It is also taken out of %n other permission: %1.</numerusform><numerusform>It is also taken out of %n other permissions: %1.</numerusform></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team creators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>free trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No free trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free trial of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. pro</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-on to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pricing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currencies:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other products yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trial of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>Drop %n change not saved yet?</numerusform><numerusform>Drop %n changes not saved yet?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform><numerusform>%n unsaved changes</numerusform></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product lines and products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>%n entries could not be read and are left as they are: %1</numerusform><numerusform>%n entries could not be read and are left as they are: %1</numerusform></translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No items yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ProfileTab</name>
    <message>
        <source>User ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy user ID</source>
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
        <source>Not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free-trial abuse</source>
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
        <source>None</source>
        <translation type="unfinished" />
    </message>
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
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also restricted by an administrator</source>
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
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishable client key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret server key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They do not expire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danger zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, charged %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply composer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reschedule email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restrict %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>email not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anonymous user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restricting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform><numerusform>Last %n days</numerusform></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>No revenue in the last %n day.</numerusform><numerusform>No revenue in the last %n days.</numerusform></translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>Reading the ledger: %n transaction, back to %1…</numerusform><numerusform>Reading the ledger: %n transactions, back to %1…</numerusform></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SearchIcon</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a category…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>&amp;Add %n user</numerusform><numerusform>&amp;Add %n users</numerusform></translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>%n user without a primary email address will be skipped.</numerusform><numerusform>%n users without a primary email address will be skipped.</numerusform></translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>To: %1 and %n more.</numerusform><numerusform>To: %1 and %n more.</numerusform></translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>Send “%1” to all %n user of the project?</numerusform><numerusform>Send “%1” to all %n users of the project?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>%n user without a primary email address will be skipped: %1</numerusform><numerusform>%n users without a primary email address will be skipped: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n user will receive it.</numerusform><numerusform>%n users will receive it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n user will receive it at their primary email address.</numerusform><numerusform>%n users will receive it at their primary email address.</numerusform></translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>Send “%1” to %n user?</numerusform><numerusform>Send “%1” to %n users?</numerusform></translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When: now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email is on its way</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>The server accepted “%1” for %n recipient.</numerusform><numerusform>The server accepted “%1” for %n recipients.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>Not in the server's answer, so no email was queued for them: %n requested user, marked below.</numerusform><numerusform>Not in the server's answer, so no email was queued for them: %n requested users, marked below.</numerusform></translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no email address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation>
            <numerusform>%n waiting request will continue once you enter a new key.</numerusform><numerusform>%n waiting requests will continue once you enter a new key.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation>
            <numerusform>%n waiting request will continue once you are signed in.</numerusform><numerusform>%n waiting requests will continue once you are signed in.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke all…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impersonation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>Sign %1 out of all %n session? Every device has to sign in again.</numerusform><numerusform>Sign %1 out of all %n sessions? Every device has to sign in again.</numerusform></translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Revoking %n session…</numerusform><numerusform>Revoking %n sessions…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n session revoked.</numerusform><numerusform>%n sessions revoked.</numerusform></translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project switcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload the current list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impersonate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy user ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the matching users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New key set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer chooser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ShownOnceSecretsDialog</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User id (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — %n unread support conversation</numerusform><numerusform>Hexclave Admin — %n unread support conversations</numerusform></translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>%n new support message</numerusform><numerusform>%n new support messages</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n unread conversation</numerusform><numerusform>%n unread conversations</numerusform></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No value (null)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile image:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile image URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the members again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>Remove %n member from the team…</numerusform><numerusform>Remove %n members from the team…</numerusform></translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n member.</numerusform><numerusform>%n members.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n member match.</numerusform><numerusform>%n members match.</numerusform></translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>&amp;Remove %n from team…</numerusform><numerusform>&amp;Remove %n from team…</numerusform></translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Add %n member</numerusform><numerusform>Add %n members</numerusform></translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>Adding %n member…</numerusform><numerusform>Adding %n members…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>Added %n member to %1.</numerusform><numerusform>Added %n members to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n already belonged to it.</numerusform><numerusform>%n already belonged to it.</numerusform></translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>Remove %n member from %1? They lose access to the team and the permissions they hold in it.</numerusform><numerusform>Remove %n members from %1? They lose access to the team and the permissions they hold in it.</numerusform></translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>Removing %n member…</numerusform><numerusform>Removing %n members…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>Removed %n member from %1.</numerusform><numerusform>Removed %n members from %1.</numerusform></translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform><numerusform>%n teams</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform><numerusform>%n teams</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%1 of %n team match “%2”</numerusform><numerusform>%1 of %n teams match “%2”</numerusform></translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No templates yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a test email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning off…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turning on…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No themes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use for this project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project's theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Show %n earlier message</numerusform><numerusform>Show %n earlier messages</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No money moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not adjusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inline product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, entry #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All customers</source>
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
        <source>Custom customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n user…</numerusform><numerusform>&amp;Delete %n users…</numerusform></translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
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
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 granted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke permission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>Choose %n user</numerusform><numerusform>Choose %n users</numerusform></translation>
    </message>
    <message>
        <source>Choose users</source>
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
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>%n user shown · loading more…</numerusform><numerusform>%n users shown · loading more…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>%n user shown · scroll down for more</numerusform><numerusform>%n users shown · scroll down for more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform><numerusform>%n users</numerusform></translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams of the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading teams…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing from %1 failed.</source>
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
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>%n selected row not loaded yet — scroll to them to include them</numerusform><numerusform>%n selected rows not loaded yet — scroll to them to include them</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersTableHeader</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset columns</source>
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
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>