<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>hexclave::api::ApiClient</name>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>サインアウトされています。続行するには再度サインインしてください。</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>サインアウトされています。</translation>
    </message>
    <message>
        <source>A project key cannot make this request: it needs a dashboard account.</source>
        <translation>プロジェクトキーではこのリクエストを実行できません。ダッシュボードアカウントが必要です。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ApiError</name>
    <message>
        <source>The server could not be reached: %1. Check the address and your network connection.</source>
        <translation>サーバーに接続できませんでした: %1。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening the server may be overloaded.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、サーバーが過負荷になっている可能性があります。</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. The server's certificate is not trusted.</source>
        <translation>セキュリティで保護された接続が拒否されました: %1。サーバーの証明書は信頼されていません。</translation>
    </message>
    <message>
        <source>The server answered with something this app does not understand (%1).</source>
        <translation>サーバーがこのアプリで解釈できない応答を返しました (%1)。</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>セッションの有効期限が切れました。続行するには再度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>続行するには再度サインインしてください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in %1 seconds.</source>
        <translation>サーバーがリクエストを制限しています。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server is limiting requests. Try again in a moment.</source>
        <translation>サーバーがリクエストを制限しています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>サーバーで内部エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1.</source>
        <translation>リクエストが失敗しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <source>Check that the key belongs to this project and has not been revoked.</source>
        <translation>キーがこのプロジェクトのものであり、失効していないことを確認してください。</translation>
    </message>
    <message>
        <source>Create a new key in the project's API keys page.</source>
        <translation>プロジェクトの API キーのページで新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Check the email address and password.</source>
        <translation>メールアドレスとパスワードを確認してください。</translation>
    </message>
    <message>
        <source>Check the project id.</source>
        <translation>プロジェクト ID を確認してください。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>再度サインインしてください。</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so the change may or may not have been made. Reload to check before you try again.</source>
        <translation>サーバーが応答する前に接続が閉じられたため、変更が行われたかどうかは不明です。もう一度試す前に、再読み込みして確認してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::BrowserSignIn</name>
    <message>
        <source>The sign-in link expired before it was confirmed. Start again.</source>
        <translation>サインインリンクは確認される前に有効期限が切れました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start again.</source>
        <translation>このサインインリンクは既に使用されています。最初からやり直してください。</translation>
    </message>
    <message>
        <source>The server answered the sign-in with a status this app does not know.</source>
        <translation>サーバーがこのアプリの認識できないステータスでサインインに応答しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Capabilities</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Support conversations are answered as a person: connect with a dashboard account (browser or email sign-in) to use them.</source>
        <translation>サポートの会話には個人として返信します。使用するには、ダッシュボードアカウント (ブラウザーまたはメールでのサインイン) で接続してください。</translation>
    </message>
    <message>
        <source>The overview needs the project's metrics, which only admin access can read. Connect with an admin key or a dashboard account.</source>
        <translation>概要にはプロジェクトのメトリクスが必要ですが、これは管理者アクセスでのみ読み取れます。管理者キーまたはダッシュボードアカウントで接続してください。</translation>
    </message>
    <message>
        <source>A server key can grant and revoke permissions but cannot see or edit their definitions. Use an admin key or a dashboard account for that.</source>
        <translation>サーバーキーでは権限の付与と取り消しはできますが、その定義の表示や編集はできません。そのためには管理者キーまたはダッシュボードアカウントを使用してください。</translation>
    </message>
    <message>
        <source>A server key can manage user and team API keys but not the project's own keys. Use an admin key or a dashboard account for those.</source>
        <translation>サーバーキーではユーザーとチームの API キーを管理できますが、プロジェクト自体のキーは管理できません。そのためには管理者キーまたはダッシュボードアカウントを使用してください。</translation>
    </message>
    <message>
        <source>A server key can read and change customers' items but not products, the ledger or refunds. Use an admin key or a dashboard account for those.</source>
        <translation>サーバーキーでは顧客のアイテムの読み取りと変更はできますが、製品、台帳、返金は扱えません。そのためには管理者キーまたはダッシュボードアカウントを使用してください。</translation>
    </message>
    <message>
        <source>A server key can send emails and read the outbox but not edit drafts, templates or themes. Use an admin key or a dashboard account for those.</source>
        <translation>サーバーキーではメールの送信と送信トレイの読み取りはできますが、下書き、テンプレート、テーマの編集はできません。そのためには管理者キーまたはダッシュボードアカウントを使用してください。</translation>
    </message>
    <message>
        <source>Project configuration needs admin access. Connect with an admin key or a dashboard account.</source>
        <translation>プロジェクトの構成には管理者アクセスが必要です。管理者キーまたはダッシュボードアカウントで接続してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CertificateTrust</name>
    <message>
        <source>it is self-signed, so no certificate authority vouches for it</source>
        <translation>自己署名されているため、証明機関による保証がありません</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>%1 に有効期限が切れています</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>%1 より前は有効ではありません</translation>
    </message>
    <message>
        <source>it was issued for %1, not for this address</source>
        <translation>%1 に対して発行されており、このアドレス用ではありません</translation>
    </message>
    <message>
        <source>it was issued by “%1”, which this computer does not trust</source>
        <translation>「%1」によって発行されていますが、このコンピューターはこの発行者を信頼していません</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not trusted: %2. Nothing was sent. If this is your own server, compare the certificate's SHA-256 fingerprint with the one your server's operator gives you before you trust it.</source>
        <translation>%1 へのセキュリティで保護された接続は、証明書が信頼されていないため拒否されました: %2。何も送信されていません。自分のサーバーの場合は、信頼する前に、証明書の SHA-256 フィンガープリントをサーバーの運用者から提供されたものと比較してください。</translation>
    </message>
    <message>
        <source>it names no server, so it does not cover this address</source>
        <translation>サーバー名が記載されていないため、このアドレスは対象外です</translation>
    </message>
    <message>
        <source>The certificate you trusted for %1 expired on %2, so the connection was refused and nothing was sent. Ask your server's operator to renew it, then trust the new one.</source>
        <translation>%1 に対して信頼した証明書は %2 に有効期限が切れたため、接続は拒否され、何も送信されていません。サーバーの運用者に証明書の更新を依頼してから、新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 changed since you trusted it (new SHA-256 fingerprint %2). The connection was refused and nothing was sent. Check with your server's operator; if the change is expected, sign in again to trust the new certificate.</source>
        <translation>%1 の証明書が、信頼した後に変更されました (新しい SHA-256 フィンガープリント %2)。接続は拒否され、何も送信されていません。サーバーの運用者に確認してください。変更が想定どおりの場合は、再度サインインして新しい証明書を信頼してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused because its certificate is not valid: %2. Nothing was sent. Ask your server's operator to fix the certificate.</source>
        <translation>%1 へのセキュリティで保護された接続は、証明書が有効でないため拒否されました: %2。何も送信されていません。サーバーの運用者に証明書の修正を依頼してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigFileFormat</name>
    <message>
        <source>The file must export a plain `config` object: export const config = { … };</source>
        <translation>ファイルはプレーンな `config` オブジェクトをエクスポートする必要があります: export const config = { … };</translation>
    </message>
    <message>
        <source>Unsupported config expression: function call</source>
        <translation>サポートされていない構成の式: 関数呼び出し</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal</source>
        <translation>サポートされていない構成の式: テンプレートリテラル</translation>
    </message>
    <message>
        <source>Unsupported config expression: property access</source>
        <translation>サポートされていない構成の式: プロパティアクセス</translation>
    </message>
    <message>
        <source>Unsupported config expression: operators such as %1 cannot be used; write the value itself.</source>
        <translation>サポートされていない構成の式: %1 などの演算子は使用できません。値そのものを記述してください。</translation>
    </message>
    <message>
        <source>The configuration is nested too deeply (more than %1 levels).</source>
        <translation>構成のネストが深すぎます (%1 レベル超)。</translation>
    </message>
    <message>
        <source>Unexpected end of file: a value is missing.</source>
        <translation>予期しないファイルの終わり: 値がありません。</translation>
    </message>
    <message>
        <source>Unsupported config expression: a minus sign is only allowed before a number.</source>
        <translation>サポートされていない構成の式: マイナス記号は数値の前にのみ使用できます。</translation>
    </message>
    <message>
        <source>Unsupported config expression: function</source>
        <translation>サポートされていない構成の式: 関数</translation>
    </message>
    <message>
        <source>Unsupported config expression: comma operator</source>
        <translation>サポートされていない構成の式: カンマ演算子</translation>
    </message>
    <message>
        <source>Unexpected end of file: `)` is missing.</source>
        <translation>予期しないファイルの終わり: `)` がありません。</translation>
    </message>
    <message>
        <source>`)` expected here.</source>
        <translation>ここには `)` が必要です。</translation>
    </message>
    <message>
        <source>Unsupported config expression: template literal (use "double" or 'single' quotes)</source>
        <translation>サポートされていない構成の式: テンプレートリテラル ("ダブル" または 'シングル' クォートを使用してください)</translation>
    </message>
    <message>
        <source>Unsupported config expression: regular expression</source>
        <translation>サポートされていない構成の式: 正規表現</translation>
    </message>
    <message>
        <source>Unsupported config expression: identifier</source>
        <translation>サポートされていない構成の式: 識別子</translation>
    </message>
    <message>
        <source>Unsupported config expression: `new`</source>
        <translation>サポートされていない構成の式: `new`</translation>
    </message>
    <message>
        <source>Unsupported config expression: %1</source>
        <translation>サポートされていない構成の式: %1</translation>
    </message>
    <message>
        <source>%1 takes the configuration object as its only argument.</source>
        <translation>%1 は構成オブジェクトを唯一の引数として受け取ります。</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (only literal values can be used)</source>
        <translation>サポートされていない構成の式: 変数 `%1` (リテラル値のみ使用できます)</translation>
    </message>
    <message>
        <source>Config arrays cannot contain holes or spreads.</source>
        <translation>構成の配列には空要素やスプレッドを含めることはできません。</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a value is expected here.</source>
        <translation>予期しない文字 `%1`: ここには値が必要です。</translation>
    </message>
    <message>
        <source>Unexpected end of file: the object that starts at %1 is not closed with `}`.</source>
        <translation>予期しないファイルの終わり: %1 で始まるオブジェクトが `}` で閉じられていません。</translation>
    </message>
    <message>
        <source>Config objects cannot contain spreads.</source>
        <translation>構成のオブジェクトにはスプレッドを含めることはできません。</translation>
    </message>
    <message>
        <source>Config object keys cannot be computed.</source>
        <translation>構成のオブジェクトのキーを計算式にすることはできません。</translation>
    </message>
    <message>
        <source>Config objects cannot contain methods.</source>
        <translation>構成のオブジェクトにはメソッドを含めることはできません。</translation>
    </message>
    <message>
        <source>Unexpected character `%1`: a key or `}` is expected here.</source>
        <translation>予期しない文字 `%1`: ここにはキーまたは `}` が必要です。</translation>
    </message>
    <message>
        <source>Unsupported config expression: the variable `%1` (write `%1: value`)</source>
        <translation>サポートされていない構成の式: 変数 `%1` (`%1: value` と記述してください)</translation>
    </message>
    <message>
        <source>Unexpected end of file: `:` and a value are missing after the key.</source>
        <translation>予期しないファイルの終わり: キーの後に `:` と値がありません。</translation>
    </message>
    <message>
        <source>`:` expected after the key "%1".</source>
        <translation>キー "%1" の後には `:` が必要です。</translation>
    </message>
    <message>
        <source>`__proto__` cannot be used as a key.</source>
        <translation>`__proto__` はキーとして使用できません。</translation>
    </message>
    <message>
        <source>`,` or `}` expected here.</source>
        <translation>ここには `,` または `}` が必要です。</translation>
    </message>
    <message>
        <source>The key "%1" sets a value inside "%2", but "%2" is not an object here.</source>
        <translation>キー "%1" は "%2" 内の値を設定しますが、ここでは "%2" はオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Unexpected end of file: the array that starts at %1 is not closed with `]`.</source>
        <translation>予期しないファイルの終わり: %1 で始まる配列が `]` で閉じられていません。</translation>
    </message>
    <message>
        <source>`,` or `]` expected here.</source>
        <translation>ここには `,` または `]` が必要です。</translation>
    </message>
    <message>
        <source>Only comments and `export default config;` may follow the `config` export.</source>
        <translation>`config` のエクスポートの後に置けるのは、コメントと `export default config;` だけです。</translation>
    </message>
    <message>
        <source>`=` expected after the type of `config`.</source>
        <translation>`config` の型の後には `=` が必要です。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行、%2 列</translation>
    </message>
    <message>
        <source>Unterminated comment: this /* comment is never closed with */.</source>
        <translation>終了していないコメント: この /* コメントは */ で閉じられていません。</translation>
    </message>
    <message>
        <source>Invalid escape sequence in a string.</source>
        <translation>文字列内のエスケープシーケンスが無効です。</translation>
    </message>
    <message>
        <source>Unterminated string: the closing quote is missing.</source>
        <translation>終了していない文字列: 閉じ引用符がありません。</translation>
    </message>
    <message>
        <source>Unterminated string: a string cannot continue on the next line (use \n).</source>
        <translation>終了していない文字列: 文字列を次の行に続けることはできません (\n を使用してください)。</translation>
    </message>
    <message>
        <source>Octal escape sequences cannot be used in a string.</source>
        <translation>文字列内で 8 進エスケープシーケンスは使用できません。</translation>
    </message>
    <message>
        <source>Invalid number.</source>
        <translation>無効な数値です。</translation>
    </message>
    <message>
        <source>Numbers cannot start with 0 followed by more digits (octal literals are not allowed).</source>
        <translation>数値を 0 で始めて後に数字を続けることはできません (8 進リテラルは使用できません)。</translation>
    </message>
    <message>
        <source>BigInt numbers cannot be used in a configuration.</source>
        <translation>構成では BigInt の数値は使用できません。</translation>
    </message>
    <message>
        <source>Unexpected end of file: this bracket is never closed.</source>
        <translation>予期しないファイルの終わり: この括弧は閉じられていません。</translation>
    </message>
    <message>
        <source>Unterminated template literal.</source>
        <translation>終了していないテンプレートリテラルです。</translation>
    </message>
    <message>
        <source>Unexpected end of file: a type is missing.</source>
        <translation>予期しないファイルの終わり: 型がありません。</translation>
    </message>
    <message>
        <source>A type is expected here.</source>
        <translation>ここには型が必要です。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行、%2 列: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConfigSchema</name>
    <message>
        <source>%1 "%2" is not a UUID; ids here look like 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac.</source>
        <translation>%1 "%2" は UUID ではありません。ここでの ID は 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac のような形式です。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:).</source>
        <translation>%1 "%2" に使用できるのは、英小文字、数字、アンダースコア (_)、コロン (:) のみです。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and colons (:), after an optional $ for system permissions.</source>
        <translation>%1 "%2" に使用できるのは、英小文字、数字、アンダースコア (_)、コロン (:) のみです (システム権限の場合は先頭に $ を付けられます)。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only lowercase letters, numbers, underscores (_) and hyphens (-).</source>
        <translation>%1 "%2" に使用できるのは、英小文字、数字、アンダースコア (_)、ハイフン (-) のみです。</translation>
    </message>
    <message>
        <source>"%1" can only be set at the project level.</source>
        <translation>"%1" はプロジェクトレベルでのみ設定できます。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: it can only be set at the environment level, not in the branch configuration or a hexclave.config.ts file.</source>
        <translation>"%1" は環境設定です。環境レベルでのみ設定でき、ブランチの構成や hexclave.config.ts ファイルでは設定できません。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting on current servers, which refuse it in the branch configuration; only older servers accept it here. Set it at the environment level.</source>
        <translation>"%1" は現在のサーバーでは環境設定であり、ブランチの構成では拒否されます。ここで受け付けるのは古いサーバーだけです。環境レベルで設定してください。</translation>
    </message>
    <message>
        <source>"%1" is an environment setting: current servers ignore it in the branch configuration. Set it at the environment level.</source>
        <translation>"%1" は環境設定です。現在のサーバーはブランチの構成内のこの設定を無視します。環境レベルで設定してください。</translation>
    </message>
    <message>
        <source>"%1" cannot be set at the project level; set it at the branch or environment level.</source>
        <translation>"%1" はプロジェクトレベルでは設定できません。ブランチレベルまたは環境レベルで設定してください。</translation>
    </message>
    <message>
        <source>"%1" is not a known section of the configuration. Known sections: %2.</source>
        <translation>"%1" は構成の既知のセクションではありません。既知のセクション: %2。</translation>
    </message>
    <message>
        <source>Product "%1" names the product line "%2", which this configuration does not define.</source>
        <translation>製品 "%1" は製品ライン "%2" を指定していますが、この構成ではその製品ラインが定義されていません。</translation>
    </message>
    <message>
        <source>Product "%1" has customer type "%2", but its product line "%3" has customer type "%4".</source>
        <translation>製品 "%1" の顧客タイプは "%2" ですが、その製品ライン "%3" の顧客タイプは "%4" です。</translation>
    </message>
    <message>
        <source>"%1" must be an interval like [1, "month"]: a whole number and one of day, week, month, year.</source>
        <translation>"%1" は [1, "month"] のような間隔である必要があります: 整数と、day、week、month、year のいずれか。</translation>
    </message>
    <message>
        <source>"%1" is an interval of 0; current servers require at least 1.</source>
        <translation>"%1" の間隔が 0 です。現在のサーバーでは 1 以上が必要です。</translation>
    </message>
    <message>
        <source>"%1" must be an object listing ids with the value true, like { "id": true }.</source>
        <translation>"%1" は { "id": true } のように、値 true を持つ ID を列挙したオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be true; remove ids that should not be included.</source>
        <translation>"%1" は true である必要があります。含めない ID は削除してください。</translation>
    </message>
    <message>
        <source>"%1" must be true or false, not %2.</source>
        <translation>"%1" は %2 ではなく、true または false である必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be text in quotes, not %2.</source>
        <translation>"%1" は %2 ではなく、引用符で囲んだテキストである必要があります。</translation>
    </message>
    <message>
        <source>"%1" is too long: at most %2 characters are allowed.</source>
        <translation>"%1" が長すぎます: 最大 %2 文字まで使用できます。</translation>
    </message>
    <message>
        <source>"%1" must be a number, not %2.</source>
        <translation>"%1" は %2 ではなく、数値である必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be a whole number of 0 or more, not %2.</source>
        <translation>"%1" は %2 ではなく、0 以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be one of %2, not %3.</source>
        <translation>"%1" は %3 ではなく、%2 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be a UUID such as 1df07ae6-abf3-4a40-83a5-a1a2cbe336ac, not %2.</source>
        <translation>"%1" は %2 ではなく、1df07ae6-abf3-4a40-83a5-a1a2cbe336ac のような UUID である必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be the UUID of an email theme, or false for no theme, not %2.</source>
        <translation>"%1" は %2 ではなく、メールテーマの UUID、またはテーマなしの場合は false である必要があります。</translation>
    </message>
    <message>
        <source>"%1" must be an amount in quotes such as "9.99" (not a number of cents), not %2.</source>
        <translation>"%1" は %2 ではなく、"9.99" のように引用符で囲んだ金額 (セント単位の数値ではありません) である必要があります。</translation>
    </message>
    <message>
        <source>"%1" should be a decimal amount such as "9.99" or "1000".</source>
        <translation>"%1" は "9.99" や "1000" のような 10 進数の金額である必要があります。</translation>
    </message>
    <message>
        <source>"include-by-default" is no longer supported by current servers; use an explicit price of 0 instead.</source>
        <translation>"include-by-default" は現在のサーバーではサポートされなくなりました。代わりに価格 0 を明示的に指定してください。</translation>
    </message>
    <message>
        <source>"%1" must be an object with one entry per id ({ … }), not %2.</source>
        <translation>"%1" は %2 ではなく、ID ごとに 1 つのエントリを持つオブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>"%1" is not an app this version of Hexclave Admin knows. The server accepts it; check the spelling.</source>
        <translation>"%1" はこのバージョンの Hexclave Admin が認識しているアプリではありません。サーバーは受け付けます。スペルを確認してください。</translation>
    </message>
    <message>
        <source>"%1" must be an object ({ … }), not %2.</source>
        <translation>"%1" は %2 ではなく、オブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>"%1" is not a known setting. Allowed in "%2": %3.</source>
        <translation>"%1" は既知の設定ではありません。"%2" で使用できる設定: %3。</translation>
    </message>
    <message>
        <source>"%1" is not a known setting in "%2".</source>
        <translation>"%1" は "%2" の既知の設定ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 は空にできません。</translation>
    </message>
    <message>
        <source>%1 "%2" is too long: at most 63 characters are allowed.</source>
        <translation>%1 "%2" が長すぎます: 最大 63 文字まで使用できます。</translation>
    </message>
    <message>
        <source>%1 "%2" can contain only letters, numbers, underscores (_) and hyphens (-), and cannot start with a hyphen.</source>
        <translation>%1 "%2" に使用できるのは、英字、数字、アンダースコア (_)、ハイフン (-) のみで、ハイフンで始めることはできません。</translation>
    </message>
    <message>
        <source>%1 cannot be "%2": __proto__, constructor and prototype are reserved.</source>
        <translation>%1 を "%2" にすることはできません: __proto__、constructor、prototype は予約されています。</translation>
    </message>
    <message>
        <source>Apple bundle id</source>
        <translation>Apple バンドル ID</translation>
    </message>
    <message>
        <source>OAuth provider id</source>
        <translation>OAuth プロバイダー ID</translation>
    </message>
    <message>
        <source>Sign-up rule id</source>
        <translation>サインアップルール ID</translation>
    </message>
    <message>
        <source>Trusted domain id</source>
        <translation>信頼済みドメイン ID</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>権限 ID</translation>
    </message>
    <message>
        <source>Email theme id</source>
        <translation>メールテーマ ID</translation>
    </message>
    <message>
        <source>Email template id</source>
        <translation>メールテンプレート ID</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>価格 ID</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>アイテム ID</translation>
    </message>
    <message>
        <source>Product line id</source>
        <translation>製品ライン ID</translation>
    </message>
    <message>
        <source>App id</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>Database id</source>
        <translation>データベース ID</translation>
    </message>
    <message>
        <source>Data Vault store id</source>
        <translation>Data Vault ストア ID</translation>
    </message>
</context>
<context>
    <name>hexclave::api::Connection</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>Hexclave cloud</source>
        <translation>Hexclave クラウド</translation>
    </message>
    <message>
        <source>Enter the server's address.</source>
        <translation>サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>"%1" is not a valid address. Use a form like https://auth.example.com/api/v1.</source>
        <translation>"%1" は有効なアドレスではありません。https://auth.example.com/api/v1 のような形式を使用してください。</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// for a local server).</source>
        <translation>アドレスは https:// (ローカルサーバーの場合は http://) で始まる必要があります。</translation>
    </message>
    <message>
        <source>Use https:// for %1: over plain http your keys and sessions would travel unencrypted. (http:// is accepted for servers on this machine or your local network.)</source>
        <translation>%1 には https:// を使用してください。プレーンな http では、キーとセッションが暗号化されずに送信されます (http:// は、このコンピューターまたはローカルネットワーク上のサーバーでは使用できます)。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::ConnectionSession</name>
    <message>
        <source>You signed in with another account: the actions that waited for the previous one were not done.</source>
        <translation>別のアカウントでサインインしました: 以前のアカウントを待っていた操作は実行されていません。</translation>
    </message>
    <message>
        <source>You signed out: the actions that waited for a new sign-in were not done.</source>
        <translation>サインアウトしました: 新しいサインインを待っていた操作は実行されていません。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialKind</name>
    <message>
        <source>Dashboard account</source>
        <translation>ダッシュボードアカウント</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>サーバーキー</translation>
    </message>
</context>
<context>
    <name>hexclave::api::CredentialStore</name>
    <message>
        <source>No system keychain is available (%1). Hexclave Admin keeps secrets only in the system keychain: start or install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>システムのキーチェーンを使用できません (%1)。Hexclave Admin はシークレットをシステムのキーチェーンにのみ保存します。キーチェーン (GNOME Keyring や KWallet など) を起動またはインストールして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました (%1)。ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>This system's keychain does not support the operation (%1).</source>
        <translation>このシステムのキーチェーンはこの操作をサポートしていません (%1)。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1. Make sure it is running and unlocked.</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1。キーチェーンが実行中で、ロックが解除されていることを確認してください。</translation>
    </message>
    <message>
        <source>Or sign in again: without the keychain, you stay signed in only until you quit the app.</source>
        <translation>または再度サインインしてください: キーチェーンがない場合、サインインした状態はアプリを終了するまでしか維持されません。</translation>
    </message>
    <message>
        <source>The credential could not be kept in the system keychain when you signed in, so you are signed out now. Sign in again; to stay signed in after a restart, make sure the system keychain is running and unlocked.</source>
        <translation>サインイン時に資格情報をシステムのキーチェーンに保存できなかったため、サインアウトされました。再度サインインしてください。再起動後もサインインしたままにするには、システムのキーチェーンが実行中で、ロックが解除されていることを確認してください。</translation>
    </message>
    <message>
        <source>The saved credential was not found in the system keychain: the keychain may be locked, or the entry was removed. Unlock the keychain and try again, or sign in again.</source>
        <translation>保存された資格情報がシステムのキーチェーンに見つかりませんでした: キーチェーンがロックされているか、エントリが削除された可能性があります。キーチェーンのロックを解除してもう一度お試しいただくか、再度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>hexclave::api::JsonSupport</name>
    <message>
        <source>The client metadata is not valid JSON.</source>
        <translation>クライアントメタデータが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The client read-only metadata is not valid JSON.</source>
        <translation>クライアント読み取り専用メタデータが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The server metadata is not valid JSON.</source>
        <translation>サーバーメタデータが有効な JSON ではありません。</translation>
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
        <translation>デモサーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモサーバー</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>デモプロジェクト</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkAction</name>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを制限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーの制限を解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to %1</source>
        <translation>
            <numerusform>%n 人のユーザーを %1 に追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %1 to %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーに %1 を付与</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkActionRunner</name>
    <message>
        <source>Was already a member.</source>
        <translation>既にメンバーでした。</translation>
    </message>
    <message>
        <source>Was already deleted.</source>
        <translation>既に削除されていました。</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows it was done.</source>
        <translation>応答は失われましたが、サーバーでは実行済みと表示されています。</translation>
    </message>
    <message>
        <source>Unknown whether it was done: looking it up failed too (%1). Check this user before trying again.</source>
        <translation>実行されたかどうかは不明です。確認にも失敗しました (%1)。再試行する前にこのユーザーを確認してください。</translation>
    </message>
    <message>
        <source>The server shows it was not done. Nothing was sent again.</source>
        <translation>サーバーでは実行されていないと表示されています。再送信は行われていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 件成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n 件未実行</numerusform>
        </translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>hexclave::models::BulkResultsModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Stopped before this user's turn.</source>
        <translation>このユーザーの順番が来る前に停止しました。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogDraft</name>
    <message>
        <source>product line</source>
        <translation>製品ライン</translation>
    </message>
    <message>
        <source>item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>product</source>
        <translation>製品</translation>
    </message>
</context>
<context>
    <name>hexclave::models::CatalogValidation</name>
    <message>
        <source>users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>custom customers</source>
        <translation>カスタム顧客</translation>
    </message>
    <message>
        <source>“%1” is taken by an entry that could not be read.</source>
        <translation>「%1」は読み取れなかったエントリで使用されています。</translation>
    </message>
    <message>
        <source>A product included by default is free: remove its prices.</source>
        <translation>デフォルトで含まれる製品は無料です。価格を削除してください。</translation>
    </message>
    <message>
        <source>Price id: %1</source>
        <translation>価格 ID: %1</translation>
    </message>
    <message>
        <source>Two prices have the id “%1”.</source>
        <translation>2 つの価格の ID が「%1」です。</translation>
    </message>
    <message>
        <source>A price needs an amount in at least one currency.</source>
        <translation>価格には少なくとも 1 つの通貨で金額が必要です。</translation>
    </message>
    <message>
        <source>Choose the item to include.</source>
        <translation>含めるアイテムを選択してください。</translation>
    </message>
    <message>
        <source>Item “%1” is included twice.</source>
        <translation>アイテム「%1」が 2 回含まれています。</translation>
    </message>
    <message>
        <source>There is no item “%1”.</source>
        <translation>アイテム「%1」はありません。</translation>
    </message>
    <message>
        <source>Item “%1” is for %2, this product for %3.</source>
        <translation>アイテム「%1」は %2 用で、この製品は %3 用です。</translation>
    </message>
    <message>
        <source>The quantity cannot be negative.</source>
        <translation>数量を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>ID を入力してください。</translation>
    </message>
    <message>
        <source>An id cannot start with “-”.</source>
        <translation>ID を「-」で始めることはできません。</translation>
    </message>
    <message>
        <source>Use only letters, digits, “_” and “-”.</source>
        <translation>英字、数字、「_」、「-」のみを使用してください。</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>%1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is reserved; choose another id.</source>
        <translation>「%1」は予約されています。別の ID を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 はサポートされている通貨ではありません。</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>%1 の金額を入力してください。</translation>
    </message>
    <message>
        <source>Write the %1 amount as a number such as 9.99.</source>
        <translation>%1 の金額は 9.99 のような数値で入力してください。</translation>
    </message>
    <message>
        <source>The %1 amount cannot be negative.</source>
        <translation>%1 の金額を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Remove the leading zeros of the %1 amount.</source>
        <translation>%1 の金額の先頭のゼロを削除してください。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>%1 の金額には小数はありません。</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>%1 の金額の小数は最大 %2 桁です。</translation>
    </message>
    <message>
        <source>The %1 amount is too large.</source>
        <translation>%1 の金額が大きすぎます。</translation>
    </message>
    <message>
        <source>Choose days, weeks, months or years.</source>
        <translation>日、週、月、年のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The count must be at least 1.</source>
        <translation>回数は 1 以上である必要があります。</translation>
    </message>
    <message>
        <source>Another product has the id “%1”.</source>
        <translation>別の製品の ID が「%1」です。</translation>
    </message>
    <message>
        <source>There is no product line “%1”.</source>
        <translation>製品ライン「%1」はありません。</translation>
    </message>
    <message>
        <source>Product line “%1” is for %2, this product for %3.</source>
        <translation>製品ライン「%1」は %2 用で、この製品は %3 用です。</translation>
    </message>
    <message>
        <source>A product cannot be an add-on to itself.</source>
        <translation>製品を自身のアドオンにすることはできません。</translation>
    </message>
    <message>
        <source>There is no product “%1” to be an add-on to.</source>
        <translation>アドオンの対象となる製品「%1」はありません。</translation>
    </message>
    <message>
        <source>Another item has the id “%1”.</source>
        <translation>別のアイテムの ID が「%1」です。</translation>
    </message>
    <message>
        <source>Another product line has the id “%1”.</source>
        <translation>別の製品ラインの ID が「%1」です。</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Users could not be searched: %1</source>
        <translation>ユーザーを検索できませんでした: %1</translation>
    </message>
    <message>
        <source>Teams could not be loaded: %1</source>
        <translation>チームを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing matches "%1"</source>
        <translation>「%1」に一致するものはありません</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigFileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 は UTF-8 のテキストファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a configuration file this app can read: %2</source>
        <translation>%1 はこのアプリで読み取れる構成ファイルではありません: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>the disk is full or the file is too large</source>
        <translation>ディスクがいっぱいか、ファイルが大きすぎます</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program since it was opened here.</source>
        <translation>%1 は、ここで開いた後に別のプログラムによってディスク上で変更されました。</translation>
    </message>
    <message>
        <source>Choose where to save the new file.</source>
        <translation>新しいファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>未保存の変更を復元用に保持できませんでした: %1</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>未保存の変更を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigPullBaselines</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not remember the pulled configuration: %1</source>
        <translation>プルした構成を記録できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSecrets</name>
    <message>
        <source>%1 (changed)</source>
        <extracomment>A secret value that a change replaces, shown without the value itself.</extracomment>
        <translation>%1 (変更済み)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSettingsWriter</name>
    <message>
        <source>Project override</source>
        <translation>プロジェクトの上書き</translation>
    </message>
    <message>
        <source>Branch override</source>
        <translation>ブランチの上書き</translation>
    </message>
    <message>
        <source>Environment override</source>
        <translation>環境の上書き</translation>
    </message>
    <message>
        <source>The server accepted the change, but the configuration still shows other values for %1. Another configuration level may override them.</source>
        <translation>サーバーは変更を受け付けましたが、構成には %1 について別の値が表示されたままです。別の構成レベルが上書きしている可能性があります。</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>サーバーへの接続が閉じられました。再接続してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigSync</name>
    <message>
        <source>The project's branch configuration holds settings that are kept per environment; they were left out of the file: %1</source>
        <translation>プロジェクトのブランチ構成に、環境ごとに保持される設定が含まれています。これらはファイルから除外されました: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>サーバーへの接続が閉じられました。再接続してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConfigTreeModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 個のキー</numerusform>
        </translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>This configuration cannot be changed here.</source>
        <translation>この構成はここでは変更できません。</translation>
    </message>
    <message>
        <source>Choose a key to change.</source>
        <translation>変更するキーを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value. Write text in double quotes, a number, true, false, null, an object {…} or an array […].</source>
        <translation>「%1」は JSON 値ではありません。ダブルクォートで囲んだテキスト、数値、true、false、null、オブジェクト {…}、配列 […] のいずれかを記述してください。</translation>
    </message>
    <message>
        <source>Enter a key.</source>
        <translation>キーを入力してください。</translation>
    </message>
    <message>
        <source>A key cannot contain a dot; add the parent keys one by one.</source>
        <translation>キーにドットを含めることはできません。親キーを 1 つずつ追加してください。</translation>
    </message>
    <message>
        <source>Keys can only be added to an object.</source>
        <translation>キーはオブジェクトにのみ追加できます。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>「%1」は既に存在します。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>設定場所</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
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
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>Not the primary email</source>
        <translation>プライマリメールではありません</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>サインインに使用</translation>
    </message>
    <message>
        <source>Not used for sign-in</source>
        <translation>サインインに使用しない</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationLabels</name>
    <message>
        <source>Needs support</source>
        <translation>サポートが必要</translation>
    </message>
    <message>
        <source>Waiting on user</source>
        <translation>ユーザーの返信待ち</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Started by support</source>
        <translation>サポートが開始</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Internal note · only your team sees this</source>
        <translation>内部メモ · チームのメンバーにのみ表示されます</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ConversationsModel</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <source>Unread: %1</source>
        <translation>未読: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::DeliveryStatsModel</name>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>過去 1 か月</translation>
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
        <translation>毎秒 %1 通 (毎時 %2 通)</translation>
    </message>
    <message>
        <source>Boost ×%1 active</source>
        <translation>ブースト ×%1 有効</translation>
    </message>
    <message>
        <source>Boost ×%1 active until %2</source>
        <translation>ブースト ×%1 有効 (%2 まで)</translation>
    </message>
    <message>
        <source>Slowed to %1 % of the usual rate: too many recent emails bounced or were marked as spam.</source>
        <translation>通常の %1 % の速度に低下しています: 最近のメールの多くがバウンスしたか、スパムとしてマークされました。</translation>
    </message>
    <message>
        <source>Running at %1 % of the usual rate (penalty factor set by the server).</source>
        <translation>通常の %1 % の速度で実行中です (サーバーが設定したペナルティ係数)。</translation>
    </message>
    <message numerus="yes">
        <source>Bounced emails out of the %n sent</source>
        <translation>
            <numerusform>送信した %n 通のうちバウンスしたメール</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails marked as spam out of the %n sent</source>
        <translation>
            <numerusform>送信した %n 通のうちスパムとしてマークされたメール</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>バウンス</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>スパムとしてマーク</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>バウンス率</translation>
    </message>
    <message>
        <source>Spam rate</source>
        <translation>スパム率</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EditorAutosave</name>
    <message>
        <source>An autosaved text needs a key.</source>
        <translation>自動保存するテキストにはキーが必要です。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not restrict the folder %1 to its owner.</source>
        <translation>フォルダー %1 へのアクセスを所有者に制限できませんでした。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Skipped the damaged autosave file %1.</source>
        <translation>破損した自動保存ファイル %1 をスキップしました。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::EmailSourceListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>%1 •</source>
        <translation>%1 •</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Edited here, not saved yet</source>
        <translation>ここで編集済み、未保存</translation>
    </message>
    <message>
        <source>Edited here, not saved yet · %1</source>
        <translation>ここで編集済み、未保存 · %1</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved yet (kept on this computer until saved or discarded)</source>
        <translation>「%1」には未保存の変更があります (保存または破棄するまでこのコンピューターに保持されます)</translation>
    </message>
