<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Vous êtes déconnecté. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
        <translation>Une clé de projet ne peut pas effectuer cette requête : elle nécessite un compte du tableau de bord.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation>Impossible de joindre le serveur : %1. Vérifiez l'adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation>Réessayez ; si le problème persiste, le serveur est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation>La connexion sécurisée a été refusée : %1. Le certificat du serveur n'est pas approuvé.</translation>
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation>Le serveur a répondu quelque chose que cette application ne comprend pas (%1).</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation>Le serveur limite les requêtes. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation>Le serveur limite les requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Le serveur a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation>La requête a échoué avec HTTP %1.</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation>Vérifiez que la clé appartient à ce projet et n'a pas été révoquée.</translation>
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation>Créez une nouvelle clé dans la page Clés d'API du projet.</translation>
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation>Vérifiez l'adresse e-mail et le mot de passe.</translation>
    </message>
    <message>
        <source>Check the project id.</source>
        <translation>Vérifiez l'identifiant du projet.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
        <translation>La connexion a été fermée avant la réponse du serveur : la modification a donc peut-être été appliquée ou non. Rechargez pour vérifier avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation>Le lien de connexion a expiré avant d'être confirmé. Recommencez.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation>Ce lien de connexion a déjà été utilisé. Recommencez.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
        <translation>Le serveur a répondu à la connexion avec un statut que cette application ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation>Les conversations de support se traitent en tant que personne : connectez-vous avec un compte du tableau de bord (connexion par navigateur ou par e-mail) pour les utiliser.</translation>
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation>La vue d'ensemble nécessite les statistiques du projet, que seul un accès administrateur peut lire. Connectez-vous avec une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation>Une clé serveur peut accorder et révoquer des autorisations, mais ne peut pas voir ni modifier leurs définitions. Utilisez pour cela une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation>Une clé serveur peut gérer les clés d'API des utilisateurs et des équipes, mais pas les clés propres au projet. Utilisez pour celles-ci une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation>Une clé serveur peut lire et modifier les articles des clients, mais pas les produits, le registre ni les remboursements. Utilisez pour cela une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation>Une clé serveur peut envoyer des e-mails et lire la boîte d'envoi, mais pas modifier les brouillons, modèles ou thèmes. Utilisez pour cela une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation>La configuration du projet nécessite un accès administrateur. Connectez-vous avec une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>il est auto-signé, donc aucune autorité de certification ne le garantit</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>il a expiré le %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>il n'est pas valide avant le %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation>il a été délivré pour %1, et non pour cette adresse</translation>
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation>il a été délivré par « %1 », que cet ordinateur n'approuve pas</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation>La connexion sécurisée à %1 a été refusée car son certificat n'est pas approuvé : %2. Rien n'a été envoyé. S'il s'agit de votre propre serveur, comparez l'empreinte SHA-256 du certificat avec celle que vous donne l'opérateur de votre serveur avant de l'approuver.</translation>
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation>il ne désigne aucun serveur, donc il ne couvre pas cette adresse</translation>
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation>Le certificat que vous avez approuvé pour %1 a expiré le %2 : la connexion a donc été refusée et rien n'a été envoyé. Demandez à l'opérateur de votre serveur de le renouveler, puis approuvez le nouveau.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation>Le certificat de %1 a changé depuis que vous l'avez approuvé (nouvelle empreinte SHA-256 %2). La connexion a été refusée et rien n'a été envoyé. Renseignez-vous auprès de l'opérateur de votre serveur ; si le changement est attendu, reconnectez-vous pour approuver le nouveau certificat.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation>La connexion sécurisée à %1 a été refusée car son certificat n'est pas valide : %2. Rien n'a été envoyé. Demandez à l'opérateur de votre serveur de corriger le certificat.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation>Le fichier doit exporter un simple objet `config` : export const config = { … };</translation>
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation>Expression de configuration non prise en charge : appel de fonction</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation>Expression de configuration non prise en charge : littéral de gabarit</translation>
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation>Expression de configuration non prise en charge : accès à une propriété</translation>
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation>Expression de configuration non prise en charge : les opérateurs tels que %1 ne peuvent pas être utilisés ; écrivez la valeur elle-même.</translation>
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation>La configuration est trop profondément imbriquée (plus de %1 niveaux).</translation>
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation>Fin de fichier inattendue : une valeur manque.</translation>
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation>Expression de configuration non prise en charge : un signe moins n'est autorisé que devant un nombre.</translation>
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation>Expression de configuration non prise en charge : fonction</translation>
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation>Expression de configuration non prise en charge : opérateur virgule</translation>
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation>Fin de fichier inattendue : `)` manque.</translation>
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation>`)` attendu ici.</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation>Expression de configuration non prise en charge : littéral de gabarit (utilisez des guillemets "doubles" ou 'simples')</translation>
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation>Expression de configuration non prise en charge : expression régulière</translation>
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation>Expression de configuration non prise en charge : identificateur</translation>
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation>Expression de configuration non prise en charge : `new`</translation>
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation>Expression de configuration non prise en charge : %1</translation>
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation>%1 prend l'objet de configuration comme unique argument.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation>Expression de configuration non prise en charge : la variable `%1` (seules des valeurs littérales peuvent être utilisées)</translation>
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation>Les tableaux de configuration ne peuvent pas contenir de trous ni de décompositions.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation>Caractère inattendu `%1` : une valeur est attendue ici.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation>Fin de fichier inattendue : l'objet qui commence à %1 n'est pas fermé par `}`.</translation>
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation>Les objets de configuration ne peuvent pas contenir de décompositions.</translation>
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation>Les clés des objets de configuration ne peuvent pas être calculées.</translation>
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation>Les objets de configuration ne peuvent pas contenir de méthodes.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation>Caractère inattendu `%1` : une clé ou `}` est attendu ici.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation>Expression de configuration non prise en charge : la variable `%1` (écrivez `%1: value`)</translation>
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation>Fin de fichier inattendue : `:` et une valeur manquent après la clé.</translation>
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation>`:` attendu après la clé "%1".</translation>
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation>`__proto__` ne peut pas être utilisé comme clé.</translation>
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation>`,` ou `}` attendu ici.</translation>
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation>La clé "%1" définit une valeur dans "%2", mais "%2" n'est pas un objet ici.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation>Fin de fichier inattendue : le tableau qui commence à %1 n'est pas fermé par `]`.</translation>
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation>`,` ou `]` attendu ici.</translation>
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation>Seuls des commentaires et `export default config;` peuvent suivre l'export `config`.</translation>
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation>`=` attendu après le type de `config`.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation>Commentaire non terminé : ce commentaire /* n'est jamais fermé par */.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Séquence d'échappement non valide dans une chaîne.</translation>
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation>Chaîne non terminée : le guillemet fermant manque.</translation>
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation>Chaîne non terminée : une chaîne ne peut pas continuer sur la ligne suivante (utilisez \n).</translation>
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation>Les séquences d'échappement octales ne peuvent pas être utilisées dans une chaîne.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Nombre non valide.</translation>
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation>Les nombres ne peuvent pas commencer par 0 suivi d'autres chiffres (les littéraux octaux ne sont pas autorisés).</translation>
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation>Les nombres BigInt ne peuvent pas être utilisés dans une configuration.</translation>
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation>Fin de fichier inattendue : ce crochet n'est jamais fermé.</translation>
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation>Littéral de gabarit non terminé.</translation>
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation>Fin de fichier inattendue : un type manque.</translation>
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation>Un type est attendu ici.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation>%1 "%2" n'est pas un UUID ; les identifiants ici ressemblent à 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation>%1 "%2" ne peut contenir que des lettres minuscules, des chiffres, des traits de soulignement (_) et des deux-points (:).</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation>%1 "%2" ne peut contenir que des lettres minuscules, des chiffres, des traits de soulignement (_) et des deux-points (:), après un $ facultatif pour les autorisations système.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation>%1 "%2" ne peut contenir que des lettres minuscules, des chiffres, des traits de soulignement (_) et des traits d'union (-).</translation>
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation>"%1" ne peut être défini qu'au niveau du projet.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation>"%1" est un paramètre d'environnement : il ne peut être défini qu'au niveau de l'environnement, pas dans la configuration de branche ni dans un fichier hexclave.config.ts.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation>"%1" est un paramètre d'environnement sur les serveurs actuels, qui le refusent dans la configuration de branche ; seuls les anciens serveurs l'acceptent ici. Définissez-le au niveau de l'environnement.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation>"%1" est un paramètre d'environnement : les serveurs actuels l'ignorent dans la configuration de branche. Définissez-le au niveau de l'environnement.</translation>
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation>"%1" ne peut pas être défini au niveau du projet ; définissez-le au niveau de la branche ou de l'environnement.</translation>
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation>"%1" n'est pas une section connue de la configuration. Sections connues : %2.</translation>
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation>Le produit "%1" indique la gamme de produits "%2", que cette configuration ne définit pas.</translation>
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation>Le produit "%1" a le type de client "%2", mais sa gamme de produits "%3" a le type de client "%4".</translation>
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation>"%1" doit être un intervalle comme [1, "month"] : un nombre entier et l'un de day, week, month, year.</translation>
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation>"%1" est un intervalle de 0 ; les serveurs actuels exigent au moins 1.</translation>
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation>"%1" doit être un objet listant des identifiants avec la valeur true, comme { "id": true }.</translation>
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation>"%1" doit être true ; supprimez les identifiants qui ne doivent pas être inclus.</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation>"%1" doit être true ou false, pas %2.</translation>
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation>"%1" doit être un texte entre guillemets, pas %2.</translation>
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation>"%1" est trop long : %2 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation>"%1" doit être un nombre, pas %2.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation>"%1" doit être un nombre entier supérieur ou égal à 0, pas %2.</translation>
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation>"%1" doit être l'une des valeurs %2, pas %3.</translation>
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation>"%1" doit être un UUID tel que 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, pas %2.</translation>
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation>"%1" doit être l'UUID d'un thème d'e-mail, ou false pour aucun thème, pas %2.</translation>
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation>"%1" doit être un montant entre guillemets tel que "9.99" (pas un nombre de centimes), pas %2.</translation>
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation>"%1" devrait être un montant décimal tel que "9.99" ou "1000".</translation>
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation>"include-by-default" n'est plus pris en charge par les serveurs actuels ; utilisez plutôt un prix explicite de 0.</translation>
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation>"%1" doit être un objet avec une entrée par identifiant ({ … }), pas %2.</translation>
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation>"%1" n'est pas une application connue de cette version de Hexclave Admin. Le serveur l'accepte ; vérifiez l'orthographe.</translation>
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation>"%1" doit être un objet ({ … }), pas %2.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation>"%1" n'est pas un paramètre connu. Autorisés dans "%2" : %3.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation>"%1" n'est pas un paramètre connu dans "%2".</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation>%1 "%2" est trop long : 63 caractères au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation>%1 "%2" ne peut contenir que des lettres, des chiffres, des traits de soulignement (_) et des traits d'union (-), et ne peut pas commencer par un trait d'union.</translation>
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation>%1 ne peut pas être "%2" : __proto__, constructor et prototype sont réservés.</translation>
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation>Identifiant de bundle Apple</translation>
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation>Identifiant du fournisseur OAuth</translation>
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation>Identifiant de la règle d'inscription</translation>
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation>Identifiant du domaine de confiance</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Identifiant de l'autorisation</translation>
    </message>
    <message>
        <source>Email theme id</source>
        <translation>Identifiant du thème d'e-mail</translation>
    </message>
    <message>
        <source>Email template id</source>
        <translation>Identifiant du modèle d'e-mail</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Identifiant du prix</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Identifiant du produit</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Identifiant de l'article</translation>
    </message>
    <message>
        <source>Product line id</source>
        <translation>Identifiant de la gamme de produits</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Identifiant de l'application</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Identifiant de la base de données</translation>
    </message>
    <message>
        <source>Data Vault store id</source>
        <translation>Identifiant du magasin Data Vault</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation>Cloud Hexclave</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>Saisissez l'adresse du serveur.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation>"%1" n'est pas une adresse valide. Utilisez une forme comme https://auth.example.com/api/v1.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation>L'adresse doit commencer par https:// (ou http:// pour un serveur local).</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation>Utilisez https:// pour %1 : en http simple, vos clés et sessions circuleraient sans chiffrement. (http:// est accepté pour les serveurs sur cette machine ou sur votre réseau local.)</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation>Vous vous êtes connecté avec un autre compte : les actions qui attendaient le précédent n'ont pas été effectuées.</translation>
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation>Vous vous êtes déconnecté : les actions qui attendaient une nouvelle connexion n'ont pas été effectuées.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
    <message>
        <source>Dashboard account</source>
        <translation>Compte du tableau de bord</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d'administration</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Clé serveur</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun trousseau système n'est disponible (%1). Hexclave Admin conserve les secrets uniquement dans le trousseau système : démarrez-en ou installez-en un (par ex. GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau système a refusé l'accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation>Le trousseau de ce système ne prend pas en charge l'opération (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation>Le trousseau système a échoué : %1. Assurez-vous qu'il est en cours d'exécution et déverrouillé.</translation>
    </message>
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation>Ou reconnectez-vous : sans le trousseau, vous ne restez connecté que jusqu'à ce que vous quittiez l'application.</translation>
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation>Les identifiants n'ont pas pu être conservés dans le trousseau système lors de votre connexion : vous êtes donc maintenant déconnecté. Reconnectez-vous ; pour rester connecté après un redémarrage, assurez-vous que le trousseau système est en cours d'exécution et déverrouillé.</translation>
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation>Les identifiants enregistrés sont introuvables dans le trousseau système : le trousseau est peut-être verrouillé, ou l'entrée a été supprimée. Déverrouillez le trousseau et réessayez, ou reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation>Les métadonnées client ne sont pas un JSON valide.</translation>
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation>Les métadonnées client en lecture seule ne sont pas un JSON valide.</translation>
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
        <translation>Les métadonnées serveur ne sont pas un JSON valide.</translation>
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
        <translation>Le serveur de démonstration n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Projet de démonstration</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Supprimer %n utilisateur</numerusform>
            <numerusform>Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restreindre %n utilisateur</numerusform>
            <numerusform>Restreindre %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Lever la restriction de %n utilisateur</numerusform>
            <numerusform>Lever la restriction de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Ajouter %n utilisateur à %1</numerusform>
            <numerusform>Ajouter %n utilisateurs à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>Accorder %1 à %n utilisateur</numerusform>
            <numerusform>Accorder %1 à %n utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation>Était déjà membre.</translation>
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation>Était déjà supprimé.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation>La réponse a été perdue, mais le serveur indique que l'opération a été effectuée.</translation>
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation>Impossible de savoir si l'opération a été effectuée : la vérification a également échoué (%1). Vérifiez cet utilisateur avant de réessayer.</translation>
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation>Le serveur indique que l'opération n'a pas été effectuée. Rien n'a été renvoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n réussite</numerusform>
            <numerusform>%n réussites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n non tenté</numerusform>
            <numerusform>%n non tentés</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>non tenté</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation>Arrêté avant le tour de cet utilisateur.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation>gamme de produits</translation>
    </message>
    <message>
        <source>item</source>
        <translation>article</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>équipes</translation>
    </message>
    <message>
        <source>custom customers</source>
        <translation>clients personnalisés</translation>
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation>« %1 » est pris par une entrée qui n'a pas pu être lue.</translation>
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation>Un produit inclus par défaut est gratuit : supprimez ses prix.</translation>
    </message>
    <message>
        <source>Price id: %1</source>
        <translation>Identifiant du prix : %1</translation>
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation>Deux prix ont l'identifiant « %1 ».</translation>
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation>Un prix nécessite un montant dans au moins une devise.</translation>
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation>Choisissez l'article à inclure.</translation>
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation>L'article « %1 » est inclus deux fois.</translation>
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation>Il n'existe aucun article « %1 ».</translation>
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation>L'article « %1 » est destiné à %2, ce produit à %3.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation>Un identifiant ne peut pas commencer par « - ».</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, « _ » et « - ».</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Utilisez au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation>« %1 » est réservé ; choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 n'est pas une devise prise en charge.</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>Saisissez le montant en %1.</translation>
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation>Écrivez le montant en %1 sous forme de nombre tel que 9.99.</translation>
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation>Le montant en %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation>Supprimez les zéros de tête du montant en %1.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Les montants en %1 n'ont pas de décimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Les montants en %1 ont au maximum %2 décimales.</translation>
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation>Le montant en %1 est trop élevé.</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>Choisissez jours, semaines, mois ou années.</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>Le nombre doit être au moins égal à 1.</translation>
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation>Un autre produit a l'identifiant « %1 ».</translation>
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation>Il n'existe aucune gamme de produits « %1 ».</translation>
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation>La gamme de produits « %1 » est destinée à %2, ce produit à %3.</translation>
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation>Un produit ne peut pas être un module complémentaire de lui-même.</translation>
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation>Il n'existe aucun produit « %1 » dont celui-ci pourrait être un module complémentaire.</translation>
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation>Un autre article a l'identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation>Une autre gamme de produits a l'identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CommandPaletteModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation>Impossible de rechercher les utilisateurs : %1</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>Impossible de charger les équipes : %1</translation>
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation>Aucun résultat pour "%1"</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 n'est pas un fichier texte UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation>%1 n'est pas un fichier de configuration que cette application peut lire : %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>le disque est plein ou le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation>%1 a été modifié sur le disque par un autre programme depuis son ouverture ici.</translation>
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation>Choisissez où enregistrer le nouveau fichier.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>Les modifications non enregistrées n'ont pas pu être conservées pour récupération : %1</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>Impossible de lire les modifications non enregistrées : %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation>Impossible de mémoriser la configuration récupérée : %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation>Remplacement au niveau du projet</translation>
    </message>
    <message>
        <source>Branch override</source>
        <translation>Remplacement au niveau de la branche</translation>
    </message>
    <message>
        <source>Environment override</source>
        <translation>Remplacement au niveau de l'environnement</translation>
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation>Le serveur a accepté la modification, mais la configuration affiche toujours d'autres valeurs pour %1. Un autre niveau de configuration les remplace peut-être.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>La connexion au serveur a été fermée. Reconnectez-vous et réessayez.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation>La configuration de branche du projet contient des paramètres conservés par environnement ; ils ont été omis du fichier : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>La connexion au serveur a été fermée. Reconnectez-vous et réessayez.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation>Cette configuration ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation>Choisissez une clé à modifier.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation>« %1 » n'est pas une valeur JSON. Écrivez un texte entre guillemets doubles, un nombre, true, false, null, un objet {…} ou un tableau […].</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Saisissez une clé.</translation>
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation>Une clé ne peut pas contenir de point ; ajoutez les clés parentes une par une.</translation>
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation>Les clés ne peuvent être ajoutées qu'à un objet.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>« %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Défini au niveau</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
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
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Not the primary email</source>
        <translation>Pas l'e-mail principal</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Utilisé pour la connexion</translation>
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation>Non utilisé pour la connexion</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation>Support requis</translation>
    </message>
    <message>
        <source>Waiting on user</source>
        <translation>En attente de l'utilisateur</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Started by support</source>
        <translation>Ouverte par le support</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation>Note interne · visible uniquement par votre équipe</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationsModel</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>Non lus : %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
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
        <translation>%1 e-mails par seconde (%2 par heure)</translation>
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation>Accélération ×%1 active</translation>
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation>Accélération ×%1 active jusqu'à %2</translation>
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation>Ralenti à %1 % du débit habituel : trop d'e-mails récents ont été rejetés ou signalés comme spam.</translation>
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation>Fonctionne à %1 % du débit habituel (facteur de pénalité défini par le serveur).</translation>
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>E-mails rejetés sur le %n envoyé</numerusform>
            <numerusform>E-mails rejetés sur les %n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>E-mails signalés comme spam sur le %n envoyé</numerusform>
            <numerusform>E-mails signalés comme spam sur les %n envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Signalés comme spam</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rejet</translation>
    </message>
    <message>
        <source>Spam rate</source>
        <translation>Taux de spam</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation>Un texte enregistré automatiquement nécessite une clé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation>Impossible de restreindre le dossier %1 à son propriétaire.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation>Fichier d'enregistrement automatique endommagé %1 ignoré.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation>Modifié ici, pas encore enregistré</translation>
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation>Modifié ici, pas encore enregistré · %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation>« %1 » comporte des modifications non encore enregistrées (conservées sur cet ordinateur jusqu'à leur enregistrement ou abandon)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation>Ce paramètre est conservé par environnement sur le serveur et ne fait pas partie de hexclave.config.ts ; définissez-le dans la page Configuration du projet.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <source>Edit configuration</source>
        <translation>Modifier la configuration</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation>Aucun article avec cet identifiant dans le projet</translation>
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation>Un article pour un autre type de client</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Aucune réponse du serveur</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Impossible à lire</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>Identifiant de l'article : %1</translation>
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation>Nouvelle lecture du solde…</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Lecture du solde…</translation>
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation>Le client est introuvable ; voir le message ci-dessus</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>La connexion de cette liste a été fermée.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation>%1 (configuration %2)</translation>
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation>L'utilisateur peut se connecter avec ce compte</translation>
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation>L'utilisateur ne peut pas se connecter avec ce compte</translation>
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation>L'application peut utiliser le jeton d'accès de ce compte (compte connecté)</translation>
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation>L'application ne peut pas utiliser le jeton d'accès de ce compte</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Compte connecté</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation>Rendu impossible</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d'attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Livraison retardée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Cliqué</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Signalés comme spam</translation>
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation>Mis en pause par un administrateur : il ne sera pas envoyé avant la reprise.</translation>
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation>En attente de rendu.</translation>
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation>Son modèle est en cours de rendu.</translation>
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation>Le rendu de son modèle a échoué ; il ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation>Rendu, en attente de l'heure planifiée.</translation>
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation>En attente d'un créneau d'envoi libre.</translation>
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation>En cours de transmission au serveur de messagerie.</translation>
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation>Le serveur de messagerie l'a refusé ou n'a pas pu le prendre en charge.</translation>
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation>Non envoyé, volontairement.</translation>
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation>Le serveur du destinataire l'a renvoyé.</translation>
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation>Le serveur du destinataire ne l'a pas encore accepté ; nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation>Transmis au serveur de messagerie.</translation>
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation>Livré et ouvert par le destinataire.</translation>
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation>Livré, et un lien qu'il contient a été cliqué.</translation>
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation>Livré, et le destinataire l'a signalé comme spam.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucune raison indiquée</translation>
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation>Annulé par un administrateur</translation>
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation>L'utilisateur s'est désabonné de ce type d'e-mail</translation>
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation>L'utilisateur n'a pas d'adresse e-mail principale</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(aucun destinataire)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(non rendu)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de l'utilisateur : %1</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>Dans le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifié pour</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secrète</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoquée %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation>Une clé publique peut être montrée à d'autres (par ex. dans un navigateur) ; ce n'est pas un secret</translation>
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation>Une clé secrète : seuls les serveurs de son propriétaire doivent la détenir</translation>
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation>Seuls les quatre derniers caractères peuvent être relus ; la clé entière n'a été affichée qu'une fois, lors de sa création</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>Cette clé n'expire pas</translation>
    </message>
    <message>
        <source>The key works</source>
        <translation>La clé fonctionne</translation>
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation>Révoquée le %1 : la clé ne fonctionne plus</translation>
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation>Expirée le %1 : la clé ne fonctionne plus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>La connexion de cette liste a été fermée.</translation>
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation>(produit sans nom)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Se termine le %1</translation>
    </message>
    <message>
        <source>Renews %1</source>
        <translation>Se renouvelle le %1</translation>
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation>Un produit fourni directement, hors catalogue</translation>
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation>ID du produit : %1</translation>
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation>Se renouvelle à chaque période de facturation jusqu'à son annulation</translation>
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation>Acheté ou accordé une seule fois ; ne se renouvelle pas</translation>
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation>Le serveur n'a pas indiqué quand la période en cours se termine</translation>
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation>Annulé : se termine le %1</translation>
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation>La période en cours se termine le %1, puis se renouvelle</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Renews / ends</source>
        <translation>Renouvellement / fin</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>La connexion de cette liste a été fermée.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation>Contient, directement ou via d'autres : %1</translation>
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation>Une autorisation système : intégrée au serveur et en lecture seule.</translation>
    </message>
    <message>
        <source>Contained in %1</source>
        <translation>Contenue dans %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation>Clé client …%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation>Seuls les quatre derniers caractères d'une clé peuvent être relus après sa création.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N'expire pas</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoquée %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expirée %1</translation>
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation>Les clés de cet ensemble fonctionnent</translation>
    </message>
    <message>
        <source>Server key …%1</source>
        <translation>Clé serveur …%1</translation>
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation>Clé d'administration …%1</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation>Clé client …%1, clé serveur …%2</translation>
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation>Clé client …%1, clé d'administration …%2</translation>
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation>Clé serveur …%1, clé d'administration …%2</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation>Clé client …%1, clé serveur …%2, clé d'administration …%3</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
        <translation>Ce serveur n'a pas de configuration au niveau du projet.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation>%1
ID du projet : %2</translation>
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation>%1 — aucun projet pour l'instant</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — connexion…</translation>
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation>%1 — connexion requise</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — indisponible</translation>
    </message>
</context>
<context>
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(sans e-mail)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>Absent de la réponse du serveur</translation>
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation>Accepté (pas d'adresse e-mail : sera ignoré)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(pas d'adresse e-mail)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de l'utilisateur : %1</translation>
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation>Cet utilisateur n'a pas d'adresse e-mail principale ; le serveur l'ignore.</translation>
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation>La réponse du serveur ne mentionne pas cet utilisateur : aucun e-mail n'a été mis en file d'attente pour lui.</translation>
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation>En file d'attente. La boîte d'envoi indique s'il a été livré.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Clé d'accès</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Code par e-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SlaUrgency</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>échéance dans %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>En retard de %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Échéance dans %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation>Expirée %1</translation>
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation>Le lien de l'e-mail ne fonctionne plus : révoquez cette invitation et envoyez-en une nouvelle</translation>
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation>Le lien de l'e-mail fonctionne jusqu'au %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>La connexion de cette liste a été fermée.</translation>
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation>Compté lorsque la ligne est à l'écran</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Comptage des membres…</translation>
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation>Impossible de compter les membres : %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>Plus de %n membre (le comptage s'arrête là)</numerusform>
            <numerusform>Plus de %n membres (le comptage s'arrête là)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n membre, y compris anonymes et restreints</numerusform>
            <numerusform>%n membres, y compris anonymes et restreints</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de l'équipe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation>%1 a fermé la conversation</translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation>%1 a rouvert la conversation</translation>
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation>%1 a mis la conversation en attente de l'utilisateur</translation>
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation>%1 a modifié le statut</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 a défini le statut sur %2</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation>à l'instant</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossible d'écrire le fichier : %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation>Impossible de charger une page de transactions : %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossible d'enregistrer le fichier : %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>La connexion de cette liste a été fermée.</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>Dans le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation>Effet le %1
Créé le %2</translation>
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation>Effectué en mode test : aucun argent réel n'a circulé</translation>
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation>Ajusté par %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation>Annulation d'abonnement</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>Renouvellement d'abonnement</translation>
    </message>
    <message>
        <source>Item quantity change</source>
        <translation>Modification de la quantité d'article</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Rétrofacturation</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>Changement de produit</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Transfert d'argent</translation>
    </message>
    <message>
        <source>Product grant</source>
        <translation>Octroi de produit</translation>
    </message>
    <message>
        <source>Product revocation</source>
        <translation>Révocation de produit</translation>
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation>Annulation de révocation de produit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Inline product</source>
        <translation>Produit direct</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation>Seuls les achats peuvent être remboursés ; ceci est un(e) %1.</translation>
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation>Les achats en mode test ne sont pas remboursables : aucun montant n'a été débité.</translation>
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation>Cet achat a déjà été remboursé.</translation>
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation>Cet achat n'a pas de prix (le produit a été accordé sans paiement) : il n'y a rien à rembourser.</translation>
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation>Cet achat n'indique aucun abonnement ni achat ponctuel à rembourser.</translation>
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
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation>E-mail utilisé pour la connexion</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Équipe sélectionnée</translation>
    </message>
    <message>
        <source>Selected team ID</source>
        <translation>ID de l'équipe sélectionnée</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de l'image de profil</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Inscription (UTC)</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>Dernière activité (UTC)</translation>
    </message>
    <message>
        <source>Has password</source>
        <translation>A un mot de passe</translation>
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation>Connexion par code à usage unique</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>Connexion par clé d'accès</translation>
    </message>
    <message>
        <source>Signs in with email</source>
        <translation>Se connecte par e-mail</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>Double authentification requise</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Métadonnées client</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Métadonnées client en lecture seule</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Métadonnées serveur</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Why restricted</source>
        <translation>Motif de la restriction</translation>
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation>Restreint par un administrateur</translation>
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation>Motif de la restriction (public)</translation>
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation>Détails de la restriction (privés)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Risk scores</source>
        <translation>Scores de risque</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>Fournisseurs OAuth</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>Héritée de %1</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Héritée</translation>
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation>Accordée directement à cet utilisateur ; elle peut être révoquée ici</translation>
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation>Contenue dans une autorisation accordée à l'utilisateur ; révoquez celle-ci pour la retirer</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation>Accordée directement à ce membre dans cette équipe ; elle peut être révoquée ici</translation>
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation>Contenue dans une autorisation accordée au membre dans cette équipe ; révoquez celle-ci pour la retirer</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation>Usurpation d'identité</translation>
    </message>
    <message>
        <source>This app's session</source>
        <translation>Session de cette application</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation>Jamais utilisée depuis sa création</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · fuseau horaire %2</translation>
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation>Créée par un administrateur pour agir en tant que cet utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (sélectionnée)</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation>Ouvrir %1 dans la page Équipes · l'équipe sélectionnée de l'utilisateur</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation>Ouvrir %1 dans la page Équipes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de l'équipe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>L'exportation s'est arrêtée après %n utilisateur : %1</numerusform>
            <numerusform>L'exportation s'est arrêtée après %n utilisateurs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation>Le serveur a envoyé une page d'utilisateurs illisible : %1</translation>
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation>Aucun fichier n'a été écrit. Vérifiez la connexion et exportez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation>Rien n'a été enregistré. Choisissez un autre dossier ou libérez de l'espace disque, puis exportez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation>Rien n'a été enregistré. Exportez à nouveau ; si cela se reproduit, le serveur est peut-être plus récent que cette application.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La réponse n'est pas du JSON.</translation>
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation>Impossible de lire le curseur de la page.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Code par e-mail</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Clé d'accès</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>Restreint : %1</translation>
    </message>
    <message>
        <source>Anonymous user</source>
        <translation>Utilisateur anonyme</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>Méthodes d'authentification</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Pas d'e-mail</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>E-mail non vérifié</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation>Les &amp;utilisateurs peuvent créer des clés d'API</translation>
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation>Les é&amp;quipes peuvent créer des clés d'API</translation>
    </message>
    <message>
        <source>User and team API keys</source>
        <translation>Clés d'API des utilisateurs et des équipes</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation>Les utilisateurs connectés peuvent créer des clés qui agissent en leur nom (config apiKeys.enabled.user)</translation>
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation>Les membres d'équipe disposant de l'autorisation $manage_api_keys peuvent créer des clés qui agissent pour l'équipe (config apiKeys.enabled.team)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation>Permettez aux utilisateurs et aux équipes de votre application de créer leurs propres clés d'API. Les clés existantes restent listées dans la page de chaque utilisateur et de chaque équipe.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation>La configuration est en cours de lecture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Lecture de la configuration du projet…</translation>
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation>Le paramètre n'a peut-être pas été modifié.</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>Le paramètre n'a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Applications installées</translation>
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation>Les applications cochées sont installées dans le projet ; leurs pages et fonctionnalités sont activées dans le tableau de bord et les SDK.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Fraud protection</source>
        <translation>Protection contre la fraude</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration des utilisateurs</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation>Autorisations (RBAC)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Email API</source>
        <translation>API E-mail</translation>
    </message>
    <message>
        <source>Data vault</source>
        <translation>Coffre de données</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>Mode TV</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Liste de contrôle de lancement</translation>
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
        <translation>Intégration Clerk</translation>
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation>Intégration Better Auth</translation>
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation>Intégration WorkOS</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>Click maps</source>
        <translation>Cartes de clics</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>Relectures de session</translation>
    </message>
    <message>
        <source>CLI authentication</source>
        <translation>Authentification CLI</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation>Workflows (alpha)</translation>
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation>%1 (une application inconnue de cette console)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation>M'attribuer</translation>
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation>Changer qui traite cette conversation</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Vous attribuer cette conversation</translation>
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation>Attribuer cette conversation à %1</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>M'attribuer (%1)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Quelqu'un d'autre…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l'attribution</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Supprimer %n utilisateur</numerusform>
            <numerusform>Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restreindre %n utilisateur</numerusform>
            <numerusform>Restreindre %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Lever la restriction de %n utilisateur</numerusform>
            <numerusform>Lever la restriction de %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>Ajouter %n utilisateur à une équipe</numerusform>
            <numerusform>Ajouter %n utilisateurs à une équipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>Accorder une autorisation de projet à %n utilisateur</numerusform>
            <numerusform>Accorder une autorisation de projet à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>Ces utilisateurs sont supprimés définitivement, avec tout ce qui leur appartient : sessions (ils sont déconnectés partout), canaux de contact, comptes OAuth connectés, clés d'accès, appartenances aux équipes, autorisations et clés d'API. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>Saisissez le nombre d'utilisateurs pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le nombre d'utilisateurs, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation>Un utilisateur restreint ne peut pas utiliser votre application tant qu'un administrateur n'a pas levé la restriction. Le motif public peut être montré aux utilisateurs ; les détails privés sont réservés aux administrateurs. Les deux sont facultatifs.</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motif public</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>par ex. Votre compte est en cours d'examen.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Détails privés</translation>
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation>Pourquoi ces utilisateurs ont été restreints, pour les autres administrateurs</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Motif &amp;public :</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>Détails p&amp;rivés :</translation>
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation>La restriction d'un administrateur est levée, avec ses motifs ; les utilisateurs peuvent de nouveau utiliser votre application. Les utilisateurs restreints pour une autre raison (e-mail non vérifié, compte anonyme) restent restreints pour celle-ci.</translation>
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation>Les utilisateurs deviennent membres de l'équipe, avec ses autorisations de membre par défaut. Les utilisateurs déjà membres restent tels quels.</translation>
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation>L'autorisation est accordée directement aux utilisateurs, avec toutes les autorisations qu'elle contient. Les utilisateurs qui la détiennent déjà la conservent.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Autorisation :</translation>
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation>Chargement des autorisations…</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Ce projet n'a pas encore d'équipes.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation>Ce projet n'a aucune autorisation de projet. Définissez-en une d'abord (Autorisations).</translation>
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation>Saisissez %1 pour activer ce bouton.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Choisissez une équipe.</translation>
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation>Choisissez une autorisation.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation>Afficher &amp;tous les utilisateurs, pas seulement les problèmes</translation>
    </message>
    <message>
        <source>Results by user</source>
        <translation>Résultats par utilisateur</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation>N'envoie plus rien ; ce qui est en cours se termine et est signalé.</translation>
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation>&amp;Copier les échecs</translation>
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation>&amp;Réessayer ceux-ci</translation>
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation>Relance l'action pour les utilisateurs pour lesquels elle a échoué ou qu'elle n'a pas atteints.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>%1 sur %2 terminés, %n échec jusqu'ici.</numerusform>
            <numerusform>%1 sur %2 terminés, %n échecs jusqu'ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 sur %2 terminés.</translation>
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation>Arrêt… les requêtes en cours se terminent d'abord.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Every user is done.</source>
        <translation>Tous les utilisateurs sont traités.</translation>
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation>Les utilisateurs pour lesquels l'action a échoué sont listés avec le motif. Lorsqu'une réponse a été perdue, le serveur a été interrogé sur ce qui s'était passé au lieu de recevoir à nouveau la requête.</translation>
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation>L'action a été arrêtée avant d'atteindre tous les utilisateurs.</translation>
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>Déjà restreint par un administrateur : %n utilisateur.</numerusform>
            <numerusform>Déjà restreints par un administrateur : %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>Restreindre uniquement l'autre utilisateur (%n) ; ceux déjà restreints conservent leurs motifs</numerusform>
            <numerusform>Restreindre uniquement les %n autres utilisateurs ; ceux déjà restreints conservent leurs motifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>Restreindre %n utilisateur ; ceux déjà restreints reçoivent ces motifs à la place des leurs</numerusform>
            <numerusform>Restreindre les %n utilisateurs ; ceux déjà restreints reçoivent ces motifs à la place des leurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>Lever plutôt la restriction de %n utilisateur restreint</numerusform>
            <numerusform>Lever plutôt la restriction des %n utilisateurs restreints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>Nouvelle gamme de produits</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>Modifier l'article « %1 »</translation>
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation>Modifier la gamme de produits « %1 »</translation>
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation>Un article est une chose dont les clients détiennent une quantité : crédits, places, appels d'API. Les produits incluent des articles.</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation>Un client possède au plus un produit d'une gamme, comme les offres Free, Pro et Enterprise.</translation>
    </message>
    <message>
        <source>e.g. credits</source>
        <translation>par ex. credits</translation>
    </message>
    <message>
        <source>e.g. plans</source>
        <translation>par ex. plans</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>The id when empty</source>
        <translation>L'identifiant si vide</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation>Quel type de client détient cet article</translation>
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation>Quel type de client possède les produits de cette gamme</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>Type de &amp;client :</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Lettres, chiffres, « _ » et « - » ; il ne pourra pas être modifié ensuite.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>L'enregistrement écrit %n modification dans la configuration du projet :</numerusform>
            <numerusform>L'enregistrement écrit %n modifications dans la configuration du projet :</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrigez d'abord ces points :</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Revenir à l'édition</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>Nouveau produit %1</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>Nouvel article %1</translation>
    </message>
    <message>
        <source>New product line %1</source>
        <translation>Nouvelle gamme de produits %1</translation>
    </message>
    <message>
        <source>Changed product %1</source>
        <translation>Produit modifié %1</translation>
    </message>
    <message>
        <source>Changed item %1</source>
        <translation>Article modifié %1</translation>
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation>Gamme de produits modifiée %1</translation>
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation>Produit supprimé %1</translation>
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation>Article supprimé %1</translation>
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation>Gamme de produits supprimée %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free (included by default)</source>
        <translation>Gratuit (inclus par défaut)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Aucun prix</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation>À la fin de l'achat</translation>
    </message>
    <message>
        <source>When granted again</source>
        <translation>Lors d'un nouvel octroi</translation>
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
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à :</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation>Le certificat présenté actuellement par %1</translation>
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation>Le certificat présenté par %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>Approuver ce certificat pour %1…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Approuver ce certificat ?</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>Approuver ce certificat pour %1 ?</translation>
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation>Hexclave Admin acceptera alors ce seul certificat pour %1, bien qu'aucune autorité de certification ne le garantisse. Ne le faites que si l'opérateur de votre serveur a confirmé que son empreinte SHA-256 est :</translation>
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation>Il remplace le certificat que vous aviez approuvé auparavant pour ce serveur.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation>Cela s'applique uniquement à cette connexion, pour ce serveur (%1). Si le certificat du serveur change ou expire, la connexion est de nouveau refusée. Pour retirer l'approbation, déconnectez-vous, ou choisissez Fichier › Se reconnecter… et appuyez sur « Ne plus approuver ».</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation>&amp;Autoriser le solde à passer sous zéro</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation>Quantité à ajouter (nombre positif) ou à retirer (nombre négatif)</translation>
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation>Facultatif : pourquoi, pour la liste des transactions</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation>Sans cette option, le serveur refuse une modification qui laisse moins de zéro</translation>
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation>&amp;Modifier le solde</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Solde actuel :</translation>
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation>Modi&amp;fication (±) :</translation>
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation>La quantité ajoutée &amp;expire :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation>Ajoute ou retire du solde de %1 détenu par %2. La modification est enregistrée dans la liste des transactions.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation>Saisissez la quantité à ajouter (nombre positif) ou à retirer (nombre négatif).</translation>
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation>Modifie le solde de %1. Le solde actuel est inconnu, tout comme le résultat.</translation>
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation>Cela laisserait %1, sous zéro. Le serveur le refuse sauf si « Autoriser le solde à passer sous zéro » est coché.</translation>
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation>Solde après la modification : %1 (actuellement %2, %3).</translation>
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation>Modification du solde…</translation>
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation>%1 ne détient pas assez de %2 pour retirer %3 : le solde passerait sous zéro. Retirez moins, ou cochez « Autoriser le solde à passer sous zéro » pour effectuer la modification malgré tout.</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>Le solde n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>L'article %1 ne figure plus dans la configuration du projet ; il a peut-être été supprimé sous Produits et articles.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation>La modification a peut-être été appliquée ou non ; le solde est maintenant de %1. Vérifiez-le avant de le modifier à nouveau.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation>La modification a peut-être été appliquée ou non, et le solde n'a pas pu être relu. Vérifiez-le (Recharger) avant de le modifier à nouveau.</translation>
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation>Pas de réponse claire : nouvelle lecture du solde…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation>Vérifier une clé d'API d'équipe</translation>
    </message>
    <message>
        <source>Check a user API key</source>
        <translation>Vérifier une clé d'API d'utilisateur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Collez la clé ici</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Indique si une clé d'API d'équipe de ce projet fonctionne, et à qui elle appartient. La clé est envoyée au serveur uniquement pour la vérifier ; elle n'est stockée nulle part.</translation>
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Indique si une clé d'API d'utilisateur de ce projet fonctionne, et à qui elle appartient. La clé est envoyée au serveur uniquement pour la vérifier ; elle n'est stockée nulle part.</translation>
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation>Collez la clé à vérifier.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation>Valide : c'est la clé %1 de %2, et elle fonctionne.</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation>Valide, mais pas une clé de %1 : %2 appartient à une autre équipe (ID %3).</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation>Valide, mais pas une clé de %1 : %2 appartient à un autre utilisateur (ID %3).</translation>
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation>Révoquée : cette clé a été révoquée et ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation>Expirée : cette clé ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation>Introuvable : aucune clé d'API d'équipe de ce projet n'a cette valeur.</translation>
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation>Introuvable : aucune clé d'API d'utilisateur de ce projet n'a cette valeur.</translation>
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation>Ceci est une clé d'API d'utilisateur, pas une clé d'API d'équipe : vérifiez-la depuis les clés d'API de l'utilisateur.</translation>
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation>Ceci est une clé d'API d'équipe, pas une clé d'API d'utilisateur : vérifiez-la depuis les clés d'API de l'équipe.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>Code source</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation>Accéder à une page, un projet, un utilisateur ou une équipe, ou exécuter une commande…</translation>
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation>Rechercher des pages, projets, utilisateurs, équipes et commandes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation>Rien ne changerait : la configuration a déjà ces valeurs.</translation>
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation>Vérifiez les modifications de %1 avant leur écriture.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Après la modification</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n modification)</numerusform>
            <numerusform>%1 (%n modifications)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Modifications uniquement</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation>Afficher uniquement les lignes modifiées et quelques lignes autour</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Modifier en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Configuration level</source>
        <translation>Niveau de configuration</translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation>Filtrer par clé ou valeur</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer l'édition</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation>Ajouter une clé à l'objet sélectionné (ou au niveau supérieur)</translation>
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation>Supprimer la clé sélectionnée (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation>&amp;Appliquer au fichier</translation>
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation>Vérifiez les modifications et appliquez-les au fichier (Ctrl+S) ; enregistrez le fichier pour les conserver</translation>
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation>Vérifiez les modifications et écrivez-les (Ctrl+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation>Résultante (lecture seule)</translation>
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation>Le fichier a changé (une annulation, ou une modification dans un autre onglet) pendant que vous l'éditiez ici. Vos modifications sont conservées ; Appliquer les affiche par rapport au nouveau contenu du fichier. Recharger les abandonne.</translation>
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 a changé : un onglet de paramètres a enregistré pendant que vous éditiez ici. Vos modifications sont conservées ; Enregistrer les affiche par rapport à la nouvelle copie. Recharger les abandonne et affiche la nouvelle copie.</translation>
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 a changé sur le serveur pendant que vous éditiez. Vos modifications sont conservées ; Enregistrer les affiche par rapport à la nouvelle copie. Recharger les abandonne et affiche la nouvelle copie.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Appliqué au fichier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation>La configuration n'a pas été appliquée ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation>La configuration n'a pas été enregistrée ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation>Les problèmes sont vérifiés pour les niveaux de remplacement, pas pour la configuration résultante.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n problème — double-cliquez dessus pour sélectionner sa clé :</numerusform>
            <numerusform>%n problèmes — double-cliquez sur l'un d'eux pour sélectionner sa clé :</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation>Non appliqué au fichier</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation>Impossible d'appliquer au fichier</translation>
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation>Ces paramètres sont conservés par environnement sur le serveur et ne peuvent pas figurer dans hexclave.config.ts : %1. Supprimez-les ici et définissez-les plutôt dans la page Configuration du projet.</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>Enregistrer malgré les problèmes ?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>%n problème dans cette configuration fera probablement refuser celle-ci par le serveur. Enregistrer quand même ?</numerusform>
            <numerusform>%n problèmes dans cette configuration feront probablement refuser celle-ci par le serveur. Enregistrer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>Appliquer à %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation>La configuration est en cours de lecture ou d'écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation>Rien à enregistrer : la configuration a déjà ces valeurs.</translation>
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation>La configuration a refusé ces valeurs ; voir les problèmes listés ci-dessous.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Filtrer la configuration</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation>Récupérer dans un fichier…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Comparer avec un fichier…</translation>
    </message>
    <message>
        <source>Push file…</source>
        <translation>Envoyer un fichier…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Ouvrir dans l'éditeur</translation>
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation>Enregistrer la configuration de branche du projet sous forme de hexclave.config.ts</translation>
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation>Afficher côte à côte les différences entre un hexclave.config.ts et le projet</translation>
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation>Faire d'un hexclave.config.ts la configuration de branche du projet (la modification est d'abord affichée)</translation>
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation>La configuration de branche du projet peut résider dans un hexclave.config.ts à côté de votre code. Les paramètres conservés par environnement (secrets client OAuth, domaines de confiance, serveur de messagerie) restent sur le serveur.</translation>
    </message>
    <message>
        <source>Pull to file</source>
        <translation>Récupérer dans un fichier</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>Choisir un fichier de configuration</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Lecture de la configuration du projet…</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Lire la configuration du projet</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation>La configuration de branche a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation>La configuration de branche a été enregistrée dans %1, mais un envoi ultérieur ne saura pas si le projet a changé entre-temps.</translation>
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation>%1 et la configuration de branche du projet sont identiques.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation>À gauche : la configuration de branche du projet. À droite : %1.</translation>
    </message>
    <message>
        <source>Branch configuration</source>
        <translation>Configuration de branche</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation>Configuration Hexclave (*.config.ts);;Fichiers TypeScript (*.ts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Modifier le fichier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation>Réc&amp;upérer depuis le projet…</translation>
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation>Remplacer la configuration de ce fichier par la configuration de branche d'un projet</translation>
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation>&amp;Comparer avec le projet…</translation>
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation>Afficher côte à côte les différences entre ce fichier et la configuration de branche d'un projet</translation>
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation>En&amp;voyer vers le projet…</translation>
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation>Faire de ce fichier la configuration de branche d'un projet (la modification est d'abord affichée)</translation>
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation>%1[*] — Hexclave Admin</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation>Problèmes — erreurs : %1, avertissements : %2. Un envoi est refusé tant que les erreurs ne sont pas corrigées.</translation>
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation>Problèmes — avertissements : %1</translation>
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre ; modifiez-le là-bas.</translation>
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation>Ce fichier contient "show-onboarding" au lieu d'une configuration. Il reste ainsi jusqu'à ce que vous modifiiez un paramètre ; il est alors enregistré sous forme d'objet.</translation>
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation>%1 comporte des modifications du %2 qui n'ont jamais été enregistrées (l'application s'est peut-être fermée de manière inattendue).</translation>
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation>Le fichier a changé sur le disque depuis ; la restauration remplace ces modifications (vous pouvez l'annuler).</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation>Un nouveau fichier de configuration du %1 n'a jamais été enregistré (l'application s'est peut-être fermée de manière inattendue). Le restaurer ici ?</translation>
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation>Il existe %1 fichiers de ce type ; les autres seront proposés la prochaine fois que vous créerez un fichier.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation>%1 L'écraser avec votre version, ou le recharger (vos modifications non enregistrées seront perdues) ?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation>Enregistrer le fichier de configuration sous</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation>Certains paramètres ont été modifiés mais pas encore appliqués au fichier. Les abandonner ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Enregistrer les modifications de %1 avant de le fermer ?</translation>
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation>Une récupération, comparaison ou un envoi est en cours ; fermez la fenêtre quand ce sera terminé.</translation>
    </message>
    <message>
        <source>Pull from project</source>
        <translation>Récupérer depuis le projet</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Récupérer depuis %1</translation>
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation>Remplacer la configuration de %1 par la configuration de branche de %2 ? Vous pouvez l'annuler.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation>Configuration de branche de %1 récupérée. Enregistrez pour la conserver dans le fichier.</translation>
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation>Le fichier contient déjà la configuration de branche de %1.</translation>
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation>Récupérer la configuration</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>Comparer avec le projet</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Lire la configuration du projet</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation>%1 (configuration de branche)</translation>
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation>Le fichier et la configuration de branche du projet sont identiques.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation>À gauche : la configuration de branche actuelle du projet. À droite : ce fichier (avec les modifications non enregistrées).</translation>
    </message>
    <message>
        <source>Push to project</source>
        <translation>Envoyer vers le projet</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation>Lecture de la configuration…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>E&amp;xpert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>P&amp;rojet</translation>
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation>Relire la configuration (F5)</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Recharger la configuration</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPushFlow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The file was not pushed; the server would refuse it:
%1</source>
        <translation>Le fichier n'a pas été envoyé ; le serveur le refuserait :
%1</translation>
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation>%1 a été envoyé vers %2.</translation>
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation>%1 a déjà cette configuration.</translation>
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation>Configuration de branche de %1</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>Envoyer %1 vers %2</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation>La configuration du projet a changé depuis que vous l'avez récupérée dans %1. L'envoi remplace ces modifications par le fichier.

Envoyer quand même ?</translation>
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation>%1 n'a pas été récupéré depuis %2 sur cet ordinateur : les modifications faites depuis sur le projet ne peuvent pas être détectées. L'envoi remplace la configuration de branche du projet par le fichier.

Envoyer quand même ?</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Envoyer vers %1</translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Push the configuration</source>
        <translation>Envoyer la configuration</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation>Afficher la modification, puis l'appliquer au fichier (enregistrez le fichier pour la conserver)</translation>
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation>Afficher la modification, puis l'écrire dans la configuration</translation>
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation>Abandonner les modifications de cette section</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation>Rien à enregistrer : la configuration indique déjà cela.</translation>
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation>Appliquer les paramètres %1 au fichier</translation>
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation>Enregistrer les paramètres %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation>Rien n'a été enregistré : la configuration est en cours de lecture ou d'écriture. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n'a été enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation>Rien n'a été enregistré : la configuration a refusé ces valeurs, ou les a déjà.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Appliqué au fichier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation>La modification a été envoyée, mais la relecture ne l'a pas affichée.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>Les paramètres n'ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation>Fournisseurs &amp;OAuth</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domaines</translation>
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation>É&amp;quipes &amp;&amp; utilisateurs</translation>
    </message>
    <message>
        <source>A&amp;pps</source>
        <translation>A&amp;pplications</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation>Cloud Hexclave (api.hexclave.com)</translation>
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation>Serveur auto-hébergé</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation>Se connecter à un serveur Hexclave</translation>
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation>Votre session pour %1 a pris fin. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation>Hexclave Admin fonctionne avec le cloud Hexclave et avec les serveurs auto-hébergés. Vos clés et sessions sont conservées dans le trousseau système.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation>E-mail &amp;&amp; mot de passe</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clé d'administration</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Clé serveur</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>URL racine de l'API</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>URL du tableau de bord</translation>
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation>Clé client publiable du projet interne</translation>
    </message>
    <message>
        <source>API root:</source>
        <translation>Racine de l'API :</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>URL du tableau de bord :</translation>
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation>Clé publiable interne :</translation>
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation>L'URL du tableau de bord et la clé publiable du projet interne ne sont nécessaires que pour se connecter avec un compte du tableau de bord ; l'opérateur de votre serveur les connaît.</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d'attendre</translation>
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation>Connexion par navigateur arrêtée.</translation>
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation>Ouvre le tableau de bord Hexclave dans votre navigateur web. Connectez-vous-y comme d'habitude et appuyez sur « Authorize » ; cette fenêtre continue d'elle-même.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation>L'e-mail et le mot de passe de votre compte du tableau de bord Hexclave.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Clé d'administration super secrète</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Clé serveur secrète</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation>La clé d'administration super secrète d'un projet donne un accès complet à ce seul projet, comme le tableau de bord. Créez-en une dans les clés d'API du projet.</translation>
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation>Une clé serveur secrète peut gérer les utilisateurs, les équipes et les octrois d'autorisations, mais pas la configuration du projet. Les pages qu'elle ne peut pas utiliser sont grisées.</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>ID du projet :</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Clé d'administration :</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>Clé serveur :</translation>
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation>Saisissez la clé client publiable du projet interne (elle commence par pck_).</translation>
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation>La connexion par navigateur nécessite l'adresse du tableau de bord du serveur. %1</translation>
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation>Saisissez l'adresse e-mail de votre compte du tableau de bord.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation>L'ID du projet est un UUID tel que 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (vous le trouverez dans les paramètres du projet).</translation>
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation>Les clés d'administration super secrètes commencent par sak_. Vérifiez que vous avez copié la bonne clé.</translation>
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation>Les clés serveur secrètes commencent par ssk_. Vérifiez que vous avez copié la bonne clé.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Vérification de la clé…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>Impossible d'ouvrir un navigateur. Copiez le lien et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation>En attente de votre appui sur « Authorize » dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation>Connecté. Chargement de vos projets…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contact du serveur…</translation>
    </message>
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation>Cette connexion a été configurée sans l'adresse du tableau de bord : connectez-vous avec l'e-mail et le mot de passe.</translation>
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation>Aucune API Hexclave n'a répondu à %1. Vérifiez l'adresse : la racine de l'API se termine par /api/v1, comme https://api.hexclave.com/api/v1.
(%2)</translation>
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation>Cette connexion approuve un certificat que vous avez accepté pour %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Ne plus approuver</translation>
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation>Le certificat de %1 n'est plus approuvé.</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation>Vous êtes connecté à %1. Vous pouvez vous reconnecter ici.</translation>
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation>Ne plus approuver ce certificat ?</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation>Ne plus approuver le certificat de %1 ?</translation>
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation>La connexion à ce serveur (%1) est alors refusée jusqu'à ce que vous approuviez de nouveau un certificat pour lui. Cela s'applique immédiatement.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation>Ajouter un canal de contact</translation>
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation>Ajouter une adresse e-mail à %1.</translation>
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation>Modifier le canal de contact</translation>
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation>À quoi sert %1.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Utilisé pour la connexion</translation>
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation>L'utilisateur peut se connecter avec cette adresse (mot de passe, code à usage unique ou lien magique). Un seul utilisateur peut utiliser une adresse pour la connexion.</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation>L'adresse affichée comme e-mail de l'utilisateur ; une autre adresse principale cesse d'être principale.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation>Marquer l'adresse comme vérifiée sans envoyer d'e-mail de vérification.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n'est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Send verification…</source>
        <translation>Envoyer une vérification…</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canaux de contact</translation>
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation>Ajouter une adresse e-mail à cet utilisateur</translation>
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation>Modifier si l'adresse sélectionnée est principale, utilisée pour la connexion ou vérifiée</translation>
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation>Retirer l'adresse sélectionnée de cet utilisateur</translation>
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation>Envoyer un lien de vérification à l'adresse sélectionnée</translation>
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation>Aucune adresse e-mail. Ajoutez-en une pour que l'utilisateur puisse être joint ou se connecter avec.</translation>
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation>Chargement des canaux de contact…</translation>
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les canaux de contact. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation>L'adresse sélectionnée est déjà vérifiée</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation>L'ajout de %1 a échoué.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation>L'enregistrement de %1 a échoué.</translation>
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation>

L'utilisateur se connecte avec cette adresse ; il ne pourra plus le faire, sauf s'il dispose d'un autre moyen de connexion.</translation>
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation>Supprimer le canal de contact</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation>La suppression de %1 a échoué.</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>Envoyer un e-mail de vérification</translation>
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation>« %1 » n'est pas une adresse web : rien n'a été envoyé. Indiquez l'adresse complète, commençant par https://.</translation>
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation>Envoi d'un e-mail de vérification à %1…</translation>
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation>E-mail de vérification envoyé à %1.</translation>
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation>L'envoi de l'e-mail de vérification à %1 a échoué.</translation>
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation>Le lien de l'e-mail mène à cette page de votre application ; elle doit se trouver sur l'un des domaines de confiance du projet. Par exemple :
%1
L'adresse de l'application est mémorisée pour ce projet.</translation>
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
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Deleted user</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>Réponse %1 (%2)</translation>
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
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Dernière activité : %1</translation>
    </message>
    <message>
        <source>✎ Draft</source>
        <translation>✎ Brouillon</translation>
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation>Vous avez un brouillon non envoyé dans cette conversation</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation>Ouvrir la page de l'utilisateur</translation>
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation>Afficher cet utilisateur dans la page Utilisateurs</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Aucun utilisateur</translation>
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation>Utilisateur supprimé ou inconnu (%1)</translation>
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation>Ouvrir la page utilisateur de %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>ouverte %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouverte %1</translation>
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation>Première réponse en retard : elle était attendue %1.</translation>
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation>Réponse en retard : elle était attendue %1.</translation>
    </message>
    <message>
        <source>First response due %1.</source>
        <translation>Première réponse attendue %1.</translation>
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation>Prochaine réponse attendue %1.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation>Passage du statut à « %1 »…</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>Le statut n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Attribution…</translation>
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation>La conversation n'a pas été attribuée.</translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>Retrait de l'attribution…</translation>
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation>Le responsable n'a pas été retiré.</translation>
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation>Modification de la priorité…</translation>
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation>La priorité n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Ajout de l'étiquette…</translation>
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation>L'étiquette n'a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Suppression de l'étiquette…</translation>
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation>L'étiquette n'a pas été supprimée.</translation>
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation>Quelqu'un l'a modifiée entre-temps ; Actualiser affiche son état actuel.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation>Elle a peut-être été supprimée ; actualisez la liste des conversations.</translation>
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation>La modification a peut-être été effectuée malgré tout ; Actualiser affiche la conversation dans son état actuel.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Impossible de lire la conversation.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>Sélectionnez une conversation pour la lire et y répondre.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Chargement de la conversation</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Conversation introuvable</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation>Elle a peut-être été supprimée entre-temps. Choisissez une autre conversation dans la liste.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation>Aucune réponse du serveur — vérification de sa réception…</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>Votre brouillon n'a pas pu être enregistré sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Votre réponse est arrivée. La réponse du serveur a été perdue : la conversation a donc été relue pour s'en assurer.</translation>
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Votre note est arrivée. La réponse du serveur a été perdue : la conversation a donc été relue pour s'en assurer.</translation>
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation>La réponse n'a pas été envoyée ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation>La note n'a pas été ajoutée ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation>Non envoyée — votre texte est conservé ; renvoyer ?</translation>
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation>Non ajoutée — votre texte est conservé ; l'ajouter à nouveau ?</translation>
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation>On ne sait pas si ceci est arrivé : la réponse du serveur a été perdue et la conversation n'a pas pu être relue. Votre texte est conservé — rechargez la conversation et vérifiez avant de renvoyer.</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>une conversation</translation>
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation>On ne sait pas si votre réponse à « %1 » est arrivée : la réponse du serveur a été perdue. Le texte y est conservé comme brouillon ; vérifiez cette conversation avant de renvoyer.</translation>
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation>On ne sait pas si votre note sur « %1 » a été ajoutée : la réponse du serveur a été perdue. Le texte y est conservé comme brouillon ; vérifiez cette conversation avant de l'ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation>Votre réponse à « %1 » n'a pas été envoyée ; le texte y est conservé comme brouillon.</translation>
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation>Votre note sur « %1 » n'a pas été ajoutée ; le texte y est conservé comme brouillon.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation>&amp;Secrète : pour les serveurs et scripts du propriétaire ; jamais montrée à d'autres</translation>
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation>&amp;Publique : peut être vue par d'autres, par ex. dans un navigateur ou une application</translation>
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation>Indiquez à quoi sert la clé : c'est ainsi qu'elle sera reconnue plus tard.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation>Nouvelle clé d'API pour l'équipe %1</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>Nouvelle clé d'API pour %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation>À quoi sert la clé, par ex. « Export nocturne »</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation>La clé n'est affichée qu'une fois, juste après sa création. Ensuite, seuls ses quatre derniers caractères sont visibles.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation>Clé client &amp;publiable</translation>
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation>Clé &amp;serveur secrète</translation>
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation>Clé d'&amp;administration super secrète</translation>
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation>C&amp;réer les clés</translation>
    </message>
    <message>
        <source>Create API keys</source>
        <translation>Créer des clés d'API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation>Qui ou quoi utilise ces clés, par ex. « Application web de production »</translation>
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation>pck_… : identifie le projet auprès des applications clientes (navigateurs, mobiles). Pas secrète, mais nécessaire uniquement si le projet l'exige.</translation>
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation>ssk_… : accès complet aux utilisateurs, équipes et données depuis votre serveur. Gardez-la secrète.</translation>
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation>sak_… : tout, y compris la configuration et ces clés. Réservée aux outils et à l'automatisation ; gardez-la secrète.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés :</translation>
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation>Les nouvelles clés ne sont affichées qu'une fois, juste après leur création. Seuls leurs quatre derniers caractères sont visibles ensuite.</translation>
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation>Décrivez à quoi servent les clés, pour savoir lesquelles révoquer plus tard.</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>Choisissez au moins une clé.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Création des clés…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation>L'adresse e-mail est &amp;vérifiée</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>&amp;Utilisée pour la connexion</translation>
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation>&amp;Pas de mot de passe (l'utilisateur se connecte autrement)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer un utilisateur</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>L'utilisateur peut se connecter avec cette adresse (avec un mot de passe ou un code à usage unique). Un seul utilisateur peut utiliser une adresse pour la connexion.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation>70 caractères au maximum</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Pas de mot de passe</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Métadonnées</translation>
    </message>
    <message>
        <source>Show metadata</source>
        <translation>Afficher les métadonnées</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Saisissez d'abord une adresse e-mail.</translation>
    </message>
    <message>
        <source>Hide metadata</source>
        <translation>Masquer les métadonnées</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>Ce n'est pas une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation>Saisissez un mot de passe, ou choisissez « Pas de mot de passe ».</translation>
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation>Un mot de passe nécessite une adresse e-mail pour se connecter.</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Création de l'utilisateur…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation>Choisir un &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>Choisir une é&amp;quipe…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation>Utilisateurs et équipes du projet, ou vos propres clients identifiés par un ID quelconque</translation>
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation>Rechercher parmi les utilisateurs du projet et en choisir un (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation>Choisir l'une des équipes du projet (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation>ID du client, tel que votre propre système le nomme</translation>
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation>ID de client personnalisé</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Afficher les articles et produits de ce client</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Aucun utilisateur choisi</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de l'utilisateur : %1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>Aucune équipe choisie</translation>
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation>ID de l'équipe : %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation>L'utilisateur %1 n'existe pas (ou plus) dans ce projet. Choisissez un autre utilisateur.</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation>L'équipe %1 n'existe pas (ou plus) dans ce projet. Choisissez une autre équipe.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation>Choisissez un client pour voir ses articles et produits</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation>Modifier la &amp;quantité…</translation>
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation>&amp;Accorder un produit…</translation>
    </message>
    <message>
        <source>Item balances</source>
        <translation>Soldes des articles</translation>
    </message>
    <message>
        <source>Products owned</source>
        <translation>Produits possédés</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID de l'article</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation>Le catalogue ne peut pas être lu avec cette clé : saisissez l'ID d'un article pour voir et modifier son solde</translation>
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation>Lire le solde du client pour l'article saisi</translation>
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation>Ajouter ou retirer du solde de l'article sélectionné (ou double-cliquez sur l'article)</translation>
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation>Donner au client un produit du catalogue sans paiement</translation>
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation>Relire les soldes et les produits</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation>Le catalogue ne peut pas être lu avec cette clé. Saisissez l'ID d'un article ci-dessus et appuyez sur Rechercher pour voir son solde.</translation>
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation>Impossible de lire les articles du projet. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation>Lecture des articles du projet…</translation>
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation>Ce projet n'a aucun article pour les clients de type %1 — ajoutez-en sous Produits et articles</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Chargement des produits…</translation>
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les produits. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation>%1 ne possède aucun produit.</translation>
    </message>
    <message>
        <source>Grant product…</source>
        <translation>Accorder un produit…</translation>
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation>Sélectionnez d'abord un article, puis modifiez son solde</translation>
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation>Ce projet n'a aucun produit à accorder aux clients de type %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ajouté(s)</translation>
    </message>
    <message>
        <source>took away %1</source>
        <translation>%1 retiré(s)</translation>
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation>Solde de %1 modifié pour %2 : %3.</translation>
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation>%1 × %2 accordé(s) à %3.</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>%1 accordé à %2.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation>&amp;Enregistrer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation>&amp;Créateur de l'équipe</translation>
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation>Attribuées à l'utilisateur qui crée une équipe, dans cette équipe.</translation>
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation>&amp;Membre de l'équipe</translation>
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation>Attribuées à chaque utilisateur qui rejoint une équipe, dans cette équipe.</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>&amp;Inscription</translation>
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation>Attribuées à chaque nouvel utilisateur lors de son inscription.</translation>
    </message>
    <message>
        <source>Default permissions</source>
        <translation>Autorisations par défaut</translation>
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation>Écrire les autorisations cochées dans la configuration du projet</translation>
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation>Revenir à ce qu'indique la configuration du projet</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation>Enregistré. Les nouvelles équipes, les nouveaux membres et les nouveaux utilisateurs reçoivent désormais ces autorisations.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>La configuration est en cours de lecture ; enregistrez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation>Les autorisations par défaut n'ont peut-être pas été enregistrées.</translation>
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation>Les autorisations par défaut n'ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Lecture de la configuration du projet…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation>&amp;Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation>Le projet %1 (%2) sera supprimé définitivement, avec tout son contenu : utilisateurs, équipes, autorisations, clés d'API, configuration, paiements et e-mails. Les applications qui l'utilisent cesseront de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation>La clé utilisée par cette connexion appartient au projet et cessera également de fonctionner.</translation>
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le nom du projet, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Ce projet n'a pas de nom. Pour confirmer, saisissez son ID, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation>Saisissez le nom du projet pour confirmer</translation>
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation>Saisissez l'ID du projet pour confirmer</translation>
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation>Suppression du projet…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation>&amp;Supprimer l'équipe</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez le nom de l'équipe, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Cette équipe n'a pas de nom. Pour confirmer, saisissez son ID, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation>Saisissez le nom de l'équipe pour confirmer</translation>
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation>Saisissez l'ID de l'équipe pour confirmer</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation>L'équipe %1 (%2) sera supprimée définitivement.</translation>
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation>Elle n'a aucun membre : personne ne perd l'accès.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Plus de %n membre perd l'accès à celle-ci et les autorisations qu'il y détient.</numerusform>
            <numerusform>Plus de %n membres perdent l'accès à celle-ci et les autorisations qu'ils y détiennent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Son %n membre perd l'accès à celle-ci et les autorisations qu'il y détient.</numerusform>
            <numerusform>Ses %n membres perdent l'accès à celle-ci et les autorisations qu'ils y détiennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation>Comptage des membres qui perdent l'accès…</translation>
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation>Chaque membre perd l'accès à celle-ci et les autorisations qu'il y détient (les membres n'ont pas pu être comptés).</translation>
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation>Ses invitations et clés d'API cessent de fonctionner. Les utilisateurs eux-mêmes ne sont pas supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation>Suppression de l'équipe…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation>&amp;Supprimer l'utilisateur</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>%1 (%2) sera supprimé définitivement, avec tout ce qui lui appartient : ses sessions (il est déconnecté partout), canaux de contact, comptes OAuth connectés, clés d'accès, appartenances aux équipes, autorisations et clés d'API. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez l'adresse e-mail de l'utilisateur, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Cet utilisateur n'a pas d'adresse e-mail. Pour confirmer, saisissez l'ID de l'utilisateur, &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation>Saisissez l'adresse e-mail pour confirmer</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>Saisissez l'ID de l'utilisateur pour confirmer</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>Suppression de l'utilisateur…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation>Redemander les chiffres au serveur (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation>Capacité d'envoi :</translation>
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation>La vitesse à laquelle le serveur envoie les e-mails de ce projet. Elle augmente avec les e-mails envoyés le mois dernier et diminue lorsque beaucoup sont rejetés ou signalés comme spam.</translation>
    </message>
    <message>
        <source>Capacity boost</source>
        <translation>Accélération de capacité</translation>
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation>Une accélération temporaire multiplie la capacité d'envoi jusqu'à son terme.</translation>
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation>Pénalité de capacité</translation>
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation>Le serveur réduit la capacité d'envoi tant que le taux de rejet ou de spam de la dernière heure, du dernier jour ou de la dernière semaine est élevé ; elle se rétablit à mesure que ces e-mails sortent des périodes.</translation>
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation>Nombre d'e-mails transmis au serveur de messagerie dans chaque période ; les e-mails rejetés et signalés comme spam font partie des envoyés. Beaucoup de rejets ou de signalements de spam réduisent la capacité d'envoi.</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>Graphique de livraison</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Delivery figures</source>
        <translation>Chiffres de livraison</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les chiffres de livraison. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Signalés comme spam</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation>Saisissez une adresse http:// ou https:// d'une image, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation>Autoriser les rappels vers &amp;localhost</translation>
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation>&amp;Ajouter un domaine…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Trusted domains</source>
        <translation>Domaines de confiance</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Handler path</source>
        <translation>Chemin du gestionnaire</translation>
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation>Les redirections de connexion vers http://localhost sont acceptées (pour le développement).</translation>
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation>Domaines de confiance : là où la connexion peut rediriger.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant : %1</translation>
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation>Ajouter un domaine de confiance</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation>Aucun brouillon pour l'instant. Un brouillon est un e-mail que vous rédigez une fois et envoyez à vos utilisateurs.</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nouveau brouillon…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation>Impossible de charger les brouillons.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation>Donner un autre nom au brouillon sélectionné (F2)</translation>
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation>Envoyer le brouillon sélectionné aux utilisateurs du projet</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyé %1</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommé en « %1 ».</translation>
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation>« %1 » n'a pas été renommé.</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Envoyer le brouillon</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation>« %1 » comporte des modifications non enregistrées. Les enregistrer avant l'envoi ?</translation>
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation>Le serveur envoie le brouillon tel qu'il y est enregistré.</translation>
    </message>
    <message>
        <source>Save and send…</source>
        <translation>Enregistrer et envoyer…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Vérifiée</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>&amp;Utilisée pour la connexion</translation>
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation>Définir un &amp;nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>&amp;Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>No primary email</source>
        <translation>Pas d'e-mail principal</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>L'utilisateur peut se connecter avec cette adresse (avec un mot de passe ou un code à usage unique). Un seul utilisateur peut utiliser une adresse pour la connexion.</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de l'image de profil</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation>&amp;E-mail principal :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>URL de l'&amp;image de profil :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation>&amp;Conserver le mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation>&amp;Le laisser sans mot de passe</translation>
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation>L'utilisateur ne peut plus se connecter avec un mot de passe.</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>Cet utilisateur n'a pas de mot de passe.</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Saisissez d'abord une adresse e-mail.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>Ce n'est pas une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation>Saisissez le nouveau mot de passe, ou conservez l'actuel.</translation>
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation>Un mot de passe nécessite une adresse e-mail principale pour se connecter.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation>Aperçu de l'e-mail</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n image distante bloquée</numerusform>
            <numerusform>%n images distantes bloquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>%n ressource distante bloquée</numerusform>
            <numerusform>%n ressources distantes bloquées</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation>L'aperçu ne charge jamais rien depuis Internet.</translation>
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation>Lien vers %1 (non ouvert depuis l'aperçu)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation>Les e-mails partent du serveur partagé de Hexclave, avec Hexclave comme expéditeur. Il envoie les e-mails intégrés (codes de connexion, réinitialisations de mot de passe, vérifications) mais ne peut pas envoyer vos propres e-mails issus de brouillons, et les modèles modifiés ne sont pas utilisés : les deux nécessitent votre propre serveur.</translation>
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation>Resend est joint via SMTP : collez une clé d'API de resend.com comme clé ci-dessous ; le domaine de l'expéditeur doit y être vérifié.</translation>
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation>Serveur partagé de Hexclave</translation>
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation>Votre propre serveur SMTP</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation>Géré par Hexclave</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation>Hexclave exploite ce serveur de messagerie pour le projet. Modifiez-le dans le tableau de bord web.</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation>Hexclave exploite ce serveur de messagerie pour le domaine %1 du projet. Modifiez-le dans le tableau de bord web.</translation>
    </message>
    <message>
        <source>Your app</source>
        <translation>Votre application</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d'API :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation>Inchangé (enregistré sur le serveur)</translation>
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation>Envoyer un e-mail avec les paramètres du formulaire, enregistrés ou non</translation>
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation>Choisissez votre propre serveur SMTP ou Resend pour envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation>Saisissez le nom d'hôte du serveur, comme smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation>Saisissez uniquement un nom d'hôte, sans schéma, chemin ni port.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation>Saisissez un port entre 1 et 65535 (généralement 587, ou 465 pour SSL).</translation>
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation>Saisissez le nom d'utilisateur avec lequel le serveur se connecte.</translation>
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation>Collez une clé d'API de resend.com.</translation>
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation>Saisissez le mot de passe avec lequel le serveur se connecte.</translation>
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation>Le serveur conserve au maximum 70 caractères.</translation>
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation>Saisissez le nom d'expéditeur de vos e-mails, comme le nom de votre application.</translation>
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation>Saisissez l'adresse d'expédition de vos e-mails.</translation>
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation>Saisissez une adresse e-mail, comme noreply@example.com.</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Serveur : %1 → %2</translation>
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation>L'hôte, le nom d'utilisateur, le mot de passe et l'expéditeur sont supprimés de la configuration.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1 : %2 modifié</translation>
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation>%1 : %2 inchangé</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l'expéditeur</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>E-mail de l'expéditeur</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation>Rien à enregistrer : le formulaire affiche ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Save the email server</source>
        <translation>Enregistrer le serveur de messagerie</translation>
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation>Enregistrer ces paramètres de serveur de messagerie pour l'environnement de %1 ?</translation>
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation>Lecture de la configuration en cours : enregistrez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation>Enregistrement et relecture…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Envoyer un e-mail de &amp;test…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation>Configuré dans le tableau de bord web ; affiché ici tel quel.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l'expéditeur :</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>&amp;E-mail de l'expéditeur :</translation>
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation>L'adresse d'où partent les e-mails de ce projet. Chaque environnement a son propre serveur de messagerie ; celui-ci est celui de l'environnement auquel vous êtes connecté.</translation>
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation>Vérifiez les modifications, puis enregistrez-les (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation>Enregistré et relu : cet environnement utilise désormais %1.</translation>
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation>Les paramètres du serveur de messagerie n'ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation>Les paramètres du serveur de messagerie ont été envoyés, mais la relecture ne les a pas affichés. Vérifiez-les de nouveau avant de vous y fier.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>Abandonner les modifications…</translation>
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation>Vos modifications n'ont pas pu être conservées sur cet ordinateur (%1). Enregistrez-les sur le serveur avant de fermer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Create a new %1</source>
        <translation>Créer un nouveau %1</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation>Supprimer le %1 sélectionné (Del)</translation>
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation>Effectuer le rendu de l'e-mail via le serveur (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation>Enregistrer la source sur le serveur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation>Revenir à la version enregistrée sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation>Sélectionnez un %1 à gauche pour le modifier.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>// Loading…</source>
        <translation>// Chargement…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Chargement de « %1 »…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Rien à prévisualiser.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation>« %1 » n'a pas été enregistré ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation>« %1 » n'existe plus sur le serveur (supprimé ailleurs ?) ; vos modifications sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation>Abandonner vos modifications de « %1 » et revenir à la version enregistrée sur le serveur ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>« %1 » n'a pas été créé.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>Supprimer le %1 « %2 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation>Ses modifications non enregistrées sont également abandonnées.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation>« %1 » était déjà supprimé.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>« %1 » n'a pas été supprimé.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation>Modifications non enregistrées d'un %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation>Restaurer les modifications non enregistrées de « %1 » du %2 ?</translation>
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation>Elles ont été conservées sur cet ordinateur lorsque l'application s'est fermée sans les enregistrer.</translation>
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation>Le %1 a été modifié sur le serveur depuis ; enregistrer les modifications restaurées remplace cette version.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation>Modifications non enregistrées d'un %1 supprimé</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation>Modifications non enregistrées de « %1 », qui n'existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation>Il a été supprimé ailleurs. Conservez vos modifications comme nouveau %1 (non enregistré tant que vous ne l'enregistrez pas), copiez la source dans le presse-papiers, ou abandonnez les modifications.</translation>
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation>Conserver comme nouveau %1</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation>Le thème qui habille l'e-mail : une mise en page avec en-tête et pied de page autour de son contenu</translation>
    </message>
    <message>
        <source>The project's theme</source>
        <translation>Le thème du projet</translation>
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation>Le thème du projet (%1)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Aucun thème</translation>
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation>Thème %1 (chargement…)</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation>Un thème qui n'existe plus (%1)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation>Avec cette clé : la boîte d'envoi et les chiffres de livraison, ci-dessous.</translation>
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation>Impossible de charger les thèmes d'e-mail : le choix du thème n'est pas disponible.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>Serveur de messagerie</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copier les détails de l'erreur</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>Nouvel essai dans %1 s</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation>Dans 1 jour</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>Dans 1 semaine</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>Dans 30 jours</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>Dans 90 jours</translation>
    </message>
    <message>
        <source>In 365 days</source>
        <translation>Dans 365 jours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d'expiration</translation>
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation>Elle cesse de fonctionner à la fin de ce jour (heure locale)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>Exporter les utilisateurs vers</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation>Tous les utilisateurs correspondants sont exportés, pas seulement ceux chargés dans la liste.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV, pour les tableurs</translation>
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation>&amp;JSON, avec les noms de champs de l'API</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation>Marquer le fichier comme UTF-8 (indicateur d'ordre des octets) pour qu'Excel affiche correctement tous les caractères</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation>Excel lit un fichier CSV sans cet indicateur dans l'ancien encodage du système. Laissez-le activé sauf si un programme auquel vous transmettez le fichier le refuse.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation>Champ « %1 » de l'API</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Fichier d'exportation</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l'exportation</translation>
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation>&amp;Retour aux options</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Anonymous users</source>
        <translation>Utilisateurs anonymes</translation>
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation>Utilisateurs anonymes correspondant à « %1 »</translation>
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation>Tous les utilisateurs, y compris les utilisateurs anonymes et restreints</translation>
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation>Utilisateurs correspondant à « %1 », y compris les utilisateurs anonymes et restreints</translation>
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation>Tous les utilisateurs, y compris les utilisateurs restreints</translation>
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation>Utilisateurs correspondant à « %1 », y compris les utilisateurs restreints</translation>
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation>Tous les utilisateurs sauf les utilisateurs restreints et anonymes</translation>
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation>Utilisateurs correspondant à « %1 », sauf les utilisateurs restreints et anonymes</translation>
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation>inscriptions les plus récentes en premier</translation>
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation>inscriptions les plus anciennes en premier</translation>
    </message>
    <message>
        <source>most recently active first</source>
        <translation>activité la plus récente en premier</translation>
    </message>
    <message>
        <source>least recently active first</source>
        <translation>activité la moins récente en premier</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 colonnes sur %2</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Ceci est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation>Un fichier de ce nom existe. Il n'est remplacé qu'une fois l'exportation terminée.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Exportation des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>%1 utilisateurs écrits, %n page, %2</numerusform>
            <numerusform>%1 utilisateurs écrits, %n pages, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2, %n page du serveur.</numerusform>
            <numerusform>%1
%2, %n pages du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L'exportation a échoué.</translation>
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation>Elle s'est arrêtée avant l'arrivée de la première page d'utilisateurs.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d'ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln utilisateur exporté.</numerusform>
            <numerusform>%Ln utilisateurs exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation>Le fichier existant n'a pas été modifié.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>Elle s'est arrêtée après %Ln utilisateur.</numerusform>
            <numerusform>Elle s'est arrêtée après %Ln utilisateurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>Rechercher dans la source</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::GrantProductDialog</name>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>tous les %1 jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>toutes les %1 semaines</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>tous les %1 ans</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>tous les %1 mois</translation>
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation>Accorder un produit à %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID du produit</translation>
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation>L'ID du produit, tel que dans la configuration du projet</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation>&amp;Accorder le produit</translation>
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation>ID du &amp;produit :</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation>Accorde le produit à %1 sans paiement : rien n'est facturé, et l'octroi apparaît dans la liste des transactions. Un produit de la même gamme de produits qu'un produit que le client possède remplace celui-ci : l'abonnement en cours prend fin.</translation>
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation>Combien en accorder (plus d'un uniquement pour un produit cumulable)</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation>Le catalogue ne peut pas être lu avec cette clé : saisissez l'ID du produit. Le serveur refuse un ID qu'il ne connaît pas.</translation>
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation>Il n'y a aucun produit à accorder.</translation>
    </message>
    <message>
        <source>How many to grant</source>
        <translation>Combien en accorder</translation>
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation>Ce produit n'est pas cumulable : un à la fois</translation>
    </message>
    <message>
        <source>It has no price.</source>
        <translation>Il n'a pas de prix.</translation>
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation>Un abonnement, renouvelé %1.</translation>
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation>Un achat ponctuel.</translation>
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation>Un module complémentaire : %1 doit déjà posséder %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation>Il remplace %1, de la même gamme de produits « %2 ».</translation>
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation>Dans la gamme de produits « %1 ».</translation>
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation>%1 possède déjà ce produit, et il n'est pas cumulable : le serveur refusera de l'accorder à nouveau.</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>Octroi de %1…</translation>
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation>%1 possède déjà %2. Il n'est pas cumulable et ne peut donc pas être accordé à nouveau.</translation>
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation>Le projet n'a aucun produit avec l'ID %1.</translation>
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>Le produit %1 ne figure plus dans la configuration du projet ; il a peut-être été supprimé sous Produits et articles.</translation>
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation>%1 est vendu aux clients de type %2 : il ne peut donc pas être accordé à ce client de type %3.</translation>
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation>Le produit n'a pas été accordé.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation>&amp;15 minutes</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;heure</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;jour</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>&amp;Personnalisée :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d'accès</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d'actualisation</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copier le jeton d'accès</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Copier le jeton d'actualisation</translation>
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation>Copier l'extrait pour le navigateur</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Créer la session</translation>
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation>Usurper l'identité de %1</translation>
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation>Crée une session dans laquelle vous agissez en tant que %1, pour voir votre application comme cet utilisateur la voit. Tout ce qui est fait avec cette session l'est en tant que cet utilisateur. La session est marquée comme usurpation d'identité dans sa liste de sessions et prend fin d'elle-même après la durée choisie.</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>Durée personnalisée</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>Unité de la durée personnalisée</translation>
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation>Durée de la session :</translation>
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation>Extrait pour la console du navigateur</translation>
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation>Pour utiliser votre application web en tant que cet utilisateur : ouvrez l'application dans un navigateur, ouvrez la console de développement sur sa page, collez ceci et appuyez sur Entrée. Cela stocke la session là où le SDK JavaScript Hexclave (Stack Auth) la cherche, puis recharge la page. Utilisez une fenêtre de navigation privée pour que votre propre session reste intacte.</translation>
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation>Pour les appels d'API : envoyez le jeton d'accès dans l'en-tête x-stack-access-token avec un accès client (x-stack-access-type: client et l'ID de votre projet). Il n'est valable que quelques minutes ; obtenez-en un nouveau avec POST /auth/sessions/current/refresh et le jeton d'actualisation dans l'en-tête x-stack-refresh-token.</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Jeton d'ac&amp;tualisation :</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Jeton d'&amp;accès :</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Création de la session…</translation>
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation>Session d'usurpation d'identité pour %1 créée. Elle prend fin après %2, à %3.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>%n jour au maximum : le serveur n'autorise pas de sessions plus longues.</numerusform>
            <numerusform>%n jours au maximum : le serveur n'autorise pas de sessions plus longues.</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation>Ces jetons ne sont enregistrés nulle part : copiez maintenant ce dont vous avez besoin ; ils sont effacés à la fermeture de cette fenêtre, et du presse-papiers une minute plus tard. Quiconque les détient peut agir en tant que cet utilisateur jusqu'à la fin de la session ; révoquez-la plus tôt dans les sessions de l'utilisateur.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Statut de la conversation</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation>Conversations dans lesquelles le client attend une réponse</translation>
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation>Conversations auxquelles le support a répondu, en attente du client</translation>
    </message>
    <message>
        <source>Closed conversations</source>
        <translation>Conversations fermées</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Toutes les conversations</translation>
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation>Rechercher objet, dernier message, client…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation>Recherche effectuée par le serveur dans l'objet, le dernier message et le nom et l'e-mail du client (Ctrl+F ; Esc efface)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation>Afficher uniquement les conversations de cette priorité</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation>Afficher uniquement les conversations attribuées à quelqu'un, à vous ou à personne</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation>Afficher uniquement les conversations avec cette étiquette</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard uniquement</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation>Afficher uniquement les conversations dont le délai de réponse (SLA) est dépassé</translation>
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation>Supprimer le filtre client</translation>
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation>Afficher de nouveau les conversations de tous les clients</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Load more conversations</source>
        <translation>Charger plus de conversations</translation>
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation>Le serveur a d'autres conversations : charger les suivantes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N'importe qui</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation>Votre identité n'est pas encore connue</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversation chargée</numerusform>
            <numerusform>%n conversations chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>%1 conversation affichée sur %n</numerusform>
            <numerusform>%1 conversations affichées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Chargement des conversations…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>Impossible de charger les conversations.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation>Aucune conversation ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Aucune conversation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation>Aucune conversation avec ce client ici.</translation>
    </message>
    <message>
        <source>Show every customer</source>
        <translation>Afficher tous les clients</translation>
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation>Aucune conversation ouverte — rien ne nécessite le support pour l'instant.</translation>
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation>Aucune conversation n'est en attente d'un utilisateur.</translation>
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation>Aucune conversation résolue pour l'instant.</translation>
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation>Aucune conversation de support pour l'instant.</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>C&amp;lient…</translation>
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation>Afficher les conversations d'un client</translation>
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation>Choisir un utilisateur et afficher uniquement ses conversations</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>La page de votre application où le destinataire accepte l'invitation, ouverte depuis le lien de l'e-mail. Elle doit se trouver sur l'un des domaines de confiance du projet. Mémorisée pour ce projet.</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Envoyer l'invitation</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;rappel :</translation>
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation>L'invitation est valable pour une durée limitée ; tant qu'elle n'est pas acceptée, elle figure parmi les invitations en attente de l'équipe.</translation>
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation>Saisissez l'adresse à laquelle envoyer l'invitation.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation>Saisissez l'adresse de la page qui accepte l'invitation, par ex. %1.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Saisissez une adresse http:// ou https:// complète.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Envoi de l'invitation…</translation>
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation>Le serveur a refusé cette adresse : son domaine ne fait pas partie des domaines de confiance du projet. Ajoutez le domaine dans les paramètres du projet, ou utilisez une adresse sur un domaine de confiance.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonEditor</name>
    <message>
        <source>Empty (null)</source>
        <translation>Vide (null)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation>Ajouter une clé de premier niveau</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Ajouter une clé à %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation>Valeur en JSON : texte entre guillemets doubles, nombre, true, false, objet {…} ou liste […].</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation>La valeur de %1 en JSON.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation>Tous les projets de toutes les connexions (Ctrl+P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation>Se connecter à un autre serveur ou compte</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation>Se déconnecter de la connexion actuelle et oublier ses identifiants</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation>Bienvenue dans Hexclave Admin</translation>
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation>Connectez-vous au cloud Hexclave ou à votre propre serveur pour gérer les utilisateurs, équipes, autorisations, clés, paiements, e-mails et conversations de support.</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>No project to show</source>
        <translation>Aucun projet à afficher</translation>
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation>Connexion et liste de vos projets.</translation>
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation>Vos connexions n'ont pas encore de projets.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Aucun projet sélectionné</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>ID du projet : %1</translation>
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation>Se déconnecter de %1 ?

La connexion est supprimée et ses identifiants sont effacés du trousseau.</translation>
    </message>
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation>Connecté à %1, mais les identifiants n'ont pas pu être enregistrés : %2 Vous devrez vous reconnecter après le redémarrage de l'application.</translation>
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation>Relister les projets de toutes les connexions et réessayer les connexions qui ont échoué (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>Se connecter à %1…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation>%1 comporte des modifications non encore enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer l'édition</translation>
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation>Impossible d'ouvrir la page de l'utilisateur : l'utilisateur n'existe plus.</translation>
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation>Impossible d'ouvrir la page de l'utilisateur.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation non lue</numerusform>
            <numerusform>%1, %n conversations non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation>(%1) Hexclave Admin</translation>
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation>Créer un projet appartenant à votre compte du tableau de bord</translation>
    </message>
    <message>
        <source>Open config file…</source>
        <translation>Ouvrir un fichier de configuration…</translation>
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation>Modifier hors ligne le hexclave.config.ts d'un projet (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation>%1 n'existe pas. Y créer un nouveau fichier de configuration ?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation>Les projets se créent avec un compte du tableau de bord : connectez-vous d'abord avec l'un d'eux</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>&amp;Recharger les projets</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation>&amp;Ouvrir un fichier de configuration…</translation>
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation>&amp;Sélecteur de projet</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation>Accéder à une page, un projet, un utilisateur ou une équipe en tapant (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation>À &amp;propos de Hexclave Admin</translation>
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation>À propos de Hexclave Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;Une console de bureau pour les projets Hexclave (Stack Auth) : utilisateurs, équipes, autorisations, clés, paiements, e-mails, support et configuration.&lt;/p&gt;&lt;p&gt;Conçue avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Se r&amp;econnecter…</translation>
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
        <translation>Se reconnecter à la connexion actuelle, ou modifier le certificat qu'elle approuve</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation>Cette section n'est pas encore disponible dans cette version de Hexclave Admin. En attendant, utilisez le tableau de bord web pour %1.</translation>
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation>%1 n'est pas disponible avec ces identifiants</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation>Lisible et modifiable par l'application de l'utilisateur (accès client), par ex. des préférences.</translation>
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Lisible par l'application de l'utilisateur, modifiable uniquement avec un accès serveur ou administrateur, par ex. une offre.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation>Lisible et modifiable uniquement avec un accès serveur ou administrateur ; jamais envoyé à l'application de l'utilisateur.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Métadonnées client</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Métadonnées client en lecture seule</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Métadonnées serveur</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Aller à l'erreur</translation>
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation>Aller à l'erreur dans %1</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation>Lisible par les membres de l'équipe dans votre application (accès client), et modifiable par ceux autorisés à mettre à jour l'équipe.</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Lisible par les membres de l'équipe dans votre application, modifiable uniquement avec un accès serveur ou administrateur, par ex. une offre.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation>Lisible et modifiable uniquement avec un accès serveur ou administrateur ; jamais envoyé à votre application.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>New support conversation</source>
        <translation>Nouvelle conversation de support</translation>
    </message>
    <message>
        <source>Choose the user</source>
        <translation>Choisir l'utilisateur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>Le sujet de la conversation</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Premier message</translation>
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation>Le premier message à l'utilisateur, envoyé en votre nom</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Démarrer la conversation</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation>La conversation commence par votre message ; l'utilisateur le voit dans le chat de support de l'application et peut y répondre.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Aucun utilisateur choisi</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de l'utilisateur : %1</translation>
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation>Choisissez l'utilisateur à qui écrire.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Saisissez un objet.</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>Rédigez le premier message.</translation>
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation>Démarrage de la conversation…</translation>
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation>Cet utilisateur n'existe pas (ou plus ?) dans le projet : il a peut-être été supprimé. Choisissez un autre utilisateur.</translation>
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation>La conversation n'a pas été démarrée : votre compte du tableau de bord ne gère pas ce projet.</translation>
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation>La conversation n'a pas été démarrée.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>&amp;Créer le projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation>Obligatoire, par ex. Ma boutique</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe propriétaire</translation>
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation>L'équipe de votre compte à laquelle appartient le projet : ses membres peuvent aussi le gérer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>É&amp;quipe propriétaire :</translation>
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation>Un nouveau projet démarre vide, en mode développement, avec connexion par mot de passe et ses propres clés. Vous le gérez avec ce compte.</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Chargement de vos équipes…</translation>
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation>Impossible de lire vos équipes</translation>
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation>Impossible de lire les équipes de votre compte.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation>Votre compte n'est membre d'aucune équipe, et un projet nécessite une équipe propriétaire. Créez d'abord une équipe dans le tableau de bord.</translation>
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation>Saisissez un nom : un projet en a besoin.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Création du projet…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation>Les utilisateurs peuvent &amp;se connecter avec</translation>
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation>Les utilisateurs peuvent &amp;connecter des comptes (accéder à son API pour eux)</translation>
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation>Utiliser les clés de &amp;développement partagées</translation>
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation>Ajouter un fournisseur OAuth</translation>
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation>Modifier le fournisseur OAuth %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>I&amp;D client :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation>ID de configuration Facebook :</translation>
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation>ID de locataire Microsoft :</translation>
    </message>
    <message>
        <source>Apple team id:</source>
        <translation>ID d'équipe Apple :</translation>
    </message>
    <message>
        <source>Apple key id:</source>
        <translation>ID de clé Apple :</translation>
    </message>
    <message>
        <source>Apple private key:</source>
        <translation>Clé privée Apple :</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>Affic&amp;her les secrets</translation>
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation>Non utilisé avec les clés de développement partagées</translation>
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation>Donnez un identifiant au fournisseur.</translation>
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation>Un fournisseur avec l'identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation>Les clés propres nécessitent un ID client et un secret client</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>Fournisseurs OAuth</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation>Fournisseurs avec lesquels les utilisateurs peuvent se connecter ou qu'ils peuvent connecter. La connexion et les comptes connectés sont des paramètres du projet ; les clés (clés de développement partagées, ou ID client et secret de votre propre application OAuth) sont conservées par environnement.</translation>
    </message>
    <message>
        <source>Shared development keys</source>
        <translation>Clés de développement partagées</translation>
    </message>
    <message>
        <source>Own keys</source>
        <translation>Clés propres</translation>
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation>Les ID client et secrets ne peuvent pas être définis ici : %1</translation>
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation>Ajouter un fournisseur OAuth</translation>
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation>Supprimer le fournisseur OAuth</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>Comptes OAuth</translation>
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation>Dissocier le compte sélectionné de cet utilisateur</translation>
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation>Aucun compte OAuth : cet utilisateur ne s'est pas connecté avec Google, GitHub ou un autre fournisseur.</translation>
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation>Chargement des comptes OAuth…</translation>
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les comptes OAuth. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation>Autorisation de la connexion avec %1…</translation>
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation>Désactivation de la connexion avec %1…</translation>
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation>L'utilisateur peut se connecter avec %1.</translation>
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation>L'utilisateur ne peut plus se connecter avec %1.</translation>
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation>Autorisation de %1 comme compte connecté…</translation>
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation>Désactivation de %1 comme compte connecté…</translation>
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation>%1 peut être utilisé comme compte connecté.</translation>
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation>%1 n'est plus utilisé comme compte connecté.</translation>
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation>La modification du compte %1 a échoué.</translation>
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation>Supprimer le compte OAuth</translation>
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation>Dissocier le compte %1 %2 de %3 ? Si c'est son seul moyen de connexion, il ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation>Suppression du compte %1…</translation>
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation>Le compte %1 %2 a été supprimé.</translation>
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation>La suppression du compte %1 a échoué.</translation>
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
        <translation>Sélectionnez un e-mail pour voir ce qu'il est devenu.</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Email as JSON</source>
        <translation>E-mail en JSON</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n'a pas fonctionné</translation>
    </message>
    <message>
        <source>Email ID</source>
        <translation>ID de l'e-mail</translation>
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation>Copier l'ID de l'e-mail</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifié pour</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texte brut</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation>(pas encore d'objet : non rendu)</translation>
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation>(pas d'objet : jamais rendu)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>Le rendu du modèle a échoué : %1</translation>
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation>Le serveur de messagerie a échoué : %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyé : %1.</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>%n nouvelle tentative</numerusform>
            <numerusform>%n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>prochain essai %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation>le serveur de messagerie a répondu « %1 »</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation>Envoyé depuis un brouillon</translation>
    </message>
    <message>
        <source>Sent through the API</source>
        <translation>Envoyé via l'API</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transactionnel</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>priorité haute</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation>Le rendu de cet e-mail a échoué</translation>
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation>Cet e-mail n'a pas de corps HTML</translation>
    </message>
    <message>
        <source>See its plain text.</source>
        <translation>Voir son texte brut.</translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>Pas encore rendu.</translation>
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation>Cet e-mail n'a jamais été rendu.</translation>
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation>(pas de corps en texte brut)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>at their primary email address</source>
        <translation>à son adresse e-mail principale</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(aucun destinataire)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation>Cet e-mail est déjà en cours d'envoi ou a été envoyé ; il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation>&amp;Annuler l'e-mail…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Status group</source>
        <translation>Groupe de statuts</translation>
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation>Afficher les e-mails en cours, livrés ou en échec (filtrés par le serveur)</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation>Afficher les e-mails ayant un statut précis</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation>Afficher uniquement les e-mails destinés à cet utilisateur (appuyez sur Entrée)</translation>
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation>Recharger la boîte d'envoi (F5)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation>Copier l'&amp;ID de l'e-mail</translation>
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation>Recharger la boîte d'envoi avec les filtres actuels (F5)</translation>
    </message>
    <message>
        <source>Send this email again now</source>
        <translation>Renvoyer cet e-mail maintenant</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation>Chargement de la boîte d'envoi…</translation>
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation>%1 e-mails chargés, chargement de la suite…</translation>
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation>%1 e-mails chargés ; faites défiler vers le bas pour en voir plus</translation>
    </message>
    <message>
        <source>All %1 emails</source>
        <translation>Les %1 e-mails</translation>
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation>Les %1 e-mails correspondants</translation>
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation>%1 e-mails chargés ; le chargement de la suite a échoué</translation>
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger la boîte d'envoi. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation>Aucun e-mail pour l'instant. Chaque e-mail envoyé par le projet — vérifications d'inscription, réinitialisations de mot de passe, e-mails envoyés d'ici — apparaît ici.</translation>
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation>Aucun e-mail ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Select an email first</source>
        <translation>Sélectionnez d'abord un e-mail</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation>En attente de la réponse du serveur à la dernière modification</translation>
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation>Permettre à cet e-mail d'être envoyé de nouveau</translation>
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation>Retenir cet e-mail jusqu'à sa reprise</translation>
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation>Choisir quand cet e-mail est envoyé</translation>
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation>Ne pas envoyer cet e-mail du tout</translation>
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation>L'e-mail n'a pas été repris.</translation>
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation>L'e-mail n'a pas été mis en pause.</translation>
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation>Repris : l'e-mail sera envoyé.</translation>
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation>En pause : l'e-mail est retenu jusqu'à sa reprise.</translation>
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation>L'e-mail n'a pas été renvoyé.</translation>
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation>Planifié pour être renvoyé maintenant.</translation>
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation>L'e-mail à %1 ne sera pas envoyé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation>« %1 » à %2 ne sera pas envoyé. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cancel email</source>
        <translation>Annuler l'e-mail</translation>
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation>&amp;Conserver l'e-mail</translation>
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation>&amp;Annuler l'e-mail</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>L'e-mail n'a pas été annulé.</translation>
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation>Annulé : l'e-mail ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation>L'e-mail n'a pas été replanifié.</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Replanifié pour %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation>Il est affiché dans son état actuel.</translation>
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>Le filtre ne correspond plus à %n e-mail que vous avez modifié.</numerusform>
            <numerusform>Le filtre ne correspond plus à %n e-mails que vous avez modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation>la requête a expiré</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>sa réponse n'a pas pu être lue</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Total users</source>
        <translation>Total des utilisateurs</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Utilisateurs actifs mensuels</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>Actifs aujourd'hui</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>E-mail vérifié</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Revenus récurrents mensuels</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>E-mails envoyés</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>Inscriptions par jour</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Utilisateurs actifs quotidiens</translation>
    </message>
    <message>
        <source>Users by country</source>
        <translation>Utilisateurs par pays</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Méthodes de connexion</translation>
    </message>
    <message>
        <source>Recently registered</source>
        <translation>Inscrits récemment</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Actifs récemment</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Recently registered users</source>
        <translation>Utilisateurs inscrits récemment</translation>
    </message>
    <message>
        <source>Recently active users</source>
        <translation>Utilisateurs actifs récemment</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Recharger les chiffres (F5)</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Actualiser la vue d'ensemble</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation>Cliquez sur un utilisateur, ou appuyez sur Entrée, pour l'ouvrir dans la page Utilisateurs</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation>Ce serveur n'a pas de statistiques : lecture de la liste des utilisateurs (%1 lus jusqu'ici)…</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation>Ce serveur n'a pas de statistiques : lecture de la liste des utilisateurs…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation>Chargement des chiffres du projet…</translation>
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation>La vue d'ensemble nécessite un accès administrateur à ce projet. Connectez-vous avec la clé d'administration super secrète du projet, ou avec un compte du tableau de bord propriétaire du projet.</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>Impossible de charger la vue d'ensemble.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation>Ce serveur ne fournit pas de statistiques (%1). Les chiffres ci-dessous sont calculés à partir de la liste des utilisateurs.</translation>
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation>Ils se basent sur les %1 premiers utilisateurs (les inscriptions les plus récentes) ; le projet en compte davantage.</translation>
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation>Les inscriptions par jour peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation>Seule la dernière activité de chaque utilisateur est connue : les utilisateurs actifs quotidiens comptent chaque utilisateur uniquement lors de son dernier jour d'activité, donc les jours précédents en affichent moins qu'il n'y en a eu.</translation>
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation>Non disponible sans statistiques : paiements et e-mails.</translation>
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation>Non disponible sans statistiques : utilisateurs par pays, paiements et e-mails.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation>au moins ; les %1 premiers lus</translation>
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation>Tous les utilisateurs n'ont pas été lus : le projet en compte davantage.</translation>
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation>et %1 anonymes</translation>
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation>actifs au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>non fourni par ce serveur</translation>
    </message>
    <message>
        <source>UTC day</source>
        <translation>Jour UTC</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 utilisateurs sur %2</translation>
    </message>
    <message>
        <source>no users yet</source>
        <translation>aucun utilisateur pour l'instant</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation>abonnements actifs : %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 livrés</translation>
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation>Aucune inscription au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation>%1 — inscriptions : %2</translation>
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation>D'après les utilisateurs lus : peut être incomplet.</translation>
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation>Aucune activité au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation>%1 — utilisateurs actifs : %2</translation>
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation>Chaque utilisateur n'est compté que lors de son dernier jour d'activité.</translation>
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation>Aucun utilisateur avec un pays connu au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation>Les utilisateurs lus, par dernier pays connu.</translation>
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation>Les %1 pays comptant le plus d'utilisateurs, sur %2.</translation>
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation>Aucune connexion à compter pour l'instant.</translation>
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation>Utilisateurs pouvant se connecter avec chaque méthode ; un utilisateur peut en avoir plusieurs.</translation>
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation>Revenus depuis le début</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <source>One-time purchases</source>
        <translation>Achats ponctuels</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Délivrabilité</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rejet</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Statut « %1 »</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Aucun utilisateur pour l'instant.</translation>
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation>Aucun utilisateur n'a encore été actif.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation>Les clés d'API d'équipe sont désactivées pour ce projet. Activez-les dans la page Clés d'API (le paramètre des clés d'API d'équipe), puis rechargez.</translation>
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation>Les clés d'API d'utilisateur sont désactivées pour ce projet. Activez-les dans la page Clés d'API (le paramètre des clés d'API d'utilisateur), puis rechargez.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Check a key…</source>
        <translation>Vérifier une clé…</translation>
    </message>
    <message>
        <source>API keys of the team</source>
        <translation>Clés d'API de l'équipe</translation>
    </message>
    <message>
        <source>API keys of the user</source>
        <translation>Clés d'API de l'utilisateur</translation>
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation>Créer une clé d'API pour cette équipe ; sa valeur n'est affichée qu'une fois</translation>
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation>Créer une clé d'API pour cet utilisateur ; sa valeur n'est affichée qu'une fois</translation>
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation>Empêcher définitivement la clé sélectionnée de fonctionner</translation>
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation>Coller une clé pour voir si elle fonctionne et à qui elle appartient</translation>
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation>Aucune clé d'API. Créez-en une pour que les programmes de l'équipe puissent se connecter.</translation>
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation>Aucune clé d'API. Créez-en une pour que les programmes de l'utilisateur puissent se connecter.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Chargement des clés d'API…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les clés d'API. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation>La clé sélectionnée est déjà révoquée</translation>
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation>Nouvelle clé d'API « %1 »</translation>
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation>La clé d'API « %1 » a été créée (%2). Copiez-la maintenant et transmettez-la de manière sûre : elle n'est affichée que cette fois-ci.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secrète</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation>Clé d'API « %1 » créée. Seuls ses quatre derniers caractères pourront être revus.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d'API</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation>Révoquer la clé d'API %1 de %2 ? Tout ce qui l'utilise cesse immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Révocation de %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 révoquée.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>La révocation de %1 a échoué.</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copier la clé d'API</translation>
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
        <translation>Aucun fournisseur de paiement n'est connecté : les clients ne peuvent pas encore acheter. Les produits, articles, clients et le registre fonctionnent toujours ; connectez Stripe dans le tableau de bord web (Paiements → Paramètres).</translation>
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation>Impossible de vérifier si un fournisseur de paiement est connecté (%1).</translation>
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation>les informations commerciales du compte ne sont pas soumises</translation>
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation>les paiements ne sont pas activés</translation>
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation>Le compte Stripe est connecté mais ne peut pas encore accepter de paiements : %1. Terminez sa configuration dans le tableau de bord web (Paiements → Paramètres) ; d'ici là, les clients ne peuvent pas acheter.</translation>
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
        <translation>Paiements</translation>
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation>Avec cette clé : les articles et produits d'un client, ci-dessous.</translation>
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation>Produits &amp;&amp; articles</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrer les autorisations</translation>
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation>Une autorisation système, intégrée au serveur</translation>
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation>%1 — non définie</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation>autorisation d'équipe</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>autorisation de projet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle %1</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Identifiant de l'autorisation</translation>
    </message>
    <message>
        <source>for example read:reports</source>
        <translation>par exemple read:reports</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation>Lettres minuscules, chiffres, « _ » et « : ». L'identifiant ne pourra pas être modifié ensuite.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation>Facultatif : ce que sa détention permet</translation>
    </message>
    <message>
        <source>Contained permissions</source>
        <translation>Autorisations contenues</translation>
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation>Quiconque détient cette autorisation détient aussi celles cochées ici, et ce qu'elles contiennent.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Contient :</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Saisissez un identifiant.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation>« %1 » n'est pas un identifiant valide : utilisez uniquement des lettres minuscules, des chiffres, « _ » et « : ».</translation>
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation>Une autorisation avec l'identifiant « %1 » existe déjà (les identifiants sont partagés entre autorisations d'équipe et de projet).</translation>
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation>Cela créerait une boucle : %1. Une autorisation ne peut pas se contenir elle-même, directement ou via d'autres.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation>autorisation d'équipe</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>autorisation de projet</translation>
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation>Les autorisations de projet s'accordent dans la page d'un utilisateur, les autorisations d'équipe dans la page d'une équipe, en saisissant l'identifiant de l'autorisation.</translation>
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation>Les définitions d'autorisations nécessitent un accès administrateur</translation>
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation>Autorisations d'&amp;équipe</translation>
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation>Autorisations de &amp;projet</translation>
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation>Autorisations qu'un utilisateur détient au sein d'une équipe</translation>
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation>Autorisations qu'un utilisateur détient dans l'ensemble du projet</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation>Relire les autorisations et la configuration (F5)</translation>
    </message>
    <message>
        <source>Reload permissions</source>
        <translation>Recharger les autorisations</translation>
    </message>
    <message>
        <source>Permission definitions</source>
        <translation>Définitions des autorisations</translation>
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation>Les autorisations système ($…) sont intégrées au serveur : elles peuvent être contenues et accordées, mais pas modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation>Autorisations par défaut non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer l'édition</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation>Les autorisations par défaut comportent des modifications non enregistrées. Les enregistrer avant de changer ?</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation>Les autorisations par défaut comportent des modifications non enregistrées. Les enregistrer avant de tout relire ?</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les autorisations. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Chargement des autorisations…</translation>
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation>Aucune %1 pour l'instant. Créez-en une avec Nouvelle….</translation>
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation>Créer une %1 (%2)</translation>
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation>Les autorisations système sont intégrées au serveur et ne peuvent pas être modifiées</translation>
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation>Modifier la description et les autorisations contenues (F2)</translation>
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation>Supprimer l'autorisation sélectionnée (Del)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation>Supprimer l'%1 « %2 » ? Tous ceux qui la détiennent la perdent.</translation>
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation>Aucune autre autorisation ne la contient.</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>Elle est aussi retirée de %n autre autorisation : %1.</numerusform>
            <numerusform>Elle est aussi retirée de %n autres autorisations : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>Supprimer l'autorisation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>« %1 » n'a pas été supprimé.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <source>team creators</source>
        <translation>créateurs d'équipe</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>membres d'équipe</translation>
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation>nouveaux utilisateurs à l'inscription</translation>
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation>C'est une autorisation par défaut (attribuée aux %1) ; elle est également retirée des autorisations par défaut.</translation>
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation>Retrait de %1 des autorisations par défaut…</translation>
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation>%1 a été supprimée, mais elle figure toujours parmi les autorisations par défaut. Décochez-la là-bas et enregistrez.</translation>
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation>%1 supprimée et retirée des autorisations par défaut.</translation>
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation>%1 a été supprimée, mais la configuration n'a pas pu être lue pour la retirer des autorisations par défaut.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation>La nouvelle langue s'affichera au prochain démarrage de Hexclave Admin.</translation>
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation>Fermer la fenêtre (en demandant d'abord quoi faire des modifications non enregistrées) et redémarrer</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>Rendu de l'aperçu…</translation>
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation>Le rendu de l'e-mail a échoué</translation>
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation>Nécessite le propre serveur de messagerie du projet</translation>
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation>Ce projet utilise le serveur de messagerie partagé ; configurez le vôtre dans l'onglet Serveur de messagerie pour modifier les modèles.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation>%1 (déjà ainsi sur le serveur ; l'enregistrement le conserve)</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>essai gratuit</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation>Prix « %1 » : </translation>
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation>Prix « %1 », %2 : </translation>
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation>« %1 », %2 : </translation>
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation>&amp;Cumulable : un client peut le posséder plusieurs fois</translation>
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation>Ser&amp;veur uniquement : masqué aux applications clientes</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>Pas d'essai gratuit</translation>
    </message>
    <message>
        <source>Free trial of</source>
        <translation>Essai gratuit de</translation>
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation>Vendu à des &amp;prix</translation>
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation>Inclus par &amp;défaut (gratuit)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>&amp;Ajouter un prix</translation>
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation>Inclure un ar&amp;ticle</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Modifier le produit « %1 »</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>e.g. pro</source>
        <translation>par ex. pro</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation>Affiché aux clients ; l'identifiant si vide</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>Type de &amp;client :</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation>Un client possède au plus un produit d'une gamme (offres telles que Free, Pro)</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>&amp;Gamme de produits :</translation>
    </message>
    <message>
        <source>Add-on to</source>
        <translation>Module complémentaire de</translation>
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation>Cochez les produits qu'un client doit posséder pour acheter celui-ci ; aucun : pas un module complémentaire</translation>
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation>M&amp;odule complémentaire de :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Essai gratuit</translation>
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation>&amp;Essai gratuit :</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Tarification :</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>Devises :</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Identifiant du prix</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Server only</source>
        <translation>Serveur uniquement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>Articles inclus</translation>
    </message>
    <message>
        <source>No other products yet</source>
        <translation>Aucun autre produit pour l'instant</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Montant en %1</translation>
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation>Également conservé tel qu'enregistré (non modifiable ici) : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Trial of</source>
        <translation>Essai de</translation>
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation>Essai gratuit du prix</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>Supprimer ce prix</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Supprimer cet article</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Lettres, chiffres, « _ » et « - » ; il ne pourra pas être modifié ensuite.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>Nouveau &amp;produit…</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>Nouvel &amp;article…</translation>
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation>Nouvelle &amp;gamme de produits…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>&amp;Vérifier et enregistrer…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Ajouter un produit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation>Modifier l'entrée sélectionnée (F2, ou double-clic)</translation>
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation>Supprimer l'entrée sélectionnée lors de l'enregistrement (Del)</translation>
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation>Voir toutes les modifications, puis les écrire dans la configuration du projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation>Abandonner toutes les modifications non encore enregistrées</translation>
    </message>
    <message>
        <source>Product lines and products</source>
        <translation>Gammes de produits et produits</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation>Rien n'a été enregistré : %1 a changé sur le serveur depuis que vous avez commencé l'édition. Vos modifications sont conservées par-dessus l'état actuel du serveur ; vérifiez-les de nouveau avant d'enregistrer.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation>Rien n'a été enregistré : le serveur a déjà ces modifications.</translation>
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation>Rien n'a été enregistré : le catalogue a changé sur le serveur, et les modifications ne lui correspondent plus.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>La configuration est en cours de lecture ; enregistrez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation>Le catalogue n'a pas été enregistré : la configuration n'a pas pu être relue pour vérifier les modifications faites entre-temps. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation>Le catalogue n'a peut-être pas été entièrement enregistré ; les modifications non visibles sur le serveur sont toujours là.</translation>
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation>Le catalogue n'a pas été enregistré ; vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation>« %1 » ne peut pas être supprimé : c'est la seule base de %2. Modifiez ou supprimez d'abord ces modules complémentaires.</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>Supprimer le produit « %1 » ?</translation>
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation>Il sert de base à %1 ; ceux-ci restent des modules complémentaires de leurs autres bases.</translation>
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation>Supprimer l'article « %1 » ?</translation>
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation>Il est inclus dans %1 ; le supprimer l'en retire.</translation>
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation>Supprimer la gamme de produits « %1 » ?</translation>
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation>%1 en font partie ; ils restent, sans gamme de produits.</translation>
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation>Rien ne change sur le serveur tant que vous n'avez pas enregistré.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>Abandonner %n modification non encore enregistrée ?</numerusform>
            <numerusform>Abandonner %n modifications non encore enregistrées ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Gamme de produits</translation>
    </message>
    <message>
        <source>No product line</source>
        <translation>Aucune gamme de produits</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1 (module complémentaire)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>%n entrée n'a pas pu être lue et est laissée telle quelle : %1</numerusform>
            <numerusform>%n entrées n'ont pas pu être lues et sont laissées telles quelles : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Aucun produit pour l'instant</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nouveau produit…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Aucun article pour l'instant</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nouvel article…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation>Conserver finalement l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Lecture de la configuration du projet…</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n modification non enregistrée</numerusform>
            <numerusform>%n modifications non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProfileTab</name>
    <message>
        <source>User ID</source>
        <translation>ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copier l'ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>E-mail principal</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Méthodes de connexion</translation>
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Sign-up country</source>
        <translation>Pays d'inscription</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Bot risk</source>
        <translation>Risque de bot</translation>
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation>Risque d'abus d'essai gratuit</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Free-trial abuse</source>
        <translation>Abus d'essai gratuit</translation>
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation>Risque à l'inscription</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Équipe sélectionnée</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>Comptes OAuth</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Métadonnées client</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Métadonnées client en lecture seule</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Métadonnées serveur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation>Oui — utilisateur anonyme</translation>
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation>Oui — e-mail non vérifié</translation>
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation>Oui — par un administrateur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>Also restricted by an administrator</source>
        <translation>Également restreint par un administrateur</translation>
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation>Motif affiché à l'utilisateur : %1</translation>
    </message>
    <message>
        <source>Private details: %1</source>
        <translation>Détails privés : %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>used for sign-in</source>
        <translation>utilisée pour la connexion</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation>Activée (application d'authentification)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
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
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation>Connectez-vous d'abord à un serveur dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation>Aucune de vos connexions n'est prête. Attendez que la fenêtre principale liste les projets, ou reconnectez-vous depuis celle-ci.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation>Les clés d'API d'un utilisateur et d'une équipe se trouvent dans la page de l'utilisateur et de l'équipe.</translation>
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation>Les clés propres au projet nécessitent un accès administrateur</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>&amp;Créer des clés…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation>Relire les clés (F5)</translation>
    </message>
    <message>
        <source>Reload keys</source>
        <translation>Recharger les clés</translation>
    </message>
    <message>
        <source>Project API keys</source>
        <translation>Clés d'API du projet</translation>
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation>Les clés que vos applications, serveurs et outils utilisent pour accéder à ce projet. Un ensemble peut contenir une clé client publiable, une clé serveur secrète et une clé d'administration super secrète.</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les clés. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation>Ce projet n'a pas encore de clés d'API. Créez un ensemble avec Créer des clés….</translation>
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation>Créer un nouvel ensemble de clés (%1)</translation>
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation>Cet ensemble de clés est déjà révoqué</translation>
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation>Empêcher l'ensemble de clés sélectionné de fonctionner (Del)</translation>
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation>Ensemble de clés « %1 » créé.</translation>
    </message>
    <message>
        <source>Publishable client key</source>
        <translation>Clé client publiable</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Clé serveur secrète</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Clé d'administration super secrète</translation>
    </message>
    <message>
        <source>They do not expire.</source>
        <translation>Elles n'expirent pas.</translation>
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation>Elles expirent le %1.</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>Nouvelles clés d'API</translation>
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation>Ensemble de clés « %1 » pour le projet %2. %3 Placez-les dans l'environnement ou le coffre de secrets de votre application.</translation>
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation>Révoquer l'ensemble de clés « %1 » (%2) ? Les applications, serveurs et outils qui utilisent ses clés cessent immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation>Si cette application est connectée avec l'une de ces clés, sa connexion cesse aussi de fonctionner.</translation>
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation>Cette application est connectée au projet avec une clé de cet ensemble (…%1). La révoquer met fin à cette connexion : vous devrez vous reconnecter avec une autre clé.</translation>
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation>Révoquer les clés d'API</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Révocation de « %1 »…</translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>« %1 » révoqué.</translation>
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation>« %1 » n'a pas été révoqué.</translation>
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation>Copier la clé client publiable</translation>
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation>Copier la clé serveur secrète</translation>
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation>Copier la clé d'administration super secrète</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation>Mode &amp;production</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation>Copier l'ID du projet dans le presse-papiers</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation>Facultatif : à quoi sert le projet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation>Le mode production marque le projet comme en service. Les paramètres destinés uniquement au développement, comme les redirections de connexion vers localhost et les clés OAuth de développement partagées, ne devraient alors plus être utilisés. Activez-le avant que de vrais utilisateurs se connectent.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>Mode production</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zone de danger</translation>
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation>Supprimer le projet efface définitivement ses utilisateurs, équipes, clés, configuration et tout le reste.</translation>
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation>ID du projet copié.</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>Chargement du projet…</translation>
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation>Impossible de charger le projet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation>Impossible d'enregistrer le nom et la description du projet.</translation>
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation>Activation du mode production…</translation>
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation>Désactivation du mode production…</translation>
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation>Impossible d'activer le mode production.</translation>
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation>Impossible de désactiver le mode production.</translation>
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation>Le mode production est activé.</translation>
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation>Le mode production est désactivé.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>Rembourser l'achat</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>Rembourser un achat</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation>%1 par %2 le %3%4.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>, charged %1</source>
        <translation>, facturé %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acheté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Refund quantity</source>
        <translation>Quantité à rembourser</translation>
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation>Montant à rembourser (USD)</translation>
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation>Les remboursements sont irréversibles et révoquent l'accès au produit acheté.</translation>
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation>Les montants de remboursement ne peuvent être indiqués que pour les achats tarifés en USD.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>aucun prix</translation>
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation>Quantité de %1 à rembourser</translation>
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation>Montant en dollars américains à rembourser pour %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation>Total remboursé : %1 sur %2 facturés</translation>
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation>Total remboursé : — (un montant n'est pas un nombre) sur %1 facturés</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation>Saisissez un montant en dollars américains, comme 12.50 (deux décimales au maximum).</translation>
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation>Un montant de remboursement ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation>Rien à rembourser : choisissez une quantité ou un montant.</translation>
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation>Les remboursements totalisent %1, plus que les %2 facturés.</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>Rembourser %1 à %2 ?</translation>
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation>Révoquer le produit de %1 sans rembourser d'argent ?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>%1 remboursé à %2.</translation>
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation>Produit révoqué de %1 sans remboursement.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Remboursement…</translation>
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation>Le serveur a refusé le remboursement : %1</translation>
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation>Il a été remboursé entre-temps (peut-être depuis le tableau de bord web) ; la liste sera rechargée à la fermeture de cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation>L'abonnement n'a pas de facture payée à rembourser : les abonnements démarrés en mode test ou accordés sans paiement ne peuvent pas être remboursés.</translation>
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation>Il n'y a aucun paiement à rembourser : l'achat n'a pas été payé via le fournisseur de paiement, ou il n'existe plus.</translation>
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation>Aucun montant n'a été facturé pour cela.</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>Rien n'a été remboursé.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Write to the customer</source>
        <translation>Écrire au client</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>Écrire une note visible uniquement par votre équipe</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Rédigez une réponse au client…</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Répondre au client</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>Rédigez une note interne pour votre équipe…</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Éditeur de réponse</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation>Le client verra cette réponse. La conversation reste résolue ; rouvrez-la pour attendre le client.</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation>Le client verra cette réponse. La conversation passe ensuite en attente de l'utilisateur.</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>Le client verra cette réponse.</translation>
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation>%1. Le statut ne change pas.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>La connexion au serveur a été fermée. Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation>En attente de la réponse du serveur…</translation>
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation>Fermer et abandonner ce que vous avez saisi ? Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer l'édition</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation>Vous avez modifié %1 sans enregistrer. Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation>En attente de la saisie d'une nouvelle clé.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation>En attente de votre reconnexion.</translation>
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation>Saisir une nouvelle clé…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d'attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation>Arrêter d'attendre la connexion ? La requête n'a pas été envoyée ; ce que vous avez saisi reste ici.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Arrêter d'attendre</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Continuer d'attendre</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Replanifier</translation>
    </message>
    <message>
        <source>Reschedule email</source>
        <translation>Replanifier l'e-mail</translation>
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation>Quand cet e-mail doit-il être envoyé ?</translation>
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation>Quand « %1 » doit-il être envoyé ?</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>Dans le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Envoyer à :</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation>Dans le fuseau horaire de cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Choisissez un moment dans le futur.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation>Restriction de %1</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>Restreindre %1</translation>
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation>Un administrateur a restreint %1. Modifiez les motifs, ou levez la restriction pour que cet utilisateur puisse de nouveau utiliser votre application.</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation>Un utilisateur restreint ne peut pas utiliser votre application tant qu'un administrateur n'a pas levé la restriction. Le motif public peut être montré à %1 ; les détails privés sont réservés aux administrateurs.</translation>
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation>%1 est aussi restreint pour une autre raison (%2) ; cela ne change pas ici.</translation>
    </message>
    <message>
        <source>email not verified</source>
        <translation>e-mail non vérifié</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>utilisateur anonyme</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motif public</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>par ex. Votre compte est en cours d'examen.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Détails privés</translation>
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation>Pourquoi cet utilisateur a été restreint, pour les autres administrateurs</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>&amp;Lever la restriction</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Lever la restriction</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Restreindre</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Motif &amp;public :</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>Détails p&amp;rivés :</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Restricting…</source>
        <translation>Restriction…</translation>
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation>Levée de la restriction…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation>Inclure les achats en mode &amp;test</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Dernier jour (%n)</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation>Les achats en mode test étaient gratuits : aucun argent n'a circulé</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation>Abonnements, 30 derniers jours (statistiques du serveur)</translation>
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Factures d'abonnement payées des 30 derniers jours, d'après les statistiques du serveur (dollars américains ; les achats ponctuels n'y sont pas comptés)</translation>
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation>Abonnements, depuis le début (statistiques du serveur)</translation>
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Toutes les factures d'abonnement payées, d'après les statistiques du serveur (dollars américains ; les achats ponctuels n'y sont pas comptés)</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation>Arrêter la lecture du registre ; les jours déjà lus restent sur le graphique</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Graphique des revenus</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation>Les revenus, remboursements et le net sont calculés à partir du registre : chaque achat, renouvellement et remboursement.</translation>
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation>Les chiffres marqués « statistiques du serveur » proviennent des statistiques du serveur, qui ne comptent que les factures d'abonnement payées, en dollars américains.</translation>
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation>La lecture a été arrêtée : les jours antérieurs au %1 ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation>La lecture a été arrêtée avant la première page.</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation>Aucun revenu à afficher : le registre n'a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>Aucun revenu au cours du dernier jour (%n).</numerusform>
            <numerusform>Aucun revenu au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation>Les achats en mode test sont exclus : cochez « Inclure les achats en mode test » pour les voir.</translation>
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation>Demande des statistiques au serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>Lecture du registre : %n transaction, jusqu'au %1…</numerusform>
            <numerusform>Lecture du registre : %n transactions, jusqu'au %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Revenus : %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Remboursements : %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation>%1 sur 100 : plus la valeur est élevée, plus il est probable que l'inscription ne soit pas authentique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SearchIcon</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>No drafts available</source>
        <translation>Aucun brouillon disponible</translation>
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation>Les brouillons nécessitent un accès administrateur : connectez-vous avec une clé d'administration ou un compte du tableau de bord pour en choisir un.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>La connexion au serveur a été fermée. Reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>Chargement des brouillons…</translation>
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation>Aucun brouillon chargé</translation>
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation>Impossible de charger les brouillons. %1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (envoyé %2)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation>Ce projet n'a pas encore de brouillons : rédigez-en un dans l'onglet Brouillons de la page E-mails.</translation>
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation>Choisir un brouillon…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation>Envoyer un e-mail</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation>Utilisateurs &amp;sélectionnés</translation>
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation>&amp;Tous les utilisateurs du projet</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation>A&amp;jouter des utilisateurs…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation>Retirer les utilisateurs sélectionnés de la liste (Delete)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation>Laisser vide pour utiliser l'objet du brouillon</translation>
    </message>
    <message>
        <source>Notification category</source>
        <translation>Catégorie de notification</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transactionnel</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Choisir une catégorie…</translation>
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation>Transactionnel : atteint tous les destinataires (messages liés au compte et au service). Marketing : ignore les utilisateurs désabonnés des e-mails marketing.</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Brouillon :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>Ajouter des destinataires</translation>
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation>Choisissez les utilisateurs qui recevront l'e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n utilisateur</numerusform>
            <numerusform>&amp;Ajouter %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>Déjà destinataire</translation>
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation>Tous les utilisateurs du projet, y compris anonymes et restreints. Les utilisateurs sans adresse e-mail principale sont ignorés.</translation>
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation>Aucun utilisateur pour l'instant : ajoutez-en, ou choisissez tous les utilisateurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>%n utilisateur sans adresse e-mail principale sera ignoré.</numerusform>
            <numerusform>%n utilisateurs sans adresse e-mail principale seront ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation>Choisissez le brouillon à envoyer.</translation>
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation>Ajoutez les utilisateurs qui recevront l'e-mail, ou choisissez tous les utilisateurs.</translation>
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation>Choisissez une catégorie : les e-mails Marketing ignorent les utilisateurs désabonnés, les e-mails Transactionnels non.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>Choisissez une heure dans le futur, ou envoyez maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>À : %1 et %n autre.</numerusform>
            <numerusform>À : %1 et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation>À : %1.</translation>
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation>Envoyer « %1 » à tous les utilisateurs du projet ?</translation>
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation>Comptage des utilisateurs du projet… %1 jusqu'ici.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>Envoyer « %1 » à l'utilisateur (%n) du projet ?</numerusform>
            <numerusform>Envoyer « %1 » aux %n utilisateurs du projet ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>%n utilisateur sans adresse e-mail principale sera ignoré : %1</numerusform>
            <numerusform>%n utilisateurs sans adresse e-mail principale seront ignorés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n utilisateur le recevra.</numerusform>
            <numerusform>%n utilisateurs le recevront.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n utilisateur le recevra à son adresse e-mail principale.</numerusform>
            <numerusform>%n utilisateurs le recevront à leur adresse e-mail principale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation>Le projet n'a aucun utilisateur : il n'y a personne à qui l'envoyer.</translation>
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation>Le projet compte plus de %1 utilisateurs ; tous reçoivent l'e-mail (les utilisateurs sans adresse e-mail principale sont ignorés).</translation>
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation>Impossible de compter les utilisateurs (%1). L'e-mail est envoyé à tous les utilisateurs du projet ayant une adresse e-mail principale.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>Envoyer « %1 » à %n utilisateur ?</numerusform>
            <numerusform>Envoyer « %1 » à %n utilisateurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation>Catégorie : Marketing. Les utilisateurs désabonnés des e-mails marketing sont ignorés.</translation>
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation>Catégorie : Transactionnel. Envoyé même aux utilisateurs désabonnés des e-mails marketing.</translation>
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation>Objet : celui du brouillon.</translation>
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation>Objet : « %1 ».</translation>
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation>Quand : %1 (votre heure locale).</translation>
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation>Les serveurs trop anciens pour planifier envoient immédiatement ; le résultat et la boîte d'envoi indiquent ce qui s'est passé.</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>Quand : maintenant.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>La connexion au serveur a été fermée.</translation>
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation>Cette heure est passée entre-temps : choisissez-en une plus tardive, ou envoyez maintenant.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation>L'e-mail est planifié</translation>
    </message>
    <message>
        <source>The email is on its way</source>
        <translation>L'e-mail est en route</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>Le serveur a accepté « %1 » pour %n destinataire.</numerusform>
            <numerusform>Le serveur a accepté « %1 » pour %n destinataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>Absent de la réponse du serveur, donc aucun e-mail n'a été mis en file d'attente : %n utilisateur demandé, signalé ci-dessous.</numerusform>
            <numerusform>Absents de la réponse du serveur, donc aucun e-mail n'a été mis en file d'attente : %n utilisateurs demandés, signalés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation>Les e-mails sont en file d'attente ; suivez-les dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation>Les e-mails sont en file d'attente ; suivez-les dans la boîte d'envoi de la page E-mails.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Planifié pour %1.</translation>
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation>Planifié pour %1. Un serveur trop ancien pour planifier envoie immédiatement : la boîte d'envoi indique lesquels.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation>Planifié pour %1. Vérification dans la boîte d'envoi que le serveur a conservé l'heure…</translation>
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation>L'e-mail a été envoyé immédiatement</translation>
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation>Ce serveur a envoyé les e-mails immédiatement ; il ne prend pas en charge la planification.</translation>
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation>Planifié pour %1 ; la boîte d'envoi les affiche en attente jusque-là.</translation>
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation>Rien n'a été envoyé : le projet utilise le serveur de messagerie partagé, qui n'envoie que les e-mails de connexion et de compte. Configurez le propre serveur de messagerie du projet dans l'onglet Serveur de messagerie de la page E-mails, puis renvoyez.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation>Rien n'a été envoyé : %1 n'est pas un utilisateur du projet (supprimé entre-temps ?).</translation>
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation>&amp;Retirer %1 des destinataires</translation>
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation>Rien n'a été envoyé : le serveur n'a pas accepté la requête.</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation>La réponse du serveur n'est pas arrivée : les e-mails ont peut-être été mis en file d'attente, ou non. Consultez la boîte d'envoi avant de renvoyer.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation>Il ne reste aucun destinataire : ajoutez des utilisateurs, ou choisissez tous les utilisateurs.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation>Les suivre dans la boîte d'envoi</translation>
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation>Destinataires et réponse du serveur</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation>Envoyer &amp;plus tard, à</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure planifiée</translation>
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation>Votre heure locale (%1). Un serveur trop ancien pour planifier envoie immédiatement.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation>E-mail de réinitialisation du mot de &amp;passe : un lien pour choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation>&amp;Invitation à se connecter : un lien pour se connecter à votre application</translation>
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation>&amp;Envoyer l'e-mail</translation>
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation>Envoyer un e-mail à %1</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(pas d'adresse e-mail)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>La page de votre application qui s'ouvre depuis le lien de l'e-mail. Elle doit se trouver sur l'un des domaines de confiance du projet. Mémorisée pour ce projet.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;rappel :</translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Cet utilisateur n'a pas d'adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation>%1 n'a pas d'adresse e-mail principale : aucun e-mail ne peut être envoyé. Ajoutez d'abord une adresse dans les canaux de contact de l'utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation>Saisissez l'adresse de la page qui traite le lien.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Saisissez une adresse http:// ou https:// complète.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation>Un e-mail de réinitialisation du mot de passe a été envoyé à %1. Le serveur répond de la même façon qu'un mot de passe puisse ou non être réinitialisé pour cette adresse ; s'il n'arrive pas, vérifiez comment l'utilisateur se connecte.</translation>
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation>Une invitation à se connecter a été envoyée à %1.</translation>
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation>Le serveur n'accepte pas cette adresse : ajoutez son domaine aux domaines de confiance du projet.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation>Saisir une nouvelle clé…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation>Le serveur n'accepte plus la clé de %1 : elle a été révoquée ou a expiré. Saisissez une nouvelle clé pour continuer.</translation>
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation>Votre session pour %1 a pris fin : elle a expiré ou a été révoquée. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation>%1 n'a pas de clé valide. Saisissez une nouvelle clé pour continuer.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>Vous n'êtes pas connecté à %1. Connectez-vous pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation><numerusform>%n requête en attente reprendra dès que vous aurez saisi une nouvelle clé.</numerusform><numerusform>%n requêtes en attente reprendront dès que vous aurez saisi une nouvelle clé.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation><numerusform>%n requête en attente reprendra dès que vous serez connecté.</numerusform><numerusform>%n requêtes en attente reprendront dès que vous serez connecté.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Tout révoquer…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Usurpation d'identité</translation>
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation>Déconnecter l'utilisateur sur les appareils des sessions sélectionnées</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Déconnecter l'utilisateur partout</translation>
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation>Aucune session active : cet utilisateur n'est connecté nulle part.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Chargement des sessions…</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les sessions. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Révoquer toutes les sessions</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>Déconnecter %1 de sa session (%n) ? Chaque appareil devra se reconnecter.</numerusform>
            <numerusform>Déconnecter %1 de ses %n sessions ? Chaque appareil devra se reconnecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Tout révoquer</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Révocation de %n session…</numerusform>
            <numerusform>Révocation de %n sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n session révoquée.</numerusform>
            <numerusform>%n sessions révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation>La révocation a échoué.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation>Palette de commandes : accéder à une page, un projet, un utilisateur ou une équipe, ou exécuter une commande</translation>
    </message>
    <message>
        <source>Project switcher</source>
        <translation>Sélecteur de projet</translation>
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation>Vue d'ensemble … Alt+9 Configuration : les sections dans l'ordre</translation>
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation>Recharger les projets et réessayer les connexions qui ont échoué</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Ouvrir un fichier de configuration</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste actuelle</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Reload the current list</source>
        <translation>Recharger la liste actuelle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation>Modifier (aussi Entrée)</translation>
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation>Restreindre ou lever une restriction</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>Usurper l'identité</translation>
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation>Supprimer (plusieurs utilisateurs : suppression groupée)</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Ajouter à une équipe</translation>
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation>Accorder une autorisation de projet</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>Copier les e-mails</translation>
    </message>
    <message>
        <source>Copy user ids</source>
        <translation>Copier les ID des utilisateurs</translation>
    </message>
    <message>
        <source>Export the matching users</source>
        <translation>Exporter les utilisateurs correspondants</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>Copier l'ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>Nouvelle autorisation</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>New key set</source>
        <translation>Nouvel ensemble de clés</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation>Onglets : Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation>Vérifier et enregistrer le catalogue</translation>
    </message>
    <message>
        <source>Customer chooser</source>
        <translation>Sélecteur de client</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation>Onglets : Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Render the preview</source>
        <translation>Effectuer le rendu de l'aperçu</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Envoyer la réponse ou la note</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation>Ouvrir l'utilisateur récent sélectionné</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation>Modifier une valeur (Expert)</translation>
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation>Vérifier et enregistrer (Expert)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShownOnceSecretsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation>J'ai copié la &amp;clé</translation>
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation>J'ai copié les &amp;clés</translation>
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation>Fermer &amp;sans copier</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Copiez cette clé maintenant. Elle ne sera plus affichée : le serveur ne conserve que ses quatre derniers caractères, et cette application ne l'enregistre nulle part. Le presse-papiers est vidé une minute après la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Copiez ces clés maintenant. Elles ne seront plus affichées : le serveur ne conserve que leurs quatre derniers caractères, et cette application ne les enregistre nulle part. Le presse-papiers est vidé une minute après la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation>Fermer sans copier la clé ? Elle ne peut plus être affichée ; vous devriez en créer une nouvelle.</translation>
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation>Fermer sans copier les clés ? Elles ne peuvent plus être affichées ; vous devriez en créer de nouvelles.</translation>
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation>Fermer sans copier toutes les clés ? Pas encore copiées : %1. Les clés ne peuvent plus être affichées ; vous devriez en créer de nouvelles.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation>Autoriser l'&amp;inscription de nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation>Désactivé : seuls les utilisateurs existants peuvent se connecter ; les nouveaux comptes sont créés par le serveur ou dans cette console.</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>Connexion par mot de &amp;passe</translation>
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation>Connexion par code à &amp;usage unique (lien magique)</translation>
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation>Un code ou un lien envoyé par e-mail connecte l'utilisateur.</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation>Connexion par clé d'&amp;accès</translation>
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation>Lorsqu'une connexion OAuth utilise l'e-mail d'un compte existant</translation>
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation>&amp;L'associer au compte existant</translation>
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation>Le compte OAuth est ajouté au compte qui a cet e-mail comme méthode de connexion.</translation>
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation>&amp;Refuser la connexion</translation>
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation>L'utilisateur est informé qu'un compte avec cet e-mail existe et qu'il doit d'abord se connecter avec celui-ci.</translation>
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation>Créer un &amp;compte distinct</translation>
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation>Un second compte avec le même e-mail est créé ; les comptes restent séparés.</translation>
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation>Autoriser l'inscription</translation>
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation>Refuser l'inscription</translation>
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation>Lorsqu'aucune &amp;règle d'inscription ne correspond :</translation>
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation>Ce qui arrive à une inscription à laquelle aucune règle d'inscription activée ne correspond</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation>Attribuer à quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation>par ex. Dana de la facturation</translation>
    </message>
    <message>
        <source>User id (optional)</source>
        <translation>ID de l'utilisateur (facultatif)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ID de l'&amp;utilisateur :</translation>
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation>La conversation affiche ce nom comme responsable. Indiquez l'ID utilisateur de son compte du tableau de bord si vous le connaissez, pour que « Attribuées à moi » la trouve pour cette personne.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation>Aucun statut</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>Rouvrir la conversation</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Résoudre la conversation</translation>
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation>Remettre le statut sur « %1 »</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Définir le statut sur « %1 »</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation>Recharger depuis le serveur</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation>Impossible de charger ceci. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>la connexion au projet a été fermée</translation>
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation>%1 : échec pour %2 sur %3 ; la première erreur est indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation>Rien n'a été fait pour %1 : la sélection a changé pendant que la question était ouverte.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation>Un client</translation>
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — %n conversation de support non lue</numerusform>
            <numerusform>Hexclave Admin — %n conversations de support non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 a écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>%n nouveau message de support</numerusform>
            <numerusform>%n nouveaux messages de support</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation>Démarrer une conversation avec un utilisateur du projet (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation>Recharger les conversations et le fil ouvert (%1)</translation>
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation>Conversations dans lesquelles le client a écrit depuis votre dernière consultation ; cliquez pour ouvrir la première</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>Actualiser les conversations</translation>
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation>Votre propre compte n'a pas pu être lu : « M'attribuer » et le filtre « Moi » ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation>Ce serveur ne propose pas les conversations de support</translation>
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation>Sa version leur est antérieure. Mettez le serveur à jour vers une version plus récente, ou répondez aux conversations de support dans le tableau de bord web sur app.hexclave.com.</translation>
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation>Votre compte du tableau de bord ne gère pas ce projet</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation>Les conversations de support sont traitées par les membres de l'équipe propriétaire du projet, et ce compte n'en fait pas partie.</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation>Les conversations de support sont traitées par les membres de l'équipe propriétaire du projet, et %1 n'en fait pas partie.</translation>
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation>Demandez à un propriétaire du projet de vous ajouter à son équipe, ou connectez-vous avec un compte qui en fait partie.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation>Impossible d'ouvrir la conversation.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n conversation non lue</numerusform>
            <numerusform>%n conversations non lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>Saisissez une étiquette et appuyez sur Entrée ; séparez-en plusieurs par des virgules</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Supprimer l'étiquette %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Supprimer l'étiquette « %1 »</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation>Sélectionnez une équipe pour voir ses membres, invitations, clés d'API et détails.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation>Les membres de l'équipe et les autorisations que chacun y détient</translation>
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation>Invitations envoyées par e-mail et pas encore acceptées</translation>
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation>Clés d'API qui agissent pour l'équipe</translation>
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation>ID, date de création, image de profil et métadonnées</translation>
    </message>
    <message>
        <source>Team details</source>
        <translation>Détails de l'équipe</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>Créée %1 · %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation>&amp;Modifier l'équipe…</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de l'équipe</translation>
    </message>
    <message>
        <source>Copy team ID</source>
        <translation>Copier l'ID de l'équipe</translation>
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation>Copier l'ID de l'équipe</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Aucune valeur (null)</translation>
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation>Modifier le nom, l'image et les métadonnées (F2)</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>ID de l'équipe :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création :</translation>
    </message>
    <message>
        <source>Profile image:</source>
        <translation>Image de profil :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation>&amp;Créer l'équipe</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d'affichage</translation>
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation>Obligatoire, par ex. Laboratoire Design Systems</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de l'image de profil</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d'affichage :</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>URL de l'&amp;image de profil :</translation>
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation>Saisissez un nom d'affichage : une équipe en a besoin.</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>Création de l'équipe…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Invitations en attente</translation>
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation>Envoyer par e-mail à quelqu'un un lien pour rejoindre cette équipe</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Retirer l'invitation sélectionnée : son lien cesse de fonctionner</translation>
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation>Aucune invitation en attente. Invitez quelqu'un par e-mail pour lui permettre de rejoindre l'équipe.</translation>
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation>Chargement des invitations…</translation>
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les invitations. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitation envoyée à %1.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l'invitation</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation>Révoquer l'invitation de %1 à %2 ? Le lien de l'e-mail cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation>Révocation de l'invitation de %1…</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>L'invitation de %1 a été révoquée.</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation>La révocation de l'invitation de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Ajouter des membres…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Retirer de l'équipe…</translation>
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation>&amp;Ouvrir l'utilisateur</translation>
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation>Rechercher des membres par nom, e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation>Choisir des utilisateurs du projet à ajouter à cette équipe</translation>
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation>Retirer les membres sélectionnés de cette équipe (Delete)</translation>
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation>Afficher le membre sélectionné dans la page Utilisateurs (Entrée, ou double-clic)</translation>
    </message>
    <message>
        <source>Load the members again</source>
        <translation>Recharger les membres</translation>
    </message>
    <message>
        <source>Reload members</source>
        <translation>Recharger les membres</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Copier l'&amp;ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copier l'e-&amp;mail</translation>
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation>Ouvrir dans la page Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>Retirer %n membre de l'équipe…</numerusform>
            <numerusform>Retirer %n membres de l'équipe…</numerusform>
        </translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation>Les membres ont changé sur le serveur pendant le défilement ; la liste a été rechargée.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation>%1 membres affichés · chargement de la suite…</translation>
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation>%1 membres affichés · faites défiler vers le bas pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n membre.</numerusform>
            <numerusform>%n membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n membre correspond.</numerusform>
            <numerusform>%n membres correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation>%1 membres affichés · le chargement a échoué.</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 n'a pas encore de membres.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Ajouter des membres…</translation>
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Aucun membre ne correspond à « %1 ».
La recherche porte sur les noms, les e-mails et les ID utilisateur exacts.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>&amp;Retirer %n de l'équipe…</numerusform>
            <numerusform>&amp;Retirer %n de l'équipe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Ajouter des membres à %1</translation>
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation>Recherchez les utilisateurs du projet par nom, e-mail ou ID utilisateur, et cochez ceux à ajouter à %1. Les nouveaux membres reçoivent les autorisations d'équipe par défaut du projet.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Ajouter %n membre</numerusform>
            <numerusform>Ajouter %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation>Déjà membre de cette équipe</translation>
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation>Personne n'a été ajouté : une autre équipe a été sélectionnée pendant que la liste était ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>Ajout de %n membre…</numerusform>
            <numerusform>Ajout de %n membres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>%n membre ajouté à %1.</numerusform>
            <numerusform>%n membres ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n en faisait déjà partie.</numerusform>
            <numerusform>%n en faisaient déjà partie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Non ajouté : %1.</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation>Retirer %1 de %2 ? Cette personne perd l'accès à l'équipe et les autorisations qu'elle y détient.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>Retirer %n membre de %1 ? Il perd l'accès à l'équipe et les autorisations qu'il y détient.</numerusform>
            <numerusform>Retirer %n membres de %1 ? Ils perdent l'accès à l'équipe et les autorisations qu'ils y détiennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Retirer de l'équipe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation>Personne n'a été retiré : une autre équipe a été sélectionnée pendant que la question était ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>Retrait de %n membre…</numerusform>
            <numerusform>Retrait de %n membres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>%n membre retiré de %1.</numerusform>
            <numerusform>%n membres retirés de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation>Non retiré : %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation>Choisir une équipe</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Filtrer par nom ou ID d'équipe</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation>Choisissez l'équipe dont vous voulez voir les articles et produits.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation>Impossible de charger les équipes ; le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Ce projet n'a pas encore d'équipes.</translation>
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation>Aucune équipe ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>&amp;Modifier l'équipe…</translation>
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation>Copier l'&amp;ID de l'équipe</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Supprimer l'équipe…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation>Créer une équipe (%1)</translation>
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation>Modifier le nom, l'image et les métadonnées de l'équipe sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation>Supprimer l'équipe sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation>Recharger la liste et recompter les membres (%1)</translation>
    </message>
    <message>
        <source>Reload teams</source>
        <translation>Recharger les équipes</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Filtrer par nom ou ID d'équipe</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrer les équipes</translation>
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation>Affiche les équipes dont le nom contient le texte ou dont l'ID commence par celui-ci (Ctrl+F)</translation>
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation>Cette équipe n'existe plus.</translation>
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation>Impossible d'ouvrir l'équipe.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation>Impossible de charger les équipes.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%1 équipe sur %n correspond à « %2 »</numerusform>
            <numerusform>%1 équipes sur %n correspondent à « %2 »</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation>Aucune équipe pour l'instant.
Les équipes regroupent des utilisateurs ; les membres partagent les autorisations et clés d'API de l'équipe.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nouvelle équipe…</translation>
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation>Aucune équipe ne correspond à « %1 ».
Le filtre porte sur les noms d'équipe et le début des ID d'équipe.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation>Équipes et utilisateurs</translation>
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation>Autoriser les utilisateurs à &amp;créer des équipes</translation>
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation>Les utilisateurs connectés peuvent créer des équipes depuis l'application ; sinon, seuls le serveur ou cette console le peuvent.</translation>
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation>Créer une équipe &amp;personnelle à l'inscription</translation>
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation>Chaque nouvel utilisateur reçoit sa propre équipe.</translation>
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation>Autoriser les utilisateurs à &amp;supprimer leur propre compte</translation>
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation>Exiger la &amp;vérification de l'e-mail lors de l'intégration</translation>
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation>Les nouveaux utilisateurs doivent vérifier leur e-mail principal avant de pouvoir utiliser l'application.</translation>
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation>Autoriser les clés d'API d'&amp;utilisateur</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation>Les utilisateurs connectés peuvent créer des clés qui agissent en leur nom.</translation>
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation>Autoriser les clés d'API d'é&amp;quipe</translation>
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation>Les membres d'équipe disposant de l'autorisation peuvent créer des clés qui agissent pour l'équipe.</translation>
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation>Les clés d'API d'utilisateur et d'équipe s'activent et se désactivent dans la &lt;a href="apikeys"&gt;page Clés d'API&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>Aucun modèle pour l'instant.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation>Impossible de charger les modèles.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>&amp;Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation>Un court e-mail de test part via %1 en tant que %2, avec les paramètres du formulaire — même s'ils ne sont pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation>Saisissez une adresse e-mail, comme vous@example.com.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Envoi d'un e-mail de test à %1…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation>L'e-mail de test a été envoyé à %1. S'il n'arrive pas, regardez dans le dossier des spams.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>Le serveur n'a donné aucune raison.</translation>
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation>Le serveur de messagerie ne l'a pas envoyé : %1</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>L'e-mail de test n'a pas été envoyé.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation>Le mode test a été écrit, mais le serveur n'affiche pas la modification.</translation>
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation>Le mode test n'a pas été activé.</translation>
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation>Le mode test n'a pas été désactivé.</translation>
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation>Activer le mode test ?</translation>
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation>Désactiver le mode test ?</translation>
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation>En mode test, les achats sont gratuits : les clients obtiennent des produits sans payer, et aucun argent ne transite par le fournisseur de paiement. Utilisez-le pendant que vous testez le paiement, jamais dans une boutique ouverte.</translation>
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation>Les achats factureront désormais de l'argent réel via le fournisseur de paiement. Assurez-vous que vos produits et prix sont prêts avant que les clients les voient.</translation>
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation>Activer le mode test</translation>
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation>Désactiver le mode test</translation>
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation>Mode test — les achats sont gratuits et aucun argent ne circule</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Désactivation…</translation>
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation>Désactiver le mode test…</translation>
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation>Permettre aux achats de facturer de l'argent réel via le fournisseur de paiement</translation>
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation>Mode réel — les achats facturent de l'argent réel</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Activation…</translation>
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation>Activer le mode test…</translation>
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation>Rendre les achats gratuits pendant vos essais : aucun argent ne circule</translation>
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation>Une autre modification des paramètres de paiement est en cours d'enregistrement. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>Aucun thème pour l'instant.</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation>Impossible de charger les thèmes.</translation>
    </message>
    <message>
        <source>Use for this project</source>
        <translation>Utiliser pour ce projet</translation>
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation>Habiller les e-mails du projet avec le thème sélectionné, sauf s'ils en choisissent un autre</translation>
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation>« %1 » est désormais le thème du projet.</translation>
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation>Le thème du projet n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Project's theme</source>
        <translation>Thème du projet</translation>
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation>Le thème est vide.</translation>
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation>Le thème sélectionné est déjà le thème du projet</translation>
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation>Définition de « %1 » comme thème du projet…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>Nouveaux messages ↓</translation>
    </message>
    <message>
        <source>Conversation messages</source>
        <translation>Messages de la conversation</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Faire défiler jusqu'aux nouveaux messages</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation>Seuls les messages affichés figurent dans le texte : Tout sélectionner et Copier ne prennent que ceux-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Afficher %n message précédent</numerusform>
            <numerusform>Afficher %n messages précédents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation>Sélectionnez une transaction pour voir ses entrées.</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de la transaction</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Copier l'ID de la transaction</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Date d'effet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>Ajustée par</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation>Mode test : aucun argent réel n'a circulé</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>No money moved</source>
        <translation>Aucun argent n'a circulé</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>Non ajustée</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1 (entrée n° %2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>Entrées (%1)</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Afficher les articles et produits de ce client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>inline product</source>
        <translation>produit direct</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1 (%2 chacun)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Achat ponctuel</translation>
    </message>
    <message>
        <source>, entry #%1</source>
        <translation>, entrée n° %1</translation>
    </message>
    <message>
        <source>Adjusts</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation>Entrée n° %1 telle qu'envoyée par le serveur</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Type de transaction</translation>
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation>Afficher un type de transaction (filtré par le serveur)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation>Afficher les transactions d'un type de client</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Custom customers</source>
        <translation>Clients personnalisés</translation>
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation>Recharger les transactions (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation>Transactions &amp;chargées…</translation>
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation>&amp;Toutes les transactions correspondant aux filtres…</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation>Transactions &amp;chargées (%1)…</translation>
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les transactions dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation>Copier l'&amp;ID de la transaction</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation>La transaction %1 ne figure pas parmi les transactions chargées (les filtres la masquent peut-être).</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>Chargement des transactions…</translation>
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation>%1 transactions chargées, chargement de la suite…</translation>
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation>%1 transactions chargées ; faites défiler vers le bas pour en voir plus</translation>
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation>Les %1 transactions correspondantes</translation>
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation>Les %1 transactions</translation>
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation>%1 transactions chargées ; il en existe d'autres qui n'ont pas été chargées. Affinez les filtres, ou exportez-les toutes dans un fichier.</translation>
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation>%1 transactions chargées ; le chargement de la suite a échoué</translation>
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les transactions. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation>Aucune transaction pour l'instant. Les achats, renouvellements, modifications de quantité d'article et remboursements apparaissent ici.</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>Aucune transaction ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation>Sélectionnez un achat pour le rembourser</translation>
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation>Rendre (une partie de) ce que l'achat sélectionné a facturé, et révoquer le produit</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Exporter les transactions en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation>Exportation des transactions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exporter les transactions</translation>
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation>Exportation des transactions… %1 écrites</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation>%1 transactions exportées vers %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>L'exportation a échoué ; aucun fichier n'a été écrit. %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation>Ajouter un domaine de confiance</translation>
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation>Modifier le domaine de confiance</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation>&amp;Chemin du gestionnaire :</translation>
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation>Les redirections de connexion ne peuvent aller que vers des domaines de confiance. Utilisez * pour une partie d'un nom d'hôte (https://*.example.com) et ** pour un nombre quelconque de parties.</translation>
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation>Saisissez l'URL de base du domaine, par ex. https://example.com.</translation>
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation>L'URL de base peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation>L'URL de base commence par https:// (ou http:// pour le développement local).</translation>
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation>Ce n'est pas une URL de base valide : utilisez un nom d'hôte avec des jokers * facultatifs, par ex. https://*.example.com.</translation>
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation>Le chemin du gestionnaire commence par /, par ex. /handler.</translation>
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation>Le chemin du gestionnaire peut comporter au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation>Le chemin du gestionnaire ne peut pas contenir d'espaces.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation>Saisissez exactement %1 pour activer ce bouton.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation>&amp;Consulter la boîte d'envoi</translation>
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation>J'ai vérifié la boîte d'envoi : ces e-mails n'ont &amp;pas été mis en file d'attente. Les renvoyer.</translation>
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation>Lire les e-mails les plus récents d'un destinataire dans la boîte d'envoi et y chercher ceux de ce brouillon</translation>
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation>La réponse à l'envoi de %1 n'est pas arrivée : les e-mails sont peut-être déjà en file d'attente, et le serveur ne détecte pas un second envoi. Consultez la boîte d'envoi avant de renvoyer.</translation>
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation>Consultation de la boîte d'envoi…</translation>
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation>Impossible de lire la boîte d'envoi (%1). Consultez l'onglet Boîte d'envoi de la page E-mails.</translation>
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation>La boîte d'envoi contient l'e-mail de ce brouillon, créé à %1 : les e-mails ont été mis en file d'attente. Renvoyer les enverrait deux fois.</translation>
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation>La boîte d'envoi ne contient aucun e-mail de ce brouillon depuis %1 pour le premier destinataire. Un envoi important est peut-être encore en cours de mise en file d'attente : vérifiez de nouveau dans une minute avant de renvoyer.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>&amp;Modifier l'utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation>&amp;Restreindre…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation>Supprimer la double &amp;authentification…</translation>
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation>&amp;Usurper l'identité…</translation>
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation>Envoyer un e-mail de réinitialisation du mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation>Envoyer une in&amp;vitation à se connecter…</translation>
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation>Ajouter à une é&amp;quipe…</translation>
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation>&amp;Accorder une autorisation de projet…</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Copier l'&amp;ID de l'utilisateur</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copier l'e-&amp;mail</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>E&amp;xporter les utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>Créer un utilisateur (%1)</translation>
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation>Exporter en CSV ou JSON les utilisateurs correspondant à la recherche et aux filtres (%1)</translation>
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation>Lever la &amp;restriction…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>&amp;Supprimer %n utilisateur…</numerusform>
            <numerusform>&amp;Supprimer %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Cet utilisateur n'a pas d'adresse e-mail.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation>La double authentification n'a pas été supprimée.</translation>
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation>Envoyer un e-mai&amp;l…</translation>
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation>L'envoi d'un brouillon nécessite un accès administrateur : connectez-vous avec une clé d'administration ou un compte du tableau de bord.</translation>
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation>Envoyer l'un des brouillons d'e-mail du projet aux utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation>Démarrer une conversation de s&amp;upport…</translation>
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation>Con&amp;versations de support…</translation>
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation>Écrire à cet utilisateur dans une nouvelle conversation de support</translation>
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation>Afficher les conversations de support de cet utilisateur</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation>Supprimer la double authentification</translation>
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation>Supprimer la double authentification de %1 ?</translation>
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation>L'utilisateur pourra alors se connecter avec son seul mot de passe, et pourra de nouveau configurer une application d'authentification. Ne le faites qu'après avoir vérifié qui le demande.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation>Sélectionnez un utilisateur pour voir ses détails.</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Dernière activité %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Jamais actif</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation>Canaux de contact : les adresses e-mail de l'utilisateur</translation>
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation>Comptes associés à des fournisseurs OAuth</translation>
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation>Équipes et autorisations de projet</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Détails de l'utilisateur</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d'API</translation>
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation>Les clés d'API propres à l'utilisateur</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation>Un autre utilisateur se connecte déjà avec cette adresse e-mail. Choisissez une autre adresse, ou désactivez « Utilisé pour la connexion » pour l'ajouter malgré tout à cet utilisateur.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation>Accorder…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>Autorisations de projet</translation>
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation>Autorisations de projet de l'utilisateur</translation>
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation>Accorder une autorisation de projet à l'utilisateur</translation>
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation>Les autorisations s'accordent ici en saisissant leur identifiant.</translation>
    </message>
    <message>
        <source>No project permissions.</source>
        <translation>Aucune autorisation de projet.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Chargement des autorisations…</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les autorisations. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation>Le projet ne définit pas encore d'autorisations : créez-les dans la page Autorisations</translation>
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation>L'utilisateur détient déjà toutes les autorisations définies par le projet</translation>
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation>Cette autorisation est héritée : révoquez l'autorisation qui la contient</translation>
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation>Retirer l'autorisation sélectionnée à l'utilisateur</translation>
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation>Identifiant de l'autorisation (par exemple « read_reports ») :</translation>
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation>Autorisation à accorder à %1 :</translation>
    </message>
    <message>
        <source>Grant permission</source>
        <translation>Accorder l'autorisation</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>Octroi de %1…</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 accordée.</translation>
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation>L'octroi de %1 a échoué.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Révoquer l'autorisation</translation>
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation>Retirer %1 à %2 ?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Révocation de %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 révoquée.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>La révocation de %1 a échoué.</translation>
    </message>
    <message>
        <source>Team permissions</source>
        <translation>Autorisations d'équipe</translation>
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation>Autorisations d'équipe du membre</translation>
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation>Accorder au membre une autorisation dans cette équipe</translation>
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation>Aucune autorisation dans cette équipe.</translation>
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation>Le projet ne définit pas encore d'autorisations d'équipe : créez-les dans la page Autorisations</translation>
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation>Le membre détient déjà toutes les autorisations d'équipe définies par le projet</translation>
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation>Retirer l'autorisation sélectionnée au membre dans cette équipe</translation>
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation>Identifiant de l'autorisation d'équipe (par exemple « team_admin » ou « $read_members ») :</translation>
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation>Autorisation à accorder à %1 dans cette équipe :</translation>
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation>Retirer %1 à %2 dans cette équipe ?</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation>Recherchez des utilisateurs par nom, e-mail ou ID utilisateur, et cochez ceux que vous voulez.</translation>
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation>Inclure les utilisateurs &amp;anonymes</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>Choisir %n utilisateur</numerusform>
            <numerusform>Choisir %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose users</source>
        <translation>Choisir des utilisateurs</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Rechercher par nom, e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation>Les utilisateurs anonymes sont masqués, sauf si vous les demandez</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Utilisateurs trouvés</translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation>Terminer avec les utilisateurs choisis (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation>Personne n'est encore choisi : cochez les utilisateurs voulus.</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>Choisis (%1) : %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>%n utilisateur affiché · chargement de la suite…</numerusform>
            <numerusform>%n utilisateurs affichés · chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>%n utilisateur affiché · faites défiler vers le bas pour en voir plus</numerusform>
            <numerusform>%n utilisateurs affichés · faites défiler vers le bas pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation>Ce projet n'a pas encore d'utilisateurs.</translation>
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ». La recherche porte sur les noms, les e-mails et les ID utilisateur exacts.</translation>
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation>La recherche a échoué ; le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Choisir un utilisateur</translation>
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation>Recherchez l'utilisateur par nom, e-mail ou ID utilisateur, et cochez-le.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation>Ouvrir l'équipe</translation>
    </message>
    <message>
        <source>Remove from team…</source>
        <translation>Retirer de l'équipe…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Teams of the user</source>
        <translation>Équipes de l'utilisateur</translation>
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation>Afficher l'équipe sélectionnée dans la page Équipes</translation>
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation>Retirer l'utilisateur de l'équipe sélectionnée</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>Membre d'aucune équipe.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation>Impossible de charger les équipes. Le motif est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Retirer de l'équipe</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation>Retirer %1 de %2 ? Cette personne perd les autorisations de l'équipe.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation>Retiré de %1.</translation>
    </message>
    <message>
        <source>Removing from %1 failed.</source>
        <translation>Le retrait de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Anonymes uniquement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Reload users</source>
        <translation>Recharger les utilisateurs</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Rechercher par nom, e-mail ou ID utilisateur</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation>Inscriptions les plus récentes en premier</translation>
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation>Inscriptions les plus anciennes en premier</translation>
    </message>
    <message>
        <source>Recently active first</source>
        <translation>Activité la plus récente en premier</translation>
    </message>
    <message>
        <source>Least recently active first</source>
        <translation>Activité la moins récente en premier</translation>
    </message>
    <message>
        <source>Order of users</source>
        <translation>Ordre des utilisateurs</translation>
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation>Afficher aussi les utilisateurs restreints (e-mail non vérifié, ou restreints par un administrateur)</translation>
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation>Afficher aussi les utilisateurs anonymes (et les restreints)</translation>
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation>Afficher uniquement les utilisateurs anonymes</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation>La liste a changé sur le serveur pendant le défilement ; elle a été rechargée depuis le début.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation>%1 utilisateurs affichés · chargement de la suite…</translation>
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation>%1 utilisateurs affichés · faites défiler vers le bas pour en voir plus</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation>%1 utilisateurs affichés · le chargement a échoué</translation>
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation>Aucun utilisateur ne correspond encore à ces filtres.</translation>
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Aucun utilisateur ne correspond à « %1 ».
La recherche porte sur les noms, les e-mails et les ID utilisateur exacts.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation>Ce qui peut être fait avec les utilisateurs sélectionnés (aussi par clic droit)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>%n ligne sélectionnée pas encore chargée — faites défiler jusqu'à elle pour l'inclure</numerusform>
            <numerusform>%n lignes sélectionnées pas encore chargées — faites défiler jusqu'à elles pour les inclure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersTableHeader</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation>Console de bureau pour les projets Hexclave (Stack Auth) : utilisateurs, équipes, autorisations, clés, paiements, e-mails, support et configuration.</translation>
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation>Démarrer un serveur de démonstration intégré avec des données d'exemple et s'y connecter.</translation>
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation>Nombre d'utilisateurs d'exemple du serveur de démonstration (120 par défaut).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Ouvrir cette page : %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation>Enregistrer une image de la fenêtre une fois les premières données de la page chargées, puis quitter.</translation>
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation>Afficher les temps de démarrage et le nombre de requêtes (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation>--demo-users nécessite un nombre entre 0 et 5000000.</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>Page inconnue "%1". Pages : %2.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation>Argument inattendu "%1" (les options commencent par --).</translation>
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation>--demo-users ne s'applique qu'avec --demo.</translation>
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation>Le serveur de démonstration n'a pas de stockage analytique : la vue d'ensemble affiche ce qu'elle peut calculer à partir des utilisateurs.</translation>
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation>Ouvrir ce hexclave.config.ts pour le modifier hors ligne (aucune connexion nécessaire ; propose de le créer s'il manque).</translation>
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation>--demo-no-metrics ne s'applique qu'avec --demo.</translation>
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation>Langue de l'interface pour cette exécution : %1.</translation>
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation>Apparence claire ou sombre pour cette exécution : %1.</translation>
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation>Langue inconnue "%1". Langues : %2.</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation>Jeu de couleurs inconnu "%1". Jeux de couleurs : %2.</translation>
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation>Part des réponses du serveur de démonstration (0 à 1) qui échouent volontairement une fois connecté : réponses lentes, limitations de requêtes, erreurs serveur, connexions interrompues, corps de réponse corrompus.</translation>
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation>--demo-faults nécessite un nombre entre 0 et 1, par ex. 0.2.</translation>
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation>--demo-faults ne s'applique qu'avec --demo.</translation>
    </message>
</context>
</TS>
