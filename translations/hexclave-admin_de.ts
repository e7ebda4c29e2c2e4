<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
        <translation>Ein Projektschlüssel kann diese Anfrage nicht stellen: Dafür ist ein Dashboard-Konto nötig.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation>Der Server ist nicht erreichbar: %1. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin passiert, ist der Server möglicherweise überlastet.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: %1. Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation>Der Server hat mit etwas geantwortet, das diese App nicht versteht (%1).</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation>Der Server begrenzt die Anfragen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation>Der Server begrenzt die Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation>Die Anfrage ist mit HTTP %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation>Prüfen Sie, ob der Schlüssel zu diesem Projekt gehört und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation>Erstellen Sie auf der Seite „API-Schlüssel“ des Projekts einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation>Prüfen Sie E-Mail-Adresse und Passwort.</translation>
    </message>
    <message>
        <source>Check the project id.</source>
        <translation>Prüfen Sie die Projekt-ID.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat; die Änderung wurde daher möglicherweise vorgenommen oder nicht. Prüfen Sie es mit „Neu laden“, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation>Der Anmeldelink ist abgelaufen, bevor er bestätigt wurde. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation>Dieser Anmeldelink wurde bereits verwendet. Beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
        <translation>Der Server hat die Anmeldung mit einem Status beantwortet, den diese App nicht kennt.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation>Support-Unterhaltungen werden als Person beantwortet: Verbinden Sie sich mit einem Dashboard-Konto (Anmeldung per Browser oder E-Mail), um sie zu nutzen.</translation>
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation>Die Übersicht benötigt die Kennzahlen des Projekts, die nur mit Admin-Zugriff lesbar sind. Verbinden Sie sich mit einem Admin-Schlüssel oder einem Dashboard-Konto.</translation>
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation>Ein Serverschlüssel kann Berechtigungen erteilen und entziehen, aber ihre Definitionen weder sehen noch bearbeiten. Verwenden Sie dafür einen Admin-Schlüssel oder ein Dashboard-Konto.</translation>
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation>Ein Serverschlüssel kann API-Schlüssel von Benutzern und Teams verwalten, aber nicht die eigenen Schlüssel des Projekts. Verwenden Sie dafür einen Admin-Schlüssel oder ein Dashboard-Konto.</translation>
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation>Ein Serverschlüssel kann Items von Kunden lesen und ändern, aber keine Produkte, das Buchungsjournal oder Rückerstattungen. Verwenden Sie dafür einen Admin-Schlüssel oder ein Dashboard-Konto.</translation>
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation>Ein Serverschlüssel kann E-Mails senden und den Postausgang lesen, aber keine Entwürfe, Vorlagen oder Designs bearbeiten. Verwenden Sie dafür einen Admin-Schlüssel oder ein Dashboard-Konto.</translation>
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation>Die Projektkonfiguration erfordert Admin-Zugriff. Verbinden Sie sich mit einem Admin-Schlüssel oder einem Dashboard-Konto.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>es ist selbstsigniert, daher bürgt keine Zertifizierungsstelle dafür</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation>es wurde für %1 ausgestellt, nicht für diese Adresse</translation>
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation>sein Aussteller „%1“ ist für diesen Computer nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt, weil dem Zertifikat nicht vertraut wird: %2. Es wurde nichts gesendet. Wenn dies Ihr eigener Server ist, vergleichen Sie den SHA-256-Fingerabdruck des Zertifikats mit dem, den Ihnen der Betreiber Ihres Servers nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation>es nennt keinen Server und gilt daher nicht für diese Adresse</translation>
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation>Das Zertifikat, dem Sie für %1 vertraut haben, ist am %2 abgelaufen; daher wurde die Verbindung abgelehnt und es wurde nichts gesendet. Bitten Sie den Betreiber Ihres Servers, es zu erneuern, und vertrauen Sie dann dem neuen.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation>Das Zertifikat von %1 hat sich geändert, seit Sie ihm vertraut haben (neuer SHA-256-Fingerabdruck %2). Die Verbindung wurde abgelehnt und es wurde nichts gesendet. Klären Sie dies mit dem Betreiber Ihres Servers; wenn die Änderung erwartet ist, melden Sie sich erneut an, um dem neuen Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt, weil das Zertifikat ungültig ist: %2. Es wurde nichts gesendet. Bitten Sie den Betreiber Ihres Servers, das Zertifikat zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation>Die Datei muss ein einfaches `config`-Objekt exportieren: export const config = { … };</translation>
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Funktionsaufruf</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Template-Literal</translation>
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Eigenschaftszugriff</translation>
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Operatoren wie %1 sind nicht erlaubt; schreiben Sie den Wert selbst.</translation>
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation>Die Konfiguration ist zu tief verschachtelt (mehr als %1 Ebenen).</translation>
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation>Unerwartetes Dateiende: Ein Wert fehlt.</translation>
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Ein Minuszeichen ist nur vor einer Zahl erlaubt.</translation>
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Funktion</translation>
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Kommaoperator</translation>
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation>Unerwartetes Dateiende: `)` fehlt.</translation>
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation>Hier wird `)` erwartet.</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Template-Literal (verwenden Sie "doppelte" oder 'einfache' Anführungszeichen)</translation>
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: Bezeichner</translation>
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: `new`</translation>
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: %1</translation>
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation>%1 erwartet das Konfigurationsobjekt als einziges Argument.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: die Variable `%1` (nur Literalwerte sind erlaubt)</translation>
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation>Konfigurations-Arrays dürfen keine Lücken oder Spreads enthalten.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation>Unerwartetes Zeichen `%1`: Hier wird ein Wert erwartet.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation>Unerwartetes Dateiende: Das bei %1 beginnende Objekt wird nicht mit `}` geschlossen.</translation>
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation>Konfigurationsobjekte dürfen keine Spreads enthalten.</translation>
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation>Schlüssel von Konfigurationsobjekten dürfen nicht berechnet sein.</translation>
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation>Konfigurationsobjekte dürfen keine Methoden enthalten.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation>Unerwartetes Zeichen `%1`: Hier wird ein Schlüssel oder `}` erwartet.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation>Nicht unterstützter Konfigurationsausdruck: die Variable `%1` (schreiben Sie `%1: value`)</translation>
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation>Unerwartetes Dateiende: Nach dem Schlüssel fehlen `:` und ein Wert.</translation>
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation>Nach dem Schlüssel "%1" wird `:` erwartet.</translation>
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation>`__proto__` kann nicht als Schlüssel verwendet werden.</translation>
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation>Hier wird `,` oder `}` erwartet.</translation>
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation>Der Schlüssel "%1" setzt einen Wert innerhalb von "%2", aber "%2" ist hier kein Objekt.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation>Unerwartetes Dateiende: Das bei %1 beginnende Array wird nicht mit `]` geschlossen.</translation>
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation>Hier wird `,` oder `]` erwartet.</translation>
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation>Auf den `config`-Export dürfen nur Kommentare und `export default config;` folgen.</translation>
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation>Nach dem Typ von `config` wird `=` erwartet.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation>Nicht beendeter Kommentar: Dieser /*-Kommentar wird nie mit */ geschlossen.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Ungültige Escape-Sequenz in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation>Nicht beendete Zeichenkette: Das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation>Nicht beendete Zeichenkette: Eine Zeichenkette kann nicht in der nächsten Zeile weitergehen (verwenden Sie \n).</translation>
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation>Oktale Escape-Sequenzen können in Zeichenketten nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Ungültige Zahl.</translation>
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation>Zahlen dürfen nicht mit 0 gefolgt von weiteren Ziffern beginnen (Oktalliterale sind nicht erlaubt).</translation>
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation>BigInt-Zahlen können in einer Konfiguration nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation>Unerwartetes Dateiende: Diese Klammer wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation>Nicht beendetes Template-Literal.</translation>
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation>Unerwartetes Dateiende: Ein Typ fehlt.</translation>
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation>Hier wird ein Typ erwartet.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation>%1 "%2" ist keine UUID; IDs sehen hier so aus: 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation>%1 "%2" darf nur Kleinbuchstaben, Ziffern, Unterstriche (_) und Doppelpunkte (:) enthalten.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation>%1 "%2" darf nur Kleinbuchstaben, Ziffern, Unterstriche (_) und Doppelpunkte (:) enthalten, nach einem optionalen $ für Systemberechtigungen.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation>%1 "%2" darf nur Kleinbuchstaben, Ziffern, Unterstriche (_) und Bindestriche (-) enthalten.</translation>
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation>"%1" kann nur auf Projektebene festgelegt werden.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation>"%1" ist eine Umgebungseinstellung: Sie kann nur auf Umgebungsebene festgelegt werden, nicht in der Branch-Konfiguration oder einer hexclave.config.ts-Datei.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation>"%1" ist bei aktuellen Servern eine Umgebungseinstellung; sie lehnen sie in der Branch-Konfiguration ab, nur ältere Server akzeptieren sie hier. Legen Sie sie auf Umgebungsebene fest.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation>"%1" ist eine Umgebungseinstellung: Aktuelle Server ignorieren sie in der Branch-Konfiguration. Legen Sie sie auf Umgebungsebene fest.</translation>
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation>"%1" kann nicht auf Projektebene festgelegt werden; legen Sie es auf Branch- oder Umgebungsebene fest.</translation>
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation>"%1" ist kein bekannter Abschnitt der Konfiguration. Bekannte Abschnitte: %2.</translation>
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation>Produkt "%1" nennt die Produktlinie "%2", die in dieser Konfiguration nicht definiert ist.</translation>
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation>Produkt "%1" hat den Kundentyp "%2", aber seine Produktlinie "%3" hat den Kundentyp "%4".</translation>
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation>"%1" muss ein Intervall wie [1, "month"] sein: eine ganze Zahl und einer der Werte day, week, month, year.</translation>
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation>"%1" ist ein Intervall von 0; aktuelle Server verlangen mindestens 1.</translation>
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation>"%1" muss ein Objekt sein, das IDs mit dem Wert true auflistet, etwa { "id": true }.</translation>
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation>"%1" muss true sein; entfernen Sie IDs, die nicht enthalten sein sollen.</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation>"%1" muss true oder false sein, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation>"%1" muss Text in Anführungszeichen sein, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation>"%1" ist zu lang: Höchstens %2 Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation>"%1" muss eine Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation>"%1" muss eine ganze Zahl ab 0 sein, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation>"%1" muss einer der Werte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation>"%1" muss eine UUID wie 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac sein, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation>"%1" muss die UUID eines E-Mail-Designs sein oder false für kein Design, nicht %2.</translation>
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation>"%1" muss ein Betrag in Anführungszeichen wie "9.99" sein (keine Anzahl Cent), nicht %2.</translation>
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation>"%1" sollte ein Dezimalbetrag wie "9.99" oder "1000" sein.</translation>
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation>"include-by-default" wird von aktuellen Servern nicht mehr unterstützt; verwenden Sie stattdessen einen expliziten Preis von 0.</translation>
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation>"%1" muss ein Objekt mit einem Eintrag pro ID sein ({ … }), nicht %2.</translation>
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation>"%1" ist keine App, die diese Version von Hexclave Admin kennt. Der Server akzeptiert sie; prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation>"%1" muss ein Objekt sein ({ … }), nicht %2.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation>"%1" ist keine bekannte Einstellung. Erlaubt in "%2": %3.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation>"%1" ist keine bekannte Einstellung in "%2".</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation>%1 "%2" ist zu lang: Höchstens 63 Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation>%1 "%2" darf nur Buchstaben, Ziffern, Unterstriche (_) und Bindestriche (-) enthalten und nicht mit einem Bindestrich beginnen.</translation>
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation>%1 darf nicht "%2" sein: __proto__, constructor und prototype sind reserviert.</translation>
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation>Apple-Bundle-ID</translation>
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation>OAuth-Anbieter-ID</translation>
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation>Registrierungsregel-ID</translation>
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation>ID der vertrauenswürdigen Domain</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>Email theme id</source>
        <translation>E-Mail-Design-ID</translation>
    </message>
    <message>
        <source>Email template id</source>
        <translation>E-Mail-Vorlagen-ID</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Preis-ID</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Item-ID</translation>
    </message>
    <message>
        <source>Product line id</source>
        <translation>Produktlinien-ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Datenbank-ID</translation>
    </message>
    <message>
        <source>Data Vault store id</source>
        <translation>Data-Vault-Speicher-ID</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation>Hexclave Cloud</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation>"%1" ist keine gültige Adresse. Verwenden Sie eine Form wie https://auth.example.com/api/v1.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder http:// für einen lokalen Server).</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation>Verwenden Sie https:// für %1: Über reines http würden Ihre Schlüssel und Sitzungen unverschlüsselt übertragen. (http:// wird für Server auf diesem Rechner oder in Ihrem lokalen Netzwerk akzeptiert.)</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation>Sie haben sich mit einem anderen Konto angemeldet: Die Aktionen, die auf das vorherige warteten, wurden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation>Sie haben sich abgemeldet: Die Aktionen, die auf eine neue Anmeldung warteten, wurden nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
    <message>
        <source>Dashboard account</source>
        <translation>Dashboard-Konto</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Serverschlüssel</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Hexclave Admin speichert Geheimnisse nur im Systemschlüsselbund: Starten oder installieren Sie einen (z. B. GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation>Der Schlüsselbund dieses Systems unterstützt den Vorgang nicht (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation>Fehler im Systemschlüsselbund: %1. Stellen Sie sicher, dass er läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation>Oder melden Sie sich erneut an: Ohne den Schlüsselbund bleiben Sie nur angemeldet, bis Sie die App beenden.</translation>
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation>Die Anmeldedaten konnten bei der Anmeldung nicht im Systemschlüsselbund gespeichert werden, daher sind Sie jetzt abgemeldet. Melden Sie sich erneut an; damit Sie nach einem Neustart angemeldet bleiben, stellen Sie sicher, dass der Systemschlüsselbund läuft und entsperrt ist.</translation>
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation>Die gespeicherten Anmeldedaten wurden im Systemschlüsselbund nicht gefunden: Der Schlüsselbund ist möglicherweise gesperrt, oder der Eintrag wurde entfernt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation>Die Client-Metadaten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation>Die schreibgeschützten Client-Metadaten sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
        <translation>Die Server-Metadaten sind kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>hexclave::app::Application</name>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
</context>
<context>
    <name>hexclave::app::DemoServer</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demo-Projekt</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer einschränken</numerusform>
            <numerusform>%n Benutzer einschränken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Einschränkung von %n Benutzer aufheben</numerusform>
            <numerusform>Einschränkung von %n Benutzern aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
            <numerusform>%n Benutzer zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>%1 an %n Benutzer erteilen</numerusform>
            <numerusform>%1 an %n Benutzer erteilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation>War bereits Mitglied.</translation>
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation>War bereits gelöscht.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation>Die Antwort ging verloren, aber laut Server wurde es ausgeführt.</translation>
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation>Unbekannt, ob es ausgeführt wurde: Auch die Überprüfung ist fehlgeschlagen (%1). Prüfen Sie diesen Benutzer, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation>Laut Server wurde es nicht ausgeführt. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>nicht versucht</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation>Angehalten, bevor dieser Benutzer an der Reihe war.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation>Produktlinie</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>custom customers</source>
        <translation>benutzerdefinierte Kunden</translation>
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation>„%1“ ist durch einen Eintrag belegt, der nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation>Ein standardmäßig enthaltenes Produkt ist kostenlos: Entfernen Sie seine Preise.</translation>
    </message>
    <message>
        <source>Price id: %1</source>
        <translation>Preis-ID: %1</translation>
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation>Zwei Preise haben die ID „%1“.</translation>
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation>Ein Preis benötigt einen Betrag in mindestens einer Währung.</translation>
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation>Wählen Sie das einzuschließende Item.</translation>
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation>Item „%1“ ist doppelt enthalten.</translation>
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation>Es gibt kein Item „%1“.</translation>
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation>Item „%1“ ist für %2, dieses Produkt für %3.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>Die Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation>Eine ID darf nicht mit „-“ beginnen.</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation>„%1“ ist reserviert; wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 ist keine unterstützte Währung.</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>Geben Sie den Betrag in %1 ein.</translation>
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation>Schreiben Sie den Betrag in %1 als Zahl wie 9.99.</translation>
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation>Der Betrag in %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation>Entfernen Sie die führenden Nullen des Betrags in %1.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Beträge in %1 haben höchstens %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation>Der Betrag in %1 ist zu groß.</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>Wählen Sie Tage, Wochen, Monate oder Jahre.</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>Die Anzahl muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation>Ein anderes Produkt hat die ID „%1“.</translation>
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation>Es gibt keine Produktlinie „%1“.</translation>
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation>Produktlinie „%1“ ist für %2, dieses Produkt für %3.</translation>
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation>Ein Produkt kann kein Add-on zu sich selbst sein.</translation>
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation>Es gibt kein Produkt „%1“, zu dem es ein Add-on sein könnte.</translation>
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation>Ein anderes Item hat die ID „%1“.</translation>
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation>Eine andere Produktlinie hat die ID „%1“.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CommandPaletteModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation>Benutzer konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>Teams konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation>Nichts entspricht "%1"</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation>%1 ist keine Konfigurationsdatei, die diese App lesen kann: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>der Datenträger ist voll oder die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation>%1 wurde seit dem Öffnen hier von einem anderen Programm auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation>Wählen Sie, wo die neue Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht zur Wiederherstellung aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>Die ungespeicherten Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation>Die abgerufene Konfiguration konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation>Projektüberschreibung</translation>
    </message>
    <message>
        <source>Branch override</source>
        <translation>Branch-Überschreibung</translation>
    </message>
    <message>
        <source>Environment override</source>
        <translation>Umgebungsüberschreibung</translation>
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation>Der Server hat die Änderung angenommen, aber die Konfiguration zeigt für %1 weiterhin andere Werte. Möglicherweise überschreibt eine andere Konfigurationsebene sie.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Die Verbindung zum Server wurde geschlossen. Verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation>Die Branch-Konfiguration des Projekts enthält Einstellungen, die pro Umgebung gespeichert werden; sie wurden in der Datei weggelassen: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Die Verbindung zum Server wurde geschlossen. Verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation>Diese Konfiguration kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation>Wählen Sie einen Schlüssel zum Ändern.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation>„%1“ ist kein JSON-Wert. Schreiben Sie Text in doppelten Anführungszeichen, eine Zahl, true, false, null, ein Objekt {…} oder ein Array […].</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation>Ein Schlüssel darf keinen Punkt enthalten; fügen Sie die übergeordneten Schlüssel einzeln hinzu.</translation>
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation>Schlüssel können nur zu einem Objekt hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Festgelegt in</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ContactChannelsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>Not the primary email</source>
        <translation>Nicht die primäre E-Mail</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Für Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation>Nicht für Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation>Benötigt Support</translation>
    </message>
    <message>
        <source>Waiting on user</source>
        <translation>Wartet auf Benutzer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Started by support</source>
        <translation>Vom Support gestartet</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation>Interne Notiz · nur Ihr Team sieht sie</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationsModel</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Ungelesen: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no rate: nothing was sent</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 emails per second (%2 per hour)</source>
        <translation>%1 E-Mails pro Sekunde (%2 pro Stunde)</translation>
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation>Boost ×%1 aktiv</translation>
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation>Boost ×%1 aktiv bis %2</translation>
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation>Auf %1 % der üblichen Rate verlangsamt: Zu viele kürzlich gesendete E-Mails wurden zurückgewiesen oder als Spam markiert.</translation>
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation>Läuft mit %1 % der üblichen Rate (vom Server festgelegter Straffaktor).</translation>
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>Zurückgewiesene E-Mails von %n gesendeten</numerusform>
            <numerusform>Zurückgewiesene E-Mails von %n gesendeten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>Als Spam markierte E-Mails von %n gesendeten</numerusform>
            <numerusform>Als Spam markierte E-Mails von %n gesendeten</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <source>Spam rate</source>
        <translation>Spam-Rate</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation>Ein automatisch gespeicherter Text benötigt einen Schlüssel.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation>Der Ordner %1 konnte nicht auf seinen Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation>Die beschädigte Autosave-Datei %1 wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation>Hier bearbeitet, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation>Hier bearbeitet, noch nicht gespeichert · %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation>„%1“ hat noch nicht gespeicherte Änderungen (auf diesem Computer aufbewahrt, bis sie gespeichert oder verworfen werden)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation>Diese Einstellung wird auf dem Server pro Umgebung gespeichert und ist nicht Teil von hexclave.config.ts; legen Sie sie auf der Seite „Konfiguration“ des Projekts fest.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Edit configuration</source>
        <translation>Konfiguration bearbeiten</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation>Kein Item mit dieser ID im Projekt</translation>
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation>Ein Item für einen anderen Kundentyp</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>Item-ID: %1</translation>
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation>Guthaben wird erneut gelesen…</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Guthaben wird gelesen…</translation>
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation>Der Kunde wurde nicht gefunden; siehe Meldung oben</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Die Verbindung dieser Liste wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation>%1 (Konfiguration %2)</translation>
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation>Der Benutzer kann sich mit diesem Konto anmelden</translation>
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation>Der Benutzer kann sich mit diesem Konto nicht anmelden</translation>
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation>Die App kann das Zugriffstoken dieses Kontos verwenden (verbundenes Konto)</translation>
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation>Die App kann das Zugriffstoken dieses Kontos nicht verwenden</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Verbundenes Konto</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Wird gerendert</translation>
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation>Konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Zustellung verzögert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation>Von einem Administrator pausiert: Sie wird erst nach dem Fortsetzen gesendet.</translation>
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation>Wartet auf das Rendern.</translation>
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation>Ihre Vorlage wird gerendert.</translation>
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation>Ihre Vorlage konnte nicht gerendert werden; sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation>Gerendert, wartet auf den geplanten Zeitpunkt.</translation>
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation>Wartet auf einen freien Platz zum Senden.</translation>
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation>Wird gerade an den E-Mail-Server übergeben.</translation>
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation>Der E-Mail-Server hat sie abgelehnt oder konnte sie nicht annehmen.</translation>
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation>Absichtlich nicht gesendet.</translation>
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation>Der Server des Empfängers hat sie zurückgeschickt.</translation>
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation>Der Server des Empfängers hat sie noch nicht angenommen; es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation>An den E-Mail-Server übergeben.</translation>
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation>Zugestellt und vom Empfänger geöffnet.</translation>
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation>Zugestellt, und ein Link darin wurde angeklickt.</translation>
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation>Zugestellt, und der Empfänger hat sie als Spam markiert.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation>Von einem Administrator abgebrochen</translation>
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation>Der Benutzer hat diese Art von E-Mails abbestellt</translation>
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation>Der Benutzer hat keine primäre E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(kein Empfänger)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(nicht gerendert)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>In der Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation>Ein öffentlicher Schlüssel darf anderen gezeigt werden (z. B. in einem Browser); er ist nicht geheim</translation>
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation>Ein geheimer Schlüssel: Nur die Server seines Eigentümers sollten ihn besitzen</translation>
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation>Nur die letzten vier Zeichen können erneut gelesen werden; der ganze Schlüssel wurde einmal bei der Erstellung angezeigt</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>Dieser Schlüssel läuft nicht ab</translation>
    </message>
    <message>
        <source>The key works</source>
        <translation>Der Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation>Am %1 widerrufen: Der Schlüssel funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation>Am %1 abgelaufen: Der Schlüssel funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Die Verbindung dieser Liste wurde geschlossen.</translation>
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation>(unbenanntes Produkt)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Endet %1</translation>
    </message>
    <message>
        <source>Renews %1</source>
        <translation>Verlängert sich %1</translation>
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation>Ein inline angegebenes Produkt, nicht aus dem Katalog</translation>
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation>Produkt-ID: %1</translation>
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation>Verlängert sich jeden Abrechnungszeitraum, bis es gekündigt wird</translation>
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation>Einmal gekauft oder gewährt; verlängert sich nicht</translation>
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation>Der Server hat nicht angegeben, wann der aktuelle Zeitraum endet</translation>
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation>Gekündigt: endet am %1</translation>
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation>Der aktuelle Zeitraum endet am %1, dann verlängert es sich</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Renews / ends</source>
        <translation>Verlängerung / Ende</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Die Verbindung dieser Liste wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation>(nicht definiert)</translation>
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation>Enthält, direkt oder über andere: %1</translation>
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation>Eine Systemberechtigung: im Server integriert und schreibgeschützt.</translation>
    </message>
    <message>
        <source>Contained in %1</source>
        <translation>Enthalten in %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation>Client-Schlüssel …%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation>Von einem Schlüssel können nach der Erstellung nur die letzten vier Zeichen erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Läuft nicht ab</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation>Die Schlüssel dieses Satzes funktionieren</translation>
    </message>
    <message>
        <source>Server key …%1</source>
        <translation>Serverschlüssel …%1</translation>
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation>Admin-Schlüssel …%1</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation>Client-Schlüssel …%1, Serverschlüssel …%2</translation>
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation>Client-Schlüssel …%1, Admin-Schlüssel …%2</translation>
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation>Serverschlüssel …%1, Admin-Schlüssel …%2</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation>Client-Schlüssel …%1, Serverschlüssel …%2, Admin-Schlüssel …%3</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
        <translation>Dieser Server hat keine Konfiguration auf Projektebene.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation>%1
Projekt-ID: %2</translation>
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation>%1 — noch keine Projekte</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — wird verbunden…</translation>
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation>%1 — Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>Nicht in der Antwort des Servers</translation>
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation>Angenommen (keine E-Mail-Adresse: wird übersprungen)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation>Dieser Benutzer hat keine primäre E-Mail-Adresse; der Server überspringt ihn.</translation>
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation>Die Antwort des Servers führt diesen Benutzer nicht auf: Für ihn wurde keine E-Mail eingereiht.</translation>
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation>In Warteschlange. Ob sie zugestellt wurde, zeigt der Postausgang.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>E-Mail-Code</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SlaUrgency</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Seit %1 überfällig</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Fällig in %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation>Der Link in der E-Mail funktioniert nicht mehr: Widerrufen Sie diese Einladung und senden Sie eine neue</translation>
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation>Der Link in der E-Mail funktioniert bis %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Die Verbindung dieser Liste wurde geschlossen.</translation>
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation>Wird gezählt, wenn die Zeile sichtbar ist</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Mitglieder werden gezählt…</translation>
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation>Die Mitglieder konnten nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>Mehr als %n Mitglied (die Zählung endet dort)</numerusform>
            <numerusform>Mehr als %n Mitglieder (die Zählung endet dort)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n Mitglied, einschließlich anonymer und eingeschränkter</numerusform>
            <numerusform>%n Mitglieder, einschließlich anonymer und eingeschränkter</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation>%1 hat die Unterhaltung geschlossen</translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation>%1 hat die Unterhaltung wieder geöffnet</translation>
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation>%1 hat die Unterhaltung auf „Wartet auf Benutzer“ gesetzt</translation>
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation>%1 hat den Status geändert</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 hat den Status auf %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation>Eine Seite mit Transaktionen konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Die Verbindung dieser Liste wurde geschlossen.</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>In der Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation>Wirksam %1
Erstellt %2</translation>
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation>Im Testmodus erstellt: Es wurde kein echtes Geld bewegt</translation>
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation>Angepasst durch %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation>Kündigung des Abonnements</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>Verlängerung des Abonnements</translation>
    </message>
    <message>
        <source>Item quantity change</source>
        <translation>Änderung der Item-Menge</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>Produktänderung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Geldtransfer</translation>
    </message>
    <message>
        <source>Product grant</source>
        <translation>Produktgewährung</translation>
    </message>
    <message>
        <source>Product revocation</source>
        <translation>Produktentzug</translation>
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation>Aufhebung des Produktentzugs</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Inline product</source>
        <translation>Inline-Produkt</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation>Nur Käufe können erstattet werden; dies ist ein(e) %1.</translation>
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation>Käufe im Testmodus sind nicht erstattbar: Es wurde kein Geld belastet.</translation>
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation>Dieser Kauf wurde bereits erstattet.</translation>
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation>Dieser Kauf hat keinen Preis (das Produkt wurde ohne Zahlung gewährt): Es gibt nichts zu erstatten.</translation>
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation>Dieser Kauf nennt kein Abonnement und keinen Einmalkauf zum Erstatten.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserExportFields</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-Mail verifiziert</translation>
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation>E-Mail für Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Ausgewähltes Team</translation>
    </message>
    <message>
        <source>Selected team ID</source>
        <translation>ID des ausgewählten Teams</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>Profilbild-URL</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Registriert (UTC)</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>Zuletzt aktiv (UTC)</translation>
    </message>
    <message>
        <source>Has password</source>
        <translation>Hat Passwort</translation>
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation>Anmeldung mit Einmalcode</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>Anmeldung mit Passkey</translation>
    </message>
    <message>
        <source>Signs in with email</source>
        <translation>Meldet sich per E-Mail an</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>Zwei-Faktor erforderlich</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Client-Metadaten</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Schreibgeschützte Client-Metadaten</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Server-Metadaten</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Why restricted</source>
        <translation>Grund der Einschränkung</translation>
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation>Von einem Administrator eingeschränkt</translation>
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation>Einschränkungsgrund (öffentlich)</translation>
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation>Einschränkungsdetails (privat)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Risk scores</source>
        <translation>Risikobewertungen</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth-Anbieter</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>Geerbt von %1</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation>Diesem Benutzer direkt erteilt; kann hier entzogen werden</translation>
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation>In einer dem Benutzer erteilten Berechtigung enthalten; entziehen Sie diese, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation>Diesem Mitglied in diesem Team direkt erteilt; kann hier entzogen werden</translation>
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation>In einer dem Mitglied in diesem Team erteilten Berechtigung enthalten; entziehen Sie diese, um sie zu entfernen</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>This app's session</source>
        <translation>Sitzung dieser App</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation>Seit der Erstellung nie verwendet</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · Zeitzone %2</translation>
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation>Von einem Administrator erstellt, um als dieser Benutzer zu handeln</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation>%1 auf der Seite „Teams“ öffnen · das ausgewählte Team des Benutzers</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation>%1 auf der Seite „Teams“ öffnen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>Der Export wurde nach %n Benutzer angehalten: %1</numerusform>
            <numerusform>Der Export wurde nach %n Benutzern angehalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation>Der Server hat eine Seite mit Benutzern gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation>Es wurde keine Datei geschrieben. Prüfen Sie die Verbindung und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation>Es wurde nichts gespeichert. Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation>Es wurde nichts gespeichert. Exportieren Sie erneut; wenn das weiterhin passiert, ist der Server möglicherweise neuer als diese App.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>Die Antwort ist kein JSON.</translation>
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation>Der Cursor der Seite konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>E-Mail-Code</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>Eingeschränkt: %1</translation>
    </message>
    <message>
        <source>Anonymous user</source>
        <translation>Anonymer Benutzer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-Mail verifiziert</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>E-Mail nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation>&amp;Benutzer können API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation>T&amp;eams können API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>User and team API keys</source>
        <translation>API-Schlüssel für Benutzer und Teams</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation>Angemeldete Benutzer können Schlüssel erstellen, die in ihrem Namen handeln (Konfiguration apiKeys.enabled.user)</translation>
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation>Teammitglieder mit der Berechtigung $manage_api_keys können Schlüssel erstellen, die für das Team handeln (Konfiguration apiKeys.enabled.team)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation>Erlauben Sie den Benutzern und Teams Ihrer App, eigene API-Schlüssel zu erstellen. Vorhandene Schlüssel bleiben auf der Seite des jeweiligen Benutzers bzw. Teams aufgeführt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation>Die Konfiguration wird gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Konfiguration des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation>Die Einstellung wurde möglicherweise nicht geändert.</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>Die Einstellung wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Installierte Apps</translation>
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation>Angehakte Apps sind im Projekt installiert; ihre Seiten und Funktionen sind im Dashboard und in den SDKs aktiviert.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Fraud protection</source>
        <translation>Betrugsschutz</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation>Berechtigungen (RBAC)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Email API</source>
        <translation>E-Mail-API</translation>
    </message>
    <message>
        <source>Data vault</source>
        <translation>Datentresor</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>TV-Modus</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Start-Checkliste</translation>
    </message>
    <message>
        <source>Catalyst</source>
        <translation>Catalyst</translation>
    </message>
    <message>
        <source>Neon</source>
        <translation>Neon</translation>
    </message>
    <message>
        <source>Convex</source>
        <translation>Convex</translation>
    </message>
    <message>
        <source>Vercel</source>
        <translation>Vercel</translation>
    </message>
    <message>
        <source>TanStack Start</source>
        <translation>TanStack Start</translation>
    </message>
    <message>
        <source>Clerk integration</source>
        <translation>Clerk-Integration</translation>
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation>Better-Auth-Integration</translation>
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation>WorkOS-Integration</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Click maps</source>
        <translation>Klickkarten</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>Sitzungsaufzeichnungen</translation>
    </message>
    <message>
        <source>CLI authentication</source>
        <translation>CLI-Authentifizierung</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation>Workflows (Alpha)</translation>
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation>%1 (eine App, die diese Konsole nicht kennt)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation>Ändern, wer diese Unterhaltung bearbeitet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Diese Unterhaltung sich selbst zuweisen</translation>
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation>Diese Unterhaltung %1 zuweisen</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>Mir zuweisen (%1)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Jemand anderem…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer einschränken</numerusform>
            <numerusform>%n Benutzer einschränken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Einschränkung von %n Benutzer aufheben</numerusform>
            <numerusform>Einschränkung von %n Benutzern aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>%n Benutzer zu einem Team hinzufügen</numerusform>
            <numerusform>%n Benutzer zu einem Team hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer eine Projektberechtigung erteilen</numerusform>
            <numerusform>%n Benutzern eine Projektberechtigung erteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>Diese Benutzer werden endgültig gelöscht, mit allem, was zu ihnen gehört: Sitzungen (sie werden überall abgemeldet), Kontaktkanäle, verbundene OAuth-Konten, Passkeys, Teammitgliedschaften, Berechtigungen und API-Schlüssel. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer ein</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Benutzer ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation>Ein eingeschränkter Benutzer kann Ihre App nicht verwenden, bis ein Administrator die Einschränkung aufhebt. Der öffentliche Grund kann den Benutzern angezeigt werden; die privaten Details sind nur für Administratoren. Beides ist optional.</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Öffentlicher Grund</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>z. B. Ihr Konto wird überprüft.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Private Details</translation>
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation>Warum diese Benutzer eingeschränkt wurden, für andere Administratoren</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Ö&amp;ffentlicher Grund:</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>P&amp;rivate Details:</translation>
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation>Die Einschränkung durch einen Administrator wird samt ihren Gründen aufgehoben; die Benutzer können Ihre App wieder verwenden. Benutzer, die aus einem anderen Grund eingeschränkt sind (nicht verifizierte E-Mail, anonymes Konto), bleiben deswegen eingeschränkt.</translation>
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation>Die Benutzer werden Mitglieder des Teams, mit dessen Standardberechtigungen für Mitglieder. Benutzer, die bereits Mitglieder sind, bleiben unverändert.</translation>
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation>Den Benutzern wird die Berechtigung direkt erteilt, mit allen darin enthaltenen Berechtigungen. Benutzer, die sie bereits haben, behalten sie.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation>Teams werden geladen…</translation>
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation>Berechtigungen werden geladen…</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Dieses Projekt hat noch keine Teams.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation>Dieses Projekt hat keine Projektberechtigungen. Definieren Sie zuerst eine (Berechtigungen).</translation>
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation>Geben Sie %1 ein, um diese Schaltfläche zu aktivieren.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Wählen Sie ein Team.</translation>
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation>Wählen Sie eine Berechtigung.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation>&amp;Alle Benutzer anzeigen, nicht nur die Probleme</translation>
    </message>
    <message>
        <source>Results by user</source>
        <translation>Ergebnisse nach Benutzer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation>Sendet nichts mehr; laufende Vorgänge werden abgeschlossen und gemeldet.</translation>
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation>&amp;Diese erneut versuchen</translation>
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation>Führt die Aktion erneut für die Benutzer aus, bei denen sie fehlgeschlagen ist oder die sie nicht erreicht hat.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>%1 von %2 erledigt, bisher %n fehlgeschlagen.</numerusform>
            <numerusform>%1 von %2 erledigt, bisher %n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation>Wird angehalten… laufende Anfragen werden zuerst abgeschlossen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Every user is done.</source>
        <translation>Alle Benutzer sind erledigt.</translation>
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation>Die Benutzer, bei denen es fehlgeschlagen ist, werden mit dem Grund aufgeführt. Wo eine Antwort verloren ging, wurde der Server gefragt, was passiert war, statt die Anfrage erneut zu senden.</translation>
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation>Es wurde angehalten, bevor alle Benutzer erreicht wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>Bereits von einem Administrator eingeschränkt: %n Benutzer.</numerusform>
            <numerusform>Bereits von einem Administrator eingeschränkt: %n Benutzer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>Nur den anderen %n Benutzer einschränken; bereits eingeschränkte behalten ihre Gründe</numerusform>
            <numerusform>Nur die anderen %n Benutzer einschränken; bereits eingeschränkte behalten ihre Gründe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>Den %n Benutzer einschränken; bereits eingeschränkte erhalten diese Gründe statt ihrer eigenen</numerusform>
            <numerusform>Alle %n Benutzer einschränken; bereits eingeschränkte erhalten diese Gründe statt ihrer eigenen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>Stattdessen die Einschränkung des %n eingeschränkten Benutzers aufheben</numerusform>
            <numerusform>Stattdessen die Einschränkung der %n eingeschränkten Benutzer aufheben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation>Neues Item</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>Neue Produktlinie</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>Item „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation>Produktlinie „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation>Ein Item ist etwas, von dem Kunden eine Menge besitzen: Guthaben, Plätze, API-Aufrufe. Produkte enthalten Items.</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation>Ein Kunde besitzt höchstens ein Produkt einer Linie, etwa die Tarife Free, Pro und Enterprise.</translation>
    </message>
    <message>
        <source>e.g. credits</source>
        <translation>z. B. credits</translation>
    </message>
    <message>
        <source>e.g. plans</source>
        <translation>z. B. plans</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>The id when empty</source>
        <translation>Die ID, wenn leer</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation>Welche Art von Kunde dieses Item besitzt</translation>
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation>Welche Art von Kunde die Produkte dieser Linie besitzt</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Buchstaben, Ziffern, „_“ und „-“; kann später nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>Beim Speichern wird %n Änderung in die Konfiguration des Projekts geschrieben:</numerusform>
            <numerusform>Beim Speichern werden %n Änderungen in die Konfiguration des Projekts geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Beheben Sie zuerst Folgendes:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>Neues Produkt %1</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>Neues Item %1</translation>
    </message>
    <message>
        <source>New product line %1</source>
        <translation>Neue Produktlinie %1</translation>
    </message>
    <message>
        <source>Changed product %1</source>
        <translation>Geändertes Produkt %1</translation>
    </message>
    <message>
        <source>Changed item %1</source>
        <translation>Geändertes Item %1</translation>
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation>Geänderte Produktlinie %1</translation>
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation>Gelöschtes Produkt %1</translation>
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation>Gelöschtes Item %1</translation>
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation>Gelöschte Produktlinie %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free (included by default)</source>
        <translation>Kostenlos (standardmäßig enthalten)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Keine Preise</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation>Wenn der Kauf endet</translation>
    </message>
    <message>
        <source>When granted again</source>
        <translation>Bei erneuter Gewährung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CertificateTrustPanel</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation>Das Zertifikat, das %1 jetzt vorlegt</translation>
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation>Das Zertifikat, das %1 vorgelegt hat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>Diesem Zertifikat für %1 vertrauen…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>Diesem Zertifikat für %1 vertrauen?</translation>
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation>Hexclave Admin akzeptiert dann genau dieses eine Zertifikat für %1, obwohl keine Zertifizierungsstelle dafür bürgt. Tun Sie dies nur, wenn der Betreiber Ihres Servers bestätigt hat, dass der SHA-256-Fingerabdruck des Zertifikats lautet:</translation>
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation>Es ersetzt das Zertifikat, dem Sie zuvor für diesen Server vertraut haben.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation>Dies gilt nur für diese Verbindung und nur für diesen Server (%1). Wenn sich das Zertifikat des Servers ändert oder abläuft, wird die Verbindung wieder abgelehnt. Um das Vertrauen aufzuheben, melden Sie sich ab oder wählen Sie Datei › Erneut anmelden… und klicken Sie auf „Nicht mehr vertrauen“.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation>&amp;Guthaben darf unter null fallen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation>Wie viel hinzugefügt (positive Zahl) oder abgezogen (negative Zahl) werden soll</translation>
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation>Optional: warum, für die Transaktionsliste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation>Ohne dies lehnt der Server eine Änderung ab, die weniger als null übrig lässt</translation>
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation>Guthaben &amp;ändern</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Aktuelles Guthaben:</translation>
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation>Ä&amp;nderung (±):</translation>
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation>Hinzugefügte Menge läuft &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation>Erhöht oder verringert das Guthaben von %1 im Besitz von %2. Die Änderung wird in der Transaktionsliste erfasst.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation>Geben Sie ein, wie viel hinzugefügt (positive Zahl) oder abgezogen (negative Zahl) werden soll.</translation>
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation>Ändert das Guthaben um %1. Das aktuelle Guthaben ist unbekannt, daher auch das Ergebnis.</translation>
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation>Dies würde %1 übrig lassen, unter null. Der Server lehnt das ab, sofern „Guthaben darf unter null fallen“ nicht angehakt ist.</translation>
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation>Guthaben nach der Änderung: %1 (jetzt %2, %3).</translation>
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation>Guthaben wird geändert…</translation>
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation>%1 besitzt nicht genug von %2, um %3 abzuziehen: Das Guthaben würde unter null fallen. Ziehen Sie weniger ab oder haken Sie „Guthaben darf unter null fallen“ an, um die Änderung trotzdem vorzunehmen.</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>Das Guthaben wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>Das Item %1 ist nicht mehr in der Konfiguration des Projekts; es wurde möglicherweise unter „Produkte &amp; Items“ entfernt.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation>Die Änderung wurde möglicherweise angewendet oder nicht; das Guthaben ist jetzt %1. Prüfen Sie es, bevor Sie es erneut ändern.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation>Die Änderung wurde möglicherweise angewendet oder nicht, und das Guthaben konnte nicht erneut gelesen werden. Prüfen Sie es (Neu laden), bevor Sie es erneut ändern.</translation>
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation>Keine eindeutige Antwort: Guthaben wird erneut gelesen…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation>Team-API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Check a user API key</source>
        <translation>Benutzer-API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Fügen Sie den Schlüssel hier ein</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Ob ein Team-API-Schlüssel dieses Projekts funktioniert und wem er gehört. Der Schlüssel wird nur zur Prüfung an den Server gesendet; er wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Ob ein Benutzer-API-Schlüssel dieses Projekts funktioniert und wem er gehört. Der Schlüssel wird nur zur Prüfung an den Server gesendet; er wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation>Fügen Sie den zu prüfenden Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation>Gültig: Dies ist der Schlüssel %1 von %2, und er funktioniert.</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation>Gültig, aber kein Schlüssel von %1: %2 gehört zu einem anderen Team (ID %3).</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation>Gültig, aber kein Schlüssel von %1: %2 gehört zu einem anderen Benutzer (ID %3).</translation>
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation>Widerrufen: Dieser Schlüssel wurde widerrufen und funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation>Abgelaufen: Dieser Schlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation>Nicht gefunden: Kein Team-API-Schlüssel dieses Projekts hat diesen Wert.</translation>
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation>Nicht gefunden: Kein Benutzer-API-Schlüssel dieses Projekts hat diesen Wert.</translation>
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation>Dies ist ein Benutzer-API-Schlüssel, kein Team-API-Schlüssel: Prüfen Sie ihn über die API-Schlüssel des Benutzers.</translation>
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation>Dies ist ein Team-API-Schlüssel, kein Benutzer-API-Schlüssel: Prüfen Sie ihn über die API-Schlüssel des Teams.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation>Zu einer Seite, einem Projekt, Benutzer oder Team wechseln oder einen Befehl ausführen…</translation>
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation>Seiten, Projekte, Benutzer, Teams und Befehle durchsuchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation>Es würde sich nichts ändern: Die Konfiguration hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation>Prüfen Sie die Änderungen an %1, bevor sie geschrieben werden.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Nach der Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Geänderte Einstellungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation>Nur die geänderten Zeilen und einige Zeilen darum herum anzeigen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Als &amp;JSON bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>Schlüssel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Configuration level</source>
        <translation>Konfigurationsebene</translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation>Nach Schlüssel oder Wert filtern</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>E&amp;bene:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation>Einen Schlüssel zum ausgewählten Objekt hinzufügen (oder auf oberster Ebene)</translation>
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation>Den ausgewählten Schlüssel entfernen (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation>Auf Datei &amp;anwenden</translation>
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation>Änderungen prüfen und auf die Datei anwenden (Ctrl+S); speichern Sie die Datei, um sie zu behalten</translation>
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation>Änderungen prüfen und schreiben (Ctrl+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation>Gerendert (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation>Die Datei hat sich geändert (durch Rückgängig oder eine Bearbeitung in einem anderen Tab), während Sie hier bearbeitet haben. Ihre Änderungen bleiben erhalten; „Anwenden“ zeigt sie im Vergleich zum neuen Inhalt der Datei. „Neu laden“ verwirft sie.</translation>
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 hat sich geändert: Ein Einstellungs-Tab hat gespeichert, während Sie hier bearbeitet haben. Ihre Änderungen bleiben erhalten; „Speichern“ zeigt sie im Vergleich zur neuen Kopie. „Neu laden“ verwirft sie und zeigt die neue Kopie.</translation>
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 hat sich auf dem Server geändert, während Sie bearbeitet haben. Ihre Änderungen bleiben erhalten; „Speichern“ zeigt sie im Vergleich zur neuen Kopie. „Neu laden“ verwirft sie und zeigt die neue Kopie.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Auf die Datei angewendet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation>Die Konfiguration wurde nicht angewendet; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation>Die Konfiguration wurde nicht gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation>Probleme werden für die Überschreibungsebenen geprüft, nicht für die gerenderte Konfiguration.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n Problem – doppelklicken Sie darauf, um seinen Schlüssel auszuwählen:</numerusform>
            <numerusform>%n Probleme – doppelklicken Sie auf eines, um seinen Schlüssel auszuwählen:</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation>Nicht auf die Datei angewendet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation>Kann nicht auf die Datei angewendet werden</translation>
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation>Diese Einstellungen werden auf dem Server pro Umgebung gespeichert und können nicht in hexclave.config.ts stehen: %1. Entfernen Sie sie hier und legen Sie sie stattdessen auf der Seite „Konfiguration“ des Projekts fest.</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Mit Problemen speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>%n Problem in dieser Konfiguration führt wahrscheinlich dazu, dass der Server sie ablehnt. Trotzdem speichern?</numerusform>
            <numerusform>%n Probleme in dieser Konfiguration führen wahrscheinlich dazu, dass der Server sie ablehnt. Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>Auf %1 anwenden</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation>Die Konfiguration wird gerade gelesen oder geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation>Nichts zu speichern: Die Konfiguration hat bereits diese Werte.</translation>
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation>Die Konfiguration hat diese Werte abgelehnt; siehe die unten aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Konfiguration filtern</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation>In Datei abrufen…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Mit Datei vergleichen…</translation>
    </message>
    <message>
        <source>Push file…</source>
        <translation>Datei übertragen…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation>Die Branch-Konfiguration des Projekts als hexclave.config.ts speichern</translation>
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation>Nebeneinander zeigen, wie sich eine hexclave.config.ts vom Projekt unterscheidet</translation>
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation>Eine hexclave.config.ts zur Branch-Konfiguration des Projekts machen (die Änderung wird zuerst angezeigt)</translation>
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation>Die Branch-Konfiguration des Projekts kann in einer hexclave.config.ts neben Ihrem Code liegen. Pro Umgebung gespeicherte Einstellungen (OAuth-Client-Geheimnisse, vertrauenswürdige Domains, der E-Mail-Server) bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Pull to file</source>
        <translation>In Datei abrufen</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Konfiguration des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Konfiguration des Projekts lesen</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation>Die Branch-Konfiguration wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation>Die Branch-Konfiguration wurde in %1 gespeichert, aber eine spätere Übertragung wird nicht wissen, ob sich das Projekt seitdem geändert hat.</translation>
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation>%1 und die Branch-Konfiguration des Projekts sind identisch.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation>Links: die Branch-Konfiguration des Projekts. Rechts: %1.</translation>
    </message>
    <message>
        <source>Branch configuration</source>
        <translation>Branch-Konfiguration</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation>Hexclave-Konfiguration (*.config.ts);;TypeScript-Dateien (*.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Datei ändern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation>Aus Projekt &amp;abrufen…</translation>
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation>Die Konfiguration dieser Datei durch die Branch-Konfiguration eines Projekts ersetzen</translation>
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation>Mit Projekt &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation>Nebeneinander zeigen, wie sich diese Datei von der Branch-Konfiguration eines Projekts unterscheidet</translation>
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation>An Projekt ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation>Diese Datei zur Branch-Konfiguration eines Projekts machen (die Änderung wird zuerst angezeigt)</translation>
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation>%1[*] — Hexclave Admin</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation>Probleme — Fehler: %1, Warnungen: %2. Eine Übertragung wird abgelehnt, bis die Fehler behoben sind.</translation>
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation>Probleme — Warnungen: %1</translation>
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation>%1 ist bereits in einem anderen Fenster geöffnet; bearbeiten Sie sie dort.</translation>
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation>Diese Datei enthält "show-onboarding" statt einer Konfiguration. Das bleibt so, bis Sie eine Einstellung ändern; dann wird sie als Objekt gespeichert.</translation>
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation>%1 hat Änderungen vom %2, die nie gespeichert wurden (die App wurde möglicherweise unerwartet beendet).</translation>
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation>Die Datei wurde seitdem auf dem Datenträger geändert; die Wiederherstellung ersetzt diese Änderungen (Sie können sie rückgängig machen).</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation>Eine neue Konfigurationsdatei vom %1 wurde nie gespeichert (die App wurde möglicherweise unerwartet beendet). Hier wiederherstellen?</translation>
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation>Es gibt %1 solcher Dateien; die anderen werden angeboten, wenn Sie das nächste Mal eine neue Datei beginnen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation>%1 Mit Ihrer Version überschreiben oder neu laden (Ihre ungespeicherten Änderungen gehen verloren)?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation>Konfigurationsdatei speichern unter</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Nicht angewendete Änderungen</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation>Einige Einstellungen wurden geändert, aber noch nicht auf die Datei angewendet. Verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation>Ein Abruf, Vergleich oder eine Übertragung läuft; schließen Sie das Fenster, wenn der Vorgang beendet ist.</translation>
    </message>
    <message>
        <source>Pull from project</source>
        <translation>Aus Projekt abrufen</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Aus %1 abrufen</translation>
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation>Die Konfiguration in %1 durch die Branch-Konfiguration von %2 ersetzen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation>Die Branch-Konfiguration von %1 wurde abgerufen. Speichern Sie, um sie in der Datei zu behalten.</translation>
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation>Die Datei enthält bereits die Branch-Konfiguration von %1.</translation>
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation>Konfiguration abrufen</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>Mit Projekt vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Konfiguration des Projekts lesen</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation>%1 (Branch-Konfiguration)</translation>
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation>Die Datei und die Branch-Konfiguration des Projekts sind identisch.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation>Links: die aktuelle Branch-Konfiguration des Projekts. Rechts: diese Datei (mit ungespeicherten Änderungen).</translation>
    </message>
    <message>
        <source>Push to project</source>
        <translation>An Projekt übertragen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation>Konfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>E&amp;xperte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>P&amp;rojekt</translation>
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation>Konfiguration erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Konfiguration neu laden</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPushFlow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file was not pushed; the server would refuse it:
%1</source>
        <translation>Die Datei wurde nicht übertragen; der Server würde sie ablehnen:
%1</translation>
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation>%1 wurde an %2 übertragen.</translation>
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation>%1 hat bereits diese Konfiguration.</translation>
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation>Branch-Konfiguration von %1</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>%1 an %2 übertragen</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation>Die Konfiguration des Projekts hat sich geändert, seit Sie sie in %1 abgerufen haben. Die Übertragung ersetzt diese Änderungen durch die Datei.

Trotzdem übertragen?</translation>
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation>%1 wurde auf diesem Computer nicht aus %2 abgerufen, daher lassen sich seitdem im Projekt vorgenommene Änderungen nicht erkennen. Die Übertragung ersetzt die Branch-Konfiguration des Projekts durch die Datei.

Trotzdem übertragen?</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>An %1 übertragen</translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>Trotzdem übertragen</translation>
    </message>
    <message>
        <source>Push the configuration</source>
        <translation>Konfiguration übertragen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation>Die Änderung anzeigen und dann auf die Datei anwenden (speichern Sie die Datei, um sie zu behalten)</translation>
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation>Die Änderung anzeigen und dann in die Konfiguration schreiben</translation>
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation>Die Änderungen dieses Abschnitts verwerfen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation>Nichts zu speichern: Die Konfiguration enthält dies bereits.</translation>
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation>Einstellungen für %1 auf die Datei anwenden</translation>
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation>Einstellungen für %1 speichern</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation>Es wurde nichts gespeichert: Die Konfiguration wird gerade gelesen oder geschrieben. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation>Es wurde nichts gespeichert: Die Konfiguration hat diese Werte abgelehnt oder hat sie bereits.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Auf die Datei angewendet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation>Die Änderung wurde gesendet, aber beim Zurücklesen nicht angezeigt.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>Die Einstellungen wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation>&amp;OAuth-Anbieter</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domains</translation>
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation>&amp;Teams &amp;&amp; Benutzer</translation>
    </message>
    <message>
        <source>A&amp;pps</source>
        <translation>A&amp;pps</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation>Hexclave Cloud (api.hexclave.com)</translation>
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation>Selbst gehosteter Server</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation>Mit einem Hexclave-Server verbinden</translation>
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation>Ihre Sitzung für %1 ist beendet. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation>Hexclave Admin funktioniert mit der Hexclave Cloud und mit selbst gehosteten Servern. Ihre Schlüssel und Sitzungen werden im Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation>E-Mail &amp;&amp; Passwort</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Serverschlüssel</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>API-Stamm-URL</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>Dashboard-URL</translation>
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation>Veröffentlichbarer Client-Schlüssel des internen Projekts</translation>
    </message>
    <message>
        <source>API root:</source>
        <translation>API-Stamm:</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>Dashboard-URL:</translation>
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation>Interner veröffentlichbarer Schlüssel:</translation>
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation>Die Dashboard-URL und der veröffentlichbare Schlüssel des internen Projekts werden nur für die Anmeldung mit einem Dashboard-Konto benötigt; der Betreiber Ihres Servers kennt sie.</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Mit dem Browser anmelden</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation>Browser-Anmeldung angehalten.</translation>
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation>Öffnet das Hexclave-Dashboard in Ihrem Webbrowser. Melden Sie sich dort wie gewohnt an und klicken Sie auf „Authorize“; dieses Fenster fährt von selbst fort.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation>Die E-Mail-Adresse und das Passwort Ihres Hexclave-Dashboard-Kontos.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Streng geheimer Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Geheimer Serverschlüssel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation>Der streng geheime Admin-Schlüssel eines Projekts gewährt vollen Zugriff auf genau dieses Projekt, wie das Dashboard. Erstellen Sie einen unter den API-Schlüsseln des Projekts.</translation>
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation>Ein geheimer Serverschlüssel kann Benutzer, Teams und Berechtigungszuweisungen verwalten, aber nicht die Konfiguration des Projekts. Seiten, die er nicht nutzen kann, sind ausgegraut.</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Admin-Schlüssel:</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>Serverschlüssel:</translation>
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation>Geben Sie den veröffentlichbaren Client-Schlüssel des internen Projekts ein (er beginnt mit pck_).</translation>
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation>Die Browser-Anmeldung benötigt die Adresse des Dashboards des Servers. %1</translation>
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Dashboard-Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation>Die Projekt-ID ist eine UUID wie 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (Sie finden sie in den Einstellungen des Projekts).</translation>
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation>Streng geheime Admin-Schlüssel beginnen mit sak_. Prüfen Sie, ob Sie den richtigen Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation>Geheime Serverschlüssel beginnen mit ssk_. Prüfen Sie, ob Sie den richtigen Schlüssel kopiert haben.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation>Warten, bis Sie im Browser auf „Authorize“ klicken…</translation>
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation>Angemeldet. Ihre Projekte werden geladen…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Server wird kontaktiert…</translation>
    </message>
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation>Diese Verbindung wurde ohne die Adresse des Dashboards eingerichtet: Melden Sie sich mit E-Mail und Passwort an.</translation>
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation>Unter %1 hat keine Hexclave-API geantwortet. Prüfen Sie die Adresse: Der API-Stamm endet auf /api/v1, etwa https://api.hexclave.com/api/v1.
(%2)</translation>
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation>Diese Verbindung vertraut einem Zertifikat, das Sie für %1 akzeptiert haben (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht mehr vertraut.</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation>Sie sind bei %1 angemeldet. Hier können Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation>Diesem Zertifikat nicht mehr vertrauen?</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation>Dem Zertifikat von %1 nicht mehr vertrauen?</translation>
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation>Die Verbindung zu diesem Server (%1) wird dann abgelehnt, bis Sie wieder einem Zertifikat dafür vertrauen. Dies gilt sofort.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation>Kontaktkanal hinzufügen</translation>
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation>Eine E-Mail-Adresse zu %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation>Kontaktkanal bearbeiten</translation>
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation>Wofür %1 verwendet wird.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Für Anmeldung verwendet</translation>
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation>Der Benutzer kann sich mit dieser Adresse anmelden (Passwort, Einmalcode oder Magic Link). Nur ein Benutzer darf eine Adresse für die Anmeldung verwenden.</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation>Die Adresse, die als E-Mail des Benutzers angezeigt wird; eine andere primäre Adresse ist dann nicht mehr primär.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation>Die Adresse als verifiziert markieren, ohne eine Bestätigungs-E-Mail zu senden.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Dies ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Send verification…</source>
        <translation>Bestätigung senden…</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktkanäle</translation>
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation>Diesem Benutzer eine E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation>Ändern, ob die ausgewählte Adresse primär ist, für die Anmeldung verwendet wird oder verifiziert ist</translation>
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation>Die ausgewählte Adresse von diesem Benutzer entfernen</translation>
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation>Einen Bestätigungslink an die ausgewählte Adresse senden</translation>
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation>Keine E-Mail-Adressen. Fügen Sie eine hinzu, damit der Benutzer erreichbar ist oder sich damit anmelden kann.</translation>
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation>Kontaktkanäle werden geladen…</translation>
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation>Die Kontaktkanäle konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation>Die ausgewählte Adresse ist bereits verifiziert</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation>Hinzufügen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation>Speichern von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation>

Der Benutzer meldet sich mit dieser Adresse an; er kann das dann nicht mehr, sofern er keine andere Anmeldemöglichkeit hat.</translation>
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation>Kontaktkanal löschen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 von %2 entfernen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation>Löschen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>Bestätigungs-E-Mail senden</translation>
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation>„%1“ ist keine Webadresse: Es wurde nichts gesendet. Geben Sie die vollständige Adresse an, beginnend mit https://.</translation>
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation>Bestätigungs-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation>Bestätigungs-E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation>Senden der Bestätigungs-E-Mail an %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation>Der Link in der E-Mail führt zu dieser Seite Ihrer App; sie muss auf einer der vertrauenswürdigen Domains des Projekts liegen. Zum Beispiel:
%1
Die Adresse der App wird für dieses Projekt gespeichert.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationDelegate</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Deleted user</source>
        <translation>Gelöschter Benutzer</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>Antwort %1 (%2)</translation>
    </message>
    <message>
        <source>▲▲ %1</source>
        <translation>▲▲ %1</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Letzte Aktivität: %1</translation>
    </message>
    <message>
        <source>✎ Draft</source>
        <translation>✎ Entwurf</translation>
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation>Sie haben einen nicht gesendeten Entwurf in dieser Unterhaltung</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation>Benutzerseite öffnen</translation>
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation>Diesen Benutzer auf der Seite „Benutzer“ anzeigen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Kein Benutzer</translation>
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation>Gelöschter oder unbekannter Benutzer (%1)</translation>
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation>Benutzerseite von %1 öffnen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>geöffnet %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet %1</translation>
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation>Erste Antwort überfällig: Sie war fällig %1.</translation>
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation>Antwort überfällig: Sie war fällig %1.</translation>
    </message>
    <message>
        <source>First response due %1.</source>
        <translation>Erste Antwort fällig %1.</translation>
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation>Nächste Antwort fällig %1.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird erledigt…</translation>
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation>Status wird auf „%1“ geändert…</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>Der Status wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Wird zugewiesen…</translation>
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation>Die Unterhaltung wurde nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>Zuweisung wird aufgehoben…</translation>
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation>Der Bearbeiter wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation>Priorität wird geändert…</translation>
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation>Die Priorität wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Tag wird hinzugefügt…</translation>
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation>Der Tag wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Tag wird entfernt…</translation>
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation>Der Tag wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation>Jemand hat sie inzwischen geändert; „Aktualisieren“ zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation>Sie wurde möglicherweise gelöscht; aktualisieren Sie die Liste der Unterhaltungen.</translation>
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation>Die Änderung wurde möglicherweise trotzdem vorgenommen; „Aktualisieren“ zeigt die Unterhaltung im aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie zu lesen und zu antworten.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Unterhaltung wird geladen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Unterhaltung nicht gefunden</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation>Sie wurde möglicherweise inzwischen gelöscht. Wählen Sie eine andere Unterhaltung aus der Liste.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation>Keine Antwort vom Server — es wird geprüft, ob sie angekommen ist…</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>Ihr Entwurf konnte auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Ihre Antwort ist angekommen. Die Antwort des Servers ging verloren, daher wurde die Unterhaltung zur Sicherheit erneut gelesen.</translation>
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Ihre Notiz ist angekommen. Die Antwort des Servers ging verloren, daher wurde die Unterhaltung zur Sicherheit erneut gelesen.</translation>
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation>Die Antwort wurde nicht gesendet; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation>Die Notiz wurde nicht hinzugefügt; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation>Nicht gesendet — Ihr Text bleibt erhalten; erneut senden?</translation>
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation>Nicht hinzugefügt — Ihr Text bleibt erhalten; erneut hinzufügen?</translation>
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation>Es ist nicht bekannt, ob dies angekommen ist: Die Antwort des Servers ging verloren und die Unterhaltung konnte nicht erneut gelesen werden. Ihr Text bleibt erhalten — laden Sie die Unterhaltung neu und prüfen Sie sie, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>eine Unterhaltung</translation>
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation>Es ist nicht bekannt, ob Ihre Antwort auf „%1“ angekommen ist: Die Antwort des Servers ging verloren. Der Text bleibt dort als Entwurf erhalten; prüfen Sie diese Unterhaltung, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation>Es ist nicht bekannt, ob Ihre Notiz zu „%1“ hinzugefügt wurde: Die Antwort des Servers ging verloren. Der Text bleibt dort als Entwurf erhalten; prüfen Sie diese Unterhaltung, bevor Sie sie erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation>Ihre Antwort auf „%1“ wurde nicht gesendet; der Text bleibt dort als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation>Ihre Notiz zu „%1“ wurde nicht hinzugefügt; der Text bleibt dort als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation>&amp;Geheim: für die Server und Skripte des Eigentümers; wird nie anderen gezeigt</translation>
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation>Ö&amp;ffentlich: darf von anderen gesehen werden, z. B. in einem Browser oder einer App</translation>
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation>Geben Sie an, wofür der Schlüssel ist: Daran wird er später erkannt.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation>Neuer API-Schlüssel für das Team %1</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>Neuer API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation>Wofür der Schlüssel ist, z. B. „Nächtlicher Export“</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation>Der Schlüssel wird einmal angezeigt, direkt nach seiner Erstellung. Danach sind nur noch seine letzten vier Zeichen sichtbar.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation>&amp;Veröffentlichbarer Client-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation>&amp;Geheimer Serverschlüssel</translation>
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation>Streng geheimer &amp;Admin-Schlüssel</translation>
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Create API keys</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation>Was oder wer diese Schlüssel verwendet, z. B. „Produktions-Web-App“</translation>
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation>pck_…: identifiziert das Projekt gegenüber Client-Apps (Browser, Mobilgeräte). Nicht geheim, aber nur nötig, wenn das Projekt es verlangt.</translation>
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation>ssk_…: voller Zugriff auf Benutzer, Teams und Daten von Ihrem Server aus. Halten Sie ihn geheim.</translation>
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation>sak_…: alles, einschließlich Konfiguration und dieser Schlüssel. Nur für Tools und Automatisierung; halten Sie ihn geheim.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation>Die neuen Schlüssel werden einmal angezeigt, direkt nach ihrer Erstellung. Danach sind nur noch ihre letzten vier Zeichen sichtbar.</translation>
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation>Beschreiben Sie, wofür die Schlüssel sind, damit Sie später wissen, welche Sie widerrufen müssen.</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>Wählen Sie mindestens einen Schlüssel.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Schlüssel werden erstellt…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation>E-Mail-Adresse ist &amp;verifiziert</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>Für &amp;Anmeldung verwendet</translation>
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation>&amp;Kein Passwort (der Benutzer meldet sich anders an)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Ers&amp;tellen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>Der Benutzer kann sich mit dieser Adresse anmelden (mit Passwort oder Einmalcode). Nur ein Benutzer kann eine Adresse für die Anmeldung verwenden.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation>Höchstens 70 Zeichen</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
    </message>
    <message>
        <source>Show metadata</source>
        <translation>Metadaten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Geben Sie zuerst eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Hide metadata</source>
        <translation>Metadaten ausblenden</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>Dies ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation>Geben Sie ein Passwort ein oder wählen Sie „Kein Passwort“.</translation>
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation>Ein Passwort benötigt eine E-Mail-Adresse zur Anmeldung.</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Benutzer wird erstellt…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation>&amp;Benutzer wählen…</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>&amp;Team wählen…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation>Benutzer und Teams des Projekts oder eigene Kunden, identifiziert durch eine beliebige ID</translation>
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation>Die Benutzer des Projekts durchsuchen und einen auswählen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation>Eines der Teams des Projekts auswählen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation>Kunden-ID, wie Ihr eigenes System sie nennt</translation>
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation>Benutzerdefinierte Kunden-ID</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Items und Produkte dieses Kunden anzeigen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Kein Benutzer gewählt</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>Kein Team gewählt</translation>
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation>Team-ID: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation>Der Benutzer %1 existiert in diesem Projekt nicht (mehr). Wählen Sie einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation>Das Team %1 existiert in diesem Projekt nicht (mehr). Wählen Sie ein anderes Team.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation>Wählen Sie einen Kunden, um seine Items und Produkte zu sehen</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation>Menge &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation>Produkt &amp;gewähren…</translation>
    </message>
    <message>
        <source>Item balances</source>
        <translation>Item-Guthaben</translation>
    </message>
    <message>
        <source>Products owned</source>
        <translation>Eigene Produkte</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Item-ID</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation>Der Katalog kann mit diesem Schlüssel nicht gelesen werden: Geben Sie die ID eines Items ein, um sein Guthaben zu sehen und zu ändern</translation>
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation>Das Guthaben des Kunden für das eingegebene Item lesen</translation>
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation>Das Guthaben des ausgewählten Items erhöhen oder verringern (oder auf das Item doppelklicken)</translation>
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation>Dem Kunden ein Produkt aus dem Katalog ohne Zahlung gewähren</translation>
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation>Guthaben und Produkte erneut lesen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation>Der Katalog kann mit diesem Schlüssel nicht gelesen werden. Geben Sie oben die ID eines Items ein und klicken Sie auf „Nachschlagen“, um sein Guthaben zu sehen.</translation>
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation>Die Items des Projekts konnten nicht gelesen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation>Items des Projekts werden gelesen…</translation>
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation>Dieses Projekt hat keine Items für Kunden vom Typ %1 — fügen Sie sie unter „Produkte &amp; Items“ hinzu</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen…</translation>
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation>Die Produkte konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation>%1 besitzt keine Produkte.</translation>
    </message>
    <message>
        <source>Grant product…</source>
        <translation>Produkt gewähren…</translation>
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation>Wählen Sie zuerst ein Item aus und ändern Sie dann sein Guthaben</translation>
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation>Dieses Projekt hat keine Produkte für Kunden vom Typ %1, die gewährt werden können</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>took away %1</source>
        <translation>%1 abgezogen</translation>
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation>Guthaben von %1 für %2 geändert: %3.</translation>
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation>%1 × %2 an %3 gewährt.</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>%1 an %2 gewährt.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation>Standards &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation>Team-&amp;Ersteller</translation>
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation>Wird dem Benutzer, der ein Team erstellt, in diesem Team erteilt.</translation>
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation>Team&amp;mitglied</translation>
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation>Wird jedem Benutzer, der einem Team beitritt, in diesem Team erteilt.</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>&amp;Registrierung</translation>
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation>Wird jedem neuen Benutzer bei der Registrierung erteilt.</translation>
    </message>
    <message>
        <source>Default permissions</source>
        <translation>Standardberechtigungen</translation>
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation>Die angehakten Berechtigungen in die Konfiguration des Projekts schreiben</translation>
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation>Zum Stand der Konfiguration des Projekts zurückkehren</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation>Gespeichert. Neue Teams, Mitglieder und Benutzer erhalten ab jetzt diese Berechtigungen.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>Die Konfiguration wird gelesen; speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation>Die Standardberechtigungen wurden möglicherweise nicht gespeichert.</translation>
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation>Die Standardberechtigungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Konfiguration des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation>Projekt &amp;löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation>Das Projekt %1 (%2) wird endgültig gelöscht, mit allem, was es enthält: Benutzer, Teams, Berechtigungen, API-Schlüssel, Konfiguration, Zahlungen und E-Mails. Apps, die es verwenden, funktionieren nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation>Der Schlüssel, den diese Verbindung verwendet, gehört zum Projekt und funktioniert ebenfalls nicht mehr.</translation>
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Projekts ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Dieses Projekt hat keinen Namen. Geben Sie zur Bestätigung seine ID ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen des Projekts ein</translation>
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation>Geben Sie zur Bestätigung die Projekt-ID ein</translation>
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation>Projekt wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation>Team &amp;löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Teams ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Dieses Team hat keinen Namen. Geben Sie zur Bestätigung seine ID ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen des Teams ein</translation>
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation>Geben Sie zur Bestätigung die Team-ID ein</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation>Das Team %1 (%2) wird endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation>Es hat keine Mitglieder, daher verliert niemand den Zugriff.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Mehr als %n Mitglied verliert den Zugriff darauf und die darin gehaltenen Berechtigungen.</numerusform>
            <numerusform>Mehr als %n Mitglieder verlieren den Zugriff darauf und die darin gehaltenen Berechtigungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Sein %n Mitglied verliert den Zugriff darauf und die darin gehaltenen Berechtigungen.</numerusform>
            <numerusform>Seine %n Mitglieder verlieren den Zugriff darauf und die darin gehaltenen Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation>Mitglieder, die den Zugriff verlieren, werden gezählt…</translation>
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation>Jedes Mitglied verliert den Zugriff darauf und die darin gehaltenen Berechtigungen (die Mitglieder konnten nicht gezählt werden).</translation>
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation>Seine Einladungen und API-Schlüssel funktionieren nicht mehr. Die Benutzer selbst werden nicht gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation>Team wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation>Benutzer &amp;löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>%1 (%2) wird endgültig gelöscht, mit allem, was dazugehört: Sitzungen (der Benutzer wird überall abgemeldet), Kontaktkanäle, verbundene OAuth-Konten, Passkeys, Teammitgliedschaften, Berechtigungen und API-Schlüssel. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die E-Mail-Adresse des Benutzers ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Dieser Benutzer hat keine E-Mail-Adresse. Geben Sie zur Bestätigung die ID des Benutzers ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation>Geben Sie zur Bestätigung die E-Mail-Adresse ein</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>Geben Sie zur Bestätigung die Benutzer-ID ein</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>Benutzer wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation>Die Zahlen erneut vom Server abfragen (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation>Sendekapazität:</translation>
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation>Wie schnell der Server die E-Mails dieses Projekts sendet. Sie wächst mit den im letzten Monat gesendeten E-Mails und sinkt, wenn viele zurückgewiesen oder als Spam markiert werden.</translation>
    </message>
    <message>
        <source>Capacity boost</source>
        <translation>Kapazitäts-Boost</translation>
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation>Ein vorübergehender Boost vervielfacht die Sendekapazität, bis er endet.</translation>
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation>Kapazitätsabzug</translation>
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation>Der Server senkt die Sendekapazität, solange die Bounce- oder Spam-Rate der letzten Stunde, des letzten Tages oder der letzten Woche hoch ist; sie erholt sich, wenn diese E-Mails aus den Zeiträumen herausfallen.</translation>
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation>Anzahl der in jedem Zeitraum an den E-Mail-Server übergebenen E-Mails; zurückgewiesene und Spam-E-Mails zählen zu den gesendeten. Viele Bounces oder Spam-Meldungen senken die Sendekapazität.</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>Zustellungsdiagramm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Delivery figures</source>
        <translation>Zustellungszahlen</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation>Die Zustellungszahlen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse eines Bildes ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation>&amp;localhost-Callbacks erlauben</translation>
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation>Domain &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Trusted domains</source>
        <translation>Vertrauenswürdige Domains</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Handler path</source>
        <translation>Handler-Pfad</translation>
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation>Anmelde-Weiterleitungen an http://localhost werden akzeptiert (für die Entwicklung).</translation>
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation>Vertrauenswürdige Domains: wohin die Anmeldung weiterleiten darf.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation>Vertrauenswürdige Domain hinzufügen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation>Noch keine Entwürfe. Ein Entwurf ist eine E-Mail, die Sie einmal schreiben und an Ihre Benutzer senden.</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Neuer Entwurf…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation>Die Entwürfe konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation>Dem ausgewählten Entwurf einen anderen Namen geben (F2)</translation>
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation>Den ausgewählten Entwurf an Benutzer des Projekts senden</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation>„%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Entwurf senden</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Senden speichern?</translation>
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation>Der Server sendet den Entwurf so, wie er dort gespeichert ist.</translation>
    </message>
    <message>
        <source>Save and send…</source>
        <translation>Speichern und senden…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Verifiziert</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>Für &amp;Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation>&amp;Neues Passwort festlegen:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>Passwort ent&amp;fernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>No primary email</source>
        <translation>Keine primäre E-Mail</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>Der Benutzer kann sich mit dieser Adresse anmelden (mit Passwort oder Einmalcode). Nur ein Benutzer kann eine Adresse für die Anmeldung verwenden.</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>Profilbild-URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation>Primäre &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>Profil&amp;bild-URL:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation>Aktuelles Passwort beha&amp;lten</translation>
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation>&amp;Ohne Passwort belassen</translation>
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation>Der Benutzer kann sich nicht mehr mit einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>Dieser Benutzer hat kein Passwort.</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Geben Sie zuerst eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>Dies ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation>Geben Sie das neue Passwort ein oder behalten Sie das aktuelle.</translation>
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation>Ein Passwort benötigt eine primäre E-Mail-Adresse zur Anmeldung.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n externes Bild blockiert</numerusform>
            <numerusform>%n externe Bilder blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>%n externe Ressource blockiert</numerusform>
            <numerusform>%n externe Ressourcen blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation>Die Vorschau lädt nie etwas aus dem Internet.</translation>
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation>Link zu %1 (wird nicht aus der Vorschau geöffnet)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation>E-Mails werden über den gemeinsamen Server von Hexclave mit Hexclave als Absender versendet. Er sendet die integrierten E-Mails (Anmeldecodes, Passwort-Zurücksetzungen, Bestätigungen), kann aber keine eigenen E-Mails aus Entwürfen senden, und bearbeitete Vorlagen werden nicht verwendet: Für beides ist ein eigener Server nötig.</translation>
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation>Resend wird über SMTP erreicht: Fügen Sie unten einen API-Schlüssel von resend.com als Schlüssel ein; die Domain des Absenders muss dort verifiziert sein.</translation>
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation>Gemeinsamer Server von Hexclave</translation>
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation>Eigener SMTP-Server</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation>Von Hexclave verwaltet</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation>Hexclave betreibt diesen E-Mail-Server für das Projekt. Ändern Sie ihn im Web-Dashboard.</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation>Hexclave betreibt diesen E-Mail-Server für die Domain %1 des Projekts. Ändern Sie ihn im Web-Dashboard.</translation>
    </message>
    <message>
        <source>Your app</source>
        <translation>Ihre App</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation>Unverändert (auf dem Server gespeichert)</translation>
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation>Eine E-Mail mit den Einstellungen des Formulars senden, gespeichert oder nicht</translation>
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation>Wählen Sie einen eigenen SMTP-Server oder Resend, um eine Test-E-Mail zu senden</translation>
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation>Geben Sie den Hostnamen des Servers ein, etwa smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation>Geben Sie nur einen Hostnamen ein, ohne Schema, Pfad oder Port.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation>Geben Sie einen Port zwischen 1 und 65535 ein (meist 587 oder 465 für SSL).</translation>
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem sich der Server anmeldet.</translation>
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation>Fügen Sie einen API-Schlüssel von resend.com ein.</translation>
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation>Geben Sie das Passwort ein, mit dem sich der Server anmeldet.</translation>
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation>Der Server speichert höchstens 70 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation>Geben Sie den Namen ein, von dem Ihre E-Mails kommen, etwa den Namen Ihrer App.</translation>
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation>Geben Sie die Adresse ein, von der Ihre E-Mails kommen.</translation>
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa noreply@example.com.</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Server: %1 → %2</translation>
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation>Host, Benutzername, Passwort und Absender werden aus der Konfiguration entfernt.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 geändert</translation>
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation>%1: %2 unverändert</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>Absender-E-Mail</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation>Nichts zu speichern: Das Formular zeigt, was gespeichert ist.</translation>
    </message>
    <message>
        <source>Save the email server</source>
        <translation>E-Mail-Server speichern</translation>
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation>Diese E-Mail-Server-Einstellungen für die Umgebung von %1 speichern?</translation>
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation>Die Konfiguration wird noch gelesen: Speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation>Wird gespeichert und zurückgelesen…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>&amp;Test-E-Mail senden…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation>Im Web-Dashboard eingerichtet; hier unverändert angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>Absender-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation>Von wo die E-Mails dieses Projekts gesendet werden. Jede Umgebung hat ihren eigenen E-Mail-Server; dies ist der der Umgebung, mit der Sie verbunden sind.</translation>
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation>Änderungen prüfen und dann speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation>Gespeichert und zurückgelesen: Diese Umgebung verwendet jetzt %1.</translation>
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation>Die E-Mail-Server-Einstellungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation>Die E-Mail-Server-Einstellungen wurden gesendet, aber beim Zurücklesen nicht angezeigt. Prüfen Sie sie erneut, bevor Sie sich darauf verlassen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>Änderungen verwerfen…</translation>
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation>Ihre Änderungen konnten auf diesem Computer nicht aufbewahrt werden (%1). Speichern Sie sie vor dem Schließen auf dem Server.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Name suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Create a new %1</source>
        <translation>Neue(n) %1 erstellen</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation>Ausgewählte(n) %1 löschen (Del)</translation>
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation>Die E-Mail über den Server rendern (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation>Den Quelltext auf dem Server speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation>Zur auf dem Server gespeicherten Version zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation>Wählen Sie links ein(e) %1 aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>// Loading…</source>
        <translation>// Wird geladen…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>„%1“ wird geladen…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nichts für die Vorschau.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation>„%1“ wurde nicht gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation>„%1“ existiert nicht mehr auf dem Server (anderswo gelöscht?); Ihre Änderungen bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen und zur auf dem Server gespeicherten Version zurückkehren?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>„%1“ wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>%1 „%2“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation>Die ungespeicherten Änderungen werden ebenfalls verworfen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation>„%1“ war bereits gelöscht.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts entspricht „%1“.</translation>
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation>Ungespeicherte Änderungen: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation>Ungespeicherte Änderungen an „%1“ vom %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation>Sie wurden auf diesem Computer aufbewahrt, als die App ohne Speichern beendet wurde.</translation>
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation>%1 wurde seitdem auf dem Server geändert; das Speichern der wiederhergestellten Änderungen ersetzt diese Version.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation>Ungespeicherte Änderungen (gelöscht): %1</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation>Ungespeicherte Änderungen an „%1“, das nicht mehr auf dem Server existiert.</translation>
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation>Es wurde anderswo gelöscht. Behalten Sie Ihre Änderungen als neue(n) %1 (erst gespeichert, wenn Sie speichern), kopieren Sie den Quelltext in die Zwischenablage oder verwerfen Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation>Als neue(n) %1 behalten</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation>Das Design, das die E-Mail umgibt: ein Layout mit Kopf- und Fußzeile um den Inhalt</translation>
    </message>
    <message>
        <source>The project's theme</source>
        <translation>Design des Projekts</translation>
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation>Design des Projekts (%1)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Kein Design</translation>
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation>Design %1 (wird geladen…)</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Design %1</translation>
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation>Ein Design, das nicht mehr existiert (%1)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation>Mit diesem Schlüssel: der Postausgang und die Zustellungszahlen, unten.</translation>
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation>Die E-Mail-Designs konnten nicht geladen werden: Keine Designauswahl verfügbar.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Designs</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>E-Mail-Server</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Fehlerdetails kopieren</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>Wiederholen in %1 s</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation>In 1 Tag</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>In 1 Woche</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>In 30 Tagen</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>In 90 Tagen</translation>
    </message>
    <message>
        <source>In 365 days</source>
        <translation>In 365 Tagen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>An einem Datum…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation>Er funktioniert ab dem Ende dieses Tages nicht mehr (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>Benutzer exportieren nach</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation>Alle passenden Benutzer werden exportiert, nicht nur die in der Liste geladenen.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation>&amp;JSON, mit den Feldnamen der API</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation>Die Datei als UTF-8 markieren (Byte-Order-Mark), damit Excel alle Zeichen korrekt anzeigt</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation>Excel liest eine CSV-Datei ohne diese Markierung in der alten Systemcodierung. Lassen Sie sie aktiviert, es sei denn, ein Programm, an das Sie die Datei weitergeben, lehnt sie ab.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation>Feld „%1“ der API</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Zieldatei für den Export</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation>&amp;Zurück zu den Optionen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Anonymous users</source>
        <translation>Anonyme Benutzer</translation>
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation>Anonyme Benutzer, die „%1“ entsprechen</translation>
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation>Alle Benutzer, einschließlich anonymer und eingeschränkter Benutzer</translation>
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation>Benutzer, die „%1“ entsprechen, einschließlich anonymer und eingeschränkter Benutzer</translation>
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation>Alle Benutzer, einschließlich eingeschränkter Benutzer</translation>
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation>Benutzer, die „%1“ entsprechen, einschließlich eingeschränkter Benutzer</translation>
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation>Alle Benutzer außer eingeschränkten und anonymen Benutzern</translation>
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation>Benutzer, die „%1“ entsprechen, außer eingeschränkten und anonymen Benutzern</translation>
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation>neueste Registrierungen zuerst</translation>
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation>älteste Registrierungen zuerst</translation>
    </message>
    <message>
        <source>most recently active first</source>
        <translation>zuletzt aktive zuerst</translation>
    </message>
    <message>
        <source>least recently active first</source>
        <translation>am längsten inaktive zuerst</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 von %2 Spalten</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Dies ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation>Eine Datei mit diesem Namen existiert. Sie wird erst ersetzt, wenn der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>%1 Benutzer geschrieben, %n Seite, %2</numerusform>
            <numerusform>%1 Benutzer geschrieben, %n Seiten, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2, %n Seite vom Server.</numerusform>
            <numerusform>%1
%2, %n Seiten vom Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation>Er wurde angehalten, bevor die erste Seite mit Benutzern ankam.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer exportiert.</numerusform>
            <numerusform>%Ln Benutzer exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation>Die vorhandene Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>Er wurde nach %Ln Benutzer angehalten.</numerusform>
            <numerusform>Er wurde nach %Ln Benutzern angehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>Im Quelltext suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::GrantProductDialog</name>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation>Ein Produkt an %1 gewähren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation>Die ID des Produkts, wie in der Konfiguration des Projekts</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation>Produkt &amp;gewähren</translation>
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation>&amp;Produkt-ID:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation>Gewährt %1 das Produkt ohne Zahlung: Es wird nichts berechnet, und die Gewährung erscheint in der Transaktionsliste. Ein Produkt in derselben Produktlinie wie ein vorhandenes des Kunden ersetzt dieses: Das aktuelle Abonnement endet.</translation>
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation>Wie viele gewährt werden sollen (mehr als eins nur bei stapelbaren Produkten)</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation>Der Katalog kann mit diesem Schlüssel nicht gelesen werden: Geben Sie die ID des Produkts ein. Der Server lehnt eine ID ab, die er nicht kennt.</translation>
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation>Es gibt kein Produkt zum Gewähren.</translation>
    </message>
    <message>
        <source>How many to grant</source>
        <translation>Wie viele gewährt werden sollen</translation>
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation>Dieses Produkt ist nicht stapelbar: eines auf einmal</translation>
    </message>
    <message>
        <source>It has no price.</source>
        <translation>Es hat keinen Preis.</translation>
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation>Ein Abonnement, verlängert sich %1.</translation>
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation>Ein Einmalkauf.</translation>
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation>Ein Add-on: %1 muss %2 bereits besitzen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation>Es ersetzt %1 aus derselben Produktlinie „%2“.</translation>
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation>In der Produktlinie „%1“.</translation>
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation>%1 besitzt dieses Produkt bereits, und es ist nicht stapelbar: Der Server wird eine erneute Gewährung ablehnen.</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>%1 wird gewährt…</translation>
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation>%1 besitzt %2 bereits. Es ist nicht stapelbar und kann daher nicht erneut gewährt werden.</translation>
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation>Das Projekt hat kein Produkt mit der ID %1.</translation>
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>Das Produkt %1 ist nicht mehr in der Konfiguration des Projekts; es wurde möglicherweise unter „Produkte &amp; Items“ entfernt.</translation>
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation>%1 wird an Kunden vom Typ %2 verkauft und kann daher diesem Kunden vom Typ %3 nicht gewährt werden.</translation>
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation>Das Produkt wurde nicht gewährt.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation>&amp;15 Minuten</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;Stunde</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;Tag</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>Ben&amp;utzerdefiniert:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Aktualisierungstoken kopieren</translation>
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation>Browser-Snippet kopieren</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>Sitzung &amp;erstellen</translation>
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation>Als %1 agieren</translation>
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation>Erstellt eine Sitzung, in der Sie als %1 handeln, um Ihre App so zu sehen, wie dieser Benutzer sie sieht. Alles, was damit getan wird, geschieht als dieser Benutzer. Die Sitzung wird in seiner Sitzungsliste als Identitätswechsel markiert und endet von selbst nach der gewählten Zeit.</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>Benutzerdefinierte Dauer</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>Einheit der benutzerdefinierten Dauer</translation>
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation>Sitzungsdauer:</translation>
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation>Snippet für die Browserkonsole</translation>
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation>So verwenden Sie Ihre Web-App als dieser Benutzer: Öffnen Sie die App in einem Browser, öffnen Sie auf ihrer Seite die Entwicklerkonsole, fügen Sie dies ein und drücken Sie die Eingabetaste. Es speichert die Sitzung dort, wo das JavaScript-SDK von Hexclave (Stack Auth) sie sucht, und lädt die Seite neu. Verwenden Sie ein privates Fenster, damit Ihre eigene Sitzung unberührt bleibt.</translation>
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation>Für API-Aufrufe: Senden Sie das Zugriffstoken im Header x-stack-access-token mit Client-Zugriff (x-stack-access-type: client und Ihre Projekt-ID). Es ist nur wenige Minuten gültig; ein neues erhalten Sie mit POST /auth/sessions/current/refresh und dem Aktualisierungstoken im Header x-stack-refresh-token.</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>&amp;Aktualisierungstoken:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Sitzung wird erstellt…</translation>
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation>Identitätswechsel-Sitzung für %1 erstellt. Sie endet nach %2, um %3.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>Höchstens %n Tag: Der Server erlaubt keine längeren Sitzungen.</numerusform>
            <numerusform>Höchstens %n Tage: Der Server erlaubt keine längeren Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation>Diese Tokens werden nirgends gespeichert: Kopieren Sie jetzt, was Sie brauchen; sie werden beim Schließen dieses Fensters gelöscht und eine Minute später aus der Zwischenablage entfernt. Wer sie hat, kann bis zum Ende der Sitzung als dieser Benutzer handeln; widerrufen Sie sie bei Bedarf früher in den Sitzungen des Benutzers.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Status der Unterhaltung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation>Unterhaltungen, in denen der Kunde auf eine Antwort wartet</translation>
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation>Vom Support beantwortete Unterhaltungen, die auf den Kunden warten</translation>
    </message>
    <message>
        <source>Closed conversations</source>
        <translation>Geschlossene Unterhaltungen</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation>Betreff, letzte Nachricht, Kunde suchen…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation>Vom Server in Betreff, letzter Nachricht sowie Name und E-Mail des Kunden gesucht (Ctrl+F; Esc leert)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation>Nur Unterhaltungen dieser Priorität anzeigen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation>Nur Unterhaltungen anzeigen, die jemandem, Ihnen oder niemandem zugewiesen sind</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation>Nur Unterhaltungen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation>Nur Unterhaltungen anzeigen, deren Antwortzeit (SLA) überschritten ist</translation>
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation>Kundenfilter entfernen</translation>
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation>Wieder die Unterhaltungen aller Kunden anzeigen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load more conversations</source>
        <translation>Weitere Unterhaltungen laden</translation>
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation>Der Server hat weitere Unterhaltungen: die nächsten laden</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation>Noch nicht bekannt, wer Sie sind</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n Unterhaltung geladen</numerusform>
            <numerusform>%n Unterhaltungen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>%1 von %n Unterhaltung angezeigt</numerusform>
            <numerusform>%1 von %n Unterhaltungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Unterhaltungen werden geladen…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>Die Unterhaltungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation>Keine Unterhaltung entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Keine Unterhaltung entspricht „%1“.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation>Hier keine Unterhaltungen mit diesem Kunden.</translation>
    </message>
    <message>
        <source>Show every customer</source>
        <translation>Alle Kunden anzeigen</translation>
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation>Keine offenen Unterhaltungen — derzeit braucht nichts Support.</translation>
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation>Keine Unterhaltung wartet auf einen Benutzer.</translation>
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation>Noch keine erledigten Unterhaltungen.</translation>
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation>Noch keine Support-Unterhaltungen.</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>K&amp;unde…</translation>
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation>Die Unterhaltungen eines Kunden anzeigen</translation>
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation>Einen Benutzer wählen und nur seine Unterhaltungen anzeigen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>Die Seite Ihrer App, auf der der Empfänger die Einladung annimmt, geöffnet über den Link in der E-Mail. Sie muss auf einer der vertrauenswürdigen Domains des Projekts liegen. Wird für dieses Projekt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>Einladung &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation>Die Einladung ist begrenzt gültig; bis sie angenommen wird, erscheint sie bei den ausstehenden Einladungen des Teams.</translation>
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation>Geben Sie die Adresse ein, an die die Einladung gesendet werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation>Geben Sie die Adresse der Seite ein, die die Einladung annimmt, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Geben Sie eine vollständige http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Einladung wird gesendet…</translation>
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation>Der Server hat diese Adresse abgelehnt: Ihre Domain gehört nicht zu den vertrauenswürdigen Domains des Projekts. Fügen Sie die Domain in den Einstellungen des Projekts hinzu oder verwenden Sie eine Adresse auf einer vertrauenswürdigen Domain.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonEditor</name>
    <message>
        <source>Empty (null)</source>
        <translation>Leer (null)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation>Schlüssel auf oberster Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Schlüssel zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation>Wert als JSON: Text in doppelten Anführungszeichen, eine Zahl, true, false, ein Objekt {…} oder eine Liste […].</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation>Der Wert von %1 als JSON.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainWindow</name>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation>Alle Projekte aller Verbindungen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation>Mit einem anderen Server oder Konto verbinden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation>Von der aktuellen Verbindung abmelden und ihre Anmeldedaten vergessen</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation>Willkommen bei Hexclave Admin</translation>
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation>Verbinden Sie sich mit der Hexclave Cloud oder Ihrem eigenen Server, um Benutzer, Teams, Berechtigungen, Schlüssel, Zahlungen, E-Mails und Support-Unterhaltungen zu verwalten.</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>No project to show</source>
        <translation>Kein Projekt zum Anzeigen</translation>
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation>Anmeldung und Auflistung Ihrer Projekte.</translation>
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation>Ihre Verbindungen haben noch keine Projekte.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation>Von %1 abmelden?

Die Verbindung wird entfernt und ihre Anmeldedaten werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation>Bei %1 angemeldet, aber die Anmeldedaten konnten nicht gespeichert werden: %2 Sie müssen sich nach einem Neustart der App erneut anmelden.</translation>
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation>Die Projekte aller Verbindungen erneut auflisten und fehlgeschlagene Verbindungen erneut versuchen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>Bei %1 anmelden…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation>%1 hat noch nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation>Die Seite des Benutzers konnte nicht geöffnet werden: Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation>Die Seite des Benutzers konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1, %n ungelesene Unterhaltung</numerusform>
            <numerusform>%1, %n ungelesene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation>(%1) Hexclave Admin</translation>
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation>Ein Projekt erstellen, das Ihrem Dashboard-Konto gehört</translation>
    </message>
    <message>
        <source>Open config file…</source>
        <translation>Konfigurationsdatei öffnen…</translation>
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation>Die hexclave.config.ts eines Projekts offline bearbeiten (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation>%1 existiert nicht. Dort eine neue Konfigurationsdatei erstellen?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation>Projekte werden mit einem Dashboard-Konto erstellt: Verbinden Sie sich zuerst mit einem</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>Projekte neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation>Konfigurationsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation>&amp;Projektauswahl</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation>Per Eingabe zu einer Seite, einem Projekt, Benutzer oder Team wechseln (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation>Ü&amp;ber Hexclave Admin</translation>
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation>Über Hexclave Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für Projekte von Hexclave (Stack Auth): Benutzer, Teams, Berechtigungen, Schlüssel, Zahlungen, E-Mails, Support und Konfiguration.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
        <translation>Erneut bei der aktuellen Verbindung anmelden oder ändern, welchem Zertifikat sie vertraut</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation>Dieser Bereich ist in dieser Version von Hexclave Admin noch nicht fertig. Bis dahin verwenden Sie das Web-Dashboard für %1.</translation>
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation>%1 ist mit diesen Anmeldedaten nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation>Lesbar und beschreibbar durch die eigene App des Benutzers (Client-Zugriff), z. B. Einstellungen.</translation>
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Lesbar durch die App des Benutzers, beschreibbar nur mit Server- oder Admin-Zugriff, z. B. ein Tarif.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation>Nur mit Server- oder Admin-Zugriff lesbar und beschreibbar; wird nie an die App des Benutzers gesendet.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Client-Metadaten</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Schreibgeschützte Client-Metadaten</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Server-Metadaten</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Zum Fehler</translation>
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation>Zum Fehler in %1</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation>Lesbar durch die Mitglieder des Teams in Ihrer App (Client-Zugriff) und beschreibbar durch diejenigen, die das Team ändern dürfen.</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Lesbar durch die Mitglieder des Teams in Ihrer App, beschreibbar nur mit Server- oder Admin-Zugriff, z. B. ein Tarif.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation>Nur mit Server- oder Admin-Zugriff lesbar und beschreibbar; wird nie an Ihre App gesendet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>New support conversation</source>
        <translation>Neue Support-Unterhaltung</translation>
    </message>
    <message>
        <source>Choose the user</source>
        <translation>Benutzer wählen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>Worum es in der Unterhaltung geht</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Erste Nachricht</translation>
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation>Die erste Nachricht an den Benutzer, in Ihrem Namen gesendet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>Unterhaltung &amp;starten</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation>Die Unterhaltung beginnt mit Ihrer Nachricht; der Benutzer sieht sie im Support-Chat der App und kann dort antworten.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Kein Benutzer gewählt</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation>Wählen Sie den Benutzer, an den Sie schreiben.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Geben Sie einen Betreff ein.</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>Schreiben Sie die erste Nachricht.</translation>
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation>Unterhaltung wird gestartet…</translation>
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation>Dieser Benutzer existiert im Projekt nicht (mehr?): Vielleicht wurde er gelöscht. Wählen Sie einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation>Die Unterhaltung wurde nicht gestartet: Ihr Dashboard-Konto verwaltet dieses Projekt nicht.</translation>
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation>Die Unterhaltung wurde nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>Projekt &amp;erstellen</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation>Erforderlich, z. B. Mein Shop</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Eigentümer-Team</translation>
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation>Das Team Ihres Kontos, dem das Projekt gehört: Seine Mitglieder können es ebenfalls verwalten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>Eigentümer-&amp;Team:</translation>
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation>Ein neues Projekt beginnt leer, im Entwicklungsmodus, mit Anmeldung per Passwort und eigenen Schlüsseln. Sie verwalten es mit diesem Konto.</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Ihre Teams werden geladen…</translation>
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation>Ihre Teams konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation>Die Teams Ihres Kontos konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation>Ihr Konto ist in keinem Team Mitglied, und ein Projekt benötigt ein Eigentümer-Team. Erstellen Sie zuerst ein Team im Dashboard.</translation>
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation>Geben Sie einen Namen ein: Ein Projekt benötigt einen.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Projekt wird erstellt…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation>Benutzer können sich damit &amp;anmelden</translation>
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation>Benutzer können Konten &amp;verbinden (ihre API für sie nutzen)</translation>
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation>Gemeinsame &amp;Entwicklungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation>OAuth-Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation>OAuth-Anbieter %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation>Facebook-Konfigurations-ID:</translation>
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation>Microsoft-Mandanten-ID:</translation>
    </message>
    <message>
        <source>Apple team id:</source>
        <translation>Apple-Team-ID:</translation>
    </message>
    <message>
        <source>Apple key id:</source>
        <translation>Apple-Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Apple private key:</source>
        <translation>Privater Apple-Schlüssel:</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>Geheimnisse an&amp;zeigen</translation>
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation>Nicht verwendet mit den gemeinsamen Entwicklungsschlüsseln</translation>
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation>Geben Sie dem Anbieter eine ID.</translation>
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation>Ein Anbieter mit der ID %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation>Eigene Schlüssel benötigen eine Client-ID und ein Client-Geheimnis</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth-Anbieter</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>Anbieter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation>Anbieter, mit denen sich Benutzer anmelden oder die sie verbinden können. Anmeldung und verbundene Konten sind Projekteinstellungen; die Schlüssel (gemeinsame Entwicklungsschlüssel oder Client-ID und Geheimnis Ihrer eigenen OAuth-App) werden pro Umgebung gespeichert.</translation>
    </message>
    <message>
        <source>Shared development keys</source>
        <translation>Gemeinsame Entwicklungsschlüssel</translation>
    </message>
    <message>
        <source>Own keys</source>
        <translation>Eigene Schlüssel</translation>
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation>Client-IDs und -Geheimnisse können hier nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation>Einen OAuth-Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation>OAuth-Anbieter entfernen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth-Konten</translation>
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation>Das ausgewählte Konto von diesem Benutzer trennen</translation>
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation>Keine OAuth-Konten: Dieser Benutzer hat sich nicht mit Google, GitHub oder einem anderen Anbieter angemeldet.</translation>
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation>OAuth-Konten werden geladen…</translation>
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation>Die OAuth-Konten konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation>Anmeldung mit %1 wird erlaubt…</translation>
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation>Anmeldung mit %1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation>Der Benutzer kann sich mit %1 anmelden.</translation>
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation>Der Benutzer kann sich nicht mehr mit %1 anmelden.</translation>
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation>%1 wird als verbundenes Konto erlaubt…</translation>
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation>%1 als verbundenes Konto wird deaktiviert…</translation>
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation>%1 kann als verbundenes Konto verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation>%1 wird nicht mehr als verbundenes Konto verwendet.</translation>
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation>Ändern des %1-Kontos fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation>OAuth-Konto entfernen</translation>
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation>Das %1-Konto %2 von %3 trennen? Wenn es die einzige Anmeldemöglichkeit ist, kann sich der Benutzer nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation>%1-Konto wird entfernt…</translation>
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation>Das %1-Konto %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation>Entfernen des %1-Kontos fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxDetailPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select an email to see what happened to it.</source>
        <translation>Wählen Sie eine E-Mail aus, um zu sehen, was mit ihr passiert ist.</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>Email as JSON</source>
        <translation>E-Mail als JSON</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Email ID</source>
        <translation>E-Mail-ID</translation>
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation>E-Mail-ID kopieren</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>Nur &amp;Text</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation>(noch kein Betreff: nicht gerendert)</translation>
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation>(kein Betreff: nie gerendert)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>Die Vorlage konnte nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation>Fehler des E-Mail-Servers: %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>%n-mal wiederholt</numerusform>
            <numerusform>%n-mal wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation>der E-Mail-Server meldete „%1“</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation>Aus einem Entwurf gesendet</translation>
    </message>
    <message>
        <source>Sent through the API</source>
        <translation>Über die API gesendet</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>hohe Priorität</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation>Diese E-Mail konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation>Diese E-Mail hat keinen HTML-Inhalt</translation>
    </message>
    <message>
        <source>See its plain text.</source>
        <translation>Siehe Nur-Text-Version.</translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>Noch nicht gerendert.</translation>
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation>Diese E-Mail wurde nie gerendert.</translation>
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation>(kein Nur-Text-Inhalt)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>at their primary email address</source>
        <translation>an seine primäre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(kein Empfänger)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation>Diese E-Mail wird bereits gesendet oder wurde gesendet; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>&amp;Neu planen…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation>E-Mail &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Status group</source>
        <translation>Statusgruppe</translation>
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation>E-Mails in Bearbeitung, zugestellt oder fehlgeschlagen anzeigen (vom Server gefiltert)</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation>E-Mails mit genau einem Status anzeigen</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation>Nur E-Mails an diesen Benutzer anzeigen (Eingabetaste drücken)</translation>
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation>Postausgang neu laden (F5)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation>E-Mail-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation>Postausgang mit den aktuellen Filtern neu laden (F5)</translation>
    </message>
    <message>
        <source>Send this email again now</source>
        <translation>Diese E-Mail jetzt erneut senden</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation>Postausgang wird geladen…</translation>
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation>%1 E-Mails geladen, weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation>%1 E-Mails geladen; scrollen Sie nach unten für weitere</translation>
    </message>
    <message>
        <source>All %1 emails</source>
        <translation>Alle %1 E-Mails</translation>
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation>Alle %1 passenden E-Mails</translation>
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation>%1 E-Mails geladen; Laden weiterer fehlgeschlagen</translation>
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation>Der Postausgang konnte nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation>Noch keine E-Mails. Jede E-Mail, die das Projekt sendet — Registrierungsbestätigungen, Passwort-Zurücksetzungen, von hier gesendete E-Mails —, erscheint hier.</translation>
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation>Keine E-Mails entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Select an email first</source>
        <translation>Wählen Sie zuerst eine E-Mail aus</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation>Warten auf die Antwort des Servers zur letzten Änderung</translation>
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation>Diese E-Mail wieder senden lassen</translation>
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation>Diese E-Mail zurückhalten, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation>Wählen, wann diese E-Mail gesendet wird</translation>
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation>Diese E-Mail überhaupt nicht senden</translation>
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation>Die E-Mail wurde nicht fortgesetzt.</translation>
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation>Die E-Mail wurde nicht pausiert.</translation>
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation>Fortgesetzt: Die E-Mail wird gesendet.</translation>
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation>Pausiert: Die E-Mail wird bis zum Fortsetzen zurückgehalten.</translation>
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation>Die E-Mail wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation>Zum sofortigen erneuten Senden geplant.</translation>
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation>Die E-Mail an %1 wird nicht gesendet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation>„%1“ an %2 wird nicht gesendet. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cancel email</source>
        <translation>E-Mail abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation>E-Mail be&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation>E-Mail &amp;abbrechen</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>Die E-Mail wurde nicht abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation>Abgebrochen: Die E-Mail wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation>Die E-Mail wurde nicht neu geplant.</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Neu geplant für %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation>Sie wird im aktuellen Zustand angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>Der Filter passt nicht mehr zu %n von Ihnen geänderten E-Mail.</numerusform>
            <numerusform>Der Filter passt nicht mehr zu %n von Ihnen geänderten E-Mails.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>ihre Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Total users</source>
        <translation>Benutzer gesamt</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Monatlich aktive Benutzer</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>Heute aktiv</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>Verifizierte E-Mail</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Gesendete E-Mails</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>Registrierungen pro Tag</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Benutzer</translation>
    </message>
    <message>
        <source>Users by country</source>
        <translation>Benutzer nach Land</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Recently registered</source>
        <translation>Kürzlich registriert</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Kürzlich aktiv</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Recently registered users</source>
        <translation>Kürzlich registrierte Benutzer</translation>
    </message>
    <message>
        <source>Recently active users</source>
        <translation>Kürzlich aktive Benutzer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Zahlen neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation>Klicken Sie auf einen Benutzer oder drücken Sie die Eingabetaste, um ihn auf der Seite „Benutzer“ zu öffnen</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation>Dieser Server hat keine Kennzahlen: Benutzerliste wird gelesen (bisher %1 gelesen)…</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation>Dieser Server hat keine Kennzahlen: Benutzerliste wird gelesen…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation>Zahlen des Projekts werden geladen…</translation>
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation>Die Übersicht benötigt Admin-Zugriff auf dieses Projekt. Verbinden Sie sich mit dem streng geheimen Admin-Schlüssel des Projekts oder mit einem Dashboard-Konto, dem das Projekt gehört.</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>Die Übersicht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation>Dieser Server stellt keine Kennzahlen bereit (%1). Die folgenden Zahlen werden aus der Benutzerliste berechnet.</translation>
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation>Sie beruhen auf den ersten %1 Benutzern (den neuesten Registrierungen); das Projekt hat mehr.</translation>
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation>Registrierungen pro Tag sind möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation>Nur die letzte Aktivität jedes Benutzers ist bekannt: Täglich aktive Benutzer zählen jeden Benutzer nur an seinem letzten aktiven Tag, daher zeigen frühere Tage weniger, als aktiv waren.</translation>
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation>Ohne Kennzahlen nicht verfügbar: Zahlungen und E-Mails.</translation>
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation>Ohne Kennzahlen nicht verfügbar: Benutzer nach Land, Zahlungen und E-Mails.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation>mindestens; die ersten %1 gelesen</translation>
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation>Nicht alle Benutzer wurden gelesen: Das Projekt hat mehr als diese.</translation>
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation>und %1 anonyme</translation>
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation>aktiv in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>von diesem Server nicht gemeldet</translation>
    </message>
    <message>
        <source>UTC day</source>
        <translation>UTC-Tag</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>no users yet</source>
        <translation>noch keine Benutzer</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation>aktive Abonnements: %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 zugestellt</translation>
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation>Keine Registrierungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation>%1 — Registrierungen: %2</translation>
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation>Aus den gelesenen Benutzern: möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation>Keine Aktivität in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation>%1 — aktive Benutzer: %2</translation>
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation>Jeder Benutzer zählt nur an seinem letzten aktiven Tag.</translation>
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation>Keine Benutzer mit bekanntem Land in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation>Die gelesenen Benutzer nach dem zuletzt für sie gesehenen Land.</translation>
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation>Die %1 Länder mit den meisten Benutzern, von %2.</translation>
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation>Noch keine Anmeldungen zu zählen.</translation>
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation>Benutzer, die sich mit der jeweiligen Methode anmelden können; ein Benutzer kann mehrere haben.</translation>
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation>Umsatz, gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Aktive Abonnements</translation>
    </message>
    <message>
        <source>One-time purchases</source>
        <translation>Einmalkäufe</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Zustellbarkeit</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Noch keine Benutzer.</translation>
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation>Noch kein Benutzer war aktiv.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation>Team-API-Schlüssel sind für dieses Projekt deaktiviert. Aktivieren Sie sie auf der Seite „API-Schlüssel“ (die Einstellung für Team-API-Schlüssel) und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation>Benutzer-API-Schlüssel sind für dieses Projekt deaktiviert. Aktivieren Sie sie auf der Seite „API-Schlüssel“ (die Einstellung für Benutzer-API-Schlüssel) und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Erstellen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Check a key…</source>
        <translation>Schlüssel prüfen…</translation>
    </message>
    <message>
        <source>API keys of the team</source>
        <translation>API-Schlüssel des Teams</translation>
    </message>
    <message>
        <source>API keys of the user</source>
        <translation>API-Schlüssel des Benutzers</translation>
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation>Einen API-Schlüssel für dieses Team erstellen; sein Wert wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation>Einen API-Schlüssel für diesen Benutzer erstellen; sein Wert wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation>Den ausgewählten Schlüssel endgültig außer Kraft setzen</translation>
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation>Einen Schlüssel einfügen, um zu sehen, ob er funktioniert und wem er gehört</translation>
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation>Keine API-Schlüssel. Erstellen Sie einen, mit dem sich die Programme des Teams anmelden können.</translation>
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation>Keine API-Schlüssel. Erstellen Sie einen, mit dem sich die Programme des Benutzers anmelden können.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation>Der ausgewählte Schlüssel ist bereits widerrufen</translation>
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation>Neuer API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation>Der API-Schlüssel „%1“ wurde erstellt (%2). Kopieren Sie ihn jetzt und geben Sie ihn sicher weiter: Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation>API-Schlüssel „%1“ erstellt. Nur seine letzten vier Zeichen sind erneut sichtbar.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation>Den API-Schlüssel %1 von %2 widerrufen? Alles, was ihn verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 wird widerrufen…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>Widerrufen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PageTabs</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentProviderNotice</name>
    <message>
        <source>No payment provider is connected: customers cannot buy yet. Products, items, customers and the ledger still work; connect Stripe in the web dashboard (Payments → Settings).</source>
        <translation>Kein Zahlungsanbieter verbunden: Kunden können noch nicht kaufen. Produkte, Items, Kunden und das Buchungsjournal funktionieren trotzdem; verbinden Sie Stripe im Web-Dashboard (Zahlungen → Einstellungen).</translation>
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation>Es konnte nicht geprüft werden, ob ein Zahlungsanbieter verbunden ist (%1).</translation>
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation>die Geschäftsdaten des Kontos wurden nicht übermittelt</translation>
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation>Zahlungen sind nicht aktiviert</translation>
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation>Das Stripe-Konto ist verbunden, kann aber noch keine Zahlungen annehmen: %1. Schließen Sie die Einrichtung im Web-Dashboard ab (Zahlungen → Einstellungen); bis dahin können Kunden nicht kaufen.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation>Mit diesem Schlüssel: Items und Produkte eines Kunden, unten.</translation>
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation>Produkte &amp;&amp; Items</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation>Eine Systemberechtigung, im Server integriert</translation>
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation>%1 — nicht definiert</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation>Teamberechtigung</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>Projektberechtigung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neue %1</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Berechtigungs-ID</translation>
    </message>
    <message>
        <source>for example read:reports</source>
        <translation>zum Beispiel read:reports</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation>Kleinbuchstaben, Ziffern, „_“ und „:“. Die ID kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation>Optional: was ihr Besitz erlaubt</translation>
    </message>
    <message>
        <source>Contained permissions</source>
        <translation>Enthaltene Berechtigungen</translation>
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation>Wer diese Berechtigung hat, hat auch die hier angehakten und was diese enthalten.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>E&amp;nthält:</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie nur Kleinbuchstaben, Ziffern, „_“ und „:“.</translation>
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation>Eine Berechtigung mit der ID „%1“ existiert bereits (Team- und Projektberechtigungen teilen sich die IDs).</translation>
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation>Dies würde eine Schleife bilden: %1. Eine Berechtigung kann sich nicht selbst enthalten, weder direkt noch über andere.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation>Teamberechtigung</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>Projektberechtigung</translation>
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation>Projektberechtigungen werden auf der Seite eines Benutzers erteilt, Teamberechtigungen auf der Seite eines Teams, durch Eingabe der ID der Berechtigung.</translation>
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation>Berechtigungsdefinitionen erfordern Admin-Zugriff</translation>
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation>&amp;Teamberechtigungen</translation>
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation>&amp;Projektberechtigungen</translation>
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation>Berechtigungen, die ein Benutzer innerhalb eines Teams hat</translation>
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation>Berechtigungen, die ein Benutzer im gesamten Projekt hat</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation>Berechtigungen und Konfiguration erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Reload permissions</source>
        <translation>Berechtigungen neu laden</translation>
    </message>
    <message>
        <source>Permission definitions</source>
        <translation>Berechtigungsdefinitionen</translation>
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation>Systemberechtigungen ($…) sind im Server integriert: Sie können enthalten und erteilt, aber nicht bearbeitet oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation>Ungespeicherte Standardberechtigungen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation>Die Standardberechtigungen haben ungespeicherte Änderungen. Vor dem Wechseln speichern?</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation>Die Standardberechtigungen haben ungespeicherte Änderungen. Speichern, bevor alles neu gelesen wird?</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>Die Berechtigungen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Berechtigungen werden geladen…</translation>
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation>Noch keine Einträge vom Typ %1. Erstellen Sie einen mit „Neu…“.</translation>
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation>%1 erstellen (%2)</translation>
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation>Systemberechtigungen sind im Server integriert und können nicht geändert werden</translation>
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation>Beschreibung und enthaltene Berechtigungen ändern (F2)</translation>
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation>Ausgewählte Berechtigung löschen (Del)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation>%1 „%2“ löschen? Alle, die sie haben, verlieren sie.</translation>
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation>Keine andere Berechtigung enthält sie.</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>Sie wird auch aus %n anderen Berechtigung entfernt: %1.</numerusform>
            <numerusform>Sie wird auch aus %n anderen Berechtigungen entfernt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>Berechtigung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>team creators</source>
        <translation>Team-Ersteller</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation>neue Benutzer bei der Registrierung</translation>
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation>Sie ist eine Standardberechtigung (erteilt an %1); sie wird auch aus den Standardberechtigungen entfernt.</translation>
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation>%1 wird aus den Standardberechtigungen entfernt…</translation>
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation>%1 wurde gelöscht, ist aber weiterhin unter den Standardberechtigungen. Entfernen Sie dort den Haken und speichern Sie.</translation>
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation>%1 gelöscht und aus den Standardberechtigungen entfernt.</translation>
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation>%1 wurde gelöscht, aber die Konfiguration konnte nicht gelesen werden, um sie aus den Standardberechtigungen zu entfernen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Hexclave Admin angezeigt.</translation>
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation>Das Fenster schließen (zuvor wird nach ungespeicherten Änderungen gefragt) und neu starten</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Dem System &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird gerendert…</translation>
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation>Die E-Mail konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation>Benötigt den eigenen E-Mail-Server des Projekts</translation>
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation>Dieses Projekt verwendet den gemeinsamen E-Mail-Server; richten Sie auf dem Tab „E-Mail-Server“ einen eigenen ein, um Vorlagen zu bearbeiten.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation>%1 (so bereits auf dem Server; Speichern behält es bei)</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>kostenlose Testphase</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation>Preis „%1“: </translation>
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation>Preis „%1“, %2: </translation>
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation>„%1“, %2: </translation>
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation>&amp;Stapelbar: Ein Kunde kann es mehrfach besitzen</translation>
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation>Nur Ser&amp;ver: vor Client-Apps verborgen</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>Keine kostenlose Testphase</translation>
    </message>
    <message>
        <source>Free trial of</source>
        <translation>Kostenlose Testphase von</translation>
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation>Zu &amp;Preisen verkauft</translation>
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation>Standardmäßig &amp;enthalten (kostenlos)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>Preis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation>Ein I&amp;tem einschließen</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Produkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>e.g. pro</source>
        <translation>z. B. pro</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation>Wird Kunden angezeigt; die ID, wenn leer</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation>Ein Kunde besitzt höchstens ein Produkt einer Linie (Tarife wie Free, Pro)</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>Produkt&amp;linie:</translation>
    </message>
    <message>
        <source>Add-on to</source>
        <translation>Add-on zu</translation>
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation>Haken Sie die Produkte an, die ein Kunde besitzen muss, um dieses zu kaufen; keines: kein Add-on</translation>
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation>Add-&amp;on zu:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Kostenlose Testphase</translation>
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation>Kostenlose &amp;Testphase:</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Preisgestaltung:</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>Währungen:</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Preis-ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Server only</source>
        <translation>Nur Server</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>Enthaltene Items</translation>
    </message>
    <message>
        <source>No other products yet</source>
        <translation>Noch keine anderen Produkte</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation>Außerdem wie gespeichert beibehalten (hier nicht bearbeitbar): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Trial of</source>
        <translation>Testphase von</translation>
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation>Kostenlose Testphase des Preises</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>Diesen Preis entfernen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Dieses Item entfernen</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Buchstaben, Ziffern, „_“ und „-“; kann später nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>Neues &amp;Produkt…</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>Neues &amp;Item…</translation>
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation>Neue Produkt&amp;linie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>Prüfen und &amp;speichern…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Ein Produkt hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation>Den ausgewählten Eintrag ändern (F2 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation>Den ausgewählten Eintrag beim Speichern löschen (Del)</translation>
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation>Alle Änderungen ansehen und dann in die Konfiguration des Projekts schreiben (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation>Alle noch nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Product lines and products</source>
        <translation>Produktlinien und Produkte</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation>Es wurde nichts gespeichert: %1 hat sich auf dem Server geändert, seit Sie mit der Bearbeitung begonnen haben. Ihre Änderungen bleiben auf dem aktuellen Stand des Servers erhalten; prüfen Sie sie vor dem Speichern erneut.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation>Es wurde nichts gespeichert: Der Server hat diese Änderungen bereits.</translation>
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation>Es wurde nichts gespeichert: Der Katalog hat sich auf dem Server geändert, und die Änderungen passen nicht mehr dazu.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>Die Konfiguration wird gelesen; speichern Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation>Der Katalog wurde nicht gespeichert: Die Konfiguration konnte nicht erneut gelesen werden, um auf zwischenzeitliche Änderungen zu prüfen. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation>Der Katalog wurde möglicherweise nicht vollständig gespeichert; die auf dem Server nicht sichtbaren Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation>Der Katalog wurde nicht gespeichert; Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation>„%1“ kann nicht gelöscht werden: Es ist die einzige Basis von %2. Ändern oder löschen Sie zuerst diese Add-ons.</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>Das Produkt „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation>Es ist eine Basis von %1; diese bleiben Add-ons zu ihren anderen Basen.</translation>
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation>Das Item „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation>Es ist in %1 enthalten; beim Löschen wird es dort entfernt.</translation>
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation>Die Produktlinie „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation>%1 sind darin enthalten; sie bleiben bestehen, ohne Produktlinie.</translation>
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation>Auf dem Server ändert sich nichts, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>%n noch nicht gespeicherte Änderung verwerfen?</numerusform>
            <numerusform>%n noch nicht gespeicherte Änderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Produktlinie</translation>
    </message>
    <message>
        <source>No product line</source>
        <translation>Keine Produktlinie</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1 (Add-on)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und bleibt unverändert: %1</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und bleiben unverändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Noch keine Items</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Neues Item…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation>Den ausgewählten Eintrag doch behalten</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Konfiguration des Projekts wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProfileTab</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Primäre E-Mail</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Sign-up country</source>
        <translation>Registrierungsland</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Bot risk</source>
        <translation>Bot-Risiko</translation>
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation>Risiko von Testphasen-Missbrauch</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Free-trial abuse</source>
        <translation>Testphasen-Missbrauch</translation>
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation>Registrierungsrisiko</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Ausgewähltes Team</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth-Konten</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Client-Metadaten</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Schreibgeschützte Client-Metadaten</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Server-Metadaten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation>Ja — anonymer Benutzer</translation>
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation>Ja — E-Mail nicht verifiziert</translation>
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation>Ja — durch einen Administrator</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>Also restricted by an administrator</source>
        <translation>Außerdem von einem Administrator eingeschränkt</translation>
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation>Dem Benutzer angezeigter Grund: %1</translation>
    </message>
    <message>
        <source>Private details: %1</source>
        <translation>Private Details: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>used for sign-in</source>
        <translation>für Anmeldung verwendet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation>Aktiviert (Authenticator-App)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation>Verbinden Sie sich zuerst im Hauptfenster mit einem Server.</translation>
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation>Keine Ihrer Verbindungen ist bereit. Warten Sie, bis das Hauptfenster die Projekte auflistet, oder melden Sie sich dort erneut an.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation>Die API-Schlüssel eines Benutzers und eines Teams befinden sich auf der Seite des Benutzers bzw. des Teams.</translation>
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation>Die eigenen Schlüssel des Projekts erfordern Admin-Zugriff</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>Schlüssel &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation>Schlüssel erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Reload keys</source>
        <translation>Schlüssel neu laden</translation>
    </message>
    <message>
        <source>Project API keys</source>
        <translation>API-Schlüssel des Projekts</translation>
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation>Schlüssel, mit denen Ihre Apps, Server und Tools dieses Projekt erreichen. Ein Satz kann einen veröffentlichbaren Client-Schlüssel, einen geheimen Serverschlüssel und einen streng geheimen Admin-Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation>Die Schlüssel konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation>Dieses Projekt hat noch keine API-Schlüssel. Erstellen Sie einen Satz mit „Schlüssel erstellen…“.</translation>
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation>Einen neuen Schlüsselsatz erstellen (%1)</translation>
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation>Dieser Schlüsselsatz ist bereits widerrufen</translation>
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation>Den ausgewählten Schlüsselsatz außer Kraft setzen (Del)</translation>
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation>Schlüsselsatz „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Publishable client key</source>
        <translation>Veröffentlichbarer Client-Schlüssel</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Geheimer Serverschlüssel</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Streng geheimer Admin-Schlüssel</translation>
    </message>
    <message>
        <source>They do not expire.</source>
        <translation>Sie laufen nicht ab.</translation>
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation>Sie laufen am %1 ab.</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>Neue API-Schlüssel</translation>
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation>Schlüsselsatz „%1“ für Projekt %2. %3 Legen Sie sie in der Umgebung oder im Geheimnisspeicher Ihrer App ab.</translation>
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation>Den Schlüsselsatz „%1“ (%2) widerrufen? Apps, Server und Tools, die seine Schlüssel verwenden, funktionieren sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation>Wenn diese App mit einem dieser Schlüssel verbunden ist, funktioniert auch ihre Verbindung nicht mehr.</translation>
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation>Diese App ist mit einem Schlüssel dieses Satzes (…%1) mit dem Projekt verbunden. Das Widerrufen beendet diese Verbindung: Sie müssen sich mit einem anderen Schlüssel erneut verbinden.</translation>
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>„%1“ widerrufen.</translation>
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation>„%1“ wurde nicht widerrufen.</translation>
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation>Veröffentlichbaren Client-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation>Geheimen Serverschlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation>Streng geheimen Admin-Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation>&amp;Produktionsmodus</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>Projekt &amp;löschen…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation>Projekt-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation>Optional: wofür das Projekt ist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation>Der Produktionsmodus kennzeichnet das Projekt als live. Einstellungen, die nur für die Entwicklung gedacht sind, etwa Anmelde-Weiterleitungen an localhost und die gemeinsamen OAuth-Entwicklungsschlüssel, sollten dann nicht mehr verwendet werden. Aktivieren Sie ihn, bevor sich echte Benutzer anmelden.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>Produktionsmodus</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Gefahrenbereich</translation>
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation>Das Löschen des Projekts entfernt seine Benutzer, Teams, Schlüssel, Konfiguration und alles andere darin endgültig.</translation>
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation>Projekt-ID kopiert.</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>Projekt wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation>Das Projekt konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation>Name und Beschreibung des Projekts konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation>Produktionsmodus wird aktiviert…</translation>
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation>Produktionsmodus wird deaktiviert…</translation>
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation>Der Produktionsmodus konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation>Der Produktionsmodus konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation>Der Produktionsmodus ist aktiviert.</translation>
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation>Der Produktionsmodus ist deaktiviert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>Kauf erstatten</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>Einen Kauf erstatten</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation>%1 von %2 am %3%4.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>, charged %1</source>
        <translation>, belastet %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Refund quantity</source>
        <translation>Zu erstattende Menge</translation>
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation>Erstattungsbetrag (USD)</translation>
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation>Rückerstattungen können nicht rückgängig gemacht werden und entziehen den Zugriff auf das gekaufte Produkt.</translation>
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation>Erstattungsbeträge können nur für Käufe mit USD-Preisen angegeben werden.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation>Zu erstattende Menge von %1</translation>
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation>Für %1 zu erstattender Betrag in US-Dollar</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation>Erstattung gesamt: %1 von %2 belastet</translation>
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation>Erstattung gesamt: — (ein Betrag ist keine Zahl) von %1 belastet</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation>Geben Sie einen Betrag in US-Dollar ein, etwa 12.50 (höchstens zwei Nachkommastellen).</translation>
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation>Ein Erstattungsbetrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation>Nichts zu erstatten: Wählen Sie eine Menge oder einen Betrag.</translation>
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation>Die Erstattungen ergeben zusammen %1, mehr als die belasteten %2.</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>%1 an %2 erstatten?</translation>
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation>Das Produkt %1 entziehen, ohne Geld zurückzugeben?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>%1 an %2 erstattet.</translation>
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation>Das Produkt wurde %1 ohne Rückerstattung entzogen.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Wird erstattet…</translation>
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation>Der Server hat die Rückerstattung abgelehnt: %1</translation>
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation>Es wurde inzwischen erstattet (vielleicht über das Web-Dashboard); die Liste wird beim Schließen dieses Dialogs neu geladen.</translation>
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation>Das Abonnement hat keine bezahlte Rechnung zum Erstatten: Im Testmodus gestartete oder ohne Zahlung gewährte Abonnements können nicht erstattet werden.</translation>
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation>Es gibt keine Zahlung zum Erstatten: Der Kauf wurde nicht über den Zahlungsanbieter bezahlt oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation>Dafür wurde kein Geld belastet.</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>Es wurde nichts erstattet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Write to the customer</source>
        <translation>An den Kunden schreiben</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>Eine Notiz schreiben, die nur Ihr Team sieht</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Antwort an den Kunden schreiben…</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Dem Kunden antworten</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>Interne Notiz für Ihr Team schreiben…</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Antwort-Editor</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation>Der Kunde wird diese Antwort sehen. Die Unterhaltung bleibt erledigt; öffnen Sie sie wieder, um auf den Kunden zu warten.</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation>Der Kunde wird diese Antwort sehen. Die Unterhaltung wartet dann auf den Benutzer.</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>Der Kunde wird diese Antwort sehen.</translation>
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation>%1. Der Status ändert sich nicht.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Die Verbindung zum Server wurde geschlossen. Verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation>Schließen und Ihre Eingaben verwerfen? Nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation>Sie haben %1 geändert, aber nicht gespeichert. Änderungen speichern?</translation>
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation>Warten, bis Sie einen neuen Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation>Warten, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation>Neuen Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation>Nicht mehr auf die Anmeldung warten? Die Anfrage wurde nicht gesendet; Ihre Eingaben bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <source>Reschedule email</source>
        <translation>E-Mail neu planen</translation>
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation>Wann soll diese E-Mail gesendet werden?</translation>
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation>Wann soll „%1“ gesendet werden?</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Senden um</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>In der Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Senden um:</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation>In der Zeitzone dieses Computers (%1).</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation>Einschränkung von %1</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>%1 einschränken</translation>
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation>Ein Administrator hat %1 eingeschränkt. Ändern Sie die Gründe oder heben Sie die Einschränkung auf, damit der Benutzer Ihre App wieder verwenden kann.</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation>Ein eingeschränkter Benutzer kann Ihre App nicht verwenden, bis ein Administrator die Einschränkung aufhebt. Der öffentliche Grund kann %1 angezeigt werden; die privaten Details sind nur für Administratoren.</translation>
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation>%1 ist außerdem aus einem anderen Grund eingeschränkt (%2); das ändert sich hier nicht.</translation>
    </message>
    <message>
        <source>email not verified</source>
        <translation>E-Mail nicht verifiziert</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>anonymer Benutzer</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Öffentlicher Grund</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>z. B. Ihr Konto wird überprüft.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Private Details</translation>
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation>Warum dieser Benutzer eingeschränkt wurde, für andere Administratoren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>Einschränkung &amp;aufheben</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Einschränkung aufheben</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Einschränken</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Ö&amp;ffentlicher Grund:</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>P&amp;rivate Details:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Restricting…</source>
        <translation>Wird eingeschränkt…</translation>
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation>Einschränkung wird aufgehoben…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation>Käufe im &amp;Testmodus einbeziehen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation>Käufe im Testmodus waren kostenlos: Dafür wurde kein Geld bewegt</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rückerstattungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation>Abonnements, letzte 30 Tage (Server-Kennzahlen)</translation>
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Bezahlte Abonnementrechnungen der letzten 30 Tage, aus den Kennzahlen des Servers (US-Dollar; Einmalkäufe werden dort nicht gezählt)</translation>
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation>Abonnements, gesamter Zeitraum (Server-Kennzahlen)</translation>
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Alle bezahlten Abonnementrechnungen, aus den Kennzahlen des Servers (US-Dollar; Einmalkäufe werden dort nicht gezählt)</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation>Lesen des Buchungsjournals anhalten; die bisher gelesenen Tage bleiben im Diagramm</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Umsatzdiagramm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation>Umsatz, Rückerstattungen und Netto werden aus dem Buchungsjournal berechnet: jeder Kauf, jede Verlängerung und jede Rückerstattung.</translation>
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation>Die mit „Server-Kennzahlen“ markierten Zahlen stammen aus den Kennzahlen des Servers, die nur bezahlte Abonnementrechnungen in US-Dollar zählen.</translation>
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation>Das Lesen wurde angehalten: Tage vor %1 werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation>Das Lesen wurde vor der ersten Seite angehalten.</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Buchungsjournal wird gelesen…</translation>
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation>Kein Umsatz anzuzeigen: Das Buchungsjournal konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>Kein Umsatz am letzten %n Tag.</numerusform>
            <numerusform>Kein Umsatz in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation>Käufe im Testmodus sind ausgeschlossen: Haken Sie „Käufe im Testmodus einbeziehen“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation>Kennzahlen werden vom Server abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>Buchungsjournal wird gelesen: %n Transaktion, zurück bis %1…</numerusform>
            <numerusform>Buchungsjournal wird gelesen: %n Transaktionen, zurück bis %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Umsatz: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Rückerstattungen: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation>%1 von 100: Je höher, desto wahrscheinlicher ist die Registrierung nicht echt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SearchIcon</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation>&amp;Erneut laden</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>No drafts available</source>
        <translation>Keine Entwürfe verfügbar</translation>
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation>Entwürfe erfordern Admin-Zugriff: Verbinden Sie sich mit einem Admin-Schlüssel oder einem Dashboard-Konto, um einen auszuwählen.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Die Verbindung zum Server wurde geschlossen. Verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>Entwürfe werden geladen…</translation>
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation>Keine Entwürfe geladen</translation>
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation>Die Entwürfe konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (gesendet %2)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation>Dieses Projekt hat noch keine Entwürfe: Schreiben Sie einen auf dem Tab „Entwürfe“ der Seite „E-Mails“.</translation>
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation>Entwurf auswählen…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation>Aus&amp;gewählte Benutzer</translation>
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation>&amp;Alle Benutzer des Projekts</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation>Die ausgewählten Benutzer von der Liste nehmen (Delete)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation>Leer lassen für den eigenen Betreff des Entwurfs</translation>
    </message>
    <message>
        <source>Notification category</source>
        <translation>Benachrichtigungskategorie</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaktional</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Kategorie wählen…</translation>
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation>Transaktional: erreicht jeden Empfänger (Konto- und Dienstnachrichten). Marketing: überspringt Benutzer, die Marketing-E-Mails abbestellt haben.</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>Empfänger hinzufügen</translation>
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation>Wählen Sie die Benutzer, die die E-Mail erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;hinzufügen</numerusform>
            <numerusform>%n Benutzer &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>Bereits Empfänger</translation>
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation>Alle Benutzer des Projekts, einschließlich anonymer und eingeschränkter. Benutzer ohne primäre E-Mail-Adresse werden übersprungen.</translation>
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation>Noch keine Benutzer: Fügen Sie welche hinzu oder wählen Sie alle Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>%n Benutzer ohne primäre E-Mail-Adresse wird übersprungen.</numerusform>
            <numerusform>%n Benutzer ohne primäre E-Mail-Adresse werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation>Wählen Sie den zu sendenden Entwurf.</translation>
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation>Fügen Sie die Benutzer hinzu, die die E-Mail erhalten, oder wählen Sie alle Benutzer.</translation>
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation>Wählen Sie eine Kategorie: Marketing-E-Mails überspringen Benutzer, die sie abbestellt haben, transaktionale nicht.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft oder senden Sie jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>An: %1 und %n weiteren.</numerusform>
            <numerusform>An: %1 und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation>An: %1.</translation>
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation>„%1“ an alle Benutzer des Projekts senden?</translation>
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation>Benutzer des Projekts werden gezählt… bisher %1.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>„%1“ an %n Benutzer des Projekts senden?</numerusform>
            <numerusform>„%1“ an alle %n Benutzer des Projekts senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>%n Benutzer ohne primäre E-Mail-Adresse wird übersprungen: %1</numerusform>
            <numerusform>%n Benutzer ohne primäre E-Mail-Adresse werden übersprungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n Benutzer wird sie erhalten.</numerusform>
            <numerusform>%n Benutzer werden sie erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n Benutzer wird sie an seine primäre E-Mail-Adresse erhalten.</numerusform>
            <numerusform>%n Benutzer werden sie an ihre primäre E-Mail-Adresse erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation>Das Projekt hat keine Benutzer: Es gibt niemanden, an den gesendet werden kann.</translation>
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation>Das Projekt hat mehr als %1 Benutzer; alle erhalten die E-Mail (Benutzer ohne primäre E-Mail-Adresse werden übersprungen).</translation>
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation>Die Benutzer konnten nicht gezählt werden (%1). Die E-Mail geht an jeden Benutzer des Projekts mit primärer E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>„%1“ an %n Benutzer senden?</numerusform>
            <numerusform>„%1“ an %n Benutzer senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation>Kategorie: Marketing. Benutzer, die Marketing-E-Mails abbestellt haben, werden übersprungen.</translation>
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation>Kategorie: Transaktional. Wird auch an Benutzer gesendet, die Marketing-E-Mails abbestellt haben.</translation>
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation>Betreff: der des Entwurfs.</translation>
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation>Betreff: „%1“.</translation>
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation>Wann: %1 (Ihre Ortszeit).</translation>
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation>Zu alte Server für geplantes Senden senden sofort; das Ergebnis und der Postausgang zeigen, was passiert ist.</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>Wann: jetzt.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde geschlossen.</translation>
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation>Dieser Zeitpunkt ist inzwischen vergangen: Wählen Sie einen späteren oder senden Sie jetzt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation>Die E-Mail ist geplant</translation>
    </message>
    <message>
        <source>The email is on its way</source>
        <translation>Die E-Mail ist unterwegs</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>Der Server hat „%1“ für %n Empfänger angenommen.</numerusform>
            <numerusform>Der Server hat „%1“ für %n Empfänger angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>Nicht in der Antwort des Servers, daher wurde für sie keine E-Mail eingereiht: %n angeforderter Benutzer, unten markiert.</numerusform>
            <numerusform>Nicht in der Antwort des Servers, daher wurde für sie keine E-Mail eingereiht: %n angeforderte Benutzer, unten markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation>Die E-Mails sind eingereiht; verfolgen Sie sie im Postausgang.</translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation>Die E-Mails sind eingereiht; verfolgen Sie sie im Postausgang der Seite „E-Mails“.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Geplant für %1.</translation>
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation>Geplant für %1. Ein zu alter Server für geplantes Senden sendet sofort: Der Postausgang zeigt, welche.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation>Geplant für %1. Im Postausgang wird geprüft, ob der Server den Zeitpunkt beibehalten hat…</translation>
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation>Die E-Mail wurde sofort gesendet</translation>
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation>Dieser Server hat die E-Mails sofort gesendet; er unterstützt keine Planung.</translation>
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation>Geplant für %1; der Postausgang zeigt sie bis dahin als wartend.</translation>
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation>Es wurde nichts gesendet: Das Projekt verwendet den gemeinsamen E-Mail-Server, der nur Anmelde- und Konto-E-Mails sendet. Richten Sie auf dem Tab „E-Mail-Server“ der Seite „E-Mails“ den eigenen E-Mail-Server des Projekts ein und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation>Es wurde nichts gesendet: %1 ist kein Benutzer des Projekts (inzwischen gelöscht?).</translation>
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation>%1 aus den Empfängern &amp;entfernen</translation>
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation>Es wurde nichts gesendet: Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation>Die Antwort des Servers ist nicht angekommen, daher wurden die E-Mails möglicherweise eingereiht oder nicht. Sehen Sie im Postausgang nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation>Keine Empfänger übrig: Fügen Sie Benutzer hinzu oder wählen Sie alle Benutzer.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation>Im Postausgang verfolgen</translation>
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation>Empfänger und Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation>&amp;Später senden, um</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation>Ihre Ortszeit (%1). Ein zu alter Server für geplantes Senden sendet sofort.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation>E-Mail zum &amp;Zurücksetzen des Passworts: ein Link zum Festlegen eines neuen Passworts</translation>
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation>Anmelde&amp;einladung: ein Link zur Anmeldung bei Ihrer App</translation>
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation>E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation>Eine E-Mail an %1 senden</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>Die Seite Ihrer App, die über den Link in der E-Mail geöffnet wird. Sie muss auf einer der vertrauenswürdigen Domains des Projekts liegen. Wird für dieses Projekt gespeichert.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Dieser Benutzer hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation>%1 hat keine primäre E-Mail-Adresse, daher kann keine E-Mail gesendet werden. Fügen Sie zuerst eine Adresse bei den Kontaktkanälen des Benutzers hinzu.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation>Geben Sie die Adresse der Seite ein, die den Link verarbeitet.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Geben Sie eine vollständige http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation>Eine E-Mail zum Zurücksetzen des Passworts wurde an %1 gesendet. Der Server antwortet gleich, ob für diese Adresse ein Passwort zurückgesetzt werden kann oder nicht; falls sie nicht ankommt, prüfen Sie, wie sich der Benutzer anmeldet.</translation>
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation>Eine Anmeldeeinladung wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation>Der Server akzeptiert diese Adresse nicht: Fügen Sie ihre Domain zu den vertrauenswürdigen Domains des Projekts hinzu.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation>Neuen Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation>Der Server akzeptiert den Schlüssel von %1 nicht mehr: Er wurde widerrufen oder ist abgelaufen. Geben Sie einen neuen Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation>Ihre Sitzung für %1 ist beendet: Sie ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation>%1 hat keinen gültigen Schlüssel. Geben Sie einen neuen Schlüssel ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>Sie sind nicht bei %1 angemeldet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation><numerusform>%n wartende Anfrage wird fortgesetzt, sobald Sie einen neuen Schlüssel eingeben.</numerusform><numerusform>%n wartende Anfragen werden fortgesetzt, sobald Sie einen neuen Schlüssel eingeben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation><numerusform>%n wartende Anfrage wird fortgesetzt, sobald Sie angemeldet sind.</numerusform><numerusform>%n wartende Anfragen werden fortgesetzt, sobald Sie angemeldet sind.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Alle widerrufen…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation>Den Benutzer auf den Geräten der ausgewählten Sitzungen abmelden</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Den Benutzer überall abmelden</translation>
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation>Keine aktiven Sitzungen: Dieser Benutzer ist nirgends angemeldet.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation>Die Sitzungen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>%1 von %n Sitzung abmelden? Jedes Gerät muss sich erneut anmelden.</numerusform>
            <numerusform>%1 von allen %n Sitzungen abmelden? Jedes Gerät muss sich erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>%n Sitzung wird widerrufen…</numerusform>
            <numerusform>%n Sitzungen werden widerrufen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation>Widerrufen fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation>Befehlspalette: zu einer Seite, einem Projekt, Benutzer oder Team wechseln oder einen Befehl ausführen</translation>
    </message>
    <message>
        <source>Project switcher</source>
        <translation>Projektauswahl</translation>
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation>Übersicht … Alt+9 Konfiguration: die Bereiche der Reihe nach</translation>
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation>Projekte neu laden und fehlgeschlagene Verbindungen erneut versuchen</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Eine Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Aktuelle Liste durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Reload the current list</source>
        <translation>Aktuelle Liste neu laden</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation>Bearbeiten (auch Eingabetaste)</translation>
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation>Einschränken oder Einschränkung aufheben</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>Als Benutzer agieren</translation>
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation>Löschen (mehrere Benutzer: Massenlöschung)</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Zu einem Team hinzufügen</translation>
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation>Eine Projektberechtigung erteilen</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>E-Mail-Adressen kopieren</translation>
    </message>
    <message>
        <source>Copy user ids</source>
        <translation>Benutzer-IDs kopieren</translation>
    </message>
    <message>
        <source>Export the matching users</source>
        <translation>Passende Benutzer exportieren</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>Neue Berechtigung</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>New key set</source>
        <translation>Neuer Schlüsselsatz</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation>Tabs: Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation>Katalog prüfen und speichern</translation>
    </message>
    <message>
        <source>Customer chooser</source>
        <translation>Kundenauswahl</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation>Tabs: Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Render the preview</source>
        <translation>Vorschau rendern</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Antwort oder Notiz senden</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation>Ausgewählten kürzlich registrierten oder aktiven Benutzer öffnen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation>Einen Wert bearbeiten (Experte)</translation>
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation>Prüfen und speichern (Experte)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShownOnceSecretsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation>Ich habe den &amp;Schlüssel kopiert</translation>
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation>Ich habe die &amp;Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation>&amp;Ohne Kopieren schließen</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Kopieren Sie diesen Schlüssel jetzt. Er wird nicht erneut angezeigt: Der Server speichert nur seine letzten vier Zeichen, und diese App speichert ihn nirgends. Die Zwischenablage wird eine Minute nach dem Schließen dieses Fensters geleert.</translation>
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Kopieren Sie diese Schlüssel jetzt. Sie werden nicht erneut angezeigt: Der Server speichert nur ihre letzten vier Zeichen, und diese App speichert sie nirgends. Die Zwischenablage wird eine Minute nach dem Schließen dieses Fensters geleert.</translation>
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation>Schließen, ohne den Schlüssel zu kopieren? Er kann nicht erneut angezeigt werden; Sie müssten einen neuen erstellen.</translation>
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation>Schließen, ohne die Schlüssel zu kopieren? Sie können nicht erneut angezeigt werden; Sie müssten neue erstellen.</translation>
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation>Schließen, ohne alle Schlüssel zu kopieren? Noch nicht kopiert: %1. Die Schlüssel können nicht erneut angezeigt werden; Sie müssten neue erstellen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation>Neuen Benutzern die &amp;Registrierung erlauben</translation>
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation>Aus: Nur vorhandene Benutzer können sich anmelden; neue Konten werden vom Server oder in dieser Konsole erstellt.</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>Anmeldung mit &amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation>Anmeldung mit &amp;Einmalcode (Magic Link)</translation>
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation>Ein per E-Mail gesendeter Code oder Link meldet den Benutzer an.</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation>Anmeldung mit Pass&amp;key</translation>
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation>Wenn eine OAuth-Anmeldung die E-Mail eines vorhandenen Kontos verwendet</translation>
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation>Mit dem vorhandenen Konto &amp;verknüpfen</translation>
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation>Das OAuth-Konto wird dem Konto hinzugefügt, das diese E-Mail als Anmeldemethode hat.</translation>
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation>Anmeldung &amp;ablehnen</translation>
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation>Dem Benutzer wird mitgeteilt, dass ein Konto mit dieser E-Mail existiert und er sich zuerst damit anmelden muss.</translation>
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation>Separates K&amp;onto erstellen</translation>
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation>Ein zweites Konto mit derselben E-Mail wird erstellt; die Konten bleiben getrennt.</translation>
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation>Registrierung erlauben</translation>
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation>Registrierung ablehnen</translation>
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation>Wenn keine Registrierungsre&amp;gel zutrifft:</translation>
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation>Was mit einer Registrierung passiert, auf die keine aktivierte Registrierungsregel zutrifft</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation>Jemand anderem zuweisen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation>z. B. Dana aus der Buchhaltung</translation>
    </message>
    <message>
        <source>User id (optional)</source>
        <translation>Benutzer-ID (optional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation>Die Unterhaltung zeigt diesen Namen als Bearbeiter. Geben Sie die Benutzer-ID des Dashboard-Kontos an, falls bekannt, damit „Mir zugewiesen“ sie für diese Person findet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>Unterhaltung wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Unterhaltung als erledigt markieren</translation>
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation>Status zurück auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Status auf „%1“ setzen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation>Erneut vom Server laden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation>Konnte nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>die Verbindung zum Projekt wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation>%1 %2 von %3 fehlgeschlagen; der erste Fehler wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation>Für %1 wurde nichts getan: Die Auswahl hat sich geändert, während die Frage offen war.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation>Ein Kunde</translation>
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — %n ungelesene Support-Unterhaltung</numerusform>
            <numerusform>Hexclave Admin — %n ungelesene Support-Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 schrieb: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>%n neue Support-Nachricht</numerusform>
            <numerusform>%n neue Support-Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Neue Unterhaltung…</translation>
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation>Eine Unterhaltung mit einem Benutzer des Projekts beginnen (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation>Unterhaltungen und den offenen Verlauf neu laden (%1)</translation>
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation>Unterhaltungen, in denen der Kunde seit Ihrem letzten Blick geschrieben hat; klicken, um die erste zu öffnen</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>Unterhaltungen aktualisieren</translation>
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation>Ihr eigenes Konto konnte nicht gelesen werden: „Mir zuweisen“ und der Filter „Ich“ sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation>Dieser Server bietet keine Support-Unterhaltungen</translation>
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation>Seine Version ist älter als diese Funktion. Aktualisieren Sie den Server auf eine neuere Version oder beantworten Sie Support-Unterhaltungen im Web-Dashboard unter app.hexclave.com.</translation>
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation>Ihr Dashboard-Konto verwaltet dieses Projekt nicht</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation>Support-Unterhaltungen werden von den Mitgliedern des Teams beantwortet, dem das Projekt gehört, und dieses Konto gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation>Support-Unterhaltungen werden von den Mitgliedern des Teams beantwortet, dem das Projekt gehört, und %1 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation>Bitten Sie einen Eigentümer des Projekts, Sie zu dessen Team hinzuzufügen, oder verbinden Sie sich mit einem Konto, das dazugehört.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation>Die Unterhaltung konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n ungelesene Unterhaltung</numerusform>
            <numerusform>%n ungelesene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>Geben Sie einen Tag ein und drücken Sie die Eingabetaste; trennen Sie mehrere durch Kommas</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Den Tag „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation>Wählen Sie ein Team aus, um seine Mitglieder, Einladungen, API-Schlüssel und Details zu sehen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation>Die Mitglieder des Teams und die Berechtigungen, die jedes im Team hat</translation>
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation>Per E-Mail gesendete Einladungen, die noch nicht angenommen wurden</translation>
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation>API-Schlüssel, die für das Team handeln</translation>
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation>ID, Erstellungszeit, Profilbild und Metadaten</translation>
    </message>
    <message>
        <source>Team details</source>
        <translation>Teamdetails</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>Erstellt %1 · %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation>Team &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Copy team ID</source>
        <translation>Team-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation>Die Team-ID kopieren</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Kein Wert (null)</translation>
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation>Name, Bild und Metadaten ändern (F2)</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>Team-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Profile image:</source>
        <translation>Profilbild:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation>Team &amp;erstellen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation>Erforderlich, z. B. Design Systems Lab</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>Profilbild-URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>Profil&amp;bild-URL:</translation>
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation>Geben Sie einen Anzeigenamen ein: Ein Team benötigt einen.</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>Team wird erstellt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Ausstehende Einladungen</translation>
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation>Jemandem per E-Mail einen Link zum Beitritt zu diesem Team senden</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Die ausgewählte Einladung zurückziehen: Ihr Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation>Keine ausstehenden Einladungen. Laden Sie jemanden per E-Mail ein, dem Team beizutreten.</translation>
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation>Einladungen werden geladen…</translation>
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation>Die Einladungen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation>Die Einladung von %1 zu %2 widerrufen? Der Link in der E-Mail funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation>Einladung von %1 wird widerrufen…</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Die Einladung von %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation>Widerrufen der Einladung von %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation>Mitglieder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>Aus Team &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation>Benutzer ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation>Mitglieder nach Name, E-Mail oder Benutzer-ID suchen</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Mitglieder suchen</translation>
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation>Benutzer des Projekts auswählen, die diesem Team hinzugefügt werden</translation>
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation>Die ausgewählten Mitglieder aus diesem Team entfernen (Delete)</translation>
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation>Das ausgewählte Mitglied auf der Seite „Benutzer“ anzeigen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Load the members again</source>
        <translation>Mitglieder neu laden</translation>
    </message>
    <message>
        <source>Reload members</source>
        <translation>Mitglieder neu laden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation>Auf der Seite „Benutzer“ öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>%n Mitglied aus dem Team entfernen…</numerusform>
            <numerusform>%n Mitglieder aus dem Team entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation>Die Mitglieder haben sich auf dem Server geändert, während Sie gescrollt haben; die Liste wurde neu geladen.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen…</translation>
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation>%1 Mitglieder angezeigt · weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation>%1 Mitglieder angezeigt · nach unten scrollen für weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n Mitglied.</numerusform>
            <numerusform>%n Mitglieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n Mitglied entspricht.</numerusform>
            <numerusform>%n Mitglieder entsprechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation>%1 Mitglieder angezeigt · Laden fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 hat noch keine Mitglieder.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Mitglieder hinzufügen…</translation>
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Kein Mitglied entspricht „%1“.
Die Suche berücksichtigt Namen, E-Mails und exakte Benutzer-IDs.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>%n aus Team &amp;entfernen…</numerusform>
            <numerusform>%n aus Team &amp;entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Mitglieder zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation>Durchsuchen Sie die Benutzer des Projekts nach Name, E-Mail oder Benutzer-ID und haken Sie diejenigen an, die zu %1 hinzugefügt werden sollen. Neue Mitglieder erhalten die Standard-Teamberechtigungen des Projekts.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied hinzufügen</numerusform>
            <numerusform>%n Mitglieder hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation>Bereits Mitglied dieses Teams</translation>
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation>Niemand wurde hinzugefügt: Ein anderes Team wurde ausgewählt, während die Liste offen war.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>%n Mitglied wird hinzugefügt…</numerusform>
            <numerusform>%n Mitglieder werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>%n Mitglied zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n gehörte bereits dazu.</numerusform>
            <numerusform>%n gehörten bereits dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation>%1 aus %2 entfernen? Der Benutzer verliert den Zugriff auf das Team und die darin gehaltenen Berechtigungen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>%n Mitglied aus %1 entfernen? Es verliert den Zugriff auf das Team und die darin gehaltenen Berechtigungen.</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernen? Sie verlieren den Zugriff auf das Team und die darin gehaltenen Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Aus Team entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation>Niemand wurde entfernt: Ein anderes Team wurde ausgewählt, während die Frage offen war.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>%n Mitglied wird entfernt…</numerusform>
            <numerusform>%n Mitglieder werden entfernt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>%n Mitglied aus %1 entfernt.</numerusform>
            <numerusform>%n Mitglieder aus %1 entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation>Nicht entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation>Team wählen</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Nach Name oder Team-ID filtern</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation>Wählen Sie das Team, dessen Items und Produkte Sie sehen möchten.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen…</translation>
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation>Die Teams konnten nicht geladen werden; der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Dieses Projekt hat noch keine Teams.</translation>
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation>Kein Team entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Neues Team…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>Team &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation>Team-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>Team &amp;löschen…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation>Ein Team erstellen (%1)</translation>
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation>Name, Bild und Metadaten des ausgewählten Teams ändern (%1)</translation>
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation>Das ausgewählte Team löschen (%1)</translation>
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation>Liste neu laden und die Mitglieder neu zählen (%1)</translation>
    </message>
    <message>
        <source>Reload teams</source>
        <translation>Teams neu laden</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Nach Name oder Team-ID filtern</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation>Zeigt die Teams, deren Name den Text enthält oder deren ID damit beginnt (Ctrl+F)</translation>
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation>Dieses Team existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation>Das Team konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen…</translation>
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation>Die Teams konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%1 von %n Team entsprechen „%2“</numerusform>
            <numerusform>%1 von %n Teams entsprechen „%2“</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation>Noch keine Teams.
Teams gruppieren Benutzer; Mitglieder teilen die Berechtigungen und API-Schlüssel des Teams.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Neues Team…</translation>
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation>Kein Team entspricht „%1“.
Der Filter berücksichtigt Teamnamen und den Anfang von Team-IDs.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation>Teams &amp; Benutzer</translation>
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation>Benutzern das &amp;Erstellen von Teams erlauben</translation>
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation>Angemeldete Benutzer können Teams in der App erstellen; andernfalls nur der Server oder diese Konsole.</translation>
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation>&amp;Persönliches Team bei der Registrierung erstellen</translation>
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation>Jeder neue Benutzer erhält ein eigenes Team.</translation>
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation>Benutzern das &amp;Löschen des eigenen Kontos erlauben</translation>
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation>E-Mail-&amp;Verifizierung beim Onboarding verlangen</translation>
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation>Neue Benutzer müssen ihre primäre E-Mail verifizieren, bevor sie die App verwenden können.</translation>
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation>&amp;Benutzer-API-Schlüssel erlauben</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation>Angemeldete Benutzer können Schlüssel erstellen, die in ihrem Namen handeln.</translation>
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation>&amp;Team-API-Schlüssel erlauben</translation>
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation>Teammitglieder mit der Berechtigung können Schlüssel erstellen, die für das Team handeln.</translation>
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation>API-Schlüssel für Benutzer und Teams werden auf der &lt;a href="apikeys"&gt;Seite „API-Schlüssel“&lt;/a&gt; ein- und ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>Noch keine Vorlagen.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation>Die Vorlagen konnten nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>Test-E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation>Eine kurze Test-E-Mail wird über %1 als %2 mit den Einstellungen des Formulars gesendet — auch wenn sie noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa sie@example.com.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation>Die Test-E-Mail wurde an %1 gesendet. Falls sie nicht ankommt, sehen Sie im Spam-Ordner nach.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation>Der E-Mail-Server hat sie nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>Die Test-E-Mail wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation>Der Testmodus wurde geschrieben, aber der Server zeigt die Änderung nicht.</translation>
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation>Der Testmodus wurde nicht aktiviert.</translation>
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation>Der Testmodus wurde nicht deaktiviert.</translation>
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation>Testmodus aktivieren?</translation>
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation>Testmodus deaktivieren?</translation>
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation>Im Testmodus sind Käufe kostenlos: Kunden erhalten Produkte ohne Bezahlung, und über den Zahlungsanbieter fließt kein Geld. Verwenden Sie ihn, während Sie den Checkout ausprobieren, nie in einem geöffneten Shop.</translation>
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation>Käufe werden ab jetzt über den Zahlungsanbieter mit echtem Geld abgerechnet. Stellen Sie sicher, dass Ihre Produkte und Preise bereit sind, bevor Kunden sie sehen.</translation>
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation>Testmodus aktivieren</translation>
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation>Testmodus deaktivieren</translation>
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation>Testmodus — Käufe sind kostenlos und es fließt kein Geld</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation>Testmodus deaktivieren…</translation>
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation>Käufe über den Zahlungsanbieter mit echtem Geld abrechnen lassen</translation>
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation>Live-Modus — Käufe kosten echtes Geld</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation>Testmodus aktivieren…</translation>
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation>Käufe beim Ausprobieren kostenlos machen: Es fließt kein Geld</translation>
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation>Eine andere Änderung an den Zahlungseinstellungen wird gerade gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>Noch keine Designs.</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Neues Design…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Design</translation>
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation>Die Designs konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Use for this project</source>
        <translation>Für dieses Projekt verwenden</translation>
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation>Die E-Mails des Projekts in das ausgewählte Design einbetten, sofern sie kein anderes wählen</translation>
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation>„%1“ ist jetzt das Design des Projekts.</translation>
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation>Das Design des Projekts wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Project's theme</source>
        <translation>Design des Projekts</translation>
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation>Das Design ist leer.</translation>
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation>Das ausgewählte Design ist bereits das Design des Projekts</translation>
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation>„%1“ wird zum Design des Projekts gemacht…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>Neue Nachrichten ↓</translation>
    </message>
    <message>
        <source>Conversation messages</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Zu den neuen Nachrichten scrollen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation>Nur die angezeigten Nachrichten sind im Text: „Alles auswählen“ und „Kopieren“ erfassen nur diese.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n frühere Nachricht anzeigen</numerusform>
            <numerusform>%n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation>Wählen Sie eine Transaktion aus, um ihre Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Die Transaktions-ID kopieren</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>Angepasst durch</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation>Testmodus: Es wurde kein echtes Geld bewegt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>No money moved</source>
        <translation>Kein Geld bewegt</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>Nicht angepasst</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1 (Eintrag #%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>Einträge (%1)</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Items und Produkte dieses Kunden anzeigen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Belastet</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>inline product</source>
        <translation>Inline-Produkt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1 (je %2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Einmalkauf</translation>
    </message>
    <message>
        <source>, entry #%1</source>
        <translation>, Eintrag #%1</translation>
    </message>
    <message>
        <source>Adjusts</source>
        <translation>Passt an</translation>
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation>Eintrag #%1, wie vom Server gesendet</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Transaktionstyp</translation>
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation>Einen Transaktionstyp anzeigen (vom Server gefiltert)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation>Die Transaktionen einer Kundenart anzeigen</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Custom customers</source>
        <translation>Benutzerdefinierte Kunden</translation>
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation>Transaktionen neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation>&amp;Geladene Transaktionen…</translation>
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation>&amp;Alle Transaktionen, die den Filtern entsprechen…</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation>&amp;Geladene Transaktionen (%1)…</translation>
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation>Die Transaktionen als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation>Transaktions-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation>Transaktion %1 ist nicht unter den geladenen Transaktionen (die Filter verbergen sie möglicherweise).</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>Transaktionen werden geladen…</translation>
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation>%1 Transaktionen geladen, weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation>%1 Transaktionen geladen; nach unten scrollen für weitere</translation>
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation>Alle %1 passenden Transaktionen</translation>
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation>Alle %1 Transaktionen</translation>
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation>%1 Transaktionen geladen; es gibt weitere, die nicht geladen wurden. Grenzen Sie die Filter ein oder exportieren Sie alle in eine Datei.</translation>
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation>%1 Transaktionen geladen; Laden weiterer fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation>Die Transaktionen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation>Noch keine Transaktionen. Käufe, Verlängerungen, Änderungen von Item-Mengen und Rückerstattungen erscheinen hier.</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>Keine Transaktionen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation>Wählen Sie einen Kauf aus, um ihn zu erstatten</translation>
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation>Den für den ausgewählten Kauf belasteten Betrag (teilweise) zurückgeben und das Produkt entziehen</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Transaktionen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation>Transaktionen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Transaktionen exportieren</translation>
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation>Transaktionen werden exportiert… %1 geschrieben</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation>%1 Transaktionen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>Der Export ist fehlgeschlagen; es wurde keine Datei geschrieben. %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation>Vertrauenswürdige Domain hinzufügen</translation>
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation>Vertrauenswürdige Domain bearbeiten</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation>Handler-&amp;Pfad:</translation>
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation>Anmelde-Weiterleitungen dürfen nur zu vertrauenswürdigen Domains führen. Verwenden Sie * für einen Teil eines Hostnamens (https://*.example.com) und ** für beliebig viele Teile.</translation>
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation>Geben Sie die Basis-URL der Domain ein, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation>Die Basis-URL darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation>Die Basis-URL beginnt mit https:// (oder http:// für lokale Entwicklung).</translation>
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation>Dies ist keine gültige Basis-URL: Verwenden Sie einen Hostnamen mit optionalen *-Platzhaltern, z. B. https://*.example.com.</translation>
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation>Der Handler-Pfad beginnt mit /, z. B. /handler.</translation>
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation>Der Handler-Pfad darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation>Der Handler-Pfad darf keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation>Geben Sie genau %1 ein, um diese Schaltfläche zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation>Im &amp;Postausgang nachsehen</translation>
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation>Ich habe den Postausgang geprüft: Diese E-Mails wurden &amp;nicht eingereiht. Erneut senden.</translation>
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation>Die neuesten E-Mails eines Empfängers im Postausgang lesen und nach denen dieses Entwurfs suchen</translation>
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation>Die Antwort auf das Senden um %1 ist nicht angekommen: Die E-Mails sind möglicherweise bereits eingereiht, und der Server bemerkt ein zweites Senden nicht. Sehen Sie im Postausgang nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation>Im Postausgang wird nachgesehen…</translation>
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation>Der Postausgang konnte nicht gelesen werden (%1). Sehen Sie auf dem Tab „Postausgang“ der Seite „E-Mails“ nach.</translation>
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation>Der Postausgang enthält die E-Mail dieses Entwurfs, erstellt um %1: Die E-Mails wurden eingereiht. Erneutes Senden würde sie doppelt senden.</translation>
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation>Der Postausgang enthält seit %1 keine E-Mail dieses Entwurfs für den ersten Empfänger. Ein großer Versand wird möglicherweise noch eingereiht: Sehen Sie in einer Minute erneut nach, bevor Sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation>&amp;Einschränken…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation>&amp;Zwei-Faktor-Authentifizierung entfernen…</translation>
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation>&amp;Als Benutzer agieren…</translation>
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation>E-Mail zum Zurücksetzen des &amp;Passworts senden…</translation>
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation>Anmeldeeinladung sen&amp;den…</translation>
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation>Zu &amp;Team hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation>Projekt&amp;berechtigung erteilen…</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>E-&amp;Mail kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>Benutzer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>Einen Benutzer erstellen (%1)</translation>
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation>Die Benutzer, die der Suche und den Filtern entsprechen, als CSV oder JSON exportieren (%1)</translation>
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation>Einschränkung auf&amp;heben…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer &amp;löschen…</numerusform>
            <numerusform>%n Benutzer &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Dieser Benutzer hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation>Die Zwei-Faktor-Authentifizierung wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation>E-&amp;Mail senden…</translation>
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation>Das Senden eines Entwurfs erfordert Admin-Zugriff: Verbinden Sie sich mit einem Admin-Schlüssel oder einem Dashboard-Konto.</translation>
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation>Einen der E-Mail-Entwürfe des Projekts an die ausgewählten Benutzer senden</translation>
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation>S&amp;upport-Unterhaltung beginnen…</translation>
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation>Supp&amp;ort-Unterhaltungen…</translation>
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation>Diesem Benutzer in einer neuen Support-Unterhaltung schreiben</translation>
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation>Die Support-Unterhaltungen dieses Benutzers anzeigen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung entfernen</translation>
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation>Die Zwei-Faktor-Authentifizierung von %1 entfernen?</translation>
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation>Der Benutzer kann sich dann allein mit seinem Passwort anmelden und erneut eine Authenticator-App einrichten. Tun Sie dies nur, nachdem Sie geprüft haben, wer darum bittet.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Nie aktiv</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation>Kontaktkanäle: die E-Mail-Adressen des Benutzers</translation>
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation>Mit OAuth-Anbietern verknüpfte Konten</translation>
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation>Teams und Projektberechtigungen</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation>Die eigenen API-Schlüssel des Benutzers</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation>Ein anderer Benutzer meldet sich bereits mit dieser E-Mail-Adresse an. Wählen Sie eine andere Adresse oder deaktivieren Sie „Für Anmeldung verwendet“, um sie diesem Benutzer trotzdem hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation>Erteilen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>Projektberechtigungen</translation>
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation>Projektberechtigungen des Benutzers</translation>
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation>Dem Benutzer eine Projektberechtigung erteilen</translation>
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation>Berechtigungen werden hier durch Eingabe ihrer ID erteilt.</translation>
    </message>
    <message>
        <source>No project permissions.</source>
        <translation>Keine Projektberechtigungen.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Berechtigungen werden geladen…</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>Die Berechtigungen konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation>Das Projekt definiert noch keine Berechtigungen: Erstellen Sie sie auf der Seite „Berechtigungen“</translation>
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation>Der Benutzer hat bereits jede Berechtigung, die das Projekt definiert</translation>
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation>Diese Berechtigung ist geerbt: Entziehen Sie die Berechtigung, die sie enthält</translation>
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation>Dem Benutzer die ausgewählte Berechtigung entziehen</translation>
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation>Berechtigungs-ID (zum Beispiel „read_reports“):</translation>
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation>An %1 zu erteilende Berechtigung:</translation>
    </message>
    <message>
        <source>Grant permission</source>
        <translation>Berechtigung erteilen</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>%1 wird gewährt…</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 erteilt.</translation>
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation>Erteilen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Berechtigung entziehen</translation>
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation>%1 von %2 entziehen?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 wird widerrufen…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 widerrufen.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>Widerrufen von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Team permissions</source>
        <translation>Teamberechtigungen</translation>
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation>Teamberechtigungen des Mitglieds</translation>
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation>Dem Mitglied eine Berechtigung in diesem Team erteilen</translation>
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation>Keine Berechtigungen in diesem Team.</translation>
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation>Das Projekt definiert noch keine Teamberechtigungen: Erstellen Sie sie auf der Seite „Berechtigungen“</translation>
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation>Das Mitglied hat bereits jede Teamberechtigung, die das Projekt definiert</translation>
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation>Dem Mitglied die ausgewählte Berechtigung in diesem Team entziehen</translation>
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation>Teamberechtigungs-ID (zum Beispiel „team_admin“ oder „$read_members“):</translation>
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation>An %1 in diesem Team zu erteilende Berechtigung:</translation>
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation>%1 von %2 in diesem Team entziehen?</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation>Suchen Sie Benutzer nach Name, E-Mail oder Benutzer-ID und haken Sie die gewünschten an.</translation>
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation>&amp;Anonyme Benutzer einbeziehen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer auswählen</numerusform>
            <numerusform>%n Benutzer auswählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose users</source>
        <translation>Benutzer auswählen</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Nach Name, E-Mail oder Benutzer-ID suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation>Anonyme Benutzer sind ausgeblendet, sofern Sie sie nicht anfordern</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Gefundene Benutzer</translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation>Mit den ausgewählten Benutzern abschließen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation>Noch niemand ausgewählt: Haken Sie die gewünschten Benutzer an.</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>Ausgewählt (%1): %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>%n Benutzer angezeigt · weitere werden geladen…</numerusform>
            <numerusform>%n Benutzer angezeigt · weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>%n Benutzer angezeigt · nach unten scrollen für weitere</numerusform>
            <numerusform>%n Benutzer angezeigt · nach unten scrollen für weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation>Dieses Projekt hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation>Keine Benutzer entsprechen „%1“. Die Suche berücksichtigt Namen, E-Mails und exakte Benutzer-IDs.</translation>
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation>Die Suche ist fehlgeschlagen; der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Benutzer auswählen</translation>
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation>Suchen Sie den Benutzer nach Name, E-Mail oder Benutzer-ID und haken Sie ihn an.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation>Team öffnen</translation>
    </message>
    <message>
        <source>Remove from team…</source>
        <translation>Aus Team entfernen…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Teams of the user</source>
        <translation>Teams des Benutzers</translation>
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation>Das ausgewählte Team auf der Seite „Teams“ anzeigen</translation>
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation>Den Benutzer aus dem ausgewählten Team entfernen</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>In keinem Team Mitglied.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen…</translation>
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation>Die Teams konnten nicht geladen werden. Der Grund wird oben angezeigt.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Aus Team entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation>%1 aus %2 entfernen? Der Benutzer verliert die Berechtigungen des Teams.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation>Wird aus %1 entfernt…</translation>
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation>Aus %1 entfernt.</translation>
    </message>
    <message>
        <source>Removing from %1 failed.</source>
        <translation>Entfernen aus %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Nur anonyme</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Reload users</source>
        <translation>Benutzer neu laden</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Nach Name, E-Mail oder Benutzer-ID suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation>Neueste Registrierungen zuerst</translation>
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation>Älteste Registrierungen zuerst</translation>
    </message>
    <message>
        <source>Recently active first</source>
        <translation>Zuletzt aktive zuerst</translation>
    </message>
    <message>
        <source>Least recently active first</source>
        <translation>Am längsten inaktive zuerst</translation>
    </message>
    <message>
        <source>Order of users</source>
        <translation>Reihenfolge der Benutzer</translation>
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation>Auch eingeschränkte Benutzer anzeigen (nicht verifizierte E-Mail oder von einem Administrator eingeschränkt)</translation>
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation>Auch anonyme Benutzer anzeigen (und eingeschränkte)</translation>
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation>Nur anonyme Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation>Die Liste hat sich auf dem Server geändert, während Sie gescrollt haben; sie wurde von oben neu geladen.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation>%1 Benutzer angezeigt · weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation>%1 Benutzer angezeigt · nach unten scrollen für weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation>%1 Benutzer angezeigt · Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation>Noch keine Benutzer entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Keine Benutzer entsprechen „%1“.
Die Suche berücksichtigt Namen, E-Mails und exakte Benutzer-IDs.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation>Was mit den ausgewählten Benutzern getan werden kann (auch per Rechtsklick)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>%n ausgewählte Zeile noch nicht geladen — scrollen Sie dorthin, um sie einzubeziehen</numerusform>
            <numerusform>%n ausgewählte Zeilen noch nicht geladen — scrollen Sie dorthin, um sie einzubeziehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersTableHeader</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation>Desktop-Konsole für Hexclave-Projekte (Stack Auth): Benutzer, Teams, Berechtigungen, Schlüssel, Zahlungen, E-Mails, Support und Konfiguration.</translation>
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation>Einen integrierten Demo-Server mit Beispieldaten starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation>Anzahl der Beispielbenutzer des Demo-Servers (Standard 120).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Diese Seite öffnen: %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation>Ein Bild des Fensters speichern, sobald die ersten Daten der Seite geladen sind, und dann beenden.</translation>
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation>Startzeiten und Anzahl der Anfragen ausgeben (für Benchmarks).</translation>
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation>--demo-users benötigt eine Zahl zwischen 0 und 5000000.</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>Unbekannte Seite "%1". Seiten: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation>Unerwartetes Argument "%1" (Optionen beginnen mit --).</translation>
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation>--demo-users gilt nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation>Der Demo-Server hat keinen Analytics-Speicher: Die Übersicht zeigt, was sie aus den Benutzern berechnen kann.</translation>
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation>Diese hexclave.config.ts zur Offline-Bearbeitung öffnen (keine Verbindung nötig; bietet an, sie zu erstellen, falls sie fehlt).</translation>
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation>--demo-no-metrics gilt nur zusammen mit --demo.</translation>
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation>Sprache der Oberfläche für diese Ausführung: %1.</translation>
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation>Helles oder dunkles Erscheinungsbild für diese Ausführung: %1.</translation>
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation>Unbekannte Sprache "%1". Sprachen: %2.</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation>Unbekanntes Farbschema "%1". Farbschemata: %2.</translation>
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation>Anteil der Antworten des Demo-Servers (0 bis 1), die nach der Anmeldung absichtlich fehlschlagen: langsame Antworten, Ratenbegrenzungen, Serverfehler, abgebrochene Verbindungen, fehlerhafte Antwortinhalte.</translation>
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation>--demo-faults benötigt eine Zahl zwischen 0 und 1, z. B. 0.2.</translation>
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation>--demo-faults gilt nur zusammen mit --demo.</translation>
    </message>
</context>
</TS>