</context>
<context>
    <name>hexclave::models::FileConfigTarget</name>
    <message>
        <source>This setting is kept per environment on the server and is not part of hexclave.config.ts; set it on the project's Configuration page.</source>
        <translation>この設定はサーバー上で環境ごとに保持され、hexclave.config.ts には含まれません。プロジェクトの [構成] ページで設定してください。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>Edit configuration</source>
        <translation>構成を編集</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ItemBalancesModel</name>
    <message>
        <source>No item with this ID in the project</source>
        <translation>この ID のアイテムはプロジェクトにありません</translation>
    </message>
    <message>
        <source>An item for another type of customer</source>
        <translation>別の種類の顧客向けのアイテム</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>サーバーから応答がありません</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Item ID: %1</source>
        <translation>アイテム ID: %1</translation>
    </message>
    <message>
        <source>Reading the balance again…</source>
        <translation>残高を再度読み取っています…</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>残高を読み取っています…</translation>
    </message>
    <message>
        <source>The customer was not found; see the message above</source>
        <translation>顧客が見つかりませんでした。上のメッセージを参照してください</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
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
        <translation>この一覧の接続が閉じられました。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OAuthProvidersModel</name>
    <message>
        <source>%1 (configuration %2)</source>
        <translation>%1 (構成 %2)</translation>
    </message>
    <message>
        <source>The user can sign in with this account</source>
        <translation>ユーザーはこのアカウントでサインインできます</translation>
    </message>
    <message>
        <source>The user cannot sign in with this account</source>
        <translation>ユーザーはこのアカウントでサインインできません</translation>
    </message>
    <message>
        <source>The app can use this account's access token (connected account)</source>
        <translation>アプリはこのアカウントのアクセストークンを使用できます (接続済みアカウント)</translation>
    </message>
    <message>
        <source>The app cannot use this account's access token</source>
        <translation>アプリはこのアカウントのアクセストークンを使用できません</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>アカウント ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Connected account</source>
        <translation>接続済みアカウント</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OutboxModel</name>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>レンダリング中</translation>
    </message>
    <message>
        <source>Could not be rendered</source>
        <translation>レンダリングできませんでした</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー登録済み</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>バウンス</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>配信遅延</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開封済み</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>クリック済み</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>スパムとしてマーク</translation>
    </message>
    <message>
        <source>Paused by an administrator: it is not sent until resumed.</source>
        <translation>管理者によって一時停止されました: 再開するまで送信されません。</translation>
    </message>
    <message>
        <source>Waiting to be rendered.</source>
        <translation>レンダリングを待っています。</translation>
    </message>
    <message>
        <source>Its template is being rendered.</source>
        <translation>テンプレートをレンダリングしています。</translation>
    </message>
    <message>
        <source>Its template could not be rendered; it will not be sent.</source>
        <translation>テンプレートをレンダリングできませんでした。送信されません。</translation>
    </message>
    <message>
        <source>Rendered, waiting for its scheduled time.</source>
        <translation>レンダリング済み。予定時刻を待っています。</translation>
    </message>
    <message>
        <source>Waiting for a free slot to be sent.</source>
        <translation>送信枠が空くのを待っています。</translation>
    </message>
    <message>
        <source>Being handed to the email server right now.</source>
        <translation>現在メールサーバーに渡しています。</translation>
    </message>
    <message>
        <source>The email server refused or failed to take it.</source>
        <translation>メールサーバーが受け取りを拒否したか、失敗しました。</translation>
    </message>
    <message>
        <source>Not sent, on purpose.</source>
        <translation>意図的に送信していません。</translation>
    </message>
    <message>
        <source>The recipient's server sent it back.</source>
        <translation>受信者のサーバーから返送されました。</translation>
    </message>
    <message>
        <source>The recipient's server has not accepted it yet; it is retried.</source>
        <translation>受信者のサーバーがまだ受け付けていません。再試行されます。</translation>
    </message>
    <message>
        <source>Handed to the email server.</source>
        <translation>メールサーバーに渡しました。</translation>
    </message>
    <message>
        <source>Delivered and opened by the recipient.</source>
        <translation>配信され、受信者が開封しました。</translation>
    </message>
    <message>
        <source>Delivered, and a link in it was clicked.</source>
        <translation>配信され、メール内のリンクがクリックされました。</translation>
    </message>
    <message>
        <source>Delivered, and the recipient marked it as spam.</source>
        <translation>配信され、受信者がスパムとしてマークしました。</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>理由の指定なし</translation>
    </message>
    <message>
        <source>Cancelled by an administrator</source>
        <translation>管理者によってキャンセルされました</translation>
    </message>
    <message>
        <source>The user unsubscribed from this kind of email</source>
        <translation>ユーザーがこの種類のメールの購読を解除しました</translation>
    </message>
    <message>
        <source>The user has no primary email address</source>
        <translation>ユーザーにプライマリメールアドレスがありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(受信者なし)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(未レンダリング)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>このコンピューターのタイムゾーン (%1)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>予定日時</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedApiKeysModel</name>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 に失効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>A public key may be shown to others (e.g. in a browser); it is not a secret</source>
        <translation>公開キーは他人 (ブラウザーなど) に表示されることがあり、シークレットではありません</translation>
    </message>
    <message>
        <source>A secret key: only its owner's servers should hold it</source>
        <translation>シークレットキー: 所有者のサーバーだけが保持する必要があります</translation>
    </message>
    <message>
        <source>Only the last four characters can be read again; the whole key was shown once, when it was created</source>
        <translation>再度読み取れるのは末尾の 4 文字だけです。キー全体は作成時に一度だけ表示されました</translation>
    </message>
    <message>
        <source>This key does not expire</source>
        <translation>このキーは期限切れになりません</translation>
    </message>
    <message>
        <source>The key works</source>
        <translation>このキーは有効です</translation>
    </message>
    <message>
        <source>Revoked on %1: the key no longer works</source>
        <translation>%1 に失効: このキーは使用できなくなりました</translation>
    </message>
    <message>
        <source>Expired on %1: the key no longer works</source>
        <translation>%1 に期限切れ: このキーは使用できなくなりました</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>hexclave::models::OwnedProductsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>この一覧の接続が閉じられました。</translation>
    </message>
    <message>
        <source>(unnamed product)</source>
        <translation>(名前のない製品)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>1 回限り</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <source>Renews %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>A product given inline, not one of the catalog's</source>
        <translation>カタログのものではなく、インラインで指定された製品</translation>
    </message>
    <message>
        <source>Product ID: %1</source>
        <translation>製品 ID: %1</translation>
    </message>
    <message>
        <source>Renews every billing period until it is cancelled</source>
        <translation>キャンセルされるまで請求期間ごとに更新されます</translation>
    </message>
    <message>
        <source>Bought or granted once; it does not renew</source>
        <translation>1 回だけ購入または付与されたもので、更新されません</translation>
    </message>
    <message>
        <source>The server did not say when the current period ends</source>
        <translation>サーバーから現在の期間の終了日が通知されませんでした</translation>
    </message>
    <message>
        <source>Cancelled: ends on %1</source>
        <translation>キャンセル済み: %1 に終了</translation>
    </message>
    <message>
        <source>The current period ends on %1, then it renews</source>
        <translation>現在の期間は %1 に終了し、その後更新されます</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Renews / ends</source>
        <translation>更新 / 終了</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PagedTableModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>この一覧の接続が閉じられました。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::PermissionDefinitionsModel</name>
    <message>
        <source>(not defined)</source>
        <translation>(未定義)</translation>
    </message>
    <message>
        <source>Contains, directly or through others: %1</source>
        <translation>直接または他の権限を介して含む権限: %1</translation>
    </message>
    <message>
        <source>A system permission: built into the server and read-only.</source>
        <translation>システム権限: サーバーに組み込まれており、読み取り専用です。</translation>
    </message>
    <message>
        <source>Contained in %1</source>
        <translation>%1 に含まれます</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>含む権限</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectApiKeysModel</name>
    <message>
        <source>Client key …%1</source>
        <translation>クライアントキー …%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>Only the last four characters of a key can be read again after it was created.</source>
        <translation>キーの末尾 4 文字以外は、作成後に再度読み取ることはできません。</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>有効期限なし</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 に失効</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>The keys of this set work</source>
        <translation>このセットのキーは有効です</translation>
    </message>
    <message>
        <source>Server key …%1</source>
        <translation>サーバーキー …%1</translation>
    </message>
    <message>
        <source>Admin key …%1</source>
        <translation>管理者キー …%1</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2</source>
        <translation>クライアントキー …%1、サーバーキー …%2</translation>
    </message>
    <message>
        <source>Client key …%1, admin key …%2</source>
        <translation>クライアントキー …%1、管理者キー …%2</translation>
    </message>
    <message>
        <source>Server key …%1, admin key …%2</source>
        <translation>サーバーキー …%1、管理者キー …%2</translation>
    </message>
    <message>
        <source>Client key …%1, server key …%2, admin key …%3</source>
        <translation>クライアントキー …%1、サーバーキー …%2、管理者キー …%3</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectConfigTarget</name>
    <message>
        <source>This server has no project-level configuration.</source>
        <translation>このサーバーにはプロジェクトレベルの構成がありません。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ProjectListModel</name>
    <message>
        <source>%1
Project id: %2</source>
        <translation>%1
プロジェクト ID: %2</translation>
    </message>
    <message>
        <source>%1 — no projects yet</source>
        <translation>%1 — プロジェクトはまだありません</translation>
    </message>
    <message>
        <source>%1 — connecting…</source>
        <translation>%1 — 接続中…</translation>
    </message>
    <message>
        <source>%1 — sign in needed</source>
        <translation>%1 — サインインが必要</translation>
    </message>
    <message>
        <source>%1 — unavailable</source>
        <translation>%1 — 利用不可</translation>
    </message>
