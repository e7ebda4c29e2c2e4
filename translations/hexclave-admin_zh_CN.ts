<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>您已退出登录。请重新登录以继续。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
        <translation>项目密钥无法发出此请求：需要控制台账户。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation>无法连接到服务器：%1。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation>请重试；如果问题持续出现，服务器可能过载。</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation>安全连接被拒绝：%1。服务器证书不受信任。</translation>
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation>服务器返回了此应用无法理解的内容（%1）。</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>您的会话已过期。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>请重新登录以继续。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation>服务器正在限制请求。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation>服务器正在限制请求。请稍后重试。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>服务器发生内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation>请求失败，HTTP %1。</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation>请检查该密钥是否属于此项目且未被吊销。</translation>
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation>请在项目的 API 密钥页面创建新密钥。</translation>
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation>请检查电子邮件地址和密码。</translation>
    </message>
    <message>
        <source>Check the project id.</source>
        <translation>请检查项目 ID。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
        <translation>服务器响应之前连接已关闭，因此更改可能已应用，也可能未应用。请先重新加载进行检查，然后再重试。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation>登录链接在确认之前已过期。请重新开始。</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation>此登录链接已被使用。请重新开始。</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
        <translation>服务器对登录返回了此应用无法识别的状态。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation>支持会话需以个人身份回复：请使用控制台账户（浏览器或电子邮件登录）连接后使用。</translation>
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation>概览需要项目的指标数据，只有管理员权限才能读取。请使用管理员密钥或控制台账户连接。</translation>
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation>服务器密钥可以授予和撤销权限，但无法查看或编辑权限定义。如需这些操作，请使用管理员密钥或控制台账户。</translation>
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation>服务器密钥可以管理用户和团队的 API 密钥，但不能管理项目自身的密钥。如需这些操作，请使用管理员密钥或控制台账户。</translation>
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation>服务器密钥可以读取和更改客户的条目，但不能管理产品、账本或退款。如需这些操作，请使用管理员密钥或控制台账户。</translation>
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation>服务器密钥可以发送电子邮件和读取发件箱，但不能编辑草稿、模板或主题。如需这些操作，请使用管理员密钥或控制台账户。</translation>
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation>项目配置需要管理员权限。请使用管理员密钥或控制台账户连接。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>它是自签名证书，没有任何证书颁发机构为其担保</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>它已于 %1 过期</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>它在 %1 之前无效</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation>它是为 %1 颁发的，而不是为此地址颁发的</translation>
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation>它由“%1”颁发，而此计算机不信任该颁发者</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation>与 %1 的安全连接被拒绝，因为其证书不受信任：%2。未发送任何内容。如果这是您自己的服务器，请先将证书的 SHA-256 指纹与服务器运维人员提供的指纹进行比对，然后再信任它。</translation>
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation>它未指明任何服务器，因此不适用于此地址</translation>
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation>您为 %1 信任的证书已于 %2 过期，因此连接被拒绝，未发送任何内容。请让服务器运维人员为证书续期，然后信任新证书。</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation>%1 的证书在您信任之后已更改（新的 SHA-256 指纹为 %2）。连接被拒绝，未发送任何内容。请与服务器运维人员确认；如果此更改在预期之中，请重新登录以信任新证书。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation>与 %1 的安全连接被拒绝，因为其证书无效：%2。未发送任何内容。请让服务器运维人员修复该证书。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation>该文件必须导出一个普通的 `config` 对象：export const config = { … };</translation>
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation>不支持的配置表达式：函数调用</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation>不支持的配置表达式：模板字面量</translation>
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation>不支持的配置表达式：属性访问</translation>
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation>不支持的配置表达式：不能使用 %1 等运算符；请直接写出值本身。</translation>
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation>配置嵌套过深（超过 %1 层）。</translation>
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation>文件意外结束：缺少一个值。</translation>
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation>不支持的配置表达式：负号只能用在数字前面。</translation>
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation>不支持的配置表达式：函数</translation>
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation>不支持的配置表达式：逗号运算符</translation>
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation>文件意外结束：缺少 `)`。</translation>
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation>此处应为 `)`。</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation>不支持的配置表达式：模板字面量（请使用 "双" 引号或 '单' 引号）</translation>
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation>不支持的配置表达式：正则表达式</translation>
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation>不支持的配置表达式：标识符</translation>
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation>不支持的配置表达式：`new`</translation>
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation>不支持的配置表达式：%1</translation>
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation>%1 只接受配置对象作为唯一参数。</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation>不支持的配置表达式：变量 `%1`（只能使用字面量值）</translation>
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation>配置数组不能包含空位或展开语法。</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation>意外的字符 `%1`：此处应为一个值。</translation>
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation>文件意外结束：从 %1 开始的对象未用 `}` 闭合。</translation>
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation>配置对象不能包含展开语法。</translation>
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation>配置对象的键不能是计算属性。</translation>
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation>配置对象不能包含方法。</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation>意外的字符 `%1`：此处应为键或 `}`。</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation>不支持的配置表达式：变量 `%1`（请写成 `%1: value`）</translation>
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation>文件意外结束：键后缺少 `:` 和值。</translation>
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation>键 "%1" 后应为 `:`。</translation>
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation>`__proto__` 不能用作键。</translation>
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation>此处应为 `,` 或 `}`。</translation>
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation>键 "%1" 在 "%2" 内设置值，但 "%2" 在此处不是对象。</translation>
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation>文件意外结束：从 %1 开始的数组未用 `]` 闭合。</translation>
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation>此处应为 `,` 或 `]`。</translation>
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation>`config` 导出之后只能有注释和 `export default config;`。</translation>
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation>`config` 的类型之后应为 `=`。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation>注释未结束：此 /* 注释从未用 */ 闭合。</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>字符串中的转义序列无效。</translation>
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation>字符串未结束：缺少右引号。</translation>
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation>字符串未结束：字符串不能跨行（请使用 \n）。</translation>
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation>字符串中不能使用八进制转义序列。</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>无效的数字。</translation>
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation>数字不能以 0 开头后跟更多数字（不允许八进制字面量）。</translation>
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation>配置中不能使用 BigInt 数字。</translation>
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation>文件意外结束：此括号从未闭合。</translation>
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation>模板字面量未结束。</translation>
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation>文件意外结束：缺少类型。</translation>
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation>此处应为类型。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation>%1 "%2" 不是 UUID；此处的 ID 形如 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation>%1 "%2" 只能包含小写字母、数字、下划线 (_) 和冒号 (:)。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation>%1 "%2" 只能包含小写字母、数字、下划线 (_) 和冒号 (:)，系统权限可在开头加一个 $。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation>%1 "%2" 只能包含小写字母、数字、下划线 (_) 和连字符 (-)。</translation>
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation>"%1" 只能在项目级别设置。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation>"%1" 是环境设置：只能在环境级别设置，不能在分支配置或 hexclave.config.ts 文件中设置。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation>"%1" 在当前服务器上是环境设置，当前服务器会在分支配置中拒绝它；只有旧版服务器在此处接受它。请在环境级别设置。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation>"%1" 是环境设置：当前服务器会在分支配置中忽略它。请在环境级别设置。</translation>
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation>"%1" 不能在项目级别设置；请在分支或环境级别设置。</translation>
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation>"%1" 不是已知的配置部分。已知部分：%2。</translation>
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation>产品 "%1" 指定了产品线 "%2"，但此配置未定义该产品线。</translation>
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation>产品 "%1" 的客户类型为 "%2"，但其产品线 "%3" 的客户类型为 "%4"。</translation>
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation>"%1" 必须是类似 [1, "month"] 的时间间隔：一个整数加上 day、week、month、year 之一。</translation>
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation>"%1" 的时间间隔为 0；当前服务器要求至少为 1。</translation>
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation>"%1" 必须是以 true 为值列出 ID 的对象，例如 { "id": true }。</translation>
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation>"%1" 必须为 true；请移除不应包含的 ID。</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation>"%1" 必须为 true 或 false，而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation>"%1" 必须是带引号的文本，而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation>"%1" 过长：最多允许 %2 个字符。</translation>
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation>"%1" 必须是数字，而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation>"%1" 必须是大于或等于 0 的整数，而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation>"%1" 必须是 %2 之一，而不是 %3。</translation>
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation>"%1" 必须是 UUID（例如 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac），而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation>"%1" 必须是电子邮件主题的 UUID，或为 false 表示不使用主题，而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation>"%1" 必须是带引号的金额，例如 "9.99"（而不是以分为单位的数字），而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation>"%1" 应为十进制金额，例如 "9.99" 或 "1000"。</translation>
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation>当前服务器已不再支持 "include-by-default"；请改用明确的 0 价格。</translation>
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation>"%1" 必须是每个 ID 对应一项的对象（{ … }），而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation>"%1" 不是此版本 Hexclave Admin 已知的应用。服务器会接受它；请检查拼写。</translation>
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation>"%1" 必须是对象（{ … }），而不是 %2。</translation>
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation>"%1" 不是已知的设置。"%2" 中允许：%3。</translation>
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation>"%1" 不是 "%2" 中已知的设置。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation>%1 "%2" 过长：最多允许 63 个字符。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation>%1 "%2" 只能包含字母、数字、下划线 (_) 和连字符 (-)，且不能以连字符开头。</translation>
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation>%1 不能为 "%2"：__proto__、constructor 和 prototype 是保留字。</translation>
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation>Apple 软件包 ID</translation>
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation>OAuth 提供商 ID</translation>
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation>注册规则 ID</translation>
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation>受信任域名 ID</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>权限 ID</translation>
    </message>
    <message>
        <source>Email theme id</source>
        <translation>电子邮件主题 ID</translation>
    </message>
    <message>
        <source>Email template id</source>
        <translation>电子邮件模板 ID</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>价格 ID</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>条目 ID</translation>
    </message>
    <message>
        <source>Product line id</source>
        <translation>产品线 ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>数据库 ID</translation>
    </message>
    <message>
        <source>Data Vault store id</source>
        <translation>Data Vault 存储 ID</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%2 上的 %1（%3）</translation>
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation>Hexclave 云</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation>"%1" 不是有效地址。请使用类似 https://auth.example.com/api/v1 的形式。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation>地址必须以 https://（本地服务器可用 http://）开头。</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation>请为 %1 使用 https://：若使用普通 http，您的密钥和会话将以未加密方式传输。（本机或本地网络中的服务器可使用 http://。）</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation>您已使用另一个账户登录：等待上一个账户的操作未执行。</translation>
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation>您已退出登录：等待重新登录的操作未执行。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
    <message>
        <source>Dashboard account</source>
        <translation>控制台账户</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>服务器密钥</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>没有可用的系统钥匙串（%1）。Hexclave Admin 只将机密信息保存在系统钥匙串中：请启动或安装一个（例如 GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>系统钥匙串拒绝访问（%1）。请将其解锁后重试。</translation>
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation>此系统的钥匙串不支持该操作（%1）。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation>系统钥匙串出错：%1。请确保它正在运行且已解锁。</translation>
    </message>
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation>或者重新登录：没有钥匙串时，您只会在退出应用之前保持登录状态。</translation>
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation>登录时无法将凭据保存在系统钥匙串中，因此您现已退出登录。请重新登录；若要在重新启动后保持登录状态，请确保系统钥匙串正在运行且已解锁。</translation>
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation>在系统钥匙串中找不到已保存的凭据：钥匙串可能已锁定，或该条目已被移除。请解锁钥匙串后重试，或重新登录。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation>客户端元数据不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation>客户端只读元数据不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
        <translation>服务器元数据不是有效的 JSON。</translation>
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
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>演示项目</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>限制 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>解除 %n 个用户的限制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>将 %n 个用户添加到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>向 %n 个用户授予 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation>已经是成员。</translation>
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation>已经被删除。</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation>响应已丢失，但服务器显示操作已完成。</translation>
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation>无法确定是否已完成：查询也失败了（%1）。请先检查此用户再重试。</translation>
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation>服务器显示操作未完成。未重新发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n 个未尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>未尝试</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation>在轮到此用户之前已停止。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>custom customers</source>
        <translation>自定义客户</translation>
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation>“%1”已被一个无法读取的记录占用。</translation>
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation>默认包含的产品是免费的：请移除其价格。</translation>
    </message>
    <message>
        <source>Price id: %1</source>
        <translation>价格 ID：%1</translation>
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation>有两个价格的 ID 都是“%1”。</translation>
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation>价格至少需要一种货币的金额。</translation>
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation>请选择要包含的条目。</translation>
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation>条目“%1”被包含了两次。</translation>
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation>不存在条目“%1”。</translation>
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation>条目“%1”适用于%2，而此产品适用于%3。</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>请输入 ID。</translation>
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation>ID 不能以“-”开头。</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation>只能使用字母、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation>“%1”是保留字；请选择其他 ID。</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 不是受支持的货币。</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>请输入以 %1 计的金额。</translation>
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation>请将 %1 金额写成数字，例如 9.99。</translation>
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation>%1 金额不能为负数。</translation>
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation>请去掉 %1 金额开头的零。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>%1 金额没有小数。</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>%1 金额最多有 %2 位小数。</translation>
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation>%1 金额过大。</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>请选择天、周、月或年。</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>数量必须至少为 1。</translation>
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation>另一个产品的 ID 已是“%1”。</translation>
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation>不存在产品线“%1”。</translation>
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation>产品线“%1”适用于%2，而此产品适用于%3。</translation>
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation>产品不能作为其自身的附加产品。</translation>
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation>不存在可附加的产品“%1”。</translation>
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation>另一个条目的 ID 已是“%1”。</translation>
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation>另一个产品线的 ID 已是“%1”。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CommandPaletteModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation>无法搜索用户：%1</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>无法加载团队：%1</translation>
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation>没有与 "%1" 匹配的内容</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 不是 UTF-8 文本文件。</translation>
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation>%1 不是此应用可读取的配置文件：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>磁盘已满或文件过大</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation>自在此处打开后，%1 已在磁盘上被其他程序更改。</translation>
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation>请选择新文件的保存位置。</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>无法保留未保存的更改以供恢复：%1</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>无法读取未保存的更改：%1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation>无法记住拉取的配置：%1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation>%1（已更改）</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation>项目覆盖</translation>
    </message>
    <message>
        <source>Branch override</source>
        <translation>分支覆盖</translation>
    </message>
    <message>
        <source>Environment override</source>
        <translation>环境覆盖</translation>
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation>服务器已接受更改，但配置中 %1 仍显示为其他值。可能有其他配置级别覆盖了它们。</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>与服务器的连接已关闭。请重新连接后重试。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation>项目的分支配置中包含按环境保存的设置；这些设置未写入文件：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>与服务器的连接已关闭。请重新连接后重试。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation>此配置无法在此处更改。</translation>
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation>请选择要更改的键。</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation>“%1”不是 JSON 值。请写入双引号中的文本、数字、true、false、null、对象 {…} 或数组 […]。</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>请输入键。</translation>
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation>键不能包含点；请逐个添加父级键。</translation>
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation>只能向对象添加键。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>设置于</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ContactChannelsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>Not the primary email</source>
        <translation>非主电子邮件</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>用于登录</translation>
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation>不用于登录</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation>需要支持</translation>
    </message>
    <message>
        <source>Waiting on user</source>
        <translation>等待用户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Started by support</source>
        <translation>由支持人员发起</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation>内部备注 · 仅您的团队可见</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationsModel</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>未读：%1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation>过去一小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>过去一天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>过去一周</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>过去一个月</translation>
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
        <translation>每秒 %1 封电子邮件（每小时 %2 封）</translation>
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation>已启用 ×%1 加速</translation>
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation>已启用 ×%1 加速，直到 %2</translation>
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation>已减速至正常速率的 %1 %：最近有太多电子邮件被退回或被标记为垃圾邮件。</translation>
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation>以正常速率的 %1 % 运行（惩罚系数由服务器设置）。</translation>
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>已发送的 %n 封中被退回的电子邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>已发送的 %n 封中被标记为垃圾邮件的电子邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>被标记为垃圾邮件</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>退信率</translation>
    </message>
    <message>
        <source>Spam rate</source>
        <translation>垃圾邮件率</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation>自动保存的文本需要一个键。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法移除 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation>无法将文件夹 %1 限制为仅其所有者可访问。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation>已跳过损坏的自动保存文件 %1。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation>已在此处编辑，尚未保存</translation>
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation>已在此处编辑，尚未保存 · %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation>“%1”有尚未保存的更改（保存或放弃之前保留在此计算机上）</translation>
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation>此设置在服务器上按环境保存，不属于 hexclave.config.ts；请在项目的“配置”页面中设置。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Edit configuration</source>
        <translation>编辑配置</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation>项目中没有此 ID 的条目</translation>
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation>适用于其他类型客户的条目</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>服务器无响应</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>条目 ID：%1</translation>
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation>正在重新读取余额…</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>正在读取余额…</translation>
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation>未找到该客户；请参阅上方的消息</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>此列表的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation>%1（配置 %2）</translation>
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation>用户可以使用此账户登录</translation>
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation>用户无法使用此账户登录</translation>
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation>应用可以使用此账户的访问令牌（关联账户）</translation>
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation>应用无法使用此账户的访问令牌</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>关联账户</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>正在渲染</translation>
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation>无法渲染</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>投递延迟</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>已点击</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>被标记为垃圾邮件</translation>
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation>已被管理员暂停：恢复之前不会发送。</translation>
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation>等待渲染。</translation>
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation>正在渲染其模板。</translation>
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation>无法渲染其模板；将不会发送。</translation>
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation>已渲染，等待计划的时间。</translation>
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation>等待空闲的发送位置。</translation>
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation>正在移交给电子邮件服务器。</translation>
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation>电子邮件服务器拒绝接收或接收失败。</translation>
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation>有意未发送。</translation>
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation>收件人的服务器将其退回。</translation>
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation>收件人的服务器尚未接受；将会重试。</translation>
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation>已移交给电子邮件服务器。</translation>
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation>已投递并被收件人打开。</translation>
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation>已投递，且其中的链接被点击。</translation>
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation>已投递，但收件人将其标记为垃圾邮件。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation>已被管理员取消</translation>
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation>用户已退订此类电子邮件</translation>
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation>用户没有主电子邮件地址</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（无收件人）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>（未渲染）</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>采用此计算机的时区（%1）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>计划发送时间</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation>公开密钥可以展示给他人（例如在浏览器中）；它不是机密</translation>
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation>私密密钥：只应由其所有者的服务器持有</translation>
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation>只能再次读取最后四个字符；完整密钥仅在创建时显示过一次</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>此密钥不会过期</translation>
    </message>
    <message>
        <source>The key works</source>
        <translation>密钥有效</translation>
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation>已于 %1 吊销：密钥已失效</translation>
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation>已于 %1 过期：密钥已失效</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>此列表的连接已关闭。</translation>
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation>（未命名产品）</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <source>Renews %1</source>
        <translation>%1 续订</translation>
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation>内联提供的产品，不属于产品目录</translation>
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation>产品 ID：%1</translation>
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation>每个计费周期自动续订，直到被取消</translation>
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation>一次性购买或授予；不会续订</translation>
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation>服务器未说明当前周期何时结束</translation>
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation>已取消：将于 %1 结束</translation>
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation>当前周期于 %1 结束，之后续订</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Renews / ends</source>
        <translation>续订 / 结束</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>此列表的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation>（未定义）</translation>
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation>直接或间接包含：%1</translation>
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation>系统权限：内置于服务器中，只读。</translation>
    </message>
    <message>
        <source>Contained in %1</source>
        <translation>包含于 %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation>客户端密钥 …%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation>密钥创建后只能再次读取其最后四个字符。</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>不会过期</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation>这组密钥有效</translation>
    </message>
    <message>
        <source>Server key …%1</source>
        <translation>服务器密钥 …%1</translation>
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation>管理员密钥 …%1</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation>客户端密钥 …%1，服务器密钥 …%2</translation>
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation>客户端密钥 …%1，管理员密钥 …%2</translation>
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation>服务器密钥 …%1，管理员密钥 …%2</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation>客户端密钥 …%1，服务器密钥 …%2，管理员密钥 …%3</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
        <translation>此服务器没有项目级配置。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation>%1
