<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Ha cerrado sesión. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado sesión.</translation>
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
        <translation>Una clave de proyecto no puede hacer esta solicitud: se necesita una cuenta del panel.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation>No se pudo acceder al servidor: %1. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, puede que el servidor esté sobrecargado.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation>Se rechazó la conexión segura: %1. El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation>El servidor respondió con algo que esta aplicación no entiende (%1).</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation>El servidor está limitando las solicitudes. Inténtelo de nuevo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation>El servidor está limitando las solicitudes. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>El servidor tuvo un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation>La solicitud falló con HTTP %1.</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation>Compruebe que la clave pertenece a este proyecto y que no se ha revocado.</translation>
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation>Cree una clave nueva en la página de claves de API del proyecto.</translation>
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation>Compruebe la dirección de correo electrónico y la contraseña.</translation>
    </message>
    <message>
        <source>Check the project id.</source>
        <translation>Compruebe el id del proyecto.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
        <translation>Se cerró la conexión antes de que respondiera el servidor, así que puede que el cambio se haya hecho o no. Recargue para comprobarlo antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation>El enlace de inicio de sesión caducó antes de confirmarse. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation>Este enlace de inicio de sesión ya se usó. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
        <translation>El servidor respondió al inicio de sesión con un estado que esta aplicación no conoce.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation>Las conversaciones de soporte se responden como persona: conéctese con una cuenta del panel (inicio de sesión por navegador o por correo) para usarlas.</translation>
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation>El resumen necesita las métricas del proyecto, que solo puede leer el acceso de administrador. Conéctese con una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation>Una clave de servidor puede conceder y revocar permisos, pero no puede ver ni editar sus definiciones. Para ello, use una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation>Una clave de servidor puede gestionar las claves de API de usuarios y equipos, pero no las claves propias del proyecto. Para ellas, use una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation>Una clave de servidor puede leer y cambiar los artículos de los clientes, pero no los productos, el libro de movimientos ni los reembolsos. Para ello, use una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation>Una clave de servidor puede enviar correos y leer la bandeja de salida, pero no editar borradores, plantillas ni temas. Para ello, use una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation>La configuración del proyecto necesita acceso de administrador. Conéctese con una clave de administrador o una cuenta del panel.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>es autofirmado, así que ninguna entidad de certificación lo avala</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>no es válido antes del %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation>se emitió para %1, no para esta dirección</translation>
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation>lo emitió “%1”, en quien este equipo no confía</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation>Se rechazó la conexión segura con %1 porque su certificado no es de confianza: %2. No se envió nada. Si es su propio servidor, compare la huella digital SHA-256 del certificado con la que le indique el operador de su servidor antes de confiar en él.</translation>
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation>no indica ningún servidor, así que no cubre esta dirección</translation>
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation>El certificado en el que confió para %1 caducó el %2, así que se rechazó la conexión y no se envió nada. Pida al operador de su servidor que lo renueve y, después, confíe en el nuevo.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation>El certificado de %1 cambió desde que confió en él (nueva huella digital SHA-256 %2). Se rechazó la conexión y no se envió nada. Consulte con el operador de su servidor; si el cambio es el esperado, vuelva a iniciar sesión para confiar en el nuevo certificado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation>Se rechazó la conexión segura con %1 porque su certificado no es válido: %2. No se envió nada. Pida al operador de su servidor que corrija el certificado.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation>El archivo debe exportar un objeto `config` simple: export const config = { … };</translation>
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation>Expresión de configuración no admitida: llamada a función</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation>Expresión de configuración no admitida: plantilla literal</translation>
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation>Expresión de configuración no admitida: acceso a propiedad</translation>
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation>Expresión de configuración no admitida: no se pueden usar operadores como %1; escriba el valor en sí.</translation>
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation>La configuración está anidada a demasiada profundidad (más de %1 niveles).</translation>
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation>Fin de archivo inesperado: falta un valor.</translation>
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation>Expresión de configuración no admitida: el signo menos solo se permite delante de un número.</translation>
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation>Expresión de configuración no admitida: función</translation>
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation>Expresión de configuración no admitida: operador coma</translation>
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation>Fin de archivo inesperado: falta `)`.</translation>
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation>Se esperaba `)` aquí.</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation>Expresión de configuración no admitida: plantilla literal (use comillas "dobles" o 'simples')</translation>
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation>Expresión de configuración no admitida: expresión regular</translation>
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation>Expresión de configuración no admitida: identificador</translation>
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation>Expresión de configuración no admitida: `new`</translation>
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation>Expresión de configuración no admitida: %1</translation>
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation>%1 recibe el objeto de configuración como único argumento.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation>Expresión de configuración no admitida: la variable `%1` (solo se pueden usar valores literales)</translation>
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation>Las matrices de configuración no pueden contener huecos ni propagaciones.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation>Carácter inesperado `%1`: aquí se espera un valor.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation>Fin de archivo inesperado: el objeto que empieza en %1 no se cierra con `}`.</translation>
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation>Los objetos de configuración no pueden contener propagaciones.</translation>
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation>Las claves de los objetos de configuración no pueden ser calculadas.</translation>
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation>Los objetos de configuración no pueden contener métodos.</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation>Carácter inesperado `%1`: aquí se espera una clave o `}`.</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation>Expresión de configuración no admitida: la variable `%1` (escriba `%1: valor`)</translation>
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation>Fin de archivo inesperado: faltan `:` y un valor después de la clave.</translation>
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation>Se esperaba `:` después de la clave "%1".</translation>
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation>`__proto__` no se puede usar como clave.</translation>
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation>Se esperaba `,` o `}` aquí.</translation>
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation>La clave "%1" establece un valor dentro de "%2", pero "%2" no es un objeto aquí.</translation>
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation>Fin de archivo inesperado: la matriz que empieza en %1 no se cierra con `]`.</translation>
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation>Se esperaba `,` o `]` aquí.</translation>
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation>Después de la exportación de `config` solo pueden ir comentarios y `export default config;`.</translation>
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation>Se esperaba `=` después del tipo de `config`.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation>Comentario sin terminar: este comentario /* nunca se cierra con */.</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>Secuencia de escape no válida en una cadena.</translation>
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation>Cadena sin terminar: falta la comilla de cierre.</translation>
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation>Cadena sin terminar: una cadena no puede continuar en la línea siguiente (use \n).</translation>
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation>No se pueden usar secuencias de escape octales en una cadena.</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>Número no válido.</translation>
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation>Los números no pueden empezar por 0 seguido de más dígitos (no se permiten literales octales).</translation>
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation>No se pueden usar números BigInt en una configuración.</translation>
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation>Fin de archivo inesperado: este corchete nunca se cierra.</translation>
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation>Plantilla literal sin terminar.</translation>
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation>Fin de archivo inesperado: falta un tipo.</translation>
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation>Aquí se espera un tipo.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation>%1 "%2" no es un UUID; aquí los id tienen el aspecto 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation>%1 "%2" solo puede contener letras minúsculas, números, guiones bajos (_) y dos puntos (:).</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation>%1 "%2" solo puede contener letras minúsculas, números, guiones bajos (_) y dos puntos (:), tras un $ opcional para los permisos del sistema.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation>%1 "%2" solo puede contener letras minúsculas, números, guiones bajos (_) y guiones (-).</translation>
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation>"%1" solo se puede establecer en el nivel de proyecto.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation>"%1" es un ajuste de entorno: solo se puede establecer en el nivel de entorno, no en la configuración de la rama ni en un archivo hexclave.config.ts.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation>"%1" es un ajuste de entorno en los servidores actuales, que lo rechazan en la configuración de la rama; solo los servidores antiguos lo aceptan aquí. Establézcalo en el nivel de entorno.</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation>"%1" es un ajuste de entorno: los servidores actuales lo ignoran en la configuración de la rama. Establézcalo en el nivel de entorno.</translation>
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation>"%1" no se puede establecer en el nivel de proyecto; establézcalo en el nivel de rama o de entorno.</translation>
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation>"%1" no es una sección conocida de la configuración. Secciones conocidas: %2.</translation>
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation>El producto "%1" indica la línea de productos "%2", que esta configuración no define.</translation>
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation>El producto "%1" tiene el tipo de cliente "%2", pero su línea de productos "%3" tiene el tipo de cliente "%4".</translation>
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation>"%1" debe ser un intervalo como [1, "month"]: un número entero y uno de day, week, month, year.</translation>
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation>"%1" es un intervalo de 0; los servidores actuales exigen al menos 1.</translation>
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation>"%1" debe ser un objeto que enumere id con el valor true, como { "id": true }.</translation>
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation>"%1" debe ser true; quite los id que no deban incluirse.</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation>"%1" debe ser true o false, no %2.</translation>
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation>"%1" debe ser texto entre comillas, no %2.</translation>
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation>"%1" es demasiado largo: se permiten como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation>"%1" debe ser un número, no %2.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation>"%1" debe ser un número entero igual o mayor que 0, no %2.</translation>
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation>"%1" debe ser uno de %2, no %3.</translation>
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation>"%1" debe ser un UUID como 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, no %2.</translation>
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation>"%1" debe ser el UUID de un tema de correo, o false para ningún tema, no %2.</translation>
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation>"%1" debe ser un importe entre comillas como "9.99" (no un número de céntimos), no %2.</translation>
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation>"%1" debería ser un importe decimal como "9.99" o "1000".</translation>
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation>Los servidores actuales ya no admiten "include-by-default"; use en su lugar un precio explícito de 0.</translation>
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation>"%1" debe ser un objeto con una entrada por id ({ … }), no %2.</translation>
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation>"%1" no es una aplicación que conozca esta versión de Hexclave Admin. El servidor la acepta; compruebe la ortografía.</translation>
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation>"%1" debe ser un objeto ({ … }), no %2.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation>"%1" no es un ajuste conocido. Permitidos en "%2": %3.</translation>
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation>"%1" no es un ajuste conocido en "%2".</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede estar vacío.</translation>
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation>%1 "%2" es demasiado largo: se permiten como máximo 63 caracteres.</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation>%1 "%2" solo puede contener letras, números, guiones bajos (_) y guiones (-), y no puede empezar por un guion.</translation>
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation>%1 no puede ser "%2": __proto__, constructor y prototype están reservados.</translation>
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation>Id de paquete de Apple</translation>
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation>Id de proveedor OAuth</translation>
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation>Id de regla de registro</translation>
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation>Id de dominio de confianza</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Id de permiso</translation>
    </message>
    <message>
        <source>Email theme id</source>
        <translation>Id de tema de correo</translation>
    </message>
    <message>
        <source>Email template id</source>
        <translation>Id de plantilla de correo</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Id de precio</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Id de producto</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Id de artículo</translation>
    </message>
    <message>
        <source>Product line id</source>
        <translation>Id de línea de productos</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>Id de aplicación</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>Id de base de datos</translation>
    </message>
    <message>
        <source>Data Vault store id</source>
        <translation>Id de almacén de Data Vault</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation>Nube de Hexclave</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>Introduzca la dirección del servidor.</translation>
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation>"%1" no es una dirección válida. Use un formato como https://auth.example.com/api/v1.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation>La dirección debe empezar por https:// (o http:// para un servidor local).</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation>Use https:// para %1: con http sin cifrar, sus claves y sesiones viajarían sin cifrado. (Se acepta http:// para servidores en este equipo o en su red local).</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation>Ha iniciado sesión con otra cuenta: no se realizaron las acciones que esperaban a la anterior.</translation>
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation>Ha cerrado sesión: no se realizaron las acciones que esperaban un nuevo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
    <message>
        <source>Dashboard account</source>
        <translation>Cuenta del panel</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Clave de servidor</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Hexclave Admin guarda los secretos solo en el llavero del sistema: inicie o instale uno (p. ej., GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>El llavero del sistema denegó el acceso (%1). Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation>El llavero de este sistema no admite la operación (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation>El llavero del sistema falló: %1. Asegúrese de que está en ejecución y desbloqueado.</translation>
    </message>
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation>O vuelva a iniciar sesión: sin el llavero, la sesión solo seguirá iniciada hasta que salga de la aplicación.</translation>
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation>No se pudo guardar la credencial en el llavero del sistema al iniciar sesión, así que ahora se ha cerrado su sesión. Vuelva a iniciar sesión; para mantener la sesión iniciada después de reiniciar, asegúrese de que el llavero del sistema está en ejecución y desbloqueado.</translation>
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation>No se encontró la credencial guardada en el llavero del sistema: puede que el llavero esté bloqueado o que se haya eliminado la entrada. Desbloquee el llavero e inténtelo de nuevo, o vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation>Los metadatos de cliente no son JSON válido.</translation>
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation>Los metadatos de cliente de solo lectura no son JSON válido.</translation>
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
        <translation>Los metadatos de servidor no son JSON válido.</translation>
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
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Servidor de demostración</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Proyecto de demostración</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Eliminar %n usuario</numerusform>
            <numerusform>Eliminar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restringir %n usuario</numerusform>
            <numerusform>Restringir %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Levantar la restricción de %n usuario</numerusform>
            <numerusform>Levantar la restricción de %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>Añadir %n usuario a %1</numerusform>
            <numerusform>Añadir %n usuarios a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>Conceder %1 a %n usuario</numerusform>
            <numerusform>Conceder %1 a %n usuarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation>Ya era miembro.</translation>
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation>Ya estaba eliminado.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation>Se perdió la respuesta, pero el servidor indica que se hizo.</translation>
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation>No se sabe si se hizo: la consulta también falló (%1). Compruebe este usuario antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation>El servidor indica que no se hizo. No se volvió a enviar nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n correcto</numerusform>
            <numerusform>%n correctos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n no intentado</numerusform>
            <numerusform>%n no intentados</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>no intentado</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>No intentado</translation>
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation>Se detuvo antes del turno de este usuario.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation>línea de productos</translation>
    </message>
    <message>
        <source>item</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>equipos</translation>
    </message>
    <message>
        <source>custom customers</source>
        <translation>clientes personalizados</translation>
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation>“%1” está ocupado por una entrada que no se pudo leer.</translation>
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation>Un producto incluido por defecto es gratuito: quite sus precios.</translation>
    </message>
    <message>
        <source>Price id: %1</source>
        <translation>Id de precio: %1</translation>
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation>Dos precios tienen el id “%1”.</translation>
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation>Un precio necesita un importe en al menos una moneda.</translation>
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation>Elija el artículo que se incluirá.</translation>
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation>El artículo “%1” se incluye dos veces.</translation>
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation>No existe el artículo “%1”.</translation>
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation>El artículo “%1” es para %2; este producto, para %3.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>La cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Introduzca un id.</translation>
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation>Un id no puede empezar por “-”.</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation>Use solo letras, dígitos, “_” y “-”.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation>“%1” está reservado; elija otro id.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 no es una moneda admitida.</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>Introduzca el importe en %1.</translation>
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation>Escriba el importe en %1 como un número, por ejemplo 9.99.</translation>
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation>El importe en %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation>Quite los ceros iniciales del importe en %1.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>Los importes en %1 no tienen decimales.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>Los importes en %1 tienen como máximo %2 decimales.</translation>
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation>El importe en %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>Elija días, semanas, meses o años.</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>El recuento debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation>Otro producto tiene el id “%1”.</translation>
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation>No existe la línea de productos “%1”.</translation>
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation>La línea de productos “%1” es para %2; este producto, para %3.</translation>
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation>Un producto no puede ser un complemento de sí mismo.</translation>
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation>No existe el producto “%1” del que ser complemento.</translation>
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation>Otro artículo tiene el id “%1”.</translation>
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation>Otra línea de productos tiene el id “%1”.</translation>
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
        <translation>Página</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation>No se pudieron buscar los usuarios: %1</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>No se pudieron cargar los equipos: %1</translation>
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation>Nada coincide con "%1"</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 no es un archivo de texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation>%1 no es un archivo de configuración que esta aplicación pueda leer: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>el disco está lleno o el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation>Otro programa modificó %1 en el disco desde que se abrió aquí.</translation>
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation>Elija dónde guardar el archivo nuevo.</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>No se pudieron conservar los cambios no guardados para su recuperación: %1</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>No se pudieron leer los cambios no guardados: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios no guardados</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation>No se pudo recordar la configuración descargada: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation>%1 (modificado)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation>Sobrescritura de proyecto</translation>
    </message>
    <message>
        <source>Branch override</source>
        <translation>Sobrescritura de rama</translation>
    </message>
    <message>
        <source>Environment override</source>
        <translation>Sobrescritura de entorno</translation>
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation>El servidor aceptó el cambio, pero la configuración sigue mostrando otros valores para %1. Puede que otro nivel de configuración los sobrescriba.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Se cerró la conexión con el servidor. Vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation>La configuración de la rama del proyecto contiene ajustes que se guardan por entorno; se omitieron del archivo: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Se cerró la conexión con el servidor. Vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation>Esta configuración no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation>Elija una clave para cambiarla.</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation>“%1” no es un valor JSON. Escriba texto entre comillas dobles, un número, true, false, null, un objeto {…} o una matriz […].</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>Introduzca una clave.</translation>
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation>Una clave no puede contener un punto; añada las claves superiores una a una.</translation>
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation>Solo se pueden añadir claves a un objeto.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1” ya existe.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Establecido en</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
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
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>Not the primary email</source>
        <translation>No es el correo principal</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Se usa para iniciar sesión</translation>
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation>No se usa para iniciar sesión</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation>Necesita soporte</translation>
    </message>
    <message>
        <source>Waiting on user</source>
        <translation>Esperando al usuario</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Started by support</source>
        <translation>Iniciada por soporte</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation>Nota interna · solo la ve su equipo</translation>
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
        <translation>Sin leer: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Último mes</translation>
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
        <translation>%1 correos por segundo (%2 por hora)</translation>
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation>Aumento ×%1 activo</translation>
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation>Aumento ×%1 activo hasta %2</translation>
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation>Ralentizado al %1 % del ritmo habitual: demasiados correos recientes rebotaron o se marcaron como spam.</translation>
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation>Funcionando al %1 % del ritmo habitual (factor de penalización establecido por el servidor).</translation>
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>Correos rebotados del %n enviado</numerusform>
            <numerusform>Correos rebotados de los %n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>Correos marcados como spam del %n enviado</numerusform>
            <numerusform>Correos marcados como spam de los %n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcados como spam</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Spam rate</source>
        <translation>Tasa de spam</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation>Un texto guardado automáticamente necesita una clave.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation>No se pudo restringir la carpeta %1 a su propietario.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation>Se omitió el archivo de guardado automático dañado %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation>Editado aquí, aún sin guardar</translation>
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation>Editado aquí, aún sin guardar · %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation>“%1” tiene cambios aún sin guardar (se conservan en este equipo hasta que se guarden o descarten)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation>Este ajuste se guarda por entorno en el servidor y no forma parte de hexclave.config.ts; establézcalo en la página Configuración del proyecto.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar ajustes</translation>
    </message>
    <message>
        <source>Edit configuration</source>
        <translation>Editar configuración</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation>No hay ningún artículo con este ID en el proyecto</translation>
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation>Un artículo para otro tipo de cliente</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Sin respuesta del servidor</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>ID de artículo: %1</translation>
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation>Volviendo a leer el saldo…</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Leyendo el saldo…</translation>
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation>No se encontró el cliente; vea el mensaje de arriba</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Se cerró la conexión de esta lista.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation>%1 (configuración %2)</translation>
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation>El usuario puede iniciar sesión con esta cuenta</translation>
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation>El usuario no puede iniciar sesión con esta cuenta</translation>
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation>La aplicación puede usar el token de acceso de esta cuenta (cuenta conectada)</translation>
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation>La aplicación no puede usar el token de acceso de esta cuenta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>Cuenta conectada</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>Renderizando</translation>
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation>No se pudo renderizar</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Entrega retrasada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcados como spam</translation>
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation>Pausado por un administrador: no se envía hasta que se reanude.</translation>
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation>Esperando a renderizarse.</translation>
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation>Se está renderizando su plantilla.</translation>
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation>No se pudo renderizar su plantilla; no se enviará.</translation>
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation>Renderizado, esperando a su hora programada.</translation>
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation>Esperando un hueco libre para enviarse.</translation>
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation>Se está entregando ahora mismo al servidor de correo.</translation>
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation>El servidor de correo lo rechazó o no pudo aceptarlo.</translation>
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation>No enviado, a propósito.</translation>
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation>El servidor del destinatario lo devolvió.</translation>
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation>El servidor del destinatario aún no lo ha aceptado; se reintenta.</translation>
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation>Entregado al servidor de correo.</translation>
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation>Entregado y abierto por el destinatario.</translation>
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation>Entregado, y se hizo clic en un enlace que contiene.</translation>
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation>Entregado, y el destinatario lo marcó como spam.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No se indicó ningún motivo</translation>
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation>Cancelado por un administrador</translation>
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation>El usuario se dio de baja de este tipo de correo</translation>
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation>El usuario no tiene dirección de correo principal</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(sin destinatario)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(sin renderizar)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>En la zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programado para</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreta</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation>Una clave pública puede mostrarse a otros (p. ej., en un navegador); no es un secreto</translation>
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation>Una clave secreta: solo deberían tenerla los servidores de su propietario</translation>
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation>Solo se pueden volver a leer los cuatro últimos caracteres; la clave completa se mostró una vez, al crearla</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>Esta clave no caduca</translation>
    </message>
    <message>
        <source>The key works</source>
        <translation>La clave funciona</translation>
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation>Revocada el %1: la clave ya no funciona</translation>
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation>Caducó el %1: la clave ya no funciona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Se cerró la conexión de esta lista.</translation>
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation>(producto sin nombre)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Termina %1</translation>
    </message>
    <message>
        <source>Renews %1</source>
        <translation>Se renueva %1</translation>
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation>Un producto indicado directamente, no uno del catálogo</translation>
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation>ID de producto: %1</translation>
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation>Se renueva cada periodo de facturación hasta que se cancele</translation>
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation>Comprado o concedido una vez; no se renueva</translation>
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation>El servidor no indicó cuándo termina el periodo actual</translation>
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation>Cancelada: termina el %1</translation>
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation>El periodo actual termina el %1 y luego se renueva</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Renews / ends</source>
        <translation>Renovación / fin</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Se cerró la conexión de esta lista.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation>Contiene, directamente o a través de otros: %1</translation>
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation>Un permiso del sistema: integrado en el servidor y de solo lectura.</translation>
    </message>
    <message>
        <source>Contained in %1</source>
        <translation>Contenido en %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation>Clave de cliente …%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation>Solo se pueden volver a leer los cuatro últimos caracteres de una clave después de crearla.</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>No caduca</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocada %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducado %1</translation>
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation>Las claves de este conjunto funcionan</translation>
    </message>
    <message>
        <source>Server key …%1</source>
        <translation>Clave de servidor …%1</translation>
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation>Clave de administrador …%1</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation>Clave de cliente …%1, clave de servidor …%2</translation>
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation>Clave de cliente …%1, clave de administrador …%2</translation>
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation>Clave de servidor …%1, clave de administrador …%2</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation>Clave de cliente …%1, clave de servidor …%2, clave de administrador …%3</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
        <translation>Este servidor no tiene configuración de nivel de proyecto.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation>%1
Id del proyecto: %2</translation>
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation>%1 — aún no hay proyectos</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — conectando…</translation>
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation>%1 — es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — no disponible</translation>
    </message>
</context>
<context>
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(sin correo)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Se cerró la conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>No figura en la respuesta del servidor</translation>
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation>Aceptado (sin dirección de correo: se omitirá)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(sin dirección de correo)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation>Este usuario no tiene dirección de correo principal; el servidor lo omite.</translation>
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation>La respuesta del servidor no incluye a este usuario: no se puso en cola ningún correo para él.</translation>
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation>En cola. Si se entregó se verá en la Bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Llave de acceso</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Código por correo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>vence en %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Vencido hace %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>Vence en %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation>Caducado %1</translation>
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation>El enlace del correo ya no funciona: revoque esta invitación y envíe una nueva</translation>
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation>El enlace del correo funciona hasta %1</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Se cerró la conexión de esta lista.</translation>
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation>Se cuenta cuando la fila está en pantalla</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Contando los miembros…</translation>
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation>No se pudieron contar los miembros: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>Más de %n miembro (el recuento se detiene ahí)</numerusform>
            <numerusform>Más de %n miembros (el recuento se detiene ahí)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n miembro, incluidos los anónimos y restringidos</numerusform>
            <numerusform>%n miembros, incluidos los anónimos y restringidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation>%1 cerró la conversación</translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation>%1 reabrió la conversación</translation>
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation>%1 puso la conversación en espera del usuario</translation>
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation>%1 cambió el estado</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 cambió el estado a %2</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dentro de %n minuto</numerusform>
            <numerusform>dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dentro de %n hora</numerusform>
            <numerusform>dentro de %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation>No se pudo cargar una página de transacciones: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>Se cerró la conexión de esta lista.</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>En la zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation>Efectivo %1
Creado %2</translation>
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation>Hecho en modo de prueba: no se movió dinero real</translation>
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation>Ajustado por %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation>Cancelación de suscripción</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>Renovación de suscripción</translation>
    </message>
    <message>
        <source>Item quantity change</source>
        <translation>Cambio de cantidad de artículo</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Contracargo</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>Cambio de producto</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>Transferencia de dinero</translation>
    </message>
    <message>
        <source>Product grant</source>
        <translation>Concesión de producto</translation>
    </message>
    <message>
        <source>Product revocation</source>
        <translation>Revocación de producto</translation>
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation>Anulación de revocación de producto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Inline product</source>
        <translation>Producto directo</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation>Solo se pueden reembolsar compras; esto es un %1.</translation>
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation>Las compras en modo de prueba no son reembolsables: no se cobró dinero.</translation>
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation>Esta compra ya se reembolsó.</translation>
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation>Esta compra no tiene precio (el producto se concedió sin pago): no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation>Esta compra no indica ninguna suscripción ni compra única que reembolsar.</translation>
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
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>Correo verificado</translation>
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation>Correo usado para iniciar sesión</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Equipo seleccionado</translation>
    </message>
    <message>
        <source>Selected team ID</source>
        <translation>ID del equipo seleccionado</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de la imagen de perfil</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Registro (UTC)</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>Última actividad (UTC)</translation>
    </message>
    <message>
        <source>Has password</source>
        <translation>Tiene contraseña</translation>
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation>Inicio de sesión con código de un solo uso</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>Inicio de sesión con llave de acceso</translation>
    </message>
    <message>
        <source>Signs in with email</source>
        <translation>Inicia sesión con correo</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>Doble factor obligatorio</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Metadatos de cliente</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Metadatos de cliente de solo lectura</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Metadatos de servidor</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Why restricted</source>
        <translation>Motivo de la restricción</translation>
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation>Restringido por un administrador</translation>
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation>Motivo de la restricción (público)</translation>
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation>Detalles de la restricción (privados)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Risk scores</source>
        <translation>Puntuaciones de riesgo</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>Proveedores OAuth</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>Heredado de %1</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Heredado</translation>
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation>Concedido directamente a este usuario; se puede revocar aquí</translation>
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation>Contenido en un permiso concedido al usuario; revoque ese para quitarlo</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation>Concedido directamente a este miembro en este equipo; se puede revocar aquí</translation>
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation>Contenido en un permiso concedido al miembro en este equipo; revoque ese para quitarlo</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation>Suplantación</translation>
    </message>
    <message>
        <source>This app's session</source>
        <translation>Sesión de esta aplicación</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation>Sin usar desde que se creó</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · zona horaria %2</translation>
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation>Creada por un administrador para actuar como este usuario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (seleccionado)</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation>Abrir %1 en la página Equipos · el equipo seleccionado del usuario</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation>Abrir %1 en la página Equipos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>La exportación se detuvo tras %n usuario: %1</numerusform>
            <numerusform>La exportación se detuvo tras %n usuarios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation>El servidor envió una página de usuarios que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation>No se escribió ningún archivo. Compruebe la conexión y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation>No se guardó nada. Elija otra carpeta o libere espacio en disco y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation>No se guardó nada. Vuelva a exportar; si sigue ocurriendo, puede que el servidor sea más reciente que esta aplicación.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La respuesta no es JSON.</translation>
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation>No se pudo leer el cursor de la página.</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>Código por correo</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Llave de acceso</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>Restringido: %1</translation>
    </message>
    <message>
        <source>Anonymous user</source>
        <translation>Usuario anónimo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>Correo verificado</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>Métodos de autenticación</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sin correo</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>Correo no verificado</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation>Los &amp;usuarios pueden crear claves de API</translation>
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation>Los &amp;equipos pueden crear claves de API</translation>
    </message>
    <message>
        <source>User and team API keys</source>
        <translation>Claves de API de usuarios y equipos</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation>Los usuarios con sesión iniciada pueden crear claves que actúan como ellos (config apiKeys.enabled.user)</translation>
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation>Los miembros de equipo con el permiso $manage_api_keys pueden crear claves que actúan en nombre del equipo (config apiKeys.enabled.team)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation>Permita que los usuarios y equipos de su aplicación creen sus propias claves de API. Las claves existentes siguen apareciendo en la página de cada usuario y equipo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation>Se está leyendo la configuración; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Leyendo la configuración del proyecto…</translation>
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation>Puede que el ajuste no haya cambiado.</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>No se cambió el ajuste.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>Aplicaciones instaladas</translation>
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation>Las aplicaciones marcadas están instaladas en el proyecto; sus páginas y funciones están activadas en el panel y en los SDK.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Fraud protection</source>
        <translation>Protección contra fraude</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation>Permisos (RBAC)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Email API</source>
        <translation>API de correo</translation>
    </message>
    <message>
        <source>Data vault</source>
        <translation>Data vault</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>Modo TV</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>Lista de comprobación de lanzamiento</translation>
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
        <translation>Integración con Clerk</translation>
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation>Integración con Better Auth</translation>
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation>Integración con WorkOS</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Click maps</source>
        <translation>Mapas de clics</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>Grabaciones de sesiones</translation>
    </message>
    <message>
        <source>CLI authentication</source>
        <translation>Autenticación de CLI</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento normativo</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation>Flujos de trabajo (alfa)</translation>
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation>%1 (una aplicación que esta consola no conoce)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation>Cambiar quién gestiona esta conversación</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (yo)</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Asignado a: %1</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>Asignarse esta conversación</translation>
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation>Asignar esta conversación a %1</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>Asignarme (%1)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Otra persona…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>Eliminar %n usuario</numerusform>
            <numerusform>Eliminar %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>Restringir %n usuario</numerusform>
            <numerusform>Restringir %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>Levantar la restricción de %n usuario</numerusform>
            <numerusform>Levantar la restricción de %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>Añadir %n usuario a un equipo</numerusform>
            <numerusform>Añadir %n usuarios a un equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>Conceder un permiso de proyecto a %n usuario</numerusform>
            <numerusform>Conceder un permiso de proyecto a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>Estos usuarios se eliminan definitivamente, con todo lo que les pertenece: sesiones (se cierra su sesión en todas partes), canales de contacto, cuentas OAuth conectadas, llaves de acceso, pertenencias a equipos, permisos y claves de API. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>Escriba el número de usuarios para confirmar</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, escriba el número de usuarios, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation>Un usuario restringido no puede usar su aplicación hasta que un administrador levante la restricción. El motivo público puede mostrarse a los usuarios; los detalles privados son solo para administradores. Ambos son opcionales.</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motivo público</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>p. ej., Su cuenta está en revisión.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Detalles privados</translation>
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation>Por qué se restringió a estos usuarios, para otros administradores</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Motivo &amp;público:</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>Detalles p&amp;rivados:</translation>
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation>Se levanta la restricción de un administrador, con sus motivos; los usuarios pueden volver a usar su aplicación. Los usuarios restringidos por otro motivo (un correo sin verificar, una cuenta anónima) siguen restringidos por ese motivo.</translation>
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation>Los usuarios pasan a ser miembros del equipo, con sus permisos de miembro predeterminados. Los usuarios que ya son miembros se quedan como están.</translation>
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation>Se concede el permiso directamente a los usuarios, con todos los permisos que contiene. Los usuarios que ya lo tienen lo conservan.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permiso:</translation>
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation>Cargando los equipos…</translation>
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation>Cargando los permisos…</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Este proyecto aún no tiene equipos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation>Este proyecto no tiene permisos de proyecto. Defina uno primero (Permisos).</translation>
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation>Escriba %1 para activar este botón.</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>Elija un equipo.</translation>
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation>Elija un permiso.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation>Mostrar &amp;todos los usuarios, no solo los problemas</translation>
    </message>
    <message>
        <source>Results by user</source>
        <translation>Resultados por usuario</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation>No envía nada más; lo que está en curso termina y se informa.</translation>
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation>&amp;Copiar los fallos</translation>
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation>&amp;Reintentar estos</translation>
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation>Vuelve a ejecutar la acción para los usuarios en los que falló o a los que no llegó.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>%1 de %2 hechos, %n fallido hasta ahora.</numerusform>
            <numerusform>%1 de %2 hechos, %n fallidos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%1 de %2 hechos.</translation>
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation>Deteniendo… primero terminan las solicitudes en curso.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Every user is done.</source>
        <translation>Todos los usuarios están hechos.</translation>
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation>Los usuarios en los que falló aparecen con el motivo. Cuando se perdió una respuesta, se preguntó al servidor qué había pasado en lugar de volver a enviarle la solicitud.</translation>
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation>Se detuvo antes de llegar a todos los usuarios.</translation>
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>Ya restringido por un administrador: %n usuario.</numerusform>
            <numerusform>Ya restringidos por un administrador: %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>Restringir solo al otro %n usuario; los ya restringidos conservan sus motivos</numerusform>
            <numerusform>Restringir solo a los otros %n usuarios; los ya restringidos conservan sus motivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>Restringir a %n usuario; los ya restringidos reciben estos motivos en lugar de los suyos</numerusform>
            <numerusform>Restringir a los %n usuarios; los ya restringidos reciben estos motivos en lugar de los suyos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>Levantar en su lugar la restricción de %n usuario restringido</numerusform>
            <numerusform>Levantar en su lugar la restricción de los %n usuarios restringidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>Nueva línea de productos</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>Editar artículo “%1”</translation>
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation>Editar línea de productos “%1”</translation>
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation>Un artículo es algo de lo que los clientes tienen una cantidad: créditos, puestos, llamadas a la API. Los productos incluyen artículos.</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation>Un cliente posee como máximo un producto de una línea, como los planes Free, Pro y Enterprise.</translation>
    </message>
    <message>
        <source>e.g. credits</source>
        <translation>p. ej., créditos</translation>
    </message>
    <message>
        <source>e.g. plans</source>
        <translation>p. ej., planes</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>The id when empty</source>
        <translation>El id cuando está vacío</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation>Qué tipo de cliente tiene este artículo</translation>
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation>Qué tipo de cliente posee los productos de esta línea</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>&amp;Tipo de cliente:</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Letras, dígitos, “_” y “-”; no se puede cambiar después.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Revisar cambios</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>Al guardar se escribe %n cambio en la configuración del proyecto:</numerusform>
            <numerusform>Al guardar se escriben %n cambios en la configuración del proyecto:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>Corrija esto primero:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Volver a editar</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>Nuevo producto %1</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>Nuevo artículo %1</translation>
    </message>
    <message>
        <source>New product line %1</source>
        <translation>Nueva línea de productos %1</translation>
    </message>
    <message>
        <source>Changed product %1</source>
        <translation>Producto modificado %1</translation>
    </message>
    <message>
        <source>Changed item %1</source>
        <translation>Artículo modificado %1</translation>
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation>Línea de productos modificada %1</translation>
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation>Producto eliminado %1</translation>
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation>Artículo eliminado %1</translation>
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation>Línea de productos eliminada %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free (included by default)</source>
        <translation>Gratis (incluido por defecto)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>Sin precios</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation>Cuando termina la compra</translation>
    </message>
    <message>
        <source>When granted again</source>
        <translation>Cuando se vuelve a conceder</translation>
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
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation>El certificado que presenta ahora %1</translation>
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation>El certificado que presentó %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>Confiar en este certificado para %1…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>¿Confiar en este certificado para %1?</translation>
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation>Hexclave Admin aceptará entonces este único certificado para %1, aunque ninguna entidad de certificación lo avale. Hágalo solo si el operador de su servidor confirmó que su huella digital SHA-256 es:</translation>
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation>Sustituye al certificado en el que confió antes para este servidor.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation>Se aplica solo a esta conexión, para este servidor (%1). Si el certificado del servidor cambia o caduca, la conexión se vuelve a rechazar. Para quitar la confianza, cierre sesión o elija Archivo › Volver a iniciar sesión… y pulse “Dejar de confiar”.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation>&amp;Permitir que el saldo baje de cero</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation>Cuánto añadir (un número positivo) o quitar (uno negativo)</translation>
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation>Opcional: el motivo, para la lista de transacciones</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation>Sin esto, el servidor rechaza un cambio que deje menos de cero</translation>
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation>&amp;Cambiar saldo</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Saldo actual:</translation>
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation>Ca&amp;mbio (±):</translation>
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation>La cantidad añadida &amp;caduca:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation>Añade o quita del saldo de %1 que tiene %2. El cambio se registra en la lista de transacciones.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation>Introduzca cuánto añadir (un número positivo) o quitar (uno negativo).</translation>
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation>Cambia el saldo en %1. El saldo actual es desconocido, así que el resultado también.</translation>
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation>Esto dejaría %1, por debajo de cero. El servidor lo rechaza salvo que esté marcado “Permitir que el saldo baje de cero”.</translation>
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation>Saldo tras el cambio: %1 (ahora %2, %3).</translation>
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation>Cambiando el saldo…</translation>
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation>%1 no tiene suficiente %2 para quitar %3: el saldo bajaría de cero. Quite menos o marque “Permitir que el saldo baje de cero” para hacer el cambio igualmente.</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>No se cambió el saldo.</translation>
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>El artículo %1 ya no está en la configuración del proyecto; puede que se haya quitado en Productos y artículos.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation>Puede que el cambio se haya aplicado o no; el saldo es ahora %1. Compruébelo antes de volver a cambiarlo.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation>Puede que el cambio se haya aplicado o no, y no se pudo volver a leer el saldo. Compruébelo (Recargar) antes de volver a cambiarlo.</translation>
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation>Sin respuesta clara: volviendo a leer el saldo…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation>Comprobar una clave de API de equipo</translation>
    </message>
    <message>
        <source>Check a user API key</source>
        <translation>Comprobar una clave de API de usuario</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Pegue la clave aquí</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Si una clave de API de equipo de este proyecto funciona y de quién es. La clave se envía al servidor solo para comprobarla; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>Si una clave de API de usuario de este proyecto funciona y de quién es. La clave se envía al servidor solo para comprobarla; no se guarda en ningún sitio.</translation>
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation>Pegue la clave que desea comprobar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation>Válida: es la clave %1 de %2 y funciona.</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation>Válida, pero no es una clave de %1: %2 pertenece a otro equipo (id %3).</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation>Válida, pero no es una clave de %1: %2 pertenece a otro usuario (id %3).</translation>
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation>Revocada: esta clave se revocó y ya no funciona.</translation>
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation>Caducada: esta clave ya no funciona.</translation>
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation>No encontrada: ninguna clave de API de equipo de este proyecto tiene este valor.</translation>
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation>No encontrada: ninguna clave de API de usuario de este proyecto tiene este valor.</translation>
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation>Es una clave de API de usuario, no de equipo: compruébela desde las claves de API del usuario.</translation>
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation>Es una clave de API de equipo, no de usuario: compruébela desde las claves de API del equipo.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>Código fuente</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation>Ir a una página, proyecto, usuario o equipo, o ejecutar un comando…</translation>
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation>Buscar páginas, proyectos, usuarios, equipos y comandos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation>No cambiaría nada: la configuración ya tiene estos valores.</translation>
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation>Compruebe los cambios en %1 antes de que se escriban.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Tras el cambio</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n cambio)</numerusform>
            <numerusform>%1 (%n cambios)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Solo cambios</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Ajustes modificados</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation>Mostrar solo las líneas modificadas y algunas líneas a su alrededor</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Editar como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>&amp;Añadir clave…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Configuration level</source>
        <translation>Nivel de configuración</translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation>Filtrar por clave o valor</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation>Añadir una clave al objeto seleccionado (o al nivel superior)</translation>
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation>Quitar la clave seleccionada (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation>&amp;Aplicar al archivo</translation>
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation>Revise los cambios y aplíquelos al archivo (Ctrl+S); guarde el archivo para conservarlos</translation>
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation>Revise los cambios y escríbalos (Ctrl+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation>Resultante (solo lectura)</translation>
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation>El archivo cambió (al deshacer, o al editar en otra pestaña) mientras editaba aquí. Sus ediciones se conservan; Aplicar las muestra frente al nuevo contenido del archivo. Recargar las descarta.</translation>
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 cambió: una pestaña de ajustes guardó mientras editaba aquí. Sus ediciones se conservan; Guardar las muestra frente a la nueva copia. Recargar las descarta y muestra la nueva copia.</translation>
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 cambió en el servidor mientras editaba. Sus ediciones se conservan; Guardar las muestra frente a la nueva copia. Recargar las descarta y muestra la nueva copia.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Aplicado al archivo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation>No se aplicó la configuración; sus ediciones se conservan.</translation>
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation>No se guardó la configuración; sus ediciones se conservan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation>Los problemas se comprueban en los niveles de sobrescritura, no en la configuración resultante.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n problema — haga doble clic en uno para seleccionar su clave:</numerusform>
            <numerusform>%n problemas — haga doble clic en uno para seleccionar su clave:</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation>No aplicado al archivo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation>No se puede aplicar al archivo</translation>
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation>Estos ajustes se guardan por entorno en el servidor y no pueden ir en hexclave.config.ts: %1. Quítelos aquí y establézcalos en la página Configuración del proyecto.</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>¿Guardar con problemas?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>Es probable que %n problema de esta configuración haga que el servidor la rechace. ¿Guardar igualmente?</numerusform>
            <numerusform>Es probable que %n problemas de esta configuración hagan que el servidor la rechace. ¿Guardar igualmente?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>Aplicar a %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation>Se está leyendo o escribiendo la configuración; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation>Nada que guardar: la configuración ya tiene estos valores.</translation>
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation>La configuración rechazó estos valores; vea los problemas indicados abajo.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>Filtrar la configuración</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation>Descargar a archivo…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Comparar con archivo…</translation>
    </message>
    <message>
        <source>Push file…</source>
        <translation>Subir archivo…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation>Guardar la configuración de la rama del proyecto como hexclave.config.ts</translation>
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation>Mostrar lado a lado en qué se diferencia un hexclave.config.ts del proyecto</translation>
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation>Convertir un hexclave.config.ts en la configuración de la rama del proyecto (primero se muestra el cambio)</translation>
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation>La configuración de la rama del proyecto puede estar en un hexclave.config.ts junto a su código. Los ajustes que se guardan por entorno (secretos de cliente OAuth, dominios de confianza, el servidor de correo) se quedan en el servidor.</translation>
    </message>
    <message>
        <source>Pull to file</source>
        <translation>Descargar a archivo</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>Elija un archivo de configuración</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Leyendo la configuración del proyecto…</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Leer la configuración del proyecto</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation>La configuración de la rama se guardó en %1.</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation>La configuración de la rama se guardó en %1, pero una subida posterior no sabrá si el proyecto ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation>%1 y la configuración de la rama del proyecto son iguales.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation>Izquierda: la configuración de la rama del proyecto. Derecha: %1.</translation>
    </message>
    <message>
        <source>Branch configuration</source>
        <translation>Configuración de la rama</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation>Configuración de Hexclave (*.config.ts);;Archivos TypeScript (*.ts);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>Abrir archivo de configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>Cambiar el archivo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation>&amp;Descargar del proyecto…</translation>
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation>Sustituir la configuración de este archivo por la configuración de la rama de un proyecto</translation>
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation>&amp;Comparar con el proyecto…</translation>
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation>Mostrar lado a lado en qué se diferencia este archivo de la configuración de la rama de un proyecto</translation>
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation>&amp;Subir al proyecto…</translation>
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation>Convertir este archivo en la configuración de la rama de un proyecto (primero se muestra el cambio)</translation>
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation>%1[*] — Hexclave Admin</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation>Problemas — errores: %1, advertencias: %2. La subida se rechaza hasta que se corrijan los errores.</translation>
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation>Problemas — advertencias: %1</translation>
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation>%1 ya está abierto en otra ventana; edítelo allí.</translation>
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation>Este archivo contiene "show-onboarding" en lugar de una configuración. Seguirá así hasta que cambie un ajuste; entonces se guardará como objeto.</translation>
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation>%1 tiene cambios de %2 que nunca se guardaron (puede que la aplicación se cerrara inesperadamente).</translation>
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation>El archivo ha cambiado en el disco desde entonces; al restaurar se sustituyen esos cambios (puede deshacerlo).</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios no guardados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation>Un archivo de configuración nuevo de %1 nunca se guardó (puede que la aplicación se cerrara inesperadamente). ¿Restaurarlo aquí?</translation>
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation>Hay %1 archivos así; los demás se ofrecerán la próxima vez que empiece un archivo nuevo.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation>%1 ¿Sobrescribirlo con su versión o recargarlo (se perderán sus cambios no guardados)?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation>Guardar archivo de configuración como</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Cambios sin aplicar</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation>Algunos ajustes se cambiaron pero aún no se aplicaron al archivo. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>¿Guardar los cambios en %1 antes de cerrarlo?</translation>
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation>Hay una descarga, comparación o subida en curso; cierre la ventana cuando termine.</translation>
    </message>
    <message>
        <source>Pull from project</source>
        <translation>Descargar del proyecto</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>Descargar de %1</translation>
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation>¿Sustituir la configuración de %1 por la configuración de la rama de %2? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation>Se descargó la configuración de la rama de %1. Guarde para conservarla en el archivo.</translation>
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation>El archivo ya contiene la configuración de la rama de %1.</translation>
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation>Descargar la configuración</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>Comparar con el proyecto</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>Leer la configuración del proyecto</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparado con %2</translation>
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation>%1 (configuración de la rama)</translation>
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation>El archivo y la configuración de la rama del proyecto son iguales.</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation>Izquierda: la configuración de la rama del proyecto ahora. Derecha: este archivo (con ediciones sin guardar).</translation>
    </message>
    <message>
        <source>Push to project</source>
        <translation>Subir al proyecto</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation>Leyendo la configuración…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>E&amp;xperto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>P&amp;royecto</translation>
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation>Volver a leer la configuración (F5)</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>Recargar configuración</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
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
        <translation>No se subió el archivo; el servidor lo rechazaría:
%1</translation>
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation>%1 se subió a %2.</translation>
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation>%1 ya tiene esta configuración.</translation>
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation>Configuración de la rama de %1</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>Subir %1 a %2</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation>La configuración del proyecto cambió desde que la descargó en %1. Al subir, esos cambios se sustituyen por el archivo.

¿Subir igualmente?</translation>
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation>%1 no se descargó de %2 en este equipo, así que no se pueden conocer los cambios hechos en el proyecto desde entonces. Al subir, la configuración de la rama del proyecto se sustituye por el archivo.

¿Subir igualmente?</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Subir a %1</translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>Subir igualmente</translation>
    </message>
    <message>
        <source>Push the configuration</source>
        <translation>Subir la configuración</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation>Mostrar el cambio y luego aplicarlo al archivo (guarde el archivo para conservarlo)</translation>
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation>Mostrar el cambio y luego escribirlo en la configuración</translation>
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation>Descartar las ediciones de esta sección</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation>Nada que guardar: la configuración ya dice esto.</translation>
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation>Aplicar los ajustes de %1 al archivo</translation>
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation>Guardar los ajustes de %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation>No se guardó nada: se está leyendo o escribiendo la configuración. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation>No se guardó nada: la configuración rechazó estos valores o ya los tiene.</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>Aplicado al archivo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation>Se envió el cambio, pero al releerlo no apareció.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>No se guardaron los ajustes.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation>&amp;Inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation>Proveedores &amp;OAuth</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Dominios</translation>
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation>&amp;Equipos &amp;&amp; usuarios</translation>
    </message>
    <message>
        <source>A&amp;pps</source>
        <translation>A&amp;plicaciones</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar u ocultar lo que escribió</translation>
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation>Nube de Hexclave (api.hexclave.com)</translation>
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation>Servidor autoalojado</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation>Conectarse a un servidor de Hexclave</translation>
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation>Su sesión en %1 terminó. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation>Hexclave Admin funciona con la nube de Hexclave y con servidores autoalojados. Sus claves y sesiones se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation>Correo &amp;&amp; contraseña</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Clave de administrador</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>Clave de servidor</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>URL raíz de la API</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>URL del panel</translation>
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation>Clave de cliente publicable del proyecto interno</translation>
    </message>
    <message>
        <source>API root:</source>
        <translation>Raíz de la API:</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>URL del panel:</translation>
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation>Clave publicable interna:</translation>
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation>La URL del panel y la clave publicable del proyecto interno solo se necesitan para iniciar sesión con una cuenta del panel; el operador de su servidor las conoce.</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Volver a abrir la página</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation>Se detuvo el inicio de sesión por navegador.</translation>
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation>Abre el panel de Hexclave en su navegador web. Inicie sesión allí como siempre y pulse “Authorize”; esta ventana continúa por sí sola.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation>El correo y la contraseña de su cuenta del panel de Hexclave.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Clave de administrador supersecreta</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Clave secreta de servidor</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation>La clave de administrador supersecreta de un proyecto da acceso completo a ese proyecto, como el panel. Cree una en las claves de API del proyecto.</translation>
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation>Una clave secreta de servidor puede gestionar usuarios, equipos y concesiones de permisos, pero no la configuración del proyecto. Las páginas que no puede usar aparecen atenuadas.</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>ID del proyecto:</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Clave de administrador:</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>Clave de servidor:</translation>
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation>Introduzca la clave de cliente publicable del proyecto interno (empieza por pck_).</translation>
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation>El inicio de sesión por navegador necesita la dirección del panel del servidor. %1</translation>
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation>Introduzca la dirección de correo de su cuenta del panel.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation>El ID del proyecto es un UUID como 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (se encuentra en los ajustes del proyecto).</translation>
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation>Las claves de administrador supersecretas empiezan por sak_. Compruebe que copió la clave correcta.</translation>
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation>Las claves secretas de servidor empiezan por ssk_. Compruebe que copió la clave correcta.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Comprobando la clave…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>No se pudo abrir un navegador. Copie el enlace y ábralo usted mismo.</translation>
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation>Esperando a que pulse “Authorize” en el navegador…</translation>
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation>Sesión iniciada. Cargando sus proyectos…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contactando con el servidor…</translation>
    </message>
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation>Esta conexión se configuró sin la dirección del panel: inicie sesión con correo y contraseña.</translation>
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation>Ninguna API de Hexclave respondió en %1. Compruebe la dirección: la raíz de la API termina en /api/v1, como https://api.hexclave.com/api/v1.
(%2)</translation>
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation>Esta conexión confía en un certificado que aceptó para %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Dejar de confiar</translation>
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation>El certificado de %1 ya no es de confianza.</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation>Ha iniciado sesión en %1. Puede volver a iniciar sesión aquí.</translation>
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation>¿Dejar de confiar en este certificado?</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation>¿Dejar de confiar en el certificado de %1?</translation>
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation>Entonces se rechazará la conexión con este servidor (%1) hasta que vuelva a confiar en un certificado para él. Se aplica de inmediato.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation>Añadir canal de contacto</translation>
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation>Añadir una dirección de correo a %1.</translation>
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation>Editar canal de contacto</translation>
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation>Para qué se usa %1.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>Se usa para iniciar sesión</translation>
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation>El usuario puede iniciar sesión con esta dirección (contraseña, código de un solo uso o enlace mágico). Solo un usuario puede usar una dirección para iniciar sesión.</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation>La dirección que se muestra como correo del usuario; otra dirección principal deja de serlo.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation>Marcar la dirección como verificada sin enviar un correo de verificación.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>No es una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Send verification…</source>
        <translation>Enviar verificación…</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canales de contacto</translation>
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation>Añadir una dirección de correo a este usuario</translation>
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation>Cambiar si la dirección seleccionada es principal, se usa para iniciar sesión o está verificada</translation>
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation>Quitar la dirección seleccionada de este usuario</translation>
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation>Enviar un enlace de verificación a la dirección seleccionada</translation>
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation>No hay direcciones de correo. Añada una para que el usuario sea localizable o pueda iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation>Cargando canales de contacto…</translation>
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar los canales de contacto. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation>La dirección seleccionada ya está verificada</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation>No se pudo añadir %1.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation>

El usuario inicia sesión con esta dirección; ya no podrá hacerlo salvo que tenga otra forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation>Eliminar canal de contacto</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>¿Quitar %1 de %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>Enviar correo de verificación</translation>
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation>“%1” no es una dirección web: no se envió nada. Indique la dirección completa, empezando por https://.</translation>
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation>Enviando un correo de verificación a %1…</translation>
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation>Correo de verificación enviado a %1.</translation>
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation>No se pudo enviar el correo de verificación a %1.</translation>
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation>El enlace del correo lleva a esta página de su aplicación; debe estar en uno de los dominios de confianza del proyecto. Por ejemplo:
%1
La dirección de la aplicación se recuerda para este proyecto.</translation>
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
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Deleted user</source>
        <translation>Usuario eliminado</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>Respuesta %1 (%2)</translation>
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
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>Última actividad: %1</translation>
    </message>
    <message>
        <source>✎ Draft</source>
        <translation>✎ Borrador</translation>
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation>Tiene un borrador sin enviar en esta conversación</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation>Abrir página del usuario</translation>
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation>Mostrar este usuario en la página Usuarios</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Sin usuario</translation>
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation>Usuario eliminado o desconocido (%1)</translation>
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation>Abrir la página de usuario de %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>abierta %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierta %1</translation>
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation>Primera respuesta vencida: vencía %1.</translation>
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation>Respuesta vencida: vencía %1.</translation>
    </message>
    <message>
        <source>First response due %1.</source>
        <translation>Primera respuesta pendiente: vence %1.</translation>
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation>Siguiente respuesta pendiente: vence %1.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Resolviendo…</translation>
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation>Cambiando el estado a “%1”…</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>No se cambió el estado.</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Asignando…</translation>
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation>No se asignó la conversación.</translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>Quitando la asignación…</translation>
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation>No se quitó la persona asignada.</translation>
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation>Cambiando la prioridad…</translation>
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation>No se cambió la prioridad.</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>Añadiendo la etiqueta…</translation>
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation>No se añadió la etiqueta.</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>Quitando la etiqueta…</translation>
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation>No se quitó la etiqueta.</translation>
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation>Alguien la cambió mientras tanto; Actualizar muestra su estado actual.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation>Puede que se haya eliminado; actualice la lista de conversaciones.</translation>
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation>Puede que el cambio se haya hecho de todos modos; Actualizar muestra la conversación tal como está ahora.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>No se pudo leer la conversación.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>Seleccione una conversación para leerla y responder.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Cargando la conversación</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>No se encontró la conversación</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation>Puede que se haya eliminado mientras tanto. Elija otra conversación de la lista.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation>Sin respuesta del servidor — comprobando si llegó…</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>No se pudo guardar su borrador en este equipo: %1</translation>
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Su respuesta llegó. Se perdió la respuesta del servidor, así que se volvió a leer la conversación para asegurarse.</translation>
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>Su nota llegó. Se perdió la respuesta del servidor, así que se volvió a leer la conversación para asegurarse.</translation>
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation>No se envió la respuesta; su texto se conserva.</translation>
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation>No se añadió la nota; su texto se conserva.</translation>
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation>No enviada — su texto se conserva; ¿enviar de nuevo?</translation>
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation>No añadida — su texto se conserva; ¿añadirla de nuevo?</translation>
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation>No se sabe si llegó: se perdió la respuesta del servidor y no se pudo volver a leer la conversación. Su texto se conserva — recargue la conversación y compruébela antes de volver a enviar.</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>una conversación</translation>
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation>No se sabe si llegó su respuesta a “%1”: se perdió la respuesta del servidor. El texto se conserva allí como borrador; compruebe esa conversación antes de volver a enviar.</translation>
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation>No se sabe si se añadió su nota en “%1”: se perdió la respuesta del servidor. El texto se conserva allí como borrador; compruebe esa conversación antes de volver a añadirla.</translation>
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation>No se envió su respuesta a “%1”; el texto se conserva allí como borrador.</translation>
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation>No se añadió su nota en “%1”; el texto se conserva allí como borrador.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation>&amp;Secreta: para los servidores y scripts del propietario; nunca se muestra a otros</translation>
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation>&amp;Pública: otros pueden verla, p. ej., en un navegador o una aplicación</translation>
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation>Indique para qué sirve la clave: así se reconocerá después.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation>Nueva clave de API para el equipo %1</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>Nueva clave de API para %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation>Para qué sirve la clave, p. ej., “Exportación nocturna”</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Caduca:</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation>La clave se muestra una vez, justo después de crearla. Después solo se pueden ver sus cuatro últimos caracteres.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation>Clave de cliente &amp;publicable</translation>
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation>Clave &amp;secreta de servidor</translation>
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation>Clave de &amp;administrador supersecreta</translation>
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation>C&amp;rear claves</translation>
    </message>
    <message>
        <source>Create API keys</source>
        <translation>Crear claves de API</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation>Qué o quién usa estas claves, p. ej., “Aplicación web de producción”</translation>
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation>pck_…: identifica el proyecto ante las aplicaciones cliente (navegadores, móviles). No es secreta, pero solo se necesita cuando el proyecto la exige.</translation>
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation>ssk_…: acceso completo a usuarios, equipos y datos desde su servidor. Manténgala en secreto.</translation>
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation>sak_…: todo, incluida la configuración y estas claves. Solo para herramientas y automatización; manténgala en secreto.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Caduca:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation>Las claves nuevas se muestran una vez, justo después de crearlas. Después solo se pueden ver sus cuatro últimos caracteres.</translation>
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation>Describa para qué sirven las claves, para saber después cuál revocar.</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>Elija al menos una clave.</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>Creando las claves…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation>La dirección de correo está &amp;verificada</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>Se &amp;usa para iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation>Si&amp;n contraseña (el usuario inicia sesión de otra forma)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>El usuario puede iniciar sesión con esta dirección (con contraseña o código de un solo uso). Solo un usuario puede usar una dirección para iniciar sesión.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation>Como máximo 70 caracteres</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Sin contraseña</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadatos</translation>
    </message>
    <message>
        <source>Show metadata</source>
        <translation>Mostrar metadatos</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Introduzca primero una dirección de correo.</translation>
    </message>
    <message>
        <source>Hide metadata</source>
        <translation>Ocultar metadatos</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>No es una dirección de correo (nombre@example.com).</translation>
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation>Introduzca una contraseña o elija “Sin contraseña”.</translation>
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation>Una contraseña necesita una dirección de correo con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>Creando el usuario…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation>Elegir &amp;usuario…</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>Elegir &amp;equipo…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation>Usuarios y equipos del proyecto, o clientes propios identificados con cualquier ID</translation>
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation>Buscar entre los usuarios del proyecto y elegir uno (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation>Elegir uno de los equipos del proyecto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation>ID del cliente, tal como lo llama su propio sistema</translation>
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation>ID de cliente personalizado</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Mostrar los artículos y productos de este cliente</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Ningún usuario elegido</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>Ningún equipo elegido</translation>
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation>ID de equipo: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation>El usuario %1 ya no existe en este proyecto. Elija otro usuario.</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation>El equipo %1 ya no existe en este proyecto. Elija otro equipo.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation>Elija un cliente para ver sus artículos y productos</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation>Cambiar &amp;cantidad…</translation>
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation>Conceder &amp;producto…</translation>
    </message>
    <message>
        <source>Item balances</source>
        <translation>Saldos de artículos</translation>
    </message>
    <message>
        <source>Products owned</source>
        <translation>Productos en propiedad</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID de artículo</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation>El catálogo no se puede leer con esta clave: escriba el ID de un artículo para ver y cambiar su saldo</translation>
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation>Leer el saldo del cliente del artículo escrito</translation>
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation>Añadir o quitar del saldo del artículo seleccionado (o haga doble clic en el artículo)</translation>
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation>Dar al cliente un producto del catálogo sin pago</translation>
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation>Volver a leer los saldos y productos</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation>El catálogo no se puede leer con esta clave. Escriba arriba el ID de un artículo y pulse Consultar para ver su saldo.</translation>
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation>No se pudieron leer los artículos del proyecto. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation>Leyendo los artículos del proyecto…</translation>
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation>Este proyecto no tiene artículos para clientes de tipo %1 — añádalos en Productos y artículos</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Cargando productos…</translation>
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar los productos. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation>%1 no posee ningún producto.</translation>
    </message>
    <message>
        <source>Grant product…</source>
        <translation>Conceder producto…</translation>
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation>Seleccione primero un artículo y luego cambie su saldo</translation>
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation>Este proyecto no tiene productos para clientes de tipo %1 que conceder</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadió %1</translation>
    </message>
    <message>
        <source>took away %1</source>
        <translation>quitó %1</translation>
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation>Saldo de %1 cambiado para %2: %3.</translation>
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation>Se concedió %1 × %2 a %3.</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>Se concedió %1 a %2.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation>&amp;Guardar valores predeterminados</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation>&amp;Creador del equipo</translation>
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation>Se da al usuario que crea un equipo, en ese equipo.</translation>
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation>&amp;Miembro del equipo</translation>
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation>Se da a cada usuario que se une a un equipo, en ese equipo.</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation>Se da a cada usuario nuevo al registrarse.</translation>
    </message>
    <message>
        <source>Default permissions</source>
        <translation>Permisos predeterminados</translation>
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation>Escribir los permisos marcados en la configuración del proyecto</translation>
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation>Volver a lo que dice la configuración del proyecto</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation>Guardado. Los equipos, miembros y usuarios nuevos reciben estos permisos a partir de ahora.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>Se está leyendo la configuración; vuelva a guardar en un momento.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation>Puede que no se hayan guardado los permisos predeterminados.</translation>
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation>No se guardaron los permisos predeterminados.</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Leyendo la configuración del proyecto…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Cambios no guardados.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation>&amp;Eliminar proyecto</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation>El proyecto %1 (%2) se eliminará definitivamente, con todo lo que contiene: sus usuarios, equipos, permisos, claves de API, configuración, pagos y correos. Las aplicaciones que lo usan dejarán de funcionar. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation>La clave que usa esta conexión pertenece al proyecto y también dejará de funcionar.</translation>
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, escriba el nombre del proyecto, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Este proyecto no tiene nombre. Para confirmar, escriba su ID, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation>Escriba el nombre del proyecto para confirmar</translation>
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation>Escriba el ID del proyecto para confirmar</translation>
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation>Eliminando el proyecto…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation>&amp;Eliminar equipo</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, escriba el nombre del equipo, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Este equipo no tiene nombre. Para confirmar, escriba su ID, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation>Escriba el nombre del equipo para confirmar</translation>
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation>Escriba el ID del equipo para confirmar</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation>El equipo %1 (%2) se eliminará definitivamente.</translation>
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation>No tiene miembros, así que nadie pierde el acceso.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Más de %n miembro pierde el acceso a él y los permisos que tiene en él.</numerusform>
            <numerusform>Más de %n miembros pierden el acceso a él y los permisos que tienen en él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>Su %n miembro pierde el acceso a él y los permisos que tiene en él.</numerusform>
            <numerusform>Sus %n miembros pierden el acceso a él y los permisos que tienen en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation>Contando los miembros que pierden el acceso…</translation>
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation>Todos los miembros pierden el acceso a él y los permisos que tienen en él (no se pudieron contar los miembros).</translation>
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation>Sus invitaciones y claves de API dejan de funcionar. Los usuarios en sí no se eliminan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation>Eliminando el equipo…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation>&amp;Eliminar usuario</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>%1 (%2) se eliminará definitivamente, con todo lo que le pertenece: sus sesiones (se cierra su sesión en todas partes), canales de contacto, cuentas OAuth conectadas, llaves de acceso, pertenencias a equipos, permisos y claves de API. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, escriba la dirección de correo del usuario, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Este usuario no tiene dirección de correo. Para confirmar, escriba el ID del usuario, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation>Escriba la dirección de correo para confirmar</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>Escriba el ID del usuario para confirmar</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>Eliminando el usuario…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation>Volver a pedir las cifras al servidor (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation>Capacidad de envío:</translation>
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation>La velocidad a la que el servidor envía los correos de este proyecto. Aumenta con los correos enviados el mes pasado y disminuye cuando muchos rebotan o se marcan como spam.</translation>
    </message>
    <message>
        <source>Capacity boost</source>
        <translation>Aumento de capacidad</translation>
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation>Un aumento temporal multiplica la capacidad de envío hasta que termina.</translation>
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation>Penalización de capacidad</translation>
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation>El servidor reduce la capacidad de envío mientras la tasa de rebote o de spam de la última hora, día o semana sea alta; se recupera a medida que esos correos salen de los periodos.</translation>
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation>Recuentos de los correos entregados al servidor de correo en cada periodo; los rebotados y los de spam forman parte de los enviados. Muchos rebotes o denuncias de spam reducen la capacidad de envío.</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>Gráfico de entrega</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Delivery figures</source>
        <translation>Cifras de entrega</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las cifras de entrega. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcados como spam</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation>Introduzca una dirección http:// o https:// de una imagen, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation>Permitir retornos a &amp;localhost</translation>
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation>&amp;Añadir dominio…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Trusted domains</source>
        <translation>Dominios de confianza</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Handler path</source>
        <translation>Ruta del controlador</translation>
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation>Se aceptan redirecciones de inicio de sesión a http://localhost (para desarrollo).</translation>
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation>Dominios de confianza: adónde puede redirigir el inicio de sesión.</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation>Añadir un dominio de confianza</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation>Aún no hay borradores. Un borrador es un correo que escribe una vez y envía a sus usuarios.</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nuevo borrador…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Nuevo borrador</translation>
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation>No se pudieron cargar los borradores.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation>Dar otro nombre al borrador seleccionado (F2)</translation>
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation>Enviar el borrador seleccionado a usuarios del proyecto</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>Cambiar nombre del borrador</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Se cambió el nombre a “%1”.</translation>
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation>No se cambió el nombre de “%1”.</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Enviar borrador</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Guardarlos antes de enviar?</translation>
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation>El servidor envía el borrador tal como está guardado allí.</translation>
    </message>
    <message>
        <source>Save and send…</source>
        <translation>Guardar y enviar…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Verificado</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>Se &amp;usa para iniciar sesión</translation>
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation>Establecer una contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>&amp;Quitar la contraseña</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>No primary email</source>
        <translation>Sin correo principal</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>El usuario puede iniciar sesión con esta dirección (con contraseña o código de un solo uso). Solo un usuario puede usar una dirección para iniciar sesión.</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de la imagen de perfil</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation>&amp;Correo principal:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>URL de la &amp;imagen de perfil:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation>&amp;Mantener la contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation>&amp;Mantenerlo sin contraseña</translation>
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation>El usuario ya no podrá iniciar sesión con contraseña.</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>Este usuario no tiene contraseña.</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>Introduzca primero una dirección de correo.</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>No es una dirección de correo (nombre@example.com).</translation>
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation>Introduzca la contraseña nueva o mantenga la actual.</translation>
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation>Una contraseña necesita una dirección de correo principal con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n imagen remota bloqueada</numerusform>
            <numerusform>%n imágenes remotas bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>%n recurso remoto bloqueado</numerusform>
            <numerusform>%n recursos remotos bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation>La vista previa nunca carga nada de internet.</translation>
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation>Enlace a %1 (no se abre desde la vista previa)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation>Los correos salen del servidor compartido de Hexclave, con Hexclave como remitente. Envía los correos integrados (códigos de inicio de sesión, restablecimientos de contraseña, verificaciones), pero no puede enviar sus propios correos desde borradores, y no se usan las plantillas editadas: ambas cosas necesitan su propio servidor.</translation>
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation>Resend se usa por SMTP: pegue una clave de API de resend.com como clave abajo; el dominio del remitente debe estar verificado allí.</translation>
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation>Servidor compartido de Hexclave</translation>
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation>Su propio servidor SMTP</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation>Gestionado por Hexclave</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation>Hexclave gestiona este servidor de correo para el proyecto. Cámbielo en el panel web.</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation>Hexclave gestiona este servidor de correo para el dominio %1 del proyecto. Cámbielo en el panel web.</translation>
    </message>
    <message>
        <source>Your app</source>
        <translation>Su aplicación</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation>Sin cambios (guardada en el servidor)</translation>
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation>Enviar un correo con los ajustes del formulario, guardados o no</translation>
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation>Elija su propio servidor SMTP o Resend para enviar un correo de prueba</translation>
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation>Introduzca el nombre de host del servidor, como smtp.example.com.</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation>Introduzca solo un nombre de host, sin esquema, ruta ni puerto.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation>Introduzca un puerto entre 1 y 65535 (normalmente 587, o 465 para SSL).</translation>
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation>Introduzca el nombre de usuario con el que inicia sesión el servidor.</translation>
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation>Pegue una clave de API de resend.com.</translation>
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation>Introduzca la contraseña con la que inicia sesión el servidor.</translation>
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation>El servidor guarda como máximo 70 caracteres.</translation>
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation>Introduzca el nombre del que proceden sus correos, como el nombre de su aplicación.</translation>
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation>Introduzca la dirección de la que proceden sus correos.</translation>
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation>Introduzca una dirección de correo, como noreply@example.com.</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Servidor: %1 → %2</translation>
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation>El host, el nombre de usuario, la contraseña y el remitente se quitan de la configuración.</translation>
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
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 modificado</translation>
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation>%1: %2 sin cambios</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>Correo del remitente</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation>Nada que guardar: el formulario muestra lo que está guardado.</translation>
    </message>
    <message>
        <source>Save the email server</source>
        <translation>Guardar el servidor de correo</translation>
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation>¿Guardar estos ajustes del servidor de correo para el entorno de %1?</translation>
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation>Aún se está leyendo la configuración: vuelva a guardar en un momento.</translation>
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation>Guardando y releyendo…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>Enviar correo de &amp;prueba…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation>Se configura en el panel web; se muestra aquí tal cual.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>&amp;Correo del remitente:</translation>
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation>Desde dónde se envían los correos de este proyecto. Cada entorno tiene su propio servidor de correo; este es el del entorno al que está conectado.</translation>
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation>Revise los cambios y luego guárdelos (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation>Guardado y releído: este entorno usa ahora %1.</translation>
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation>No se guardaron los ajustes del servidor de correo.</translation>
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation>Se enviaron los ajustes del servidor de correo, pero al releerlos no aparecieron. Vuelva a comprobarlos antes de confiar en ellos.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>Descartar cambios…</translation>
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation>No se pudieron conservar sus ediciones en este equipo (%1). Guárdelas en el servidor antes de cerrar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Create a new %1</source>
        <translation>Crear %1</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation>Eliminar %1 seleccionado (Del)</translation>
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation>Renderizar el correo en el servidor (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation>Guardar el código fuente en el servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation>Volver a la versión guardada en el servidor</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation>Seleccione %1 a la izquierda para editarlo.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer “%1”.</translation>
    </message>
    <message>
        <source>// Loading…</source>
        <translation>// Cargando…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Cargando “%1”…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Nada que previsualizar.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando “%1”…</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>“%1” guardado.</translation>
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation>No se guardó “%1”; sus ediciones se conservan.</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation>“%1” ya no existe en el servidor (¿se eliminó en otro sitio?); sus ediciones se conservan en este equipo.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation>¿Descartar sus cambios en “%1” y volver a la versión guardada en el servidor?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creando “%1”…</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>No se creó “%1”.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>¿Eliminar %1 “%2”? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation>También se descartan sus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Eliminando “%1”…</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>“%1” eliminado.</translation>
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation>“%1” ya estaba eliminado.</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>No se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con “%1”.</translation>
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation>Ediciones sin guardar de %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation>¿Restaurar las ediciones sin guardar de “%1” de %2?</translation>
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation>Se conservaron en este equipo cuando la aplicación se cerró sin guardarlas.</translation>
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation>%1 se modificó en el servidor desde entonces; al guardar las ediciones restauradas se sustituye esa versión.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation>Ediciones sin guardar de %1 eliminado</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation>Ediciones sin guardar de “%1”, que ya no existe en el servidor.</translation>
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation>Se eliminó en otro sitio. Conserve sus ediciones como %1 nuevo (sin guardar hasta que lo guarde), copie el código fuente al portapapeles o descarte las ediciones.</translation>
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation>Conservar como %1 nuevo</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation>El tema que envuelve el correo: un diseño con encabezado y pie alrededor de su contenido</translation>
    </message>
    <message>
        <source>The project's theme</source>
        <translation>El tema del proyecto</translation>
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation>El tema del proyecto (%1)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation>Tema %1 (cargando…)</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation>Un tema que ya no existe (%1)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation>Con esta clave: la bandeja de salida y las cifras de entrega, abajo.</translation>
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation>No se pudieron cargar los temas de correo: no se puede elegir tema.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>Servidor de correo</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copiar detalles del error</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>Reintentar en %1 s</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation>En 1 día</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>En 1 semana</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>En 30 días</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>En 90 días</translation>
    </message>
    <message>
        <source>In 365 days</source>
        <translation>En 365 días</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>En una fecha…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation>Deja de funcionar al final de este día (hora local)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>Exportar usuarios a</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation>Se exportan todos los usuarios que coinciden, no solo los cargados en la lista.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV, para hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation>&amp;JSON, con los nombres de campo de la API</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation>Marcar el archivo como UTF-8 (una marca de orden de bytes) para que Excel muestre bien todos los caracteres</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation>Excel lee un archivo CSV sin esta marca en la codificación heredada del sistema. Déjela activada salvo que un programa al que pase el archivo la rechace.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Columnas que exportar</translation>
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation>Campo “%1” de la API</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Predeterminadas</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguna</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Archivo al que exportar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation>&amp;Volver a las opciones</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Anonymous users</source>
        <translation>Usuarios anónimos</translation>
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation>Usuarios anónimos que coinciden con “%1”</translation>
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation>Todos los usuarios, incluidos los anónimos y restringidos</translation>
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation>Usuarios que coinciden con “%1”, incluidos los anónimos y restringidos</translation>
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation>Todos los usuarios, incluidos los restringidos</translation>
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation>Usuarios que coinciden con “%1”, incluidos los restringidos</translation>
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation>Todos los usuarios excepto los restringidos y anónimos</translation>
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation>Usuarios que coinciden con “%1”, excepto los restringidos y anónimos</translation>
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation>registros más recientes primero</translation>
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation>registros más antiguos primero</translation>
    </message>
    <message>
        <source>most recently active first</source>
        <translation>actividad más reciente primero</translation>
    </message>
    <message>
        <source>least recently active first</source>
        <translation>actividad menos reciente primero</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 de %2 columnas</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Esto es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation>Ya existe un archivo con este nombre. Solo se sustituye cuando termine la exportación.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Elija al menos una columna.</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Exportando usuarios…</translation>
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>%1 usuarios escritos, %n página, %2</numerusform>
            <numerusform>%1 usuarios escritos, %n páginas, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2, %n página del servidor.</numerusform>
            <numerusform>%1
%2, %n páginas del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation>Se detuvo antes de que llegara la primera página de usuarios.</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>Se exportó %Ln usuario.</numerusform>
            <numerusform>Se exportaron %Ln usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation>El archivo existente no se modificó.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>Se detuvo tras %Ln usuario.</numerusform>
            <numerusform>Se detuvo tras %Ln usuarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>Buscar en el código fuente</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::GrantProductDialog</name>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>cada %1 semanas</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>cada %1 años</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>cada %1 meses</translation>
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation>Conceder un producto a %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation>El ID del producto, como en la configuración del proyecto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation>&amp;Conceder producto</translation>
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation>ID de &amp;producto:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation>Concede el producto a %1 sin pago: no se cobra nada, y la concesión aparece en la lista de transacciones. Un producto de la misma línea de productos que uno que ya tiene el cliente lo sustituye: la suscripción actual termina.</translation>
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation>Cuántos conceder (más de uno solo para un producto acumulable)</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation>El catálogo no se puede leer con esta clave: escriba el ID del producto. El servidor rechaza un ID que no conoce.</translation>
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation>No hay ningún producto que conceder.</translation>
    </message>
    <message>
        <source>How many to grant</source>
        <translation>Cuántos conceder</translation>
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation>Este producto no es acumulable: de uno en uno</translation>
    </message>
    <message>
        <source>It has no price.</source>
        <translation>No tiene precio.</translation>
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation>Una suscripción que se renueva %1.</translation>
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation>Una compra única.</translation>
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation>Un complemento: %1 ya debe poseer %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation>Sustituye a %1, de la misma línea de productos “%2”.</translation>
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation>En la línea de productos “%1”.</translation>
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation>%1 ya posee este producto y no es acumulable: el servidor se negará a concederlo de nuevo.</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>Concediendo %1…</translation>
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation>%1 ya posee %2. No es acumulable, así que no se puede conceder de nuevo.</translation>
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation>El proyecto no tiene ningún producto con el ID %1.</translation>
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>El producto %1 ya no está en la configuración del proyecto; puede que se haya quitado en Productos y artículos.</translation>
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation>%1 se vende a clientes de tipo %2, así que no se puede conceder a este cliente de tipo %3.</translation>
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation>No se concedió el producto.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation>&amp;15 minutos</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 &amp;hora</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 &amp;día</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>&amp;Personalizado:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copiar el token de acceso</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>Copiar el token de actualización</translation>
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation>Copiar el fragmento para el navegador</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>&amp;Crear sesión</translation>
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation>Suplantar a %1</translation>
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation>Crea una sesión en la que actúa como %1, para ver su aplicación como la ve esa persona. Todo lo que se haga con ella ocurre como este usuario. La sesión se marca como suplantación en su lista de sesiones y termina por sí sola tras el tiempo que elija.</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>Duración personalizada</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>Unidad de la duración personalizada</translation>
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation>Duración de la sesión:</translation>
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation>Fragmento para la consola del navegador</translation>
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation>Para usar su aplicación web como este usuario: abra la aplicación en un navegador, abra la consola de desarrollador en su página, pegue esto y pulse Intro. Guarda la sesión donde la busca el SDK de JavaScript de Hexclave (Stack Auth) y luego recarga la página. Use una ventana privada para que su propia sesión no se vea afectada.</translation>
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation>Para llamadas a la API: envíe el token de acceso en el encabezado x-stack-access-token con acceso de cliente (x-stack-access-type: client y el id de su proyecto). Solo es válido unos minutos; obtenga uno nuevo con POST /auth/sessions/current/refresh y el token de actualización en el encabezado x-stack-refresh-token.</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Token de &amp;actualización:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token de a&amp;cceso:</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>Creando la sesión…</translation>
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation>Se creó la sesión de suplantación para %1. Termina tras %2, a las %3.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>Como máximo %n día: el servidor no permite sesiones más largas.</numerusform>
            <numerusform>Como máximo %n días: el servidor no permite sesiones más largas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation>Estos tokens no se guardan en ningún sitio: copie ahora lo que necesite; se borran al cerrar esta ventana, y del portapapeles un minuto después. Quien los tenga puede actuar como este usuario hasta que termine la sesión; revóquela antes en las sesiones del usuario.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation>Conversaciones en las que el cliente espera una respuesta</translation>
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation>Conversaciones respondidas por soporte, en espera del cliente</translation>
    </message>
    <message>
        <source>Closed conversations</source>
        <translation>Conversaciones cerradas</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>Todas las conversaciones</translation>
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation>Buscar asunto, último mensaje, cliente…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation>El servidor busca en el asunto, el último mensaje y el nombre y correo del cliente (Ctrl+F; Esc borra)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation>Mostrar solo las conversaciones de esta prioridad</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation>Mostrar solo las conversaciones asignadas a alguien, a usted o a nadie</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation>Mostrar solo las conversaciones con esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidas</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidas</translation>
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation>Mostrar solo las conversaciones cuyo tiempo de respuesta (SLA) ha pasado</translation>
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation>Quitar filtro de cliente</translation>
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation>Volver a mostrar las conversaciones de todos los clientes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Load more conversations</source>
        <translation>Cargar más conversaciones</translation>
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation>El servidor tiene más conversaciones: cargar las siguientes</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Yo (%1)</translation>
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation>Aún no se sabe quién es usted</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversación cargada</numerusform>
            <numerusform>%n conversaciones cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %n conversación</numerusform>
            <numerusform>Se muestran %1 de %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>Cargando conversaciones…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>No se pudieron cargar las conversaciones.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation>Ninguna conversación coincide con los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>Ninguna conversación coincide con “%1”.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation>Aquí no hay conversaciones con este cliente.</translation>
    </message>
    <message>
        <source>Show every customer</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation>No hay conversaciones abiertas — ahora mismo nada necesita soporte.</translation>
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation>Ninguna conversación está en espera de un usuario.</translation>
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation>Aún no hay conversaciones resueltas.</translation>
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation>Aún no hay conversaciones de soporte.</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>&amp;Cliente…</translation>
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation>Mostrar las conversaciones de un cliente</translation>
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation>Elegir un usuario y mostrar solo sus conversaciones</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>Invitar a %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>La página de su aplicación donde el destinatario acepta la invitación, abierta desde el enlace del correo. Debe estar en uno de los dominios de confianza del proyecto. Se recuerda para este proyecto.</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Enviar invitación</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;retorno:</translation>
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation>La invitación es válida durante un tiempo limitado; hasta que se acepte, aparece entre las invitaciones pendientes del equipo.</translation>
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation>Introduzca la dirección a la que enviar la invitación.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation>Introduzca la dirección de la página que acepta la invitación, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Introduzca una dirección http:// o https:// completa.</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>Enviando la invitación…</translation>
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation>El servidor rechazó esta dirección: su dominio no es uno de los dominios de confianza del proyecto. Añada el dominio en los ajustes del proyecto o use una dirección de un dominio de confianza.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonEditor</name>
    <message>
        <source>Empty (null)</source>
        <translation>Vacío (null)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation>Añadir una clave de nivel superior</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Añadir una clave a %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation>Valor como JSON: texto entre comillas dobles, un número, true, false, un objeto {…} o una lista […].</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation>El valor de %1 como JSON.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
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
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation>Todos los proyectos de todas las conexiones (Ctrl+P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation>Conectarse a otro servidor u otra cuenta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation>Cerrar la sesión de la conexión actual y olvidar su credencial</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation>Le damos la bienvenida a Hexclave Admin</translation>
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation>Conéctese a la nube de Hexclave o a su propio servidor para gestionar usuarios, equipos, permisos, claves, pagos, correos y conversaciones de soporte.</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>No project to show</source>
        <translation>Ningún proyecto que mostrar</translation>
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation>Iniciando sesión y enumerando sus proyectos.</translation>
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation>Sus conexiones aún no tienen proyectos.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>Ningún proyecto seleccionado</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>ID del proyecto: %1</translation>
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation>¿Cerrar sesión en %1?

Se quita la conexión y su credencial se elimina del llavero.</translation>
    </message>
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation>Sesión iniciada en %1, pero no se pudo guardar la credencial: %2 Tendrá que volver a iniciar sesión después de reiniciar la aplicación.</translation>
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation>Volver a enumerar los proyectos de todas las conexiones y reintentar las conexiones que fallaron (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>Iniciar sesión en %1…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation>%1 tiene cambios aún sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation>No se pudo abrir la página del usuario: el usuario ya no existe.</translation>
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation>No se pudo abrir la página del usuario.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversación sin leer</numerusform>
            <numerusform>%1, %n conversaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation>(%1) Hexclave Admin</translation>
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation>Crear un proyecto propiedad de su cuenta del panel</translation>
    </message>
    <message>
        <source>Open config file…</source>
        <translation>Abrir archivo de configuración…</translation>
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation>Editar el hexclave.config.ts de un proyecto sin conexión (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>Abrir archivo de configuración</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation>%1 no existe. ¿Crear allí un archivo de configuración nuevo?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation>Los proyectos se crean con una cuenta del panel: conéctese primero con una</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>&amp;Recargar proyectos</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation>&amp;Abrir archivo de configuración…</translation>
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation>&amp;Selector de proyectos</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation>Ir a una página, proyecto, usuario o equipo escribiendo (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation>&amp;Acerca de Hexclave Admin</translation>
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation>Acerca de Hexclave Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;Consola de escritorio para proyectos de Hexclave (Stack Auth): usuarios, equipos, permisos, claves, pagos, correos, soporte y configuración.&lt;/p&gt;&lt;p&gt;Creado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
        <translation>Volver a iniciar sesión en la conexión actual o cambiar el certificado en el que confía</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation>Esta área aún no está disponible en esta versión de Hexclave Admin. Mientras tanto, use el panel web para %1.</translation>
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation>%1 no está disponible con esta credencial</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation>Legible y modificable por la propia aplicación del usuario (acceso de cliente), p. ej., preferencias.</translation>
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Legible por la aplicación del usuario, modificable solo con acceso de servidor o de administrador, p. ej., un plan.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation>Solo legible y modificable con acceso de servidor o de administrador; nunca se envía a la aplicación del usuario.</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Metadatos de cliente</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Metadatos de cliente de solo lectura</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Metadatos de servidor</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>Ir al error</translation>
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation>Ir al error en %1</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation>Legible por los miembros del equipo en su aplicación (acceso de cliente) y modificable por quienes pueden actualizar el equipo.</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation>Legible por los miembros del equipo en su aplicación, modificable solo con acceso de servidor o de administrador, p. ej., un plan.</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation>Solo legible y modificable con acceso de servidor o de administrador; nunca se envía a su aplicación.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>New support conversation</source>
        <translation>Nueva conversación de soporte</translation>
    </message>
    <message>
        <source>Choose the user</source>
        <translation>Elija el usuario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>De qué trata la conversación</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation>El primer mensaje al usuario, enviado en su nombre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>&amp;Iniciar conversación</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation>La conversación empieza con su mensaje; el usuario lo ve en el chat de soporte de la aplicación y puede responder allí.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Ningún usuario elegido</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ID de usuario: %1</translation>
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation>Elija el usuario al que escribir.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>Introduzca un asunto.</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>Escriba el primer mensaje.</translation>
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation>Iniciando la conversación…</translation>
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation>Este usuario no existe en el proyecto (¿ya no?): quizá se eliminó. Elija otro usuario.</translation>
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation>No se inició la conversación: su cuenta del panel no gestiona este proyecto.</translation>
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation>No se inició la conversación.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>&amp;Crear proyecto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation>Obligatorio, p. ej., Mi tienda</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Equipo propietario</translation>
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation>El equipo de su cuenta que posee el proyecto: sus miembros también pueden gestionarlo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>&amp;Equipo propietario:</translation>
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation>Un proyecto nuevo empieza vacío, en modo de desarrollo, con inicio de sesión por contraseña y sus propias claves. Lo gestiona con esta cuenta.</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Cargando sus equipos…</translation>
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation>No se pudieron leer sus equipos</translation>
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation>No se pudieron leer los equipos de su cuenta.</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation>Su cuenta no es miembro de ningún equipo, y un proyecto necesita un equipo propietario. Cree primero un equipo en el panel.</translation>
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation>Introduzca un nombre: un proyecto necesita uno.</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Creando el proyecto…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation>Los usuarios pueden &amp;iniciar sesión con él</translation>
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation>Los usuarios pueden &amp;conectar cuentas (acceder a su API en su nombre)</translation>
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation>Usar las claves de &amp;desarrollo compartidas</translation>
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation>Añadir proveedor OAuth</translation>
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation>Editar proveedor OAuth %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>I&amp;d de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation>Id de configuración de Facebook:</translation>
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation>Id de inquilino de Microsoft:</translation>
    </message>
    <message>
        <source>Apple team id:</source>
        <translation>Id de equipo de Apple:</translation>
    </message>
    <message>
        <source>Apple key id:</source>
        <translation>Id de clave de Apple:</translation>
    </message>
    <message>
        <source>Apple private key:</source>
        <translation>Clave privada de Apple:</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>&amp;Mostrar secretos</translation>
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation>No se usa con las claves de desarrollo compartidas</translation>
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation>Asigne un id al proveedor.</translation>
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation>Ya existe un proveedor con el id %1.</translation>
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation>Las claves propias necesitan un id de cliente y un secreto de cliente</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>Proveedores OAuth</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>&amp;Añadir proveedor…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation>Proveedores con los que los usuarios pueden iniciar sesión o conectarse. El inicio de sesión y las cuentas conectadas son ajustes del proyecto; las claves (claves de desarrollo compartidas, o el id y el secreto de cliente de su propia aplicación OAuth) se guardan por entorno.</translation>
    </message>
    <message>
        <source>Shared development keys</source>
        <translation>Claves de desarrollo compartidas</translation>
    </message>
    <message>
        <source>Own keys</source>
        <translation>Claves propias</translation>
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation>Los id y secretos de cliente no se pueden establecer aquí: %1</translation>
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation>Añadir un proveedor OAuth</translation>
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation>Quitar proveedor OAuth</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>Cuentas OAuth</translation>
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation>Desvincular la cuenta seleccionada de este usuario</translation>
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation>No hay cuentas OAuth: este usuario no ha iniciado sesión con Google, GitHub ni otro proveedor.</translation>
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation>Cargando cuentas OAuth…</translation>
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las cuentas OAuth. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation>Permitiendo el inicio de sesión con %1…</translation>
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation>Desactivando el inicio de sesión con %1…</translation>
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation>El usuario puede iniciar sesión con %1.</translation>
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation>El usuario ya no puede iniciar sesión con %1.</translation>
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation>Permitiendo %1 como cuenta conectada…</translation>
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation>Desactivando %1 como cuenta conectada…</translation>
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation>%1 se puede usar como cuenta conectada.</translation>
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation>%1 ya no se usa como cuenta conectada.</translation>
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation>No se pudo cambiar la cuenta de %1.</translation>
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation>Quitar cuenta OAuth</translation>
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation>¿Desvincular la cuenta de %1 %2 de %3? Si es su única forma de iniciar sesión, ya no podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation>Quitando la cuenta de %1…</translation>
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation>Se quitó la cuenta de %1 %2.</translation>
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation>No se pudo quitar la cuenta de %1.</translation>
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
        <translation>Seleccione un correo para ver qué le pasó.</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Email as JSON</source>
        <translation>Correo como JSON</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Email ID</source>
        <translation>ID del correo</translation>
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation>Copiar el ID del correo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programado para</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Intentos fallidos</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation>(aún sin asunto: sin renderizar)</translation>
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation>(sin asunto: nunca se renderizó)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>No se pudo renderizar la plantilla: %1</translation>
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation>El servidor de correo falló: %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Lo antes posible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>Reintentado %n vez</numerusform>
            <numerusform>Reintentado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>siguiente intento %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation>el servidor de correo dijo “%1”</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation>Enviado desde un borrador</translation>
    </message>
    <message>
        <source>Sent through the API</source>
        <translation>Enviado mediante la API</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaccional</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>prioridad alta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation>No se pudo renderizar este correo</translation>
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation>Este correo no tiene cuerpo HTML</translation>
    </message>
    <message>
        <source>See its plain text.</source>
        <translation>Vea su texto sin formato.</translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>Aún sin renderizar.</translation>
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation>Este correo nunca se renderizó.</translation>
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation>(sin cuerpo de texto sin formato)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (usuario %2)</translation>
    </message>
    <message>
        <source>at their primary email address</source>
        <translation>a su dirección de correo principal</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(sin destinatario)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation>Este correo ya se está enviando o se envió; ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>Re&amp;programar…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation>&amp;Cancelar correo…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Status group</source>
        <translation>Grupo de estado</translation>
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation>Mostrar los correos en curso, entregados o fallidos (filtrados por el servidor)</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation>Mostrar los correos con un estado exacto</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation>Mostrar solo los correos a este usuario (pulse Intro)</translation>
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation>Volver a cargar la bandeja de salida (F5)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation>Copiar &amp;ID del correo</translation>
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation>Volver a cargar la bandeja de salida con los filtros actuales (F5)</translation>
    </message>
    <message>
        <source>Send this email again now</source>
        <translation>Volver a enviar este correo ahora</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation>Cargando la bandeja de salida…</translation>
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation>%1 correos cargados, cargando más…</translation>
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation>%1 correos cargados; desplácese hacia abajo para ver más</translation>
    </message>
    <message>
        <source>All %1 emails</source>
        <translation>Los %1 correos</translation>
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation>Los %1 correos que coinciden</translation>
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation>%1 correos cargados; no se pudieron cargar más</translation>
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation>No se pudo cargar la bandeja de salida. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation>Aún no hay correos. Todos los correos que envía el proyecto — verificaciones de registro, restablecimientos de contraseña, correos enviados desde aquí — aparecen aquí.</translation>
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation>Ningún correo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Select an email first</source>
        <translation>Seleccione primero un correo</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation>Esperando a que el servidor responda al último cambio</translation>
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation>Permitir que este correo se vuelva a enviar</translation>
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation>Retener este correo hasta que se reanude</translation>
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation>Elegir cuándo se envía este correo</translation>
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation>No enviar este correo en absoluto</translation>
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation>No se reanudó el correo.</translation>
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation>No se pausó el correo.</translation>
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation>Reanudado: el correo se enviará.</translation>
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation>Pausado: el correo se retiene hasta que se reanude.</translation>
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation>No se volvió a enviar el correo.</translation>
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation>Programado para volver a enviarse ahora.</translation>
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation>El correo a %1 no se enviará. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation>“%1” a %2 no se enviará. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cancel email</source>
        <translation>Cancelar correo</translation>
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation>&amp;Conservar el correo</translation>
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation>&amp;Cancelar el correo</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>No se canceló el correo.</translation>
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation>Cancelado: el correo no se enviará.</translation>
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation>No se reprogramó el correo.</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>Reprogramado para %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation>Se muestra tal como está ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>El filtro ya no coincide con %n correo que cambió.</numerusform>
            <numerusform>El filtro ya no coincide con %n correos que cambió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation>se agotó el tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>no se pudo leer su respuesta</translation>
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
        <translation>Usuarios totales</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Usuarios activos mensuales</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>Activos hoy</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>Correo verificado</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Ingresos recurrentes mensuales</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Correos enviados</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>Registros por día</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Usuarios activos diarios</translation>
    </message>
    <message>
        <source>Users by country</source>
        <translation>Usuarios por país</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Métodos de inicio de sesión</translation>
    </message>
    <message>
        <source>Recently registered</source>
        <translation>Registrados recientemente</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Activos recientemente</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Recently registered users</source>
        <translation>Usuarios registrados recientemente</translation>
    </message>
    <message>
        <source>Recently active users</source>
        <translation>Usuarios activos recientemente</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Volver a cargar las cifras (F5)</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Actualizar el resumen</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation>Haga clic en un usuario, o pulse Intro, para abrirlo en la página Usuarios</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation>Este servidor no tiene métricas: leyendo la lista de usuarios (%1 leídos hasta ahora)…</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation>Este servidor no tiene métricas: leyendo la lista de usuarios…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation>Cargando las cifras del proyecto…</translation>
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation>El resumen necesita acceso de administrador a este proyecto. Conéctese con la clave de administrador supersecreta del proyecto o con una cuenta del panel que posea el proyecto.</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>No se pudo cargar el resumen.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation>Este servidor no proporciona métricas (%1). Las cifras de abajo se calculan a partir de la lista de usuarios.</translation>
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation>Se basan en los primeros %1 usuarios (los registros más recientes); el proyecto tiene más.</translation>
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation>Puede que los registros por día estén incompletos.</translation>
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation>Solo se conoce la última actividad de cada usuario: los usuarios activos diarios cuentan a cada usuario solo en su último día activo, así que los días anteriores muestran menos de los que estuvieron activos.</translation>
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation>No disponible sin métricas: pagos y correos.</translation>
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation>No disponible sin métricas: usuarios por país, pagos y correos.</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation>como mínimo; los primeros %1 leídos</translation>
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation>No se leyeron todos los usuarios: el proyecto tiene más.</translation>
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation>y %1 anónimos</translation>
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation>activos en los últimos 30 días</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>este servidor no lo indica</translation>
    </message>
    <message>
        <source>UTC day</source>
        <translation>Día UTC</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 de %2 usuarios</translation>
    </message>
    <message>
        <source>no users yet</source>
        <translation>aún no hay usuarios</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>desde siempre</translation>
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation>suscripciones activas: %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 entregados</translation>
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation>Ningún registro en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation>%1 — registros: %2</translation>
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation>De los usuarios leídos: puede estar incompleto.</translation>
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation>Ninguna actividad en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation>%1 — usuarios activos: %2</translation>
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation>Cada usuario cuenta solo en su último día activo.</translation>
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation>Ningún usuario con país conocido en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation>Los usuarios leídos, según el último país en que se vieron.</translation>
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation>Los %1 países con más usuarios, de %2.</translation>
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation>Aún no hay inicios de sesión que contar.</translation>
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation>Usuarios que pueden iniciar sesión con cada método; un usuario puede tener varios.</translation>
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Suscripciones activas</translation>
    </message>
    <message>
        <source>One-time purchases</source>
        <translation>Compras únicas</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>Entregabilidad</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>Estado “%1”</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>Aún no hay usuarios.</translation>
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation>Ningún usuario ha estado activo aún.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation>Las claves de API de equipo están desactivadas para este proyecto. Actívelas en la página Claves de API (el ajuste de claves de API de equipo) y luego recargue.</translation>
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation>Las claves de API de usuario están desactivadas para este proyecto. Actívelas en la página Claves de API (el ajuste de claves de API de usuario) y luego recargue.</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crear…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Check a key…</source>
        <translation>Comprobar una clave…</translation>
    </message>
    <message>
        <source>API keys of the team</source>
        <translation>Claves de API del equipo</translation>
    </message>
    <message>
        <source>API keys of the user</source>
        <translation>Claves de API del usuario</translation>
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation>Crear una clave de API para este equipo; su valor se muestra una vez</translation>
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation>Crear una clave de API para este usuario; su valor se muestra una vez</translation>
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation>Hacer que la clave seleccionada deje de funcionar, definitivamente</translation>
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation>Pegar una clave para ver si funciona y de quién es</translation>
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation>No hay claves de API. Cree una para que los programas del equipo inicien sesión con ella.</translation>
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation>No hay claves de API. Cree una para que los programas del usuario inicien sesión con ella.</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Cargando claves de API…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las claves de API. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation>La clave seleccionada ya está revocada</translation>
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation>Nueva clave de API “%1”</translation>
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation>Se creó la clave de API “%1” (%2). Cópiela ahora y entréguela de forma segura: solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>pública</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreta</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation>Clave de API “%1” creada. Solo se podrán volver a ver sus cuatro últimos caracteres.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation>¿Revocar la clave de API %1 de %2? Lo que la use dejará de funcionar de inmediato. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Revocando %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 revocada.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>No se pudo revocar %1.</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>Copiar la clave de API</translation>
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
        <translation>No hay ningún proveedor de pagos conectado: los clientes aún no pueden comprar. Los productos, artículos, clientes y el libro de movimientos siguen funcionando; conecte Stripe en el panel web (Payments → Settings).</translation>
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation>No se pudo comprobar si hay un proveedor de pagos conectado (%1).</translation>
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation>no se han enviado los datos comerciales de la cuenta</translation>
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation>los cobros no están habilitados</translation>
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation>La cuenta de Stripe está conectada pero aún no puede aceptar pagos: %1. Termine su configuración en el panel web (Payments → Settings); hasta entonces, los clientes no pueden comprar.</translation>
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
        <translation>Pagos</translation>
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation>Con esta clave: los artículos y productos de un cliente, abajo.</translation>
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation>Productos &amp;&amp; artículos</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrar permisos</translation>
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation>Un permiso del sistema, integrado en el servidor</translation>
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation>%1 — sin definir</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation>permiso de equipo</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>permiso de proyecto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Editar %1 %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo %1</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>Id de permiso</translation>
    </message>
    <message>
        <source>for example read:reports</source>
        <translation>por ejemplo read:reports</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation>Letras minúsculas, dígitos, “_” y “:”. El id no se puede cambiar después.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation>Opcional: qué permite tenerlo</translation>
    </message>
    <message>
        <source>Contained permissions</source>
        <translation>Permisos contenidos</translation>
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation>Quien tiene este permiso también tiene los marcados aquí, y lo que estos contienen.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>&amp;Contiene:</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>Introduzca un id.</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation>“%1” no es un id válido: use solo letras minúsculas, dígitos, “_” y “:”.</translation>
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation>Ya existe un permiso con el id “%1” (los permisos de equipo y de proyecto comparten los id).</translation>
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation>Esto crearía un bucle: %1. Un permiso no puede contenerse a sí mismo, ni directamente ni a través de otros.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation>permiso de equipo</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>permiso de proyecto</translation>
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation>Los permisos de proyecto se conceden en la página de un usuario y los permisos de equipo en la página de un equipo, escribiendo el id del permiso.</translation>
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation>Las definiciones de permisos necesitan acceso de administrador</translation>
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation>Permisos de &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation>Permisos de &amp;proyecto</translation>
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation>Permisos que tiene un usuario dentro de un equipo</translation>
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation>Permisos que tiene un usuario en todo el proyecto</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation>Volver a leer los permisos y la configuración (F5)</translation>
    </message>
    <message>
        <source>Reload permissions</source>
        <translation>Recargar permisos</translation>
    </message>
    <message>
        <source>Permission definitions</source>
        <translation>Definiciones de permisos</translation>
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation>Los permisos del sistema ($…) están integrados en el servidor: se pueden contener y conceder, pero no editar ni eliminar.</translation>
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation>Permisos predeterminados sin guardar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation>Los permisos predeterminados tienen cambios sin guardar. ¿Guardarlos antes de cambiar?</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation>Los permisos predeterminados tienen cambios sin guardar. ¿Guardarlos antes de volver a leerlo todo?</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar los permisos. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Cargando permisos…</translation>
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation>Aún no hay ningún %1. Cree uno con Nuevo….</translation>
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation>Crear un %1 (%2)</translation>
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation>Los permisos del sistema están integrados en el servidor y no se pueden cambiar</translation>
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation>Cambiar la descripción y los permisos contenidos (F2)</translation>
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation>Eliminar el permiso seleccionado (Del)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Se creó %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation>¿Eliminar el %1 “%2”? Todos los que lo tienen lo pierden.</translation>
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation>Ningún otro permiso lo contiene.</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>También se quita de %n permiso más: %1.</numerusform>
            <numerusform>También se quita de %n permisos más: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>Eliminar permiso</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>No se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>team creators</source>
        <translation>creadores de equipos</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>miembros de equipos</translation>
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation>usuarios nuevos al registrarse</translation>
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation>Es un permiso predeterminado (se da a %1); también se quita de los permisos predeterminados.</translation>
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation>Quitando %1 de los permisos predeterminados…</translation>
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation>Se eliminó %1, pero sigue entre los permisos predeterminados. Desmárquelo allí y guarde.</translation>
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation>Se eliminó %1 y se quitó de los permisos predeterminados.</translation>
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation>Se eliminó %1, pero no se pudo leer la configuración para quitarlo de los permisos predeterminados.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation>El nuevo idioma se mostrará la próxima vez que se inicie Hexclave Admin.</translation>
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation>Cerrar la ventana (preguntando antes por los cambios no guardados) y volver a iniciar</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Según el sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>Renderizando la vista previa…</translation>
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation>No se pudo renderizar el correo</translation>
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation>Necesita el servidor de correo propio del proyecto</translation>
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation>Este proyecto usa el servidor de correo compartido; configure el suyo en la pestaña Servidor de correo para editar plantillas.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation>%1 (ya es así en el servidor; al guardar se conserva)</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>prueba gratuita</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>repetición</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation>Precio “%1”: </translation>
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation>Precio “%1”, %2: </translation>
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation>“%1”, %2: </translation>
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation>&amp;Acumulable: un cliente puede poseerlo más de una vez</translation>
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation>Solo en el ser&amp;vidor: oculto para las aplicaciones cliente</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>Sin prueba gratuita</translation>
    </message>
    <message>
        <source>Free trial of</source>
        <translation>Prueba gratuita de</translation>
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation>Se vende a &amp;precios</translation>
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation>Incluido por &amp;defecto (gratis)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>&amp;Añadir precio</translation>
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation>Incluir un &amp;artículo</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Editar producto “%1”</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>e.g. pro</source>
        <translation>p. ej., pro</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation>Se muestra a los clientes; el id cuando está vacío</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>&amp;Tipo de cliente:</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation>Un cliente posee como máximo un producto de una línea (planes como Free, Pro)</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>&amp;Línea de productos:</translation>
    </message>
    <message>
        <source>Add-on to</source>
        <translation>Complemento de</translation>
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation>Marque los productos que un cliente debe poseer para comprar este; ninguno: no es un complemento</translation>
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation>C&amp;omplemento de:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Prueba gratuita</translation>
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation>Prueba &amp;gratuita:</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>Precios:</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>Monedas:</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>Id de precio</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Server only</source>
        <translation>Solo en el servidor</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>Artículos incluidos</translation>
    </message>
    <message>
        <source>No other products yet</source>
        <translation>Aún no hay otros productos</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation>También se conserva tal como está guardado (no editable aquí): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Trial of</source>
        <translation>Prueba de</translation>
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation>Prueba gratuita del precio</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>Quitar este precio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Quitar este artículo</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>Letras, dígitos, “_” y “-”; no se puede cambiar después.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>Nuevo &amp;producto…</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>Nuevo &amp;artículo…</translation>
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation>Nueva &amp;línea de productos…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>&amp;Revisar y guardar…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>Añadir un producto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation>Cambiar la entrada seleccionada (F2, o doble clic)</translation>
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation>Eliminar la entrada seleccionada al guardar (Del)</translation>
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation>Ver todos los cambios y luego escribirlos en la configuración del proyecto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation>Descartar todos los cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Product lines and products</source>
        <translation>Líneas de productos y productos</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation>No se guardó nada: %1 cambió en el servidor desde que empezó a editar. Sus ediciones se conservan sobre lo que el servidor tiene ahora; revíselas de nuevo antes de guardar.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation>No se guardó nada: el servidor ya tiene estos cambios.</translation>
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation>No se guardó nada: el catálogo cambió en el servidor y las ediciones ya no encajan en él.</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>Se está leyendo la configuración; vuelva a guardar en un momento.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation>No se guardó el catálogo: no se pudo volver a leer la configuración para comprobar los cambios hechos mientras tanto. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation>Puede que el catálogo no se haya guardado por completo; los cambios que no se ven en el servidor siguen aquí.</translation>
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation>No se guardó el catálogo; sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation>“%1” no se puede eliminar: es la única base de %2. Cambie esos complementos o elimínelos primero.</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>¿Eliminar el producto “%1”?</translation>
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation>Es una base de %1; siguen siendo complementos de sus otras bases.</translation>
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation>¿Eliminar el artículo “%1”?</translation>
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation>Está incluido en %1; al eliminarlo se quita de ellos.</translation>
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation>¿Eliminar la línea de productos “%1”?</translation>
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation>%1 están en ella; se conservan, sin línea de productos.</translation>
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation>No cambia nada en el servidor hasta que guarde.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>¿Descartar %n cambio aún sin guardar?</numerusform>
            <numerusform>¿Descartar %n cambios aún sin guardar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>Línea de productos</translation>
    </message>
    <message>
        <source>No product line</source>
        <translation>Sin línea de productos</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1 (complemento)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>No se pudo leer %n entrada y se deja como está: %1</numerusform>
            <numerusform>No se pudieron leer %n entradas y se dejan como están: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Aún no hay productos</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nuevo producto…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>Aún no hay artículos</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nuevo artículo…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation>Conservar finalmente la entrada seleccionada</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>Leyendo la configuración del proyecto…</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n cambio sin guardar</numerusform>
            <numerusform>%n cambios sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProfileTab</name>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copiar ID de usuario</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Correo principal</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Métodos de inicio de sesión</translation>
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation>Autenticación de dos factores</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Sign-up country</source>
        <translation>País de registro</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Bot risk</source>
        <translation>Riesgo de bot</translation>
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation>Riesgo de abuso de prueba gratuita</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Free-trial abuse</source>
        <translation>Abuso de prueba gratuita</translation>
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation>Riesgo de registro</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>Equipo seleccionado</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>Cuentas OAuth</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>Metadatos de cliente</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>Metadatos de cliente de solo lectura</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>Metadatos de servidor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation>Sí — usuario anónimo</translation>
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation>Sí — correo no verificado</translation>
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation>Sí — por un administrador</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sí (%1)</translation>
    </message>
    <message>
        <source>Also restricted by an administrator</source>
        <translation>También restringido por un administrador</translation>
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation>Motivo mostrado al usuario: %1</translation>
    </message>
    <message>
        <source>Private details: %1</source>
        <translation>Detalles privados: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>used for sign-in</source>
        <translation>se usa para iniciar sesión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation>Activada (aplicación de autenticación)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
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
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation>Conéctese primero a un servidor en la ventana principal.</translation>
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation>Ninguna de sus conexiones está lista. Espere a que la ventana principal enumere los proyectos o vuelva a iniciar sesión allí.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation>Las claves de API de un usuario y de un equipo están en la página del usuario y del equipo.</translation>
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation>Las claves propias del proyecto necesitan acceso de administrador</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>&amp;Crear claves…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation>Volver a leer las claves (F5)</translation>
    </message>
    <message>
        <source>Reload keys</source>
        <translation>Recargar claves</translation>
    </message>
    <message>
        <source>Project API keys</source>
        <translation>Claves de API del proyecto</translation>
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation>Claves que usan sus aplicaciones, servidores y herramientas para acceder a este proyecto. Un conjunto puede contener una clave de cliente publicable, una clave secreta de servidor y una clave de administrador supersecreta.</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>Cargando claves…</translation>
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las claves. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation>Este proyecto aún no tiene claves de API. Cree un conjunto con Crear claves….</translation>
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation>Crear un nuevo conjunto de claves (%1)</translation>
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation>Este conjunto de claves ya está revocado</translation>
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation>Hacer que el conjunto de claves seleccionado deje de funcionar (Del)</translation>
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation>Se creó el conjunto de claves “%1”.</translation>
    </message>
    <message>
        <source>Publishable client key</source>
        <translation>Clave de cliente publicable</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>Clave secreta de servidor</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>Clave de administrador supersecreta</translation>
    </message>
    <message>
        <source>They do not expire.</source>
        <translation>No caducan.</translation>
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation>Caducan el %1.</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>Nuevas claves de API</translation>
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation>Conjunto de claves “%1” para el proyecto %2. %3 Póngalas en el entorno o en el almacén de secretos de su aplicación.</translation>
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation>¿Revocar el conjunto de claves “%1” (%2)? Las aplicaciones, servidores y herramientas que usan sus claves dejarán de funcionar de inmediato. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation>Si esta aplicación está conectada con una de estas claves, su conexión también dejará de funcionar.</translation>
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation>Esta aplicación está conectada al proyecto con una clave de este conjunto (…%1). Al revocarlo termina esta conexión: tendrá que volver a conectarse con otra clave.</translation>
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation>Revocar claves de API</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Revocando “%1”…</translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>Se revocó “%1”.</translation>
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation>No se revocó “%1”.</translation>
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation>Copiar la clave de cliente publicable</translation>
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation>Copiar la clave secreta de servidor</translation>
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation>Copiar la clave de administrador supersecreta</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation>Modo de &amp;producción</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>&amp;Eliminar proyecto…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation>Copiar el ID del proyecto al portapapeles</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation>Opcional: para qué sirve el proyecto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation>El modo de producción marca el proyecto como activo. Los ajustes pensados solo para desarrollo, como las redirecciones de inicio de sesión a localhost y las claves OAuth de desarrollo compartidas, ya no deberían usarse entonces. Actívelo antes de que inicien sesión usuarios reales.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>Modo de producción</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>Zona de peligro</translation>
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation>Al eliminar el proyecto se eliminan definitivamente sus usuarios, equipos, claves, configuración y todo lo demás que contiene.</translation>
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation>ID del proyecto copiado.</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>Cargando el proyecto…</translation>
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation>No se pudo cargar el proyecto.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation>No se pudieron guardar el nombre y la descripción del proyecto.</translation>
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation>Activando el modo de producción…</translation>
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation>Desactivando el modo de producción…</translation>
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation>No se pudo activar el modo de producción.</translation>
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation>No se pudo desactivar el modo de producción.</translation>
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation>El modo de producción está activado.</translation>
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation>El modo de producción está desactivado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>Reembolsar compra</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>Reembolsar una compra</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation>%1 por %2 el %3%4.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>, charged %1</source>
        <translation>, cobrado %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Refund quantity</source>
        <translation>Cantidad a reembolsar</translation>
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation>Importe a reembolsar (USD)</translation>
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation>Los reembolsos no se pueden deshacer y revocarán el acceso al producto comprado.</translation>
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation>Los importes de reembolso solo se pueden indicar en compras con precio en USD.</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation>Cantidad de %1 a reembolsar</translation>
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation>Importe en dólares estadounidenses a reembolsar por %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation>Total del reembolso: %1 de %2 cobrados</translation>
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation>Total del reembolso: — (un importe no es un número) de %1 cobrados</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation>Introduzca un importe en dólares estadounidenses, como 12.50 (como máximo dos decimales).</translation>
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation>Un importe de reembolso no puede ser negativo.</translation>
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation>Nada que reembolsar: elija una cantidad o un importe.</translation>
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation>Los reembolsos suman %1, más que los %2 cobrados.</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>¿Reembolsar %1 a %2?</translation>
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation>¿Revocar el producto de %1 sin devolver dinero?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>Se reembolsó %1 a %2.</translation>
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation>Se revocó el producto de %1 sin reembolso.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Reembolsando…</translation>
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation>El servidor rechazó el reembolso: %1</translation>
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation>Se reembolsó mientras tanto (quizá desde el panel web); la lista se vuelve a cargar al cerrar este cuadro de diálogo.</translation>
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation>La suscripción no tiene ninguna factura pagada que reembolsar: las suscripciones iniciadas en modo de prueba o concedidas sin pago no se pueden reembolsar.</translation>
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation>No hay ningún pago que reembolsar: la compra no se pagó a través del proveedor de pagos o ya no existe.</translation>
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation>No se cobró dinero por ella.</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>No se reembolsó nada.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Write to the customer</source>
        <translation>Escribir al cliente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>Escribir una nota que solo ve su equipo</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Escriba una respuesta al cliente…</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>Escriba una nota interna para su equipo…</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>Editor de respuestas</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation>El cliente verá esta respuesta. La conversación sigue resuelta; reábrala para quedar en espera del cliente.</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation>El cliente verá esta respuesta. Después, la conversación queda en espera del usuario.</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>El cliente verá esta respuesta.</translation>
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation>%1. El estado no cambia.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Se cerró la conexión con el servidor. Vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation>¿Cerrar y descartar lo que escribió? No se guardó nada.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation>Cambió %1 pero no guardó. ¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation>Esperando a que introduzca una clave nueva.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation>Esperando a que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation>Introducir una clave nueva…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation>¿Dejar de esperar el inicio de sesión? La solicitud no se envió; lo que escribió se conserva aquí.</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Seguir esperando</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogramar</translation>
    </message>
    <message>
        <source>Reschedule email</source>
        <translation>Reprogramar correo</translation>
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation>¿Cuándo debe enviarse este correo?</translation>
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation>¿Cuándo debe enviarse “%1”?</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar el</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>En la zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>&amp;Enviar el:</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation>En la zona horaria de este equipo (%1).</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Elija un momento en el futuro.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation>Restricción de %1</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>Restringir a %1</translation>
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation>Un administrador restringió a %1. Cambie los motivos o levante la restricción para que pueda volver a usar su aplicación.</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation>Un usuario restringido no puede usar su aplicación hasta que un administrador levante la restricción. El motivo público puede mostrarse a %1; los detalles privados son solo para administradores.</translation>
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation>%1 también está restringido por otro motivo (%2); eso no cambia aquí.</translation>
    </message>
    <message>
        <source>email not verified</source>
        <translation>correo no verificado</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>usuario anónimo</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>Motivo público</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>p. ej., Su cuenta está en revisión.</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>Detalles privados</translation>
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation>Por qué se restringió a este usuario, para otros administradores</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>&amp;Levantar restricción</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Levantar la restricción</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>&amp;Restringir</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>Motivo &amp;público:</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>Detalles p&amp;rivados:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Restricting…</source>
        <translation>Restringiendo…</translation>
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation>Levantando la restricción…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation>Incluir compras en modo de &amp;prueba</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation>Las compras en modo de prueba fueron gratuitas: no se movió dinero por ellas</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation>Suscripciones, últimos 30 días (métricas del servidor)</translation>
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Facturas de suscripción pagadas de los últimos 30 días, según las métricas del servidor (dólares estadounidenses; las compras únicas no se cuentan ahí)</translation>
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation>Suscripciones, desde siempre (métricas del servidor)</translation>
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>Todas las facturas de suscripción pagadas, según las métricas del servidor (dólares estadounidenses; las compras únicas no se cuentan ahí)</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation>Dejar de leer el libro de movimientos; los días leídos hasta ahora se quedan en el gráfico</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>Gráfico de ingresos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation>Los ingresos, reembolsos y el neto se calculan a partir del libro de movimientos: cada compra, renovación y reembolso.</translation>
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation>Las cifras marcadas como “métricas del servidor” proceden de las métricas del servidor, que solo cuentan las facturas de suscripción pagadas, en dólares estadounidenses.</translation>
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation>Se detuvo la lectura: no se cuentan los días anteriores a %1.</translation>
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation>Se detuvo la lectura antes de la primera página.</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>Leyendo el libro de movimientos…</translation>
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation>No hay ingresos que mostrar: no se pudo leer el libro de movimientos.</translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>Sin ingresos en el último %n día.</numerusform>
            <numerusform>Sin ingresos en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation>Se omiten las compras en modo de prueba: marque “Incluir compras en modo de prueba” para verlas.</translation>
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation>Pidiendo sus métricas al servidor…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>Leyendo el libro de movimientos: %n transacción, hasta %1…</numerusform>
            <numerusform>Leyendo el libro de movimientos: %n transacciones, hasta %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>Ingresos: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Reembolsos: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation>%1 de 100: cuanto más alto, más probable es que el registro no sea auténtico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SearchIcon</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation>Volver a &amp;cargar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>No drafts available</source>
        <translation>No hay borradores disponibles</translation>
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation>Los borradores necesitan acceso de administrador: conéctese con una clave de administrador o una cuenta del panel para elegir uno.</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>Se cerró la conexión con el servidor. Vuelva a conectarse e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>Cargando borradores…</translation>
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation>No se cargaron borradores</translation>
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation>No se pudieron cargar los borradores. %1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (enviado %2)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Sin borradores</translation>
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation>Este proyecto aún no tiene borradores: escriba uno en la pestaña Borradores de la página Correos.</translation>
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation>Elija un borrador…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation>Enviar un correo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation>Usuarios se&amp;leccionados</translation>
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation>&amp;Todos los usuarios del proyecto</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation>A&amp;ñadir usuarios…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation>Quitar de la lista los usuarios seleccionados (Delete)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation>Déjelo vacío para usar el asunto del propio borrador</translation>
    </message>
    <message>
        <source>Notification category</source>
        <translation>Categoría de notificación</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>Transaccional</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>Elija una categoría…</translation>
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation>Transaccional: llega a todos los destinatarios (mensajes de cuenta y de servicio). Marketing: omite a los usuarios que se dieron de baja de los correos de marketing.</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Borrador:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>Añadir destinatarios</translation>
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation>Elija los usuarios que reciben el correo.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>&amp;Añadir %n usuario</numerusform>
            <numerusform>&amp;Añadir %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>Ya es destinatario</translation>
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation>Todos los usuarios del proyecto, incluidos los anónimos y restringidos. Se omiten los usuarios sin dirección de correo principal.</translation>
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation>Aún no hay usuarios: añada algunos o elija todos los usuarios.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n usuario sin dirección de correo principal.</numerusform>
            <numerusform>Se omitirán %n usuarios sin dirección de correo principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation>Elija el borrador que enviar.</translation>
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation>Añada los usuarios que reciben el correo o elija todos los usuarios.</translation>
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation>Elija una categoría: los correos de Marketing omiten a los usuarios que se dieron de baja; los Transaccionales no.</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>Elija una hora en el futuro o envíe ahora.</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>Para: %1 y %n más.</numerusform>
            <numerusform>Para: %1 y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation>Para: %1.</translation>
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation>¿Enviar “%1” a todos los usuarios del proyecto?</translation>
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation>Contando los usuarios del proyecto… %1 hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>¿Enviar “%1” al %n usuario del proyecto?</numerusform>
            <numerusform>¿Enviar “%1” a los %n usuarios del proyecto?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>Se omitirá %n usuario sin dirección de correo principal: %1</numerusform>
            <numerusform>Se omitirán %n usuarios sin dirección de correo principal: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n usuario lo recibirá.</numerusform>
            <numerusform>%n usuarios lo recibirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n usuario lo recibirá en su dirección de correo principal.</numerusform>
            <numerusform>%n usuarios lo recibirán en su dirección de correo principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation>El proyecto no tiene usuarios: no hay nadie a quien enviarlo.</translation>
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation>El proyecto tiene más de %1 usuarios; se envía el correo a todos (se omiten los usuarios sin dirección de correo principal).</translation>
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation>No se pudieron contar los usuarios (%1). El correo se envía a todos los usuarios del proyecto que tienen dirección de correo principal.</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>¿Enviar “%1” a %n usuario?</numerusform>
            <numerusform>¿Enviar “%1” a %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation>Categoría: Marketing. Se omiten los usuarios que se dieron de baja de los correos de marketing.</translation>
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation>Categoría: Transaccional. Se envía incluso a los usuarios que se dieron de baja de los correos de marketing.</translation>
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation>Asunto: el del propio borrador.</translation>
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation>Asunto: “%1”.</translation>
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation>Cuándo: %1 (su hora local).</translation>
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation>Los servidores demasiado antiguos para programar envían de inmediato; el resultado y la Bandeja de salida muestran lo que ocurrió.</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>Cuándo: ahora.</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>Se cerró la conexión con el servidor.</translation>
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation>Esta hora ya ha pasado: elija una posterior o envíe ahora.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation>El correo está programado</translation>
    </message>
    <message>
        <source>The email is on its way</source>
        <translation>El correo está en camino</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>El servidor aceptó “%1” para %n destinatario.</numerusform>
            <numerusform>El servidor aceptó “%1” para %n destinatarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>No figura en la respuesta del servidor, así que no se puso en cola ningún correo: %n usuario solicitado, marcado abajo.</numerusform>
            <numerusform>No figuran en la respuesta del servidor, así que no se puso en cola ningún correo para ellos: %n usuarios solicitados, marcados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation>Los correos están en cola; sígalos en la Bandeja de salida.</translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation>Los correos están en cola; sígalos en la Bandeja de salida de la página Correos.</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>Programado para %1.</translation>
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation>Programado para %1. Un servidor demasiado antiguo para programar envía de inmediato: la Bandeja de salida muestra cuáles.</translation>
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation>Programado para %1. Comprobando en la Bandeja de salida que el servidor mantuvo la hora…</translation>
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation>El correo se envió de inmediato</translation>
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation>Este servidor envió los correos de inmediato; no admite la programación.</translation>
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation>Programado para %1; la Bandeja de salida los muestra en espera hasta entonces.</translation>
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation>No se envió nada: el proyecto usa el servidor de correo compartido, que solo envía correos de inicio de sesión y de cuenta. Configure el servidor de correo propio del proyecto en la pestaña Servidor de correo de la página Correos y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation>No se envió nada: %1 no es usuario del proyecto (¿se eliminó mientras tanto?).</translation>
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation>&amp;Quitar a %1 de los destinatarios</translation>
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation>No se envió nada: el servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation>No llegó la respuesta del servidor, así que puede que los correos se hayan puesto en cola o no. Mire en la Bandeja de salida antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation>No quedan destinatarios: añada usuarios o elija todos los usuarios.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation>Seguirlos en la Bandeja de salida</translation>
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation>Destinatarios y respuesta del servidor</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation>Enviar &amp;más tarde, el</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation>Su hora local (%1). Un servidor demasiado antiguo para programar envía de inmediato.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation>Correo de restablecimiento de &amp;contraseña: un enlace para elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation>&amp;Invitación de inicio de sesión: un enlace para iniciar sesión en su aplicación</translation>
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation>&amp;Enviar correo</translation>
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation>Enviar un correo a %1</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(sin dirección de correo)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>La página de su aplicación que se abre desde el enlace del correo. Debe estar en uno de los dominios de confianza del proyecto. Se recuerda para este proyecto.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;retorno:</translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Este usuario no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation>%1 no tiene dirección de correo principal, así que no se puede enviar ningún correo. Añada primero una dirección en los canales de contacto del usuario.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation>Introduzca la dirección de la página que gestiona el enlace.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>Introduzca una dirección http:// o https:// completa.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation>Se envió un correo de restablecimiento de contraseña a %1. El servidor responde lo mismo tanto si se puede restablecer una contraseña para esta dirección como si no, así que si no llega, compruebe cómo inicia sesión el usuario.</translation>
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation>Se envió una invitación de inicio de sesión a %1.</translation>
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation>El servidor no acepta esta dirección: añada su dominio a los dominios de confianza del proyecto.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation>Introducir una clave nueva…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation>El servidor ya no acepta la clave de %1: se revocó o ha caducado. Introduzca una clave nueva para continuar.</translation>
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation>Su sesión en %1 terminó: caducó o se revocó. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation>%1 no tiene ninguna clave válida. Introduzca una clave nueva para continuar.</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>No ha iniciado sesión en %1. Inicie sesión para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation><numerusform>%n solicitud en espera continuará cuando introduzca una clave nueva.</numerusform><numerusform>%n solicitudes en espera continuarán cuando introduzca una clave nueva.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation><numerusform>%n solicitud en espera continuará cuando haya iniciado sesión.</numerusform><numerusform>%n solicitudes en espera continuarán cuando haya iniciado sesión.</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Revocar todas…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Suplantación</translation>
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation>Cerrar la sesión del usuario en los dispositivos de las sesiones seleccionadas</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>Cerrar la sesión del usuario en todas partes</translation>
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation>No hay sesiones activas: este usuario no ha iniciado sesión en ningún sitio.</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Cargando sesiones…</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las sesiones. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Revocar todas las sesiones</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>¿Cerrar la sesión de %1 en su %n sesión? Todos los dispositivos tendrán que volver a iniciar sesión.</numerusform>
            <numerusform>¿Cerrar la sesión de %1 en sus %n sesiones? Todos los dispositivos tendrán que volver a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Revocar todas</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Revocando %n sesión…</numerusform>
            <numerusform>Revocando %n sesiones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n sesión revocada.</numerusform>
            <numerusform>%n sesiones revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation>No se pudo revocar.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation>Paleta de comandos: ir a una página, proyecto, usuario o equipo, o ejecutar un comando</translation>
    </message>
    <message>
        <source>Project switcher</source>
        <translation>Selector de proyectos</translation>
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation>Resumen … Alt+9 Configuración: las áreas en orden</translation>
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation>Recargar los proyectos y reintentar las conexiones que fallaron</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>Abrir un archivo de configuración</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Buscar en la lista actual</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Reload the current list</source>
        <translation>Recargar la lista actual</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation>Editar (también Intro)</translation>
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation>Restringir o levantar una restricción</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>Suplantar</translation>
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation>Eliminar (varios usuarios: eliminación masiva)</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Añadir a un equipo</translation>
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation>Conceder un permiso de proyecto</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>Copiar correos</translation>
    </message>
    <message>
        <source>Copy user ids</source>
        <translation>Copiar los ID de usuario</translation>
    </message>
    <message>
        <source>Export the matching users</source>
        <translation>Exportar los usuarios que coinciden</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>Copiar el ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>Nuevo permiso</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>New key set</source>
        <translation>Nuevo conjunto de claves</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation>Pestañas: Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation>Revisar y guardar el catálogo</translation>
    </message>
    <message>
        <source>Customer chooser</source>
        <translation>Selector de clientes</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation>Pestañas: Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Render the preview</source>
        <translation>Renderizar la vista previa</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>Enviar la respuesta o la nota</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation>Abrir el usuario reciente seleccionado</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation>Editar un valor (Experto)</translation>
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation>Revisar y guardar (Experto)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShownOnceSecretsDialog</name>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation>He copiado la &amp;clave</translation>
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation>He copiado las &amp;claves</translation>
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation>Cerrar &amp;sin copiar</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Copie esta clave ahora. No se volverá a mostrar: el servidor solo guarda sus cuatro últimos caracteres y esta aplicación no la guarda en ningún sitio. El portapapeles se borra un minuto después de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>Copie estas claves ahora. No se volverán a mostrar: el servidor solo guarda sus cuatro últimos caracteres y esta aplicación no las guarda en ningún sitio. El portapapeles se borra un minuto después de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation>¿Cerrar sin copiar la clave? No se puede volver a mostrar; tendría que crear una nueva.</translation>
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation>¿Cerrar sin copiar las claves? No se pueden volver a mostrar; tendría que crear otras nuevas.</translation>
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation>¿Cerrar sin copiar todas las claves? Aún sin copiar: %1. Las claves no se pueden volver a mostrar; tendría que crear otras nuevas.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation>Permitir que se &amp;registren usuarios nuevos</translation>
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation>Desactivado: solo los usuarios existentes pueden iniciar sesión; las cuentas nuevas las crea el servidor o esta consola.</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>Iniciar sesión con &amp;contraseña</translation>
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation>Iniciar sesión con un código de &amp;un solo uso (enlace mágico)</translation>
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation>Un código o enlace enviado por correo inicia la sesión del usuario.</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation>Iniciar sesión con una &amp;llave de acceso</translation>
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation>Cuando un inicio de sesión OAuth usa el correo de una cuenta existente</translation>
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation>&amp;Vincularlo a la cuenta existente</translation>
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation>La cuenta OAuth se añade a la cuenta que tiene este correo como método de inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation>&amp;Rechazar el inicio de sesión</translation>
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation>Se indica al usuario que existe una cuenta con este correo y que primero debe iniciar sesión con ella.</translation>
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation>Crear una &amp;cuenta independiente</translation>
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation>Se crea una segunda cuenta con el mismo correo; las cuentas se mantienen separadas.</translation>
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation>Permitir el registro</translation>
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation>Rechazar el registro</translation>
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation>Cuando no coincide ninguna &amp;regla de registro:</translation>
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation>Qué ocurre con un registro con el que no coincide ninguna regla de registro activada</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation>Asignar a otra persona</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation>p. ej., Dana de facturación</translation>
    </message>
    <message>
        <source>User id (optional)</source>
        <translation>Id de usuario (opcional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>Id de &amp;usuario:</translation>
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation>La conversación muestra este nombre como persona asignada. Indique el id de usuario de su cuenta del panel si lo conoce, para que “Asignadas a mí” la encuentre para esa persona.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>Reabrir la conversación</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Resolver la conversación</translation>
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation>Volver a poner el estado en “%1”</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>Cambiar el estado a “%1”</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation>Volver a cargar desde el servidor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation>No se pudo cargar. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>se cerró la conexión con el proyecto</translation>
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation>%1 %2 de %3 falló; el primer error se muestra arriba.</translation>
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation>No se hizo nada para %1: la selección cambió mientras la pregunta estaba abierta.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — %n conversación de soporte sin leer</numerusform>
            <numerusform>Hexclave Admin — %n conversaciones de soporte sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 escribió: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>%n mensaje de soporte nuevo</numerusform>
            <numerusform>%n mensajes de soporte nuevos</numerusform>
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
        <translation>Soporte</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nueva conversación…</translation>
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation>Iniciar una conversación con un usuario del proyecto (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation>Volver a cargar las conversaciones y el hilo abierto (%1)</translation>
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation>Conversaciones en las que el cliente escribió desde la última vez que miró; haga clic para abrir la primera</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>Actualizar conversaciones</translation>
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation>No se pudo leer su propia cuenta: “Asignarme” y el filtro “Yo” no están disponibles.</translation>
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation>Este servidor no ofrece conversaciones de soporte</translation>
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation>Su versión es anterior a ellas. Actualice el servidor a una versión más reciente o responda a las conversaciones de soporte en el panel web en app.hexclave.com.</translation>
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation>Su cuenta del panel no gestiona este proyecto</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation>Las conversaciones de soporte las responden los miembros del equipo propietario del proyecto, y esta cuenta no es uno de ellos.</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation>Las conversaciones de soporte las responden los miembros del equipo propietario del proyecto, y %1 no es uno de ellos.</translation>
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation>Pida a un propietario del proyecto que le añada a su equipo o conéctese con una cuenta que pertenezca a él.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation>No se pudo abrir la conversación.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n conversación sin leer</numerusform>
            <numerusform>%n conversaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>Escriba una etiqueta y pulse Intro; separe varias con comas</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar etiqueta %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta “%1”</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation>Seleccione un equipo para ver sus miembros, invitaciones, claves de API y detalles.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation>Los miembros del equipo y los permisos que tiene cada uno en el equipo</translation>
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation>Invitaciones enviadas por correo que aún no se han aceptado</translation>
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation>Claves de API que actúan en nombre del equipo</translation>
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation>ID, fecha de creación, imagen de perfil y metadatos</translation>
    </message>
    <message>
        <source>Team details</source>
        <translation>Detalles del equipo</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>Creado %1 · %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation>&amp;Editar equipo…</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de equipo</translation>
    </message>
    <message>
        <source>Copy team ID</source>
        <translation>Copiar ID del equipo</translation>
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation>Copiar el ID del equipo</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Sin valor (null)</translation>
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation>Cambiar el nombre, la imagen y los metadatos (F2)</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>ID del equipo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Profile image:</source>
        <translation>Imagen de perfil:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation>&amp;Crear equipo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation>Obligatorio, p. ej., Laboratorio de sistemas de diseño</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>URL de la imagen de perfil</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>URL de la &amp;imagen de perfil:</translation>
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation>Introduzca un nombre visible: un equipo necesita uno.</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>Creando el equipo…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation>Enviar a alguien por correo un enlace para unirse a este equipo</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>Retirar la invitación seleccionada: su enlace deja de funcionar</translation>
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation>No hay invitaciones pendientes. Invite a alguien por correo para que se una al equipo.</translation>
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation>Cargando invitaciones…</translation>
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las invitaciones. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Invitación enviada a %1.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revocar invitación</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation>¿Revocar la invitación de %1 a %2? El enlace del correo dejará de funcionar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation>Revocando la invitación de %1…</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Se revocó la invitación de %1.</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation>No se pudo revocar la invitación de %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Añadir miembros…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Quitar del equipo…</translation>
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation>&amp;Abrir usuario</translation>
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation>Buscar miembros por nombre, correo o ID de usuario</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation>Elegir usuarios del proyecto para añadirlos a este equipo</translation>
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation>Sacar de este equipo a los miembros seleccionados (Delete)</translation>
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation>Mostrar el miembro seleccionado en la página Usuarios (Intro, o doble clic)</translation>
    </message>
    <message>
        <source>Load the members again</source>
        <translation>Volver a cargar los miembros</translation>
    </message>
    <message>
        <source>Reload members</source>
        <translation>Recargar miembros</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Copiar &amp;ID de usuario</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copiar &amp;correo</translation>
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation>Abrir en la página Usuarios</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>Quitar %n miembro del equipo…</numerusform>
            <numerusform>Quitar %n miembros del equipo…</numerusform>
        </translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation>Los miembros cambiaron en el servidor mientras se desplazaba; la lista se volvió a cargar.</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Cargando miembros…</translation>
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation>%1 miembros mostrados · cargando más…</translation>
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation>%1 miembros mostrados · desplácese hacia abajo para ver más</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n miembro.</numerusform>
            <numerusform>%n miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n miembro coincide.</numerusform>
            <numerusform>%n miembros coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation>%1 miembros mostrados · no se pudo cargar.</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 aún no tiene miembros.</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>Añadir miembros…</translation>
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Ningún miembro coincide con “%1”.
La búsqueda mira nombres, correos e ID de usuario exactos.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>&amp;Quitar %n del equipo…</numerusform>
            <numerusform>&amp;Quitar %n del equipo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>Añadir miembros a %1</translation>
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation>Busque usuarios del proyecto por nombre, correo o ID de usuario y marque los que quiera añadir a %1. Los miembros nuevos reciben los permisos de equipo predeterminados del proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>Añadir %n miembro</numerusform>
            <numerusform>Añadir %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation>Ya es miembro de este equipo</translation>
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation>No se añadió a nadie: se seleccionó otro equipo mientras la lista estaba abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>Añadiendo %n miembro…</numerusform>
            <numerusform>Añadiendo %n miembros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>Se añadió %n miembro a %1.</numerusform>
            <numerusform>Se añadieron %n miembros a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n ya pertenecía a él.</numerusform>
            <numerusform>%n ya pertenecían a él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>No añadidos: %1.</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation>¿Quitar a %1 de %2? Perderá el acceso al equipo y los permisos que tiene en él.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>¿Quitar %n miembro de %1? Perderá el acceso al equipo y los permisos que tiene en él.</numerusform>
            <numerusform>¿Quitar %n miembros de %1? Perderán el acceso al equipo y los permisos que tienen en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation>No se quitó a nadie: se seleccionó otro equipo mientras la pregunta estaba abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>Quitando %n miembro…</numerusform>
            <numerusform>Quitando %n miembros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>Se quitó %n miembro de %1.</numerusform>
            <numerusform>Se quitaron %n miembros de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation>No quitados: %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation>Elija un equipo</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Filtrar por nombre o ID de equipo</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrar equipos</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation>Elija el equipo cuyos artículos y productos desea ver.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Cargando equipos…</translation>
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation>No se pudieron cargar los equipos; el motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>Este proyecto aún no tiene equipos.</translation>
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation>Ningún equipo coincide con “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nuevo equipo…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>&amp;Editar equipo…</translation>
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation>Copiar &amp;ID del equipo</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>&amp;Eliminar equipo…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation>Crear un equipo (%1)</translation>
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation>Cambiar el nombre, la imagen y los metadatos del equipo seleccionado (%1)</translation>
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation>Eliminar el equipo seleccionado (%1)</translation>
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation>Volver a cargar la lista y contar de nuevo los miembros (%1)</translation>
    </message>
    <message>
        <source>Reload teams</source>
        <translation>Recargar equipos</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>Filtrar por nombre o ID de equipo</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Filtrar equipos</translation>
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation>Muestra los equipos cuyo nombre contiene el texto o cuyo ID empieza por él (Ctrl+F)</translation>
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation>Ese equipo ya no existe.</translation>
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation>No se pudo abrir el equipo.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Cargando equipos…</translation>
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation>No se pudieron cargar los equipos.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%1 de %n equipo coinciden con “%2”</numerusform>
            <numerusform>%1 de %n equipos coinciden con “%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation>Aún no hay equipos.
Los equipos agrupan usuarios; los miembros comparten los permisos y las claves de API del equipo.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nuevo equipo…</translation>
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation>Ningún equipo coincide con “%1”.
El filtro mira los nombres de los equipos y el inicio de los ID de equipo.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation>Equipos y usuarios</translation>
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation>Permitir que los usuarios &amp;creen equipos</translation>
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation>Los usuarios con sesión iniciada pueden crear equipos desde la aplicación; si no, solo pueden hacerlo el servidor o esta consola.</translation>
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation>Crear un equipo &amp;personal al registrarse</translation>
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation>Cada usuario nuevo recibe un equipo propio.</translation>
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation>Permitir que los usuarios &amp;eliminen su propia cuenta</translation>
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation>Exigir la &amp;verificación del correo durante la incorporación</translation>
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation>Los usuarios nuevos deben verificar su correo principal antes de poder usar la aplicación.</translation>
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation>Permitir claves de API de &amp;usuario</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation>Los usuarios con sesión iniciada pueden crear claves que actúan como ellos.</translation>
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation>Permitir claves de API de &amp;equipo</translation>
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation>Los miembros del equipo con el permiso pueden crear claves que actúan en nombre del equipo.</translation>
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation>Las claves de API de usuario y de equipo se activan y desactivan en la &lt;a href="apikeys"&gt;página Claves de API&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>Aún no hay plantillas.</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation>No se pudieron cargar las plantillas.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>&amp;Enviar correo de prueba</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Enviar un correo de prueba</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation>Se envía un breve correo de prueba a través de %1 como %2, con los ajustes del formulario — también cuando aún no están guardados.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation>Introduzca una dirección de correo, como usted@example.com.</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>Enviando un correo de prueba a %1…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation>Se envió el correo de prueba a %1. Si no llega, mire en la carpeta de spam.</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>El servidor no dio ningún motivo.</translation>
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation>El servidor de correo no lo envió: %1</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>No se envió el correo de prueba.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation>Se escribió el modo de prueba, pero el servidor no muestra el cambio.</translation>
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation>No se activó el modo de prueba.</translation>
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation>No se desactivó el modo de prueba.</translation>
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation>¿Activar el modo de prueba?</translation>
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation>¿Desactivar el modo de prueba?</translation>
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation>En modo de prueba las compras son gratuitas: los clientes obtienen productos sin pagar y no se mueve dinero a través del proveedor de pagos. Úselo mientras prueba el proceso de pago, nunca en una tienda abierta al público.</translation>
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation>A partir de ahora, las compras cobrarán dinero real a través del proveedor de pagos. Asegúrese de que sus productos y precios están listos antes de que los vean los clientes.</translation>
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation>Activar el modo de prueba</translation>
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation>Desactivar el modo de prueba</translation>
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation>Modo de prueba — las compras son gratuitas y no se mueve dinero</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation>Desactivar el modo de prueba…</translation>
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation>Permitir que las compras cobren dinero real a través del proveedor de pagos</translation>
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation>Modo real — las compras cobran dinero real</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation>Activar el modo de prueba…</translation>
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation>Hacer que las compras sean gratuitas mientras prueba: no se mueve dinero</translation>
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation>Se está guardando otro cambio en los ajustes de pagos. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>Aún no hay temas.</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation>No se pudieron cargar los temas.</translation>
    </message>
    <message>
        <source>Use for this project</source>
        <translation>Usar para este proyecto</translation>
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation>Envolver los correos del proyecto en el tema seleccionado salvo que elijan otro</translation>
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation>“%1” es ahora el tema del proyecto.</translation>
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation>No se cambió el tema del proyecto.</translation>
    </message>
    <message>
        <source>Project's theme</source>
        <translation>Tema del proyecto</translation>
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation>El tema está vacío.</translation>
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation>El tema seleccionado ya es el tema del proyecto</translation>
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation>Convirtiendo “%1” en el tema del proyecto…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>Mensajes nuevos ↓</translation>
    </message>
    <message>
        <source>Conversation messages</source>
        <translation>Mensajes de la conversación</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>Desplazarse a los mensajes nuevos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation>Solo los mensajes mostrados están en el texto: Seleccionar todo y Copiar toman esos.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation>Seleccione una transacción para ver sus entradas.</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>Copiar el ID de transacción</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efectiva</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>Ajustada por</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation>Modo de prueba: no se movió dinero real</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>No money moved</source>
        <translation>No se movió dinero</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>Sin ajustar</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1 (entrada #%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>Entradas (%1)</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>Mostrar los artículos y productos de este cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>inline product</source>
        <translation>producto directo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1 (%2 cada uno)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>Compra única</translation>
    </message>
    <message>
        <source>, entry #%1</source>
        <translation>, entrada #%1</translation>
    </message>
    <message>
        <source>Adjusts</source>
        <translation>Ajusta</translation>
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation>Entrada #%1 tal como la envió el servidor</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Tipo de transacción</translation>
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation>Mostrar un tipo de transacción (filtrado por el servidor)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation>Mostrar las transacciones de un tipo de cliente</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Custom customers</source>
        <translation>Clientes personalizados</translation>
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation>Volver a cargar las transacciones (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation>Transacciones &amp;cargadas…</translation>
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation>&amp;Todas las transacciones que coinciden con los filtros…</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation>Transacciones &amp;cargadas (%1)…</translation>
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation>Guardar las transacciones como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation>Copiar &amp;ID de transacción</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation>La transacción %1 no está entre las transacciones cargadas (puede que los filtros la oculten).</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>Cargando transacciones…</translation>
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation>%1 transacciones cargadas, cargando más…</translation>
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation>%1 transacciones cargadas; desplácese hacia abajo para ver más</translation>
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation>Las %1 transacciones que coinciden</translation>
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation>Las %1 transacciones</translation>
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation>%1 transacciones cargadas; existen más pero no se cargaron. Restrinja los filtros o exporte todas a un archivo.</translation>
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation>%1 transacciones cargadas; no se pudieron cargar más</translation>
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar las transacciones. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation>Aún no hay transacciones. Aquí aparecen las compras, renovaciones, cambios de cantidad de artículos y reembolsos.</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>Ninguna transacción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation>Seleccione una compra para reembolsarla</translation>
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation>Devolver (parte de) lo que cobró la compra seleccionada y revocar el producto</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>Exportar transacciones a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation>Exportando transacciones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transacciones</translation>
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation>Exportando transacciones… %1 escritas</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation>%1 transacciones exportadas a %2.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>La exportación falló; no se escribió ningún archivo. %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation>Añadir dominio de confianza</translation>
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation>Editar dominio de confianza</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation>Ruta del &amp;controlador:</translation>
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation>Las redirecciones de inicio de sesión solo pueden ir a dominios de confianza. Use * para una parte de un nombre de host (https://*.example.com) y ** para cualquier número de partes.</translation>
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation>Introduzca la URL base del dominio, p. ej., https://example.com.</translation>
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation>La URL base puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation>La URL base empieza por https:// (o http:// para desarrollo local).</translation>
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation>No es una URL base válida: use un nombre de host con comodines * opcionales, p. ej., https://*.example.com.</translation>
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation>La ruta del controlador empieza por /, p. ej., /handler.</translation>
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation>La ruta del controlador puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation>La ruta del controlador no puede contener espacios.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation>Escriba %1 exactamente para activar este botón.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation>&amp;Mirar en la Bandeja de salida</translation>
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation>He comprobado la Bandeja de salida: estos correos &amp;no se pusieron en cola. Enviarlos de nuevo.</translation>
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation>Leer los correos más recientes de un destinatario en la Bandeja de salida y buscar el de este borrador</translation>
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation>No llegó la respuesta al envío a las %1: puede que los correos ya estén en cola, y el servidor no detecta un segundo envío. Mire en la Bandeja de salida antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation>Mirando en la Bandeja de salida…</translation>
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation>No se pudo leer la Bandeja de salida (%1). Mire en la pestaña Bandeja de salida de la página Correos.</translation>
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation>La Bandeja de salida tiene el correo de este borrador, creado a las %1: los correos se pusieron en cola. Volver a enviar los enviaría dos veces.</translation>
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation>La Bandeja de salida no tiene ningún correo de este borrador desde %1 para el primer destinatario. Un envío grande puede seguir poniéndose en cola: vuelva a mirar dentro de un minuto antes de volver a enviar.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>&amp;Editar usuario…</translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation>&amp;Restringir…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation>Quitar la autenticación de &amp;dos factores…</translation>
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation>&amp;Suplantar…</translation>
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation>Enviar correo de restablecimiento de &amp;contraseña…</translation>
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation>Enviar in&amp;vitación de inicio de sesión…</translation>
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation>Añadir a un &amp;equipo…</translation>
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation>&amp;Conceder permiso de proyecto…</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>Copiar &amp;ID de usuario</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>Copiar &amp;correo</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>E&amp;xportar usuarios…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>Crear un usuario (%1)</translation>
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation>Exportar a CSV o JSON los usuarios que coinciden con la búsqueda y los filtros (%1)</translation>
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation>Levantar &amp;restricción…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>&amp;Eliminar %n usuario…</numerusform>
            <numerusform>&amp;Eliminar %n usuarios…</numerusform>
        </translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>Este usuario no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation>No se quitó la autenticación de dos factores.</translation>
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation>Enviar corr&amp;eo…</translation>
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation>Enviar un borrador necesita acceso de administrador: conéctese con una clave de administrador o una cuenta del panel.</translation>
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation>Enviar uno de los borradores de correo del proyecto a los usuarios seleccionados</translation>
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation>Iniciar conversación de so&amp;porte…</translation>
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation>Con&amp;versaciones de soporte…</translation>
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation>Escribir a este usuario en una nueva conversación de soporte</translation>
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation>Mostrar las conversaciones de soporte de este usuario</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation>Quitar la autenticación de dos factores</translation>
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation>¿Quitar la autenticación de dos factores de %1?</translation>
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation>Entonces podrá iniciar sesión solo con su contraseña y podrá volver a configurar una aplicación de autenticación. Hágalo solo después de comprobar quién lo solicita.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation>Seleccione un usuario para ver sus detalles.</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Última actividad %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>Nunca activo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation>Canales de contacto: las direcciones de correo del usuario</translation>
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation>Cuentas vinculadas con proveedores OAuth</translation>
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation>Equipos y permisos de proyecto</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Detalles del usuario</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation>Las claves de API propias del usuario</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation>Otro usuario ya inicia sesión con esta dirección de correo. Elija otra dirección o desactive “Se usa para iniciar sesión” para añadirla igualmente a este usuario.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation>Conceder…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>Permisos de proyecto</translation>
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation>Permisos de proyecto del usuario</translation>
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation>Dar al usuario un permiso de proyecto</translation>
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation>Aquí los permisos se conceden escribiendo su id.</translation>
    </message>
    <message>
        <source>No project permissions.</source>
        <translation>Sin permisos de proyecto.</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>Cargando permisos…</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar los permisos. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation>El proyecto aún no define permisos: créelos en la página Permisos</translation>
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation>El usuario ya tiene todos los permisos que define el proyecto</translation>
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation>Este permiso es heredado: revoque el permiso que lo contiene</translation>
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation>Quitar al usuario el permiso seleccionado</translation>
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation>Id del permiso (por ejemplo “read_reports”):</translation>
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation>Permiso que conceder a %1:</translation>
    </message>
    <message>
        <source>Grant permission</source>
        <translation>Conceder permiso</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>Concediendo %1…</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 concedido.</translation>
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation>No se pudo conceder %1.</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>Revocar permiso</translation>
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation>¿Quitar %1 a %2?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Revocando %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 revocada.</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>No se pudo revocar %1.</translation>
    </message>
    <message>
        <source>Team permissions</source>
        <translation>Permisos de equipo</translation>
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation>Permisos de equipo del miembro</translation>
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation>Dar al miembro un permiso en este equipo</translation>
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation>Sin permisos en este equipo.</translation>
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation>El proyecto aún no define permisos de equipo: créelos en la página Permisos</translation>
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation>El miembro ya tiene todos los permisos de equipo que define el proyecto</translation>
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation>Quitar al miembro el permiso seleccionado en este equipo</translation>
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation>Id del permiso de equipo (por ejemplo “team_admin” o “$read_members”):</translation>
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation>Permiso que conceder a %1 en este equipo:</translation>
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation>¿Quitar %1 a %2 en este equipo?</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation>Busque usuarios por nombre, correo o ID de usuario y marque los que quiera.</translation>
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation>Incluir usuarios &amp;anónimos</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>Elegir %n usuario</numerusform>
            <numerusform>Elegir %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose users</source>
        <translation>Elegir usuarios</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Buscar por nombre, correo o ID de usuario</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation>Los usuarios anónimos se ocultan salvo que los pida</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>Usuarios encontrados</translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation>Desmarcar a todos</translation>
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation>Terminar con los usuarios elegidos (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation>Aún no se ha elegido a nadie: marque los usuarios que quiera.</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>Elegidos (%1): %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>%n usuario mostrado · cargando más…</numerusform>
            <numerusform>%n usuarios mostrados · cargando más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>%n usuario mostrado · desplácese hacia abajo para ver más</numerusform>
            <numerusform>%n usuarios mostrados · desplácese hacia abajo para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation>Este proyecto aún no tiene usuarios.</translation>
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation>Ningún usuario coincide con “%1”. La búsqueda mira nombres, correos e ID de usuario exactos.</translation>
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation>La búsqueda falló; el motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Elija un usuario</translation>
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation>Busque el usuario por nombre, correo o ID de usuario y márquelo.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation>Abrir equipo</translation>
    </message>
    <message>
        <source>Remove from team…</source>
        <translation>Quitar del equipo…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Teams of the user</source>
        <translation>Equipos del usuario</translation>
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation>Mostrar el equipo seleccionado en la página Equipos</translation>
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation>Sacar al usuario del equipo seleccionado</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>No es miembro de ningún equipo.</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Cargando equipos…</translation>
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation>No se pudieron cargar los equipos. El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation>¿Quitar a %1 de %2? Perderá los permisos del equipo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation>Quitando de %1…</translation>
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation>Quitado de %1.</translation>
    </message>
    <message>
        <source>Removing from %1 failed.</source>
        <translation>No se pudo quitar de %1.</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>Solo anónimos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>Reload users</source>
        <translation>Recargar usuarios</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>Buscar por nombre, correo o ID de usuario</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation>Registros más recientes primero</translation>
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation>Registros más antiguos primero</translation>
    </message>
    <message>
        <source>Recently active first</source>
        <translation>Actividad más reciente primero</translation>
    </message>
    <message>
        <source>Least recently active first</source>
        <translation>Actividad menos reciente primero</translation>
    </message>
    <message>
        <source>Order of users</source>
        <translation>Orden de los usuarios</translation>
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation>Mostrar también los usuarios restringidos (correo sin verificar o restringidos por un administrador)</translation>
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation>Mostrar también los usuarios anónimos (y los restringidos)</translation>
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation>Mostrar solo usuarios anónimos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation>La lista cambió en el servidor mientras se desplazaba; se volvió a cargar desde el principio.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation>%1 usuarios mostrados · cargando más…</translation>
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation>%1 usuarios mostrados · desplácese hacia abajo para ver más</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation>%1 usuarios mostrados · no se pudo cargar</translation>
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation>Aún no hay usuarios que coincidan con estos filtros.</translation>
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>Ningún usuario coincide con “%1”.
La búsqueda mira nombres, correos e ID de usuario exactos.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation>Qué se puede hacer con los usuarios seleccionados (también con el botón derecho)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>%n fila seleccionada aún sin cargar — desplácese hasta ella para incluirla</numerusform>
            <numerusform>%n filas seleccionadas aún sin cargar — desplácese hasta ellas para incluirlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersTableHeader</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation>Consola de escritorio para proyectos de Hexclave (Stack Auth): usuarios, equipos, permisos, claves, pagos, correos, soporte y configuración.</translation>
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation>Iniciar un servidor de demostración integrado con datos de ejemplo e iniciar sesión en él.</translation>
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation>Número de usuarios de ejemplo del servidor de demostración (predeterminado: 120).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Abrir esta página: %1.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation>Guardar una imagen de la ventana cuando se hayan cargado los primeros datos de la página y luego salir.</translation>
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation>Mostrar los tiempos de inicio y el número de solicitudes (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation>--demo-users necesita un número entre 0 y 5000000.</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>Página desconocida "%1". Páginas: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation>Argumento inesperado "%1" (las opciones empiezan por --).</translation>
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation>--demo-users solo se aplica junto con --demo.</translation>
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation>El servidor de demostración no tiene almacén de analítica: el resumen muestra lo que puede calcular a partir de los usuarios.</translation>
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation>Abrir este hexclave.config.ts para editarlo sin conexión (no se necesita conexión; ofrece crearlo si no existe).</translation>
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation>--demo-no-metrics solo se aplica junto con --demo.</translation>
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation>Idioma de la interfaz para esta ejecución: %1.</translation>
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation>Apariencia clara u oscura para esta ejecución: %1.</translation>
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation>Idioma desconocido "%1". Idiomas: %2.</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation>Esquema de color desconocido "%1". Esquemas de color: %2.</translation>
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation>Proporción de respuestas del servidor de demostración (de 0 a 1) que fallan a propósito una vez iniciada la sesión: respuestas lentas, límites de frecuencia, errores del servidor, conexiones cortadas, cuerpos dañados.</translation>
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation>--demo-faults necesita un número entre 0 y 1, p. ej., 0.2.</translation>
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation>--demo-faults solo se aplica junto con --demo.</translation>
    </message>
</context>
</TS>