</context>
<context>
    <name>hexclave::models::RecentUsersModel</name>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(メールなし)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendAllUsersCounter</name>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>サーバーへの接続が閉じられました。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SendRecipientsModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Not in the server's answer</source>
        <translation>サーバーの応答に含まれていません</translation>
    </message>
    <message>
        <source>Accepted (no email address: will be skipped)</source>
        <translation>受け付け済み (メールアドレスなし: スキップされます)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受け付け済み</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(メールアドレスなし)</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>This user has no primary email address; the server skips them.</source>
        <translation>このユーザーにはプライマリメールアドレスがないため、サーバーはスキップします。</translation>
    </message>
    <message>
        <source>The server's answer does not list this user: no email was queued for them.</source>
        <translation>サーバーの応答にこのユーザーが含まれていません: このユーザー宛てのメールはキューに登録されていません。</translation>
    </message>
    <message>
        <source>Queued. Whether it was delivered shows in the Outbox.</source>
        <translation>キューに登録されました。配信されたかどうかは送信トレイに表示されます。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SignInMethodText</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>パスキー</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>メールコード</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>hexclave::models::SlaUrgency</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 超過</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>%1 超過</translation>
    </message>
    <message>
        <source>Due in %1</source>
        <translation>残り %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamInvitationsModel</name>
    <message>
        <source>Expired %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>The link in the email no longer works: revoke this invitation and send a new one</source>
        <translation>メール内のリンクは使用できなくなりました: この招待を取り消して、新しい招待を送信してください</translation>
    </message>
    <message>
        <source>The link in the email works until %1</source>
        <translation>メール内のリンクは %1 まで使用できます</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TeamsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>この一覧の接続が閉じられました。</translation>
    </message>
    <message>
        <source>Counted when the row is on screen</source>
        <translation>行が画面に表示されるとカウントされます</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>メンバーをカウントしています…</translation>
    </message>
    <message>
        <source>The members could not be counted: %1</source>
        <translation>メンバーをカウントできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) (counting stops there)</source>
        <translation>
            <numerusform>%n 人を超えるメンバー (カウントはそこで停止します)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), anonymous and restricted ones included</source>
        <translation>
            <numerusform>%n 人のメンバー (匿名および制限付きのメンバーを含む)</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>チーム ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>hexclave::models::ThreadModel</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>%1 closed the conversation</source>
        <translation>%1 が会話を閉じました</translation>
    </message>
    <message>
        <source>%1 reopened the conversation</source>
        <translation>%1 が会話を再開しました</translation>
    </message>
    <message>
        <source>%1 set the conversation to waiting on the user</source>
        <translation>%1 が会話をユーザーの返信待ちに設定しました</translation>
    </message>
    <message>
        <source>%1 changed the status</source>
        <translation>%1 がステータスを変更しました</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 がステータスを %2 に設定しました</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TimeText</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n か月前</numerusform>
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
        <translation>ファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>A page of transactions could not be loaded: %1</source>
        <translation>取引のページを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::models::TransactionsModel</name>
    <message>
        <source>The connection of this list was closed.</source>
        <translation>この一覧の接続が閉じられました。</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>このコンピューターのタイムゾーン (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>Effective %1
Created %2</source>
        <translation>発効 %1
作成 %2</translation>
    </message>
    <message>
        <source>Made in test mode: no real money moved</source>
        <translation>テストモードで作成: 実際のお金は動いていません</translation>
    </message>
    <message>
        <source>Adjusted by %1</source>
        <translation>%1 による調整</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Subscription cancellation</source>
        <translation>サブスクリプションのキャンセル</translation>
    </message>
    <message>
        <source>Subscription renewal</source>
        <translation>サブスクリプションの更新</translation>
    </message>
    <message>
        <source>Item quantity change</source>
        <translation>アイテム数量の変更</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>チャージバック</translation>
    </message>
    <message>
        <source>Product change</source>
        <translation>製品の変更</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Money transfer</source>
        <translation>送金</translation>
    </message>
    <message>
        <source>Product grant</source>
        <translation>製品の付与</translation>
    </message>
    <message>
        <source>Product revocation</source>
        <translation>製品の取り消し</translation>
    </message>
    <message>
        <source>Product revocation reversal</source>
        <translation>製品の取り消しの取り消し</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Inline product</source>
        <translation>インライン製品</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>date, time, time zone</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Only purchases can be refunded; this is a %1.</source>
        <translation>返金できるのは購入のみです。これは %1 です。</translation>
    </message>
    <message>
        <source>Test mode purchases are not refundable: no money was charged.</source>
        <translation>テストモードの購入は返金できません: 料金は請求されていません。</translation>
    </message>
    <message>
        <source>This purchase was already refunded.</source>
        <translation>この購入は既に返金されています。</translation>
    </message>
    <message>
        <source>This purchase has no price (the product was granted without payment): there is nothing to refund.</source>
        <translation>この購入には価格がありません (製品は支払いなしで付与されました): 返金するものはありません。</translation>
    </message>
    <message>
        <source>This purchase names no subscription or one-time purchase to refund.</source>
        <translation>この購入には、返金対象のサブスクリプションまたは 1 回限りの購入が指定されていません。</translation>
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
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>メール確認済み</translation>
    </message>
    <message>
        <source>Email used for sign-in</source>
        <translation>サインインに使用するメール</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>選択中のチーム</translation>
    </message>
    <message>
        <source>Selected team ID</source>
        <translation>選択中のチーム ID</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>プロフィール画像の URL</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>登録日時 (UTC)</translation>
    </message>
    <message>
        <source>Last active (UTC)</source>
        <translation>最終アクティブ (UTC)</translation>
    </message>
    <message>
        <source>Has password</source>
        <translation>パスワードあり</translation>
    </message>
    <message>
        <source>One-time code sign-in</source>
        <translation>ワンタイムコードでのサインイン</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>パスキーでのサインイン</translation>
    </message>
    <message>
        <source>Signs in with email</source>
        <translation>メールでサインイン</translation>
    </message>
    <message>
        <source>Two-factor required</source>
        <translation>2 要素認証が必須</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>クライアントメタデータ</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>クライアント読み取り専用メタデータ</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>サーバーメタデータ</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>制限中</translation>
    </message>
    <message>
        <source>Why restricted</source>
        <translation>制限の理由</translation>
    </message>
    <message>
        <source>Restricted by an administrator</source>
        <translation>管理者による制限</translation>
    </message>
    <message>
        <source>Restriction reason (public)</source>
        <translation>制限の理由 (公開)</translation>
    </message>
    <message>
        <source>Restriction details (private)</source>
        <translation>制限の詳細 (非公開)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Risk scores</source>
        <translation>リスクスコア</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth プロバイダー</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserPermissionsModel</name>
    <message>
        <source>Granted</source>
        <translation>付与済み</translation>
    </message>
    <message>
        <source>Inherited from %1</source>
        <translation>%1 から継承</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>継承</translation>
    </message>
    <message>
        <source>Granted to this user directly; it can be revoked here</source>
        <translation>このユーザーに直接付与されています。ここで取り消すことができます</translation>
    </message>
    <message>
        <source>Contained in a permission the user was granted; revoke that one to remove it</source>
        <translation>ユーザーに付与された権限に含まれています。削除するにはその権限を取り消してください</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>How</source>
        <translation>付与方法</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Granted to this member in this team directly; it can be revoked here</source>
        <translation>このチーム内でこのメンバーに直接付与されています。ここで取り消すことができます</translation>
    </message>
    <message>
        <source>Contained in a permission the member was granted in this team; revoke that one to remove it</source>
        <translation>このチーム内でメンバーに付与された権限に含まれています。削除するにはその権限を取り消してください</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserSessionsModel</name>
    <message>
        <source>Impersonation</source>
        <translation>なりすまし</translation>
    </message>
    <message>
        <source>This app's session</source>
        <translation>このアプリのセッション</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Never used since it was created</source>
        <translation>作成後一度も使用されていません</translation>
    </message>
    <message>
        <source>%1 · time zone %2</source>
        <translation>%1 · タイムゾーン %2</translation>
    </message>
    <message>
        <source>Created by an administrator to act as this user</source>
        <translation>このユーザーとして操作するために管理者が作成しました</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UserTeamsModel</name>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (選択中)</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page · the user's selected team</source>
        <translation>[チーム] ページで %1 を開く · ユーザーの選択中のチーム</translation>
    </message>
    <message>
        <source>Open %1 in the Teams page</source>
        <translation>[チーム] ページで %1 を開く</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>チーム ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExport</name>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n user(s): %1</source>
        <translation>
            <numerusform>%n 人のユーザーの後でエクスポートが停止しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The server sent a page of users that could not be read: %1</source>
        <translation>サーバーから送信されたユーザーのページを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No file was written. Check the connection and export again.</source>
        <translation>ファイルは書き込まれていません。接続を確認して、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Nothing was saved. Choose another folder or free some disk space, then export again.</source>
        <translation>何も保存されていません。別のフォルダーを選択するか、ディスクの空き容量を増やしてから、もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>Nothing was saved. Export again; if this keeps happening, the server may be newer than this app.</source>
        <translation>何も保存されていません。もう一度エクスポートしてください。繰り返し発生する場合は、サーバーがこのアプリより新しい可能性があります。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersExportWriter</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>応答が JSON ではありません。</translation>
    </message>
    <message>
        <source>The page's cursor could not be read.</source>
        <translation>ページのカーソルを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::models::UsersModel</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Email code</source>
        <translation>メールコード</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>パスキー</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>制限中: %1</translation>
    </message>
    <message>
        <source>Anonymous user</source>
        <translation>匿名ユーザー</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Email verified</source>
        <translation>メール確認済み</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
    <message>
        <source>Auth methods</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>メールなし</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>メール未確認</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ApiKeysEnabledSection</name>
    <message>
        <source>&amp;Users can create API keys</source>
        <translation>ユーザーが API キーを作成できる(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;eams can create API keys</source>
        <translation>チームが API キーを作成できる(&amp;E)</translation>
    </message>
    <message>
        <source>User and team API keys</source>
        <translation>ユーザーとチームの API キー</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them (config apiKeys.enabled.user)</source>
        <translation>サインインしたユーザーは、本人として動作するキーを作成できます (構成 apiKeys.enabled.user)</translation>
    </message>
    <message>
        <source>Team members with the $manage_api_keys permission can make keys that act for the team (config apiKeys.enabled.team)</source>
        <translation>$manage_api_keys 権限を持つチームメンバーは、チームとして動作するキーを作成できます (構成 apiKeys.enabled.team)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Let your app's users and teams make API keys of their own. Existing keys stay listed on each user's and team's page.</source>
        <translation>アプリのユーザーとチームが独自の API キーを作成できるようにします。既存のキーは各ユーザーとチームのページに引き続き表示されます。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The configuration is being read; try again in a moment.</source>
        <translation>構成を読み込んでいます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>プロジェクトの構成を読み込んでいます…</translation>
    </message>
    <message>
        <source>The setting may not have changed.</source>
        <translation>設定は変更されていない可能性があります。</translation>
    </message>
    <message>
        <source>The setting was not changed.</source>
        <translation>設定は変更されませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AppsSection</name>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Installed apps</source>
        <translation>インストール済みのアプリ</translation>
    </message>
    <message>
        <source>Ticked apps are installed in the project; their pages and features are switched on in the dashboard and the SDKs.</source>
        <translation>チェックしたアプリはプロジェクトにインストールされ、そのページと機能がダッシュボードと SDK で有効になります。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Fraud protection</source>
        <translation>不正防止</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Permissions (RBAC)</source>
        <translation>権限 (RBAC)</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Email API</source>
        <translation>メール API</translation>
    </message>
    <message>
        <source>Data vault</source>
        <translation>Data Vault</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>TV mode</source>
        <translation>TV モード</translation>
    </message>
    <message>
        <source>Launch checklist</source>
        <translation>公開前チェックリスト</translation>
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
        <translation>Clerk 連携</translation>
    </message>
    <message>
        <source>Better Auth integration</source>
        <translation>Better Auth 連携</translation>
    </message>
    <message>
        <source>WorkOS integration</source>
        <translation>WorkOS 連携</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>アナリティクス</translation>
    </message>
    <message>
        <source>Click maps</source>
        <translation>クリックマップ</translation>
    </message>
    <message>
        <source>Session replays</source>
        <translation>セッションリプレイ</translation>
    </message>
    <message>
        <source>CLI authentication</source>
        <translation>CLI 認証</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Workflows (alpha)</source>
        <translation>ワークフロー (アルファ版)</translation>
    </message>
    <message>
        <source>%1 (an app this console does not know)</source>
        <translation>%1 (このコンソールが認識していないアプリ)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::AssigneeControl</name>
    <message>
        <source>Assign to me</source>
        <translation>自分に割り当て</translation>
    </message>
    <message>
        <source>Change who handles this conversation</source>
        <translation>この会話の担当者を変更します</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (自分)</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <source>Assign this conversation to yourself</source>
        <translation>この会話を自分に割り当てます</translation>
    </message>
    <message>
        <source>Assign this conversation to %1</source>
        <translation>この会話を %1 に割り当てます</translation>
    </message>
    <message>
        <source>Assign to me (%1)</source>
        <translation>自分に割り当て (%1)</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>他のユーザー…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>割り当て解除</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを制限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーの制限を解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n user(s) to a team</source>
        <translation>
            <numerusform>%n 人のユーザーをチームに追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant a project permission to %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーにプロジェクト権限を付与</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>These users are deleted for good, with everything that belongs to them: sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>これらのユーザーは、所属するすべてのもの (セッション (すべての場所でサインアウトされます)、連絡先チャネル、接続済みの OAuth アカウント、パスキー、チームメンバーシップ、権限、API キー) とともに完全に削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Type the number of users to confirm</source>
        <translation>確認のためユーザー数を入力してください</translation>
    </message>
    <message>
        <source>To confirm, type the number of users, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、ユーザー数 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to the users; the private details are for administrators only. Both are optional.</source>
        <translation>制限されたユーザーは、管理者が制限を解除するまでアプリを使用できません。公開の理由はユーザーに表示される場合があります。非公開の詳細は管理者専用です。どちらも省略可能です。</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公開の理由</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>例: お客様のアカウントは審査中です。</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>非公開の詳細</translation>
    </message>
    <message>
        <source>Why these users were restricted, for other administrators</source>
        <translation>これらのユーザーを制限した理由 (他の管理者向け)</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>公開の理由(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>非公開の詳細(&amp;R):</translation>
    </message>
    <message>
        <source>An administrator's restriction is lifted, with its reasons; the users can use your app again. Users restricted for another reason (an unverified email, an anonymous account) stay restricted for that.</source>
        <translation>管理者による制限がその理由とともに解除され、ユーザーは再びアプリを使用できるようになります。他の理由 (未確認のメール、匿名アカウント) で制限されているユーザーは、その理由で制限されたままになります。</translation>
    </message>
    <message>
        <source>The users become members of the team, with its default member permissions. Users who are members already stay as they are.</source>
        <translation>ユーザーはチームのメンバーになり、チームのデフォルトのメンバー権限が与えられます。既にメンバーのユーザーはそのままです。</translation>
    </message>
    <message>
        <source>The users are granted the permission directly, with every permission it contains. Users who hold it already keep it.</source>
        <translation>ユーザーにはこの権限と、それに含まれるすべての権限が直接付与されます。既にこの権限を持つユーザーはそのまま保持します。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>チーム(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>権限(&amp;P):</translation>
    </message>
    <message>
        <source>Loading the teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the permissions…</source>
        <translation>権限を読み込んでいます…</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>このプロジェクトにはまだチームがありません。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This project has no project permissions. Define one first (Permissions).</source>
        <translation>このプロジェクトにはプロジェクト権限がありません。先に権限を定義してください ([権限])。</translation>
    </message>
    <message>
        <source>Type %1 to enable this button.</source>
        <translation>このボタンを有効にするには %1 と入力してください。</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>チームを選択してください。</translation>
    </message>
    <message>
        <source>Choose a permission.</source>
        <translation>権限を選択してください。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Show &amp;all users, not only the problems</source>
        <translation>問題だけでなく、すべてのユーザーを表示(&amp;A)</translation>
    </message>
    <message>
        <source>Results by user</source>
        <translation>ユーザーごとの結果</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Sends nothing more; what is under way finishes and is reported.</source>
        <translation>これ以上送信しません。処理中のものは完了して報告されます。</translation>
    </message>
    <message>
        <source>&amp;Copy the failures</source>
        <translation>失敗をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try these again</source>
        <translation>これらを再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Runs the action again for the users it failed for or did not reach.</source>
        <translation>失敗したユーザーまたは未処理のユーザーに対して操作を再実行します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 done, %n failed so far.</source>
        <translation>
            <numerusform>%2 件中 %1 件完了、これまでに %n 件失敗。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%2 件中 %1 件完了。</translation>
    </message>
    <message>
        <source>Stopping… the requests under way finish first.</source>
        <translation>停止しています… 処理中のリクエストが先に完了します。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Every user is done.</source>
        <translation>すべてのユーザーの処理が完了しました。</translation>
    </message>
    <message>
        <source>The users it failed for are listed with the reason. Where an answer was lost, the server was asked what had happened instead of being sent the request again.</source>
        <translation>失敗したユーザーが理由とともに一覧表示されています。応答が失われた場合は、リクエストを再送信する代わりに、何が起きたかをサーバーに問い合わせました。</translation>
    </message>
    <message>
        <source>It was stopped before it reached every user.</source>
        <translation>すべてのユーザーに到達する前に停止されました。</translation>
    </message>
    <message numerus="yes">
        <source>Restricted already by an administrator: %n user(s).</source>
        <translation>
            <numerusform>既に管理者によって制限されているユーザー: %n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict only the other %n user(s); those restricted already keep their reasons</source>
        <translation>
            <numerusform>他の %n 人のユーザーのみを制限 (既に制限されているユーザーは元の理由を保持)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restrict all %n user(s); those restricted already get these reasons instead of theirs</source>
        <translation>
            <numerusform>%n 人のユーザー全員を制限 (既に制限されているユーザーの理由はこの理由に置き換え)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the restriction of the %n restricted user(s) instead</source>
        <translation>
            <numerusform>代わりに制限中の %n 人のユーザーの制限を解除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogEntryDialog</name>
    <message>
        <source>New item</source>
        <translation>新しいアイテム</translation>
    </message>
    <message>
        <source>New product line</source>
        <translation>新しい製品ライン</translation>
    </message>
    <message>
        <source>Edit item “%1”</source>
        <translation>アイテム「%1」を編集</translation>
    </message>
    <message>
        <source>Edit product line “%1”</source>
        <translation>製品ライン「%1」を編集</translation>
    </message>
    <message>
        <source>An item is something customers hold a quantity of: credits, seats, API calls. Products include items.</source>
        <translation>アイテムとは、顧客が一定の数量を保有するもの (クレジット、シート、API 呼び出しなど) です。製品にはアイテムが含まれます。</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line, such as the plans Free, Pro and Enterprise.</source>
        <translation>顧客は 1 つの製品ラインの製品を最大 1 つ所有できます (Free、Pro、Enterprise などのプランなど)。</translation>
    </message>
    <message>
        <source>e.g. credits</source>
        <translation>例: credits</translation>
    </message>
    <message>
        <source>e.g. plans</source>
        <translation>例: plans</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>The id when empty</source>
        <translation>空の場合の ID</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>表示名(&amp;N):</translation>
    </message>
    <message>
        <source>Which kind of customer holds this item</source>
        <translation>このアイテムを保有する顧客の種類</translation>
    </message>
    <message>
        <source>Which kind of customer owns the products of this line</source>
        <translation>この製品ラインの製品を所有する顧客の種類</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>顧客タイプ(&amp;C):</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>英字、数字、「_」、「-」が使用できます。後から変更することはできません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>変更の確認</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes %n change(s) to the project's configuration:</source>
        <translation>
            <numerusform>保存すると、プロジェクトの構成に %n 件の変更が書き込まれます:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
    <message>
        <source>Fix these first:</source>
        <translation>先に次の問題を修正してください:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>編集に戻る</translation>
    </message>
    <message>
        <source>New product %1</source>
        <translation>新しい製品 %1</translation>
    </message>
    <message>
        <source>New item %1</source>
        <translation>新しいアイテム %1</translation>
    </message>
    <message>
        <source>New product line %1</source>
        <translation>新しい製品ライン %1</translation>
    </message>
    <message>
        <source>Changed product %1</source>
        <translation>変更された製品 %1</translation>
    </message>
    <message>
        <source>Changed item %1</source>
        <translation>変更されたアイテム %1</translation>
    </message>
    <message>
        <source>Changed product line %1</source>
        <translation>変更された製品ライン %1</translation>
    </message>
    <message>
        <source>Deleted product %1</source>
        <translation>削除された製品 %1</translation>
    </message>
    <message>
        <source>Deleted item %1</source>
        <translation>削除されたアイテム %1</translation>
    </message>
    <message>
        <source>Deleted product line %1</source>
        <translation>削除された製品ライン %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CatalogTexts</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>month</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
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
        <translation>無料 (デフォルトで含まれる)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No prices</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>When the purchase ends</source>
        <translation>購入の終了時</translation>
    </message>
    <message>
        <source>When granted again</source>
        <translation>再付与時</translation>
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
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <source>The certificate %1 presents now</source>
        <translation>%1 が現在提示している証明書</translation>
    </message>
    <message>
        <source>The certificate %1 presented</source>
        <translation>%1 が提示した証明書</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Trust this certificate for %1…</source>
        <translation>この証明書を %1 に対して信頼…</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>この証明書を信頼しますか?</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>この証明書を %1 に対して信頼しますか?</translation>
    </message>
    <message>
        <source>Hexclave Admin will then accept this one certificate for %1, although no certificate authority vouches for it. Do this only if your server's operator confirmed that its SHA-256 fingerprint is:</source>
        <translation>これにより Hexclave Admin は、証明機関による保証がなくても、%1 に対してこの証明書 1 つだけを受け入れます。サーバーの運用者が、SHA-256 フィンガープリントが次のとおりであることを確認した場合にのみ実行してください:</translation>
    </message>
    <message>
        <source>It replaces the certificate you trusted before for this server.</source>
        <translation>このサーバーに対して以前に信頼した証明書は置き換えられます。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>It applies to this connection, for this server (%1) only. If the server's certificate changes or expires, the connection is refused again. To remove the trust, sign out, or choose File › Sign in again… and press “Stop trusting”.</source>
        <translation>これはこの接続の、このサーバー (%1) に対してのみ適用されます。サーバーの証明書が変更されたり有効期限が切れたりすると、接続は再び拒否されます。信頼を解除するには、サインアウトするか、[ファイル] → [再度サインイン…] を選択して [信頼を停止] を押してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ChangeQuantityDialog</name>
    <message>
        <source>&amp;Allow the balance to go below zero</source>
        <translation>残高がゼロを下回ることを許可(&amp;A)</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>How much to add (a positive number) or take away (a negative one)</source>
        <translation>追加する量 (正の数) または差し引く量 (負の数)</translation>
    </message>
    <message>
        <source>Optional: why, for the transactions list</source>
        <translation>省略可能: 取引一覧に表示する理由</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Without this, the server refuses a change that leaves less than zero</source>
        <translation>これをオンにしないと、残高がゼロ未満になる変更はサーバーに拒否されます</translation>
    </message>
    <message>
        <source>&amp;Change balance</source>
        <translation>残高を変更(&amp;C)</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>現在の残高:</translation>
    </message>
    <message>
        <source>C&amp;hange (±):</source>
        <translation>変更 (±)(&amp;H):</translation>
    </message>
    <message>
        <source>Added quantity &amp;expires:</source>
        <translation>追加数量の有効期限(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Adds to or takes from the balance of %1 held by %2. The change is recorded in the transactions list.</source>
        <translation>%2 が保有する %1 の残高に加算または減算します。変更は取引一覧に記録されます。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Enter how much to add (a positive number) or take away (a negative one).</source>
        <translation>追加する量 (正の数) または差し引く量 (負の数) を入力してください。</translation>
    </message>
    <message>
        <source>Changes the balance by %1. The current balance is not known, so neither is the result.</source>
        <translation>残高を %1 変更します。現在の残高が不明なため、結果も不明です。</translation>
    </message>
    <message>
        <source>This would leave %1, below zero. The server refuses that unless “Allow the balance to go below zero” is ticked.</source>
        <translation>この変更では残高が %1 となり、ゼロを下回ります。「残高がゼロを下回ることを許可」をオンにしない限り、サーバーはこれを拒否します。</translation>
    </message>
    <message>
        <source>Balance after the change: %1 (now %2, %3).</source>
        <translation>変更後の残高: %1 (現在 %2、%3)。</translation>
    </message>
    <message>
        <source>Changing the balance…</source>
        <translation>残高を変更しています…</translation>
    </message>
    <message>
        <source>%1 does not hold enough of %2 to take away %3: the balance would go below zero. Take away less, or tick “Allow the balance to go below zero” to make the change anyway.</source>
        <translation>%1 は %3 を差し引けるだけの %2 を保有していません: 残高がゼロを下回ります。差し引く量を減らすか、「残高がゼロを下回ることを許可」をオンにして変更してください。</translation>
    </message>
    <message>
        <source>The balance was not changed.</source>
        <translation>残高は変更されませんでした。</translation>
    </message>
    <message>
        <source>The item %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>アイテム %1 はプロジェクトの構成にもうありません。[製品 &amp; アイテム] で削除された可能性があります。</translation>
    </message>
    <message>
        <source>The change may or may not have been applied; the balance is now %1. Check it before you change it again.</source>
        <translation>変更が適用されたかどうかは不明です。現在の残高は %1 です。再度変更する前に確認してください。</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the balance could not be read again. Check it (Reload) before you change it again.</source>
        <translation>変更が適用されたかどうかは不明で、残高を再度読み取ることもできませんでした。再度変更する前に確認してください (再読み込み)。</translation>
    </message>
    <message>
        <source>No clear answer: reading the balance again…</source>
        <translation>明確な応答がありません: 残高を再度読み取っています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CheckApiKeyDialog</name>
    <message>
        <source>Check a team API key</source>
        <translation>チーム API キーを確認</translation>
    </message>
    <message>
        <source>Check a user API key</source>
        <translation>ユーザー API キーを確認</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>ここにキーを貼り付けます</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Whether a team API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>このプロジェクトのチーム API キーが有効かどうか、および誰のキーかを確認します。キーは確認のためにのみサーバーに送信され、どこにも保存されません。</translation>
    </message>
    <message>
        <source>Whether a user API key of this project works, and whose it is. The key is sent to the server only to check it; it is not stored anywhere.</source>
        <translation>このプロジェクトのユーザー API キーが有効かどうか、および誰のキーかを確認します。キーは確認のためにのみサーバーに送信され、どこにも保存されません。</translation>
    </message>
    <message>
        <source>Paste the key to check.</source>
        <translation>確認するキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>「%1」(%2)</translation>
    </message>
    <message>
        <source>Valid: this is the key %1 of %2, and it works.</source>
        <translation>有効: これは %2 のキー %1 で、使用できます。</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another team (id %3).</source>
        <translation>有効ですが、%1 のキーではありません: %2 は別のチーム (ID %3) のものです。</translation>
    </message>
    <message>
        <source>Valid, but not a key of %1: %2 belongs to another user (id %3).</source>
        <translation>有効ですが、%1 のキーではありません: %2 は別のユーザー (ID %3) のものです。</translation>
    </message>
    <message>
        <source>Revoked: this key was revoked and no longer works.</source>
        <translation>失効: このキーは失効しており、使用できません。</translation>
    </message>
    <message>
        <source>Expired: this key no longer works.</source>
        <translation>期限切れ: このキーは使用できません。</translation>
    </message>
    <message>
        <source>Not found: no team API key of this project has this value.</source>
        <translation>見つかりません: この値を持つチーム API キーはこのプロジェクトにありません。</translation>
    </message>
    <message>
        <source>Not found: no user API key of this project has this value.</source>
        <translation>見つかりません: この値を持つユーザー API キーはこのプロジェクトにありません。</translation>
    </message>
    <message>
        <source>This is a user API key, not a team API key: check it from the user's API keys.</source>
        <translation>これはチーム API キーではなくユーザー API キーです: ユーザーの API キーから確認してください。</translation>
    </message>
    <message>
        <source>This is a team API key, not a user API key: check it from the team's API keys.</source>
        <translation>これはユーザー API キーではなくチーム API キーです: チームの API キーから確認してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>ソースコード</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team, or run a command…</source>
        <translation>ページ、プロジェクト、ユーザー、チームに移動するか、コマンドを実行…</translation>
    </message>
    <message>
        <source>Search pages, projects, users, teams and commands</source>
        <translation>ページ、プロジェクト、ユーザー、チーム、コマンドを検索</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigChangeDialog</name>
    <message>
        <source>Nothing would change: the configuration already has these values.</source>
        <translation>変更はありません: 構成には既にこれらの値が設定されています。</translation>
    </message>
    <message>
        <source>Check the changes to %1 before they are written.</source>
        <translation>書き込む前に %1 への変更を確認してください。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>変更後</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n 件の変更)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigDiffView</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>変更のみ</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>変更された設定</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Show only the changed lines and a few lines around them</source>
        <translation>変更された行とその前後の数行のみを表示します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigExpertView</name>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>JSON として編集(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>キーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Configuration level</source>
        <translation>構成レベル</translation>
    </message>
    <message>
        <source>Filter by key or value</source>
        <translation>キーまたは値で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Add a key to the selected object (or at the top level)</source>
        <translation>選択したオブジェクト (または最上位) にキーを追加します</translation>
    </message>
    <message>
        <source>Remove the selected key (Del)</source>
        <translation>選択したキーを削除します (Del)</translation>
    </message>
    <message>
        <source>&amp;Apply to file</source>
        <translation>ファイルに適用(&amp;A)</translation>
    </message>
    <message>
        <source>Review the changes and apply them to the file (Ctrl+S); save the file to keep them</source>
        <translation>変更を確認してファイルに適用します (Ctrl+S)。変更を残すにはファイルを保存してください</translation>
    </message>
    <message>
        <source>Review the changes and write them (Ctrl+S)</source>
        <translation>変更を確認して書き込みます (Ctrl+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <source>Rendered (read-only)</source>
        <translation>レンダリング済み (読み取り専用)</translation>
    </message>
    <message>
        <source>The file changed (an undo, or an edit in another tab) while you were editing here. Your edits are kept; Apply shows them against the file's new content. Reload discards them.</source>
        <translation>ここで編集中にファイルが変更されました (元に戻す操作、または別のタブでの編集)。編集内容は保持されます。[適用] でファイルの新しい内容との差分を表示します。[再読み込み] で編集内容を破棄します。</translation>
    </message>
    <message>
        <source>%1 changed: a settings tab saved while you were editing here. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>%1 が変更されました: ここで編集中に設定タブが保存しました。編集内容は保持されます。[保存] で新しいコピーとの差分を表示します。[再読み込み] で編集内容を破棄し、新しいコピーを表示します。</translation>
    </message>
    <message>
        <source>%1 changed on the server while you were editing. Your edits are kept; Save shows them against the new copy. Reload discards them and shows the new copy.</source>
        <translation>編集中に %1 がサーバー上で変更されました。編集内容は保持されます。[保存] で新しいコピーとの差分を表示します。[再読み込み] で編集内容を破棄し、新しいコピーを表示します。</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>ファイルに適用しました。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The configuration was not applied; your edits are kept.</source>
        <translation>構成は適用されませんでした。編集内容は保持されています。</translation>
    </message>
    <message>
        <source>The configuration was not saved; your edits are kept.</source>
        <translation>構成は保存されませんでした。編集内容は保持されています。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems are checked for the override levels, not for the rendered configuration.</source>
        <translation>問題のチェックは上書きレベルに対して行われ、レンダリング済み構成に対しては行われません。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) — double-click one to select its key:</source>
        <translation>
            <numerusform>%n 件の問題 — ダブルクリックするとそのキーを選択します:</numerusform>
        </translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>非表示(&amp;I)</translation>
    </message>
    <message>
        <source>Not applied to the file</source>
        <translation>ファイルに適用されていません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Cannot apply to the file</source>
        <translation>ファイルに適用できません</translation>
    </message>
    <message>
        <source>These settings are kept per environment on the server and cannot go into hexclave.config.ts: %1. Remove them here, and set them on the project's Configuration page instead.</source>
        <translation>次の設定はサーバー上で環境ごとに保持されるため、hexclave.config.ts に含めることはできません: %1。ここで削除し、代わりにプロジェクトの [構成] ページで設定してください。</translation>
    </message>
    <message>
        <source>Save with problems?</source>
        <translation>問題があるまま保存しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this configuration will probably make the server refuse it. Save anyway?</source>
        <translation>
            <numerusform>この構成には %n 件の問題があり、サーバーに拒否される可能性があります。保存しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>%1 に適用</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The configuration is being read or written; try again in a moment.</source>
        <translation>構成の読み取りまたは書き込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already has these values.</source>
        <translation>保存するものはありません: 構成には既にこれらの値が設定されています。</translation>
    </message>
    <message>
        <source>The configuration refused these values; see the problems listed below.</source>
        <translation>構成がこれらの値を拒否しました。以下の問題を参照してください。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Filter the configuration</source>
        <translation>構成を絞り込み</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileSyncView</name>
    <message>
        <source>Pull to file…</source>
        <translation>ファイルにプル…</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>ファイルと比較…</translation>
    </message>
    <message>
        <source>Push file…</source>
        <translation>ファイルをプッシュ…</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>エディターで開く</translation>
    </message>
    <message>
        <source>Save the project's branch configuration as a hexclave.config.ts</source>
        <translation>プロジェクトのブランチ構成を hexclave.config.ts として保存します</translation>
    </message>
    <message>
        <source>Show side by side how a hexclave.config.ts differs from the project</source>
        <translation>hexclave.config.ts とプロジェクトの違いを並べて表示します</translation>
    </message>
    <message>
        <source>Make a hexclave.config.ts the project's branch configuration (the change is shown first)</source>
        <translation>hexclave.config.ts をプロジェクトのブランチ構成にします (変更内容が最初に表示されます)</translation>
    </message>
    <message>
        <source>The project's branch configuration can live in a hexclave.config.ts next to your code. Settings kept per environment (OAuth client secrets, trusted domains, the email server) stay on the server.</source>
        <translation>プロジェクトのブランチ構成は、コードと一緒に hexclave.config.ts に置くことができます。環境ごとに保持される設定 (OAuth クライアントシークレット、信頼済みドメイン、メールサーバー) はサーバー上に残ります。</translation>
    </message>
    <message>
        <source>Pull to file</source>
        <translation>ファイルにプル</translation>
    </message>
    <message>
        <source>Choose a configuration file</source>
        <translation>構成ファイルを選択</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>プロジェクトの構成を読み込んでいます…</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>プロジェクトの構成を読み込む</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1.</source>
        <translation>ブランチ構成を %1 に保存しました。</translation>
    </message>
    <message>
        <source>The branch configuration was saved to %1, but a later push will not know whether the project changed since.</source>
        <translation>ブランチ構成を %1 に保存しましたが、後でプッシュする際に、その後プロジェクトが変更されたかどうかを判別できません。</translation>
    </message>
    <message>
        <source>%1 and the project's branch configuration are the same.</source>
        <translation>%1 とプロジェクトのブランチ構成は同じです。</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration. Right: %1.</source>
        <translation>左: プロジェクトのブランチ構成。右: %1。</translation>
    </message>
    <message>
        <source>Branch configuration</source>
        <translation>ブランチ構成</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigFileWindow</name>
    <message>
        <source>Hexclave configuration (*.config.ts);;TypeScript files (*.ts);;All files (*)</source>
        <translation>Hexclave 構成 (*.config.ts);;TypeScript ファイル (*.ts);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>構成ファイルを開く</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>エキスパート</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Change the file</source>
        <translation>ファイルを変更</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <source>P&amp;ull from project…</source>
        <translation>プロジェクトからプル(&amp;U)…</translation>
    </message>
    <message>
        <source>Replace this file's configuration with a project's branch configuration</source>
        <translation>このファイルの構成をプロジェクトのブランチ構成に置き換えます</translation>
    </message>
    <message>
        <source>&amp;Compare with project…</source>
        <translation>プロジェクトと比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Show side by side how this file differs from a project's branch configuration</source>
        <translation>このファイルとプロジェクトのブランチ構成の違いを並べて表示します</translation>
    </message>
    <message>
        <source>P&amp;ush to project…</source>
        <translation>プロジェクトにプッシュ(&amp;U)…</translation>
    </message>
    <message>
        <source>Make this file a project's branch configuration (the change is shown first)</source>
        <translation>このファイルをプロジェクトのブランチ構成にします (変更内容が最初に表示されます)</translation>
    </message>
    <message>
        <source>%1[*] — Hexclave Admin</source>
        <translation>%1[*] — Hexclave Admin</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problems — errors: %1, warnings: %2. A push is refused until the errors are fixed.</source>
        <translation>問題 — エラー: %1、警告: %2。エラーを修正するまでプッシュは拒否されます。</translation>
    </message>
    <message>
        <source>Problems — warnings: %1</source>
        <translation>問題 — 警告: %1</translation>
    </message>
    <message>
        <source>%1 is already open in another window; edit it there.</source>
        <translation>%1 は既に別のウィンドウで開かれています。そちらで編集してください。</translation>
    </message>
    <message>
        <source>This file holds "show-onboarding" instead of a configuration. It stays that way until you change a setting; then it is saved as an object.</source>
        <translation>このファイルには構成ではなく "show-onboarding" が含まれています。設定を変更するまではそのままで、変更するとオブジェクトとして保存されます。</translation>
    </message>
    <message>
        <source>%1 has changes from %2 that were never saved (the app may have closed unexpectedly).</source>
        <translation>%1 には、%2 からの保存されていない変更があります (アプリが予期せず終了した可能性があります)。</translation>
    </message>
    <message>
        <source>The file has changed on disk since then; restoring replaces those changes (you can undo it).</source>
        <translation>その後ディスク上のファイルが変更されています。復元するとそれらの変更は置き換えられます (元に戻すことができます)。</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>A new configuration file from %1 was never saved (the app may have closed unexpectedly). Restore it here?</source>
        <translation>%1 からの新しい構成ファイルが保存されていません (アプリが予期せず終了した可能性があります)。ここで復元しますか?</translation>
    </message>
    <message>
        <source>There are %1 such files; the others are offered the next time you start a new file.</source>
        <translation>このようなファイルが %1 個あります。その他のファイルは、次回新しいファイルを開始するときに表示されます。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>%1 Overwrite it with your version, or reload it (your unsaved changes are lost)?</source>
        <translation>%1 自分のバージョンで上書きしますか? それとも再読み込みしますか (未保存の変更は失われます)?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Save configuration file as</source>
        <translation>構成ファイルに名前を付けて保存</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未適用の変更</translation>
    </message>
    <message>
        <source>Some settings were changed but not applied to the file yet. Discard them?</source>
        <translation>一部の設定が変更されましたが、まだファイルに適用されていません。破棄しますか?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>閉じる前に %1 への変更を保存しますか?</translation>
    </message>
    <message>
        <source>A pull, comparison or push is under way; close the window when it has finished.</source>
        <translation>プル、比較、またはプッシュを実行中です。完了してからウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Pull from project</source>
        <translation>プロジェクトからプル</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <source>Pull from %1</source>
        <translation>%1 からプル</translation>
    </message>
    <message>
        <source>Replace the configuration in %1 with the branch configuration of %2? You can undo it.</source>
        <translation>%1 の構成を %2 のブランチ構成に置き換えますか? 元に戻すことができます。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Pulled the branch configuration of %1. Save to keep it in the file.</source>
        <translation>%1 のブランチ構成をプルしました。ファイルに残すには保存してください。</translation>
    </message>
    <message>
        <source>The file already holds the branch configuration of %1.</source>
        <translation>ファイルには既に %1 のブランチ構成が含まれています。</translation>
    </message>
    <message>
        <source>Pull the configuration</source>
        <translation>構成をプル</translation>
    </message>
    <message>
        <source>Compare with project</source>
        <translation>プロジェクトと比較</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Read the project's configuration</source>
        <translation>プロジェクトの構成を読み込む</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>%1 (branch configuration)</source>
        <translation>%1 (ブランチ構成)</translation>
    </message>
    <message>
        <source>The file and the project's branch configuration are the same.</source>
        <translation>ファイルとプロジェクトのブランチ構成は同じです。</translation>
    </message>
    <message>
        <source>Left: the project's branch configuration now. Right: this file (with unsaved edits).</source>
        <translation>左: プロジェクトの現在のブランチ構成。右: このファイル (未保存の編集を含む)。</translation>
    </message>
    <message>
        <source>Push to project</source>
        <translation>プロジェクトにプッシュ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigPage</name>
    <message>
        <source>Reading the configuration…</source>
        <translation>構成を読み込んでいます…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>エキスパート(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;roject</source>
        <translation>プロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>Read the configuration again (F5)</source>
        <translation>構成を再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Reload configuration</source>
        <translation>構成を再読み込み</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
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
        <translation>ファイルはプッシュされませんでした。サーバーが拒否します:
%1</translation>
    </message>
    <message>
        <source>%1 was pushed to %2.</source>
        <translation>%1 を %2 にプッシュしました。</translation>
    </message>
    <message>
        <source>%1 already has this configuration.</source>
        <translation>%1 には既にこの構成が設定されています。</translation>
    </message>
    <message>
        <source>Branch configuration of %1</source>
        <translation>%1 のブランチ構成</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>%1 を %2 にプッシュ</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <source>The project's configuration changed since you pulled it into %1. Pushing replaces those changes with the file.

Push anyway?</source>
        <translation>%1 にプルした後にプロジェクトの構成が変更されています。プッシュすると、それらの変更はファイルの内容で置き換えられます。

プッシュしますか?</translation>
    </message>
    <message>
        <source>%1 was not pulled from %2 on this computer, so changes made on the project since cannot be told. Pushing replaces the project's branch configuration with the file.

Push anyway?</source>
        <translation>%1 はこのコンピューターで %2 からプルされたものではないため、その後プロジェクトで行われた変更を判別できません。プッシュすると、プロジェクトのブランチ構成がファイルの内容で置き換えられます。

プッシュしますか?</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>%1 にプッシュ</translation>
    </message>
    <message>
        <source>Push anyway</source>
        <translation>プッシュする</translation>
    </message>
    <message>
        <source>Push the configuration</source>
        <translation>構成をプッシュ</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSection</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Show the change, then apply it to the file (save the file to keep it)</source>
        <translation>変更を表示してからファイルに適用します (残すにはファイルを保存してください)</translation>
    </message>
    <message>
        <source>Show the change, then write it to the configuration</source>
        <translation>変更を表示してから構成に書き込みます</translation>
    </message>
    <message>
        <source>Drop the edits of this section</source>
        <translation>このセクションの編集内容を破棄します</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration already says this.</source>
        <translation>保存するものはありません: 構成は既にこの内容です。</translation>
    </message>
    <message>
        <source>Apply %1 settings to the file</source>
        <translation>%1 の設定をファイルに適用</translation>
    </message>
    <message>
        <source>Save %1 settings</source>
        <translation>%1 の設定を保存</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration is being read or written. Try again in a moment.</source>
        <translation>何も保存されていません: 構成の読み取りまたは書き込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>何も保存されていません: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the configuration refused these values, or already has them.</source>
        <translation>何も保存されていません: 構成がこれらの値を拒否したか、既にこれらの値が設定されています。</translation>
    </message>
    <message>
        <source>Applied to the file.</source>
        <translation>ファイルに適用しました。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The change was sent, but reading it back did not show it.</source>
        <translation>変更は送信されましたが、読み戻した結果には反映されていませんでした。</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>設定は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConfigSettingsPanel</name>
    <message>
        <source>Sign-&amp;in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;OAuth providers</source>
        <translation>OAuth プロバイダー(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>ドメイン(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Teams &amp;&amp; users</source>
        <translation>チーム &amp;&amp; ユーザー(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;pps</source>
        <translation>アプリ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConnectDialog</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力内容を表示または非表示にします</translation>
    </message>
    <message>
        <source>Hexclave cloud (api.hexclave.com)</source>
        <translation>Hexclave クラウド (api.hexclave.com)</translation>
    </message>
    <message>
        <source>Self-hosted server</source>
        <translation>セルフホストサーバー</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>再度サインイン</translation>
    </message>
    <message>
        <source>Connect to a Hexclave server</source>
        <translation>Hexclave サーバーに接続</translation>
    </message>
    <message>
        <source>Your session for %1 ended. Sign in again to continue.</source>
        <translation>%1 のセッションが終了しました。続行するには再度サインインしてください。</translation>
    </message>
    <message>
        <source>Hexclave Admin works with the Hexclave cloud and with self-hosted servers. Your keys and sessions are kept in the system keychain.</source>
        <translation>Hexclave Admin は Hexclave クラウドとセルフホストサーバーで動作します。キーとセッションはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>Email &amp;&amp; password</source>
        <translation>メール &amp;&amp; パスワード</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>Server key</source>
        <translation>サーバーキー</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>API root URL</source>
        <translation>API ルート URL</translation>
    </message>
    <message>
        <source>Dashboard URL</source>
        <translation>ダッシュボード URL</translation>
    </message>
    <message>
        <source>Internal project publishable client key</source>
        <translation>内部プロジェクトの公開可能なクライアントキー</translation>
    </message>
    <message>
        <source>API root:</source>
        <translation>API ルート:</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>ダッシュボード URL:</translation>
    </message>
    <message>
        <source>Internal publishable key:</source>
        <translation>内部の公開可能なキー:</translation>
    </message>
    <message>
        <source>The dashboard URL and the internal project's publishable key are only needed to sign in with a dashboard account; your server's operator knows them.</source>
        <translation>ダッシュボード URL と内部プロジェクトの公開可能なキーは、ダッシュボードアカウントでサインインする場合にのみ必要です。サーバーの運用者が把握しています。</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>ページを再度開く</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待機を停止</translation>
    </message>
    <message>
        <source>Browser sign-in stopped.</source>
        <translation>ブラウザーでのサインインを停止しました。</translation>
    </message>
    <message>
        <source>Opens the Hexclave dashboard in your web browser. Sign in there as usual and press “Authorize”; this window continues by itself.</source>
        <translation>Web ブラウザーで Hexclave ダッシュボードを開きます。そこで通常どおりサインインし、[Authorize] を押してください。このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>The email and password of your Hexclave dashboard account.</source>
        <translation>Hexclave ダッシュボードアカウントのメールアドレスとパスワード。</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>スーパーシークレット管理者キー</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>シークレットサーバーキー</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>A project's super secret admin key gives full access to that one project, like the dashboard. Create one in the project's API keys.</source>
        <translation>プロジェクトのスーパーシークレット管理者キーは、ダッシュボードと同様に、そのプロジェクトへのフルアクセスを許可します。プロジェクトの API キーで作成してください。</translation>
    </message>
    <message>
        <source>A secret server key can manage users, teams and permissions grants, but not the project's configuration. Pages it cannot use are greyed out.</source>
        <translation>シークレットサーバーキーでは、ユーザー、チーム、権限の付与を管理できますが、プロジェクトの構成は管理できません。使用できないページはグレー表示されます。</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>プロジェクト ID:</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理者キー:</translation>
    </message>
    <message>
        <source>Server key:</source>
        <translation>サーバーキー:</translation>
    </message>
    <message>
        <source>Enter the internal project's publishable client key (it starts with pck_).</source>
        <translation>内部プロジェクトの公開可能なクライアントキー (pck_ で始まります) を入力してください。</translation>
    </message>
    <message>
        <source>Browser sign-in needs the address of the server's dashboard. %1</source>
        <translation>ブラウザーでのサインインには、サーバーのダッシュボードのアドレスが必要です。%1</translation>
    </message>
    <message>
        <source>Enter the email address of your dashboard account.</source>
        <translation>ダッシュボードアカウントのメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The project ID is a UUID such as 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 (find it in the project's settings).</source>
        <translation>プロジェクト ID は 6fbbf22e-f4b2-4c6e-95a1-beab6fa41063 のような UUID です (プロジェクトの設定で確認できます)。</translation>
    </message>
    <message>
        <source>Super secret admin keys start with sak_. Check that you copied the right key.</source>
        <translation>スーパーシークレット管理者キーは sak_ で始まります。正しいキーをコピーしたか確認してください。</translation>
    </message>
    <message>
        <source>Secret server keys start with ssk_. Check that you copied the right key.</source>
        <translation>シークレットサーバーキーは ssk_ で始まります。正しいキーをコピーしたか確認してください。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>キーを確認しています…</translation>
    </message>
    <message>
        <source>Could not open a browser. Copy the link and open it yourself.</source>
        <translation>ブラウザーを開けませんでした。リンクをコピーして手動で開いてください。</translation>
    </message>
    <message>
        <source>Waiting for you to press “Authorize” in the browser…</source>
        <translation>ブラウザーで [Authorize] が押されるのを待っています…</translation>
    </message>
    <message>
        <source>Signed in. Loading your projects…</source>
        <translation>サインインしました。プロジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>サーバーに接続しています…</translation>
    </message>
    <message>
        <source>This connection was set up without the dashboard's address: sign in with email and password.</source>
        <translation>この接続はダッシュボードのアドレスなしで設定されています: メールアドレスとパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>No Hexclave API answered at %1. Check the address: the API root ends in /api/v1, like https://api.hexclave.com/api/v1.
(%2)</source>
        <translation>%1 で Hexclave API が応答しませんでした。アドレスを確認してください: API ルートは https://api.hexclave.com/api/v1 のように /api/v1 で終わります。
(%2)</translation>
    </message>
    <message>
        <source>This connection trusts a certificate you accepted for %1 (SHA-256 %2).</source>
        <translation>この接続は、%1 に対して受け入れた証明書 (SHA-256 %2) を信頼しています。</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>信頼を停止</translation>
    </message>
    <message>
        <source>The certificate of %1 is no longer trusted.</source>
        <translation>%1 の証明書は信頼されなくなりました。</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can sign in again here.</source>
        <translation>%1 にサインインしています。ここで再度サインインできます。</translation>
    </message>
    <message>
        <source>Stop trusting this certificate?</source>
        <translation>この証明書の信頼を停止しますか?</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1?</source>
        <translation>%1 の証明書の信頼を停止しますか?</translation>
    </message>
    <message>
        <source>The connection to this server (%1) is then refused until you trust a certificate for it again. This applies at once.</source>
        <translation>停止すると、このサーバー (%1) への接続は、再び証明書を信頼するまで拒否されます。この変更はすぐに適用されます。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelDialog</name>
    <message>
        <source>Add contact channel</source>
        <translation>連絡先チャネルを追加</translation>
    </message>
    <message>
        <source>Add an email address to %1.</source>
        <translation>%1 にメールアドレスを追加します。</translation>
    </message>
    <message>
        <source>Edit contact channel</source>
        <translation>連絡先チャネルを編集</translation>
    </message>
    <message>
        <source>What %1 is used for.</source>
        <translation>%1 の用途。</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Used for sign-in</source>
        <translation>サインインに使用</translation>
    </message>
    <message>
        <source>The user can sign in with this address (password, one-time code or magic link). Only one user may use an address for sign-in.</source>
        <translation>ユーザーはこのアドレスでサインインできます (パスワード、ワンタイムコード、マジックリンク)。サインインにアドレスを使用できるのは 1 人のユーザーだけです。</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>The address shown as the user's email; another primary address stops being primary.</source>
        <translation>ユーザーのメールとして表示されるアドレスです。他のプライマリアドレスはプライマリではなくなります。</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Mark the address as verified without sending a verification email.</source>
        <translation>確認メールを送信せずに、アドレスを確認済みとしてマークします。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ContactChannelsTab</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Send verification…</source>
        <translation>確認メールを送信…</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>連絡先チャネル</translation>
    </message>
    <message>
        <source>Add an email address to this user</source>
        <translation>このユーザーにメールアドレスを追加します</translation>
    </message>
    <message>
        <source>Change whether the selected address is primary, used for sign-in or verified</source>
        <translation>選択したアドレスをプライマリにするか、サインインに使用するか、確認済みにするかを変更します</translation>
    </message>
    <message>
        <source>Remove the selected address from this user</source>
        <translation>選択したアドレスをこのユーザーから削除します</translation>
    </message>
    <message>
        <source>Email a verification link to the selected address</source>
        <translation>選択したアドレスに確認リンクをメールで送信します</translation>
    </message>
    <message>
        <source>No email addresses. Add one so the user can be reached or sign in with it.</source>
        <translation>メールアドレスがありません。ユーザーに連絡したり、サインインに使用したりできるように追加してください。</translation>
    </message>
    <message>
        <source>Loading contact channels…</source>
        <translation>連絡先チャネルを読み込んでいます…</translation>
    </message>
    <message>
        <source>The contact channels could not be loaded. The reason is shown above.</source>
        <translation>連絡先チャネルを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>The selected address is already verified</source>
        <translation>選択したアドレスは既に確認済みです</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 を追加しています…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Adding %1 failed.</source>
        <translation>%1 の追加に失敗しました。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saving %1 failed.</source>
        <translation>%1 の保存に失敗しました。</translation>
    </message>
    <message>
        <source>

The user signs in with this address; they will not be able to any more unless they have another way to sign in.</source>
        <translation>

ユーザーはこのアドレスでサインインしています。他のサインイン方法がない限り、サインインできなくなります。</translation>
    </message>
    <message>
        <source>Delete contact channel</source>
        <translation>連絡先チャネルを削除</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%2 から %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Deleting %1 failed.</source>
        <translation>%1 の削除に失敗しました。</translation>
    </message>
    <message>
        <source>Send verification email</source>
        <translation>確認メールを送信</translation>
    </message>
    <message>
        <source>“%1” is not a web address: nothing was sent. Give the full address, starting with https://.</source>
        <translation>「%1」は Web アドレスではありません: 何も送信されていません。https:// で始まる完全なアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Sending a verification email to %1…</source>
        <translation>%1 に確認メールを送信しています…</translation>
    </message>
    <message>
        <source>Verification email sent to %1.</source>
        <translation>%1 に確認メールを送信しました。</translation>
    </message>
    <message>
        <source>Sending the verification email to %1 failed.</source>
        <translation>%1 への確認メールの送信に失敗しました。</translation>
    </message>
    <message>
        <source>The link in the email leads to this page of your app; it must be on one of the project's trusted domains. For example:
%1
The app's address is remembered for this project.</source>
        <translation>メール内のリンクはアプリのこのページに移動します。このページはプロジェクトの信頼済みドメインのいずれかにある必要があります。例:
%1
アプリのアドレスはこのプロジェクト用に記憶されます。</translation>
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
        <translation>顧客なし</translation>
    </message>
    <message>
        <source>Deleted user</source>
        <translation>削除済みユーザー</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Response %1 (%2)</source>
        <translation>応答 %1 (%2)</translation>
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
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Last activity: %1</source>
        <translation>最終アクティビティ: %1</translation>
    </message>
    <message>
        <source>✎ Draft</source>
        <translation>✎ 下書き</translation>
    </message>
    <message>
        <source>You have an unsent draft in this conversation</source>
        <translation>この会話には未送信の下書きがあります</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationFacts</name>
    <message>
        <source>Open user page</source>
        <translation>ユーザーページを開く</translation>
    </message>
    <message>
        <source>Show this user on the Users page</source>
        <translation>このユーザーを [ユーザー] ページに表示します</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>ユーザーなし</translation>
    </message>
    <message>
        <source>Deleted or unknown user (%1)</source>
        <translation>削除済みまたは不明なユーザー (%1)</translation>
    </message>
    <message>
        <source>Open the user page of %1</source>
        <translation>%1 のユーザーページを開きます</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 に開始</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 に開始</translation>
    </message>
    <message>
        <source>First response overdue: it was due %1.</source>
        <translation>最初の応答が期限超過: 期限は %1 でした。</translation>
    </message>
    <message>
        <source>Response overdue: it was due %1.</source>
        <translation>応答が期限超過: 期限は %1 でした。</translation>
    </message>
    <message>
        <source>First response due %1.</source>
        <translation>最初の応答の期限: %1。</translation>
    </message>
    <message>
        <source>Next response due %1.</source>
        <translation>次の応答の期限: %1。</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationHeader</name>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>解決中…</translation>
    </message>
    <message>
        <source>Changing the status to “%1”…</source>
        <translation>ステータスを「%1」に変更しています…</translation>
    </message>
    <message>
        <source>The status was not changed.</source>
        <translation>ステータスは変更されませんでした。</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>割り当て中…</translation>
    </message>
    <message>
        <source>The conversation was not assigned.</source>
        <translation>会話は割り当てられませんでした。</translation>
    </message>
    <message>
        <source>Unassigning…</source>
        <translation>割り当てを解除しています…</translation>
    </message>
    <message>
        <source>The assignee was not removed.</source>
        <translation>担当者は削除されませんでした。</translation>
    </message>
    <message>
        <source>Changing the priority…</source>
        <translation>優先度を変更しています…</translation>
    </message>
    <message>
        <source>The priority was not changed.</source>
        <translation>優先度は変更されませんでした。</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>タグを追加しています…</translation>
    </message>
    <message>
        <source>The tag was not added.</source>
        <translation>タグは追加されませんでした。</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>タグを削除しています…</translation>
    </message>
    <message>
        <source>The tag was not removed.</source>
        <translation>タグは削除されませんでした。</translation>
    </message>
    <message>
        <source>Someone changed it meanwhile; Refresh shows its current state.</source>
        <translation>その間に他のユーザーが変更しました。[更新] で現在の状態を表示できます。</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list of conversations.</source>
        <translation>削除された可能性があります。会話の一覧を更新してください。</translation>
    </message>
    <message>
        <source>The change may have been made anyway; Refresh shows the conversation as it is now.</source>
        <translation>変更は反映されている可能性があります。[更新] で現在の会話を表示できます。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>会話を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Select a conversation to read it and reply.</source>
        <translation>会話を選択すると、内容を読んで返信できます。</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>会話を読み込んでいます</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>会話が見つかりません</translation>
    </message>
    <message>
        <source>It may have been deleted meanwhile. Choose another conversation from the list.</source>
        <translation>その間に削除された可能性があります。一覧から別の会話を選択してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>追加中…</translation>
    </message>
    <message>
        <source>No answer from the server — checking whether it arrived…</source>
        <translation>サーバーから応答がありません — 届いたかどうかを確認しています…</translation>
    </message>
    <message>
        <source>Your draft could not be saved on this computer: %1</source>
        <translation>下書きをこのコンピューターに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Your reply arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>返信は届きました。サーバーの応答が失われたため、確認のために会話を再度読み込みました。</translation>
    </message>
    <message>
        <source>Your note arrived. The server's answer was lost, so the conversation was read again to make sure.</source>
        <translation>メモは届きました。サーバーの応答が失われたため、確認のために会話を再度読み込みました。</translation>
    </message>
    <message>
        <source>The reply was not sent; your text is kept.</source>
        <translation>返信は送信されませんでした。テキストは保持されています。</translation>
    </message>
    <message>
        <source>The note was not added; your text is kept.</source>
        <translation>メモは追加されませんでした。テキストは保持されています。</translation>
    </message>
    <message>
        <source>Not sent — your text is kept; send again?</source>
        <translation>未送信 — テキストは保持されています。再送信しますか?</translation>
    </message>
    <message>
        <source>Not added — your text is kept; add it again?</source>
        <translation>未追加 — テキストは保持されています。再度追加しますか?</translation>
    </message>
    <message>
        <source>It is not known whether this arrived: the server's answer was lost and the conversation could not be read again. Your text is kept — reload the conversation and check before sending again.</source>
        <translation>届いたかどうかは不明です: サーバーの応答が失われ、会話を再度読み込むこともできませんでした。テキストは保持されています — 再送信する前に会話を再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>It is not known whether your reply to “%1” arrived: the server's answer was lost. The text is kept as a draft there; check that conversation before sending again.</source>
        <translation>「%1」への返信が届いたかどうかは不明です: サーバーの応答が失われました。テキストはその会話に下書きとして保持されています。再送信する前にその会話を確認してください。</translation>
    </message>
    <message>
        <source>It is not known whether your note on “%1” was added: the server's answer was lost. The text is kept as a draft there; check that conversation before adding it again.</source>
        <translation>「%1」へのメモが追加されたかどうかは不明です: サーバーの応答が失われました。テキストはその会話に下書きとして保持されています。再度追加する前にその会話を確認してください。</translation>
    </message>
    <message>
        <source>Your reply to “%1” was not sent; the text is kept as a draft there.</source>
        <translation>「%1」への返信は送信されませんでした。テキストはその会話に下書きとして保持されています。</translation>
    </message>
    <message>
        <source>Your note on “%1” was not added; the text is kept as a draft there.</source>
        <translation>「%1」へのメモは追加されませんでした。テキストはその会話に下書きとして保持されています。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateOwnedApiKeyDialog</name>
    <message>
        <source>&amp;Secret: for the owner's servers and scripts; never shown to others</source>
        <translation>シークレット(&amp;S): 所有者のサーバーとスクリプト用。他人には表示されません</translation>
    </message>
    <message>
        <source>&amp;Public: may be seen by others, e.g. in a browser or an app</source>
        <translation>公開(&amp;P): ブラウザーやアプリなどで他人に見られる可能性があります</translation>
    </message>
    <message>
        <source>Say what the key is for: it is how the key is recognised later.</source>
        <translation>キーの用途を入力してください。後でキーを識別する手掛かりになります。</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>キーを作成しています…</translation>
    </message>
    <message>
        <source>New API key for the team %1</source>
        <translation>チーム %1 の新しい API キー</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>%1 の新しい API キー</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “Nightly export”</source>
        <translation>キーの用途 (例: 「夜間エクスポート」)</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>キーを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>有効期限(&amp;E):</translation>
    </message>
    <message>
        <source>The key is shown once, right after it is created. Afterwards only its last four characters can be seen.</source>
        <translation>キーは作成直後に一度だけ表示されます。その後は末尾の 4 文字しか表示できません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateProjectKeysDialog</name>
    <message>
        <source>&amp;Publishable client key</source>
        <translation>公開可能なクライアントキー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Secret server key</source>
        <translation>シークレットサーバーキー(&amp;S)</translation>
    </message>
    <message>
        <source>Super secret &amp;admin key</source>
        <translation>スーパーシークレット管理者キー(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;reate keys</source>
        <translation>キーを作成(&amp;R)</translation>
    </message>
    <message>
        <source>Create API keys</source>
        <translation>API キーを作成</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>What or who uses these keys, e.g. “Production web app”</source>
        <translation>これらのキーを使用するもの、または人 (例: 「本番 Web アプリ」)</translation>
    </message>
    <message>
        <source>pck_…: identifies the project to client apps (browsers, mobile). Not secret, but only needed when the project requires it.</source>
        <translation>pck_…: クライアントアプリ (ブラウザー、モバイル) に対してプロジェクトを識別します。シークレットではありませんが、プロジェクトで必要な場合にのみ使用します。</translation>
    </message>
    <message>
        <source>ssk_…: full access to users, teams and data from your server. Keep it secret.</source>
        <translation>ssk_…: サーバーからユーザー、チーム、データにフルアクセスできます。秘密にしてください。</translation>
    </message>
    <message>
        <source>sak_…: everything, including configuration and these keys. For tools and automation only; keep it secret.</source>
        <translation>sak_…: 構成やこれらのキーを含め、すべてにアクセスできます。ツールと自動化専用です。秘密にしてください。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>有効期限(&amp;E):</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>The new keys are shown once, right after they are made. Only their last four characters can be seen afterwards.</source>
        <translation>新しいキーは作成直後に一度だけ表示されます。その後は末尾の 4 文字しか表示できません。</translation>
    </message>
    <message>
        <source>Describe what the keys are for, so that you know which to revoke later.</source>
        <translation>後でどれを失効させるか判断できるように、キーの用途を記述してください。</translation>
    </message>
    <message>
        <source>Choose at least one key.</source>
        <translation>キーを少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Creating the keys…</source>
        <translation>キーを作成しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CreateUserDialog</name>
    <message>
        <source>Email address is &amp;verified</source>
        <translation>メールアドレスは確認済み(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>サインインに使用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;No password (the user signs in another way)</source>
        <translation>パスワードなし (ユーザーは別の方法でサインイン)(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>ユーザーを作成</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>ユーザーはこのアドレスでサインインできます (パスワードまたはワンタイムコード)。サインインにアドレスを使用できるのは 1 人のユーザーだけです。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>At most 70 characters</source>
        <translation>最大 70 文字</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>パスワードなし</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>メタデータ(&amp;M)</translation>
    </message>
    <message>
        <source>Show metadata</source>
        <translation>メタデータを表示</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>先にメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Hide metadata</source>
        <translation>メタデータを非表示</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>メールアドレスではありません (name@example.com)。</translation>
    </message>
    <message>
        <source>Enter a password, or choose “No password”.</source>
        <translation>パスワードを入力するか、「パスワードなし」を選択してください。</translation>
    </message>
    <message>
        <source>A password needs an email address to sign in with.</source>
        <translation>パスワードでサインインするにはメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation>ユーザーを作成しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerChooser</name>
    <message>
        <source>Choose &amp;user…</source>
        <translation>ユーザーを選択(&amp;U)…</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>チームを選択(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>顧客タイプ</translation>
    </message>
    <message>
        <source>Users and teams of the project, or customers of your own identified by any ID</source>
        <translation>プロジェクトのユーザーとチーム、または任意の ID で識別される独自の顧客</translation>
    </message>
    <message>
        <source>Search the project's users and choose one (Ctrl+F)</source>
        <translation>プロジェクトのユーザーを検索して選択します (Ctrl+F)</translation>
    </message>
    <message>
        <source>Choose one of the project's teams (Ctrl+F)</source>
        <translation>プロジェクトのチームを選択します (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customer ID, as your own system names it</source>
        <translation>独自のシステムで使用している顧客 ID</translation>
    </message>
    <message>
        <source>Custom customer ID</source>
        <translation>カスタム顧客 ID</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>この顧客のアイテムと製品を表示します</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>No team chosen</source>
        <translation>チームが選択されていません</translation>
    </message>
    <message>
        <source>Team ID: %1</source>
        <translation>チーム ID: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomerTexts</name>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>The user %1 does not exist in this project (any more). Choose another user.</source>
        <translation>ユーザー %1 はこのプロジェクトに(もう)存在しません。別のユーザーを選択してください。</translation>
    </message>
    <message>
        <source>The team %1 does not exist in this project (any more). Choose another team.</source>
        <translation>チーム %1 はこのプロジェクトに(もう)存在しません。別のチームを選択してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::CustomersView</name>
    <message>
        <source>Choose a customer to see their items and products</source>
        <translation>アイテムと製品を表示する顧客を選択してください</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>照会(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hange quantity…</source>
        <translation>数量を変更(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Grant product…</source>
        <translation>製品を付与(&amp;G)…</translation>
    </message>
    <message>
        <source>Item balances</source>
        <translation>アイテムの残高</translation>
    </message>
    <message>
        <source>Products owned</source>
        <translation>所有している製品</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>アイテム ID</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type an item's ID to see and change its balance</source>
        <translation>このキーではカタログを読み取れません: 残高を表示・変更するには、アイテムの ID を入力してください</translation>
    </message>
    <message>
        <source>Read the customer's balance of the item typed in</source>
        <translation>入力したアイテムの顧客の残高を読み取ります</translation>
    </message>
    <message>
        <source>Add to or take from the selected item's balance (or double-click the item)</source>
        <translation>選択したアイテムの残高に加算または減算します (またはアイテムをダブルクリック)</translation>
    </message>
    <message>
        <source>Give the customer a product of the catalog without payment</source>
        <translation>カタログの製品を支払いなしで顧客に付与します</translation>
    </message>
    <message>
        <source>Read the balances and products again</source>
        <translation>残高と製品を再度読み込みます</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key. Type an item's ID above and press Look up to see its balance.</source>
        <translation>このキーではカタログを読み取れません。残高を表示するには、上にアイテムの ID を入力して [照会] を押してください。</translation>
    </message>
    <message>
        <source>The project's items could not be read. The reason is shown above.</source>
        <translation>プロジェクトのアイテムを読み取れませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Reading the project's items…</source>
        <translation>プロジェクトのアイテムを読み取っています…</translation>
    </message>
    <message>
        <source>This project has no items for %1 customers — add them under Products &amp; items</source>
        <translation>このプロジェクトには %1 顧客向けのアイテムがありません — [製品 &amp; アイテム] で追加してください</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>製品を読み込んでいます…</translation>
    </message>
    <message>
        <source>The products could not be loaded. The reason is shown above.</source>
        <translation>製品を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>%1 owns no products.</source>
        <translation>%1 は製品を所有していません。</translation>
    </message>
    <message>
        <source>Grant product…</source>
        <translation>製品を付与…</translation>
    </message>
    <message>
        <source>Select an item first, then change its balance</source>
        <translation>先にアイテムを選択してから、残高を変更してください</translation>
    </message>
    <message>
        <source>This project has no products for %1 customers to grant</source>
        <translation>このプロジェクトには %1 顧客に付与できる製品がありません</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>took away %1</source>
        <translation>%1 を差し引き</translation>
    </message>
    <message>
        <source>Balance of %1 changed for %2: %3.</source>
        <translation>%2 の %1 の残高を変更しました: %3。</translation>
    </message>
    <message>
        <source>Granted %1 × %2 to %3.</source>
        <translation>%1 × %2 を %3 に付与しました。</translation>
    </message>
    <message>
        <source>Granted %1 to %2.</source>
        <translation>%1 を %2 に付与しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DayIntervalField</name>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DefaultPermissionsEditor</name>
    <message>
        <source>&amp;Save defaults</source>
        <translation>デフォルトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Team &amp;creator</source>
        <translation>チーム作成者(&amp;C)</translation>
    </message>
    <message>
        <source>Given to the user who creates a team, in that team.</source>
        <translation>チームを作成したユーザーに、そのチーム内で付与されます。</translation>
    </message>
    <message>
        <source>Team &amp;member</source>
        <translation>チームメンバー(&amp;M)</translation>
    </message>
    <message>
        <source>Given to every user who joins a team, in that team.</source>
        <translation>チームに参加したすべてのユーザーに、そのチーム内で付与されます。</translation>
    </message>
    <message>
        <source>&amp;Sign-up</source>
        <translation>サインアップ(&amp;S)</translation>
    </message>
    <message>
        <source>Given to every new user when they sign up.</source>
        <translation>すべての新規ユーザーにサインアップ時に付与されます。</translation>
    </message>
    <message>
        <source>Default permissions</source>
        <translation>デフォルトの権限</translation>
    </message>
    <message>
        <source>Write the ticked permissions to the project's configuration</source>
        <translation>チェックした権限をプロジェクトの構成に書き込みます</translation>
    </message>
    <message>
        <source>Go back to what the project's configuration says</source>
        <translation>プロジェクトの構成の内容に戻します</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Saved. New teams, members and users get these permissions from now on.</source>
        <translation>保存しました。今後、新しいチーム、メンバー、ユーザーにはこれらの権限が付与されます。</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>構成を読み込んでいます。しばらくしてからもう一度保存してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>The default permissions may not have been saved.</source>
        <translation>デフォルトの権限が保存されていない可能性があります。</translation>
    </message>
    <message>
        <source>The default permissions were not saved.</source>
        <translation>デフォルトの権限は保存されませんでした。</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>プロジェクトの構成を読み込んでいます…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>未保存の変更があります。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteProjectDialog</name>
    <message>
        <source>&amp;Delete project</source>
        <translation>プロジェクトを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>The project %1 (%2) will be deleted for good, with everything in it: its users, teams, permissions, API keys, configuration, payments and emails. Apps that use it stop working. This cannot be undone.</source>
        <translation>プロジェクト %1 (%2) は、その中のすべて (ユーザー、チーム、権限、API キー、構成、支払い、メール) とともに完全に削除されます。このプロジェクトを使用しているアプリは動作しなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>The key this connection uses belongs to the project and stops working too.</source>
        <translation>この接続で使用しているキーはこのプロジェクトに属しているため、これも使用できなくなります。</translation>
    </message>
    <message>
        <source>To confirm, type the project's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、プロジェクト名 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>This project has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>このプロジェクトには名前がありません。確認のため、ID &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Type the project's name to confirm</source>
        <translation>確認のためプロジェクト名を入力してください</translation>
    </message>
    <message>
        <source>Type the project ID to confirm</source>
        <translation>確認のためプロジェクト ID を入力してください</translation>
    </message>
    <message>
        <source>Deleting the project…</source>
        <translation>プロジェクトを削除しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteTeamDialog</name>
    <message>
        <source>&amp;Delete team</source>
        <translation>チームを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>To confirm, type the team's name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、チーム名 &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>This team has no name. To confirm, type its ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>このチームには名前がありません。確認のため、ID &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Type the team's name to confirm</source>
        <translation>確認のためチーム名を入力してください</translation>
    </message>
    <message>
        <source>Type the team ID to confirm</source>
        <translation>確認のためチーム ID を入力してください</translation>
    </message>
    <message>
        <source>The team %1 (%2) will be deleted for good.</source>
        <translation>チーム %1 (%2) は完全に削除されます。</translation>
    </message>
    <message>
        <source>It has no members, so nobody loses access.</source>
        <translation>メンバーがいないため、アクセスを失う人はいません。</translation>
    </message>
    <message numerus="yes">
        <source>More than %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>%n 人を超えるメンバーが、チームへのアクセスとチーム内で保持している権限を失います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) lose access to it and the permissions they hold in it.</source>
        <translation>
            <numerusform>%n 人のメンバーが、チームへのアクセスとチーム内で保持している権限を失います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members who lose access…</source>
        <translation>アクセスを失うメンバーをカウントしています…</translation>
    </message>
    <message>
        <source>Every member loses access to it and the permissions they hold in it (the members could not be counted).</source>
        <translation>すべてのメンバーが、チームへのアクセスとチーム内で保持している権限を失います (メンバーをカウントできませんでした)。</translation>
    </message>
    <message>
        <source>Its invitations and API keys stop working. The users themselves are not deleted. This cannot be undone.</source>
        <translation>チームの招待と API キーは使用できなくなります。ユーザー自体は削除されません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Deleting the team…</source>
        <translation>チームを削除しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeleteUserDialog</name>
    <message>
        <source>&amp;Delete user</source>
        <translation>ユーザーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with everything that belongs to them: their sessions (they are signed out everywhere), contact channels, connected OAuth accounts, passkeys, team memberships, permissions and API keys. This cannot be undone.</source>
        <translation>%1 (%2) は、所属するすべてのもの (セッション (すべての場所でサインアウトされます)、連絡先チャネル、接続済みの OAuth アカウント、パスキー、チームメンバーシップ、権限、API キー) とともに完全に削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>To confirm, type the user's email address, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、ユーザーのメールアドレス &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>This user has no email address. To confirm, type the user's ID, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>このユーザーにはメールアドレスがありません。確認のため、ユーザー ID &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <source>Type the email address to confirm</source>
        <translation>確認のためメールアドレスを入力してください</translation>
    </message>
    <message>
        <source>Type the user ID to confirm</source>
        <translation>確認のためユーザー ID を入力してください</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>ユーザーを削除しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DeliveryView</name>
    <message>
        <source>Ask the server for the figures again (F5)</source>
        <translation>サーバーに数値を再度問い合わせます (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Sending capacity:</source>
        <translation>送信容量:</translation>
    </message>
    <message>
        <source>How fast the server sends this project's emails. It grows with the emails sent last month and shrinks when many bounce or are marked as spam.</source>
        <translation>サーバーがこのプロジェクトのメールを送信する速度です。先月送信したメールの数に応じて増加し、多くのメールがバウンスしたりスパムとしてマークされたりすると減少します。</translation>
    </message>
    <message>
        <source>Capacity boost</source>
        <translation>容量ブースト</translation>
    </message>
    <message>
        <source>A temporary boost multiplies the sending capacity until it ends.</source>
        <translation>一時的なブーストは、終了するまで送信容量を増加させます。</translation>
    </message>
    <message>
        <source>Capacity penalty</source>
        <translation>容量ペナルティ</translation>
    </message>
    <message>
        <source>The server lowers the sending capacity while the bounce or spam rate of the last hour, day or week is high; it recovers as those emails age out of the windows.</source>
        <translation>過去 1 時間、1 日、1 週間のバウンス率またはスパム率が高い間、サーバーは送信容量を下げます。それらのメールが期間外になると回復します。</translation>
    </message>
    <message>
        <source>Counts of the emails handed to the email server in each window; bounced and spam ones are part of the sent ones. Many bounces or spam reports lower the sending capacity.</source>
        <translation>各期間にメールサーバーに渡されたメールの数です。バウンスしたメールとスパムのメールは送信済みに含まれます。バウンスやスパム報告が多いと送信容量が下がります。</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>配信グラフ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Delivery figures</source>
        <translation>配信の数値</translation>
    </message>
    <message>
        <source>The delivery figures could not be loaded. The reason is shown above.</source>
        <translation>配信の数値を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>バウンス</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>スパムとしてマーク</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DialogParts</name>
    <message>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>パスワードを表示または非表示にします</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address of an image, or leave it empty.</source>
        <translation>画像の http:// または https:// アドレスを入力するか、空のままにしてください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DomainsSection</name>
    <message>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Allow &amp;localhost callbacks</source>
        <translation>localhost へのコールバックを許可(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add domain…</source>
        <translation>ドメインを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Trusted domains</source>
        <translation>信頼済みドメイン</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Handler path</source>
        <translation>ハンドラーパス</translation>
    </message>
    <message>
        <source>Sign-in redirects to http://localhost are accepted (for development).</source>
        <translation>http://localhost へのサインインのリダイレクトを受け付けます (開発用)。</translation>
    </message>
    <message>
        <source>Trusted domains: where sign-in may redirect to.</source>
        <translation>信頼済みドメイン: サインイン後のリダイレクト先として許可される場所。</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Add a trusted domain</source>
        <translation>信頼済みドメインを追加</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::DraftsView</name>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>No drafts yet. A draft is an email you write once and send to your users.</source>
        <translation>下書きはまだありません。下書きとは、一度作成してユーザーに送信するメールです。</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>新しい下書き…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新しい下書き</translation>
    </message>
    <message>
        <source>The drafts could not be loaded.</source>
        <translation>下書きを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>送信…</translation>
    </message>
    <message>
        <source>Give the selected draft another name (F2)</source>
        <translation>選択した下書きの名前を変更します (F2)</translation>
    </message>
    <message>
        <source>Send the selected draft to users of the project</source>
        <translation>選択した下書きをプロジェクトのユーザーに送信します</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>%1 に送信</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>下書きの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>「%1」に名前を変更しました。</translation>
    </message>
    <message>
        <source>“%1” was not renamed.</source>
        <translation>「%1」の名前は変更されませんでした。</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>下書きを送信</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them before sending?</source>
        <translation>「%1」には未保存の変更があります。送信する前に保存しますか?</translation>
    </message>
    <message>
        <source>The server sends the draft as it is saved there.</source>
        <translation>サーバーは、サーバーに保存されている状態の下書きを送信します。</translation>
    </message>
    <message>
        <source>Save and send…</source>
        <translation>保存して送信…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EditUserDialog</name>
    <message>
        <source>&amp;Verified</source>
        <translation>確認済み(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Used for sign-in</source>
        <translation>サインインに使用(&amp;U)</translation>
    </message>
    <message>
        <source>Set a &amp;new password:</source>
        <translation>新しいパスワードを設定(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>パスワードを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>No primary email</source>
        <translation>プライマリメールなし</translation>
    </message>
    <message>
        <source>The user can sign in with this address (with a password or a one-time code). Only one user can use an address for sign-in.</source>
        <translation>ユーザーはこのアドレスでサインインできます (パスワードまたはワンタイムコード)。サインインにアドレスを使用できるのは 1 人のユーザーだけです。</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>プロフィール画像の URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>Primary &amp;email:</source>
        <translation>プライマリメール(&amp;E):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>プロフィール画像の URL(&amp;I):</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>&amp;Keep the current password</source>
        <translation>現在のパスワードを維持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Keep it without a password</source>
        <translation>パスワードなしのままにする(&amp;K)</translation>
    </message>
    <message>
        <source>The user can no longer sign in with a password.</source>
        <translation>ユーザーはパスワードでサインインできなくなります。</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>このユーザーにはパスワードがありません。</translation>
    </message>
    <message>
        <source>Enter an email address first.</source>
        <translation>先にメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>This is not an email address (name@example.com).</source>
        <translation>メールアドレスではありません (name@example.com)。</translation>
    </message>
    <message>
        <source>Enter the new password, or keep the current one.</source>
        <translation>新しいパスワードを入力するか、現在のパスワードを維持してください。</translation>
    </message>
    <message>
        <source>A password needs a primary email address to sign in with.</source>
        <translation>パスワードでサインインするにはプライマリメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailPreview</name>
    <message>
        <source>Email preview</source>
        <translation>メールのプレビュー</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>件名: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n 個のリモート画像をブロックしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) blocked</source>
        <translation>
            <numerusform>%n 個のリモートリソースをブロックしました</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview never loads anything from the internet.</source>
        <translation>プレビューではインターネットから何も読み込みません。</translation>
    </message>
    <message>
        <source>Link to %1 (not opened from the preview)</source>
        <translation>%1 へのリンク (プレビューからは開きません)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailServerView</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Emails go out from Hexclave's shared server, with Hexclave as the sender. It sends the built-in emails (sign-in codes, password resets, verifications) but cannot send your own emails from drafts, and edited templates are not used: both need your own server.</source>
        <translation>メールは Hexclave の共有サーバーから Hexclave を送信者として送信されます。組み込みのメール (サインインコード、パスワードのリセット、確認) は送信されますが、下書きからの独自のメールは送信できず、編集したテンプレートも使用されません。どちらにも独自のサーバーが必要です。</translation>
    </message>
    <message>
        <source>Resend is reached over SMTP: paste an API key from resend.com as the key below; the sender's domain must be verified there.</source>
        <translation>Resend には SMTP 経由で接続します: resend.com の API キーを下のキーとして貼り付けてください。送信者のドメインは resend.com で確認済みである必要があります。</translation>
    </message>
    <message>
        <source>Hexclave's shared server</source>
        <translation>Hexclave の共有サーバー</translation>
    </message>
    <message>
        <source>Your own SMTP server</source>
        <translation>独自の SMTP サーバー</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>Managed by Hexclave</source>
        <translation>Hexclave による管理</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project. Change it in the web dashboard.</source>
        <translation>Hexclave がこのプロジェクトのメールサーバーを運用しています。Web ダッシュボードで変更してください。</translation>
    </message>
    <message>
        <source>Hexclave runs this email server for the project's domain %1. Change it in the web dashboard.</source>
        <translation>Hexclave がこのプロジェクトのドメイン %1 のメールサーバーを運用しています。Web ダッシュボードで変更してください。</translation>
    </message>
    <message>
        <source>Your app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Unchanged (saved on the server)</source>
        <translation>変更なし (サーバーに保存済み)</translation>
    </message>
    <message>
        <source>Send an email through the settings of the form, saved or not</source>
        <translation>保存済みかどうかにかかわらず、フォームの設定を使用してメールを送信します</translation>
    </message>
    <message>
        <source>Choose your own SMTP server or Resend to send a test email</source>
        <translation>テストメールを送信するには、独自の SMTP サーバーまたは Resend を選択してください</translation>
    </message>
    <message>
        <source>Enter the server's host name, like smtp.example.com.</source>
        <translation>smtp.example.com のように、サーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter a host name only, without a scheme, path or port.</source>
        <translation>スキーム、パス、ポートを含めずにホスト名のみを入力してください。</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535 (usually 587, or 465 for SSL).</source>
        <translation>1 から 65535 までのポートを入力してください (通常は 587、SSL の場合は 465)。</translation>
    </message>
    <message>
        <source>Enter the username the server signs in with.</source>
        <translation>サーバーがサインインに使用するユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Paste an API key from resend.com.</source>
        <translation>resend.com の API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>Enter the password the server signs in with.</source>
        <translation>サーバーがサインインに使用するパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The server keeps at most 70 characters.</source>
        <translation>サーバーに保存されるのは最大 70 文字です。</translation>
    </message>
    <message>
        <source>Enter the name your emails come from, like your app's name.</source>
        <translation>アプリ名など、メールの送信者名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the address your emails come from.</source>
        <translation>メールの送信元アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter an email address, like noreply@example.com.</source>
        <translation>noreply@example.com のようなメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>サーバー: %1 → %2</translation>
    </message>
    <message>
        <source>The host, username, password and sender are removed from the configuration.</source>
        <translation>ホスト、ユーザー名、パスワード、送信者が構成から削除されます。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 変更済み</translation>
    </message>
    <message>
        <source>%1: %2 unchanged</source>
        <translation>%1: %2 変更なし</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>送信者名</translation>
    </message>
    <message>
        <source>Sender email</source>
        <translation>送信者のメール</translation>
    </message>
    <message>
        <source>Nothing to save: the form shows what is saved.</source>
        <translation>保存するものはありません: フォームには保存済みの内容が表示されています。</translation>
    </message>
    <message>
        <source>Save the email server</source>
        <translation>メールサーバーを保存</translation>
    </message>
    <message>
        <source>Save these email server settings for the environment of %1?</source>
        <translation>これらのメールサーバー設定を %1 の環境用に保存しますか?</translation>
    </message>
    <message>
        <source>Still reading the configuration: save again in a moment.</source>
        <translation>まだ構成を読み込んでいます: しばらくしてからもう一度保存してください。</translation>
    </message>
    <message>
        <source>Saving and reading back…</source>
        <translation>保存して読み戻しています…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>テストメールを送信(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Set up in the web dashboard; shown here as it is.</source>
        <translation>Web ダッシュボードで設定されています。ここではそのまま表示しています。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>送信者名(&amp;N):</translation>
    </message>
    <message>
        <source>Sender &amp;email:</source>
        <translation>送信者のメール(&amp;E):</translation>
    </message>
    <message>
        <source>Where this project's emails are sent from. Each environment keeps its own email server; this is the one of the environment you are connected to.</source>
        <translation>このプロジェクトのメールの送信元です。メールサーバーは環境ごとに保持されます。これは接続中の環境のメールサーバーです。</translation>
    </message>
    <message>
        <source>Review the changes, then save them (Ctrl+S)</source>
        <translation>変更を確認してから保存してください (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved and read back: this environment now uses %1.</source>
        <translation>保存して読み戻しました: この環境では %1 を使用するようになりました。</translation>
    </message>
    <message>
        <source>The email server settings were not saved.</source>
        <translation>メールサーバーの設定は保存されませんでした。</translation>
    </message>
    <message>
        <source>The email server settings were sent, but reading them back did not show them. Check them again before relying on them.</source>
        <translation>メールサーバーの設定は送信されましたが、読み戻した結果には反映されていませんでした。使用する前にもう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailSourcesView</name>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation>変更を破棄…</translation>
    </message>
    <message>
        <source>Your edits could not be kept on this computer (%1). Save them to the server before closing.</source>
        <translation>編集内容をこのコンピューターに保持できませんでした (%1)。閉じる前にサーバーに保存してください。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Create a new %1</source>
        <translation>新しい%1を作成します</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Del)</source>
        <translation>選択した%1を削除します (Del)</translation>
    </message>
    <message>
        <source>Render the email through the server (Ctrl+R)</source>
        <translation>サーバーでメールをレンダリングします (Ctrl+R)</translation>
    </message>
    <message>
        <source>Save the source to the server (Ctrl+S)</source>
        <translation>ソースをサーバーに保存します (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the version saved on the server</source>
        <translation>サーバーに保存されているバージョンに戻します</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Select a %1 on the left to edit it.</source>
        <translation>編集する%1を左側で選択してください。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>「%1」を読み取れませんでした。</translation>
    </message>
    <message>
        <source>// Loading…</source>
        <translation>// 読み込み中…</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>「%1」を読み込んでいます…</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>プレビューするものはありません。</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>「%1」を保存しています…</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>“%1” was not saved; your edits are kept.</source>
        <translation>「%1」は保存されませんでした。編集内容は保持されています。</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server (deleted elsewhere?); your edits are kept on this computer.</source>
        <translation>「%1」はサーバー上に存在しなくなりました (他の場所で削除された可能性があります)。編集内容はこのコンピューターに保持されています。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Throw away your changes to “%1” and go back to the version saved on the server?</source>
        <translation>「%1」への変更を破棄して、サーバーに保存されているバージョンに戻しますか?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>「%1」は作成されませんでした。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? This cannot be undone.</source>
        <translation>%1「%2」を削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Its unsaved changes are thrown away too.</source>
        <translation>未保存の変更も破棄されます。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>「%1」を削除しています…</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>“%1” was already deleted.</source>
        <translation>「%1」は既に削除されていました。</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>「%1」は削除されませんでした。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Unsaved edits of a %1</source>
        <translation>%1の未保存の編集</translation>
    </message>
    <message>
        <source>Restore unsaved edits of “%1” from %2?</source>
        <translation>%2 からの「%1」の未保存の編集を復元しますか?</translation>
    </message>
    <message>
        <source>They were kept on this computer when the app closed without saving them.</source>
        <translation>アプリが保存せずに終了したときに、このコンピューターに保持されていました。</translation>
    </message>
    <message>
        <source>The %1 was changed on the server since; saving the restored edits replaces that version.</source>
        <translation>その後サーバー上の%1が変更されています。復元した編集を保存すると、そのバージョンが置き換えられます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Unsaved edits of a deleted %1</source>
        <translation>削除された%1の未保存の編集</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1”, which no longer exists on the server.</source>
        <translation>サーバー上に存在しなくなった「%1」の未保存の編集。</translation>
    </message>
    <message>
        <source>It was deleted elsewhere. Keep your edits as a new %1 (not saved until you save it), copy the source to the clipboard, or throw the edits away.</source>
        <translation>他の場所で削除されました。編集内容を新しい%1として保持する (保存するまで保存されません) か、ソースをクリップボードにコピーするか、編集内容を破棄してください。</translation>
    </message>
    <message>
        <source>Keep as a new %1</source>
        <translation>新しい%1として保持</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailThemeChooser</name>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>The theme that wraps the email: a layout with header and footer around its content</source>
        <translation>メールを包むテーマ: コンテンツの周りにヘッダーとフッターを配置したレイアウト</translation>
    </message>
    <message>
        <source>The project's theme</source>
        <translation>プロジェクトのテーマ</translation>
    </message>
    <message>
        <source>The project's theme (%1)</source>
        <translation>プロジェクトのテーマ (%1)</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>テーマなし</translation>
    </message>
    <message>
        <source>Theme %1 (loading…)</source>
        <translation>テーマ %1 (読み込み中…)</translation>
    </message>
    <message>
        <source>Theme %1</source>
        <translation>テーマ %1</translation>
    </message>
    <message>
        <source>A theme that no longer exists (%1)</source>
        <translation>存在しなくなったテーマ (%1)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::EmailsPage</name>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>With this key: the outbox and the delivery figures, below.</source>
        <translation>このキーで使用できるもの: 以下の送信トレイと配信の数値。</translation>
    </message>
    <message>
        <source>The email themes could not be loaded: theme choices are not available.</source>
        <translation>メールテーマを読み込めませんでした: テーマを選択できません。</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配信</translation>
    </message>
    <message>
        <source>Email server</source>
        <translation>メールサーバー</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>エラーの詳細をコピー</translation>
    </message>
    <message>
        <source>Retry in %1 s</source>
        <translation>%1 秒後に再試行</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExpiryPicker</name>
    <message>
        <source>In 1 day</source>
        <translation>1 日後</translation>
    </message>
    <message>
        <source>In 1 week</source>
        <translation>1 週間後</translation>
    </message>
    <message>
        <source>In 30 days</source>
        <translation>30 日後</translation>
    </message>
    <message>
        <source>In 90 days</source>
        <translation>90 日後</translation>
    </message>
    <message>
        <source>In 365 days</source>
        <translation>365 日後</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>It stops working at the end of this day (local time)</source>
        <translation>この日の終わり (現地時間) に使用できなくなります</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ExportUsersDialog</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export users to</source>
        <translation>ユーザーのエクスポート先</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>ユーザーをエクスポート</translation>
    </message>
    <message>
        <source>Every matching user is exported, not only those loaded in the list.</source>
        <translation>一覧に読み込まれているユーザーだけでなく、一致するすべてのユーザーがエクスポートされます。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>CSV (スプレッドシート用)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;JSON, with the API's field names</source>
        <translation>JSON (API のフィールド名を使用)(&amp;J)</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (a byte-order mark) so that Excel shows every character correctly</source>
        <translation>Excel ですべての文字が正しく表示されるように、ファイルを UTF-8 としてマークします (バイトオーダーマーク)</translation>
    </message>
    <message>
        <source>Excel reads a CSV file without this mark in the system's legacy encoding. Leave it on unless a program you feed the file to rejects it.</source>
        <translation>Excel は、このマークのない CSV ファイルをシステムの従来のエンコードで読み取ります。ファイルを渡すプログラムが拒否しない限り、オンのままにしてください。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>エクスポートする列</translation>
    </message>
    <message>
        <source>Field “%1” of the API</source>
        <translation>API のフィールド「%1」</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>デフォルト(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>エクスポート先のファイル</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>エクスポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back to the options</source>
        <translation>オプションに戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Anonymous users</source>
        <translation>匿名ユーザー</translation>
    </message>
    <message>
        <source>Anonymous users matching “%1”</source>
        <translation>「%1」に一致する匿名ユーザー</translation>
    </message>
    <message>
        <source>All users, including anonymous and restricted users</source>
        <translation>すべてのユーザー (匿名ユーザーと制限中のユーザーを含む)</translation>
    </message>
    <message>
        <source>Users matching “%1”, including anonymous and restricted users</source>
        <translation>「%1」に一致するユーザー (匿名ユーザーと制限中のユーザーを含む)</translation>
    </message>
    <message>
        <source>All users, including restricted users</source>
        <translation>すべてのユーザー (制限中のユーザーを含む)</translation>
    </message>
    <message>
        <source>Users matching “%1”, including restricted users</source>
        <translation>「%1」に一致するユーザー (制限中のユーザーを含む)</translation>
    </message>
    <message>
        <source>All users except restricted and anonymous users</source>
        <translation>制限中のユーザーと匿名ユーザーを除くすべてのユーザー</translation>
    </message>
    <message>
        <source>Users matching “%1”, except restricted and anonymous users</source>
        <translation>「%1」に一致するユーザー (制限中のユーザーと匿名ユーザーを除く)</translation>
    </message>
    <message>
        <source>newest sign-ups first</source>
        <translation>登録日の新しい順</translation>
    </message>
    <message>
        <source>oldest sign-ups first</source>
        <translation>登録日の古い順</translation>
    </message>
    <message>
        <source>most recently active first</source>
        <translation>最終アクティブの新しい順</translation>
    </message>
    <message>
        <source>least recently active first</source>
        <translation>最終アクティブの古い順</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1、%2。</translation>
    </message>
    <message>
        <source>%1 of %2 columns</source>
        <translation>%2 列中 %1 列</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>ファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>これはフォルダーです: ファイル名を追加してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>A file of this name exists. It is replaced only once the export is complete.</source>
        <translation>この名前のファイルが存在します。エクスポートが完了した時点で置き換えられます。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>列を少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>ユーザーをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 users written, %n page(s), %2</source>
        <translation>
            <numerusform>%1 人のユーザーを書き込み、%n ページ、%2</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %n page(s) from the server.</source>
        <translation>
            <numerusform>%1
%2、サーバーから %n ページ。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
    <message>
        <source>It stopped before the first page of users arrived.</source>
        <translation>ユーザーの最初のページが届く前に停止しました。</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln 人のユーザーをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The existing file was left unchanged.</source>
        <translation>既存のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>ファイルは書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>It stopped after %Ln user(s).</source>
        <translation>
            <numerusform>%Ln 人のユーザーの後で停止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>ソース内を検索</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じます (Esc)</translation>
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
        <translation>毎日</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>%1 日ごと</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>%1 週間ごと</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>%1 年ごと</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>%1 か月ごと</translation>
    </message>
    <message>
        <source>Grant a product to %1</source>
        <translation>%1 に製品を付与</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>製品 ID</translation>
    </message>
    <message>
        <source>The product's ID, as in the project's configuration</source>
        <translation>プロジェクトの構成に記載されている製品の ID</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Grant product</source>
        <translation>製品を付与(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Product ID:</source>
        <translation>製品 ID(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q):</translation>
    </message>
    <message>
        <source>Grants the product to %1 without payment: nothing is charged, and the grant shows in the transactions list. A product in the same product line as one the customer has replaces it: the current subscription ends.</source>
        <translation>%1 に製品を支払いなしで付与します: 料金は請求されず、付与は取引一覧に表示されます。顧客が保有している製品と同じ製品ラインの製品は、その製品を置き換えます: 現在のサブスクリプションは終了します。</translation>
    </message>
    <message>
        <source>How many to grant (more than one only for a stackable product)</source>
        <translation>付与する数 (複数を指定できるのはスタック可能な製品のみ)</translation>
    </message>
    <message>
        <source>The catalog cannot be read with this key: type the product's ID. The server refuses an ID it does not know.</source>
        <translation>このキーではカタログを読み取れません: 製品の ID を入力してください。サーバーは不明な ID を拒否します。</translation>
    </message>
    <message>
        <source>There is no product to grant.</source>
        <translation>付与できる製品はありません。</translation>
    </message>
    <message>
        <source>How many to grant</source>
        <translation>付与する数</translation>
    </message>
    <message>
        <source>This product is not stackable: one at a time</source>
        <translation>この製品はスタックできません: 一度に 1 つのみ</translation>
    </message>
    <message>
        <source>It has no price.</source>
        <translation>価格がありません。</translation>
    </message>
    <message>
        <source>A subscription, renewing %1.</source>
        <translation>サブスクリプション (%1更新)。</translation>
    </message>
    <message>
        <source>A one-time purchase.</source>
        <translation>1 回限りの購入。</translation>
    </message>
    <message>
        <source>An add-on: %1 must already own %2.</source>
        <translation>アドオン: %1 は既に %2 を所有している必要があります。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>It replaces %1, of the same product line “%2”.</source>
        <translation>同じ製品ライン「%2」の %1 を置き換えます。</translation>
    </message>
    <message>
        <source>In the product line “%1”.</source>
        <translation>製品ライン「%1」に含まれます。</translation>
    </message>
    <message>
        <source>%1 already owns this product, and it is not stackable: the server will refuse to grant it again.</source>
        <translation>%1 は既にこの製品を所有しており、この製品はスタックできません: サーバーは再度の付与を拒否します。</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>%1 を付与しています…</translation>
    </message>
    <message>
        <source>%1 already owns %2. It is not stackable, so it cannot be granted again.</source>
        <translation>%1 は既に %2 を所有しています。スタックできないため、再度付与することはできません。</translation>
    </message>
    <message>
        <source>The project has no product with the ID %1.</source>
        <translation>プロジェクトに ID %1 の製品はありません。</translation>
    </message>
    <message>
        <source>The product %1 is no longer in the project's configuration; it may have been removed under Products &amp; items.</source>
        <translation>製品 %1 はプロジェクトの構成にもうありません。[製品 &amp; アイテム] で削除された可能性があります。</translation>
    </message>
    <message>
        <source>%1 is sold to %2 customers, so it cannot be granted to this %3 customer.</source>
        <translation>%1 は %2 顧客向けに販売されているため、この %3 顧客には付与できません。</translation>
    </message>
    <message>
        <source>The product was not granted.</source>
        <translation>製品は付与されませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ImpersonateDialog</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>&amp;15 minutes</source>
        <translation>15 分(&amp;1)</translation>
    </message>
    <message>
        <source>1 &amp;hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>1 &amp;day</source>
        <translation>1 日(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ustom:</source>
        <translation>カスタム(&amp;U):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Copy the refresh token</source>
        <translation>リフレッシュトークンをコピー</translation>
    </message>
    <message>
        <source>Copy the browser snippet</source>
        <translation>ブラウザー用スニペットをコピー</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>セッションを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Impersonate %1</source>
        <translation>%1 になりすます</translation>
    </message>
    <message>
        <source>Creates a session in which you act as %1, to see your app as they see it. Everything done with it happens as this user. The session is marked as an impersonation in their session list, and ends by itself after the time you choose.</source>
        <translation>%1 として操作するセッションを作成し、そのユーザーから見えるとおりにアプリを確認できます。このセッションで行った操作はすべてこのユーザーとして実行されます。セッションはユーザーのセッション一覧でなりすましとしてマークされ、選択した時間が経過すると自動的に終了します。</translation>
    </message>
    <message>
        <source>Custom lifetime</source>
        <translation>カスタムの有効期間</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Unit of the custom lifetime</source>
        <translation>カスタムの有効期間の単位</translation>
    </message>
    <message>
        <source>Session lifetime:</source>
        <translation>セッションの有効期間:</translation>
    </message>
    <message>
        <source>Browser console snippet</source>
        <translation>ブラウザーコンソール用スニペット</translation>
    </message>
    <message>
        <source>To use your web app as this user: open the app in a browser, open the developer console on its page, paste this and press Enter. It stores the session where the Hexclave (Stack Auth) JavaScript SDK looks for it, then reloads the page. Use a private window so that your own session stays untouched.</source>
        <translation>このユーザーとして Web アプリを使用するには: ブラウザーでアプリを開き、そのページで開発者コンソールを開いて、これを貼り付けて Enter キーを押します。Hexclave (Stack Auth) JavaScript SDK が参照する場所にセッションが保存され、ページが再読み込みされます。自分のセッションに影響しないように、プライベートウィンドウを使用してください。</translation>
    </message>
    <message>
        <source>For API calls: send the access token in the x-stack-access-token header with client access (x-stack-access-type: client and your project id). It is valid for a few minutes only; get a new one with POST /auth/sessions/current/refresh and the refresh token in the x-stack-refresh-token header.</source>
        <translation>API 呼び出しの場合: クライアントアクセス (x-stack-access-type: client とプロジェクト ID) で、アクセストークンを x-stack-access-token ヘッダーで送信します。有効期間は数分間のみです。新しいトークンは、x-stack-refresh-token ヘッダーにリフレッシュトークンを指定して POST /auth/sessions/current/refresh で取得してください。</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>リフレッシュトークン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>アクセストークン(&amp;A):</translation>
    </message>
    <message>
        <source>Creating the session…</source>
        <translation>セッションを作成しています…</translation>
    </message>
    <message>
        <source>Impersonation session for %1 created. It ends after %2, at %3.</source>
        <translation>%1 のなりすましセッションを作成しました。%2 後の %3 に終了します。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n day(s): the server allows no longer sessions.</source>
        <translation>
            <numerusform>最大 %n 日: サーバーはこれより長いセッションを許可しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens are not saved anywhere: copy what you need now, they are wiped when you close this window and from the clipboard one minute later. Anyone who has them can act as this user until the session ends; revoke it earlier on the user's sessions.</source>
        <translation>これらのトークンはどこにも保存されません: 必要なものを今コピーしてください。このウィンドウを閉じると消去され、クリップボードからも 1 分後に消去されます。トークンを持つ人は誰でも、セッションが終了するまでこのユーザーとして操作できます。早めに終了させるには、ユーザーのセッションで取り消してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InboxView</name>
    <message>
        <source>Customer: %1</source>
        <translation>顧客: %1</translation>
    </message>
    <message>
        <source>Conversation status</source>
        <translation>会話のステータス</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Conversations in which the customer waits for an answer</source>
        <translation>顧客が返信を待っている会話</translation>
    </message>
    <message>
        <source>Conversations answered by support, waiting for the customer</source>
        <translation>サポートが返信し、顧客を待っている会話</translation>
    </message>
    <message>
        <source>Closed conversations</source>
        <translation>閉じた会話</translation>
    </message>
    <message>
        <source>Every conversation</source>
        <translation>すべての会話</translation>
    </message>
    <message>
        <source>Search subject, last message, customer…</source>
        <translation>件名、最新のメッセージ、顧客を検索…</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Searched by the server in the subject, the latest message and the customer's name and email (Ctrl+F; Esc clears)</source>
        <translation>サーバーが件名、最新のメッセージ、顧客の名前とメールを検索します (Ctrl+F、Esc でクリア)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Show only conversations of this priority</source>
        <translation>この優先度の会話のみを表示します</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Show only conversations assigned to someone, to you or to nobody</source>
        <translation>誰かに割り当てられた会話、自分に割り当てられた会話、または未割り当ての会話のみを表示します</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Show only conversations with this tag</source>
        <translation>このタグが付いた会話のみを表示します</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>期限超過のみ(&amp;O)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>期限超過のみ</translation>
    </message>
    <message>
        <source>Show only conversations whose response time (SLA) has passed</source>
        <translation>応答時間 (SLA) を過ぎた会話のみを表示します</translation>
    </message>
    <message>
        <source>Remove customer filter</source>
        <translation>顧客フィルターを解除</translation>
    </message>
    <message>
        <source>Show the conversations of every customer again</source>
        <translation>すべての顧客の会話を再度表示します</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <source>Load more conversations</source>
        <translation>さらに会話を読み込む</translation>
    </message>
    <message>
        <source>The server has more conversations: load the next ones</source>
        <translation>サーバーには他にも会話があります: 次の会話を読み込みます</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>自分 (%1)</translation>
    </message>
    <message>
        <source>Not known yet who you are</source>
        <translation>まだあなたが誰かわかりません</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n 件の会話を読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) shown</source>
        <translation>
            <numerusform>%n 件の会話のうち %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation>会話を読み込んでいます…</translation>
    </message>
    <message>
        <source>The conversations could not be loaded.</source>
        <translation>会話を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>No conversation matches the filters.</source>
        <translation>フィルターに一致する会話はありません。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>「%1」に一致する会話はありません。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>No conversations with this customer here.</source>
        <translation>ここにはこの顧客との会話はありません。</translation>
    </message>
    <message>
        <source>Show every customer</source>
        <translation>すべての顧客を表示</translation>
    </message>
    <message>
        <source>No open conversations — nothing needs support right now.</source>
        <translation>未解決の会話はありません — 現在サポートが必要なものはありません。</translation>
    </message>
    <message>
        <source>No conversation is waiting on a user.</source>
        <translation>ユーザーの返信待ちの会話はありません。</translation>
    </message>
    <message>
        <source>No resolved conversations yet.</source>
        <translation>解決済みの会話はまだありません。</translation>
    </message>
    <message>
        <source>No support conversations yet.</source>
        <translation>サポートの会話はまだありません。</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>顧客(&amp;U)…</translation>
    </message>
    <message>
        <source>Show one customer's conversations</source>
        <translation>1 人の顧客の会話を表示します</translation>
    </message>
    <message>
        <source>Choose a user and show only their conversations</source>
        <translation>ユーザーを選択して、そのユーザーの会話のみを表示します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::InviteToTeamDialog</name>
    <message>
        <source>Invite to %1</source>
        <translation>%1 に招待</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>コールバック URL</translation>
    </message>
    <message>
        <source>The page of your app where the recipient accepts the invitation, opened from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>メール内のリンクから開く、受信者が招待を承諾するアプリのページです。プロジェクトの信頼済みドメインのいずれかにある必要があります。このプロジェクト用に記憶されます。</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>招待を送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>コールバック URL(&amp;C):</translation>
    </message>
    <message>
        <source>The invitation is valid for a limited time; until it is accepted it is listed with the team's pending invitations.</source>
        <translation>招待の有効期間は限られています。承諾されるまでは、チームの保留中の招待として一覧表示されます。</translation>
    </message>
    <message>
        <source>Enter the address to send the invitation to.</source>
        <translation>招待の送信先アドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>「%1」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter the address of the page that accepts the invitation, e.g. %1.</source>
        <translation>招待を承諾するページのアドレスを入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>http:// または https:// で始まる完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Sending the invitation…</source>
        <translation>招待を送信しています…</translation>
    </message>
    <message>
        <source>The server refused this address: its domain is not one of the project's trusted domains. Add the domain in the project's settings, or use an address on a trusted domain.</source>
        <translation>サーバーがこのアドレスを拒否しました: ドメインがプロジェクトの信頼済みドメインに含まれていません。プロジェクトの設定でドメインを追加するか、信頼済みドメインのアドレスを使用してください。</translation>
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
        <translation>%1 行、%2 列: %3</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::JsonValueDialog</name>
    <message>
        <source>Add a top-level key</source>
        <translation>最上位のキーを追加</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>%1 にキーを追加</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>Value as JSON: text in double quotes, a number, true, false, an object {…} or a list […].</source>
        <translation>JSON 形式の値: ダブルクォートで囲んだテキスト、数値、true、false、オブジェクト {…}、リスト […] のいずれか。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>The value of %1 as JSON.</source>
        <translation>JSON 形式の %1 の値。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MainMenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
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
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Every project of every connection (Ctrl+P)</source>
        <translation>すべての接続のすべてのプロジェクト (Ctrl+P)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>Connect to another server or account</source>
        <translation>別のサーバーまたはアカウントに接続します</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of the current connection and forget its credential</source>
        <translation>現在の接続からサインアウトし、その資格情報を消去します</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>エリア</translation>
    </message>
    <message>
        <source>Welcome to Hexclave Admin</source>
        <translation>Hexclave Admin へようこそ</translation>
    </message>
    <message>
        <source>Connect to the Hexclave cloud or to your own server to manage users, teams, permissions, keys, payments, emails and support conversations.</source>
        <translation>Hexclave クラウドまたは独自のサーバーに接続して、ユーザー、チーム、権限、キー、支払い、メール、サポートの会話を管理します。</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>No project to show</source>
        <translation>表示するプロジェクトがありません</translation>
    </message>
    <message>
        <source>Signing in and listing your projects.</source>
        <translation>サインインしてプロジェクトを一覧表示しています。</translation>
    </message>
    <message>
        <source>Your connections have no projects yet.</source>
        <translation>接続にはまだプロジェクトがありません。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>No project selected</source>
        <translation>プロジェクトが選択されていません</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>プロジェクト %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>プロジェクト ID: %1</translation>
    </message>
    <message>
        <source>Sign out of %1?

The connection is removed and its credential deleted from the keychain.</source>
        <translation>%1 からサインアウトしますか?

接続は削除され、その資格情報はキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Signed in to %1, but the credential could not be saved: %2 You will have to sign in again after restarting the app.</source>
        <translation>%1 にサインインしましたが、資格情報を保存できませんでした: %2 アプリを再起動した後に再度サインインする必要があります。</translation>
    </message>
    <message>
        <source>List every connection's projects again, and retry the connections that failed (Ctrl+Shift+R)</source>
        <translation>すべての接続のプロジェクトを再度一覧表示し、失敗した接続を再試行します (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>%1 にサインイン…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved yet. Discard them?</source>
        <translation>%1 には未保存の変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>The user's page could not be opened: the user no longer exists.</source>
        <translation>ユーザーのページを開けませんでした: ユーザーは存在しなくなりました。</translation>
    </message>
    <message>
        <source>The user's page could not be opened.</source>
        <translation>ユーザーのページを開けませんでした。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread conversation(s)</source>
        <translation>
            <numerusform>%1、未読の会話 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1) Hexclave Admin</source>
        <translation>(%1) Hexclave Admin</translation>
    </message>
    <message>
        <source>Create a project owned by your dashboard account</source>
        <translation>ダッシュボードアカウントが所有するプロジェクトを作成します</translation>
    </message>
    <message>
        <source>Open config file…</source>
        <translation>構成ファイルを開く…</translation>
    </message>
    <message>
        <source>Edit a project's hexclave.config.ts offline (Ctrl+O)</source>
        <translation>プロジェクトの hexclave.config.ts をオフラインで編集します (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open config file</source>
        <translation>構成ファイルを開く</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new configuration file there?</source>
        <translation>%1 は存在しません。そこに新しい構成ファイルを作成しますか?</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Projects are created with a dashboard account: connect with one first</source>
        <translation>プロジェクトはダッシュボードアカウントで作成します: 先にダッシュボードアカウントで接続してください</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reload projects</source>
        <translation>プロジェクトを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>サインアウト(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open config file…</source>
        <translation>構成ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Project switcher</source>
        <translation>プロジェクトの切り替え(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>コマンドパレット(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to a page, project, user or team by typing (Ctrl+K)</source>
        <translation>入力してページ、プロジェクト、ユーザー、チームに移動します (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Hexclave Admin</source>
        <translation>Hexclave Admin について(&amp;A)</translation>
    </message>
    <message>
        <source>About Hexclave Admin</source>
        <translation>Hexclave Admin について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;A desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hexclave Admin %1&lt;/h3&gt;&lt;p&gt;Hexclave (Stack Auth) プロジェクト用のデスクトップコンソールです: ユーザー、チーム、権限、キー、支払い、メール、サポート、構成を管理できます。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>再度サインイン(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign in again to the current connection, or change which certificate it trusts</source>
        <translation>現在の接続に再度サインインするか、信頼する証明書を変更します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MessagePage</name>
    <message>
        <source>This area is not built yet in this version of Hexclave Admin. Until it is, use the web dashboard for %1.</source>
        <translation>このエリアは、このバージョンの Hexclave Admin ではまだ作成されていません。それまでは、%1 には Web ダッシュボードを使用してください。</translation>
    </message>
    <message>
        <source>%1 is not available with this credential</source>
        <translation>この資格情報では %1 を使用できません</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::MetadataTabs</name>
    <message>
        <source>Readable and writable by the user's own app (client access), e.g. preferences.</source>
        <translation>ユーザー自身のアプリ (クライアントアクセス) で読み書きできます (例: 設定)。</translation>
    </message>
    <message>
        <source>Readable by the user's app, writable only with server or admin access, e.g. a plan.</source>
        <translation>ユーザーのアプリで読み取れますが、書き込みはサーバーまたは管理者アクセスでのみ可能です (例: プラン)。</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to the user's app.</source>
        <translation>サーバーまたは管理者アクセスでのみ読み書きできます。ユーザーのアプリには送信されません。</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>クライアントメタデータ</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>クライアント読み取り専用メタデータ</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>サーバーメタデータ</translation>
    </message>
    <message>
        <source>Go to error</source>
        <translation>エラーに移動</translation>
    </message>
    <message>
        <source>Go to the error in %1</source>
        <translation>%1 のエラーに移動</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app (client access), and writable by those allowed to update the team.</source>
        <translation>アプリ内でチームのメンバーが読み取ることができ (クライアントアクセス)、チームの更新を許可されたメンバーが書き込むことができます。</translation>
    </message>
    <message>
        <source>Readable by the team's members in your app, writable only with server or admin access, e.g. a plan.</source>
        <translation>アプリ内でチームのメンバーが読み取れますが、書き込みはサーバーまたは管理者アクセスでのみ可能です (例: プラン)。</translation>
    </message>
    <message>
        <source>Only readable and writable with server or admin access; never sent to your app.</source>
        <translation>サーバーまたは管理者アクセスでのみ読み書きできます。アプリには送信されません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewConversationDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>New support conversation</source>
        <translation>新しいサポートの会話</translation>
    </message>
    <message>
        <source>Choose the user</source>
        <translation>ユーザーを選択</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>What the conversation is about</source>
        <translation>会話の内容</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>最初のメッセージ</translation>
    </message>
    <message>
        <source>The first message to the user, sent as you</source>
        <translation>ユーザーへの最初のメッセージ (あなたとして送信されます)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>&amp;Start conversation</source>
        <translation>会話を開始(&amp;S)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>件名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>優先度(&amp;P):</translation>
    </message>
    <message>
        <source>The conversation starts with your message; the user sees it in the app's support chat and can answer there.</source>
        <translation>会話はあなたのメッセージから始まります。ユーザーはアプリのサポートチャットでメッセージを確認し、そこで返信できます。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>Choose the user to write to.</source>
        <translation>メッセージを送るユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Write the first message.</source>
        <translation>最初のメッセージを入力してください。</translation>
    </message>
    <message>
        <source>Starting the conversation…</source>
        <translation>会話を開始しています…</translation>
    </message>
    <message>
        <source>This user does not exist in the project (any more?): perhaps they were deleted. Choose another user.</source>
        <translation>このユーザーはプロジェクトに(もう)存在しません: 削除された可能性があります。別のユーザーを選択してください。</translation>
    </message>
    <message>
        <source>The conversation was not started: your dashboard account does not manage this project.</source>
        <translation>会話は開始されませんでした: あなたのダッシュボードアカウントはこのプロジェクトを管理していません。</translation>
    </message>
    <message>
        <source>The conversation was not started.</source>
        <translation>会話は開始されませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::NewProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <source>&amp;Create project</source>
        <translation>プロジェクトを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>Required, e.g. My Shop</source>
        <translation>必須 (例: My Shop)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>所有者チーム</translation>
    </message>
    <message>
        <source>The team of your account that owns the project: its members can manage it too.</source>
        <translation>プロジェクトを所有する、あなたのアカウントのチームです。そのメンバーもプロジェクトを管理できます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Owner &amp;team:</source>
        <translation>所有者チーム(&amp;T):</translation>
    </message>
    <message>
        <source>A new project starts empty, in development mode, with sign-in by password and its own keys. You manage it with this account.</source>
        <translation>新しいプロジェクトは空の状態で、開発モード、パスワードによるサインイン、独自のキーで開始されます。このアカウントで管理します。</translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>Your teams could not be read</source>
        <translation>チームを読み取れませんでした</translation>
    </message>
    <message>
        <source>Could not read your account's teams.</source>
        <translation>アカウントのチームを読み取れませんでした。</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>チームなし</translation>
    </message>
    <message>
        <source>Your account is not a member of any team, and a project needs an owner team. Create a team on the dashboard first.</source>
        <translation>あなたのアカウントはどのチームのメンバーでもありませんが、プロジェクトには所有者チームが必要です。先にダッシュボードでチームを作成してください。</translation>
    </message>
    <message>
        <source>Enter a name: a project needs one.</source>
        <translation>名前を入力してください: プロジェクトには名前が必要です。</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>プロジェクトを作成しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProviderDialog</name>
    <message>
        <source>Users can &amp;sign in with it</source>
        <translation>ユーザーがこれでサインインできる(&amp;S)</translation>
    </message>
    <message>
        <source>Users can &amp;connect accounts (access its API for them)</source>
        <translation>ユーザーがアカウントを接続できる (ユーザーに代わって API にアクセス)(&amp;C)</translation>
    </message>
    <message>
        <source>Use the shared &amp;development keys</source>
        <translation>共有の開発用キーを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Add OAuth provider</source>
        <translation>OAuth プロバイダーを追加</translation>
    </message>
    <message>
        <source>Edit OAuth provider %1</source>
        <translation>OAuth プロバイダー %1 を編集</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Facebook configuration id:</source>
        <translation>Facebook 構成 ID:</translation>
    </message>
    <message>
        <source>Microsoft tenant id:</source>
        <translation>Microsoft テナント ID:</translation>
    </message>
    <message>
        <source>Apple team id:</source>
        <translation>Apple チーム ID:</translation>
    </message>
    <message>
        <source>Apple key id:</source>
        <translation>Apple キー ID:</translation>
    </message>
    <message>
        <source>Apple private key:</source>
        <translation>Apple 秘密鍵:</translation>
    </message>
    <message>
        <source>S&amp;how secrets</source>
        <translation>シークレットを表示(&amp;H)</translation>
    </message>
    <message>
        <source>Not used with the shared development keys</source>
        <translation>共有の開発用キーでは使用しません</translation>
    </message>
    <message>
        <source>Give the provider an id.</source>
        <translation>プロバイダーに ID を指定してください。</translation>
    </message>
    <message>
        <source>A provider with the id %1 exists already.</source>
        <translation>ID %1 のプロバイダーは既に存在します。</translation>
    </message>
    <message>
        <source>Own keys need a client id and a client secret</source>
        <translation>独自のキーにはクライアント ID とクライアントシークレットが必要です</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersSection</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>OAuth providers</source>
        <translation>OAuth プロバイダー</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>プロバイダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>接続済みアカウント</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Providers users can sign in with or connect. Sign-in and connected accounts are project settings; the keys (shared development keys, or the client id and secret of your own OAuth app) are kept per environment.</source>
        <translation>ユーザーがサインインまたは接続に使用できるプロバイダーです。サインインと接続済みアカウントはプロジェクトの設定です。キー (共有の開発用キー、または独自の OAuth アプリのクライアント ID とシークレット) は環境ごとに保持されます。</translation>
    </message>
    <message>
        <source>Shared development keys</source>
        <translation>共有の開発用キー</translation>
    </message>
    <message>
        <source>Own keys</source>
        <translation>独自のキー</translation>
    </message>
    <message>
        <source>Client ids and secrets cannot be set here: %1</source>
        <translation>クライアント ID とシークレットはここでは設定できません: %1</translation>
    </message>
    <message>
        <source>Add an OAuth provider</source>
        <translation>OAuth プロバイダーを追加</translation>
    </message>
    <message>
        <source>Remove OAuth provider</source>
        <translation>OAuth プロバイダーを削除</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OAuthProvidersTab</name>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth アカウント</translation>
    </message>
    <message>
        <source>Unlink the selected account from this user</source>
        <translation>選択したアカウントとこのユーザーのリンクを解除します</translation>
    </message>
    <message>
        <source>No OAuth accounts: this user has not signed in with Google, GitHub or another provider.</source>
        <translation>OAuth アカウントはありません: このユーザーは Google、GitHub、その他のプロバイダーでサインインしていません。</translation>
    </message>
    <message>
        <source>Loading OAuth accounts…</source>
        <translation>OAuth アカウントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The OAuth accounts could not be loaded. The reason is shown above.</source>
        <translation>OAuth アカウントを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Allowing sign-in with %1…</source>
        <translation>%1 でのサインインを許可しています…</translation>
    </message>
    <message>
        <source>Turning off sign-in with %1…</source>
        <translation>%1 でのサインインをオフにしています…</translation>
    </message>
    <message>
        <source>The user can sign in with %1.</source>
        <translation>ユーザーは %1 でサインインできます。</translation>
    </message>
    <message>
        <source>The user can no longer sign in with %1.</source>
        <translation>ユーザーは %1 でサインインできなくなりました。</translation>
    </message>
    <message>
        <source>Allowing %1 as a connected account…</source>
        <translation>%1 を接続済みアカウントとして許可しています…</translation>
    </message>
    <message>
        <source>Turning off %1 as a connected account…</source>
        <translation>%1 の接続済みアカウントとしての使用をオフにしています…</translation>
    </message>
    <message>
        <source>%1 can be used as a connected account.</source>
        <translation>%1 を接続済みアカウントとして使用できます。</translation>
    </message>
    <message>
        <source>%1 is no longer used as a connected account.</source>
        <translation>%1 は接続済みアカウントとして使用されなくなりました。</translation>
    </message>
    <message>
        <source>Changing the %1 account failed.</source>
        <translation>%1 アカウントの変更に失敗しました。</translation>
    </message>
    <message>
        <source>Remove OAuth account</source>
        <translation>OAuth アカウントを削除</translation>
    </message>
    <message>
        <source>Unlink the %1 account %2 from %3? If it is their only way to sign in, they can no longer sign in.</source>
        <translation>%1 アカウント %2 と %3 のリンクを解除しますか? これがユーザーの唯一のサインイン方法である場合、ユーザーはサインインできなくなります。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removing the %1 account…</source>
        <translation>%1 アカウントを削除しています…</translation>
    </message>
    <message>
        <source>The %1 account %2 was removed.</source>
        <translation>%1 アカウント %2 を削除しました。</translation>
    </message>
    <message>
        <source>Removing the %1 account failed.</source>
        <translation>%1 アカウントの削除に失敗しました。</translation>
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
        <translation>メールを選択すると、その処理状況を確認できます。</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Email as JSON</source>
        <translation>JSON 形式のメール</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>問題の内容</translation>
    </message>
    <message>
        <source>Email ID</source>
        <translation>メール ID</translation>
    </message>
    <message>
        <source>Copy the email ID</source>
        <translation>メール ID をコピー</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失敗した試行</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Plain &amp;text</source>
        <translation>プレーンテキスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>(no subject yet: not rendered)</source>
        <translation>(件名はまだありません: 未レンダリング)</translation>
    </message>
    <message>
        <source>(no subject: never rendered)</source>
        <translation>(件名なし: レンダリングされませんでした)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 (%2 以降)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The template could not be rendered: %1</source>
        <translation>テンプレートをレンダリングできませんでした: %1</translation>
    </message>
    <message>
        <source>The email server failed: %1</source>
        <translation>メールサーバーでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未送信: %1。</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>できるだけ早く</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n time(s)</source>
        <translation>
            <numerusform>%n 回再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>次回の試行 %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the email server said “%1”</source>
        <translation>メールサーバーの応答:「%1」</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
    <message>
        <source>Sent from a draft</source>
        <translation>下書きから送信</translation>
    </message>
    <message>
        <source>Sent through the API</source>
        <translation>API 経由で送信</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>高優先度</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>This email could not be rendered</source>
        <translation>このメールはレンダリングできませんでした</translation>
    </message>
    <message>
        <source>This email has no HTML body</source>
        <translation>このメールには HTML 本文がありません</translation>
    </message>
    <message>
        <source>See its plain text.</source>
        <translation>プレーンテキストを参照してください。</translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>まだレンダリングされていません。</translation>
    </message>
    <message>
        <source>This email was never rendered.</source>
        <translation>このメールはレンダリングされませんでした。</translation>
    </message>
    <message>
        <source>(no plain-text body)</source>
        <translation>(プレーンテキストの本文なし)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (ユーザー %2)</translation>
    </message>
    <message>
        <source>at their primary email address</source>
        <translation>プライマリメールアドレス宛て</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(受信者なし)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OutboxView</name>
    <message>
        <source>This email is already being sent or was sent; it can no longer be changed.</source>
        <translation>このメールは既に送信中または送信済みのため、変更できません。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;schedule…</source>
        <translation>スケジュールを変更(&amp;S)…</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>今すぐ再試行(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Cancel email…</source>
        <translation>メールをキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Status group</source>
        <translation>ステータスグループ</translation>
    </message>
    <message>
        <source>Show the emails in progress, delivered or failed (filtered by the server)</source>
        <translation>処理中、配信済み、または失敗のメールを表示します (サーバーで絞り込み)</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>すべてのメール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Show the emails in one exact status</source>
        <translation>特定のステータスのメールを表示します</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Show only the emails to this user (press Enter)</source>
        <translation>このユーザー宛てのメールのみを表示します (Enter キーを押す)</translation>
    </message>
    <message>
        <source>Load the outbox again (F5)</source>
        <translation>送信トレイを再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Copy email &amp;ID</source>
        <translation>メール ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Load the outbox again with the current filters (F5)</source>
        <translation>現在のフィルターで送信トレイを再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Send this email again now</source>
        <translation>このメールを今すぐ再送信します</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ステータス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Loading the outbox…</source>
        <translation>送信トレイを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 emails loaded, loading more…</source>
        <translation>%1 通のメールを読み込みました。さらに読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 emails loaded; scroll down for more</source>
        <translation>%1 通のメールを読み込みました。さらに表示するには下にスクロールしてください</translation>
    </message>
    <message>
        <source>All %1 emails</source>
        <translation>全 %1 通のメール</translation>
    </message>
    <message>
        <source>All %1 matching emails</source>
        <translation>一致する全 %1 通のメール</translation>
    </message>
    <message>
        <source>%1 emails loaded; loading more failed</source>
        <translation>%1 通のメールを読み込みました。追加の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The outbox could not be loaded. The reason is shown above.</source>
        <translation>送信トレイを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>No emails yet. Every email the project sends — sign-up verifications, password resets, emails sent from here — appears here.</source>
        <translation>メールはまだありません。プロジェクトが送信するすべてのメール (サインアップの確認、パスワードのリセット、ここから送信したメール) がここに表示されます。</translation>
    </message>
    <message>
        <source>No emails match these filters.</source>
        <translation>これらのフィルターに一致するメールはありません。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Select an email first</source>
        <translation>先にメールを選択してください</translation>
    </message>
    <message>
        <source>Waiting for the server to answer the last change</source>
        <translation>最後の変更に対するサーバーの応答を待っています</translation>
    </message>
    <message>
        <source>Let this email be sent again</source>
        <translation>このメールの送信を再開します</translation>
    </message>
    <message>
        <source>Hold this email until it is resumed</source>
        <translation>再開するまでこのメールを保留します</translation>
    </message>
    <message>
        <source>Choose when this email is sent</source>
        <translation>このメールを送信する日時を選択します</translation>
    </message>
    <message>
        <source>Do not send this email at all</source>
        <translation>このメールを送信しません</translation>
    </message>
    <message>
        <source>The email was not resumed.</source>
        <translation>メールは再開されませんでした。</translation>
    </message>
    <message>
        <source>The email was not paused.</source>
        <translation>メールは一時停止されませんでした。</translation>
    </message>
    <message>
        <source>Resumed: the email will be sent.</source>
        <translation>再開しました: メールは送信されます。</translation>
    </message>
    <message>
        <source>Paused: the email is held until resumed.</source>
        <translation>一時停止しました: 再開するまでメールは保留されます。</translation>
    </message>
    <message>
        <source>The email was not sent again.</source>
        <translation>メールは再送信されませんでした。</translation>
    </message>
    <message>
        <source>Scheduled to be sent again now.</source>
        <translation>今すぐ再送信するようにスケジュールしました。</translation>
    </message>
    <message>
        <source>The email to %1 will not be sent. This cannot be undone.</source>
        <translation>%1 宛てのメールは送信されません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>“%1” to %2 will not be sent. This cannot be undone.</source>
        <translation>%2 宛ての「%1」は送信されません。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Cancel email</source>
        <translation>メールをキャンセル</translation>
    </message>
    <message>
        <source>&amp;Keep the email</source>
        <translation>メールを残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancel the email</source>
        <translation>メールをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>The email was not cancelled.</source>
        <translation>メールはキャンセルされませんでした。</translation>
    </message>
    <message>
        <source>Cancelled: the email will not be sent.</source>
        <translation>キャンセルしました: メールは送信されません。</translation>
    </message>
    <message>
        <source>The email was not rescheduled.</source>
        <translation>メールのスケジュールは変更されませんでした。</translation>
    </message>
    <message>
        <source>Rescheduled for %1.</source>
        <translation>%1 に再スケジュールしました。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>It is shown as it is now.</source>
        <translation>現在の状態で表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>The filter no longer matches %n email(s) you changed.</source>
        <translation>
            <numerusform>変更した %n 通のメールはフィルターに一致しなくなりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OverviewPage</name>
    <message>
        <source>the request timed out</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <source>its answer could not be read</source>
        <translation>応答を読み取れませんでした</translation>
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
        <translation>ユーザー総数</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>月間アクティブユーザー</translation>
    </message>
    <message>
        <source>Active today</source>
        <translation>今日のアクティブ</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>確認済みメール</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収益</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>月間経常収益</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>送信済みメール</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>1 日あたりのサインアップ</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>デイリーアクティブユーザー</translation>
    </message>
    <message>
        <source>Users by country</source>
        <translation>国別ユーザー</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Recently registered</source>
        <translation>最近の登録</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>最近のアクティブ</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Recently registered users</source>
        <translation>最近登録したユーザー</translation>
    </message>
    <message>
        <source>Recently active users</source>
        <translation>最近アクティブなユーザー</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>数値を再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>概要を更新</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Click a user, or press Enter, to open them on the Users page</source>
        <translation>ユーザーをクリックするか Enter キーを押すと、[ユーザー] ページで開きます</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list (%1 read so far)…</source>
        <translation>このサーバーにはメトリクスがありません: ユーザー一覧を読み取っています (これまでに %1 人)…</translation>
    </message>
    <message>
        <source>This server has no metrics: reading the users list…</source>
        <translation>このサーバーにはメトリクスがありません: ユーザー一覧を読み取っています…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Loading the project's figures…</source>
        <translation>プロジェクトの数値を読み込んでいます…</translation>
    </message>
    <message>
        <source>The overview needs admin access to this project. Connect with the project's super secret admin key, or with a dashboard account that owns the project.</source>
        <translation>概要にはこのプロジェクトへの管理者アクセスが必要です。プロジェクトのスーパーシークレット管理者キー、またはプロジェクトを所有するダッシュボードアカウントで接続してください。</translation>
    </message>
    <message>
        <source>The overview could not be loaded.</source>
        <translation>概要を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>This server does not provide metrics (%1). The figures below are computed from the users list.</source>
        <translation>このサーバーはメトリクスを提供していません (%1)。以下の数値はユーザー一覧から計算されています。</translation>
    </message>
    <message>
        <source>They are based on the first %1 users (the newest sign-ups); the project has more.</source>
        <translation>最初の %1 人のユーザー (最新のサインアップ) に基づいています。プロジェクトにはさらに多くのユーザーがいます。</translation>
    </message>
    <message>
        <source>Sign-ups per day may be incomplete.</source>
        <translation>1 日あたりのサインアップは不完全な可能性があります。</translation>
    </message>
    <message>
        <source>Only each user's latest activity is known: daily active users count each user on their last active day only, so earlier days show fewer than were active.</source>
        <translation>各ユーザーの最新のアクティビティのみが判明しています: デイリーアクティブユーザーは各ユーザーを最終アクティブ日にのみカウントするため、それ以前の日は実際よりも少なく表示されます。</translation>
    </message>
    <message>
        <source>Not available without metrics: payments and emails.</source>
        <translation>メトリクスなしでは利用できません: 支払い、メール。</translation>
    </message>
    <message>
        <source>Not available without metrics: users by country, payments and emails.</source>
        <translation>メトリクスなしでは利用できません: 国別ユーザー、支払い、メール。</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>at least; the first %1 read</source>
        <translation>以上 (最初の %1 人を読み取り)</translation>
    </message>
    <message>
        <source>Not every user was read: the project has more than these.</source>
        <translation>すべてのユーザーは読み取られていません: プロジェクトにはこれより多くのユーザーがいます。</translation>
    </message>
    <message>
        <source>and %1 anonymous</source>
        <translation>および匿名 %1 人</translation>
    </message>
    <message>
        <source>active in the last 30 days</source>
        <translation>過去 30 日間にアクティブ</translation>
    </message>
    <message>
        <source>not reported by this server</source>
        <translation>このサーバーからは報告されていません</translation>
    </message>
    <message>
        <source>UTC day</source>
        <translation>UTC の日</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%2 人中 %1 人のユーザー</translation>
    </message>
    <message>
        <source>no users yet</source>
        <translation>ユーザーはまだいません</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>active subscriptions: %1</source>
        <translation>有効なサブスクリプション: %1</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 配信済み</translation>
    </message>
    <message>
        <source>No sign-ups in the last 30 days.</source>
        <translation>過去 30 日間にサインアップはありません。</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>サインアップ</translation>
    </message>
    <message>
        <source>%1 — sign-ups: %2</source>
        <translation>%1 — サインアップ: %2</translation>
    </message>
    <message>
        <source>From the users read: may be incomplete.</source>
        <translation>読み取ったユーザーに基づく: 不完全な可能性があります。</translation>
    </message>
    <message>
        <source>No activity in the last 30 days.</source>
        <translation>過去 30 日間にアクティビティはありません。</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>アクティブユーザー</translation>
    </message>
    <message>
        <source>%1 — active users: %2</source>
        <translation>%1 — アクティブユーザー: %2</translation>
    </message>
    <message>
        <source>Each user counts on their latest active day only.</source>
        <translation>各ユーザーは最新のアクティブ日にのみカウントされます。</translation>
    </message>
    <message>
        <source>No users with a known country in the last 30 days.</source>
        <translation>過去 30 日間に国が判明しているユーザーはいません。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The users read, by the country last seen for them.</source>
        <translation>読み取ったユーザーを、最後に確認された国別に表示しています。</translation>
    </message>
    <message>
        <source>The %1 countries with the most users, of %2.</source>
        <translation>%2 か国のうち、ユーザー数が多い上位 %1 か国。</translation>
    </message>
    <message>
        <source>No sign-ins to count yet.</source>
        <translation>カウントするサインインはまだありません。</translation>
    </message>
    <message>
        <source>Users who can sign in with each method; a user may have several.</source>
        <translation>各方法でサインインできるユーザー。1 人のユーザーが複数の方法を持つ場合があります。</translation>
    </message>
    <message>
        <source>Revenue, all time</source>
        <translation>収益 (全期間)</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>有効なサブスクリプション</translation>
    </message>
    <message>
        <source>One-time purchases</source>
        <translation>1 回限りの購入</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>すべてのメール</translation>
    </message>
    <message>
        <source>Deliverability</source>
        <translation>到達率</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>バウンス率</translation>
    </message>
    <message>
        <source>Status “%1”</source>
        <translation>ステータス「%1」</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>ユーザーはまだいません。</translation>
    </message>
    <message>
        <source>No user has been active yet.</source>
        <translation>アクティブになったユーザーはまだいません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::OwnedApiKeysView</name>
    <message>
        <source>Team API keys are turned off for this project. Turn them on in the API Keys page (the setting for team API keys), then reload.</source>
        <translation>このプロジェクトではチーム API キーがオフになっています。[API キー] ページ (チーム API キーの設定) でオンにしてから、再読み込みしてください。</translation>
    </message>
    <message>
        <source>User API keys are turned off for this project. Turn them on in the API Keys page (the setting for user API keys), then reload.</source>
        <translation>このプロジェクトではユーザー API キーがオフになっています。[API キー] ページ (ユーザー API キーの設定) でオンにしてから、再読み込みしてください。</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>作成…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Check a key…</source>
        <translation>キーを確認…</translation>
    </message>
    <message>
        <source>API keys of the team</source>
        <translation>チームの API キー</translation>
    </message>
    <message>
        <source>API keys of the user</source>
        <translation>ユーザーの API キー</translation>
    </message>
    <message>
        <source>Create an API key for this team; its value is shown once</source>
        <translation>このチームの API キーを作成します。値は一度だけ表示されます</translation>
    </message>
    <message>
        <source>Create an API key for this user; its value is shown once</source>
        <translation>このユーザーの API キーを作成します。値は一度だけ表示されます</translation>
    </message>
    <message>
        <source>Stop the selected key from working, for good</source>
        <translation>選択したキーを完全に使用できなくします</translation>
    </message>
    <message>
        <source>Paste a key to see whether it works and whose it is</source>
        <translation>キーを貼り付けて、有効かどうか、誰のキーかを確認します</translation>
    </message>
    <message>
        <source>No API keys. Create one for the team's programs to sign in with.</source>
        <translation>API キーはありません。チームのプログラムがサインインに使用するキーを作成してください。</translation>
    </message>
    <message>
        <source>No API keys. Create one for the user's programs to sign in with.</source>
        <translation>API キーはありません。ユーザーのプログラムがサインインに使用するキーを作成してください。</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API キーを読み込んでいます…</translation>
    </message>
    <message>
        <source>The API keys could not be loaded. The reason is shown above.</source>
        <translation>API キーを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>The selected key is already revoked</source>
        <translation>選択したキーは既に失効しています</translation>
    </message>
    <message>
        <source>New API key “%1”</source>
        <translation>新しい API キー「%1」</translation>
    </message>
    <message>
        <source>The API key “%1” was created (%2). Copy it now and hand it over safely: it is shown only this once.</source>
        <translation>API キー「%1」を作成しました (%2)。今すぐコピーして安全に渡してください: 表示されるのはこの一度だけです。</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API key “%1” created. Only its last four characters can be seen again.</source>
        <translation>API キー「%1」を作成しました。再度表示できるのは末尾の 4 文字だけです。</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>「%1」(%2)</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API キーを失効</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of %2? Whatever uses it stops working at once. This cannot be undone.</source>
        <translation>%2 の API キー %1 を失効させますか? これを使用しているものはすべて直ちに動作しなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>キーを失効</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 を失効させています…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 を失効させました。</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>%1 の失効に失敗しました。</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API キーをコピー</translation>
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
        <translation>決済プロバイダーが接続されていません: 顧客はまだ購入できません。製品、アイテム、顧客、台帳は引き続き使用できます。Web ダッシュボード (支払い → 設定) で Stripe を接続してください。</translation>
    </message>
    <message>
        <source>Whether a payment provider is connected could not be checked (%1).</source>
        <translation>決済プロバイダーが接続されているかどうかを確認できませんでした (%1)。</translation>
    </message>
    <message>
        <source>the account's business details are not submitted</source>
        <translation>アカウントのビジネス情報が送信されていません</translation>
    </message>
    <message>
        <source>charges are not enabled</source>
        <translation>支払いの受け付けが有効になっていません</translation>
    </message>
    <message>
        <source>The Stripe account is connected but cannot take payments yet: %1. Finish its setup in the web dashboard (Payments → Settings); until then customers cannot buy.</source>
        <translation>Stripe アカウントは接続されていますが、まだ支払いを受け付けられません: %1。Web ダッシュボード (支払い → 設定) でセットアップを完了してください。それまで顧客は購入できません。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>With this key: a customer's items and products, below.</source>
        <translation>このキーで使用できるもの: 以下の顧客のアイテムと製品。</translation>
    </message>
    <message>
        <source>Products &amp;&amp; items</source>
        <translation>製品 &amp;&amp; アイテム</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収益</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionChecklist</name>
    <message>
        <source>Filter permissions</source>
        <translation>権限を絞り込み</translation>
    </message>
    <message>
        <source>A system permission, built into the server</source>
        <translation>サーバーに組み込まれたシステム権限</translation>
    </message>
    <message>
        <source>%1 — not defined</source>
        <translation>%1 — 未定義</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionDefinitionDialog</name>
    <message>
        <source>team permission</source>
        <translation>チーム権限</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>プロジェクト権限</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 を編集</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>Permission id</source>
        <translation>権限 ID</translation>
    </message>
    <message>
        <source>for example read:reports</source>
        <translation>例: read:reports</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, “_” and “:”. The id cannot be changed later.</source>
        <translation>英小文字、数字、「_」、「:」が使用できます。ID は後から変更できません。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional: what holding it allows</source>
        <translation>省略可能: この権限で許可される内容</translation>
    </message>
    <message>
        <source>Contained permissions</source>
        <translation>含まれる権限</translation>
    </message>
    <message>
        <source>Whoever holds this permission also holds the ones ticked here, and what they contain.</source>
        <translation>この権限を持つユーザーは、ここでチェックした権限とそれらに含まれる権限も持ちます。</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>含む権限(&amp;C):</translation>
    </message>
    <message>
        <source>Enter an id.</source>
        <translation>ID を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use lower-case letters, digits, “_” and “:” only.</source>
        <translation>「%1」は有効な ID ではありません: 英小文字、数字、「_」、「:」のみを使用してください。</translation>
    </message>
    <message>
        <source>A permission with the id “%1” exists already (ids are shared by team and project permissions).</source>
        <translation>ID「%1」の権限は既に存在します (ID はチーム権限とプロジェクト権限で共有されます)。</translation>
    </message>
    <message>
        <source>This would make a loop: %1. A permission cannot contain itself, directly or through others.</source>
        <translation>ループになります: %1。権限は、直接または他の権限を介して自身を含むことはできません。</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 を作成しています…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PermissionsPage</name>
    <message>
        <source>team permission</source>
        <translation>チーム権限</translation>
    </message>
    <message>
        <source>project permission</source>
        <translation>プロジェクト権限</translation>
    </message>
    <message>
        <source>Project permissions are granted on a user's page, team permissions on a team's page, by typing the permission's id.</source>
        <translation>プロジェクト権限はユーザーのページで、チーム権限はチームのページで、権限の ID を入力して付与します。</translation>
    </message>
    <message>
        <source>Permission definitions need admin access</source>
        <translation>権限の定義には管理者アクセスが必要です</translation>
    </message>
    <message>
        <source>&amp;Team permissions</source>
        <translation>チーム権限(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Project permissions</source>
        <translation>プロジェクト権限(&amp;P)</translation>
    </message>
    <message>
        <source>Permissions a user holds within one team</source>
        <translation>ユーザーが 1 つのチーム内で持つ権限</translation>
    </message>
    <message>
        <source>Permissions a user holds across the whole project</source>
        <translation>ユーザーがプロジェクト全体で持つ権限</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Read the permissions and the configuration again (F5)</source>
        <translation>権限と構成を再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Reload permissions</source>
        <translation>権限を再読み込み</translation>
    </message>
    <message>
        <source>Permission definitions</source>
        <translation>権限の定義</translation>
    </message>
    <message>
        <source>System permissions ($…) are built into the server: they can be contained and granted, but not edited or deleted.</source>
        <translation>システム権限 ($…) はサーバーに組み込まれています: 他の権限に含めたり付与したりできますが、編集や削除はできません。</translation>
    </message>
    <message>
        <source>Unsaved default permissions</source>
        <translation>未保存のデフォルト権限</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before switching?</source>
        <translation>デフォルトの権限に未保存の変更があります。切り替える前に保存しますか?</translation>
    </message>
    <message>
        <source>The default permissions have unsaved changes. Save them before reading everything again?</source>
        <translation>デフォルトの権限に未保存の変更があります。すべてを再読み込みする前に保存しますか?</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>権限を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>権限を読み込んでいます…</translation>
    </message>
    <message>
        <source>No %1s yet. Create one with New….</source>
        <translation>%1はまだありません。[新規…] で作成してください。</translation>
    </message>
    <message>
        <source>Create a %1 (%2)</source>
        <translation>%1を作成します (%2)</translation>
    </message>
    <message>
        <source>System permissions are built into the server and cannot be changed</source>
        <translation>システム権限はサーバーに組み込まれており、変更できません</translation>
    </message>
    <message>
        <source>Change the description and contained permissions (F2)</source>
        <translation>説明と含まれる権限を変更します (F2)</translation>
    </message>
    <message>
        <source>Delete the selected permission (Del)</source>
        <translation>選択した権限を削除します (Del)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Everyone who holds it loses it.</source>
        <translation>%1「%2」を削除しますか? この権限を持つすべてのユーザーから失われます。</translation>
    </message>
    <message>
        <source>No other permission contains it.</source>
        <translation>この権限を含む他の権限はありません。</translation>
    </message>
    <message numerus="yes">
        <source>It is also taken out of %n other permission(s): %1.</source>
        <translation>
            <numerusform>他の %n 個の権限からも除外されます: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete permission</source>
        <translation>権限を削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>“%1” was not deleted.</source>
        <translation>「%1」は削除されませんでした。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>team creators</source>
        <translation>チーム作成者</translation>
    </message>
    <message>
        <source>team members</source>
        <translation>チームメンバー</translation>
    </message>
    <message>
        <source>new users at sign-up</source>
        <translation>サインアップ時の新規ユーザー</translation>
    </message>
    <message>
        <source>It is a default permission (given to %1); it is taken out of the default permissions as well.</source>
        <translation>これはデフォルトの権限です (%1 に付与)。デフォルトの権限からも除外されます。</translation>
    </message>
    <message>
        <source>Taking %1 out of the default permissions…</source>
        <translation>%1 をデフォルトの権限から除外しています…</translation>
    </message>
    <message>
        <source>%1 was deleted, but it is still among the default permissions. Untick it there and save.</source>
        <translation>%1 は削除されましたが、まだデフォルトの権限に含まれています。そこでチェックを外して保存してください。</translation>
    </message>
    <message>
        <source>Deleted %1 and took it out of the default permissions.</source>
        <translation>%1 を削除し、デフォルトの権限から除外しました。</translation>
    </message>
    <message>
        <source>%1 was deleted, but the configuration could not be read to take it out of the default permissions.</source>
        <translation>%1 は削除されましたが、デフォルトの権限から除外するための構成を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreferencesDialog</name>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>The new language is shown the next time Hexclave Admin starts.</source>
        <translation>新しい言語は、次回 Hexclave Admin を起動したときに表示されます。</translation>
    </message>
    <message>
        <source>Close the window (asking about unsaved changes first) and start again</source>
        <translation>ウィンドウを閉じて (先に未保存の変更について確認します) 再起動します</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>システムに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::PreviewRenderer</name>
    <message>
        <source>Rendering the preview…</source>
        <translation>プレビューをレンダリングしています…</translation>
    </message>
    <message>
        <source>The email could not be rendered</source>
        <translation>メールをレンダリングできませんでした</translation>
    </message>
    <message>
        <source>Needs the project's own email server</source>
        <translation>プロジェクト独自のメールサーバーが必要です</translation>
    </message>
    <message>
        <source>This project uses the shared email server; set up your own on the Email server tab to edit templates.</source>
        <translation>このプロジェクトは共有のメールサーバーを使用しています。テンプレートを編集するには、[メールサーバー] タブで独自のサーバーを設定してください。</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>プレビューなし</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductDialog</name>
    <message>
        <source>%1 (so on the server already; saving keeps it)</source>
        <translation>%1 (サーバー上で既にこの状態です。保存しても維持されます)</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>free trial</source>
        <translation>無料トライアル</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price “%1”: </source>
        <translation>価格「%1」: </translation>
    </message>
    <message>
        <source>Price “%1”, %2: </source>
        <translation>価格「%1」、%2: </translation>
    </message>
    <message>
        <source>“%1”, %2: </source>
        <translation>「%1」、%2: </translation>
    </message>
    <message>
        <source>&amp;Stackable: a customer can own it more than once</source>
        <translation>スタック可能: 顧客が複数所有できる(&amp;S)</translation>
    </message>
    <message>
        <source>Ser&amp;ver only: hidden from client apps</source>
        <translation>サーバー専用: クライアントアプリには非表示(&amp;V)</translation>
    </message>
    <message>
        <source>No free trial</source>
        <translation>無料トライアルなし</translation>
    </message>
    <message>
        <source>Free trial of</source>
        <translation>無料トライアル期間</translation>
    </message>
    <message>
        <source>Sold at &amp;prices</source>
        <translation>価格を設定して販売(&amp;P)</translation>
    </message>
    <message>
        <source>Included by &amp;default (free)</source>
        <translation>デフォルトで含める (無料)(&amp;D)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>&amp;Add price</source>
        <translation>価格を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Include an i&amp;tem</source>
        <translation>アイテムを含める(&amp;T)</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>製品「%1」を編集</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新しい製品</translation>
    </message>
    <message>
        <source>e.g. pro</source>
        <translation>例: pro</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Shown to customers; the id when empty</source>
        <translation>顧客に表示されます。空の場合は ID</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>表示名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Customer type:</source>
        <translation>顧客タイプ(&amp;C):</translation>
    </message>
    <message>
        <source>A customer owns at most one product of a line (plans such as Free, Pro)</source>
        <translation>顧客は 1 つの製品ラインの製品を最大 1 つ所有できます (Free、Pro などのプラン)</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>製品ライン(&amp;L):</translation>
    </message>
    <message>
        <source>Add-on to</source>
        <translation>アドオン対象</translation>
    </message>
    <message>
        <source>Tick the products a customer must own to buy this one; none: not an add-on</source>
        <translation>この製品を購入するために顧客が所有している必要がある製品をチェックします。なし: アドオンではありません</translation>
    </message>
    <message>
        <source>Add-&amp;on to:</source>
        <translation>アドオン対象(&amp;O):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>無料トライアル</translation>
    </message>
    <message>
        <source>&amp;Free trial:</source>
        <translation>無料トライアル(&amp;F):</translation>
    </message>
    <message>
        <source>Pricing:</source>
        <translation>価格設定:</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <source>Price id</source>
        <translation>価格 ID</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Server only</source>
        <translation>サーバー専用</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>含まれるアイテム</translation>
    </message>
    <message>
        <source>No other products yet</source>
        <translation>他の製品はまだありません</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>%1 での金額</translation>
    </message>
    <message>
        <source>Also kept as stored (not editable here): %1</source>
        <translation>保存されている状態のまま維持されるもの (ここでは編集不可): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>1 回限り</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Trial of</source>
        <translation>トライアル期間</translation>
    </message>
    <message>
        <source>Free trial of the price</source>
        <translation>この価格の無料トライアル期間</translation>
    </message>
    <message>
        <source>Remove this price</source>
        <translation>この価格を削除</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>このアイテムを削除</translation>
    </message>
    <message>
        <source>Letters, digits, “_” and “-”; it cannot be changed later.</source>
        <translation>英字、数字、「_」、「-」が使用できます。後から変更することはできません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProductsEditor</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>New &amp;product…</source>
        <translation>新しい製品(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>新しいアイテム(&amp;I)…</translation>
    </message>
    <message>
        <source>New product &amp;line…</source>
        <translation>新しい製品ライン(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Review and save…</source>
        <translation>確認して保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Add a product (Ctrl+N)</source>
        <translation>製品を追加します (Ctrl+N)</translation>
    </message>
    <message>
        <source>Change the selected entry (F2, or double-click)</source>
        <translation>選択したエントリを変更します (F2 またはダブルクリック)</translation>
    </message>
    <message>
        <source>Delete the selected entry when saving (Del)</source>
        <translation>保存時に選択したエントリを削除します (Del)</translation>
    </message>
    <message>
        <source>See every change, then write them to the project's configuration (Ctrl+S)</source>
        <translation>すべての変更を確認してから、プロジェクトの構成に書き込みます (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drop every change not saved yet</source>
        <translation>まだ保存していないすべての変更を破棄します</translation>
    </message>
    <message>
        <source>Product lines and products</source>
        <translation>製品ラインと製品</translation>
    </message>
    <message>
        <source>the %1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 changed on the server since you began editing. Your edits are kept on top of what the server has now; review them again before saving.</source>
        <translation>何も保存されていません: 編集を開始した後に %1 がサーバー上で変更されました。編集内容はサーバーの現在の内容に重ねて保持されています。保存する前にもう一度確認してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing was saved: the server already has these changes.</source>
        <translation>何も保存されていません: サーバーには既にこれらの変更が反映されています。</translation>
    </message>
    <message>
        <source>Nothing was saved: the catalog changed on the server, and the edits no longer fit it.</source>
        <translation>何も保存されていません: カタログがサーバー上で変更され、編集内容が合わなくなりました。</translation>
    </message>
    <message>
        <source>The configuration is being read; save again in a moment.</source>
        <translation>構成を読み込んでいます。しばらくしてからもう一度保存してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The catalog was not saved: the configuration could not be read again to check for changes made meanwhile. Your changes are still here.</source>
        <translation>カタログは保存されませんでした: その間に行われた変更を確認するための構成を再度読み取れませんでした。変更内容はここに残っています。</translation>
    </message>
    <message>
        <source>The catalog may not have been saved completely; the changes not seen on the server are still here.</source>
        <translation>カタログが完全には保存されていない可能性があります。サーバー上で確認できなかった変更はここに残っています。</translation>
    </message>
    <message>
        <source>The catalog was not saved; your changes are still here.</source>
        <translation>カタログは保存されませんでした。変更内容はここに残っています。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: it is the only base of %2. Change those add-ons or delete them first.</source>
        <translation>「%1」は削除できません: %2 の唯一のベースです。先にそれらのアドオンを変更または削除してください。</translation>
    </message>
    <message>
        <source>Delete the product “%1”?</source>
        <translation>製品「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>It is a base of %1; they stay add-ons to their other bases.</source>
        <translation>これは %1 のベースです。それらは他のベースのアドオンとして残ります。</translation>
    </message>
    <message>
        <source>Delete the item “%1”?</source>
        <translation>アイテム「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>It is included in %1; deleting it takes it out of them.</source>
        <translation>これは %1 に含まれています。削除するとそれらから除外されます。</translation>
    </message>
    <message>
        <source>Delete the product line “%1”?</source>
        <translation>製品ライン「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>%1 are in it; they stay, in no product line.</source>
        <translation>%1 がこれに含まれています。それらは製品ラインなしで残ります。</translation>
    </message>
    <message>
        <source>Nothing changes on the server until you save.</source>
        <translation>保存するまでサーバー上では何も変更されません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n change(s) not saved yet?</source>
        <translation>
            <numerusform>まだ保存していない %n 件の変更を破棄しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>製品ライン</translation>
    </message>
    <message>
        <source>No product line</source>
        <translation>製品ラインなし</translation>
    </message>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1 (アドオン)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read and are left as they are: %1</source>
        <translation>
            <numerusform>%n 件のエントリを読み取れなかったため、そのままにしています: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>製品はまだありません</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新しい製品…</translation>
    </message>
    <message>
        <source>No items yet</source>
        <translation>アイテムはまだありません</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新しいアイテム…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the selected entry after all</source>
        <translation>選択したエントリを残します</translation>
    </message>
    <message>
        <source>Reading the project's configuration…</source>
        <translation>プロジェクトの構成を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n 件の未保存の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProfileTab</name>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>ユーザー ID をコピー</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>プライマリメール</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最終アクティブ</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>Two-factor auth</source>
        <translation>2 要素認証</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>制限中</translation>
    </message>
    <message>
        <source>Sign-up country</source>
        <translation>サインアップ時の国</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Bot risk</source>
        <translation>ボットのリスク</translation>
    </message>
    <message>
        <source>Free-trial abuse risk</source>
        <translation>無料トライアル悪用のリスク</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>ボット</translation>
    </message>
    <message>
        <source>Free-trial abuse</source>
        <translation>無料トライアルの悪用</translation>
    </message>
    <message>
        <source>Sign-up risk</source>
        <translation>サインアップのリスク</translation>
    </message>
    <message>
        <source>Selected team</source>
        <translation>選択中のチーム</translation>
    </message>
    <message>
        <source>OAuth accounts</source>
        <translation>OAuth アカウント</translation>
    </message>
    <message>
        <source>Client metadata</source>
        <translation>クライアントメタデータ</translation>
    </message>
    <message>
        <source>Client read-only metadata</source>
        <translation>クライアント読み取り専用メタデータ</translation>
    </message>
    <message>
        <source>Server metadata</source>
        <translation>サーバーメタデータ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes — anonymous user</source>
        <translation>はい — 匿名ユーザー</translation>
    </message>
    <message>
        <source>Yes — email not verified</source>
        <translation>はい — メール未確認</translation>
    </message>
    <message>
        <source>Yes — by an administrator</source>
        <translation>はい — 管理者による</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>はい (%1)</translation>
    </message>
    <message>
        <source>Also restricted by an administrator</source>
        <translation>管理者によっても制限されています</translation>
    </message>
    <message>
        <source>Reason shown to the user: %1</source>
        <translation>ユーザーに表示される理由: %1</translation>
    </message>
    <message>
        <source>Private details: %1</source>
        <translation>非公開の詳細: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>used for sign-in</source>
        <translation>サインインに使用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Enabled (authenticator app)</source>
        <translation>有効 (認証アプリ)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectChoiceDialog</name>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
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
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <source>Connect to a server in the main window first.</source>
        <translation>先にメインウィンドウでサーバーに接続してください。</translation>
    </message>
    <message>
        <source>None of your connections is ready. Wait until the main window lists the projects, or sign in again there.</source>
        <translation>準備ができている接続がありません。メインウィンドウにプロジェクトが一覧表示されるまで待つか、そこで再度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectKeysPage</name>
    <message>
        <source>A user's and a team's API keys are on the user's and the team's page.</source>
        <translation>ユーザーとチームの API キーは、ユーザーとチームのページにあります。</translation>
    </message>
    <message>
        <source>The project's own keys need admin access</source>
        <translation>プロジェクト自体のキーには管理者アクセスが必要です</translation>
    </message>
    <message>
        <source>&amp;Create keys…</source>
        <translation>キーを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>失効(&amp;R)…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Read the keys again (F5)</source>
        <translation>キーを再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Reload keys</source>
        <translation>キーを再読み込み</translation>
    </message>
    <message>
        <source>Project API keys</source>
        <translation>プロジェクトの API キー</translation>
    </message>
    <message>
        <source>Keys your apps, servers and tools use to reach this project. A set can hold a publishable client key, a secret server key and a super secret admin key.</source>
        <translation>アプリ、サーバー、ツールがこのプロジェクトにアクセスするために使用するキーです。1 つのセットには、公開可能なクライアントキー、シークレットサーバーキー、スーパーシークレット管理者キーを含めることができます。</translation>
    </message>
    <message>
        <source>Loading keys…</source>
        <translation>キーを読み込んでいます…</translation>
    </message>
    <message>
        <source>The keys could not be loaded. The reason is shown above.</source>
        <translation>キーを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>This project has no API keys yet. Create a set with Create keys….</source>
        <translation>このプロジェクトにはまだ API キーがありません。[キーを作成…] でセットを作成してください。</translation>
    </message>
    <message>
        <source>Create a new set of keys (%1)</source>
        <translation>新しいキーのセットを作成します (%1)</translation>
    </message>
    <message>
        <source>This key set is revoked already</source>
        <translation>このキーセットは既に失効しています</translation>
    </message>
    <message>
        <source>Stop the selected key set from working (Del)</source>
        <translation>選択したキーセットを使用できなくします (Del)</translation>
    </message>
    <message>
        <source>Created the key set “%1”.</source>
        <translation>キーセット「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Publishable client key</source>
        <translation>公開可能なクライアントキー</translation>
    </message>
    <message>
        <source>Secret server key</source>
        <translation>シークレットサーバーキー</translation>
    </message>
    <message>
        <source>Super secret admin key</source>
        <translation>スーパーシークレット管理者キー</translation>
    </message>
    <message>
        <source>They do not expire.</source>
        <translation>有効期限はありません。</translation>
    </message>
    <message>
        <source>They expire on %1.</source>
        <translation>%1 に有効期限が切れます。</translation>
    </message>
    <message>
        <source>New API keys</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>Key set “%1” for project %2. %3 Put them in your app's environment or secret store.</source>
        <translation>プロジェクト %2 のキーセット「%1」。%3 アプリの環境変数またはシークレットストアに保存してください。</translation>
    </message>
    <message>
        <source>Revoke the key set “%1” (%2)? Apps, servers and tools that use its keys stop working at once. This cannot be undone.</source>
        <translation>キーセット「%1」(%2) を失効させますか? そのキーを使用しているアプリ、サーバー、ツールは直ちに動作しなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>If this app is connected with one of these keys, its connection stops working too.</source>
        <translation>このアプリがこれらのキーのいずれかで接続している場合、その接続も使用できなくなります。</translation>
    </message>
    <message>
        <source>This app is connected to the project with a key of this set (…%1). Revoking it ends this connection: you will have to connect again with another key.</source>
        <translation>このアプリは、このセットのキー (…%1) でプロジェクトに接続しています。失効させるとこの接続は終了し、別のキーで再接続する必要があります。</translation>
    </message>
    <message>
        <source>Revoke API keys</source>
        <translation>API キーを失効</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>失効(&amp;R)</translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>「%1」を失効させています…</translation>
    </message>
    <message>
        <source>Revoked “%1”.</source>
        <translation>「%1」を失効させました。</translation>
    </message>
    <message>
        <source>“%1” was not revoked.</source>
        <translation>「%1」は失効しませんでした。</translation>
    </message>
    <message>
        <source>Copy the publishable client key</source>
        <translation>公開可能なクライアントキーをコピー</translation>
    </message>
    <message>
        <source>Copy the secret server key</source>
        <translation>シークレットサーバーキーをコピー</translation>
    </message>
    <message>
        <source>Copy the super secret admin key</source>
        <translation>スーパーシークレット管理者キーをコピー</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ProjectSettingsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Production mode</source>
        <translation>本番モード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete project…</source>
        <translation>プロジェクトを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Copy the project ID to the clipboard</source>
        <translation>プロジェクト ID をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional: what the project is for</source>
        <translation>省略可能: プロジェクトの用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Production mode marks the project as live. Settings that are only meant for development, such as sign-in redirects to localhost and the shared development OAuth keys, should no longer be in use then. Turn it on before real users sign in.</source>
        <translation>本番モードでは、プロジェクトが稼働中としてマークされます。localhost へのサインインのリダイレクトや共有の開発用 OAuth キーなど、開発専用の設定は使用しないようにしてください。実際のユーザーがサインインする前にオンにしてください。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <source>Production mode</source>
        <translation>本番モード</translation>
    </message>
    <message>
        <source>Danger zone</source>
        <translation>危険な操作</translation>
    </message>
    <message>
        <source>Deleting the project removes its users, teams, keys, configuration and everything else in it, for good.</source>
        <translation>プロジェクトを削除すると、そのユーザー、チーム、キー、構成、その他すべてが完全に削除されます。</translation>
    </message>
    <message>
        <source>Project ID copied.</source>
        <translation>プロジェクト ID をコピーしました。</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>プロジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load the project.</source>
        <translation>プロジェクトを読み込めませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>プロジェクトには名前が必要です。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Could not save the project's name and description.</source>
        <translation>プロジェクトの名前と説明を保存できませんでした。</translation>
    </message>
    <message>
        <source>Turning production mode on…</source>
        <translation>本番モードをオンにしています…</translation>
    </message>
    <message>
        <source>Turning production mode off…</source>
        <translation>本番モードをオフにしています…</translation>
    </message>
    <message>
        <source>Could not turn production mode on.</source>
        <translation>本番モードをオンにできませんでした。</translation>
    </message>
    <message>
        <source>Could not turn production mode off.</source>
        <translation>本番モードをオフにできませんでした。</translation>
    </message>
    <message>
        <source>Production mode is on.</source>
        <translation>本番モードはオンです。</translation>
    </message>
    <message>
        <source>Production mode is off.</source>
        <translation>本番モードはオフです。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RefundDialog</name>
    <message>
        <source>&amp;Refund…</source>
        <translation>返金(&amp;R)…</translation>
    </message>
    <message>
        <source>Refund purchase</source>
        <translation>購入を返金</translation>
    </message>
    <message>
        <source>Refund a purchase</source>
        <translation>購入を返金</translation>
    </message>
    <message>
        <source>%1 by %2 on %3%4.</source>
        <translation>%3 に %2 が %1%4。</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>, charged %1</source>
        <translation>、請求額 %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>購入数</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Refund quantity</source>
        <translation>返金数量</translation>
    </message>
    <message>
        <source>Refund amount (USD)</source>
        <translation>返金額 (USD)</translation>
    </message>
    <message>
        <source>Refunds cannot be undone and will revoke access to the purchased product.</source>
        <translation>返金は元に戻せません。購入した製品へのアクセスは取り消されます。</translation>
    </message>
    <message>
        <source>Refund amounts can only be specified for USD-priced purchases.</source>
        <translation>返金額を指定できるのは、USD で価格設定された購入のみです。</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <source>Quantity of %1 to refund</source>
        <translation>返金する %1 の数量</translation>
    </message>
    <message>
        <source>Amount in US dollars to refund for %1</source>
        <translation>%1 の返金額 (米ドル)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Refund total: %1 of %2 charged</source>
        <translation>返金合計: 請求額 %2 のうち %1</translation>
    </message>
    <message>
        <source>Refund total: — (an amount is not a number) of %1 charged</source>
        <translation>返金合計: — (金額が数値ではありません) / 請求額 %1</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, like 12.50 (at most two decimals).</source>
        <translation>12.50 のように米ドルで金額を入力してください (小数点以下 2 桁まで)。</translation>
    </message>
    <message>
        <source>A refund amount cannot be negative.</source>
        <translation>返金額を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Nothing to refund: choose a quantity or an amount.</source>
        <translation>返金するものがありません: 数量または金額を選択してください。</translation>
    </message>
    <message>
        <source>The refunds add up to %1, more than the %2 charged.</source>
        <translation>返金の合計が %1 となり、請求額 %2 を超えています。</translation>
    </message>
    <message>
        <source>Refund %1 to %2?</source>
        <translation>%2 に %1 を返金しますか?</translation>
    </message>
    <message>
        <source>Revoke the product from %1 without giving money back?</source>
        <translation>返金せずに %1 から製品を取り消しますか?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 を返金</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Refunded %1 to %2.</source>
        <translation>%2 に %1 を返金しました。</translation>
    </message>
    <message>
        <source>Revoked the product from %1 without a refund.</source>
        <translation>返金せずに %1 から製品を取り消しました。</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>返金しています…</translation>
    </message>
    <message>
        <source>The server refused the refund: %1</source>
        <translation>サーバーが返金を拒否しました: %1</translation>
    </message>
    <message>
        <source>It was refunded meanwhile (perhaps from the web dashboard); the list is loaded again when this dialog closes.</source>
        <translation>その間に返金されました (Web ダッシュボードからの可能性があります)。このダイアログを閉じると一覧が再読み込みされます。</translation>
    </message>
    <message>
        <source>The subscription has no paid invoice to refund: subscriptions started in test mode or granted without payment cannot be refunded.</source>
        <translation>このサブスクリプションには返金できる支払い済みの請求書がありません: テストモードで開始したサブスクリプションや支払いなしで付与されたサブスクリプションは返金できません。</translation>
    </message>
    <message>
        <source>There is no payment to refund: the purchase was not paid through the payment provider, or it no longer exists.</source>
        <translation>返金できる支払いがありません: この購入は決済プロバイダー経由で支払われていないか、存在しなくなりました。</translation>
    </message>
    <message>
        <source>No money was charged for it.</source>
        <translation>料金は請求されていません。</translation>
    </message>
    <message>
        <source>Nothing was refunded.</source>
        <translation>何も返金されていません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ReplyComposer</name>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Write to the customer</source>
        <translation>顧客にメッセージを書きます</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部メモ</translation>
    </message>
    <message>
        <source>Write a note only your team sees</source>
        <translation>チームにのみ表示されるメモを書きます</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>顧客への返信を入力…</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>顧客に返信</translation>
    </message>
    <message>
        <source>Write an internal note for your team…</source>
        <translation>チーム向けの内部メモを入力…</translation>
    </message>
    <message>
        <source>Reply composer</source>
        <translation>返信の作成</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>返信を送信</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation stays resolved; reopen it to wait on the customer.</source>
        <translation>顧客にこの返信が表示されます。会話は解決済みのままです。顧客の返信を待つには会話を再開してください。</translation>
    </message>
    <message>
        <source>The customer will see this reply. The conversation then waits on the user.</source>
        <translation>顧客にこの返信が表示されます。その後、会話はユーザーの返信待ちになります。</translation>
    </message>
    <message>
        <source>The customer will see this reply.</source>
        <translation>顧客にこの返信が表示されます。</translation>
    </message>
    <message>
        <source>%1. The status does not change.</source>
        <translation>%1。ステータスは変更されません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RequestDialog</name>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>サーバーへの接続が閉じられました。再接続してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Waiting for the server's answer…</source>
        <translation>サーバーの応答を待っています…</translation>
    </message>
    <message>
        <source>Close and throw away what you typed? None of it was saved.</source>
        <translation>閉じて入力内容を破棄しますか? 何も保存されていません。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>You changed %1 but did not save. Save the changes?</source>
        <translation>%1 を変更しましたが、保存していません。変更を保存しますか?</translation>
    </message>
    <message>
        <source>Waiting for you to enter a new key.</source>
        <translation>新しいキーの入力を待っています。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again.</source>
        <translation>再度のサインインを待っています。</translation>
    </message>
    <message>
        <source>Enter a new key…</source>
        <translation>新しいキーを入力…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>再度サインイン…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待機を停止</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in? The request was not sent; what you typed stays here.</source>
        <translation>サインインの待機を停止しますか? リクエストは送信されていません。入力内容はここに残ります。</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>待機を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>待機を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RescheduleDialog</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>スケジュールを変更(&amp;R)</translation>
    </message>
    <message>
        <source>Reschedule email</source>
        <translation>メールのスケジュールを変更</translation>
    </message>
    <message>
        <source>When should this email be sent?</source>
        <translation>このメールをいつ送信しますか?</translation>
    </message>
    <message>
        <source>When should “%1” be sent?</source>
        <translation>「%1」をいつ送信しますか?</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1)</source>
        <translation>このコンピューターのタイムゾーン (%1)</translation>
    </message>
    <message>
        <source>&amp;Send at:</source>
        <translation>送信日時(&amp;S):</translation>
    </message>
    <message>
        <source>In this computer's time zone (%1).</source>
        <translation>このコンピューターのタイムゾーン (%1)。</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>将来の日時を選択してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RestrictUserDialog</name>
    <message>
        <source>Restriction of %1</source>
        <translation>%1 の制限</translation>
    </message>
    <message>
        <source>Restrict %1</source>
        <translation>%1 を制限</translation>
    </message>
    <message>
        <source>An administrator restricted %1. Change the reasons, or lift the restriction so that they can use your app again.</source>
        <translation>管理者が %1 を制限しました。理由を変更するか、アプリを再び使用できるように制限を解除してください。</translation>
    </message>
    <message>
        <source>A restricted user cannot use your app until an administrator lifts the restriction. The public reason may be shown to %1; the private details are for administrators only.</source>
        <translation>制限されたユーザーは、管理者が制限を解除するまでアプリを使用できません。公開の理由は %1 に表示される場合があります。非公開の詳細は管理者専用です。</translation>
    </message>
    <message>
        <source>%1 is also restricted for another reason (%2); that does not change here.</source>
        <translation>%1 は別の理由 (%2) でも制限されています。ここではその制限は変更されません。</translation>
    </message>
    <message>
        <source>email not verified</source>
        <translation>メール未確認</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>匿名ユーザー</translation>
    </message>
    <message>
        <source>Public reason</source>
        <translation>公開の理由</translation>
    </message>
    <message>
        <source>e.g. Your account is under review.</source>
        <translation>例: お客様のアカウントは審査中です。</translation>
    </message>
    <message>
        <source>Private details</source>
        <translation>非公開の詳細</translation>
    </message>
    <message>
        <source>Why this user was restricted, for other administrators</source>
        <translation>このユーザーを制限した理由 (他の管理者向け)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lift restriction</source>
        <translation>制限を解除(&amp;L)</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>制限を解除</translation>
    </message>
    <message>
        <source>&amp;Restrict</source>
        <translation>制限(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Public reason:</source>
        <translation>公開の理由(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;rivate details:</source>
        <translation>非公開の詳細(&amp;R):</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Restricting…</source>
        <translation>制限しています…</translation>
    </message>
    <message>
        <source>Lifting the restriction…</source>
        <translation>制限を解除しています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RevenueView</name>
    <message>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <source>Include &amp;test-mode purchases</source>
        <translation>テストモードの購入を含める(&amp;T)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>Range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Test-mode purchases were free: no money moved for them</source>
        <translation>テストモードの購入は無料でした: 実際のお金は動いていません</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>収益</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>返金</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純額</translation>
    </message>
    <message>
        <source>Subscriptions, last 30 days (server metrics)</source>
        <translation>サブスクリプション、過去 30 日間 (サーバーのメトリクス)</translation>
    </message>
    <message>
        <source>Paid subscription invoices of the last 30 days, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>過去 30 日間の支払い済みサブスクリプションの請求書 (サーバーのメトリクスより。米ドル。1 回限りの購入は含まれません)</translation>
    </message>
    <message>
        <source>Subscriptions, all time (server metrics)</source>
        <translation>サブスクリプション、全期間 (サーバーのメトリクス)</translation>
    </message>
    <message>
        <source>Every paid subscription invoice, from the server's metrics (US dollars; one-time purchases are not counted there)</source>
        <translation>支払い済みのすべてのサブスクリプションの請求書 (サーバーのメトリクスより。米ドル。1 回限りの購入は含まれません)</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>読み取りの進行状況</translation>
    </message>
    <message>
        <source>Stop reading the ledger; the days read so far stay on the chart</source>
        <translation>台帳の読み取りを停止します。これまでに読み取った日はグラフに残ります</translation>
    </message>
    <message>
        <source>Revenue chart</source>
        <translation>収益グラフ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Revenue, refunds and net are built from the ledger: every purchase, renewal and refund.</source>
        <translation>収益、返金、純額は台帳 (すべての購入、更新、返金) から算出されます。</translation>
    </message>
    <message>
        <source>The figures marked “server metrics” come from the server's metrics, which count paid subscription invoices only, in US dollars.</source>
        <translation>「サーバーのメトリクス」と表示された数値はサーバーのメトリクスによるもので、支払い済みのサブスクリプションの請求書のみを米ドルでカウントしています。</translation>
    </message>
    <message>
        <source>Reading was stopped: days before %1 are not counted.</source>
        <translation>読み取りが停止されました: %1 より前の日はカウントされていません。</translation>
    </message>
    <message>
        <source>Reading was stopped before the first page.</source>
        <translation>最初のページの前に読み取りが停止されました。</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>台帳を読み取っています…</translation>
    </message>
    <message>
        <source>No revenue to show: the ledger could not be read.</source>
        <translation>表示する収益がありません: 台帳を読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last %n day(s).</source>
        <translation>
            <numerusform>過去 %n 日間の収益はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test-mode purchases are left out: tick “Include test-mode purchases” to see them.</source>
        <translation>テストモードの購入は除外されています: 表示するには「テストモードの購入を含める」をオンにしてください。</translation>
    </message>
    <message>
        <source>Asking the server for its metrics…</source>
        <translation>サーバーにメトリクスを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the ledger: %n transaction(s), back to %1…</source>
        <translation>
            <numerusform>台帳を読み取っています: %n 件の取引、%1 まで遡りました…</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>Revenue: %1</source>
        <translation>収益: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>返金: %1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::RiskScoreBar</name>
    <message>
        <source>%1 of 100: the higher, the likelier the sign-up is not genuine</source>
        <translation>100 点中 %1 点: 高いほど、サインアップが本物でない可能性が高くなります</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendDraftChooser</name>
    <message>
        <source>Load &amp;again</source>
        <translation>再読み込み(&amp;A)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>No drafts available</source>
        <translation>使用できる下書きはありません</translation>
    </message>
    <message>
        <source>Drafts need admin access: connect with an admin key or a dashboard account to choose one.</source>
        <translation>下書きには管理者アクセスが必要です: 下書きを選択するには、管理者キーまたはダッシュボードアカウントで接続してください。</translation>
    </message>
    <message>
        <source>The connection to the server was closed. Connect again and retry.</source>
        <translation>サーバーへの接続が閉じられました。再接続してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Loading drafts…</source>
        <translation>下書きを読み込んでいます…</translation>
    </message>
    <message>
        <source>No drafts loaded</source>
        <translation>下書きが読み込まれていません</translation>
    </message>
    <message>
        <source>The drafts could not be loaded. %1</source>
        <translation>下書きを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (%2 に送信)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>下書きなし</translation>
    </message>
    <message>
        <source>This project has no drafts yet: write one on the Drafts tab of the Emails page.</source>
        <translation>このプロジェクトにはまだ下書きがありません: [メール] ページの [下書き] タブで作成してください。</translation>
    </message>
    <message>
        <source>Choose a draft…</source>
        <translation>下書きを選択…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendEmailDialog</name>
    <message>
        <source>Send an email</source>
        <translation>メールを送信</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>確認(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;lected users</source>
        <translation>選択したユーザー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;All users of the project</source>
        <translation>プロジェクトのすべてのユーザー(&amp;A)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>A&amp;dd users…</source>
        <translation>ユーザーを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Take the selected users off the list (Delete)</source>
        <translation>選択したユーザーを一覧から外します (Delete)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Leave empty for the draft's own subject</source>
        <translation>下書き自体の件名を使用する場合は空のままにします</translation>
    </message>
    <message>
        <source>Notification category</source>
        <translation>通知カテゴリ</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>カテゴリを選択…</translation>
    </message>
    <message>
        <source>Transactional: reaches every recipient (account and service messages). Marketing: skips users who unsubscribed from marketing emails.</source>
        <translation>トランザクション: すべての受信者に届きます (アカウントやサービスに関するメッセージ)。マーケティング: マーケティングメールの購読を解除したユーザーはスキップされます。</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>下書き:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>件名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <source>Add recipients</source>
        <translation>受信者を追加</translation>
    </message>
    <message>
        <source>Choose the users who receive the email.</source>
        <translation>メールを受信するユーザーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを追加(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a recipient</source>
        <translation>既に受信者です</translation>
    </message>
    <message>
        <source>Every user of the project, anonymous and restricted ones included. Users without a primary email address are skipped.</source>
        <translation>匿名ユーザーと制限中のユーザーを含む、プロジェクトのすべてのユーザー。プライマリメールアドレスのないユーザーはスキップされます。</translation>
    </message>
    <message>
        <source>No users yet: add some, or choose all users.</source>
        <translation>ユーザーがまだいません: ユーザーを追加するか、すべてのユーザーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped.</source>
        <translation>
            <numerusform>プライマリメールアドレスのない %n 人のユーザーはスキップされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the draft to send.</source>
        <translation>送信する下書きを選択してください。</translation>
    </message>
    <message>
        <source>Add the users who receive the email, or choose all users.</source>
        <translation>メールを受信するユーザーを追加するか、すべてのユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Choose a category: Marketing emails skip users who unsubscribed, Transactional ones do not.</source>
        <translation>カテゴリを選択してください: マーケティングメールでは購読を解除したユーザーがスキップされますが、トランザクションメールではスキップされません。</translation>
    </message>
    <message>
        <source>Choose a time in the future, or send now.</source>
        <translation>将来の日時を選択するか、今すぐ送信してください。</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 and %n more.</source>
        <translation>
            <numerusform>宛先: %1 ほか %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1.</source>
        <translation>宛先: %1。</translation>
    </message>
    <message>
        <source>Send “%1” to every user of the project?</source>
        <translation>「%1」をプロジェクトのすべてのユーザーに送信しますか?</translation>
    </message>
    <message>
        <source>Counting the project's users… %1 so far.</source>
        <translation>プロジェクトのユーザーをカウントしています… これまでに %1 人。</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to all %n user(s) of the project?</source>
        <translation>
            <numerusform>「%1」をプロジェクトの全 %n 人のユーザーに送信しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a primary email address will be skipped: %1</source>
        <translation>
            <numerusform>プライマリメールアドレスのない %n 人のユーザーはスキップされます: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it.</source>
        <translation>
            <numerusform>%n 人のユーザーが受信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will receive it at their primary email address.</source>
        <translation>
            <numerusform>%n 人のユーザーがプライマリメールアドレスで受信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no users: there is nobody to send it to.</source>
        <translation>プロジェクトにユーザーがいません: 送信先がありません。</translation>
    </message>
    <message>
        <source>The project has more than %1 users; all of them are sent the email (users without a primary email address are skipped).</source>
        <translation>プロジェクトには %1 人を超えるユーザーがいます。全員にメールが送信されます (プライマリメールアドレスのないユーザーはスキップされます)。</translation>
    </message>
    <message>
        <source>The users could not be counted (%1). The email goes to every user of the project that has a primary email address.</source>
        <translation>ユーザーをカウントできませんでした (%1)。メールは、プライマリメールアドレスを持つプロジェクトのすべてのユーザーに送信されます。</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n user(s)?</source>
        <translation>
            <numerusform>「%1」を %n 人のユーザーに送信しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: Marketing. Users who unsubscribed from marketing emails are skipped.</source>
        <translation>カテゴリ: マーケティング。マーケティングメールの購読を解除したユーザーはスキップされます。</translation>
    </message>
    <message>
        <source>Category: Transactional. Sent even to users who unsubscribed from marketing emails.</source>
        <translation>カテゴリ: トランザクション。マーケティングメールの購読を解除したユーザーにも送信されます。</translation>
    </message>
    <message>
        <source>Subject: the draft's own.</source>
        <translation>件名: 下書き自体の件名。</translation>
    </message>
    <message>
        <source>Subject: “%1”.</source>
        <translation>件名:「%1」。</translation>
    </message>
    <message>
        <source>When: %1 (your local time).</source>
        <translation>日時: %1 (現地時間)。</translation>
    </message>
    <message>
        <source>Servers too old to schedule send at once; the result and the Outbox show what happened.</source>
        <translation>スケジュール送信に対応していない古いサーバーでは直ちに送信されます。結果と送信トレイで何が起きたかを確認できます。</translation>
    </message>
    <message>
        <source>When: now.</source>
        <translation>日時: 今すぐ。</translation>
    </message>
    <message>
        <source>The connection to the server was closed.</source>
        <translation>サーバーへの接続が閉じられました。</translation>
    </message>
    <message>
        <source>This time has passed meanwhile: choose a later one, or send now.</source>
        <translation>この日時はその間に過ぎました: より後の日時を選択するか、今すぐ送信してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>The email is scheduled</source>
        <translation>メールはスケジュールされました</translation>
    </message>
    <message>
        <source>The email is on its way</source>
        <translation>メールは送信中です</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted “%1” for %n recipient(s).</source>
        <translation>
            <numerusform>サーバーは「%1」を %n 人の受信者に対して受け付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the server's answer, so no email was queued for them: %n requested user(s), marked below.</source>
        <translation>
            <numerusform>サーバーの応答に含まれていないため、メールがキューに登録されなかったユーザー: 要求した %n 人 (以下にマーク)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox.</source>
        <translation>メールはキューに登録されました。送信トレイで状況を確認できます。</translation>
    </message>
    <message>
        <source>The emails are queued; follow them in the Outbox of the Emails page.</source>
        <translation>メールはキューに登録されました。[メール] ページの送信トレイで状況を確認できます。</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>%1 にスケジュールしました。</translation>
    </message>
    <message>
        <source>Scheduled for %1. A server too old to schedule sends at once: the Outbox shows which.</source>
        <translation>%1 にスケジュールしました。スケジュール送信に対応していない古いサーバーでは直ちに送信されます: 送信トレイで確認できます。</translation>
    </message>
    <message>
        <source>Scheduled for %1. Checking in the Outbox that the server kept the time…</source>
        <translation>%1 にスケジュールしました。サーバーが日時を保持しているかを送信トレイで確認しています…</translation>
    </message>
    <message>
        <source>The email was sent at once</source>
        <translation>メールは直ちに送信されました</translation>
    </message>
    <message>
        <source>This server sent the emails at once; it does not support scheduling.</source>
        <translation>このサーバーはメールを直ちに送信しました。スケジュール送信には対応していません。</translation>
    </message>
    <message>
        <source>Scheduled for %1; the Outbox shows them waiting until then.</source>
        <translation>%1 にスケジュールしました。送信トレイにはそれまで待機中として表示されます。</translation>
    </message>
    <message>
        <source>Nothing was sent: the project uses the shared email server, which sends only sign-in and account emails. Set up the project's own email server on the Email server tab of the Emails page, then send again.</source>
        <translation>何も送信されていません: プロジェクトは共有のメールサーバーを使用しており、サインインとアカウントに関するメールのみを送信します。[メール] ページの [メールサーバー] タブでプロジェクト独自のメールサーバーを設定してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 is not a user of the project (deleted meanwhile?).</source>
        <translation>何も送信されていません: %1 はプロジェクトのユーザーではありません (その間に削除された可能性があります)。</translation>
    </message>
    <message>
        <source>&amp;Remove %1 from the recipients</source>
        <translation>%1 を受信者から削除(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was sent: the server did not accept the request.</source>
        <translation>何も送信されていません: サーバーがリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The server's answer did not arrive, so the emails may or may not have been queued. Look in the Outbox before sending again.</source>
        <translation>サーバーの応答が届かなかったため、メールがキューに登録されたかどうかは不明です。再送信する前に送信トレイを確認してください。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信されていません。</translation>
    </message>
    <message>
        <source>No recipients are left: add users, or choose all users.</source>
        <translation>受信者が残っていません: ユーザーを追加するか、すべてのユーザーを選択してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendResultView</name>
    <message>
        <source>Follow them in the Outbox</source>
        <translation>送信トレイで状況を確認</translation>
    </message>
    <message>
        <source>Recipients and the server's answer</source>
        <translation>受信者とサーバーの応答</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendScheduleField</name>
    <message>
        <source>Send &amp;later, at</source>
        <translation>後で送信(&amp;L)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>予定日時</translation>
    </message>
    <message>
        <source>Your local time (%1). A server too old to schedule sends at once.</source>
        <translation>現地時間 (%1)。スケジュール送信に対応していない古いサーバーでは直ちに送信されます。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SendUserEmailDialog</name>
    <message>
        <source>&amp;Password-reset email: a link to choose a new password</source>
        <translation>パスワードリセットメール: 新しいパスワードを設定するリンク(&amp;P)</translation>
    </message>
    <message>
        <source>Sign-in &amp;invitation: a link to sign in to your app</source>
        <translation>サインインの招待: アプリにサインインするリンク(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Send email</source>
        <translation>メールを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send an email to %1</source>
        <translation>%1 にメールを送信</translation>
    </message>
    <message>
        <source>(no email address)</source>
        <translation>(メールアドレスなし)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>コールバック URL</translation>
    </message>
    <message>
        <source>The page of your app that opens from the link in the email. It must be on one of the project's trusted domains. Remembered for this project.</source>
        <translation>メール内のリンクから開くアプリのページです。プロジェクトの信頼済みドメインのいずれかにある必要があります。このプロジェクト用に記憶されます。</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>コールバック URL(&amp;C):</translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>このユーザーにはメールアドレスがありません。</translation>
    </message>
    <message>
        <source>%1 has no primary email address, so no email can be sent. Add an address on the user's contact channels first.</source>
        <translation>%1 にはプライマリメールアドレスがないため、メールを送信できません。先にユーザーの連絡先チャネルでアドレスを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Enter the address of the page that handles the link.</source>
        <translation>リンクを処理するページのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address.</source>
        <translation>http:// または https:// で始まる完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>A password-reset email was sent to %1. The server answers the same whether or not a password can be reset for this address, so if it does not arrive, check how the user signs in.</source>
        <translation>%1 にパスワードリセットメールを送信しました。このアドレスでパスワードをリセットできるかどうかにかかわらずサーバーは同じ応答を返すため、メールが届かない場合はユーザーのサインイン方法を確認してください。</translation>
    </message>
    <message>
        <source>A sign-in invitation was sent to %1.</source>
        <translation>%1 にサインインの招待を送信しました。</translation>
    </message>
    <message>
        <source>The server does not accept this address: add its domain to the project's trusted domains.</source>
        <translation>サーバーはこのアドレスを受け付けません: そのドメインをプロジェクトの信頼済みドメインに追加してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionRecovery</name>
    <message>
        <source>Enter a new key…</source>
        <translation>新しいキーを入力…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>再度サインイン…</translation>
    </message>
    <message>
        <source>The server no longer accepts the key of %1: it was revoked or has expired. Enter a new key to continue.</source>
        <translation>サーバーは %1 のキーを受け付けなくなりました: キーが失効したか、有効期限が切れています。続行するには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Your session for %1 has ended: it expired or was revoked. Sign in again to continue.</source>
        <translation>%1 のセッションは終了しました: 有効期限が切れたか、取り消されました。続行するには再度サインインしてください。</translation>
    </message>
    <message>
        <source>%1 has no valid key. Enter a new key to continue.</source>
        <translation>%1 には有効なキーがありません。続行するには新しいキーを入力してください。</translation>
    </message>
    <message>
        <source>You are not signed in to %1. Sign in to continue.</source>
        <translation>%1 にサインインしていません。続行するにはサインインしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you enter a new key.</source>
        <translation><numerusform>待機中の %n 件のリクエストは、新しいキーを入力すると続行されます。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting request(s) will continue once you are signed in.</source>
        <translation><numerusform>待機中の %n 件のリクエストは、サインインすると続行されます。</numerusform></translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SessionsTab</name>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>すべて取り消し…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>なりすまし</translation>
    </message>
    <message>
        <source>Sign the user out on the selected sessions' devices</source>
        <translation>選択したセッションのデバイスでユーザーをサインアウトさせます</translation>
    </message>
    <message>
        <source>Sign the user out everywhere</source>
        <translation>すべての場所でユーザーをサインアウトさせます</translation>
    </message>
    <message>
        <source>No active sessions: this user is not signed in anywhere.</source>
        <translation>アクティブなセッションはありません: このユーザーはどこにもサインインしていません。</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>セッションを読み込んでいます…</translation>
    </message>
    <message>
        <source>The sessions could not be loaded. The reason is shown above.</source>
        <translation>セッションを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>すべてのセッションを取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Sign %1 out of all %n session(s)? Every device has to sign in again.</source>
        <translation>
            <numerusform>%1 を全 %n 件のセッションからサインアウトさせますか? すべてのデバイスで再度サインインが必要になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>すべて取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>%n 件のセッションを取り消しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n 件のセッションを取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking failed.</source>
        <translation>取り消しに失敗しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>すべての画面</translation>
    </message>
    <message>
        <source>Command palette: go to a page, project, user or team, or run a command</source>
        <translation>コマンドパレット: ページ、プロジェクト、ユーザー、チームに移動、またはコマンドを実行</translation>
    </message>
    <message>
        <source>Project switcher</source>
        <translation>プロジェクトの切り替え</translation>
    </message>
    <message>
        <source>Overview … Alt+9 Config: the areas in order</source>
        <translation>概要 … Alt+9 構成: 各エリアを順に表示</translation>
    </message>
    <message>
        <source>Reload the projects and retry failed connections</source>
        <translation>プロジェクトを再読み込みし、失敗した接続を再試行</translation>
    </message>
    <message>
        <source>Open a configuration file</source>
        <translation>構成ファイルを開く</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>現在の一覧を検索</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>Reload the current list</source>
        <translation>現在の一覧を再読み込み</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新しいユーザー</translation>
    </message>
    <message>
        <source>Edit (also Enter)</source>
        <translation>編集 (Enter キーでも可)</translation>
    </message>
    <message>
        <source>Restrict or lift a restriction</source>
        <translation>制限または制限の解除</translation>
    </message>
    <message>
        <source>Impersonate</source>
        <translation>なりすまし</translation>
    </message>
    <message>
        <source>Delete (several users: bulk delete)</source>
        <translation>削除 (複数のユーザー: 一括削除)</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>チームに追加</translation>
    </message>
    <message>
        <source>Grant a project permission</source>
        <translation>プロジェクトの権限を付与</translation>
    </message>
    <message>
        <source>Copy emails</source>
        <translation>メールアドレスをコピー</translation>
    </message>
    <message>
        <source>Copy user ids</source>
        <translation>ユーザー ID をコピー</translation>
    </message>
    <message>
        <source>Export the matching users</source>
        <translation>一致するユーザーをエクスポート</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新しいチーム</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Copy the id</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>New permission</source>
        <translation>新しい権限</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>New key set</source>
        <translation>新しいキーセット</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+4</source>
        <translation>タブ: Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新しい製品</translation>
    </message>
    <message>
        <source>Review and save the catalog</source>
        <translation>カタログを確認して保存</translation>
    </message>
    <message>
        <source>Customer chooser</source>
        <translation>顧客の選択</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+1 … Ctrl+6</source>
        <translation>タブ: Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>Render the preview</source>
        <translation>プレビューをレンダリング</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Send the reply or note</source>
        <translation>返信またはメモを送信</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Open the selected recent user</source>
        <translation>選択した最近のユーザーを開く</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Edit a value (Expert)</source>
        <translation>値を編集 (エキスパート)</translation>
    </message>
    <message>
        <source>Review and save (Expert)</source>
        <translation>確認して保存 (エキスパート)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
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
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>I have copied the &amp;key</source>
        <translation>キーをコピーしました(&amp;K)</translation>
    </message>
    <message>
        <source>I have copied the &amp;keys</source>
        <translation>キーをコピーしました(&amp;K)</translation>
    </message>
    <message>
        <source>Close &amp;without copying</source>
        <translation>コピーせずに閉じる(&amp;W)</translation>
    </message>
    <message>
        <source>Copy this key now. It will not be shown again: the server keeps only its last four characters, and this app does not save it anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>今すぐこのキーをコピーしてください。再度表示されることはありません: サーバーは末尾の 4 文字しか保持せず、このアプリもどこにも保存しません。クリップボードはこのウィンドウを閉じてから 1 分後に消去されます。</translation>
    </message>
    <message>
        <source>Copy these keys now. They will not be shown again: the server keeps only their last four characters, and this app does not save them anywhere. The clipboard is cleared one minute after you close this window.</source>
        <translation>今すぐこれらのキーをコピーしてください。再度表示されることはありません: サーバーは末尾の 4 文字しか保持せず、このアプリもどこにも保存しません。クリップボードはこのウィンドウを閉じてから 1 分後に消去されます。</translation>
    </message>
    <message>
        <source>Close without copying the key? It cannot be shown again; you would have to create a new one.</source>
        <translation>キーをコピーせずに閉じますか? 再度表示することはできないため、新しいキーを作成する必要があります。</translation>
    </message>
    <message>
        <source>Close without copying the keys? They cannot be shown again; you would have to create new ones.</source>
        <translation>キーをコピーせずに閉じますか? 再度表示することはできないため、新しいキーを作成する必要があります。</translation>
    </message>
    <message>
        <source>Close without copying every key? Not copied yet: %1. The keys cannot be shown again; you would have to create new ones.</source>
        <translation>すべてのキーをコピーせずに閉じますか? まだコピーしていないキー: %1。キーを再度表示することはできないため、新しいキーを作成する必要があります。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SignInSection</name>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Allow new users to sign &amp;up</source>
        <translation>新規ユーザーのサインアップを許可(&amp;U)</translation>
    </message>
    <message>
        <source>Off: only existing users can sign in; new accounts are made by the server or on this console.</source>
        <translation>オフ: 既存のユーザーのみサインインできます。新しいアカウントはサーバーまたはこのコンソールで作成されます。</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>パスワードでサインイン(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in with a &amp;one-time code (magic link)</source>
        <translation>ワンタイムコード (マジックリンク) でサインイン(&amp;O)</translation>
    </message>
    <message>
        <source>A code or link sent by email signs the user in.</source>
        <translation>メールで送信されたコードまたはリンクでユーザーがサインインします。</translation>
    </message>
    <message>
        <source>Sign in with a pass&amp;key</source>
        <translation>パスキーでサインイン(&amp;K)</translation>
    </message>
    <message>
        <source>When an OAuth sign-in uses the email of an existing account</source>
        <translation>OAuth サインインで既存のアカウントのメールが使用された場合</translation>
    </message>
    <message>
        <source>&amp;Link it to the existing account</source>
        <translation>既存のアカウントにリンク(&amp;L)</translation>
    </message>
    <message>
        <source>The OAuth account is added to the account that has this email as a sign-in method.</source>
        <translation>このメールをサインイン方法として持つアカウントに OAuth アカウントが追加されます。</translation>
    </message>
    <message>
        <source>&amp;Refuse the sign-in</source>
        <translation>サインインを拒否(&amp;R)</translation>
    </message>
    <message>
        <source>The user is told that an account with this email exists and must sign in with it first.</source>
        <translation>このメールのアカウントが存在するため、先にそのアカウントでサインインする必要があることがユーザーに通知されます。</translation>
    </message>
    <message>
        <source>Create a separate &amp;account</source>
        <translation>別のアカウントを作成(&amp;A)</translation>
    </message>
    <message>
        <source>A second account with the same email is made; the accounts stay apart.</source>
        <translation>同じメールで 2 つ目のアカウントが作成されます。アカウントは別々のままです。</translation>
    </message>
    <message>
        <source>Allow the sign-up</source>
        <translation>サインアップを許可</translation>
    </message>
    <message>
        <source>Reject the sign-up</source>
        <translation>サインアップを拒否</translation>
    </message>
    <message>
        <source>When no sign-up &amp;rule matches:</source>
        <translation>一致するサインアップルールがない場合(&amp;R):</translation>
    </message>
    <message>
        <source>What happens to a sign-up that no enabled sign-up rule matches</source>
        <translation>有効なサインアップルールのいずれにも一致しないサインアップの処理</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SomeoneElseDialog</name>
    <message>
        <source>Assign to someone else</source>
        <translation>他のユーザーに割り当て</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>e.g. Dana from billing</source>
        <translation>例: 請求担当の Dana</translation>
    </message>
    <message>
        <source>User id (optional)</source>
        <translation>ユーザー ID (省略可能)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>ユーザー ID(&amp;U):</translation>
    </message>
    <message>
        <source>The conversation shows this name as its assignee. Give the user id of their dashboard account if you know it, so that “Assigned to me” finds it for them.</source>
        <translation>会話にはこの名前が担当者として表示されます。ダッシュボードアカウントのユーザー ID がわかる場合は指定してください。「自分に割り当て」でその人が会話を見つけられるようになります。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::StatusControl</name>
    <message>
        <source>No status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Reopen the conversation</source>
        <translation>会話を再開します</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>会話を解決します</translation>
    </message>
    <message>
        <source>Set the status back to “%1”</source>
        <translation>ステータスを「%1」に戻します</translation>
    </message>
    <message>
        <source>Set the status to “%1”</source>
        <translation>ステータスを「%1」に設定します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SubjectDataView</name>
    <message>
        <source>Load again from the server</source>
        <translation>サーバーから再読み込みします</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load this. The reason is shown above.</source>
        <translation>読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>the connection to the project was closed</source>
        <translation>プロジェクトへの接続が閉じられました</translation>
    </message>
    <message>
        <source>%1 %2 of %3 failed; the first error is shown above.</source>
        <translation>%1: %3 件中 %2 件が失敗しました。最初のエラーが上に表示されています。</translation>
    </message>
    <message>
        <source>Nothing was done for %1: the selection changed while the question was open.</source>
        <translation>%1 に対しては何も実行されていません: 確認中に選択が変更されました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::SupportNotifier</name>
    <message>
        <source>A customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Hexclave Admin</source>
        <translation>Hexclave Admin</translation>
    </message>
    <message numerus="yes">
        <source>Hexclave Admin — %n unread support conversation(s)</source>
        <translation>
            <numerusform>Hexclave Admin — 未読のサポートの会話 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <translation>%1 からのメッセージ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new support message(s)</source>
        <translation>
            <numerusform>新しいサポートメッセージ %n 件</numerusform>
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
        <translation>サポート</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>新しい会話(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a conversation with a user of the project (%1)</source>
        <translation>プロジェクトのユーザーとの会話を開始します (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Load the conversations and the open thread again (%1)</source>
        <translation>会話と開いているスレッドを再読み込みします (%1)</translation>
    </message>
    <message>
        <source>Conversations in which the customer wrote since you last looked; click to open the first</source>
        <translation>最後に確認してから顧客がメッセージを書いた会話。クリックすると最初の会話を開きます</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>会話を更新</translation>
    </message>
    <message>
        <source>Your own account could not be read: “Assign to me” and the “Me” filter are not available.</source>
        <translation>自分のアカウントを読み取れませんでした: 「自分に割り当て」と「自分」フィルターは使用できません。</translation>
    </message>
    <message>
        <source>This server does not offer support conversations</source>
        <translation>このサーバーはサポートの会話を提供していません</translation>
    </message>
    <message>
        <source>Its version predates them. Update the server to a newer release, or answer support conversations in the web dashboard at app.hexclave.com.</source>
        <translation>このサーバーのバージョンはサポートの会話に対応していません。サーバーを新しいリリースに更新するか、app.hexclave.com の Web ダッシュボードでサポートの会話に返信してください。</translation>
    </message>
    <message>
        <source>Your dashboard account does not manage this project</source>
        <translation>あなたのダッシュボードアカウントはこのプロジェクトを管理していません</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and this account is not one of them.</source>
        <translation>サポートの会話にはプロジェクトを所有するチームのメンバーが返信しますが、このアカウントはそのメンバーではありません。</translation>
    </message>
    <message>
        <source>Support conversations are answered by the members of the team that owns the project, and %1 is not one of them.</source>
        <translation>サポートの会話にはプロジェクトを所有するチームのメンバーが返信しますが、%1 はそのメンバーではありません。</translation>
    </message>
    <message>
        <source>Ask an owner of the project to add you to its team, or connect with an account that belongs to it.</source>
        <translation>プロジェクトの所有者にチームへの追加を依頼するか、そのチームに所属するアカウントで接続してください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>The conversation could not be opened.</source>
        <translation>会話を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 件の新着</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread conversation(s)</source>
        <translation>
            <numerusform>未読の会話 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TagsEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>タグを追加…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>タグを入力して Enter キーを押します。複数のタグはカンマで区切ります</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>タグ %1 を削除</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>タグ「%1」を削除します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailPanel</name>
    <message>
        <source>Select a team to see its members, invitations, API keys and details.</source>
        <translation>チームを選択すると、そのメンバー、招待、API キー、詳細が表示されます。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>招待</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The team's members and the permissions each holds in the team</source>
        <translation>チームのメンバーと、各メンバーがチーム内で持つ権限</translation>
    </message>
    <message>
        <source>Invitations sent by email that were not accepted yet</source>
        <translation>メールで送信され、まだ承諾されていない招待</translation>
    </message>
    <message>
        <source>API keys that act for the team</source>
        <translation>チームとして動作する API キー</translation>
    </message>
    <message>
        <source>ID, creation time, profile image and metadata</source>
        <translation>ID、作成日時、プロフィール画像、メタデータ</translation>
    </message>
    <message>
        <source>Team details</source>
        <translation>チームの詳細</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Created %1 · %2</source>
        <translation>%1 に作成 · %2</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDetailsTab</name>
    <message>
        <source>&amp;Edit team…</source>
        <translation>チームを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>チーム ID</translation>
    </message>
    <message>
        <source>Copy team ID</source>
        <translation>チーム ID をコピー</translation>
    </message>
    <message>
        <source>Copy the team ID</source>
        <translation>チーム ID をコピーします</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>値なし (null)</translation>
    </message>
    <message>
        <source>Change the name, image and metadata (F2)</source>
        <translation>名前、画像、メタデータを変更します (F2)</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>チーム ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Profile image:</source>
        <translation>プロフィール画像:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamDialog</name>
    <message>
        <source>&amp;Create team</source>
        <translation>チームを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新しいチーム</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Required, e.g. Design Systems Lab</source>
        <translation>必須 (例: Design Systems Lab)</translation>
    </message>
    <message>
        <source>Profile image URL</source>
        <translation>プロフィール画像の URL</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>Profile &amp;image URL:</source>
        <translation>プロフィール画像の URL(&amp;I):</translation>
    </message>
    <message>
        <source>Enter a display name: a team needs one.</source>
        <translation>表示名を入力してください: チームには表示名が必要です。</translation>
    </message>
    <message>
        <source>Creating the team…</source>
        <translation>チームを作成しています…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamInvitationsTab</name>
    <message>
        <source>Invite…</source>
        <translation>招待…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>保留中の招待</translation>
    </message>
    <message>
        <source>Email someone a link to join this team</source>
        <translation>このチームに参加するためのリンクをメールで送信します</translation>
    </message>
    <message>
        <source>Withdraw the selected invitation: its link stops working</source>
        <translation>選択した招待を取り消します: リンクは使用できなくなります</translation>
    </message>
    <message>
        <source>No pending invitations. Invite someone by email to let them join the team.</source>
        <translation>保留中の招待はありません。チームに参加してもらうには、メールで招待してください。</translation>
    </message>
    <message>
        <source>Loading invitations…</source>
        <translation>招待を読み込んでいます…</translation>
    </message>
    <message>
        <source>The invitations could not be loaded. The reason is shown above.</source>
        <translation>招待を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>%1 に招待を送信しました。</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>招待を取り消し</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1 to %2? The link in the email stops working.</source>
        <translation>%1 の %2 への招待を取り消しますか? メール内のリンクは使用できなくなります。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1…</source>
        <translation>%1 の招待を取り消しています…</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>%1 の招待を取り消しました。</translation>
    </message>
    <message>
        <source>Revoking the invitation of %1 failed.</source>
        <translation>%1 の招待の取り消しに失敗しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamMembersView</name>
    <message>
        <source>&amp;Add members…</source>
        <translation>メンバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>チームから削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open user</source>
        <translation>ユーザーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Search members by name, email or user ID</source>
        <translation>名前、メール、ユーザー ID でメンバーを検索</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>メンバーを検索</translation>
    </message>
    <message>
        <source>Choose users of the project to add to this team</source>
        <translation>このチームに追加するプロジェクトのユーザーを選択します</translation>
    </message>
    <message>
        <source>Take the selected members out of this team (Delete)</source>
        <translation>選択したメンバーをこのチームから外します (Delete)</translation>
    </message>
    <message>
        <source>Show the selected member in the Users page (Enter, or a double click)</source>
        <translation>選択したメンバーを [ユーザー] ページに表示します (Enter またはダブルクリック)</translation>
    </message>
    <message>
        <source>Load the members again</source>
        <translation>メンバーを再読み込みします</translation>
    </message>
    <message>
        <source>Reload members</source>
        <translation>メンバーを再読み込み</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>ユーザー ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>メールをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Open in the Users page</source>
        <translation>[ユーザー] ページで開く</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team…</source>
        <translation>
            <numerusform>%n 人のメンバーをチームから削除…</numerusform>
        </translation>
    </message>
    <message>
        <source>The members changed on the server while you scrolled; the list was loaded again.</source>
        <translation>スクロール中にサーバー上のメンバーが変更されたため、一覧を再読み込みしました。</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>メンバーを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 members shown · loading more…</source>
        <translation>%1 人のメンバーを表示中 · さらに読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 members shown · scroll down for more</source>
        <translation>%1 人のメンバーを表示中 · さらに表示するには下にスクロールしてください</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n 人のメンバー。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match.</source>
        <translation>
            <numerusform>%n 人のメンバーが一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 members shown · loading failed.</source>
        <translation>%1 人のメンバーを表示中 · 読み込みに失敗しました。</translation>
    </message>
    <message>
        <source>%1 has no members yet.</source>
        <translation>%1 にはまだメンバーがいません。</translation>
    </message>
    <message>
        <source>Add members…</source>
        <translation>メンバーを追加…</translation>
    </message>
    <message>
        <source>No member matches “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>「%1」に一致するメンバーはいません。
検索対象は名前、メール、完全一致のユーザー ID です。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n from team…</source>
        <translation>
            <numerusform>%n 人をチームから削除(&amp;R)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add members to %1</source>
        <translation>%1 にメンバーを追加</translation>
    </message>
    <message>
        <source>Search the project's users by name, email or user ID, and tick the ones to add to %1. New members get the project's default team permissions.</source>
        <translation>名前、メール、ユーザー ID でプロジェクトのユーザーを検索し、%1 に追加するユーザーをチェックしてください。新しいメンバーにはプロジェクトのデフォルトのチーム権限が付与されます。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s)</source>
        <translation>
            <numerusform>%n 人のメンバーを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Already a member of this team</source>
        <translation>既にこのチームのメンバーです</translation>
    </message>
    <message>
        <source>Nobody was added: another team was selected while the list was open.</source>
        <translation>誰も追加されていません: 一覧を開いている間に別のチームが選択されました。</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n member(s)…</source>
        <translation>
            <numerusform>%n 人のメンバーを追加しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 人のメンバーを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already belonged to it.</source>
        <translation>
            <numerusform>%n 人は既にメンバーでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>追加されませんでした: %1。</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose access to the team and the permissions they hold in it.</source>
        <translation>%2 から %1 を削除しますか? チームへのアクセスと、チーム内で保持している権限が失われます。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from %1? They lose access to the team and the permissions they hold in it.</source>
        <translation>
            <numerusform>%1 から %n 人のメンバーを削除しますか? チームへのアクセスと、チーム内で保持している権限が失われます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>チームから削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Nobody was removed: another team was selected while the question was open.</source>
        <translation>誰も削除されていません: 確認中に別のチームが選択されました。</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n member(s)…</source>
        <translation>
            <numerusform>%n 人のメンバーを削除しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 人のメンバーを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation>削除されませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamPickerDialog</name>
    <message>
        <source>Choose a team</source>
        <translation>チームを選択</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>名前またはチーム ID で絞り込み</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>チームを絞り込み</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Choose the team whose items and products to see.</source>
        <translation>アイテムと製品を表示するチームを選択してください。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>The teams could not be loaded; the reason is shown above.</source>
        <translation>チームを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>This project has no teams yet.</source>
        <translation>このプロジェクトにはまだチームがありません。</translation>
    </message>
    <message>
        <source>No team matches “%1”.</source>
        <translation>「%1」に一致するチームはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 個のチーム</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsPage</name>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>新しいチーム(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>チームを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Copy team &amp;ID</source>
        <translation>チーム ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete team…</source>
        <translation>チームを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Create a team (%1)</source>
        <translation>チームを作成します (%1)</translation>
    </message>
    <message>
        <source>Change the selected team's name, image and metadata (%1)</source>
        <translation>選択したチームの名前、画像、メタデータを変更します (%1)</translation>
    </message>
    <message>
        <source>Delete the selected team (%1)</source>
        <translation>選択したチームを削除します (%1)</translation>
    </message>
    <message>
        <source>Load the list again and count the members anew (%1)</source>
        <translation>一覧を再読み込みし、メンバーを再カウントします (%1)</translation>
    </message>
    <message>
        <source>Reload teams</source>
        <translation>チームを再読み込み</translation>
    </message>
    <message>
        <source>Filter by name or team ID</source>
        <translation>名前またはチーム ID で絞り込み</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>チームを絞り込み</translation>
    </message>
    <message>
        <source>Shows the teams whose name contains the text or whose ID starts with it (Ctrl+F)</source>
        <translation>名前にテキストを含むチーム、または ID がテキストで始まるチームを表示します (Ctrl+F)</translation>
    </message>
    <message>
        <source>That team does not exist any more.</source>
        <translation>そのチームはもう存在しません。</translation>
    </message>
    <message>
        <source>The team could not be opened.</source>
        <translation>チームを開けませんでした。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>The teams could not be loaded.</source>
        <translation>チームを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 個のチーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n team(s) match “%2”</source>
        <translation>
            <numerusform>%n 個のチームのうち %1 個が「%2」に一致</numerusform>
        </translation>
    </message>
    <message>
        <source>No teams yet.
Teams group users; members share the team's permissions and API keys.</source>
        <translation>チームはまだありません。
チームはユーザーをグループ化します。メンバーはチームの権限と API キーを共有します。</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新しいチーム…</translation>
    </message>
    <message>
        <source>No team matches “%1”.
The filter looks at team names and the start of team IDs.</source>
        <translation>「%1」に一致するチームはありません。
フィルターの対象はチーム名とチーム ID の先頭部分です。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TeamsUsersSection</name>
    <message>
        <source>Teams &amp; users</source>
        <translation>チーム &amp; ユーザー</translation>
    </message>
    <message>
        <source>Allow users to &amp;create teams</source>
        <translation>ユーザーによるチームの作成を許可(&amp;C)</translation>
    </message>
    <message>
        <source>Signed-in users can create teams from the app; otherwise only the server or this console can.</source>
        <translation>サインインしたユーザーはアプリからチームを作成できます。オフの場合、チームを作成できるのはサーバーまたはこのコンソールのみです。</translation>
    </message>
    <message>
        <source>Create a &amp;personal team on sign-up</source>
        <translation>サインアップ時に個人用チームを作成(&amp;P)</translation>
    </message>
    <message>
        <source>Every new user gets a team of their own.</source>
        <translation>すべての新規ユーザーに専用のチームが作成されます。</translation>
    </message>
    <message>
        <source>Allow users to &amp;delete their own account</source>
        <translation>ユーザーによる自分のアカウントの削除を許可(&amp;D)</translation>
    </message>
    <message>
        <source>Require email &amp;verification during onboarding</source>
        <translation>オンボーディング中にメールの確認を必須にする(&amp;V)</translation>
    </message>
    <message>
        <source>New users must verify their primary email before they can use the app.</source>
        <translation>新規ユーザーは、アプリを使用する前にプライマリメールを確認する必要があります。</translation>
    </message>
    <message>
        <source>Allow &amp;user API keys</source>
        <translation>ユーザー API キーを許可(&amp;U)</translation>
    </message>
    <message>
        <source>Signed-in users can make keys that act as them.</source>
        <translation>サインインしたユーザーは、本人として動作するキーを作成できます。</translation>
    </message>
    <message>
        <source>Allow &amp;team API keys</source>
        <translation>チーム API キーを許可(&amp;T)</translation>
    </message>
    <message>
        <source>Team members with the permission can make keys that act for the team.</source>
        <translation>権限を持つチームメンバーは、チームとして動作するキーを作成できます。</translation>
    </message>
    <message>
        <source>User and team API keys are switched on and off on the &lt;a href="apikeys"&gt;API keys page&lt;/a&gt;.</source>
        <translation>ユーザーとチームの API キーのオン/オフは &lt;a href="apikeys"&gt;API キーのページ&lt;/a&gt;で切り替えます。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TemplatesView</name>
    <message>
        <source>template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>No templates yet.</source>
        <translation>テンプレートはまだありません。</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>新しいテンプレート…</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新しいテンプレート</translation>
    </message>
    <message>
        <source>The templates could not be loaded.</source>
        <translation>テンプレートを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestEmailDialog</name>
    <message>
        <source>&amp;Send test email</source>
        <translation>テストメールを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>テストメールを送信</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1、ポート %2</translation>
    </message>
    <message>
        <source>A short test email goes out through %1 as %2, with the settings of the form — also when they are not saved yet.</source>
        <translation>短いテストメールが、フォームの設定で %1 経由で %2 として送信されます (設定が未保存の場合も同様です)。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>宛先(&amp;T):</translation>
    </message>
    <message>
        <source>Enter an email address, like you@example.com.</source>
        <translation>you@example.com のようなメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>%1 にテストメールを送信しています…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. If it does not arrive, look in the spam folder.</source>
        <translation>%1 にテストメールを送信しました。届かない場合は迷惑メールフォルダーを確認してください。</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>サーバーから理由は示されませんでした。</translation>
    </message>
    <message>
        <source>The email server did not send it: %1</source>
        <translation>メールサーバーはメールを送信しませんでした: %1</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>テストメールは送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TestModeBar</name>
    <message>
        <source>Test mode was written, but the server does not show the change.</source>
        <translation>テストモードは書き込まれましたが、サーバーには変更が反映されていません。</translation>
    </message>
    <message>
        <source>Test mode was not turned on.</source>
        <translation>テストモードはオンになりませんでした。</translation>
    </message>
    <message>
        <source>Test mode was not turned off.</source>
        <translation>テストモードはオフになりませんでした。</translation>
    </message>
    <message>
        <source>Turn on test mode?</source>
        <translation>テストモードをオンにしますか?</translation>
    </message>
    <message>
        <source>Turn off test mode?</source>
        <translation>テストモードをオフにしますか?</translation>
    </message>
    <message>
        <source>In test mode purchases are free: customers get products without paying, and no money moves through the payment provider. Use it while you try out checkout, never in a shop that is open.</source>
        <translation>テストモードでは購入は無料です: 顧客は支払いなしで製品を入手でき、決済プロバイダーを通じてお金は動きません。チェックアウトを試すときに使用し、公開中のショップでは絶対に使用しないでください。</translation>
    </message>
    <message>
        <source>Purchases will charge real money through the payment provider from now on. Make sure your products and prices are ready before customers see them.</source>
        <translation>今後、購入では決済プロバイダーを通じて実際のお金が請求されます。顧客に表示される前に、製品と価格の準備ができていることを確認してください。</translation>
    </message>
    <message>
        <source>Turn on test mode</source>
        <translation>テストモードをオン</translation>
    </message>
    <message>
        <source>Turn off test mode</source>
        <translation>テストモードをオフ</translation>
    </message>
    <message>
        <source>Test mode — purchases are free and no money moves</source>
        <translation>テストモード — 購入は無料で、お金は動きません</translation>
    </message>
    <message>
        <source>Turning off…</source>
        <translation>オフにしています…</translation>
    </message>
    <message>
        <source>Turn off test mode…</source>
        <translation>テストモードをオフにする…</translation>
    </message>
    <message>
        <source>Let purchases charge real money through the payment provider</source>
        <translation>購入時に決済プロバイダーを通じて実際のお金を請求するようにします</translation>
    </message>
    <message>
        <source>Live mode — purchases charge real money</source>
        <translation>本番モード — 購入時に実際のお金が請求されます</translation>
    </message>
    <message>
        <source>Turning on…</source>
        <translation>オンにしています…</translation>
    </message>
    <message>
        <source>Turn on test mode…</source>
        <translation>テストモードをオンにする…</translation>
    </message>
    <message>
        <source>Make purchases free while you try things out: no money moves</source>
        <translation>試している間は購入を無料にします: お金は動きません</translation>
    </message>
    <message>
        <source>Another change to the payments settings is being saved. Try again in a moment.</source>
        <translation>支払い設定に対する別の変更を保存しています。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThemesView</name>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>No themes yet.</source>
        <translation>テーマはまだありません。</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>新しいテーマ…</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>新しいテーマ</translation>
    </message>
    <message>
        <source>The themes could not be loaded.</source>
        <translation>テーマを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Use for this project</source>
        <translation>このプロジェクトで使用</translation>
    </message>
    <message>
        <source>Wrap the project's emails in the selected theme unless they choose another</source>
        <translation>別のテーマを選択していない限り、プロジェクトのメールを選択したテーマで包みます</translation>
    </message>
    <message>
        <source>“%1” is now the project's theme.</source>
        <translation>「%1」がプロジェクトのテーマになりました。</translation>
    </message>
    <message>
        <source>The project's theme was not changed.</source>
        <translation>プロジェクトのテーマは変更されませんでした。</translation>
    </message>
    <message>
        <source>Project's theme</source>
        <translation>プロジェクトのテーマ</translation>
    </message>
    <message>
        <source>The theme is empty.</source>
        <translation>テーマが空です。</translation>
    </message>
    <message>
        <source>The selected theme is already the project's theme</source>
        <translation>選択したテーマは既にプロジェクトのテーマです</translation>
    </message>
    <message>
        <source>Making “%1” the project's theme…</source>
        <translation>「%1」をプロジェクトのテーマにしています…</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation>新しいメッセージ ↓</translation>
    </message>
    <message>
        <source>Conversation messages</source>
        <translation>会話のメッセージ</translation>
    </message>
    <message>
        <source>Scroll to the new messages</source>
        <translation>新しいメッセージまでスクロールします</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Only the messages shown are in the text: Select All and Copy take those.</source>
        <translation>テキストに含まれるのは表示中のメッセージのみです: [すべて選択] と [コピー] の対象はそれらのメッセージです。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>以前のメッセージを %n 件表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionDetailPane</name>
    <message>
        <source>Select a transaction to see its entries.</source>
        <translation>取引を選択すると、そのエントリが表示されます。</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>取引 ID</translation>
    </message>
    <message>
        <source>Copy the transaction ID</source>
        <translation>取引 ID をコピー</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>発効日時</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>調整元</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Test mode: no real money moved</source>
        <translation>テストモード: 実際のお金は動いていません</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>No money moved</source>
        <translation>お金は動いていません</translation>
    </message>
    <message>
        <source>Not adjusted</source>
        <translation>調整なし</translation>
    </message>
    <message>
        <source>%1 (entry #%2)</source>
        <translation>%1 (エントリ #%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Entries (%1)</source>
        <translation>エントリ (%1)</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Show this customer's items and products</source>
        <translation>この顧客のアイテムと製品を表示します</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純額</translation>
    </message>
    <message>
        <source>inline product</source>
        <translation>インライン製品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>%1 (%2 each)</source>
        <translation>%1 (各 %2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>One-time purchase</source>
        <translation>1 回限りの購入</translation>
    </message>
    <message>
        <source>, entry #%1</source>
        <translation>、エントリ #%1</translation>
    </message>
    <message>
        <source>Adjusts</source>
        <translation>調整対象</translation>
    </message>
    <message>
        <source>Entry #%1 as sent by the server</source>
        <translation>サーバーから送信されたエントリ #%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TransactionsView</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>返金(&amp;R)…</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>取引の種類</translation>
    </message>
    <message>
        <source>Show one type of transaction (filtered by the server)</source>
        <translation>1 種類の取引を表示します (サーバーで絞り込み)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>顧客タイプ</translation>
    </message>
    <message>
        <source>Show the transactions of one kind of customer</source>
        <translation>1 種類の顧客の取引を表示します</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Custom customers</source>
        <translation>カスタム顧客</translation>
    </message>
    <message>
        <source>Load the transactions again (F5)</source>
        <translation>取引を再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions…</source>
        <translation>読み込み済みの取引(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;All transactions matching the filters…</source>
        <translation>フィルターに一致するすべての取引(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Loaded transactions (%1)…</source>
        <translation>読み込み済みの取引 (%1)(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the transactions as a CSV file for a spreadsheet</source>
        <translation>スプレッドシート用に取引を CSV ファイルとして保存します</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>Copy transaction &amp;ID</source>
        <translation>取引 ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <source>Transaction %1 is not among the loaded transactions (the filters may hide it).</source>
        <translation>取引 %1 は読み込み済みの取引に含まれていません (フィルターで非表示になっている可能性があります)。</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>取引を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 transactions loaded, loading more…</source>
        <translation>%1 件の取引を読み込みました。さらに読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 transactions loaded; scroll down for more</source>
        <translation>%1 件の取引を読み込みました。さらに表示するには下にスクロールしてください</translation>
    </message>
    <message>
        <source>All %1 matching transactions</source>
        <translation>一致する全 %1 件の取引</translation>
    </message>
    <message>
        <source>All %1 transactions</source>
        <translation>全 %1 件の取引</translation>
    </message>
    <message>
        <source>%1 transactions loaded; more exist but were not loaded. Narrow the filters, or export all of them to a file.</source>
        <translation>%1 件の取引を読み込みました。他にもありますが、読み込まれていません。フィルターを絞り込むか、すべてをファイルにエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 transactions loaded; loading more failed</source>
        <translation>%1 件の取引を読み込みました。追加の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The transactions could not be loaded. The reason is shown above.</source>
        <translation>取引を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>No transactions yet. Purchases, renewals, item quantity changes and refunds appear here.</source>
        <translation>取引はまだありません。購入、更新、アイテム数量の変更、返金がここに表示されます。</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>これらのフィルターに一致する取引はありません。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Select a purchase to refund it</source>
        <translation>返金する購入を選択してください</translation>
    </message>
    <message>
        <source>Give back (part of) what the selected purchase charged, and revoke the product</source>
        <translation>選択した購入で請求された金額 (の一部) を返金し、製品を取り消します</translation>
    </message>
    <message>
        <source>Export transactions to CSV</source>
        <translation>取引を CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting transactions…</source>
        <translation>取引をエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>取引をエクスポート</translation>
    </message>
    <message>
        <source>Exporting transactions… %1 written</source>
        <translation>取引をエクスポートしています… %1 件書き込み済み</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>%1 transactions exported to %2.</source>
        <translation>%1 件の取引を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The export failed; no file was written. %1</source>
        <translation>エクスポートに失敗しました。ファイルは書き込まれていません。%1</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TrustedDomainDialog</name>
    <message>
        <source>Add trusted domain</source>
        <translation>信頼済みドメインを追加</translation>
    </message>
    <message>
        <source>Edit trusted domain</source>
        <translation>信頼済みドメインを編集</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Handler path:</source>
        <translation>ハンドラーパス(&amp;H):</translation>
    </message>
    <message>
        <source>Sign-in redirects may only go to trusted domains. Use * for one part of a host name (https://*.example.com) and ** for any number of parts.</source>
        <translation>サインインのリダイレクト先は信頼済みドメインに限られます。ホスト名の 1 つの部分には * (https://*.example.com)、任意の数の部分には ** を使用します。</translation>
    </message>
    <message>
        <source>Enter the domain's base URL, e.g. https://example.com.</source>
        <translation>ドメインのベース URL を入力してください (例: https://example.com)。</translation>
    </message>
    <message>
        <source>The base URL may have at most %1 characters.</source>
        <translation>ベース URL は最大 %1 文字です。</translation>
    </message>
    <message>
        <source>The base URL starts with https:// (or http:// for local development).</source>
        <translation>ベース URL は https:// (ローカル開発の場合は http://) で始まります。</translation>
    </message>
    <message>
        <source>This is not a valid base URL: use a host name with optional * wildcards, e.g. https://*.example.com.</source>
        <translation>有効なベース URL ではありません: 必要に応じて * ワイルドカードを含むホスト名を使用してください (例: https://*.example.com)。</translation>
    </message>
    <message>
        <source>The handler path starts with /, e.g. /handler.</source>
        <translation>ハンドラーパスは / で始まります (例: /handler)。</translation>
    </message>
    <message>
        <source>The handler path may have at most %1 characters.</source>
        <translation>ハンドラーパスは最大 %1 文字です。</translation>
    </message>
    <message>
        <source>The handler path cannot contain spaces.</source>
        <translation>ハンドラーパスにスペースを含めることはできません。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::TypedConfirmationDialog</name>
    <message>
        <source>Type %1 exactly to enable this button.</source>
        <translation>このボタンを有効にするには、%1 と正確に入力してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UnknownOutcomePanel</name>
    <message>
        <source>&amp;Look in the Outbox</source>
        <translation>送信トレイを確認(&amp;L)</translation>
    </message>
    <message>
        <source>I checked the Outbox: these emails were &amp;not queued. Send them again.</source>
        <translation>送信トレイを確認しました: これらのメールはキューに登録されていません。再送信します(&amp;N)。</translation>
    </message>
    <message>
        <source>Read the newest Outbox emails of a recipient and look for this draft's</source>
        <translation>受信者の最新の送信トレイのメールを読み取り、この下書きのメールを探します</translation>
    </message>
    <message>
        <source>The answer to sending at %1 did not arrive: the emails may be queued already, and the server does not notice a second send. Look in the Outbox before sending again.</source>
        <translation>%1 の送信に対する応答が届きませんでした: メールは既にキューに登録されている可能性があり、サーバーは 2 回目の送信を検出しません。再送信する前に送信トレイを確認してください。</translation>
    </message>
    <message>
        <source>Looking in the Outbox…</source>
        <translation>送信トレイを確認しています…</translation>
    </message>
    <message>
        <source>The Outbox could not be read (%1). Look on the Outbox tab of the Emails page.</source>
        <translation>送信トレイを読み取れませんでした (%1)。[メール] ページの [送信トレイ] タブを確認してください。</translation>
    </message>
    <message>
        <source>The Outbox has this draft's email, created at %1: the emails were queued. Sending again would send them twice.</source>
        <translation>送信トレイに %1 に作成されたこの下書きのメールがあります: メールはキューに登録されています。再送信すると 2 回送信されます。</translation>
    </message>
    <message>
        <source>The Outbox has no email of this draft since %1 for the first recipient. A large send may still be queuing: look again in a minute before sending again.</source>
        <translation>送信トレイには、%1 以降の最初の受信者宛てのこの下書きのメールがありません。大量の送信はまだキューに登録中の可能性があります: 再送信する前に 1 分後にもう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserActions</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新しいユーザー(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit user…</source>
        <translation>ユーザーを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Restrict…</source>
        <translation>制限(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove &amp;two-factor authentication…</source>
        <translation>2 要素認証を削除(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Impersonate…</source>
        <translation>なりすまし(&amp;I)…</translation>
    </message>
    <message>
        <source>Send &amp;password-reset email…</source>
        <translation>パスワードリセットメールを送信(&amp;P)…</translation>
    </message>
    <message>
        <source>Send sign-in in&amp;vitation…</source>
        <translation>サインインの招待を送信(&amp;V)…</translation>
    </message>
    <message>
        <source>Add to &amp;team…</source>
        <translation>チームに追加(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Grant project permission…</source>
        <translation>プロジェクト権限を付与(&amp;G)…</translation>
    </message>
    <message>
        <source>Copy user &amp;ID</source>
        <translation>ユーザー ID をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy e&amp;mail</source>
        <translation>メールをコピー(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport users…</source>
        <translation>ユーザーをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a user (%1)</source>
        <translation>ユーザーを作成します (%1)</translation>
    </message>
    <message>
        <source>Export the users matching the search and filters to CSV or JSON (%1)</source>
        <translation>検索とフィルターに一致するユーザーを CSV または JSON にエクスポートします (%1)</translation>
    </message>
    <message>
        <source>Lift &amp;restriction…</source>
        <translation>制限を解除(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n user(s)…</source>
        <translation>
            <numerusform>%n 人のユーザーを削除(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <source>This user has no email address.</source>
        <translation>このユーザーにはメールアドレスがありません。</translation>
    </message>
    <message>
        <source>Two-factor authentication was not removed.</source>
        <translation>2 要素認証は削除されませんでした。</translation>
    </message>
    <message>
        <source>Send emai&amp;l…</source>
        <translation>メールを送信(&amp;L)…</translation>
    </message>
    <message>
        <source>Sending a draft needs admin access: connect with an admin key or a dashboard account.</source>
        <translation>下書きを送信するには管理者アクセスが必要です: 管理者キーまたはダッシュボードアカウントで接続してください。</translation>
    </message>
    <message>
        <source>Send one of the project's email drafts to the selected users</source>
        <translation>プロジェクトのメールの下書きを選択したユーザーに送信します</translation>
    </message>
    <message>
        <source>Start s&amp;upport conversation…</source>
        <translation>サポートの会話を開始(&amp;U)…</translation>
    </message>
    <message>
        <source>Support con&amp;versations…</source>
        <translation>サポートの会話(&amp;V)…</translation>
    </message>
    <message>
        <source>Write to this user in a new support conversation</source>
        <translation>新しいサポートの会話でこのユーザーにメッセージを書きます</translation>
    </message>
    <message>
        <source>Show this user's support conversations</source>
        <translation>このユーザーのサポートの会話を表示します</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserConfirmations</name>
    <message>
        <source>Remove two-factor authentication</source>
        <translation>2 要素認証を削除</translation>
    </message>
    <message>
        <source>Remove the two-factor authentication of %1?</source>
        <translation>%1 の 2 要素認証を削除しますか?</translation>
    </message>
    <message>
        <source>They can then sign in with their password alone, and can set up an authenticator app again. Do this only after checking who asks for it.</source>
        <translation>その後、ユーザーはパスワードのみでサインインでき、認証アプリを再度設定できます。依頼者が誰かを確認してから実行してください。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserDetailPanel</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation>ユーザーを選択すると、その詳細が表示されます。</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>最終アクティブ %1</translation>
    </message>
    <message>
        <source>Never active</source>
        <translation>アクティブ履歴なし</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Contact channels: the user's email addresses</source>
        <translation>連絡先チャネル: ユーザーのメールアドレス</translation>
    </message>
    <message>
        <source>Accounts linked with OAuth providers</source>
        <translation>OAuth プロバイダーとリンクされたアカウント</translation>
    </message>
    <message>
        <source>Teams and project permissions</source>
        <translation>チームとプロジェクト権限</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>ユーザーの詳細</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>The user's own API keys</source>
        <translation>ユーザー自身の API キー</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserFieldErrors</name>
    <message>
        <source>Another user already signs in with this email address. Choose another address, or turn off “Used for sign-in” to add it to this user anyway.</source>
        <translation>別のユーザーが既にこのメールアドレスでサインインしています。別のアドレスを選択するか、「サインインに使用」をオフにしてこのユーザーに追加してください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPermissionsView</name>
    <message>
        <source>Grant…</source>
        <translation>付与…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>プロジェクト権限</translation>
    </message>
    <message>
        <source>Project permissions of the user</source>
        <translation>ユーザーのプロジェクト権限</translation>
    </message>
    <message>
        <source>Give the user a project permission</source>
        <translation>ユーザーにプロジェクト権限を付与します</translation>
    </message>
    <message>
        <source>Permissions are granted here by typing their id.</source>
        <translation>ここでは権限の ID を入力して付与します。</translation>
    </message>
    <message>
        <source>No project permissions.</source>
        <translation>プロジェクト権限はありません。</translation>
    </message>
    <message>
        <source>Loading permissions…</source>
        <translation>権限を読み込んでいます…</translation>
    </message>
    <message>
        <source>The permissions could not be loaded. The reason is shown above.</source>
        <translation>権限を読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>The project defines no permissions yet: create them in the Permissions page</source>
        <translation>プロジェクトにはまだ権限が定義されていません: [権限] ページで作成してください</translation>
    </message>
    <message>
        <source>The user already holds every permission the project defines</source>
        <translation>ユーザーは既にプロジェクトで定義されているすべての権限を持っています</translation>
    </message>
    <message>
        <source>This permission is inherited: revoke the permission that contains it</source>
        <translation>この権限は継承されています: この権限を含む権限を取り消してください</translation>
    </message>
    <message>
        <source>Take the selected permission away from the user</source>
        <translation>選択した権限をユーザーから取り消します</translation>
    </message>
    <message>
        <source>Permission id (for example “read_reports”):</source>
        <translation>権限 ID (例:「read_reports」):</translation>
    </message>
    <message>
        <source>Permission to grant to %1:</source>
        <translation>%1 に付与する権限:</translation>
    </message>
    <message>
        <source>Grant permission</source>
        <translation>権限を付与</translation>
    </message>
    <message>
        <source>Granting %1…</source>
        <translation>%1 を付与しています…</translation>
    </message>
    <message>
        <source>%1 granted.</source>
        <translation>%1 を付与しました。</translation>
    </message>
    <message>
        <source>Granting %1 failed.</source>
        <translation>%1 の付与に失敗しました。</translation>
    </message>
    <message>
        <source>Revoke permission</source>
        <translation>権限を取り消し</translation>
    </message>
    <message>
        <source>Take %1 away from %2?</source>
        <translation>%2 から %1 を取り消しますか?</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 を失効させています…</translation>
    </message>
    <message>
        <source>%1 revoked.</source>
        <translation>%1 を失効させました。</translation>
    </message>
    <message>
        <source>Revoking %1 failed.</source>
        <translation>%1 の失効に失敗しました。</translation>
    </message>
    <message>
        <source>Team permissions</source>
        <translation>チーム権限</translation>
    </message>
    <message>
        <source>Team permissions of the member</source>
        <translation>メンバーのチーム権限</translation>
    </message>
    <message>
        <source>Give the member a permission in this team</source>
        <translation>このチーム内でメンバーに権限を付与します</translation>
    </message>
    <message>
        <source>No permissions in this team.</source>
        <translation>このチーム内の権限はありません。</translation>
    </message>
    <message>
        <source>The project defines no team permissions yet: create them in the Permissions page</source>
        <translation>プロジェクトにはまだチーム権限が定義されていません: [権限] ページで作成してください</translation>
    </message>
    <message>
        <source>The member already holds every team permission the project defines</source>
        <translation>メンバーは既にプロジェクトで定義されているすべてのチーム権限を持っています</translation>
    </message>
    <message>
        <source>Take the selected permission away from the member in this team</source>
        <translation>このチーム内で、選択した権限をメンバーから取り消します</translation>
    </message>
    <message>
        <source>Team permission id (for example “team_admin” or “$read_members”):</source>
        <translation>チーム権限 ID (例:「team_admin」または「$read_members」):</translation>
    </message>
    <message>
        <source>Permission to grant to %1 in this team:</source>
        <translation>このチーム内で %1 に付与する権限:</translation>
    </message>
    <message>
        <source>Take %1 away from %2 in this team?</source>
        <translation>このチーム内で %2 から %1 を取り消しますか?</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserPickerDialog</name>
    <message>
        <source>Search for users by name, email or user ID, and tick the ones you want.</source>
        <translation>名前、メール、ユーザー ID でユーザーを検索し、必要なユーザーをチェックしてください。</translation>
    </message>
    <message>
        <source>Include &amp;anonymous users</source>
        <translation>匿名ユーザーを含める(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>選択</translation>
    </message>
    <message numerus="yes">
        <source>Choose %n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザーを選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose users</source>
        <translation>ユーザーを選択</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>名前、メール、ユーザー ID で検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Anonymous users are hidden unless you ask for them</source>
        <translation>匿名ユーザーは、指定しない限り非表示になります</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>見つかったユーザー</translation>
    </message>
    <message>
        <source>Untick everyone</source>
        <translation>すべてのチェックを外します</translation>
    </message>
    <message>
        <source>Finish with the users chosen (Ctrl+Enter)</source>
        <translation>選択したユーザーで完了します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nobody chosen yet: tick the users you want.</source>
        <translation>まだ誰も選択されていません: 必要なユーザーをチェックしてください。</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>選択済み (%1): %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · loading more…</source>
        <translation>
            <numerusform>%n 人のユーザーを表示中 · さらに読み込んでいます…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) shown · scroll down for more</source>
        <translation>
            <numerusform>%n 人のユーザーを表示中 · さらに表示するには下にスクロールしてください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no users yet.</source>
        <translation>このプロジェクトにはまだユーザーがいません。</translation>
    </message>
    <message>
        <source>No users match “%1”. The search looks at names, emails and exact user IDs.</source>
        <translation>「%1」に一致するユーザーはいません。検索対象は名前、メール、完全一致のユーザー ID です。</translation>
    </message>
    <message>
        <source>The search failed; the reason is shown above.</source>
        <translation>検索に失敗しました。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>ユーザーを選択</translation>
    </message>
    <message>
        <source>Search for the user by name, email or user ID, and tick them.</source>
        <translation>名前、メール、ユーザー ID でユーザーを検索し、チェックしてください。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UserTeamsView</name>
    <message>
        <source>Open team</source>
        <translation>チームを開く</translation>
    </message>
    <message>
        <source>Remove from team…</source>
        <translation>チームから削除…</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Teams of the user</source>
        <translation>ユーザーのチーム</translation>
    </message>
    <message>
        <source>Show the selected team in the Teams page</source>
        <translation>選択したチームを [チーム] ページに表示します</translation>
    </message>
    <message>
        <source>Take the user out of the selected team</source>
        <translation>選択したチームからユーザーを外します</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>どのチームのメンバーでもありません。</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>The teams could not be loaded. The reason is shown above.</source>
        <translation>チームを読み込めませんでした。理由は上に表示されています。</translation>
    </message>
    <message>
        <source>Remove from team</source>
        <translation>チームから削除</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose the team's permissions.</source>
        <translation>%2 から %1 を削除しますか? チームの権限が失われます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removing from %1…</source>
        <translation>%1 から削除しています…</translation>
    </message>
    <message>
        <source>Removed from %1.</source>
        <translation>%1 から削除しました。</translation>
    </message>
    <message>
        <source>Removing from %1 failed.</source>
        <translation>%1 からの削除に失敗しました。</translation>
    </message>
</context>
<context>
    <name>hexclave::ui::UsersPage</name>
    <message>
        <source>Restricted</source>
        <translation>制限中</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Only anonymous</source>
        <translation>匿名のみ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>一覧を再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Reload users</source>
        <translation>ユーザーを再読み込み</translation>
    </message>
    <message>
        <source>Search by name, email or user ID</source>
        <translation>名前、メール、ユーザー ID で検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Newest sign-ups first</source>
        <translation>登録日の新しい順</translation>
    </message>
    <message>
        <source>Oldest sign-ups first</source>
        <translation>登録日の古い順</translation>
    </message>
    <message>
        <source>Recently active first</source>
        <translation>最終アクティブの新しい順</translation>
    </message>
    <message>
        <source>Least recently active first</source>
        <translation>最終アクティブの古い順</translation>
    </message>
    <message>
        <source>Order of users</source>
        <translation>ユーザーの並び順</translation>
    </message>
    <message>
        <source>Also show users who are restricted (unverified email, or restricted by an administrator)</source>
        <translation>制限中のユーザー (メール未確認、または管理者による制限) も表示します</translation>
    </message>
    <message>
        <source>Also show anonymous users (and restricted ones)</source>
        <translation>匿名ユーザー (および制限中のユーザー) も表示します</translation>
    </message>
    <message>
        <source>Show anonymous users only</source>
        <translation>匿名ユーザーのみを表示します</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>The list changed on the server while you scrolled; it was reloaded from the top.</source>
        <translation>スクロール中にサーバー上の一覧が変更されたため、先頭から再読み込みしました。</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 users shown · loading more…</source>
        <translation>%1 人のユーザーを表示中 · さらに読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 users shown · scroll down for more</source>
        <translation>%1 人のユーザーを表示中 · さらに表示するには下にスクロールしてください</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users shown · loading failed</source>
        <translation>%1 人のユーザーを表示中 · 読み込みに失敗しました</translation>
    </message>
    <message>
        <source>No users match these filters yet.</source>
        <translation>これらのフィルターに一致するユーザーはまだいません。</translation>
    </message>
    <message>
        <source>No users match “%1”.
The search looks at names, emails and exact user IDs.</source>
        <translation>「%1」に一致するユーザーはいません。
検索対象は名前、メール、完全一致のユーザー ID です。</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What can be done with the selected users (also on right-click)</source>
        <translation>選択したユーザーに対して実行できる操作 (右クリックでも表示)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) not loaded yet — scroll to them to include them</source>
        <translation>
            <numerusform>選択した %n 行はまだ読み込まれていません — 含めるにはその行までスクロールしてください</numerusform>
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
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Hexclave (Stack Auth) projects: users, teams, permissions, keys, payments, emails, support and configuration.</source>
        <translation>Hexclave (Stack Auth) プロジェクト用のデスクトップコンソール: ユーザー、チーム、権限、キー、支払い、メール、サポート、構成。</translation>
    </message>
    <message>
        <source>Start a built-in demo server with sample data and sign in to it.</source>
        <translation>サンプルデータを含む組み込みのデモサーバーを起動し、サインインします。</translation>
    </message>
    <message>
        <source>Number of sample users of the demo server (default 120).</source>
        <translation>デモサーバーのサンプルユーザー数 (デフォルトは 120)。</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>このページを開きます: %1。</translation>
    </message>
    <message>
        <source>Save a picture of the window once the page's first data has loaded, then exit.</source>
        <translation>ページの最初のデータが読み込まれたらウィンドウの画像を保存して、終了します。</translation>
    </message>
    <message>
        <source>Print start-up timings and request counts (for benchmarks).</source>
        <translation>起動時間とリクエスト数を出力します (ベンチマーク用)。</translation>
    </message>
    <message>
        <source>--demo-users needs a number between 0 and 5000000.</source>
        <translation>--demo-users には 0 から 5000000 までの数値が必要です。</translation>
    </message>
    <message>
        <source>Unknown page "%1". Pages: %2.</source>
        <translation>不明なページ "%1"。ページ: %2。</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (options start with --).</source>
        <translation>予期しない引数 "%1" (オプションは -- で始まります)。</translation>
    </message>
    <message>
        <source>--demo-users only applies together with --demo.</source>
        <translation>--demo-users は --demo と一緒に指定した場合にのみ有効です。</translation>
    </message>
    <message>
        <source>The demo server has no analytics store: the overview shows what it can compute from the users.</source>
        <translation>デモサーバーにはアナリティクスストアがありません: 概要にはユーザーから計算できる内容が表示されます。</translation>
    </message>
    <message>
        <source>Open this hexclave.config.ts for offline editing (no connection needed; offers to create it when missing).</source>
        <translation>この hexclave.config.ts をオフライン編集用に開きます (接続は不要です。ファイルがない場合は作成を提案します)。</translation>
    </message>
    <message>
        <source>--demo-no-metrics only applies together with --demo.</source>
        <translation>--demo-no-metrics は --demo と一緒に指定した場合にのみ有効です。</translation>
    </message>
    <message>
        <source>Language of the interface for this run: %1.</source>
        <translation>今回の実行で使用するインターフェースの言語: %1。</translation>
    </message>
    <message>
        <source>Light or dark look for this run: %1.</source>
        <translation>今回の実行で使用するライトまたはダークの外観: %1。</translation>
    </message>
    <message>
        <source>Unknown language "%1". Languages: %2.</source>
        <translation>不明な言語「%1」です。使用できる言語: %2。</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Color schemes: %2.</source>
        <translation>不明な配色「%1」です。使用できる配色: %2。</translation>
    </message>
    <message>
        <source>Share of the demo server's answers (0 to 1) that fail on purpose once signed in: slow answers, rate limits, server errors, dropped connections, broken bodies.</source>
        <translation>サインイン後、デモサーバーの応答のうち意図的に失敗させる割合 (0 から 1): 応答の遅延、レート制限、サーバーエラー、接続の切断、壊れた応答本文。</translation>
    </message>
    <message>
        <source>--demo-faults needs a number between 0 and 1, e.g. 0.2.</source>
        <translation>--demo-faults には 0 から 1 までの数値 (例: 0.2) が必要です。</translation>
    </message>
    <message>
        <source>--demo-faults only applies together with --demo.</source>
        <translation>--demo-faults は --demo と一緒に指定した場合にのみ有効です。</translation>
    </message>
</context>
</TS>