项目 ID：%2</translation>
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation>%1 — 尚无项目</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — 正在连接…</translation>
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation>%1 — 需要登录</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — 不可用</translation>
    </message>
</context>
<context>
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>（无电子邮件）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>与服务器的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>服务器响应中没有</translation>
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation>已接受（无电子邮件地址：将被跳过）</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>（无电子邮件地址）</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation>此用户没有主电子邮件地址；服务器将跳过该用户。</translation>
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation>服务器响应中未列出此用户：没有为其排队任何电子邮件。</translation>
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation>已排队。是否已投递请在“发件箱”中查看。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>通行密钥</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>电子邮件验证码</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SlaUrgency</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1 后到期</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>%1 后到期</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation>电子邮件中的链接已失效：请撤销此邀请并发送新邀请</translation>
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation>电子邮件中的链接在 %1 之前有效</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀请时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>此列表的连接已关闭。</translation>
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation>行显示在屏幕上时计数</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>正在统计成员…</translation>
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation>无法统计成员：%1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>超过 %n 名成员（计数到此为止）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n 名成员，包括匿名和受限成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>团队 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation>%1 关闭了会话</translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation>%1 重新打开了会话</translation>
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation>%1 将会话设为等待用户</translation>
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation>%1 更改了状态</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 将状态设为 %2</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation>无法加载一页交易记录：%1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>此列表的连接已关闭。</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>采用此计算机的时区（%1）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation>生效时间 %1
创建时间 %2</translation>
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation>在测试模式下进行：没有真实资金流动</translation>
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation>已由 %1 调整</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation>订阅取消</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>订阅续订</translation>
    </message>
    <message>
        <source>Item quantity change</source>
        <translation>条目数量变更</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>产品变更</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>资金转账</translation>
    </message>
    <message>
        <source>Product grant</source>
        <translation>产品授予</translation>
    </message>
    <message>
        <source>Product revocation</source>
        <translation>产品撤销</translation>
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation>产品撤销冲正</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Inline product</source>
        <translation>内联产品</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation>只有购买才能退款；这是%1。</translation>
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation>测试模式下的购买不可退款：没有收取任何费用。</translation>
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation>此购买已退款。</translation>
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation>此购买没有价格（产品为免费授予）：没有可退款的金额。</translation>
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation>此购买未指明要退款的订阅或一次性购买。</translation>
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
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>电子邮件已验证</translation>
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation>用于登录的电子邮件</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>所选团队</translation>
    </message>
    <message>
        <source>Selected team ID</source>
        <translation>所选团队 ID</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>头像 URL</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>注册时间 (UTC)</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>最后活跃 (UTC)</translation>
    </message>
    <message>
        <source>Has password</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation>一次性验证码登录</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>通行密钥登录</translation>
    </message>
    <message>
        <source>Signs in with email</source>
        <translation>使用电子邮件登录</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>需要双重验证</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>客户端元数据</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>客户端只读元数据</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>服务器元数据</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Why restricted</source>
        <translation>受限原因</translation>
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation>已被管理员限制</translation>
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation>限制原因（公开）</translation>
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation>限制详情（私密）</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Risk scores</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth 提供商</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>继承自 %1</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation>直接授予此用户；可在此处撤销</translation>
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation>包含在授予该用户的某个权限中；撤销该权限即可移除</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation>在此团队中直接授予此成员；可在此处撤销</translation>
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation>包含在该成员在此团队中被授予的某个权限中；撤销该权限即可移除</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation>模拟登录</translation>
    </message>
    <message>
        <source>This app's session</source>
        <translation>此应用的会话</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation>创建后从未使用</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · 时区 %2</translation>
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation>由管理员创建，用于以此用户身份操作</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation>%1（已选）</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation>在“团队”页面中打开 %1 · 用户所选的团队</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation>在“团队”页面中打开 %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>团队 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>导出在 %n 个用户后停止：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation>服务器发送了一页无法读取的用户数据：%1</translation>
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation>未写入任何文件。请检查连接后重新导出。</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation>未保存任何内容。请选择其他文件夹或释放一些磁盘空间，然后重新导出。</translation>
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation>未保存任何内容。请重新导出；如果问题持续出现，服务器可能比此应用更新。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>响应不是 JSON。</translation>
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation>无法读取该页的游标。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>电子邮件验证码</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>通行密钥</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>受限：%1</translation>
    </message>
    <message>
        <source>Anonymous user</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>电子邮件已验证</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>身份验证方式</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>无电子邮件</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>电子邮件未验证</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation>用户可以创建 API 密钥(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation>团队可以创建 API 密钥(&amp;E)</translation>
    </message>
    <message>
        <source>User and team API keys</source>
        <translation>用户和团队 API 密钥</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation>已登录用户可以创建代表其自身的密钥（配置 apiKeys.enabled.user）</translation>
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation>拥有 $manage_api_keys 权限的团队成员可以创建代表团队的密钥（配置 apiKeys.enabled.team）</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation>允许您应用的用户和团队创建自己的 API 密钥。现有密钥仍会列在各个用户和团队的页面上。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation>正在读取配置；请稍后重试。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>正在读取项目配置…</translation>
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation>设置可能未更改。</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>设置未更改。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>已安装的应用</translation>
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation>勾选的应用已安装在项目中；其页面和功能已在控制台和 SDK 中启用。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Fraud protection</source>
        <translation>欺诈防护</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新用户引导</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation>权限 (RBAC)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Email API</source>
        <translation>电子邮件 API</translation>
    </message>
    <message>
        <source>Data vault</source>
        <translation>数据保险库</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>电视模式</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>上线检查清单</translation>
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
        <translation>Clerk 集成</translation>
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation>Better Auth 集成</translation>
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation>WorkOS 集成</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Click maps</source>
        <translation>点击热图</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>会话回放</translation>
    </message>
    <message>
        <source>CLI authentication</source>
        <translation>CLI 身份验证</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation>工作流（alpha）</translation>
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation>%1（此控制台不认识的应用）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation>更改处理此会话的人员</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1（我）</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>将此会话分配给自己</translation>
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation>将此会话分配给 %1</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>分配给我（%1）</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>取消分配</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>限制 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>解除 %n 个用户的限制</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>将 %n 个用户添加到团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>向 %n 个用户授予项目权限</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>这些用户将被永久删除，连同属于他们的一切：会话（他们将在所有地方退出登录）、联系渠道、关联的 OAuth 账户、通行密钥、团队成员身份、权限和 API 密钥。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>输入用户数量以确认</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如需确认，请输入用户数量 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation>受限用户在管理员解除限制之前无法使用您的应用。公开原因可能会显示给用户；私密详情仅供管理员查看。两者均为可选。</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公开原因</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>例如：您的账户正在审核中。</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>私密详情</translation>
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation>限制这些用户的原因，供其他管理员查看</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>公开原因(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>私密详情(&amp;R)：</translation>
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation>管理员设置的限制及其原因将被解除；用户可以再次使用您的应用。因其他原因（未验证的电子邮件、匿名账户）而受限的用户仍会因该原因受限。</translation>
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation>用户将成为团队成员，并获得团队的默认成员权限。已是成员的用户保持不变。</translation>
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation>将直接向用户授予该权限及其包含的所有权限。已拥有该权限的用户将保留它。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation>正在加载权限…</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>此项目还没有团队。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation>此项目没有项目权限。请先定义一个（权限）。</translation>
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation>输入 %1 以启用此按钮。</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>请选择团队。</translation>
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation>请选择权限。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation>显示所有用户，而不仅是有问题的用户(&amp;A)</translation>
    </message>
    <message>
        <source>Results by user</source>
        <translation>按用户列出的结果</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation>不再发送更多请求；正在进行的请求会完成并报告结果。</translation>
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation>复制失败项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation>重试这些(&amp;T)</translation>
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation>对失败或未处理到的用户再次执行该操作。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>已完成 %1 / %2，目前有 %n 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>已完成 %1 / %2。</translation>
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation>正在停止… 正在进行的请求会先完成。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Every user is done.</source>
        <translation>所有用户均已处理。</translation>
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation>失败的用户连同原因列于下方。对于响应丢失的情况，已向服务器查询实际结果，而不是重新发送请求。</translation>
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation>在处理到所有用户之前已停止。</translation>
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>已被管理员限制：%n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>仅限制其他 %n 个用户；已受限的用户保留其原因</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>限制全部 %n 个用户；已受限的用户将改用这些原因</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>改为解除 %n 个受限用户的限制</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>新建产品线</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>编辑条目“%1”</translation>
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation>编辑产品线“%1”</translation>
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation>条目是客户持有一定数量的东西：点数、席位、API 调用次数。产品包含条目。</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation>一个客户在一个产品线中最多拥有一个产品，例如 Free、Pro 和 Enterprise 套餐。</translation>
    </message>
    <message>
        <source>e.g. credits</source>
        <translation>例如 credits</translation>
    </message>
    <message>
        <source>e.g. plans</source>
        <translation>例如 plans</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>The id when empty</source>
        <translation>为空时使用 ID</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation>哪种客户持有此条目</translation>
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation>哪种客户拥有此产品线的产品</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>客户类型(&amp;C)：</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>字母、数字、“_”和“-”；之后无法更改。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>检查更改</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>保存将把 %n 项更改写入项目配置：</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>请先修复以下问题：</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>新产品 %1</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>新条目 %1</translation>
    </message>
    <message>
        <source>New product line %1</source>
        <translation>新产品线 %1</translation>
    </message>
    <message>
        <source>Changed product %1</source>
        <translation>已更改产品 %1</translation>
    </message>
    <message>
        <source>Changed item %1</source>
        <translation>已更改条目 %1</translation>
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation>已更改产品线 %1</translation>
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation>已删除产品 %1</translation>
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation>已删除条目 %1</translation>
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation>已删除产品线 %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Free (included by default)</source>
        <translation>免费（默认包含）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation>购买结束时</translation>
    </message>
    <message>
        <source>When granted again</source>
        <translation>再次授予时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CertificateTrustPanel</name>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation>%1 当前出示的证书</translation>
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation>%1 出示的证书</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>为 %1 信任此证书…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>要信任此证书吗？</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>要为 %1 信任此证书吗？</translation>
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation>之后，Hexclave Admin 将接受 %1 的这一个证书，尽管没有任何证书颁发机构为其担保。仅当服务器运维人员已确认其 SHA-256 指纹为以下值时才执行此操作：</translation>
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation>它将替换您之前为此服务器信任的证书。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation>这仅适用于此连接，且仅适用于此服务器（%1）。如果服务器证书更改或过期，连接将再次被拒绝。要移除信任，请退出登录，或选择“文件 › 重新登录…”并点击“停止信任”。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation>允许余额低于零(&amp;A)</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation>要增加的数量（正数）或减少的数量（负数）</translation>
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation>可选：原因，显示在交易列表中</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation>如果不勾选，服务器会拒绝导致余额低于零的更改</translation>
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation>更改余额(&amp;C)</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>当前余额：</translation>
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation>变更量 (±)(&amp;H)：</translation>
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation>增加的数量过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation>增加或减少 %2 持有的 %1 余额。此更改会记录在交易列表中。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation>请输入要增加的数量（正数）或减少的数量（负数）。</translation>
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation>将余额变更 %1。当前余额未知，因此结果也未知。</translation>
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation>这将使余额变为 %1，低于零。除非勾选“允许余额低于零”，否则服务器会拒绝。</translation>
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation>更改后的余额：%1（当前 %2，%3）。</translation>
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation>正在更改余额…</translation>
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation>%1 持有的 %2 不足以减少 %3：余额将低于零。请减少更少的数量，或勾选“允许余额低于零”以仍然进行更改。</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>余额未更改。</translation>
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>条目 %1 已不在项目配置中；它可能已在“产品和条目”中被移除。</translation>
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation>更改可能已应用，也可能未应用；当前余额为 %1。再次更改之前请先检查。</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation>更改可能已应用，也可能未应用，且无法重新读取余额。再次更改之前请先检查（重新加载）。</translation>
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation>没有明确的响应：正在重新读取余额…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation>检查团队 API 密钥</translation>
    </message>
    <message>
        <source>Check a user API key</source>
        <translation>检查用户 API 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>在此处粘贴密钥</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>检查此项目的团队 API 密钥是否有效以及它属于谁。密钥仅发送到服务器进行检查，不会存储在任何地方。</translation>
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>检查此项目的用户 API 密钥是否有效以及它属于谁。密钥仅发送到服务器进行检查，不会存储在任何地方。</translation>
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation>请粘贴要检查的密钥。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation>有效：这是 %2 的密钥 %1，且可以使用。</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation>有效，但不是 %1 的密钥：%2 属于另一个团队（ID %3）。</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation>有效，但不是 %1 的密钥：%2 属于另一个用户（ID %3）。</translation>
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation>已吊销：此密钥已被吊销，不再有效。</translation>
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation>已过期：此密钥不再有效。</translation>
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation>未找到：此项目中没有具有此值的团队 API 密钥。</translation>
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation>未找到：此项目中没有具有此值的用户 API 密钥。</translation>
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation>这是用户 API 密钥，而不是团队 API 密钥：请在该用户的 API 密钥中检查。</translation>
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation>这是团队 API 密钥，而不是用户 API 密钥：请在该团队的 API 密钥中检查。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>源代码</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation>转到页面、项目、用户或团队，或运行命令…</translation>
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation>搜索页面、项目、用户、团队和命令</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation>不会有任何更改：配置已是这些值。</translation>
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation>在写入之前检查对 %1 的更改。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>更改后</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1（%n 项更改）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>仅显示更改</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>已更改的设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation>仅显示更改的行及其周围几行</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>以 JSON 编辑(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>添加键(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration level</source>
        <translation>配置级别</translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation>按键或值筛选</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation>向所选对象（或顶层）添加键</translation>
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation>移除所选键（Del）</translation>
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation>应用到文件(&amp;A)</translation>
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation>检查更改并将其应用到文件（Ctrl+S）；保存文件以保留更改</translation>
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation>检查更改并写入（Ctrl+S）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation>渲染后（只读）</translation>
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation>在您于此处编辑时，文件已发生变化（撤消操作或在其他标签页中编辑）。您的编辑已保留；“应用”会将其与文件的新内容进行对比显示。“重新加载”会放弃这些编辑。</translation>
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 已更改：在您于此处编辑时，某个设置标签页进行了保存。您的编辑已保留；“保存”会将其与新副本进行对比显示。“重新加载”会放弃这些编辑并显示新副本。</translation>
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>在您编辑时，服务器上的 %1 已更改。您的编辑已保留；“保存”会将其与新副本进行对比显示。“重新加载”会放弃这些编辑并显示新副本。</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>已应用到文件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation>配置未应用；您的编辑已保留。</translation>
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation>配置未保存；您的编辑已保留。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation>问题检查针对各覆盖级别，而不是渲染后的配置。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n 个问题 — 双击某个问题可选中其键：</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>隐藏(&amp;I)</translation>
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation>未应用到文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation>无法应用到文件</translation>
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation>这些设置在服务器上按环境保存，不能写入 hexclave.config.ts：%1。请在此处移除它们，改为在项目的“配置”页面中设置。</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>仍然保存有问题的配置？</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>此配置中的 %n 个问题可能会导致服务器拒绝它。仍要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>应用到 %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation>正在读取或写入配置；请稍后重试。</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation>无需保存：配置已是这些值。</translation>
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation>配置拒绝了这些值；请参阅下方列出的问题。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>筛选配置</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation>拉取到文件…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>与文件比较…</translation>
    </message>
    <message>
        <source>Push file…</source>
        <translation>推送文件…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation>将项目的分支配置保存为 hexclave.config.ts</translation>
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation>并排显示 hexclave.config.ts 与项目的差异</translation>
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation>将 hexclave.config.ts 设为项目的分支配置（先显示更改）</translation>
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation>项目的分支配置可以保存在代码旁边的 hexclave.config.ts 中。按环境保存的设置（OAuth 客户端机密、受信任域名、电子邮件服务器）保留在服务器上。</translation>
    </message>
    <message>
        <source>Pull to file</source>
        <translation>拉取到文件</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>选择配置文件</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>正在读取项目配置…</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>读取项目的配置</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation>分支配置已保存到 %1。</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation>分支配置已保存到 %1，但之后推送时将无法得知项目在此期间是否有更改。</translation>
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation>%1 与项目的分支配置相同。</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation>左侧：项目的分支配置。右侧：%1。</translation>
    </message>
    <message>
        <source>Branch configuration</source>
        <translation>分支配置</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation>Hexclave 配置 (*.config.ts);;TypeScript 文件 (*.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>更改文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤消：%1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation>从项目拉取(&amp;U)…</translation>
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation>用项目的分支配置替换此文件的配置</translation>
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation>与项目比较(&amp;C)…</translation>
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation>并排显示此文件与项目分支配置的差异</translation>
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation>推送到项目(&amp;U)…</translation>
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation>将此文件设为项目的分支配置（先显示更改）</translation>
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation>%1[*] — Hexclave Admin</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation>问题 — 错误：%1，警告：%2。修复错误之前将拒绝推送。</translation>
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation>问题 — 警告：%1</translation>
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation>%1 已在另一个窗口中打开；请在那里编辑。</translation>
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation>此文件中是 "show-onboarding" 而不是配置。在您更改某项设置之前会保持这样；之后将保存为对象。</translation>
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation>%1 有来自 %2 的更改从未保存（应用可能意外关闭）。</translation>
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation>此后文件已在磁盘上更改；恢复将替换那些更改（可以撤消）。</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation>来自 %1 的一个新配置文件从未保存（应用可能意外关闭）。要在此处恢复吗？</translation>
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation>共有 %1 个这样的文件；其他文件将在您下次新建文件时提供恢复。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation>%1 要用您的版本覆盖它，还是重新加载它（您未保存的更改将丢失）？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation>配置文件另存为</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未应用的更改</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation>部分设置已更改但尚未应用到文件。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>关闭 %1 之前要保存更改吗？</translation>
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation>正在进行拉取、比较或推送；请在完成后再关闭窗口。</translation>
    </message>
    <message>
        <source>Pull from project</source>
        <translation>从项目拉取</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>从 %1 拉取</translation>
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation>要用 %2 的分支配置替换 %1 中的配置吗？可以撤消。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation>已拉取 %1 的分支配置。请保存以将其保留在文件中。</translation>
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation>文件中已是 %1 的分支配置。</translation>
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation>拉取配置</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>与项目比较</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>读取项目的配置</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 的比较</translation>
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation>%1（分支配置）</translation>
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation>文件与项目的分支配置相同。</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation>左侧：项目当前的分支配置。右侧：此文件（含未保存的编辑）。</translation>
    </message>
    <message>
        <source>Push to project</source>
        <translation>推送到项目</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation>正在读取配置…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>专家(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>项目(&amp;R)</translation>
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation>重新读取配置（F5）</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>重新加载配置</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPushFlow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file was not pushed; the server would refuse it:
%1</source>
        <translation>文件未推送；服务器会拒绝它：
%1</translation>
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation>%1 已推送到 %2。</translation>
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation>%1 已是此配置。</translation>
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation>%1 的分支配置</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>将 %1 推送到 %2</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation>自您将项目配置拉取到 %1 以来，项目配置已发生更改。推送将用文件替换这些更改。

仍要推送吗？</translation>
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation>%1 不是在此计算机上从 %2 拉取的，因此无法得知项目此后的更改。推送将用文件替换项目的分支配置。

仍要推送吗？</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>推送到 %1</translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>仍然推送</translation>
    </message>
    <message>
        <source>Push the configuration</source>
        <translation>推送配置</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation>显示更改，然后将其应用到文件（保存文件以保留更改）</translation>
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation>显示更改，然后将其写入配置</translation>
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation>放弃此部分的编辑</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation>无需保存：配置已是如此。</translation>
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation>将 %1 设置应用到文件</translation>
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation>保存 %1 设置</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation>未保存任何内容：正在读取或写入配置。请稍后重试。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation>未保存任何内容：配置拒绝了这些值，或已是这些值。</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>已应用到文件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation>更改已发送，但回读时未显示该更改。</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>设置未保存。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation>OAuth 提供商(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>域名(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation>团队和用户(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;pps</source>
        <translation>应用(&amp;P)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>显示或隐藏您输入的内容</translation>
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation>Hexclave 云 (api.hexclave.com)</translation>
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation>自托管服务器</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation>连接到 Hexclave 服务器</translation>
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation>您在 %1 的会话已结束。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation>Hexclave Admin 可与 Hexclave 云和自托管服务器配合使用。您的密钥和会话保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation>电子邮件和密码</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理员密钥</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>服务器密钥</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>API 根 URL</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>控制台 URL</translation>
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation>内部项目的可公开客户端密钥</translation>
    </message>
    <message>
        <source>API root:</source>
        <translation>API 根：</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>控制台 URL：</translation>
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation>内部可公开密钥：</translation>
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation>只有使用控制台账户登录时才需要控制台 URL 和内部项目的可公开密钥；您的服务器运维人员知道它们。</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>使用浏览器登录</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>重新打开页面</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation>浏览器登录已停止。</translation>
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation>在网页浏览器中打开 Hexclave 控制台。像往常一样在那里登录并点击“Authorize”；此窗口会自动继续。</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation>您的 Hexclave 控制台账户的电子邮件和密码。</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>超级私密管理员密钥</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>私密服务器密钥</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation>项目的超级私密管理员密钥可完全访问该项目，与控制台相同。请在项目的 API 密钥中创建。</translation>
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation>私密服务器密钥可以管理用户、团队和权限授予，但不能管理项目配置。它无法使用的页面将显示为灰色。</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>项目 ID：</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理员密钥：</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>服务器密钥：</translation>
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation>请输入内部项目的可公开客户端密钥（以 pck_ 开头）。</translation>
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation>浏览器登录需要服务器控制台的地址。%1</translation>
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation>请输入您的控制台账户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation>项目 ID 是一个 UUID，例如 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063（可在项目设置中找到）。</translation>
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation>超级私密管理员密钥以 sak_ 开头。请检查是否复制了正确的密钥。</translation>
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation>私密服务器密钥以 ssk_ 开头。请检查是否复制了正确的密钥。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>正在检查密钥…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>无法打开浏览器。请复制链接并自行打开。</translation>
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation>正在等待您在浏览器中点击“Authorize”…</translation>
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation>已登录。正在加载您的项目…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>正在联系服务器…</translation>
    </message>
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation>此连接在设置时未提供控制台地址：请使用电子邮件和密码登录。</translation>
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation>%1 处没有 Hexclave API 响应。请检查地址：API 根以 /api/v1 结尾，例如 https://api.hexclave.com/api/v1。
(%2)</translation>
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation>此连接信任您为 %1 接受的证书（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>停止信任</translation>
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation>%1 的证书已不再受信任。</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation>您已登录到 %1。可以在此处重新登录。</translation>
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation>要停止信任此证书吗？</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation>要停止信任 %1 的证书吗？</translation>
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation>之后将拒绝与此服务器（%1）的连接，直到您再次为其信任证书。此操作立即生效。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation>添加联系渠道</translation>
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation>为 %1 添加电子邮件地址。</translation>
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation>编辑联系渠道</translation>
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation>%1 的用途。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>用于登录</translation>
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation>用户可以使用此地址登录（密码、一次性验证码或魔术链接）。一个地址只能供一个用户用于登录。</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation>作为用户电子邮件显示的地址；其他主地址将不再是主地址。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation>将地址标记为已验证，而不发送验证邮件。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Send verification…</source>
        <translation>发送验证…</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>联系渠道</translation>
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation>为此用户添加电子邮件地址</translation>
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation>更改所选地址是否为主地址、是否用于登录或是否已验证</translation>
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation>从此用户中移除所选地址</translation>
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation>向所选地址发送验证链接</translation>
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation>没有电子邮件地址。请添加一个，以便联系该用户或供其登录。</translation>
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation>正在加载联系渠道…</translation>
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation>无法加载联系渠道。原因显示在上方。</translation>
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation>所选地址已验证</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation>添加 %1 失败。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation>保存 %1 失败。</translation>
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation>

用户使用此地址登录；除非有其他登录方式，否则将无法再登录。</translation>
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation>删除联系渠道</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>要从 %2 中移除 %1 吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation>删除 %1 失败。</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>发送验证邮件</translation>
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation>“%1”不是网址：未发送任何内容。请提供以 https:// 开头的完整地址。</translation>
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation>正在向 %1 发送验证邮件…</translation>
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation>验证邮件已发送至 %1。</translation>
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation>向 %1 发送验证邮件失败。</translation>
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation>邮件中的链接指向您应用的此页面；它必须位于项目的某个受信任域名上。例如：
%1
此项目会记住该应用地址。</translation>
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
        <translation>无客户</translation>
    </message>
    <message>
        <source>Deleted user</source>
        <translation>已删除的用户</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>回复 %1（%2）</translation>
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
        <translation>未分配</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>最后活动：%1</translation>
    </message>
    <message>
        <source>✎ Draft</source>
        <translation>✎ 草稿</translation>
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation>您在此会话中有未发送的草稿</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation>打开用户页面</translation>
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation>在“用户”页面中显示此用户</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>无用户</translation>
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation>已删除或未知的用户（%1）</translation>
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation>打开 %1 的用户页面</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>打开于 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>打开于 %1</translation>
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation>首次回复已逾期：应于 %1 回复。</translation>
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation>回复已逾期：应于 %1 回复。</translation>
    </message>
    <message>
        <source>First response due %1.</source>
        <translation>首次回复截止 %1。</translation>
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation>下次回复截止 %1。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>正在解决…</translation>
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation>正在将状态更改为“%1”…</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>状态未更改。</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>正在分配…</translation>
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation>会话未分配。</translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>正在取消分配…</translation>
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation>负责人未移除。</translation>
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation>正在更改优先级…</translation>
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation>优先级未更改。</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation>标签未添加。</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>正在移除标签…</translation>
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation>标签未移除。</translation>
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation>其他人同时修改了它；点击“刷新”可查看其当前状态。</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation>它可能已被删除；请刷新会话列表。</translation>
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation>更改可能已经生效；点击“刷新”可查看会话的当前状态。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>无法读取会话。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>选择一个会话以阅读和回复。</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>正在加载会话…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>正在加载会话</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>未找到会话</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation>它可能已在此期间被删除。请从列表中选择其他会话。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation>服务器无响应 — 正在检查是否已送达…</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>无法在此计算机上保存您的草稿：%1</translation>
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>您的回复已送达。服务器的响应丢失了，因此已重新读取会话以确认。</translation>
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>您的备注已送达。服务器的响应丢失了，因此已重新读取会话以确认。</translation>
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation>回复未发送；您的文本已保留。</translation>
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation>备注未添加；您的文本已保留。</translation>
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation>未发送 — 您的文本已保留；要重新发送吗？</translation>
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation>未添加 — 您的文本已保留；要重新添加吗？</translation>
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation>无法确定是否已送达：服务器的响应丢失，且无法重新读取会话。您的文本已保留 — 请在重新发送之前重新加载会话并检查。</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>一个会话</translation>
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation>无法确定您对“%1”的回复是否已送达：服务器的响应丢失了。文本已作为草稿保留在该会话中；重新发送之前请检查该会话。</translation>
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation>无法确定您在“%1”上的备注是否已添加：服务器的响应丢失了。文本已作为草稿保留在该会话中；重新添加之前请检查该会话。</translation>
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation>您对“%1”的回复未发送；文本已作为草稿保留在该会话中。</translation>
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation>您在“%1”上的备注未添加；文本已作为草稿保留在该会话中。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation>私密(&amp;S)：供所有者的服务器和脚本使用；从不向他人显示</translation>
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation>公开(&amp;P)：可被他人看到，例如在浏览器或应用中</translation>
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation>说明密钥的用途：以后将据此识别该密钥。</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>正在创建密钥…</translation>
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation>团队 %1 的新 API 密钥</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>%1 的新 API 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation>密钥的用途，例如“每晚导出”</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation>密钥仅在创建后立即显示一次。之后只能看到其最后四个字符。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation>可公开客户端密钥(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation>私密服务器密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation>超级私密管理员密钥(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation>创建密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Create API keys</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation>使用这些密钥的对象，例如“生产环境 Web 应用”</translation>
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation>pck_…：向客户端应用（浏览器、移动端）标识项目。不是机密，但仅在项目要求时才需要。</translation>
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation>ssk_…：可从您的服务器完全访问用户、团队和数据。请妥善保密。</translation>
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation>sak_…：可访问一切，包括配置和这些密钥。仅供工具和自动化使用；请妥善保密。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation>新密钥仅在创建后立即显示一次。之后只能看到其最后四个字符。</translation>
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation>请描述这些密钥的用途，以便日后知道该吊销哪些。</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>请至少选择一个密钥。</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>正在创建密钥…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation>电子邮件地址已验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>用于登录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation>无密码（用户以其他方式登录）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>用户可以使用此地址登录（使用密码或一次性验证码）。一个地址只能供一个用户用于登录。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation>最多 70 个字符</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>元数据(&amp;M)</translation>
    </message>
    <message>
        <source>Show metadata</source>
        <translation>显示元数据</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>请先输入电子邮件地址。</translation>
    </message>
    <message>
        <source>Hide metadata</source>
        <translation>隐藏元数据</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>这不是电子邮件地址 (name@example.com)。</translation>
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation>请输入密码，或选择“无密码”。</translation>
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation>密码需要配合电子邮件地址才能登录。</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>正在创建用户…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation>选择用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>选择团队(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation>项目的用户和团队，或您自己的以任意 ID 标识的客户</translation>
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation>搜索项目的用户并选择一个（Ctrl+F）</translation>
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation>选择项目的一个团队（Ctrl+F）</translation>
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation>客户 ID，即您自己系统中的名称</translation>
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation>自定义客户 ID</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>显示此客户的条目和产品</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>未选择团队</translation>
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation>团队 ID：%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation>此项目中（已）不存在用户 %1。请选择其他用户。</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation>此项目中（已）不存在团队 %1。请选择其他团队。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation>选择一个客户以查看其条目和产品</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查找(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation>更改数量(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation>授予产品(&amp;G)…</translation>
    </message>
    <message>
        <source>Item balances</source>
        <translation>条目余额</translation>
    </message>
    <message>
        <source>Products owned</source>
        <translation>拥有的产品</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>条目 ID</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation>无法使用此密钥读取产品目录：请输入条目 ID 以查看和更改其余额</translation>
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation>读取客户对所输入条目的余额</translation>
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation>增加或减少所选条目的余额（或双击该条目）</translation>
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation>免费向客户提供产品目录中的一个产品</translation>
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation>重新读取余额和产品</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation>无法使用此密钥读取产品目录。请在上方输入条目 ID 并点击“查找”以查看其余额。</translation>
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation>无法读取项目的条目。原因显示在上方。</translation>
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation>正在读取项目的条目…</translation>
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation>此项目没有适用于%1类客户的条目 — 请在“产品和条目”中添加</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>正在加载产品…</translation>
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation>无法加载产品。原因显示在上方。</translation>
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation>%1 没有任何产品。</translation>
    </message>
    <message>
        <source>Grant product…</source>
        <translation>授予产品…</translation>
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation>请先选择一个条目，然后更改其余额</translation>
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation>此项目没有可授予%1类客户的产品</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>增加了 %1</translation>
    </message>
    <message>
        <source>took away %1</source>
        <translation>减少了 %1</translation>
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation>%2 的 %1 余额已更改：%3。</translation>
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation>已向 %3 授予 %1 × %2。</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>已向 %2 授予 %1。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation>保存默认设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation>团队创建者(&amp;C)</translation>
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation>授予创建团队的用户，作用于该团队。</translation>
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation>团队成员(&amp;M)</translation>
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation>授予加入团队的每个用户，作用于该团队。</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>注册(&amp;S)</translation>
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation>在每个新用户注册时授予。</translation>
    </message>
    <message>
        <source>Default permissions</source>
        <translation>默认权限</translation>
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation>将勾选的权限写入项目配置</translation>
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation>恢复为项目配置中的内容</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation>已保存。从现在起，新团队、成员和用户将获得这些权限。</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>正在读取配置；请稍后再保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation>默认权限可能未保存。</translation>
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation>默认权限未保存。</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>正在读取项目配置…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>未保存的更改。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation>删除项目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation>项目 %1（%2）将被永久删除，连同其中的一切：用户、团队、权限、API 密钥、配置、支付和电子邮件。使用它的应用将停止工作。此操作无法撤消。</translation>
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation>此连接使用的密钥属于该项目，也将失效。</translation>
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如需确认，请输入项目名称 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>此项目没有名称。如需确认，请输入其 ID &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation>输入项目名称以确认</translation>
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation>输入项目 ID 以确认</translation>
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation>正在删除项目…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation>删除团队(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如需确认，请输入团队名称 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>此团队没有名称。如需确认，请输入其 ID &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation>输入团队名称以确认</translation>
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation>输入团队 ID 以确认</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation>团队 %1（%2）将被永久删除。</translation>
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation>它没有成员，因此没有人会失去访问权限。</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>超过 %n 名成员将失去对它的访问权限以及在其中拥有的权限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>其 %n 名成员将失去对它的访问权限以及在其中拥有的权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation>正在统计将失去访问权限的成员…</translation>
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation>每位成员都将失去对它的访问权限以及在其中拥有的权限（无法统计成员数量）。</translation>
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation>其邀请和 API 密钥将失效。用户本身不会被删除。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation>正在删除团队…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation>删除用户(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>%1（%2）将被永久删除，连同属于该用户的一切：会话（将在所有地方退出登录）、联系渠道、关联的 OAuth 账户、通行密钥、团队成员身份、权限和 API 密钥。此操作无法撤消。</translation>
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>如需确认，请输入该用户的电子邮件地址 &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>此用户没有电子邮件地址。如需确认，请输入该用户的 ID &lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation>输入电子邮件地址以确认</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>输入用户 ID 以确认</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>正在删除用户…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation>重新向服务器请求数据（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation>发送能力：</translation>
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation>服务器发送此项目电子邮件的速度。它随上个月发送的电子邮件数量增长，在大量邮件被退回或被标记为垃圾邮件时降低。</translation>
    </message>
    <message>
        <source>Capacity boost</source>
        <translation>发送能力加速</translation>
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation>临时加速会在结束之前成倍提升发送能力。</translation>
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation>发送能力惩罚</translation>
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation>当过去一小时、一天或一周的退信率或垃圾邮件率较高时，服务器会降低发送能力；随着这些邮件移出时间窗口，发送能力会逐渐恢复。</translation>
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation>每个时间窗口内移交给电子邮件服务器的邮件数量；退回和垃圾邮件包含在已发送邮件中。大量退信或垃圾邮件举报会降低发送能力。</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>投递图表</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Delivery figures</source>
        <translation>投递数据</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation>无法加载投递数据。原因显示在上方。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>被标记为垃圾邮件</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation>请输入图片的 http:// 或 https:// 地址，或留空。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation>允许 localhost 回调(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation>添加域名(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Trusted domains</source>
        <translation>受信任域名</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Handler path</source>
        <translation>处理程序路径</translation>
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation>接受重定向到 http://localhost 的登录（用于开发）。</translation>
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation>受信任域名：登录可以重定向到的位置。</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation>添加受信任域名</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation>还没有草稿。草稿是您编写一次并发送给用户的电子邮件。</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>新建草稿…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation>无法加载草稿。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation>为所选草稿取一个新名称（F2）</translation>
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation>将所选草稿发送给项目的用户</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>已于 %1 发送</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>重命名草稿</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation>“%1”未重命名。</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>发送草稿</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation>“%1”有未保存的更改。发送前要保存吗？</translation>
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation>服务器将按其上保存的版本发送草稿。</translation>
    </message>
    <message>
        <source>Save and send…</source>
        <translation>保存并发送…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation>已验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>用于登录(&amp;U)</translation>
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation>设置新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>移除密码(&amp;R)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>No primary email</source>
        <translation>无主电子邮件</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>用户可以使用此地址登录（使用密码或一次性验证码）。一个地址只能供一个用户用于登录。</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>头像 URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation>主电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>头像 URL(&amp;I)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation>保留当前密码(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation>保持无密码(&amp;K)</translation>
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation>用户将无法再使用密码登录。</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>此用户没有密码。</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>请先输入电子邮件地址。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>这不是电子邮件地址 (name@example.com)。</translation>
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation>请输入新密码，或保留当前密码。</translation>
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation>密码需要配合主电子邮件地址才能登录。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation>电子邮件预览</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>邮件主题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>已阻止 %n 张远程图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>已阻止 %n 个远程资源</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation>预览从不从互联网加载任何内容。</translation>
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation>指向 %1 的链接（不会从预览中打开）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation>电子邮件从 Hexclave 的共享服务器发出，发件人为 Hexclave。它会发送内置邮件（登录验证码、密码重置、验证邮件），但无法发送您草稿中的邮件，也不会使用已编辑的模板：两者都需要您自己的服务器。</translation>
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation>通过 SMTP 连接 Resend：将 resend.com 上的 API 密钥粘贴到下方作为密钥；发件人的域名必须已在那里验证。</translation>
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation>Hexclave 的共享服务器</translation>
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation>您自己的 SMTP 服务器</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation>由 Hexclave 管理</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation>Hexclave 为此项目运行此电子邮件服务器。请在网页控制台中更改。</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation>Hexclave 为此项目的域名 %1 运行此电子邮件服务器。请在网页控制台中更改。</translation>
    </message>
    <message>
        <source>Your app</source>
        <translation>您的应用</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation>未更改（已保存在服务器上）</translation>
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation>使用表单中的设置（无论是否已保存）发送一封电子邮件</translation>
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation>选择您自己的 SMTP 服务器或 Resend 以发送测试邮件</translation>
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation>请输入服务器的主机名，例如 smtp.example.com。</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation>请只输入主机名，不含协议、路径或端口。</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation>请输入 1 到 65535 之间的端口（通常为 587，SSL 为 465）。</translation>
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation>请输入服务器登录所用的用户名。</translation>
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation>请粘贴 resend.com 上的 API 密钥。</translation>
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation>请输入服务器登录所用的密码。</translation>
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation>服务器最多保存 70 个字符。</translation>
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation>请输入电子邮件的发件人名称，例如您的应用名称。</translation>
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation>请输入电子邮件的发件地址。</translation>
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation>请输入电子邮件地址，例如 noreply@example.com。</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>服务器：%1 → %2</translation>
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation>主机、用户名、密码和发件人将从配置中移除。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1：%2 已更改</translation>
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation>%1：%2 未更改</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>发件人电子邮件</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation>无需保存：表单显示的就是已保存的内容。</translation>
    </message>
    <message>
        <source>Save the email server</source>
        <translation>保存电子邮件服务器</translation>
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation>要为 %1 的环境保存这些电子邮件服务器设置吗？</translation>
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation>仍在读取配置：请稍后再保存。</translation>
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation>正在保存并回读…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>发送测试邮件(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation>在网页控制台中设置；此处按原样显示。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>发件人名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>发件人电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation>此项目的电子邮件从何处发出。每个环境都有自己的电子邮件服务器；这里显示的是您当前连接的环境的服务器。</translation>
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation>检查更改，然后保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation>已保存并回读：此环境现在使用 %1。</translation>
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation>电子邮件服务器设置未保存。</translation>
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation>电子邮件服务器设置已发送，但回读时未显示这些设置。在依赖它们之前请再次检查。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>放弃更改…</translation>
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation>无法在此计算机上保留您的编辑（%1）。请在关闭前将其保存到服务器。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Create a new %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation>删除所选%1（Del）</translation>
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation>通过服务器渲染电子邮件（Ctrl+R）</translation>
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation>将源代码保存到服务器（Ctrl+S）</translation>
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation>恢复为服务器上保存的版本</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation>在左侧选择一个%1以进行编辑。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>// Loading…</source>
        <translation>// 正在加载…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>正在加载“%1”…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation>“%1”未保存；您的编辑已保留。</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation>服务器上已不存在“%1”（在其他地方被删除？）；您的编辑已保留在此计算机上。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation>要丢弃对“%1”的更改并恢复为服务器上保存的版本吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>正在创建“%1”…</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>“%1”未创建。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>要删除%1“%2”吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation>其未保存的更改也将被丢弃。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation>“%1”已被删除。</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>“%1”未删除。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation>%1的未保存编辑</translation>
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation>要从 %2 恢复“%1”的未保存编辑吗？</translation>
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation>应用在未保存的情况下关闭时，这些编辑已保留在此计算机上。</translation>
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation>此后该%1已在服务器上更改；保存恢复的编辑将替换该版本。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation>已删除%1的未保存编辑</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation>“%1”的未保存编辑，该项已不存在于服务器上。</translation>
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation>它已在其他地方被删除。您可以将编辑保留为新的%1（保存之前不会存储）、将源代码复制到剪贴板，或丢弃这些编辑。</translation>
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation>保留为新的%1</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation>包裹电子邮件的主题：在内容周围带有页眉和页脚的布局</translation>
    </message>
    <message>
        <source>The project's theme</source>
        <translation>项目的主题</translation>
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation>项目的主题（%1）</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation>主题 %1（正在加载…）</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation>已不存在的主题（%1）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation>使用此密钥：可查看下方的发件箱和投递数据。</translation>
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation>无法加载电子邮件主题：无法选择主题。</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>电子邮件服务器</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>复制错误详细信息</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>1 周后</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>30 天后</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>90 天后</translation>
    </message>
    <message>
        <source>In 365 days</source>
        <translation>365 天后</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation>在当天结束时（本地时间）失效</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>将用户导出到</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation>将导出所有匹配的用户，而不仅是列表中已加载的用户。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>CSV，用于电子表格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation>JSON，使用 API 的字段名(&amp;J)</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation>将文件标记为 UTF-8（字节顺序标记），以便 Excel 正确显示所有字符</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation>Excel 会以系统的旧式编码读取没有此标记的 CSV 文件。除非接收该文件的程序拒绝它，否则请保持勾选。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>要导出的列</translation>
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation>API 的字段“%1”</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>要导出到的文件</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation>返回选项(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Anonymous users</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation>匹配“%1”的匿名用户</translation>
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation>所有用户，包括匿名和受限用户</translation>
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation>匹配“%1”的用户，包括匿名和受限用户</translation>
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation>所有用户，包括受限用户</translation>
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation>匹配“%1”的用户，包括受限用户</translation>
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation>除受限和匿名用户外的所有用户</translation>
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation>匹配“%1”的用户，受限和匿名用户除外</translation>
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation>最新注册的优先</translation>
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation>最早注册的优先</translation>
    </message>
    <message>
        <source>most recently active first</source>
        <translation>最近活跃的优先</translation>
    </message>
    <message>
        <source>least recently active first</source>
        <translation>最久未活跃的优先</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%1 / %2 列</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>这是一个文件夹：请添加文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation>已存在同名文件。仅在导出完成后才会替换它。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>正在导出用户…</translation>
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>已写入 %1 个用户，%n 页，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2，来自服务器的 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation>在第一页用户数据到达之前已停止。</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>已导出 %Ln 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation>现有文件保持不变。</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>在 %Ln 个用户后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>在源代码中查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::GrantProductDialog</name>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>每 %1 周</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>每 %1 年</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation>向 %1 授予产品</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation>产品的 ID，与项目配置中的一致</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation>授予产品(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation>产品 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation>免费向 %1 授予该产品：不收取任何费用，授予记录会显示在交易列表中。如果客户已拥有同一产品线中的产品，将被替换：当前订阅结束。</translation>
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation>授予的数量（仅可叠加产品可大于一）</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation>无法使用此密钥读取产品目录：请输入产品 ID。服务器会拒绝它不认识的 ID。</translation>
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation>没有可授予的产品。</translation>
    </message>
    <message>
        <source>How many to grant</source>
        <translation>授予的数量</translation>
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation>此产品不可叠加：一次一个</translation>
    </message>
    <message>
        <source>It has no price.</source>
        <translation>它没有价格。</translation>
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation>订阅，%1续订。</translation>
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation>一次性购买。</translation>
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation>附加产品：%1 必须已拥有 %2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation>它将替换同一产品线“%2”中的 %1。</translation>
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation>属于产品线“%1”。</translation>
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation>%1 已拥有此产品，且该产品不可叠加：服务器将拒绝再次授予。</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>正在授予 %1…</translation>
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation>%1 已拥有 %2。它不可叠加，因此无法再次授予。</translation>
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation>项目中没有 ID 为 %1 的产品。</translation>
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>产品 %1 已不在项目配置中；它可能已在“产品和条目”中被移除。</translation>
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation>%1 面向%2类客户销售，因此无法授予此%3类客户。</translation>
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation>产品未授予。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation>15 分钟(&amp;1)</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 天(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>自定义(&amp;U)：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>复制访问令牌</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>复制刷新令牌</translation>
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation>复制浏览器代码片段</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>创建会话(&amp;C)</translation>
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation>模拟 %1 登录</translation>
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation>创建一个会话，让您以 %1 的身份操作，以便像该用户一样查看您的应用。使用此会话进行的一切操作都将以该用户身份进行。该会话会在其会话列表中被标记为模拟登录，并在您选择的时间后自动结束。</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>自定义有效期</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>自定义有效期的单位</translation>
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation>会话有效期：</translation>
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation>浏览器控制台代码片段</translation>
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation>要以此用户身份使用您的 Web 应用：在浏览器中打开应用，在其页面上打开开发者控制台，粘贴以下内容并按 Enter。它会将会话存储到 Hexclave (Stack Auth) JavaScript SDK 查找的位置，然后重新加载页面。请使用隐私窗口，以免影响您自己的会话。</translation>
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation>对于 API 调用：以客户端访问方式在 x-stack-access-token 标头中发送访问令牌（x-stack-access-type: client 以及您的项目 ID）。它仅在几分钟内有效；可使用 POST /auth/sessions/current/refresh 并在 x-stack-refresh-token 标头中提供刷新令牌来获取新令牌。</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>刷新令牌(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>访问令牌(&amp;A)：</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>正在创建会话…</translation>
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation>已为 %1 创建模拟登录会话。它将在 %2 后（%3）结束。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>最多 %n 天：服务器不允许更长的会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation>这些令牌不会保存在任何地方：请立即复制所需内容，关闭此窗口时它们将被清除，一分钟后也会从剪贴板中清除。任何持有它们的人都可以在会话结束之前以此用户身份操作；可在该用户的会话中提前撤销。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation>客户正在等待回复的会话</translation>
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation>支持人员已回复、等待客户的会话</translation>
    </message>
    <message>
        <source>Closed conversations</source>
        <translation>已关闭的会话</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>所有会话</translation>
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation>搜索主题、最新消息、客户…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索会话</translation>
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation>由服务器在主题、最新消息以及客户的姓名和电子邮件中搜索（Ctrl+F；Esc 清除）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation>仅显示此优先级的会话</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation>仅显示已分配给某人、分配给您或未分配的会话</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation>仅显示带有此标签的会话</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation>仅显示已超过响应时间 (SLA) 的会话</translation>
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation>移除客户筛选</translation>
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation>重新显示所有客户的会话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>Load more conversations</source>
        <translation>加载更多会话</translation>
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation>服务器上还有更多会话：加载后续会话</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>我（%1）</translation>
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation>尚不知道您的身份</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 个会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>正在加载会话…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>无法加载会话。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation>没有符合筛选条件的会话。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>没有与“%1”匹配的会话。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation>此处没有与该客户的会话。</translation>
    </message>
    <message>
        <source>Show every customer</source>
        <translation>显示所有客户</translation>
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation>没有未结会话 — 目前没有需要支持的内容。</translation>
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation>没有等待用户的会话。</translation>
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation>还没有已解决的会话。</translation>
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation>还没有支持会话。</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>客户(&amp;U)…</translation>
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation>显示某个客户的会话</translation>
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation>选择一个用户并仅显示其会话</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>邀请加入 %1</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调 URL</translation>
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>您应用中供收件人接受邀请的页面，通过邮件中的链接打开。它必须位于项目的某个受信任域名上。此项目会记住它。</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>发送邀请(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>回调 URL(&amp;C)：</translation>
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation>邀请在有限时间内有效；在被接受之前，它会列在团队的待处理邀请中。</translation>
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation>请输入要发送邀请的地址。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation>请输入接受邀请页面的地址，例如 %1。</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>请输入完整的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>正在发送邀请…</translation>
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation>服务器拒绝了此地址：其域名不是项目的受信任域名。请在项目设置中添加该域名，或使用受信任域名上的地址。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonEditor</name>
    <message>
        <source>Empty (null)</source>
        <translation>空 (null)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation>添加顶层键</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>向 %1 添加键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation>JSON 格式的值：双引号中的文本、数字、true、false、对象 {…} 或列表 […]。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation>%1 的值（JSON 格式）。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <translation>项目</translation>
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation>所有连接的所有项目（Ctrl+P）</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主菜单</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation>连接到其他服务器或账户</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation>退出当前连接的登录并清除其凭据</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation>欢迎使用 Hexclave Admin</translation>
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation>连接到 Hexclave 云或您自己的服务器，以管理用户、团队、权限、密钥、支付、电子邮件和支持会话。</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>No project to show</source>
        <translation>没有可显示的项目</translation>
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation>正在登录并列出您的项目。</translation>
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation>您的连接中还没有项目。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>项目 ID：%1</translation>
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation>要退出 %1 的登录吗？

该连接将被移除，其凭据将从钥匙串中删除。</translation>
    </message>
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation>已登录到 %1，但无法保存凭据：%2 重新启动应用后您需要重新登录。</translation>
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation>重新列出所有连接的项目，并重试失败的连接（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>登录到 %1…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation>%1 有尚未保存的更改。要放弃这些更改吗？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation>无法打开该用户的页面：该用户已不存在。</translation>
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation>无法打开该用户的页面。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1，%n 个未读会话</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation>(%1) Hexclave Admin</translation>
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation>创建一个归您的控制台账户所有的项目</translation>
    </message>
    <message>
        <source>Open config file…</source>
        <translation>打开配置文件…</translation>
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation>离线编辑项目的 hexclave.config.ts（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation>%1 不存在。要在那里创建新的配置文件吗？</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation>项目需使用控制台账户创建：请先使用控制台账户连接</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>重新加载项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation>打开配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation>项目切换器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation>通过输入转到页面、项目、用户或团队（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation>关于 Hexclave Admin(&amp;A)</translation>
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation>关于 Hexclave Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;Hexclave (Stack Auth) 项目的桌面控制台：用户、团队、权限、密钥、支付、电子邮件、支持和配置。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>重新登录(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
        <translation>重新登录当前连接，或更改其信任的证书</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation>此版本的 Hexclave Admin 尚未实现此区域。在此之前，请使用网页控制台处理%1。</translation>
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation>使用此凭据无法使用%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation>用户自己的应用可读写（客户端访问），例如偏好设置。</translation>
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation>用户的应用可读，只有服务器或管理员访问才能写入，例如套餐。</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation>只有服务器或管理员访问才能读写；从不发送到用户的应用。</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>客户端元数据</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>客户端只读元数据</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>服务器元数据</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>转到错误</translation>
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation>转到 %1 中的错误</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation>团队成员可在您的应用中读取（客户端访问），有权更新团队的成员可写入。</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation>团队成员可在您的应用中读取，只有服务器或管理员访问才能写入，例如套餐。</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation>只有服务器或管理员访问才能读写；从不发送到您的应用。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>New support conversation</source>
        <translation>新建支持会话</translation>
    </message>
    <message>
        <source>Choose the user</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>会话的主题</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>第一条消息</translation>
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation>发给用户的第一条消息，以您的身份发送</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>开始会话(&amp;S)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation>会话以您的消息开始；用户会在应用的支持聊天中看到它，并可在那里回复。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation>请选择要联系的用户。</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>请输入主题。</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>请撰写第一条消息。</translation>
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation>正在开始会话…</translation>
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation>项目中（已）不存在此用户：可能已被删除。请选择其他用户。</translation>
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation>会话未开始：您的控制台账户不管理此项目。</translation>
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation>会话未开始。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>创建项目(&amp;C)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation>必填，例如 My Shop</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>所有者团队</translation>
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation>您账户中拥有该项目的团队：其成员也可以管理该项目。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>所有者团队(&amp;T)：</translation>
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation>新项目创建时为空，处于开发模式，使用密码登录，并拥有自己的密钥。您将使用此账户管理它。</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>正在加载您的团队…</translation>
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation>无法读取您的团队</translation>
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation>无法读取您账户的团队。</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>无团队</translation>
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation>您的账户不属于任何团队，而项目需要一个所有者团队。请先在控制台中创建团队。</translation>
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation>请输入名称：项目需要名称。</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>正在创建项目…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation>用户可以使用它登录(&amp;S)</translation>
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation>用户可以关联账户（代其访问其 API）(&amp;C)</translation>
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation>使用共享开发密钥(&amp;D)</translation>
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation>添加 OAuth 提供商</translation>
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation>编辑 OAuth 提供商 %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>客户端 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端机密(&amp;E)：</translation>
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation>Facebook 配置 ID：</translation>
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation>Microsoft 租户 ID：</translation>
    </message>
    <message>
        <source>Apple team id:</source>
        <translation>Apple 团队 ID：</translation>
    </message>
    <message>
        <source>Apple key id:</source>
        <translation>Apple 密钥 ID：</translation>
    </message>
    <message>
        <source>Apple private key:</source>
        <translation>Apple 私钥：</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>显示机密(&amp;H)</translation>
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation>使用共享开发密钥时不使用</translation>
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation>请为提供商指定 ID。</translation>
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation>ID 为 %1 的提供商已存在。</translation>
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation>自有密钥需要客户端 ID 和客户端机密</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth 提供商</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>添加提供商(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>关联账户</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation>用户可用于登录或关联的提供商。登录和关联账户是项目设置；密钥（共享开发密钥，或您自己 OAuth 应用的客户端 ID 和机密）按环境保存。</translation>
    </message>
    <message>
        <source>Shared development keys</source>
        <translation>共享开发密钥</translation>
    </message>
    <message>
        <source>Own keys</source>
        <translation>自有密钥</translation>
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation>无法在此处设置客户端 ID 和机密：%1</translation>
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation>添加 OAuth 提供商</translation>
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation>移除 OAuth 提供商</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth 账户</translation>
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation>解除所选账户与此用户的关联</translation>
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation>没有 OAuth 账户：此用户尚未使用 Google、GitHub 或其他提供商登录。</translation>
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation>正在加载 OAuth 账户…</translation>
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation>无法加载 OAuth 账户。原因显示在上方。</translation>
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation>正在允许使用 %1 登录…</translation>
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation>正在关闭使用 %1 登录…</translation>
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation>用户可以使用 %1 登录。</translation>
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation>用户无法再使用 %1 登录。</translation>
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation>正在允许将 %1 用作关联账户…</translation>
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation>正在停止将 %1 用作关联账户…</translation>
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation>%1 可用作关联账户。</translation>
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation>%1 不再用作关联账户。</translation>
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation>更改 %1 账户失败。</translation>
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation>移除 OAuth 账户</translation>
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation>要解除 %1 账户 %2 与 %3 的关联吗？如果这是其唯一的登录方式，该用户将无法再登录。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation>正在移除 %1 账户…</translation>
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation>已移除 %1 账户 %2。</translation>
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation>移除 %1 账户失败。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxDetailPane</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select an email to see what happened to it.</source>
        <translation>选择一封电子邮件以查看其状态。</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Email as JSON</source>
        <translation>电子邮件 JSON</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>出错原因</translation>
    </message>
    <message>
        <source>Email ID</source>
        <translation>电子邮件 ID</translation>
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation>复制电子邮件 ID</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>计划发送时间</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失败的尝试</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>纯文本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation>（尚无主题：未渲染）</translation>
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation>（无主题：从未渲染）</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>自 %2 起%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>无法渲染模板：%1</translation>
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation>电子邮件服务器出错：%1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未发送：%1。</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>尽快</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>已重试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>下次尝试 %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation>电子邮件服务器返回“%1”</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation>从草稿发送</translation>
    </message>
    <message>
        <source>Sent through the API</source>
        <translation>通过 API 发送</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>事务性</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>高优先级</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation>无法渲染此电子邮件</translation>
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation>此电子邮件没有 HTML 正文</translation>
    </message>
    <message>
        <source>See its plain text.</source>
        <translation>请查看其纯文本。</translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>尚未渲染。</translation>
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation>此电子邮件从未渲染。</translation>
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation>（无纯文本正文）</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1（用户 %2）</translation>
    </message>
    <message>
        <source>at their primary email address</source>
        <translation>发送到其主电子邮件地址</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>（无收件人）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation>此电子邮件正在发送或已发送；无法再更改。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>重新计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation>取消电子邮件(&amp;C)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Status group</source>
        <translation>状态分组</translation>
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation>显示进行中、已投递或失败的电子邮件（由服务器筛选）</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>所有电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation>显示处于某一确切状态的电子邮件</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation>仅显示发给此用户的电子邮件（按 Enter）</translation>
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation>重新加载发件箱（F5）</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation>复制电子邮件 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation>使用当前筛选条件重新加载发件箱（F5）</translation>
    </message>
    <message>
        <source>Send this email again now</source>
        <translation>立即重新发送此电子邮件</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation>正在加载发件箱…</translation>
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation>已加载 %1 封电子邮件，正在加载更多…</translation>
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation>已加载 %1 封电子邮件；向下滚动以查看更多</translation>
    </message>
    <message>
        <source>All %1 emails</source>
        <translation>全部 %1 封电子邮件</translation>
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation>全部 %1 封匹配的电子邮件</translation>
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation>已加载 %1 封电子邮件；加载更多失败</translation>
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation>无法加载发件箱。原因显示在上方。</translation>
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation>还没有电子邮件。项目发送的每封电子邮件（注册验证、密码重置、从此处发送的邮件）都会显示在这里。</translation>
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation>没有符合这些筛选条件的电子邮件。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Select an email first</source>
        <translation>请先选择一封电子邮件</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation>正在等待服务器响应上一次更改</translation>
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation>允许再次发送此电子邮件</translation>
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation>暂缓此电子邮件，直到恢复</translation>
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation>选择此电子邮件的发送时间</translation>
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation>完全不发送此电子邮件</translation>
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation>电子邮件未恢复。</translation>
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation>电子邮件未暂停。</translation>
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation>已恢复：电子邮件将被发送。</translation>
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation>已暂停：电子邮件将暂缓发送，直到恢复。</translation>
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation>电子邮件未重新发送。</translation>
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation>已计划立即重新发送。</translation>
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation>发给 %1 的电子邮件将不会发送。此操作无法撤消。</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation>发给 %2 的“%1”将不会发送。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Cancel email</source>
        <translation>取消电子邮件</translation>
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation>保留电子邮件(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation>取消电子邮件(&amp;C)</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>电子邮件未取消。</translation>
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation>已取消：电子邮件将不会发送。</translation>
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation>电子邮件未重新计划。</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>已重新计划为 %1。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation>按当前状态显示。</translation>
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>筛选条件不再匹配您更改的 %n 封电子邮件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>无法读取其响应</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>Total users</source>
        <translation>用户总数</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>月活跃用户</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>今日活跃</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>已验证电子邮件</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>月度经常性收入</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>已发送电子邮件</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>每日注册数</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>日活跃用户</translation>
    </message>
    <message>
        <source>Users by country</source>
        <translation>按国家/地区划分的用户</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Recently registered</source>
        <translation>最近注册</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>最近活跃</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Recently registered users</source>
        <translation>最近注册的用户</translation>
    </message>
    <message>
        <source>Recently active users</source>
        <translation>最近活跃的用户</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>重新加载数据（F5）</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>刷新概览</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation>点击用户或按 Enter，在“用户”页面中打开该用户</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation>此服务器没有指标数据：正在读取用户列表（已读取 %1 个）…</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation>此服务器没有指标数据：正在读取用户列表…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation>正在加载项目数据…</translation>
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation>概览需要此项目的管理员权限。请使用项目的超级私密管理员密钥，或拥有该项目的控制台账户连接。</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>无法加载概览。</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation>此服务器不提供指标数据（%1）。以下数据根据用户列表计算得出。</translation>
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation>这些数据基于前 %1 个用户（最新注册的用户）；项目中还有更多用户。</translation>
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation>每日注册数可能不完整。</translation>
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation>只知道每个用户的最近一次活动：日活跃用户只按每个用户的最后活跃日计数，因此较早日期显示的人数少于实际活跃人数。</translation>
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation>没有指标数据时不可用：支付和电子邮件。</translation>
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation>没有指标数据时不可用：按国家/地区划分的用户、支付和电子邮件。</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation>至少；已读取前 %1 个</translation>
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation>并未读取所有用户：项目中的用户多于这些。</translation>
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation>以及 %1 个匿名用户</translation>
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation>过去 30 天内活跃</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>此服务器未报告</translation>
    </message>
    <message>
        <source>UTC day</source>
        <translation>UTC 日</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 / %2 个用户</translation>
    </message>
    <message>
        <source>no users yet</source>
        <translation>尚无用户</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation>有效订阅：%1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>已投递 %1</translation>
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation>过去 30 天内没有注册。</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>注册数</translation>
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation>%1 — 注册数：%2</translation>
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation>根据已读取的用户计算：可能不完整。</translation>
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation>过去 30 天内没有活动。</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>活跃用户</translation>
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation>%1 — 活跃用户：%2</translation>
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation>每个用户只在其最后活跃日计数。</translation>
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation>过去 30 天内没有已知国家/地区的用户。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation>已读取的用户，按其最后所在的国家/地区划分。</translation>
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation>在 %2 个国家/地区中用户最多的 %1 个。</translation>
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation>还没有可统计的登录。</translation>
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation>可使用每种方式登录的用户；一个用户可能有多种方式。</translation>
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation>总收入</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>有效订阅</translation>
    </message>
    <message>
        <source>One-time purchases</source>
        <translation>一次性购买</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>所有电子邮件</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>退信率</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>状态“%1”</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>尚无用户。</translation>
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation>尚无用户活跃过。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation>此项目已关闭团队 API 密钥。请在“API 密钥”页面中开启（团队 API 密钥设置），然后重新加载。</translation>
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation>此项目已关闭用户 API 密钥。请在“API 密钥”页面中开启（用户 API 密钥设置），然后重新加载。</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Check a key…</source>
        <translation>检查密钥…</translation>
    </message>
    <message>
        <source>API keys of the team</source>
        <translation>团队的 API 密钥</translation>
    </message>
    <message>
        <source>API keys of the user</source>
        <translation>用户的 API 密钥</translation>
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation>为此团队创建 API 密钥；其值只显示一次</translation>
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation>为此用户创建 API 密钥；其值只显示一次</translation>
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation>使所选密钥永久失效</translation>
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation>粘贴密钥以查看它是否有效以及属于谁</translation>
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation>没有 API 密钥。请为团队的程序创建一个用于登录的密钥。</translation>
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation>没有 API 密钥。请为用户的程序创建一个用于登录的密钥。</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>正在加载 API 密钥…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation>无法加载 API 密钥。原因显示在上方。</translation>
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation>所选密钥已被吊销</translation>
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation>新 API 密钥“%1”</translation>
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation>已创建 API 密钥“%1”（%2）。请立即复制并安全地交付：它只显示这一次。</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>私密</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation>已创建 API 密钥“%1”。以后只能再看到其最后四个字符。</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation>要吊销 %2 的 API 密钥 %1 吗？使用它的一切将立即停止工作。此操作无法撤消。</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>正在吊销 %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>已吊销 %1。</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>吊销 %1 失败。</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PageTabs</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentProviderNotice</name>
    <message>
        <source>No payment provider is connected: customers cannot buy yet. Products, items, customers and the ledger still work; connect Stripe in the web dashboard (Payments → Settings).</source>
        <translation>未连接支付提供商：客户还无法购买。产品、条目、客户和账本仍可使用；请在网页控制台中连接 Stripe（支付 → 设置）。</translation>
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation>无法检查是否已连接支付提供商（%1）。</translation>
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation>该账户的企业信息尚未提交</translation>
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation>尚未启用收款</translation>
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation>Stripe 账户已连接，但还不能收款：%1。请在网页控制台中完成设置（支付 → 设置）；在此之前客户无法购买。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation>使用此密钥：可查看下方客户的条目和产品。</translation>
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation>产品和条目</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation>筛选权限</translation>
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation>系统权限，内置于服务器中</translation>
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation>%1 — 未定义</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation>团队权限</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>项目权限</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑%1 %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>权限 ID</translation>
    </message>
    <message>
        <source>for example read:reports</source>
        <translation>例如 read:reports</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation>小写字母、数字、“_”和“:”。ID 之后无法更改。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation>可选：拥有此权限后可以做什么</translation>
    </message>
    <message>
        <source>Contained permissions</source>
        <translation>包含的权限</translation>
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation>拥有此权限的人也将拥有此处勾选的权限及其包含的权限。</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>包含(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>请输入 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation>“%1”不是有效的 ID：只能使用小写字母、数字、“_”和“:”。</translation>
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation>ID 为“%1”的权限已存在（团队权限和项目权限共用 ID）。</translation>
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation>这会形成循环：%1。权限不能直接或间接地包含其自身。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation>团队权限</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>项目权限</translation>
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation>项目权限在用户页面上授予，团队权限在团队页面上授予，方法是输入权限 ID。</translation>
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation>权限定义需要管理员权限</translation>
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation>团队权限(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation>项目权限(&amp;P)</translation>
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation>用户在某个团队内拥有的权限</translation>
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation>用户在整个项目中拥有的权限</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation>重新读取权限和配置（F5）</translation>
    </message>
    <message>
        <source>Reload permissions</source>
        <translation>重新加载权限</translation>
    </message>
    <message>
        <source>Permission definitions</source>
        <translation>权限定义</translation>
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation>系统权限（$…）内置于服务器中：它们可以被包含和授予，但不能编辑或删除。</translation>
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation>未保存的默认权限</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation>默认权限有未保存的更改。切换之前要保存吗？</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation>默认权限有未保存的更改。重新读取全部内容之前要保存吗？</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>无法加载权限。原因显示在上方。</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>正在加载权限…</translation>
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation>还没有%1。使用“新建…”创建一个。</translation>
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation>创建%1（%2）</translation>
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation>系统权限内置于服务器中，无法更改</translation>
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation>更改描述和包含的权限（F2）</translation>
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation>删除所选权限（Del）</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation>要删除%1“%2”吗？拥有它的每个人都将失去它。</translation>
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation>没有其他权限包含它。</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>它也将从其他 %n 个权限中移除：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>删除权限</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>“%1”未删除。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>team creators</source>
        <translation>团队创建者</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation>注册时的新用户</translation>
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation>它是默认权限（授予%1）；它也将从默认权限中移除。</translation>
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation>正在从默认权限中移除 %1…</translation>
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation>%1 已删除，但它仍在默认权限中。请在那里取消勾选并保存。</translation>
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation>已删除 %1，并已将其从默认权限中移除。</translation>
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation>%1 已删除，但无法读取配置以将其从默认权限中移除。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation>立即重新启动</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation>新语言将在下次启动 Hexclave Admin 时显示。</translation>
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation>关闭窗口（先询问未保存的更改）并重新启动</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在渲染预览…</translation>
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation>无法渲染电子邮件</translation>
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation>需要项目自己的电子邮件服务器</translation>
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation>此项目使用共享电子邮件服务器；请在“电子邮件服务器”标签页中设置您自己的服务器以编辑模板。</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation>%1（服务器上已是如此；保存时保留）</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>免费试用</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation>价格“%1”： </translation>
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation>价格“%1”，%2： </translation>
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation>“%1”，%2： </translation>
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation>可叠加：一个客户可以多次拥有(&amp;S)</translation>
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation>仅限服务器：对客户端应用隐藏(&amp;V)</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>无免费试用</translation>
    </message>
    <message>
        <source>Free trial of</source>
        <translation>免费试用时长</translation>
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation>按价格出售(&amp;P)</translation>
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation>默认包含（免费）(&amp;D)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>添加价格(&amp;A)</translation>
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation>包含条目(&amp;T)</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>编辑产品“%1”</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>e.g. pro</source>
        <translation>例如 pro</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation>向客户显示；为空时使用 ID</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>客户类型(&amp;C)：</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation>一个客户在一个产品线中最多拥有一个产品（例如 Free、Pro 等套餐）</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>产品线(&amp;L)：</translation>
    </message>
    <message>
        <source>Add-on to</source>
        <translation>附加于</translation>
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation>勾选客户购买此产品前必须拥有的产品；不勾选：不是附加产品</translation>
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation>附加于(&amp;O)：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>免费试用</translation>
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation>免费试用(&amp;F)：</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>定价：</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>价格 ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Server only</source>
        <translation>仅限服务器</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>包含的条目</translation>
    </message>
    <message>
        <source>No other products yet</source>
        <translation>还没有其他产品</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>以 %1 计的金额</translation>
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation>同时按存储原样保留（此处不可编辑）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Trial of</source>
        <translation>试用时长</translation>
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation>该价格的免费试用</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>移除此价格</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>移除此条目</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>字母、数字、“_”和“-”；之后无法更改。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>新建产品(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>新建条目(&amp;I)…</translation>
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation>新建产品线(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>检查并保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>添加产品（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation>更改所选项（F2 或双击）</translation>
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation>保存时删除所选项（Del）</translation>
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation>查看所有更改，然后将其写入项目配置（Ctrl+S）</translation>
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation>放弃所有尚未保存的更改</translation>
    </message>
    <message>
        <source>Product lines and products</source>
        <translation>产品线和产品</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation>未保存任何内容：自您开始编辑以来，服务器上的 %1 已更改。您的编辑已保留并叠加在服务器当前内容之上；保存前请再次检查。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation>未保存任何内容：服务器上已有这些更改。</translation>
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation>未保存任何内容：服务器上的产品目录已更改，您的编辑已不再适用。</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>正在读取配置；请稍后再保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation>产品目录未保存：无法重新读取配置以检查在此期间的更改。您的更改仍在这里。</translation>
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation>产品目录可能未完全保存；服务器上未出现的更改仍在这里。</translation>
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation>产品目录未保存；您的更改仍在这里。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation>无法删除“%1”：它是 %2 的唯一基础产品。请先更改或删除这些附加产品。</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>要删除产品“%1”吗？</translation>
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation>它是 %1 的基础产品；它们仍是其他基础产品的附加产品。</translation>
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation>要删除条目“%1”吗？</translation>
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation>它包含在 %1 中；删除后将从中移除。</translation>
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation>要删除产品线“%1”吗？</translation>
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation>%1 属于此产品线；它们将保留，但不属于任何产品线。</translation>
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation>在您保存之前，服务器上不会有任何更改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>要放弃尚未保存的 %n 项更改吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>No product line</source>
        <translation>无产品线</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1（附加产品）</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>%n 个项无法读取，保持原样：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>还没有产品</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建产品…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>还没有条目</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新建条目…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation>仍然保留所选项</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>正在读取项目配置…</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 项未保存的更改</numerusform>
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
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>复制用户 ID</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Sign-up country</source>
        <translation>注册国家/地区</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Bot risk</source>
        <translation>机器人风险</translation>
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation>免费试用滥用风险</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Free-trial abuse</source>
        <translation>免费试用滥用</translation>
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation>注册风险</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>所选团队</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth 账户</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>客户端元数据</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>客户端只读元数据</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>服务器元数据</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation>是 — 匿名用户</translation>
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation>是 — 电子邮件未验证</translation>
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation>是 — 由管理员限制</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>Also restricted by an administrator</source>
        <translation>同时也被管理员限制</translation>
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation>向用户显示的原因：%1</translation>
    </message>
    <message>
        <source>Private details: %1</source>
        <translation>私密详情：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>used for sign-in</source>
        <translation>用于登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation>已启用（身份验证器应用）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation>请先在主窗口中连接到服务器。</translation>
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation>您的连接均未就绪。请等待主窗口列出项目，或在那里重新登录。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation>用户和团队的 API 密钥位于用户和团队的页面上。</translation>
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation>项目自身的密钥需要管理员权限</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>创建密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation>重新读取密钥（F5）</translation>
    </message>
    <message>
        <source>Reload keys</source>
        <translation>重新加载密钥</translation>
    </message>
    <message>
        <source>Project API keys</source>
        <translation>项目 API 密钥</translation>
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation>您的应用、服务器和工具用于访问此项目的密钥。一组密钥可以包含一个可公开客户端密钥、一个私密服务器密钥和一个超级私密管理员密钥。</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>正在加载密钥…</translation>
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation>无法加载密钥。原因显示在上方。</translation>
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation>此项目还没有 API 密钥。使用“创建密钥…”创建一组。</translation>
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation>创建一组新密钥（%1）</translation>
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation>这组密钥已被吊销</translation>
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation>使所选的这组密钥失效（Del）</translation>
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation>已创建密钥组“%1”。</translation>
    </message>
    <message>
        <source>Publishable client key</source>
        <translation>可公开客户端密钥</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>私密服务器密钥</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>超级私密管理员密钥</translation>
    </message>
    <message>
        <source>They do not expire.</source>
        <translation>它们不会过期。</translation>
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation>它们将于 %1 过期。</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation>项目 %2 的密钥组“%1”。%3 请将它们放入您应用的环境变量或机密存储中。</translation>
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation>要吊销密钥组“%1”（%2）吗？使用其密钥的应用、服务器和工具将立即停止工作。此操作无法撤消。</translation>
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation>如果此应用使用其中某个密钥连接，其连接也将失效。</translation>
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation>此应用使用这组密钥中的一个密钥（…%1）连接到项目。吊销它将结束此连接：您需要使用其他密钥重新连接。</translation>
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>正在吊销“%1”…</translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>已吊销“%1”。</translation>
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation>“%1”未吊销。</translation>
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation>复制可公开客户端密钥</translation>
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation>复制私密服务器密钥</translation>
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation>复制超级私密管理员密钥</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation>生产模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>删除项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation>将项目 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation>可选：项目的用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation>生产模式将项目标记为已上线。此后不应再使用仅供开发的设置，例如重定向到 localhost 的登录和共享开发 OAuth 密钥。请在真实用户登录之前开启它。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>生产模式</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>危险区域</translation>
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation>删除项目将永久移除其用户、团队、密钥、配置以及其中的所有其他内容。</translation>
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation>已复制项目 ID。</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation>无法加载项目。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>项目需要名称。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation>无法保存项目的名称和描述。</translation>
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation>正在开启生产模式…</translation>
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation>正在关闭生产模式…</translation>
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation>无法开启生产模式。</translation>
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation>无法关闭生产模式。</translation>
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation>生产模式已开启。</translation>
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation>生产模式已关闭。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>退款购买</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>为购买退款</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation>%2 于 %3 购买的 %1%4。</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>, charged %1</source>
        <translation>，收费 %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Refund quantity</source>
        <translation>退款数量</translation>
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation>退款金额（USD）</translation>
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation>退款无法撤消，并将撤销对所购产品的访问权限。</translation>
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation>只有以 USD 定价的购买才能指定退款金额。</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation>%1 的退款数量</translation>
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation>为 %1 退款的美元金额</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation>退款总额：%1（共收费 %2）</translation>
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation>退款总额：—（金额不是数字）（共收费 %1）</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation>请输入美元金额，例如 12.50（最多两位小数）。</translation>
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation>退款金额不能为负数。</translation>
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation>没有可退款的内容：请选择数量或金额。</translation>
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation>退款合计 %1，超过了收费的 %2。</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>要向 %2 退款 %1 吗？</translation>
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation>要撤销 %1 的产品而不退款吗？</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>已向 %2 退款 %1。</translation>
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation>已撤销 %1 的产品，未退款。</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>正在退款…</translation>
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation>服务器拒绝了退款：%1</translation>
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation>它已在此期间被退款（可能是在网页控制台中）；关闭此对话框后将重新加载列表。</translation>
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation>该订阅没有可退款的已付发票：在测试模式下开始或免费授予的订阅无法退款。</translation>
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation>没有可退款的付款：该购买未通过支付提供商付款，或已不存在。</translation>
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation>未为此收取任何费用。</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>未退款任何内容。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Write to the customer</source>
        <translation>写给客户</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>撰写仅您的团队可见的备注</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>撰写给客户的回复…</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>为您的团队撰写内部备注…</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>回复编辑器</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation>客户将看到此回复。会话保持已解决状态；重新打开会话以等待客户。</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation>客户将看到此回复。之后会话将等待用户。</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>客户将看到此回复。</translation>
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation>%1。状态不会改变。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>与服务器的连接已关闭。请重新连接后重试。</translation>
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation>正在等待服务器响应…</translation>
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation>要关闭并丢弃您输入的内容吗？其中任何内容都未保存。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation>您更改了 %1 但未保存。要保存更改吗？</translation>
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation>正在等待您输入新密钥。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation>正在等待您重新登录。</translation>
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation>输入新密钥…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation>要停止等待登录吗？请求未发送；您输入的内容会保留在此处。</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>停止等待(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>继续等待(&amp;K)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>重新计划(&amp;R)</translation>
    </message>
    <message>
        <source>Reschedule email</source>
        <translation>重新计划电子邮件</translation>
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation>此电子邮件应何时发送？</translation>
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation>“%1”应何时发送？</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>采用此计算机的时区（%1）</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>发送时间(&amp;S)：</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation>采用此计算机的时区（%1）。</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>请选择将来的某个时间。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation>%1 的限制</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>限制 %1</translation>
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation>管理员已限制 %1。可以更改原因，或解除限制以便其再次使用您的应用。</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation>受限用户在管理员解除限制之前无法使用您的应用。公开原因可能会显示给 %1；私密详情仅供管理员查看。</translation>
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation>%1 还因其他原因受限（%2）；此处不会改变这一点。</translation>
    </message>
    <message>
        <source>email not verified</source>
        <translation>电子邮件未验证</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公开原因</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>例如：您的账户正在审核中。</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>私密详情</translation>
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation>限制此用户的原因，供其他管理员查看</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>解除限制(&amp;L)</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>解除限制</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>限制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>公开原因(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>私密详情(&amp;R)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Restricting…</source>
        <translation>正在限制…</translation>
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation>正在解除限制…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation>包括测试模式下的购买(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>过去 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation>测试模式下的购买是免费的：没有资金流动</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation>订阅，过去 30 天（服务器指标）</translation>
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>过去 30 天已支付的订阅发票，来自服务器指标（美元；其中不计一次性购买）</translation>
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation>订阅，全部时间（服务器指标）</translation>
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>所有已支付的订阅发票，来自服务器指标（美元；其中不计一次性购买）</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation>停止读取账本；已读取的天数仍保留在图表中</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>收入图表</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation>收入、退款和净额根据账本计算：每笔购买、续订和退款。</translation>
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation>标有“服务器指标”的数据来自服务器指标，其中只统计已支付的订阅发票，以美元计。</translation>
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation>读取已停止：%1 之前的天数未计入。</translation>
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation>读取在第一页之前已停止。</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在读取账本…</translation>
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation>没有可显示的收入：无法读取账本。</translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>过去 %n 天内没有收入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation>未包含测试模式下的购买：勾选“包括测试模式下的购买”即可查看。</translation>
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation>正在向服务器请求指标…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>正在读取账本：%n 笔交易，回溯至 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 所在周</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>收入：%1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>退款：%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation>%1 / 100：越高，注册越可能不是真实的</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SearchIcon</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation>重新加载(&amp;A)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>No drafts available</source>
        <translation>没有可用的草稿</translation>
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation>草稿需要管理员权限：请使用管理员密钥或控制台账户连接以选择草稿。</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>与服务器的连接已关闭。请重新连接后重试。</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>正在加载草稿…</translation>
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation>未加载草稿</translation>
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation>无法加载草稿。%1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1（已于 %2 发送）</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>无草稿</translation>
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation>此项目还没有草稿：请在“电子邮件”页面的“草稿”标签页中撰写一份。</translation>
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation>选择草稿…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation>发送电子邮件</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>检查(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation>所选用户(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation>项目的所有用户(&amp;A)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation>添加用户(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation>从列表中移除所选用户（Delete）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation>留空则使用草稿自身的主题</translation>
    </message>
    <message>
        <source>Notification category</source>
        <translation>通知类别</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>事务性</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>选择类别…</translation>
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation>事务性：发送给每位收件人（账户和服务消息）。营销：跳过已退订营销邮件的用户。</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>草稿：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>添加收件人</translation>
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation>选择接收此电子邮件的用户。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>添加 %n 个用户(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>已是收件人</translation>
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation>项目的每个用户，包括匿名和受限用户。没有主电子邮件地址的用户将被跳过。</translation>
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation>还没有用户：请添加一些，或选择所有用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>%n 个没有主电子邮件地址的用户将被跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation>请选择要发送的草稿。</translation>
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation>请添加接收此电子邮件的用户，或选择所有用户。</translation>
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation>请选择类别：营销邮件会跳过已退订的用户，事务性邮件则不会。</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>请选择将来的某个时间，或立即发送。</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>收件人：%1 及其他 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation>收件人：%1。</translation>
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation>要将“%1”发送给项目的每个用户吗？</translation>
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation>正在统计项目的用户… 目前 %1 个。</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>要将“%1”发送给项目的全部 %n 个用户吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>%n 个没有主电子邮件地址的用户将被跳过：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n 个用户将收到它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n 个用户将在其主电子邮件地址收到它。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation>项目没有用户：没有可发送的对象。</translation>
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation>项目有超过 %1 个用户；所有用户都将收到此电子邮件（没有主电子邮件地址的用户将被跳过）。</translation>
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation>无法统计用户（%1）。此电子邮件将发送给项目中每个拥有主电子邮件地址的用户。</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>要将“%1”发送给 %n 个用户吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation>类别：营销。已退订营销邮件的用户将被跳过。</translation>
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation>类别：事务性。即使用户已退订营销邮件也会发送。</translation>
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation>主题：草稿自身的主题。</translation>
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation>主题：“%1”。</translation>
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation>时间：%1（您的本地时间）。</translation>
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation>过旧的服务器无法计划发送，会立即发送；结果和发件箱会显示实际情况。</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>时间：立即。</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>与服务器的连接已关闭。</translation>
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation>此时间已在此期间过去：请选择更晚的时间，或立即发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation>电子邮件已计划发送</translation>
    </message>
    <message>
        <source>The email is on its way</source>
        <translation>电子邮件正在发送</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>服务器已接受向 %n 位收件人发送“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>服务器响应中没有这些用户，因此未为其排队任何电子邮件：%n 个请求的用户，已在下方标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation>电子邮件已排队；请在发件箱中跟踪。</translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation>电子邮件已排队；请在“电子邮件”页面的发件箱中跟踪。</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>已计划于 %1 发送。</translation>
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation>已计划于 %1 发送。过旧的服务器无法计划发送，会立即发送：发件箱会显示具体情况。</translation>
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation>已计划于 %1 发送。正在发件箱中检查服务器是否保留了该时间…</translation>
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation>电子邮件已立即发送</translation>
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation>此服务器已立即发送电子邮件；它不支持计划发送。</translation>
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation>已计划于 %1 发送；发件箱中会显示它们在此之前处于等待状态。</translation>
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation>未发送任何内容：项目使用共享电子邮件服务器，它只发送登录和账户邮件。请在“电子邮件”页面的“电子邮件服务器”标签页中设置项目自己的电子邮件服务器，然后重新发送。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation>未发送任何内容：%1 不是项目的用户（在此期间被删除？）。</translation>
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation>从收件人中移除 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation>未发送任何内容：服务器未接受请求。</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation>服务器的响应未到达，因此电子邮件可能已排队，也可能未排队。重新发送之前请查看发件箱。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation>没有剩余的收件人：请添加用户，或选择所有用户。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation>在发件箱中跟踪</translation>
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation>收件人和服务器的响应</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation>稍后发送，时间(&amp;L)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation>您的本地时间（%1）。过旧的服务器无法计划发送，会立即发送。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation>密码重置邮件：包含选择新密码的链接(&amp;P)</translation>
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation>登录邀请：包含登录您应用的链接(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation>发送电子邮件(&amp;S)</translation>
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation>向 %1 发送电子邮件</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>（无电子邮件地址）</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>回调 URL</translation>
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>通过邮件中的链接打开的您应用的页面。它必须位于项目的某个受信任域名上。此项目会记住它。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>回调 URL(&amp;C)：</translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>此用户没有电子邮件地址。</translation>
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation>%1 没有主电子邮件地址，因此无法发送电子邮件。请先在该用户的联系渠道中添加地址。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation>请输入处理该链接的页面地址。</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>请输入完整的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation>已向 %1 发送密码重置邮件。无论此地址能否重置密码，服务器的响应都相同；因此如果邮件未到达，请检查该用户的登录方式。</translation>
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation>已向 %1 发送登录邀请。</translation>
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation>服务器不接受此地址：请将其域名添加到项目的受信任域名中。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation>输入新密钥…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation>服务器不再接受 %1 的密钥：该密钥已被吊销或已过期。请输入新密钥以继续。</translation>
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation>您在 %1 的会话已结束：会话已过期或已被吊销。请重新登录以继续。</translation>
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation>%1 没有有效的密钥。请输入新密钥以继续。</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>您尚未登录到 %1。请登录以继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation><numerusform>输入新密钥后，%n 个等待中的请求将继续。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation><numerusform>登录后，%n 个等待中的请求将继续。</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>全部撤销…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>模拟登录</translation>
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation>在所选会话的设备上将用户退出登录</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>在所有地方将用户退出登录</translation>
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation>没有活动会话：此用户未在任何地方登录。</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>正在加载会话…</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation>无法加载会话。原因显示在上方。</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>撤销所有会话</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>要将 %1 从全部 %n 个会话中退出登录吗？每台设备都需要重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>全部撤销</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>正在撤销 %n 个会话…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>已撤销 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation>撤销失败。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation>命令面板：转到页面、项目、用户或团队，或运行命令</translation>
    </message>
    <message>
        <source>Project switcher</source>
        <translation>项目切换器</translation>
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation>概览 … Alt+9 配置：按顺序对应各区域</translation>
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation>重新加载项目并重试失败的连接</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>搜索当前列表</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Reload the current list</source>
        <translation>重新加载当前列表</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation>编辑（也可按 Enter）</translation>
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation>限制或解除限制</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>模拟登录</translation>
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation>删除（多个用户：批量删除）</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>添加到团队</translation>
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation>授予项目权限</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>复制电子邮件地址</translation>
    </message>
    <message>
        <source>Copy user ids</source>
        <translation>复制用户 ID</translation>
    </message>
    <message>
        <source>Export the matching users</source>
        <translation>导出符合条件的用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>新建权限</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>New key set</source>
        <translation>新建密钥组</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation>标签页：Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation>检查并保存产品目录</translation>
    </message>
    <message>
        <source>Customer chooser</source>
        <translation>客户选择器</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation>标签页：Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Render the preview</source>
        <translation>渲染预览</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>发送回复或备注</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation>打开所选的最近用户</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation>编辑值（专家）</translation>
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation>检查并保存（专家）</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShownOnceSecretsDialog</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation>我已复制密钥(&amp;K)</translation>
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation>我已复制这些密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation>不复制直接关闭(&amp;W)</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>请立即复制此密钥。它不会再次显示：服务器只保留其最后四个字符，此应用也不会在任何地方保存它。关闭此窗口一分钟后将清除剪贴板。</translation>
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>请立即复制这些密钥。它们不会再次显示：服务器只保留其最后四个字符，此应用也不会在任何地方保存它们。关闭此窗口一分钟后将清除剪贴板。</translation>
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation>不复制密钥就关闭吗？它无法再次显示；您将需要创建新密钥。</translation>
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation>不复制密钥就关闭吗？它们无法再次显示；您将需要创建新密钥。</translation>
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation>不复制所有密钥就关闭吗？尚未复制：%1。这些密钥无法再次显示；您将需要创建新密钥。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation>允许新用户注册(&amp;U)</translation>
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation>关闭：只有现有用户可以登录；新账户由服务器或在此控制台中创建。</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>使用密码登录(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation>使用一次性验证码（魔术链接）登录(&amp;O)</translation>
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation>通过电子邮件发送的验证码或链接即可让用户登录。</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation>使用通行密钥登录(&amp;K)</translation>
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation>当 OAuth 登录使用现有账户的电子邮件时</translation>
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation>关联到现有账户(&amp;L)</translation>
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation>该 OAuth 账户将被添加到以此电子邮件作为登录方式的账户。</translation>
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation>拒绝登录(&amp;R)</translation>
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation>告知用户已存在使用此电子邮件的账户，必须先使用该账户登录。</translation>
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation>创建单独的账户(&amp;A)</translation>
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation>将创建使用同一电子邮件的第二个账户；两个账户保持独立。</translation>
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation>允许注册</translation>
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation>拒绝注册</translation>
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation>当没有注册规则匹配时(&amp;R)：</translation>
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation>没有任何已启用的注册规则匹配时如何处理注册</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation>分配给其他人</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation>例如：账务部的 Dana</translation>
    </message>
    <message>
        <source>User id (optional)</source>
        <translation>用户 ID（可选）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>用户 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation>会话会将此名称显示为负责人。如果知道其控制台账户的用户 ID，请填写，以便“分配给我”能为其找到该会话。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>重新打开会话</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>解决会话</translation>
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation>将状态改回“%1”</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>将状态设为“%1”</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation>从服务器重新加载</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation>无法加载此内容。原因显示在上方。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>与项目的连接已关闭</translation>
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation>%1：%3 个中有 %2 个失败；第一个错误显示在上方。</translation>
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation>未对 %1 执行任何操作：在询问期间选择发生了变化。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — %n 个未读支持会话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 写道：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>%n 条新的支持消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportPage</name>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>新建会话(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation>与项目的某个用户开始会话（%1）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation>重新加载会话和当前打开的会话内容（%1）</translation>
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation>自您上次查看以来客户有新消息的会话；点击打开第一个</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>刷新会话</translation>
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation>无法读取您自己的账户：“分配给我”和“我”筛选不可用。</translation>
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation>此服务器不提供支持会话</translation>
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation>其版本早于此功能。请将服务器更新到较新的版本，或在 app.hexclave.com 的网页控制台中回复支持会话。</translation>
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation>您的控制台账户不管理此项目</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation>支持会话由拥有该项目的团队成员回复，而此账户不是其成员。</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation>支持会话由拥有该项目的团队成员回复，而 %1 不是其成员。</translation>
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation>请让项目所有者将您添加到其团队，或使用属于该团队的账户连接。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation>无法打开会话。</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>%n 个未读会话</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>输入标签并按 Enter；多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation>选择一个团队以查看其成员、邀请、API 密钥和详细信息。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation>团队成员以及每位成员在团队中拥有的权限</translation>
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation>通过电子邮件发送但尚未接受的邀请</translation>
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation>代表团队的 API 密钥</translation>
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation>ID、创建时间、头像和元数据</translation>
    </message>
    <message>
        <source>Team details</source>
        <translation>团队详细信息</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>创建于 %1 · %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation>编辑团队(&amp;E)…</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>团队 ID</translation>
    </message>
    <message>
        <source>Copy team ID</source>
        <translation>复制团队 ID</translation>
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation>复制团队 ID</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>无值 (null)</translation>
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation>更改名称、图片和元数据（F2）</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>团队 ID：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Profile image:</source>
        <translation>头像：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation>创建团队(&amp;C)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建团队</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation>必填，例如 Design Systems Lab</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>头像 URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>头像 URL(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation>请输入显示名称：团队需要名称。</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>正在创建团队…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>邀请…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>待处理的邀请</translation>
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation>通过电子邮件向某人发送加入此团队的链接</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>撤回所选邀请：其链接将失效</translation>
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation>没有待处理的邀请。通过电子邮件邀请他人加入团队。</translation>
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation>正在加载邀请…</translation>
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation>无法加载邀请。原因显示在上方。</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>已向 %1 发送邀请。</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>撤销邀请</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation>要撤销 %1 加入 %2 的邀请吗？邮件中的链接将失效。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation>正在撤销 %1 的邀请…</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>已撤销 %1 的邀请。</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation>撤销 %1 的邀请失败。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>从团队中移除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation>打开用户(&amp;O)</translation>
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation>按名称、电子邮件或用户 ID 搜索成员</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation>选择要添加到此团队的项目用户</translation>
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation>将所选成员移出此团队（Delete）</translation>
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation>在“用户”页面中显示所选成员（Enter 或双击）</translation>
    </message>
    <message>
        <source>Load the members again</source>
        <translation>重新加载成员</translation>
    </message>
    <message>
        <source>Reload members</source>
        <translation>重新加载成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>复制用户 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>复制电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation>在“用户”页面中打开</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>从团队中移除 %n 名成员…</numerusform>
        </translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation>在您滚动时服务器上的成员发生了变化；已重新加载列表。</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation>已显示 %1 名成员 · 正在加载更多…</translation>
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation>已显示 %1 名成员 · 向下滚动以查看更多</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n 名成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n 名成员匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation>已显示 %1 名成员 · 加载失败。</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 还没有成员。</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>没有与“%1”匹配的成员。
搜索范围包括名称、电子邮件和完整的用户 ID。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>从团队中移除 %n 名(&amp;R)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>向 %1 添加成员</translation>
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation>按名称、电子邮件或用户 ID 搜索项目的用户，并勾选要添加到 %1 的用户。新成员将获得项目的默认团队权限。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>添加 %n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation>已是此团队的成员</translation>
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation>未添加任何人：在列表打开期间选择了另一个团队。</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>正在添加 %n 名成员…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %n 名成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n 名已是其成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>未添加：%1。</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation>要从 %2 中移除 %1 吗？其将失去对团队的访问权限以及在其中拥有的权限。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>要从 %1 中移除 %n 名成员吗？他们将失去对团队的访问权限以及在其中拥有的权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>从团队中移除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation>未移除任何人：在询问期间选择了另一个团队。</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>正在移除 %n 名成员…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 中移除 %n 名成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation>未移除：%1。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation>选择团队</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>按名称或团队 ID 筛选</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>筛选团队</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation>选择要查看其条目和产品的团队。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation>无法加载团队；原因显示在上方。</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>此项目还没有团队。</translation>
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation>没有与“%1”匹配的团队。</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>新建团队(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>编辑团队(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation>复制团队 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>删除团队(&amp;D)…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation>创建团队（%1）</translation>
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation>更改所选团队的名称、图片和元数据（%1）</translation>
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation>删除所选团队（%1）</translation>
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation>重新加载列表并重新统计成员（%1）</translation>
    </message>
    <message>
        <source>Reload teams</source>
        <translation>重新加载团队</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>按名称或团队 ID 筛选</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>筛选团队</translation>
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation>显示名称包含该文本或 ID 以其开头的团队（Ctrl+F）</translation>
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation>该团队已不存在。</translation>
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation>无法打开该团队。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation>无法加载团队。</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%n 个团队中有 %1 个匹配“%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation>还没有团队。
团队用于对用户分组；成员共享团队的权限和 API 密钥。</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建团队…</translation>
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation>没有与“%1”匹配的团队。
筛选范围包括团队名称和团队 ID 的开头部分。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation>团队和用户</translation>
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation>允许用户创建团队(&amp;C)</translation>
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation>已登录用户可以从应用中创建团队；否则只有服务器或此控制台可以创建。</translation>
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation>注册时创建个人团队(&amp;P)</translation>
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation>每个新用户都会获得一个自己的团队。</translation>
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation>允许用户删除自己的账户(&amp;D)</translation>
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation>在新用户引导期间要求验证电子邮件(&amp;V)</translation>
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation>新用户必须先验证其主电子邮件才能使用应用。</translation>
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation>允许用户 API 密钥(&amp;U)</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation>已登录用户可以创建代表其自身的密钥。</translation>
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation>允许团队 API 密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation>拥有相应权限的团队成员可以创建代表团队的密钥。</translation>
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation>用户和团队 API 密钥在 &lt;a href="apikeys"&gt;API 密钥页面&lt;/a&gt;中开启或关闭。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>还没有模板。</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation>无法加载模板。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>发送测试邮件(&amp;S)</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation>将使用表单中的设置（即使尚未保存），以 %2 的身份通过 %1 发送一封简短的测试邮件。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation>请输入电子邮件地址，例如 you@example.com。</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>正在向 %1 发送测试邮件…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation>测试邮件已发送至 %1。如果没有收到，请查看垃圾邮件文件夹。</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>服务器未提供原因。</translation>
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation>电子邮件服务器未发送：%1</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>测试邮件未发送。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation>测试模式已写入，但服务器未显示该更改。</translation>
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation>测试模式未开启。</translation>
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation>测试模式未关闭。</translation>
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation>要开启测试模式吗？</translation>
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation>要关闭测试模式吗？</translation>
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation>在测试模式下购买是免费的：客户无需付款即可获得产品，也不会通过支付提供商转移任何资金。请在试用结账流程时使用，切勿在已营业的商店中使用。</translation>
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation>从现在起，购买将通过支付提供商收取真实费用。请确保在客户看到之前您的产品和价格已准备就绪。</translation>
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation>开启测试模式</translation>
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation>关闭测试模式</translation>
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation>测试模式 — 购买免费，不转移资金</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation>关闭测试模式…</translation>
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation>让购买通过支付提供商收取真实费用</translation>
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation>正式模式 — 购买将收取真实费用</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>正在开启…</translation>
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation>开启测试模式…</translation>
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation>在试用期间让购买免费：不转移任何资金</translation>
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation>正在保存对支付设置的另一项更改。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>还没有主题。</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>新建主题…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation>无法加载主题。</translation>
    </message>
    <message>
        <source>Use for this project</source>
        <translation>用于此项目</translation>
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation>除非邮件选择了其他主题，否则用所选主题包裹项目的电子邮件</translation>
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation>“%1”现在是项目的主题。</translation>
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation>项目的主题未更改。</translation>
    </message>
    <message>
        <source>Project's theme</source>
        <translation>项目的主题</translation>
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation>主题为空。</translation>
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation>所选主题已是项目的主题</translation>
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation>正在将“%1”设为项目的主题…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>新消息 ↓</translation>
    </message>
    <message>
        <source>Conversation messages</source>
        <translation>会话消息</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>滚动到新消息</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation>文本中只包含已显示的消息：“全选”和“复制”只会处理这些消息。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>显示 %n 条较早的消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation>选择一笔交易以查看其明细项。</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易 ID</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>复制交易 ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>调整者</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation>测试模式：没有真实资金流动</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>No money moved</source>
        <translation>没有资金流动</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>未调整</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1（明细项 #%2）</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>明细项（%1）</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>显示此客户的条目和产品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>inline product</source>
        <translation>内联产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1（每个 %2）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>一次性购买</translation>
    </message>
    <message>
        <source>, entry #%1</source>
        <translation>，明细项 #%1</translation>
    </message>
    <message>
        <source>Adjusts</source>
        <translation>调整对象</translation>
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation>服务器发送的明细项 #%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation>显示某一类型的交易（由服务器筛选）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation>显示某一类客户的交易</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Custom customers</source>
        <translation>自定义客户</translation>
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation>重新加载交易（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation>已加载的交易(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation>符合筛选条件的所有交易(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation>已加载的交易（%1）(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation>将交易保存为可用于电子表格的 CSV 文件</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>测试模式</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation>复制交易 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation>交易 %1 不在已加载的交易中（可能被筛选条件隐藏）。</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>正在加载交易…</translation>
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation>已加载 %1 笔交易，正在加载更多…</translation>
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation>已加载 %1 笔交易；向下滚动以查看更多</translation>
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation>全部 %1 笔匹配的交易</translation>
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation>全部 %1 笔交易</translation>
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation>已加载 %1 笔交易；还有更多交易未加载。请缩小筛选范围，或将全部交易导出到文件。</translation>
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation>已加载 %1 笔交易；加载更多失败</translation>
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation>无法加载交易。原因显示在上方。</translation>
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation>还没有交易。购买、续订、条目数量变更和退款会显示在这里。</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>没有符合这些筛选条件的交易。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation>选择一笔购买以进行退款</translation>
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation>退还所选购买收取的（部分）费用，并撤销产品</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>将交易导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation>正在导出交易…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation>正在导出交易… 已写入 %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation>已将 %1 笔交易导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>导出失败；未写入任何文件。%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation>添加受信任域名</translation>
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation>编辑受信任域名</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation>处理程序路径(&amp;H)：</translation>
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation>登录只能重定向到受信任域名。使用 * 代表主机名中的一段（https://*.example.com），使用 ** 代表任意多段。</translation>
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation>请输入域名的基础 URL，例如 https://example.com。</translation>
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation>基础 URL 最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation>基础 URL 以 https://（本地开发可用 http://）开头。</translation>
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation>这不是有效的基础 URL：请使用主机名，可带 * 通配符，例如 https://*.example.com。</translation>
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation>处理程序路径以 / 开头，例如 /handler。</translation>
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation>处理程序路径最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation>处理程序路径不能包含空格。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation>准确输入 %1 以启用此按钮。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation>在发件箱中查看(&amp;L)</translation>
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation>我已检查发件箱：这些电子邮件未排队。重新发送(&amp;N)</translation>
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation>读取某位收件人在发件箱中的最新邮件，查找此草稿的邮件</translation>
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation>在 %1 发送的响应未到达：电子邮件可能已排队，且服务器不会察觉重复发送。重新发送之前请查看发件箱。</translation>
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation>正在查看发件箱…</translation>
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation>无法读取发件箱（%1）。请在“电子邮件”页面的“发件箱”标签页中查看。</translation>
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation>发件箱中有此草稿于 %1 创建的电子邮件：这些电子邮件已排队。重新发送将导致发送两次。</translation>
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation>自 %1 以来，发件箱中没有发给第一位收件人的此草稿邮件。大批量发送可能仍在排队：请过一分钟再查看，然后再决定是否重新发送。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>编辑用户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation>限制(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation>移除双重验证(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation>模拟登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation>发送密码重置邮件(&amp;P)…</translation>
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation>发送登录邀请(&amp;V)…</translation>
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation>添加到团队(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation>授予项目权限(&amp;G)…</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>复制用户 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>复制电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>导出用户(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>创建用户（%1）</translation>
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation>将符合搜索和筛选条件的用户导出为 CSV 或 JSON（%1）</translation>
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation>解除限制(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>删除 %n 个用户(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>此用户没有电子邮件地址。</translation>
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation>双重验证未移除。</translation>
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation>发送电子邮件(&amp;L)…</translation>
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation>发送草稿需要管理员权限：请使用管理员密钥或控制台账户连接。</translation>
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation>将项目的某个电子邮件草稿发送给所选用户</translation>
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation>开始支持会话(&amp;U)…</translation>
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation>支持会话(&amp;V)…</translation>
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation>在新的支持会话中联系此用户</translation>
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation>显示此用户的支持会话</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation>移除双重验证</translation>
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation>要移除 %1 的双重验证吗？</translation>
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation>之后其仅凭密码即可登录，并可重新设置身份验证器应用。请务必先核实提出请求的人的身份。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation>选择一个用户以查看其详细信息。</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>最后活跃 %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>从未活跃</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation>联系渠道：用户的电子邮件地址</translation>
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation>与 OAuth 提供商关联的账户</translation>
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation>团队和项目权限</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>用户详细信息</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation>用户自己的 API 密钥</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation>已有其他用户使用此电子邮件地址登录。请选择其他地址，或关闭“用于登录”以便仍将其添加给此用户。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation>授予…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>项目权限</translation>
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation>用户的项目权限</translation>
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation>向用户授予项目权限</translation>
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation>在此处通过输入权限 ID 授予权限。</translation>
    </message>
    <message>
        <source>No project permissions.</source>
        <translation>没有项目权限。</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>正在加载权限…</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>无法加载权限。原因显示在上方。</translation>
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation>项目尚未定义权限：请在“权限”页面中创建</translation>
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation>该用户已拥有项目定义的所有权限</translation>
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation>此权限是继承的：请撤销包含它的权限</translation>
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation>收回用户的所选权限</translation>
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation>权限 ID（例如“read_reports”）：</translation>
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation>要授予 %1 的权限：</translation>
    </message>
    <message>
        <source>Grant permission</source>
        <translation>授予权限</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>正在授予 %1…</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>已授予 %1。</translation>
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation>授予 %1 失败。</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>撤销权限</translation>
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation>要收回 %2 的 %1 吗？</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>正在吊销 %1…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>已吊销 %1。</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>吊销 %1 失败。</translation>
    </message>
    <message>
        <source>Team permissions</source>
        <translation>团队权限</translation>
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation>成员的团队权限</translation>
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation>在此团队中向成员授予权限</translation>
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation>此团队中没有权限。</translation>
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation>项目尚未定义团队权限：请在“权限”页面中创建</translation>
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation>该成员已拥有项目定义的所有团队权限</translation>
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation>在此团队中收回成员的所选权限</translation>
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation>团队权限 ID（例如“team_admin”或“$read_members”）：</translation>
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation>在此团队中要授予 %1 的权限：</translation>
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation>要在此团队中收回 %2 的 %1 吗？</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation>按名称、电子邮件或用户 ID 搜索用户，并勾选所需用户。</translation>
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation>包括匿名用户(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>选择 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose users</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>按名称、电子邮件或用户 ID 搜索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation>除非您要求，否则匿名用户将被隐藏</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>找到的用户</translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation>全部取消勾选</translation>
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation>完成选择用户（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation>尚未选择任何人：请勾选所需用户。</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>已选择（%1）：%2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>已显示 %n 个用户 · 正在加载更多…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>已显示 %n 个用户 · 向下滚动以查看更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation>此项目还没有用户。</translation>
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation>没有与“%1”匹配的用户。搜索范围包括名称、电子邮件和完整的用户 ID。</translation>
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation>搜索失败；原因显示在上方。</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation>按名称、电子邮件或用户 ID 搜索该用户，并勾选。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation>打开团队</translation>
    </message>
    <message>
        <source>Remove from team…</source>
        <translation>从团队中移除…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Teams of the user</source>
        <translation>用户的团队</translation>
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation>在“团队”页面中显示所选团队</translation>
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation>将用户移出所选团队</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>不是任何团队的成员。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>正在加载团队…</translation>
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation>无法加载团队。原因显示在上方。</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>从团队中移除</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation>要从 %2 中移除 %1 吗？其将失去该团队的权限。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation>正在从 %1 中移除…</translation>
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation>已从 %1 中移除。</translation>
    </message>
    <message>
        <source>Removing from %1 failed.</source>
        <translation>从 %1 中移除失败。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>仅匿名用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>重新加载列表（F5）</translation>
    </message>
    <message>
        <source>Reload users</source>
        <translation>重新加载用户</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>按名称、电子邮件或用户 ID 搜索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation>最新注册的优先</translation>
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation>最早注册的优先</translation>
    </message>
    <message>
        <source>Recently active first</source>
        <translation>最近活跃的优先</translation>
    </message>
    <message>
        <source>Least recently active first</source>
        <translation>最久未活跃的优先</translation>
    </message>
    <message>
        <source>Order of users</source>
        <translation>用户排序</translation>
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation>同时显示受限用户（电子邮件未验证或被管理员限制）</translation>
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation>同时显示匿名用户（以及受限用户）</translation>
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation>仅显示匿名用户</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation>在您滚动时服务器上的列表发生了变化；已从顶部重新加载。</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation>已显示 %1 个用户 · 正在加载更多…</translation>
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation>已显示 %1 个用户 · 向下滚动以查看更多</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation>已显示 %1 个用户 · 加载失败</translation>
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation>还没有符合这些筛选条件的用户。</translation>
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>没有与“%1”匹配的用户。
搜索范围包括名称、电子邮件和完整的用户 ID。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation>可对所选用户执行的操作（也可右键单击）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>%n 个所选行尚未加载 — 滚动到这些行以包含它们</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersTableHeader</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation>Hexclave (Stack Auth) 项目的桌面控制台：用户、团队、权限、密钥、支付、电子邮件、支持和配置。</translation>
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation>启动带有示例数据的内置演示服务器并登录。</translation>
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation>演示服务器的示例用户数量（默认 120）。</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>打开此页面：%1。</translation>
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation>在页面首批数据加载完成后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation>打印启动耗时和请求计数（用于基准测试）。</translation>
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation>--demo-users 需要 0 到 5000000 之间的数字。</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>未知页面 "%1"。可用页面：%2。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation>意外的参数 "%1"（选项以 -- 开头）。</translation>
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation>--demo-users 只能与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation>演示服务器没有分析数据存储：概览显示的是根据用户计算出的内容。</translation>
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation>打开此 hexclave.config.ts 进行离线编辑（无需连接；文件不存在时会提示创建）。</translation>
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation>--demo-no-metrics 只能与 --demo 一起使用。</translation>
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation>本次运行的界面语言：%1。</translation>
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation>本次运行使用浅色或深色外观：%1。</translation>
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation>未知语言 "%1"。可用语言：%2。</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation>未知配色方案 "%1"。可用配色方案：%2。</translation>
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation>登录后演示服务器有意失败的响应所占比例（0 到 1）：响应缓慢、速率限制、服务器错误、连接中断、响应正文损坏。</translation>
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation>--demo-faults 需要 0 到 1 之间的数字，例如 0.2。</translation>
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation>--demo-faults 只能与 --demo 一起使用。</translation>
    </message>
</context>
</TS>
