<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>クリア: %1</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The change may or may not have been made: refresh to see the current state.</source>
        <translation>変更が反映されたかどうかは不明です。最新の状態を確認するには再読み込みしてください。</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not a token list (no totalCount, or a malformed accessTokens array)</source>
        <translation>トークン一覧ではありません (totalCount がないか、accessTokens 配列の形式が不正です)</translation>
    </message>
    <message>
        <source>no action OK with an access token</source>
        <translation>action が OK ではないか、アクセストークンがありません</translation>
    </message>
    <message>
        <source>no action OK</source>
        <translation>action が OK ではありません</translation>
    </message>
    <message>
        <source>no revoked count</source>
        <translation>失効件数 (count) がありません</translation>
    </message>
    <message>
        <source> (certificate for %1, issued by %2, valid %3 to %4)</source>
        <translation> (証明書の対象: %1、発行者: %2、有効期間: %3 ～ %4)</translation>
    </message>
    <message numerus="yes">
        <source>TokenDesk gave up after %Ln attempts within %1 s.</source>
        <translation>
            <numerusform>TokenDesk は %1 秒以内に %Ln 回試行して断念しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last attempt: %1</source>
        <translation>最後の試行: %1</translation>
    </message>
    <message>
        <source>The server asked to be retried in %1 s; TokenDesk waits at most %2 s between attempts.</source>
        <translation>サーバーは %1 秒後の再試行を求めました。TokenDesk が試行の間に待つのは最大 %2 秒です。</translation>
    </message>
    <message>
        <source>The server asked to be retried in %1 s, past this call&apos;s deadline of %2 s.</source>
        <translation>サーバーは %1 秒後の再試行を求めましたが、この呼び出しの期限 %2 秒を過ぎます。</translation>
    </message>
    <message numerus="yes">
        <source>the server sent %Ln tokens for a window of %1</source>
        <translation>
            <numerusform>%1 件の範囲に対してサーバーが %Ln 件のトークンを送りました</numerusform>
        </translation>
    </message>
    <message>
        <source>the server claims %1 tokens, more than any service holds (at most %2 are believed)</source>
        <translation>サーバーはアクセストークンが %1 件あると返しましたが、これはどのサービスも保持しえない件数です(信頼する上限は %2 件)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>an HTML page, most likely from a proxy or gateway rather than from Authlete</source>
        <translation>HTML ページ (Authlete ではなく、プロキシやゲートウェイからの応答と思われます)</translation>
    </message>
    <message>
        <source>%1 (an HTML page, most likely from a proxy or gateway rather than from Authlete)</source>
        <translation>%1 (HTML ページ。Authlete ではなく、プロキシやゲートウェイからの応答と思われます)</translation>
    </message>
    <message>
        <source>The request was not sent: %1</source>
        <translation>リクエストは送信されませんでした: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1. Check the URL and your network connection.</source>
        <translation>サーバーに接続できませんでした: %1。URL とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not trusted: %1. If your Authlete server uses a private certificate authority, set its CA file in the connection; a certificate that expired or names another host must be replaced on the server.</source>
        <translation>サーバーの TLS 証明書を信頼できませんでした: %1。Authlete サーバーがプライベート認証局を使用している場合は、接続設定でその CA ファイルを指定してください。有効期限切れの証明書や別のホスト名の証明書は、サーバー側で差し替える必要があります。</translation>
    </message>
    <message>
        <source>The server redirected to another origin (%1). TokenDesk does not follow it, so that the credential is never sent there.</source>
        <translation>サーバーが別のオリジン (%1) へリダイレクトしました。認証情報がそこへ送られないよう、TokenDesk はリダイレクトに従いません。</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be read as an Authlete response: %1</source>
        <translation>サーバーの応答を Authlete のレスポンスとして読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (400)%1</source>
        <translation>サーバーがリクエストを不正として拒否しました (400)%1</translation>
    </message>
    <message>
        <source>The service access token was refused (401). Edit the connection&apos;s credential.%1</source>
        <translation>サービスアクセストークンが拒否されました (401)。接続の認証情報を編集してください。%1</translation>
    </message>
    <message>
        <source>The credential is not allowed to do this on this service (403). Check the service ID and the token&apos;s permissions.%1</source>
        <translation>この認証情報には、このサービスでこの操作を行う権限がありません (403)。サービス ID とトークンの権限を確認してください。%1</translation>
    </message>
    <message>
        <source>Not found (404): the token or service does not exist, or no longer does.%1</source>
        <translation>見つかりません (404): トークンまたはサービスが存在しないか、すでに存在しません。%1</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests (429). Try again in a moment.%1</source>
        <translation>サーバーがリクエスト数を制限しています (429)。しばらくしてから再試行してください。%1</translation>
    </message>
    <message>
        <source>The server had an error (%1). Try again later.%2</source>
        <translation>サーバーでエラーが発生しました (%1)。時間をおいて再試行してください。%2</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.%2</source>
        <translation>サーバーが HTTP ステータス %1 を返しました。%2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The server did not answer in time (nothing came for %1 s).</source>
        <translation>サーバーが時間内に応答しませんでした (%1 秒間何も届きませんでした)。</translation>
    </message>
    <message>
        <source>The server did not finish its reply within %1 s.</source>
        <translation>サーバーは %1 秒以内に応答を送り終えませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The server gave no answer after %Ln attempts within %1 s.</source>
        <translation>
            <numerusform>%1 秒以内に %Ln 回試行しましたが、サーバーは応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server announced a reply of %1, larger than the limit of %2; it was not read.</source>
        <translation>サーバーは %1 の応答を送ると通知しました。上限の %2 を超えるため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1; it was not read.</source>
        <translation>サーバーの応答が %1 を超えたため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>The server redirected in a loop (more than %1 redirects).</source>
        <translation>サーバーのリダイレクトがループしています (%1 回を超えるリダイレクト)。</translation>
    </message>
    <message>
        <source>The server redirected to a non-HTTP address (%1); TokenDesk follows only http and https within the same origin.</source>
        <translation>サーバーは HTTP 以外のアドレス (%1) にリダイレクトしました。TokenDesk が従うのは同じオリジン内の http と https だけです。</translation>
    </message>
    <message>
        <source>The server redirected (HTTP status %1) without saying where.</source>
        <translation>サーバーはリダイレクト先を示さずにリダイレクトしました (HTTP ステータス %1)。</translation>
    </message>
    <message>
        <source>The server sent an informational reply (HTTP status %1) where its answer belonged; TokenDesk cannot read past it.%2</source>
        <translation>サーバーは本来の応答の代わりに情報応答 (HTTP ステータス %1) を送りました。TokenDesk はその先を読めません。%2</translation>
    </message>
    <message>
        <source>TokenDesk stopped looking for the token: %1. Refresh to see the current state.</source>
        <translation>アクセストークンの検索を打ち切りました: %1。最新の状態を見るには再読み込みしてください。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 could not be written: %2</source>
        <translation>監査ログ %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>its folder could not be created.</source>
        <translation>フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>it could not be synced to disk.</source>
        <translation>ディスクに同期できませんでした。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filter audit entries</source>
        <translation>監査ログのエントリーを絞り込む</translation>
    </message>
    <message>
        <source>Export the shown audit entries</source>
        <translation>表示中の監査ログエントリーをエクスポート</translation>
    </message>
    <message>
        <source>Saves the entries the filter shows as JSON Lines or CSV</source>
        <translation>フィルターで表示中のエントリーを JSON Lines または CSV で保存します</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>監査ログのエントリー</translation>
    </message>
    <message>
        <source>Unreadable lines</source>
        <translation>読み取れない行</translation>
    </message>
    <message>
        <source>One unreadable line was skipped</source>
        <translation>読み取れない行を 1 行スキップしました</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable lines were skipped</source>
        <translation>
            <numerusform>読み取れない行を %n 行スキップしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Result code</source>
        <translation>結果コード</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The audit log can be exported as .jsonl or .csv files, not as %1.</source>
        <translation>監査ログは .jsonl または .csv ファイルにエクスポートできます。%1 にはエクスポートできません。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>Token hash</source>
        <translation>トークンハッシュ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>AuthleteClient</name>
    <message>
        <source>the CA certificate file %1 could not be read as PEM</source>
        <translation>CA 証明書ファイル %1 を PEM として読み取れませんでした</translation>
    </message>
    <message>
        <source>no token was named</source>
        <translation>トークンが指定されていません</translation>
    </message>
    <message>
        <source>%1 can only be sent in a JSON body, not form-encoded</source>
        <translation>%1 は JSON 形式の本文でのみ送信でき、フォーム形式では送信できません</translation>
    </message>
    <message>
        <source>the connection has no service ID</source>
        <translation>接続にサービス ID が設定されていません</translation>
    </message>
    <message>
        <source>the connection has no credential</source>
        <translation>接続に認証情報が設定されていません</translation>
    </message>
</context>
<context>
    <name>AuthorizationDetails</name>
    <message>
        <source>In element %1, &quot;%2&quot; must be an array of strings.</source>
        <translation>要素 %1 の &quot;%2&quot; は文字列の配列である必要があります。</translation>
    </message>
    <message>
        <source>In element %1, &quot;identifier&quot; must be a string.</source>
        <translation>要素 %1 の &quot;identifier&quot; は文字列である必要があります。</translation>
    </message>
    <message>
        <source>In element %1, &quot;otherFields&quot; must be a JSON object as a string.</source>
        <translation>要素 %1 の &quot;otherFields&quot; は、JSON オブジェクトを表す文字列である必要があります。</translation>
    </message>
    <message>
        <source>Element %1 has no &quot;type&quot;.</source>
        <translation>要素 %1 に &quot;type&quot; がありません。</translation>
    </message>
    <message>
        <source>Expected {&quot;elements&quot;: [...]} or an RFC 9396 array of objects.</source>
        <translation>{&quot;elements&quot;: [...]} または RFC 9396 形式のオブジェクト配列を指定してください。</translation>
    </message>
    <message>
        <source>Element %1 is not a JSON object.</source>
        <translation>要素 %1 は JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>List the saved connections (no secrets).</source>
        <translation>保存された接続を一覧表示します（シークレットは表示しません）。</translation>
    </message>
    <message>
        <source>[--subject S] [--client C] [--status S] [--all | --start N --end N]</source>
        <translation>[--subject S] [--client C] [--status S] [--all | --start N --end N]</translation>
    </message>
    <message>
        <source>List tokens (their hashes and details, never their values).</source>
        <translation>トークンを一覧表示します（ハッシュと詳細のみ。値は表示しません）。</translation>
    </message>
    <message>
        <source>[--subject S] [--client C] [--status S]</source>
        <translation>[--subject S] [--client C] [--status S]</translation>
    </message>
    <message>
        <source>Count tokens without listing them.</source>
        <translation>トークンを一覧取得せずに件数を数えます。</translation>
    </message>
    <message>
        <source>--grant-type G --client C [--subject S] [--scope X]… | --from-json FILE</source>
        <translation>--grant-type G --client C [--subject S] [--scope X]… | --from-json FILE</translation>
    </message>
    <message>
        <source>Create a token; its values are printed once, to stdout or --values-to.</source>
        <translation>トークンを作成します。値は一度だけ、標準出力または --values-to のファイルに出力されます。</translation>
    </message>
    <message>
        <source>HASH | --value-stdin [--scopes …] [--expires-at T | --expires-in D] …</source>
        <translation>HASH | --value-stdin [--scopes …] [--expires-at T | --expires-in D] …</translation>
    </message>
    <message>
        <source>Change a token&apos;s scopes, expiry or properties.</source>
        <translation>トークンのスコープ、有効期限、プロパティを変更します。</translation>
    </message>
    <message>
        <source>HASH… | --subject S [--client C] | --client C | --subjects-from FILE</source>
        <translation>HASH… | --subject S [--client C] | --client C | --subjects-from FILE</translation>
    </message>
    <message>
        <source>Revoke tokens: by hash, all of a subject and/or client, or all of a list of subjects.</source>
        <translation>トークンを失効させます: ハッシュ指定、サブジェクトやクライアントの全トークン、またはサブジェクト一覧の全トークン。</translation>
    </message>
    <message>
        <source>HASH…</source>
        <translation>HASH…</translation>
    </message>
    <message>
        <source>Delete tokens by hash.</source>
        <translation>ハッシュを指定してトークンを削除します。</translation>
    </message>
    <message>
        <source>Unknown command “%1”; “tokendesk-cli --help” lists the commands.</source>
        <translation>不明なコマンド「%1」です。コマンドの一覧は「tokendesk-cli --help」で表示できます。</translation>
    </message>
    <message>
        <source>Only the tokens of this subject (user).</source>
        <translation>このサブジェクト（ユーザー）のトークンのみ。</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Only the tokens of this client (ID or alias).</source>
        <translation>このクライアント（ID またはエイリアス）のトークンのみ。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Only valid or only expired tokens (all, valid, expired).</source>
        <translation>有効なトークンのみ、または期限切れのトークンのみ（all、valid、expired）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Why, for the audit log (a ticket number, say).</source>
        <translation>理由（チケット番号など）。監査ログに記録されます。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Do not ask; needed when stdin is not a terminal.</source>
        <translation>確認しません。標準入力が端末でない場合に必要です。</translation>
    </message>
    <message>
        <source>Show what would change, and change nothing.</source>
        <translation>何が変更されるかを表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Write each item&apos;s outcome to this file, as JSON.</source>
        <translation>各項目の結果を JSON でこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>table or json.</source>
        <translation>table または json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Every token of the filter (loaded 20 at a time, several requests at once).</source>
        <translation>条件に合うすべてのトークン（20 件ずつ、複数のリクエストを同時に読み込みます）。</translation>
    </message>
    <message>
        <source>The first token&apos;s index.</source>
        <translation>最初のトークンのインデックス。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The index after the last token (default: start + 20).</source>
        <translation>最後のトークンの次のインデックス（既定: start + 20）。</translation>
    </message>
    <message>
        <source>table, json, jsonl or csv.</source>
        <translation>table、json、jsonl または csv。</translation>
    </message>
    <message>
        <source>Comma-separated columns: %1.</source>
        <translation>カンマ区切りの列: %1。</translation>
    </message>
    <message>
        <source>names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The grant type, as the API names it (AUTHORIZATION_CODE, CLIENT_CREDENTIALS, …).</source>
        <translation>API での名前によるグラントタイプ（AUTHORIZATION_CODE、CLIENT_CREDENTIALS など）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>The client (ID or alias).</source>
        <translation>クライアント（ID またはエイリアス）。</translation>
    </message>
    <message>
        <source>The subject (user); not for CLIENT_CREDENTIALS.</source>
        <translation>サブジェクト（ユーザー）。CLIENT_CREDENTIALS では指定しません。</translation>
    </message>
    <message>
        <source>A scope; repeat for more.</source>
        <translation>スコープ。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>The access token&apos;s lifetime: seconds, or 15m, 12h, 30d.</source>
        <translation>アクセストークンの有効期間: 秒数、または 15m、12h、30d など。</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>The refresh token&apos;s lifetime.</source>
        <translation>リフレッシュトークンの有効期間。</translation>
    </message>
    <message>
        <source>An extra property, key=value; repeat for more.</source>
        <translation>追加のプロパティ（key=value）。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>The whole request as the API&apos;s JSON, from a file (- for stdin).</source>
        <translation>リクエスト全体を API の JSON でファイルから読み込みます（- で標準入力）。</translation>
    </message>
    <message>
        <source>Write the new values to this new file (created readable by you only) instead of stdout.</source>
        <translation>新しい値を標準出力ではなく、この新しいファイル（本人のみ読み取り可能として作成）に書き出します。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text または json。</translation>
    </message>
    <message>
        <source>Name the token by its value, read from stdin (never from the command line).</source>
        <translation>トークンを値で指定します。値は標準入力から読み込みます（コマンドラインでは受け付けません）。</translation>
    </message>
    <message>
        <source>Replace the scopes with these (space-separated).</source>
        <translation>スコープをこれら（空白区切り）で置き換えます。</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Add a scope; repeat for more.</source>
        <translation>スコープを追加します。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>Remove a scope; repeat for more.</source>
        <translation>スコープを削除します。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>The access token&apos;s new expiry (ISO 8601, e.g. 2027-01-31T12:00:00Z).</source>
        <translation>アクセストークンの新しい有効期限（ISO 8601。例: 2027-01-31T12:00:00Z）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>The access token&apos;s new expiry, from now: seconds, or 15m, 12h, 30d.</source>
        <translation>現在からのアクセストークンの新しい有効期限: 秒数、または 15m、12h、30d など。</translation>
    </message>
    <message>
        <source>Replace the properties with these, key=value; repeat for more.</source>
        <translation>プロパティをこれら（key=value）で置き換えます。複数ある場合は繰り返し指定します。</translation>
    </message>
    <message>
        <source>The token&apos;s subject, which makes finding it faster.</source>
        <translation>トークンのサブジェクト。指定すると早く見つかります。</translation>
    </message>
    <message>
        <source>The access token&apos;s hash.</source>
        <translation>アクセストークンのハッシュ。</translation>
    </message>
    <message>
        <source>[HASH]</source>
        <translation>[HASH]</translation>
    </message>
    <message>
        <source>Revoke every token of this subject (user).</source>
        <translation>このサブジェクト（ユーザー）のすべてのトークンを失効させます。</translation>
    </message>
    <message>
        <source>Revoke every token of this client (with --subject: of that subject only).</source>
        <translation>このクライアントのすべてのトークンを失効させます（--subject と併用すると、そのサブジェクトのもののみ）。</translation>
    </message>
    <message>
        <source>Revoke every token of each subject listed in this file (- for stdin): one per line, or CSV with a subject column.</source>
        <translation>このファイル（- で標準入力）に列挙された各サブジェクトのすべてのトークンを失効させます。1 行に 1 つ、または subject 列のある CSV。</translation>
    </message>
    <message>
        <source>Access token hashes to revoke.</source>
        <translation>失効させるアクセストークンのハッシュ。</translation>
    </message>
    <message>
        <source>[HASH…]</source>
        <translation>[HASH…]</translation>
    </message>
    <message>
        <source>Access token hashes to delete.</source>
        <translation>削除するアクセストークンのハッシュ。</translation>
    </message>
    <message>
        <source>--status is all, valid or expired, not “%1”.</source>
        <translation>--status には all、valid、expired のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Interrupted: cancelling; what the server already confirmed is kept and reported.</source>
        <translation>中断しました。取り消し中です。サーバーが確認済みの処理は保持され、報告されます。</translation>
    </message>
    <message>
        <source>Refusing without --yes: stdin is not a terminal, so nobody can confirm.</source>
        <translation>--yes がないため実行しません。標準入力が端末ではなく、確認できる人がいません。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Type “%1” to go on: </source>
        <translation>続行するには「%1」と入力してください: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されませんでした。</translation>
    </message>
    <message>
        <source>--output is table or json for profiles.</source>
        <translation>profiles の --output には table または json を指定してください。</translation>
    </message>
    <message>
        <source>No saved connections: add one in the window (Connection → New…), or use --url.</source>
        <translation>保存された接続がありません。ウィンドウ（接続 → 新規…）で追加するか、--url を使用してください。</translation>
    </message>
    <message>
        <source>v2, API key %1</source>
        <translation>v2、API キー %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>(last used)</source>
        <translation>（前回使用）</translation>
    </message>
    <message>
        <source>Loading: %1 of %2 tokens…</source>
        <translation>読み込み中: %2 件中 %1 件のトークン…</translation>
    </message>
    <message>
        <source>--output is one of %1, not “%2”.</source>
        <translation>--output には %1 のいずれかを指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>Give either --all or --start/--end.</source>
        <translation>--all と --start/--end のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--start and --end are indexes with 0 ≤ start ≤ end.</source>
        <translation>--start と --end は 0 ≤ start ≤ end となるインデックスです。</translation>
    </message>
    <message>
        <source>Say what to revoke: hashes, or --subject and/or --client, or --subjects-from.</source>
        <translation>失効させる対象を指定してください: ハッシュ、--subject と --client のいずれかまたは両方、または --subjects-from。</translation>
    </message>
    <message>
        <source>Give the hashes of the tokens to delete.</source>
        <translation>削除するトークンのハッシュを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Would revoke %n tokens on %1; nothing was changed.</source>
        <translation>
            <numerusform>%1 で %n 件のトークンが失効します。何も変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n tokens on %1; nothing was changed.</source>
        <translation>
            <numerusform>%1 で %n 件のトークンが削除されます。何も変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens, by hash, on %1?</source>
        <translation>
            <numerusform>%1 で、ハッシュを指定した %n 件のトークンを失効させますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens, by hash, on %1? Deleting cannot be undone.</source>
        <translation>
            <numerusform>%1 で、ハッシュを指定した %n 件のトークンを削除しますか? 削除は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 of %2 tokens…</source>
        <translation>%2 件中 %1 件のトークン…</translation>
    </message>
    <message>
        <source>subject “%1”</source>
        <translation>サブジェクト「%1」</translation>
    </message>
    <message>
        <source>client “%1”, for every user</source>
        <translation>すべてのユーザーのクライアント「%1」</translation>
    </message>
    <message>
        <source>subject “%1” with client “%2”</source>
        <translation>クライアント「%2」のサブジェクト「%1」</translation>
    </message>
    <message>
        <source>No tokens of %1 on %2.</source>
        <translation>%2 に %1 のトークンはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Would revoke %n tokens of %1 on %2; nothing was changed.</source>
        <translation>
            <numerusform>%2 で %1 の %n 件のトークンが失効します。何も変更していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n tokens of %1 on %2?</source>
        <translation>
            <numerusform>%2 で %1 のトークン %n 件をすべて失効させますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens of %1.</source>
        <translation>
            <numerusform>%1 のトークン %n 件を失効させました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lists no subjects.</source>
        <translation>%1 にサブジェクトがありません。</translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 subjects…</source>
        <translation>失効中: %2 件中 %1 件のサブジェクト…</translation>
    </message>
    <message>
        <source>Counting: %1 of %2 subjects…</source>
        <translation>集計中: %2 件中 %1 件のサブジェクト…</translation>
    </message>
    <message numerus="yes">
        <source>%n subjects listed</source>
        <translation>
            <numerusform>サブジェクト %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens found.</source>
        <translation>
            <numerusform>トークン %n 件が見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate lines were folded.</source>
        <translation>
            <numerusform>重複した %n 行をまとめました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects have no tokens: %1</source>
        <translation>
            <numerusform>トークンのないサブジェクト %n 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>集計できませんでした: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Nothing was changed (--dry-run).</source>
        <translation>何も変更していません（--dry-run）。</translation>
    </message>
    <message>
        <source>Nothing to revoke.</source>
        <translation>失効させるトークンはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of these subjects on %1?</source>
        <translation>
            <numerusform>%1 で、これらのサブジェクトのトークン %n 件を失効させますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens.</source>
        <translation>
            <numerusform>トークン %n 件を失効させました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>レポート %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>--output is text or json for create.</source>
        <translation>create の --output には text または json を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>--%1 is seconds, or a number with s, m, h or d: not “%2”.</source>
        <translation>--%1 には秒数、または s、m、h、d の付いた数値を指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>--property is key=value, not “%1”.</source>
        <translation>--property は key=value の形式です（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>%1 could not be created (it must not exist yet): %2</source>
        <translation>%1 を作成できませんでした（まだ存在しないファイルである必要があります）: %2</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); the values follow on stdout.</source>
        <translation>%1 に書き込めませんでした（%2）。値を標準出力に出力します。</translation>
    </message>
    <message>
        <source>The new token&apos;s values are in %1.</source>
        <translation>新しいトークンの値は %1 にあります。</translation>
    </message>
    <message>
        <source>These values are shown once and kept nowhere; store them now.</source>
        <translation>これらの値は一度だけ表示され、どこにも保存されません。今すぐ保管してください。</translation>
    </message>
    <message>
        <source>Name one token: its hash, or --value-stdin.</source>
        <translation>トークンを 1 つ指定してください: ハッシュ、または --value-stdin。</translation>
    </message>
    <message>
        <source>Give either --scopes or --add-scope/--remove-scope.</source>
        <translation>--scopes と --add-scope/--remove-scope のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Give either --expires-at or --expires-in.</source>
        <translation>--expires-at と --expires-in のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--value-stdin read no token value.</source>
        <translation>--value-stdin でトークンの値を読み込めませんでした。</translation>
    </message>
    <message>
        <source>--expires-at is an ISO 8601 time such as 2027-01-31T12:00:00Z, not “%1”.</source>
        <translation>--expires-at には 2027-01-31T12:00:00Z のような ISO 8601 の日時を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>--expires-in is seconds, or a number with s, m, h or d: not “%1”.</source>
        <translation>--expires-in には秒数、または s、m、h、d の付いた数値を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>Nothing to change: give --scopes, --add-scope, --remove-scope, --expires-at, --expires-in or --property.</source>
        <translation>変更する内容がありません: --scopes、--add-scope、--remove-scope、--expires-at、--expires-in、--property のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>No token has the hash %1, so its scopes are unknown.</source>
        <translation>ハッシュ %1 のトークンがないため、スコープがわかりません。</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>The server did not keep these scopes: %1</source>
        <translation>サーバーは次のスコープを保持しませんでした: %1</translation>
    </message>
    <message>
        <source>Type %1 to go on (this step is wide): </source>
        <translation>影響の大きい操作です。続行するには %1 と入力してください: </translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The saved connection to use (as the window saved it); the last one used by default.</source>
        <translation>使用する保存済みの接続（ウィンドウで保存したもの）。既定では前回使用した接続です。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The Authlete API&apos;s base URL, instead of a profile.</source>
        <translation>プロファイルの代わりに指定する Authlete API のベース URL。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The service ID (v3), with --url.</source>
        <translation>サービス ID（v3）。--url と併用します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The API version with --url: v3 (bearer in AUTHLETE_BEARER) or v2 (API key, and the secret in AUTHLETE_API_SECRET).</source>
        <translation>--url での API バージョン: v3（ベアラーは AUTHLETE_BEARER）または v2（API キーと、シークレットは AUTHLETE_API_SECRET）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>The service&apos;s API key (v2), with --url.</source>
        <translation>サービスの API キー（v2）。--url と併用します。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM) to trust, with --url.</source>
        <translation>信頼する追加の CA 証明書（PEM）。--url と併用します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Give either --profile or --url, not both.</source>
        <translation>--profile と --url のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--api is v3 or v2, not “%1”.</source>
        <translation>--api には v3 または v2 を指定してください（「%1」は指定できません）。</translation>
    </message>
    <message>
        <source>The v2 API needs --api-key and the secret in AUTHLETE_API_SECRET.</source>
        <translation>v2 API には --api-key と、AUTHLETE_API_SECRET のシークレットが必要です。</translation>
    </message>
    <message>
        <source>--url needs --service-id and the bearer in AUTHLETE_BEARER.</source>
        <translation>--url には --service-id と、AUTHLETE_BEARER のベアラーが必要です。</translation>
    </message>
    <message>
        <source>Say which connection: --profile NAME (see “tokendesk-cli profiles”) or --url.</source>
        <translation>接続を指定してください: --profile 名前（「tokendesk-cli profiles」を参照）または --url。</translation>
    </message>
    <message>
        <source>There is no profile “%1”; “tokendesk-cli profiles” lists them.</source>
        <translation>プロファイル「%1」はありません。一覧は「tokendesk-cli profiles」で表示できます。</translation>
    </message>
    <message>
        <source>The keychain holds no credential for “%1”: save it in the window, or set AUTHLETE_BEARER.</source>
        <translation>キーチェーンに「%1」の認証情報がありません。ウィンドウで保存するか、AUTHLETE_BEARER を設定してください。</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>“%1”, %2 at %3</source>
        <translation>「%1」、%3 の %2</translation>
    </message>
    <message>
        <source>“%1” (%2), %3 at %4</source>
        <translation>「%1」（%2）、%4 の %3</translation>
    </message>
</context>
<context>
    <name>ClientLookup</name>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1 (alias %2, ID %3)</source>
        <translation>%1 (エイリアス %2、ID %3)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>接続を追加</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>例: 本番環境 (US)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>https://authlete.example.com</source>
        <translation>https://authlete.example.com</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>API バージョン(&amp;A):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>&amp;Service ID:</source>
        <translation>サービス ID(&amp;S):</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>サービス ID</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>Bearer トークン(&amp;B):</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>A service or organization access token; kept in the system keychain</source>
        <translation>サービスまたは組織のアクセストークン。システムのキーチェーンに保管されます</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API シークレット</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>システムのキーチェーンに保管されます</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Optional: a PEM file for a private certificate authority</source>
        <translation>任意: プライベート認証局の PEM ファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for a CA certificate file</source>
        <translation>CA 証明書ファイルを参照</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>タイムアウト (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>入力の問題</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>接続を保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>カスタム URL…</translation>
    </message>
    <message>
        <source>v3: Bearer token</source>
        <translation>v3: Bearer トークン</translation>
    </message>
    <message>
        <source>v2: API key and secret</source>
        <translation>v2: API キーとシークレット</translation>
    </message>
    <message>
        <source>No credential is stored for “%1”. Enter it and save.</source>
        <translation>「%1」の認証情報は保存されていません。入力して保存してください。</translation>
    </message>
    <message>
        <source>The credential of “%1” could not be read: %2</source>
        <translation>「%1」の認証情報を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>サーバー URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter the service ID.</source>
        <translation>サービス ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the bearer token.</source>
        <translation>Bearer トークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter the API secret.</source>
        <translation>API シークレットを入力してください。</translation>
    </message>
    <message>
        <source>Enter a name for the connection.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>A connection named “%1” already exists.</source>
        <translation>「%1」という名前の接続はすでに存在します。</translation>
    </message>
    <message>
        <source>API v2 has one endpoint for every region: %1</source>
        <translation>API v2 はすべてのリージョンで同じエンドポイントを使用します: %1</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved “%1”; its credential is in the system keychain.</source>
        <translation>「%1」を保存しました。認証情報はシステムのキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>%1

Keep the credential of “%2” in memory for this run only? You will have to enter it again after TokenDesk quits.</source>
        <translation>%1

「%2」の認証情報を今回の実行中だけメモリに保持しますか? TokenDesk の終了後は再入力が必要になります。</translation>
    </message>
    <message>
        <source>Saved “%1”. No keychain is available, so its credential is kept only until TokenDesk quits.</source>
        <translation>「%1」を保存しました。キーチェーンを利用できないため、認証情報は TokenDesk を終了するまでのみ保持されます。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: the keychain did not store the credential: %1</source>
        <translation>保存されませんでした。キーチェーンが認証情報を保存しませんでした: %1</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its credential is deleted from the system keychain too.</source>
        <translation>接続「%1」を削除しますか? 認証情報もシステムのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>The credential of “%1” could not be deleted from the keychain: %2</source>
        <translation>「%1」の認証情報をキーチェーンから削除できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln tokens</source>
        <translation>
            <numerusform>接続しました: トークン %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>(not labelled)</source>
        <translation>(ラベルなし)</translation>
    </message>
    <message>
        <source>Request body encoding</source>
        <translation>リクエスト本文の形式</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded)</source>
        <translation>フォーム (application/x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>How create, update and revoke requests send their bodies. A form body cannot carry token properties or authorization details.</source>
        <translation>作成・更新・失効のリクエスト本文の送り方です。フォーム形式ではトークンのプロパティや認可詳細を送れません。</translation>
    </message>
    <message>
        <source>Discard the new connection you have not saved?</source>
        <translation>保存していない新しい接続を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>「%1」の保存していない変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストを中止しました。</translation>
    </message>
    <message>
        <source>Keychain refused</source>
        <translation>キーチェーンが拒否しました</translation>
    </message>
    <message>
        <source>Saved “%1”. The keychain refused its credential, so it is kept only until TokenDesk quits.</source>
        <translation>「%1」を保存しました。キーチェーンが認証情報を拒否したため、TokenDesk を終了するまでだけ保持します。</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>接続テスト(&amp;O)</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>環境(&amp;V):</translation>
    </message>
    <message>
        <source>Re&amp;quest body:</source>
        <translation>リクエスト本文(&amp;Q):</translation>
    </message>
    <message>
        <source>Cance&amp;l test</source>
        <translation>テストを中止(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The server URL is not valid.</source>
        <translation>サーバー URL が正しくありません。</translation>
    </message>
    <message>
        <source>The server URL must start with https:// (plain http is allowed only to this computer).</source>
        <translation>サーバー URL は https:// で始まる必要があります (暗号化なしの http はこのコンピューター宛てにのみ使用できます)。</translation>
    </message>
    <message>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>staging</source>
        <translation>ステージング</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Service setting</source>
        <translation>サービスの設定</translation>
    </message>
    <message>
        <source>Create Access Token</source>
        <translation>アクセストークンの作成</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>トークンを作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>グラントタイプ</translation>
    </message>
    <message>
        <source>&amp;Grant type:</source>
        <translation>グラントタイプ(&amp;G):</translation>
    </message>
    <message>
        <source>Client ID or alias</source>
        <translation>クライアント ID またはエイリアス</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Client ID, alias, or a known client</source>
        <translation>クライアント ID、エイリアス、または既知のクライアント</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>クライアント(&amp;L):</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>サブジェクト(&amp;S):</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Access token duration in seconds</source>
        <translation>アクセストークンの有効期間 (秒)</translation>
    </message>
    <message>
        <source>&amp;Access token duration:</source>
        <translation>アクセストークンの有効期間(&amp;A):</translation>
    </message>
    <message>
        <source>Refresh token duration in seconds</source>
        <translation>リフレッシュトークンの有効期間 (秒)</translation>
    </message>
    <message>
        <source>Re&amp;fresh token duration:</source>
        <translation>リフレッシュトークンの有効期間(&amp;F):</translation>
    </message>
    <message>
        <source>Persis&amp;tent: the access token never expires</source>
        <translation>無期限(&amp;T): アクセストークンの有効期限なし</translation>
    </message>
    <message>
        <source>Persistent access token</source>
        <translation>無期限のアクセストークン</translation>
    </message>
    <message>
        <source>Propert&amp;ies:</source>
        <translation>プロパティ(&amp;I):</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <source>Use advanced settings</source>
        <translation>詳細設定を使用</translation>
    </message>
    <message>
        <source>Custom access token value</source>
        <translation>アクセストークンの値を指定</translation>
    </message>
    <message>
        <source>Generated by the service (set only to migrate a token)</source>
        <translation>サービスが生成します (トークンを移行する場合のみ指定)</translation>
    </message>
    <message>
        <source>Custom refresh token value</source>
        <translation>リフレッシュトークンの値を指定</translation>
    </message>
    <message>
        <source>Certificate thumbprint</source>
        <translation>証明書のサムプリント</translation>
    </message>
    <message>
        <source>SHA-256, base64url (mutual TLS binding)</source>
        <translation>SHA-256、base64url (相互 TLS によるバインディング)</translation>
    </message>
    <message>
        <source>&amp;Certificate thumbprint:</source>
        <translation>証明書のサムプリント(&amp;C):</translation>
    </message>
    <message>
        <source>DPoP key thumbprint</source>
        <translation>DPoP 鍵のサムプリント</translation>
    </message>
    <message>
        <source>JWK thumbprint, base64url (makes the token DPoP)</source>
        <translation>JWK サムプリント、base64url (DPoP トークンになります)</translation>
    </message>
    <message>
        <source>&amp;DPoP key thumbprint:</source>
        <translation>DPoP 鍵のサムプリント(&amp;D):</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>One absolute URI per line</source>
        <translation>1 行に 1 つの絶対 URI</translation>
    </message>
    <message>
        <source>Reso&amp;urces:</source>
        <translation>リソース(&amp;U):</translation>
    </message>
    <message>
        <source>Authorization details</source>
        <translation>認可詳細 (authorization details)</translation>
    </message>
    <message>
        <source>{&quot;elements&quot;: [{&quot;type&quot;: &quot;...&quot;}]} or an RFC 9396 array</source>
        <translation>{&quot;elements&quot;: [{&quot;type&quot;: &quot;...&quot;}]} または RFC 9396 形式の配列</translation>
    </message>
    <message>
        <source>Authori&amp;zation details:</source>
        <translation>認可詳細(&amp;Z):</translation>
    </message>
    <message>
        <source>Extra JWT access token claims</source>
        <translation>JWT アクセストークンの追加クレーム</translation>
    </message>
    <message>
        <source>A JSON object; used when the service issues JWT access tokens</source>
        <translation>JSON オブジェクト。サービスが JWT 形式のアクセストークンを発行する場合に使用されます</translation>
    </message>
    <message>
        <source>&amp;JWT access token claims:</source>
        <translation>JWT アクセストークンのクレーム(&amp;J):</translation>
    </message>
    <message>
        <source>Authentication context class reference</source>
        <translation>認証コンテキストクラス参照 (ACR)</translation>
    </message>
    <message>
        <source>AC&amp;R:</source>
        <translation>ACR(&amp;R):</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定する</translation>
    </message>
    <message>
        <source>Set the authentication time</source>
        <translation>認証日時を設定する</translation>
    </message>
    <message>
        <source>Authentication time</source>
        <translation>認証日時</translation>
    </message>
    <message>
        <source>As registered (no flag)</source>
        <translation>登録どおり (フラグなし)</translation>
    </message>
    <message>
        <source>The client ID alias was used</source>
        <translation>クライアント ID エイリアスを使用</translation>
    </message>
    <message>
        <source>The client&apos;s entity ID was used</source>
        <translation>クライアントのエンティティ ID を使用</translation>
    </message>
    <message>
        <source>A client ID metadata document was used</source>
        <translation>クライアント ID メタデータドキュメントを使用</translation>
    </message>
    <message>
        <source>Client identified by:</source>
        <translation>クライアントの識別方法:</translation>
    </message>
    <message>
        <source>For an e&amp;xternal attachment (OpenID for IDA)</source>
        <translation>外部添付用(&amp;X) (OpenID for IDA)</translation>
    </message>
    <message>
        <source>For an external attachment</source>
        <translation>外部添付用</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <source>The user&apos;s authentication session (Native SSO)</source>
        <translation>ユーザーの認証セッション (Native SSO)</translation>
    </message>
    <message>
        <source>Optional for CLIENT_CREDENTIALS</source>
        <translation>CLIENT_CREDENTIALS では省略可</translation>
    </message>
    <message>
        <source>The resource owner&apos;s user ID (ASCII, at most 100 characters)</source>
        <translation>リソースオーナーのユーザー ID (ASCII、100 文字以内)</translation>
    </message>
    <message>
        <source>Problem with the client</source>
        <translation>クライアントの問題</translation>
    </message>
    <message>
        <source>Problem with the subject</source>
        <translation>サブジェクトの問題</translation>
    </message>
    <message>
        <source>Problem with the properties</source>
        <translation>プロパティの問題</translation>
    </message>
    <message>
        <source>Problem with the certificate thumbprint</source>
        <translation>証明書のサムプリントの問題</translation>
    </message>
    <message>
        <source>Problem with the DPoP key thumbprint</source>
        <translation>DPoP 鍵のサムプリントの問題</translation>
    </message>
    <message>
        <source>Problem with the resources</source>
        <translation>リソースの問題</translation>
    </message>
    <message>
        <source>Problem with the authorization details</source>
        <translation>認可詳細の問題</translation>
    </message>
    <message>
        <source>Problem with the JWT access token claims</source>
        <translation>JWT アクセストークンのクレームの問題</translation>
    </message>
    <message>
        <source>This connection sends form-encoded bodies (set in its advanced connection settings), which cannot carry properties or authorization details, so they are disabled.</source>
        <translation>この接続はフォーム形式で本文を送ります (接続の詳細設定で指定)。フォーム形式ではプロパティや認可詳細を送れないため、無効になっています。</translation>
    </message>
    <message>
        <source>Create Token Without Scopes?</source>
        <translation>スコープなしでトークンを作成しますか?</translation>
    </message>
    <message>
        <source>The token will carry no scopes, so it grants nothing that needs one. Create it without scopes?</source>
        <translation>このトークンにはスコープがないため、スコープを必要とするものには何も許可されません。スコープなしで作成しますか?</translation>
    </message>
    <message>
        <source>Access toke&amp;n value:</source>
        <translation>アクセストークンの値(&amp;N):</translation>
    </message>
    <message>
        <source>Refresh to&amp;ken value:</source>
        <translation>リフレッシュトークンの値(&amp;K):</translation>
    </message>
    <message>
        <source>Aut&amp;hentication time:</source>
        <translation>認証日時(&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;ession ID:</source>
        <translation>セッション ID(&amp;E):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain (Secret Service or KWallet) is available, so TokenDesk cannot store the credential.</source>
        <translation>キーチェーン (Secret Service または KWallet) を利用できないため、TokenDesk は認証情報を保存できません。</translation>
    </message>
    <message>
        <source>The keychain refused the credential or is locked (was its prompt cancelled?).</source>
        <translation>キーチェーンが認証情報を拒否したか、ロックされています (確認ダイアログがキャンセルされましたか?)。</translation>
    </message>
    <message>
        <source>The credential of “%1” was kept for the last session only; enter it again or save it to the keychain.</source>
        <translation>「%1」の認証情報は前回のセッションの間だけ保持されていました。もう一度入力するか、キーチェーンに保存してください。</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>ExpiryText</name>
    <message>
        <source>in %L1 s</source>
        <translation>あと %L1 秒</translation>
    </message>
    <message>
        <source>expired %L1 s ago</source>
        <translation>%L1 秒前に期限切れ</translation>
    </message>
    <message>
        <source>%L1 s ago</source>
        <translation>%L1 秒前</translation>
    </message>
    <message>
        <source>in %L1 min</source>
        <translation>あと %L1 分</translation>
    </message>
    <message>
        <source>expired %L1 min ago</source>
        <translation>%L1 分前に期限切れ</translation>
    </message>
    <message>
        <source>%L1 min ago</source>
        <translation>%L1 分前</translation>
    </message>
    <message>
        <source>in %L1 h</source>
        <translation>あと %L1 時間</translation>
    </message>
    <message>
        <source>expired %L1 h ago</source>
        <translation>%L1 時間前に期限切れ</translation>
    </message>
    <message>
        <source>%L1 h ago</source>
        <translation>%L1 時間前</translation>
    </message>
    <message>
        <source>in %L1 d</source>
        <translation>あと %L1 日</translation>
    </message>
    <message>
        <source>expired %L1 d ago</source>
        <translation>%L1 日前に期限切れ</translation>
    </message>
    <message>
        <source>%L1 d ago</source>
        <translation>%L1 日前</translation>
    </message>
    <message>
        <source>in %L1 y</source>
        <translation>あと %L1 年</translation>
    </message>
    <message>
        <source>expired %L1 y ago</source>
        <translation>%L1 年前に期限切れ</translation>
    </message>
    <message>
        <source>%L1 y ago</source>
        <translation>%L1 年前</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>JSON として正しくありません: %1 (%2 文字目)。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Switch to another connection</source>
        <translation>別の接続に切り替える</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Load the shown tokens again (F5)</source>
        <translation>表示中のトークンを再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>すべて読み込む(&amp;A)</translation>
    </message>
    <message>
        <source>Fetch every token that matches the search</source>
        <translation>検索条件に一致するすべてのトークンを取得します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter loaded rows</source>
        <translation>読み込み済みの行を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search by subject</source>
        <translation>サブジェクトで検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy access token hash</source>
        <translation>アクセストークンのハッシュをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Token &amp;details</source>
        <translation>トークンの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>TokenDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Export loaded rows…</source>
        <translation>読み込み済みの行をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;shown rows…</source>
        <translation>表示中の行をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>監査ログ(&amp;A)…</translation>
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
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Subject (user ID)</source>
        <translation>サブジェクト (ユーザー ID)</translation>
    </message>
    <message>
        <source>Search by subject</source>
        <translation>サブジェクトで検索</translation>
    </message>
    <message>
        <source>Search by client</source>
        <translation>クライアントで検索</translation>
    </message>
    <message>
        <source>Token status</source>
        <translation>トークンの状態</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>すべてのトークン</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Search on the server</source>
        <translation>サーバーで検索</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>読み込み済みの行を絞り込む (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>読み込み済みの行を絞り込む</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>読み込みをキャンセル</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>再読み込みしました。</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>すべて読み込む</translation>
    </message>
    <message>
        <source>Demo (sandbox)</source>
        <translation>デモ (サンドボックス)</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>「%1」という名前の接続プロファイルはありません。</translation>
    </message>
    <message>
        <source>Edit connections…</source>
        <translation>接続を編集…</translation>
    </message>
    <message>
        <source>Using the bearer token from AUTHLETE_BEARER.</source>
        <translation>AUTHLETE_BEARER の Bearer トークンを使用しています。</translation>
    </message>
    <message>
        <source>Reading the credential of “%1” from the keychain…</source>
        <translation>「%1」の認証情報をキーチェーンから読み取っています…</translation>
    </message>
    <message>
        <source>No credential is stored for “%1”.</source>
        <translation>「%1」の認証情報は保存されていません。</translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation>接続を編集…</translation>
    </message>
    <message>
        <source>No connection yet. Add your Authlete service with its URL, service ID and service access token, or start TokenDesk with --demo to try it on sample data.</source>
        <translation>まだ接続がありません。Authlete サービスの URL、サービス ID、サービスアクセストークンを指定して接続を追加するか、--demo を付けて TokenDesk を起動し、サンプルデータで試してください。</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>接続を追加…</translation>
    </message>
    <message>
        <source>TokenDesk — Demo (sandbox data)</source>
        <translation>TokenDesk — デモ (サンドボックスのデータ)</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk — %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation> — 読み込み中…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Refresh token hash copied.</source>
        <translation>リフレッシュトークンのハッシュをコピーしました。</translation>
    </message>
    <message>
        <source>Access token hash copied.</source>
        <translation>アクセストークンのハッシュをコピーしました。</translation>
    </message>
    <message>
        <source>Export shown rows</source>
        <translation>表示中の行をエクスポート</translation>
    </message>
    <message>
        <source>Export loaded rows</source>
        <translation>読み込み済みの行をエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>TokenDesk について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the OAuth access tokens issued by an Authlete service.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TokenDesk %1&lt;/h3&gt;&lt;p&gt;Authlete サービスが発行した OAuth アクセストークンを管理するデスクトップコンソールです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で動作しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムの設定(&amp;S)</translation>
    </message>
    <message>
        <source>The language changes when TokenDesk is started again.</source>
        <translation>言語の変更は TokenDesk の次回起動時に反映されます。</translation>
    </message>
    <message numerus="yes">
        <source>The filter looks only at the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>フィルターの対象は、全 %L1 件のうち読み込み済みの %Ln 件だけです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting orders only the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>並べ替えの対象は、全 %L1 件のうち読み込み済みの %Ln 件だけです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln loaded tokens (%L2 in all)</source>
        <translation>
            <numerusform>読み込み済みの %Ln 件中 %L1 件を表示 (全 %L2 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tokens loaded</source>
        <translation>
            <numerusform>%Ln 件中 %L1 件のトークンを読み込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source>The new token is not shown: the quick filter “%1” hides it.</source>
        <translation>新しいトークンは表示されていません。クイックフィルター「%1」で非表示になっています。</translation>
    </message>
    <message>
        <source>Forget the subjects searched on this connection</source>
        <translation>この接続で検索したサブジェクトの履歴を消去します</translation>
    </message>
    <message>
        <source>Client ID, alias or name</source>
        <translation>クライアント ID、エイリアスまたは名前</translation>
    </message>
    <message>
        <source>“%1” is the client %2: searching by its ID.</source>
        <translation>「%1」はクライアント %2 です。その ID で検索します。</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>どのクライアントですか?</translation>
    </message>
    <message>
        <source>Several clients match “%1”. Search the tokens of:</source>
        <translation>「%1」に該当するクライアントが複数あります。トークンを検索するクライアント:</translation>
    </message>
    <message>
        <source>Copied the hash %1 to the clipboard.</source>
        <translation>ハッシュ %1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source> — looking up the changed token (%L1 of %L2 read)…</source>
        <translation> — 変更したアクセストークンを検索しています(%L2 件中 %L1 件を確認)…</translation>
    </message>
    <message>
        <source>Audit Log — Demo</source>
        <translation>監査ログ — デモ</translation>
    </message>
    <message>
        <source>Copy refresh &amp;token hash</source>
        <translation>リフレッシュトークンのハッシュをコピー(&amp;T)</translation>
    </message>
    <message>
        <source>Revoke for a L&amp;ist of Users…</source>
        <translation>ユーザー一覧のトークンを失効(&amp;I)…</translation>
    </message>
    <message>
        <source>Clear r&amp;ecent subjects</source>
        <translation>最近のサブジェクトを消去(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NewTokenValuesDialog</name>
    <message>
        <source>New Token Values</source>
        <translation>新しいトークンの値</translation>
    </message>
    <message>
        <source>These values are shown only now; TokenDesk does not keep them and cannot show them again.</source>
        <translation>これらの値は今回しか表示されません。TokenDesk は値を保持しないため、再表示できません。</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>アクセストークン(&amp;A):</translation>
    </message>
    <message>
        <source>Access token value</source>
        <translation>アクセストークンの値</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>リフレッシュトークン(&amp;R):</translation>
    </message>
    <message>
        <source>Refresh token value</source>
        <translation>リフレッシュトークンの値</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Close Without Copying</source>
        <translation>コピーせずに閉じる</translation>
    </message>
    <message>
        <source>You have not copied the new token value. Close anyway? It cannot be shown again.</source>
        <translation>新しいトークンの値をまだコピーしていません。このまま閉じますか? 値は再表示できません。</translation>
    </message>
    <message>
        <source>Copy access token value</source>
        <translation>アクセストークンの値をコピー</translation>
    </message>
    <message>
        <source>Copy refresh token value</source>
        <translation>リフレッシュトークンの値をコピー</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <source>Add propert&amp;y</source>
        <translation>プロパティを追加(&amp;Y)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
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
        <source>Hidden</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>プロパティを追加</translation>
    </message>
    <message>
        <source>Remove selected properties</source>
        <translation>選択したプロパティを削除</translation>
    </message>
    <message>
        <source>A hidden property never reaches the client application; introspection still returns it.</source>
        <translation>非公開のプロパティはクライアントアプリケーションには渡されませんが、イントロスペクションでは返されます。</translation>
    </message>
    <message>
        <source>Remove properties</source>
        <translation>プロパティを削除</translation>
    </message>
</context>
<context>
    <name>Property</name>
    <message>
        <source>The property with the value “%1” has no key.</source>
        <translation>値が「%1」のプロパティにキーがありません。</translation>
    </message>
    <message>
        <source>The property key “%1” is used more than once.</source>
        <translation>プロパティのキー「%1」が重複しています。</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message>
        <source>Retrying (attempt %1 of %2)…</source>
        <translation>再試行しています(%2 回中 %1 回目)…</translation>
    </message>
    <message numerus="yes">
        <source>Retrying (attempt %1 of %2, next in %Ln s)…</source>
        <translation>
            <numerusform>再試行しています(%2 回中 %1 回目、%Ln 秒後)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopedConfirmation</name>
    <message>
        <source>Connection: %1 — service %2 at %3</source>
        <translation>接続: %1 — %3 のサービス %2</translation>
    </message>
    <message>
        <source>Connection: %1 (%2) — service %3 at %4</source>
        <translation>接続: %1 (%2) — %4 のサービス %3</translation>
    </message>
    <message>
        <source>Production connection: this changes what real users can do.</source>
        <translation>本番環境の接続です: この操作は実際のユーザーに影響します。</translation>
    </message>
    <message>
        <source>Ticket number or note, optional</source>
        <translation>チケット番号やメモ（任意）</translation>
    </message>
    <message>
        <source>Reason for the audit &amp;log:</source>
        <translation>監査ログに記録する理由(&amp;L):</translation>
    </message>
    <message>
        <source>Reason for the audit log</source>
        <translation>監査ログに記録する理由</translation>
    </message>
</context>
<context>
    <name>ScopesEditor</name>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Scope to add</source>
        <translation>追加するスコープ</translation>
    </message>
    <message>
        <source>Scope name; several separated by spaces</source>
        <translation>スコープ名 (複数の場合は空白で区切る)</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>スコープを追加</translation>
    </message>
    <message>
        <source>Remove selected scopes</source>
        <translation>選択したスコープを削除</translation>
    </message>
    <message>
        <source>Add sc&amp;ope</source>
        <translation>追加(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;move scope</source>
        <translation>削除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>SearchResultBar</name>
    <message>
        <source>Revoke &amp;all tokens of %1…</source>
        <translation>%1 のトークンをすべて失効(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1…</source>
        <translation>
            <numerusform>%1 のトークン %n 件をすべて失効(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &amp;all tokens of %1, for every user…</source>
        <translation>%1 の全ユーザーのトークンをすべて失効(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1, for every user…</source>
        <translation>
            <numerusform>%1 の全ユーザーのトークン %n 件をすべて失効(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &amp;all tokens of %1 for %2…</source>
        <translation>%2 の %1 のトークンをすべて失効(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1 for %2…</source>
        <translation>
            <numerusform>%2 の %1 のトークン %n 件をすべて失効(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every token the search names, whichever rows are selected (%1)</source>
        <translation>行の選択にかかわらず、検索条件に該当するトークンをすべて失効します (%1)</translation>
    </message>
    <message>
        <source>No tokens for subject “%1”. Subjects are matched exactly, including case.</source>
        <translation>サブジェクト「%1」のトークンはありません。サブジェクトは大文字と小文字を区別して完全一致で検索されます。</translation>
    </message>
    <message>
        <source>No tokens for client “%1”. Clients are found by their ID, alias or name as the table shows it.</source>
        <translation>クライアント「%1」のトークンはありません。クライアントは ID、エイリアス、または表に表示される名前で検索されます。</translation>
    </message>
    <message>
        <source>No tokens for subject “%1” with client “%2”. Subjects are matched exactly, including case.</source>
        <translation>クライアント「%2」のサブジェクト「%1」のトークンはありません。サブジェクトは大文字と小文字を区別して完全一致で検索されます。</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message numerus="yes">
        <source>%1 (… %Ln more characters)</source>
        <translation>
            <numerusform>%1 (… ほか %Ln 文字)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SubjectList</name>
    <message>
        <source>The first line has commas but no “subject” column: give one subject per line, or CSV whose header names a subject column.</source>
        <translation>1 行目にカンマがありますが「subject」列がありません。1 行に 1 つのサブジェクトを書くか、見出し行に subject 列のある CSV にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %Ln subjects; split it into smaller lists.</source>
        <translation>
            <numerusform>一覧のサブジェクトが %Ln 件を超えています。小さな一覧に分けてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectListDialog</name>
    <message>
        <source>&amp;Open File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Count Tokens</source>
        <translation>トークンを数える(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>失効(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Revoke for a List of Users</source>
        <translation>ユーザー一覧のトークンを失効</translation>
    </message>
    <message>
        <source>Paste the subjects (user IDs), one per line, or open a file: a text file or a CSV file with a “subject” column. Lines starting with # and blank lines are skipped; subjects listed twice are revoked once.</source>
        <translation>サブジェクト（ユーザー ID）を 1 行に 1 つずつ貼り付けるか、ファイル（テキストファイル、または「subject」列のある CSV ファイル）を開いてください。# で始まる行と空行は読み飛ばし、2 回以上書かれたサブジェクトは 1 回だけ失効させます。</translation>
    </message>
    <message>
        <source>&amp;Subjects:</source>
        <translation>サブジェクト(&amp;S):</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>alice.1112
bob.2040
…</source>
        <translation>alice.1112
bob.2040
…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Tokens found</source>
        <translation>見つかったトークン</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Subjects and their tokens</source>
        <translation>サブジェクトとそのトークン</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Ticket number or note, optional</source>
        <translation>チケット番号やメモ（任意）</translation>
    </message>
    <message>
        <source>Reason for the audit log</source>
        <translation>監査ログに記録する理由</translation>
    </message>
    <message>
        <source>Reason for the audit &amp;log:</source>
        <translation>監査ログに記録する理由(&amp;L):</translation>
    </message>
    <message>
        <source>Open a List of Subjects</source>
        <translation>サブジェクト一覧を開く</translation>
    </message>
    <message>
        <source>Lists of subjects (*.txt *.csv);;All files (*)</source>
        <translation>サブジェクト一覧 (*.txt *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is too large for a list of subjects.</source>
        <translation>%1 はサブジェクト一覧としては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The list holds no subjects.</source>
        <translation>一覧にサブジェクトがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Counting the tokens of %Ln subjects…</source>
        <translation>
            <numerusform>%Ln 件のサブジェクトのトークンを数えています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate lines were folded.</source>
        <translation>
            <numerusform>重複した %Ln 行をまとめました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>未送信（キャンセル）</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln</source>
        <translation>
            <numerusform>%Ln 件を失効</numerusform>
        </translation>
    </message>
    <message>
        <source>No tokens</source>
        <translation>トークンなし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects hold %1 tokens.</source>
        <translation>
            <numerusform>%Ln 件のサブジェクトが %1 件のトークンを持っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hold none.</source>
        <translation>
            <numerusform>うち %Ln 件はトークンを持っていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be counted; revoking tries them too.</source>
        <translation>
            <numerusform>%Ln 件は数えられませんでした。失効の際はこれらも試みます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting was cancelled.</source>
        <translation>集計はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Tokens…</source>
        <translation>
            <numerusform>トークン %Ln 件を失効(&amp;R)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %Ln tokens of the subjects in this list?</source>
        <translation>
            <numerusform>この一覧のサブジェクトのトークン %Ln 件を失効させますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <source>Each subject&apos;s tokens stop working at once, in every client; the users must sign in again. Revoking cannot be undone.</source>
        <translation>各サブジェクトのトークンは、すべてのクライアントで直ちに使えなくなり、ユーザーは再度サインインする必要があります。失効は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Tokens</source>
        <translation>
            <numerusform>トークン %Ln 件を失効(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of tokens, %1, to confirm:</source>
        <translation>確認のため、トークンの件数 %1 を入力してください:</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>失効中…</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln tokens.</source>
        <translation>
            <numerusform>トークン %Ln 件を失効させました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects failed or were not sent; running the same list again is safe.</source>
        <translation>
            <numerusform>%Ln 件のサブジェクトは失敗したか未送信です。同じ一覧をもう一度実行しても問題ありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>A report can be saved as .csv or .json, not as %1.</source>
        <translation>レポートは .csv または .json として保存できます（%1 は保存できません）。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Problem with the list</source>
        <translation>一覧の問題</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Revoking ends the access token and its refresh token at once; deleting removes the token&apos;s record from Authlete&apos;s database.</source>
        <translation>失効すると、アクセストークンとそのリフレッシュトークンが同時に無効になります。削除すると、トークンのレコードが Authlete のデータベースから削除されます。</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>新しいトークン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>失効(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>レコードを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Change the scopes, expiry or properties of the selected token (Enter)</source>
        <translation>選択したトークンのスコープ、有効期限、プロパティを変更します (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln tokens</source>
        <translation>
            <numerusform>トークン %Ln 件を失効(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln token records</source>
        <translation>
            <numerusform>トークンのレコード %Ln 件を削除(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンの失効</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>トークンのレコードの削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no subject</source>
        <translation>サブジェクトなし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not attempted (cancelled).</source>
        <translation>
            <numerusform>%Ln 件は実行されませんでした (キャンセル)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed:</source>
        <translation>
            <numerusform>%Ln 件が失敗しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1, across all clients</source>
        <extracomment>Completes &quot;Revoke all 5 tokens %1?&quot; and &quot;The server revoked 5 tokens %1.&quot;</extracomment>
        <translation>すべてのクライアントにおける %1 の</translation>
    </message>
    <message>
        <source>of client %1, for every user</source>
        <translation>すべてのユーザーに対するクライアント %1 の</translation>
    </message>
    <message>
        <source>of %1 for client %2</source>
        <translation>クライアント %2 向けの %1 の</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新しいトークン</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>トークンの更新</translation>
    </message>
    <message>
        <source>The token was updated.</source>
        <translation>トークンを更新しました。</translation>
    </message>
    <message numerus="yes">
        <source>Revoking %Ln tokens…</source>
        <translation>
            <numerusform>トークン %Ln 件を失効しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln token records…</source>
        <translation>
            <numerusform>トークンのレコード %Ln 件を削除しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens revoked.</source>
        <translation>
            <numerusform>トークン %Ln 件を失効しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token records deleted.</source>
        <translation>
            <numerusform>トークンのレコード %Ln 件を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server revoked %Ln tokens %1.</source>
        <translation>
            <numerusform>サーバーは%1トークン %Ln 件を失効しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token was updated, but the server dropped %Ln scopes it does not allow for this token: %1</source>
        <translation>
            <numerusform>トークンを更新しましたが、このトークンに許可されていないスコープ %Ln 件をサーバーが除外しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking ends the access token and its refresh token at once: the client can no longer use them.</source>
        <translation>失効するとアクセストークンとそのリフレッシュトークンは直ちに無効になり、クライアントはそれらを使えなくなります。</translation>
    </message>
    <message>
        <source>Deleting removes the token&apos;s record from Authlete&apos;s database; the token stops working and its record cannot be restored.</source>
        <translation>削除するとトークンのレコードが Authlete のデータベースから消えます。トークンは使えなくなり、レコードは元に戻せません。</translation>
    </message>
    <message>
        <source>(none: a client-credentials token)</source>
        <translation>(なし: クライアントクレデンシャルのトークン)</translation>
    </message>
    <message>
        <source>Revoke all token&amp;s of the subject…</source>
        <translation>サブジェクトのトークンを一括失効(&amp;S)…</translation>
    </message>
    <message>
        <source>Revoke all token&amp;s of %1…</source>
        <comment>subject</comment>
        <translation>%1 のトークンを一括失効(&amp;S)…</translation>
    </message>
    <message>
        <source>Revoke all tokens of the subject &amp;for the client…</source>
        <translation>サブジェクトのトークンをクライアント単位で一括失効(&amp;F)…</translation>
    </message>
    <message>
        <source>Revoke all tokens of %1 &amp;for %2…</source>
        <translation>%2 向けの %1 のトークンを一括失効(&amp;F)…</translation>
    </message>
    <message>
        <source>Revoke all tokens of the c&amp;lient…</source>
        <translation>クライアントのトークンを一括失効(&amp;L)…</translation>
    </message>
    <message>
        <source>Revoke a&amp;ll tokens of %1…</source>
        <comment>client</comment>
        <translation>クライアント %1 のトークンを一括失効(&amp;L)…</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Revoke this access token?</source>
        <translation>このアクセストークンを失効しますか?</translation>
    </message>
    <message>
        <source>Delete the record of this access token?</source>
        <translation>このアクセストークンのレコードを削除しますか?</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>クライアント:</translation>
    </message>
    <message>
        <source>Access token hash:</source>
        <translation>アクセストークンのハッシュ:</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %Ln selected tokens?</source>
        <translation>
            <numerusform>選択した %Ln 件のアクセストークンを失効しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the records of the %Ln selected tokens?</source>
        <translation>
            <numerusform>選択した %Ln 件のアクセストークンのレコードを削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>サブジェクト数:</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… ほか %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of tokens, %1, to confirm:</source>
        <translation>確認のため、アクセストークンの件数「%1」を入力してください:</translation>
    </message>
    <message>
        <source>There are no tokens %1 to revoke.</source>
        <translation>失効するアクセストークン (%1) はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of %1, across all clients?</source>
        <translation>
            <numerusform>すべてのクライアントにわたる %1 のアクセストークン %Ln 件をすべて失効しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of client %1, for every user?</source>
        <translation>
            <numerusform>クライアント %1 の全ユーザーのアクセストークン %Ln 件をすべて失効しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of %1 for client %2?</source>
        <translation>
            <numerusform>クライアント %2 における %1 のアクセストークン %Ln 件をすべて失効しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>アクセストークン数:</translation>
    </message>
    <message>
        <source>Type the client ID, %1, to confirm:</source>
        <translation>確認のため、クライアント ID「%1」を入力してください:</translation>
    </message>
    <message>
        <source>Type the subject, %1, to confirm:</source>
        <translation>確認のため、サブジェクト「%1」を入力してください:</translation>
    </message>
</context>
<context>
    <name>TokenColumns</name>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>グラントタイプ</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <source>Refresh token expires</source>
        <translation>リフレッシュトークンの有効期限</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終リフレッシュ</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>アクセストークンのハッシュ</translation>
    </message>
    <message>
        <source>Refresh token hash</source>
        <translation>リフレッシュトークンのハッシュ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>タイプ不明</translation>
    </message>
    <message>
        <source>%1 — %2, alias %3, %4</source>
        <translation>%1 — %2、エイリアス %3、%4</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2、%3</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>リフレッシュトークンなし</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(none: client credentials)</source>
        <translation>(なし: クライアントクレデンシャル)</translation>
    </message>
    <message>
        <source>%1 (not known to this version)</source>
        <translation>%1 (このバージョンでは未対応)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(no refresh token)</source>
        <translation>(リフレッシュトークンなし)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>(client)</source>
        <translation>(クライアント)</translation>
    </message>
    <message>
        <source>No subject: a client credentials token</source>
        <translation>サブジェクトなし: クライアントクレデンシャルのトークン</translation>
    </message>
    <message>
        <source>Expires within 24 hours</source>
        <translation>24 時間以内に期限切れ</translation>
    </message>
</context>
<context>
    <name>TokenCreateRequest</name>
    <message>
        <source>A subject (the resource owner&apos;s user ID) is required for %1.</source>
        <translation>%1 にはサブジェクト (リソースオーナーのユーザー ID) が必要です。</translation>
    </message>
    <message>
        <source>The subject may contain only ASCII characters.</source>
        <translation>サブジェクトには ASCII 文字のみ使用できます。</translation>
    </message>
    <message>
        <source>The subject has %1 characters; at most %2 are allowed.</source>
        <translation>サブジェクトが %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A client ID or alias is required.</source>
        <translation>クライアント ID またはエイリアスが必要です。</translation>
    </message>
    <message>
        <source>A client ID or alias cannot contain spaces.</source>
        <translation>クライアント ID やエイリアスに空白は使用できません。</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>有効期間に負の値は指定できません。</translation>
    </message>
    <message>
        <source>A thumbprint is base64url: letters, digits, “-” and “_” only, without padding.</source>
        <translation>サムプリントは base64url 形式です。英字、数字、「-」、「_」のみを使用し、パディングは付けません。</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation>「%1」は絶対 URI ではありません。</translation>
    </message>
    <message>
        <source>“%1” has a fragment (#…), which a resource indicator must not have.</source>
        <translation>「%1」にはフラグメント (#…) が含まれていますが、リソースインジケーターには含めることができません。</translation>
    </message>
    <message>
        <source>The claims must be a JSON object: {&quot;name&quot;: value, …}.</source>
        <translation>クレームは JSON オブジェクトで指定してください: {&quot;name&quot;: value, …}。</translation>
    </message>
    <message>
        <source>A grant type is required.</source>
        <translation>グラントタイプが必要です。</translation>
    </message>
</context>
<context>
    <name>TokenDetailsWidget</name>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>Refresh token scopes</source>
        <translation>リフレッシュトークンのスコープ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Copy access token hash</source>
        <translation>アクセストークンのハッシュをコピー</translation>
    </message>
    <message>
        <source>Copy refresh token hash</source>
        <translation>リフレッシュトークンのハッシュをコピー</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(not given by the server)</source>
        <translation>(サーバーから提供されていません)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2%3</translation>
    </message>
    <message>
        <source> &lt;i&gt;(hidden from the client)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(クライアントには非公開)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Copy the whole value</source>
        <translation>値全体をコピー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens selected. Select one to see its details.</source>
        <translation>
            <numerusform>%Ln 件のアクセストークンを選択中です。詳細を見るには 1 件だけ選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token selected. Select a row to see its details.</source>
        <translation>アクセストークンが選択されていません。詳細を見るには行を選択してください。</translation>
    </message>
</context>
<context>
    <name>TokenExport</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>エクスポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Tokens can be exported as .csv or .json files, not as %1.</source>
        <translation>トークンは .csv または .json ファイルにエクスポートできます。%1 にはエクスポートできません。</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 を書き込み用に開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TokenFormatter</name>
    <message>
        <source>Unknown column “%1”; the columns are: %2.</source>
        <translation>不明な列「%1」です。列は次のとおりです: %2。</translation>
    </message>
</context>
<context>
    <name>TokenListLoader</name>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>the total grew from %L1 to %L2 tokens during the load, more than tokens created meanwhile explain</source>
        <translation>読み込み中に総数が %L1 件から %L2 件に増えました。その間に作成されたアクセストークンでは説明できない増え方です</translation>
    </message>
</context>
<context>
    <name>TokenLocator</name>
    <message>
        <source>it was not found within %L1 s</source>
        <translation>%L1 秒以内に見つかりませんでした</translation>
    </message>
    <message>
        <source>it was not among the first %L1 of the %L2 tokens listed for its subject and client</source>
        <translation>サブジェクトとクライアントで一覧した %L2 件のうち先頭 %L1 件には見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>TokenOperations</name>
    <message>
        <source>new access token value issued; new hash %1</source>
        <translation>新しいアクセストークンの値を発行。新しいハッシュ %1</translation>
    </message>
    <message>
        <source>confirmed by looking the token up</source>
        <translation>トークンを検索して確認済み</translation>
    </message>
    <message>
        <source>Revoking all tokens needs a subject, a client or both.</source>
        <translation>トークンを一括失効するには、サブジェクト、クライアント、またはその両方の指定が必要です。</translation>
    </message>
    <message>
        <source>revoked by its value, which the list did not show</source>
        <translation>一覧に表示されていないトークンを値で失効</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TokenValueFinder</name>
    <message>
        <source>Find by &amp;value…</source>
        <translation>値で検索(&amp;V)…</translation>
    </message>
    <message>
        <source>Select the token whose value you have, by the hash the list shows</source>
        <translation>手元にあるトークンの値から、一覧に表示されるハッシュでそのトークンを選択します</translation>
    </message>
    <message>
        <source>Find by value</source>
        <translation>値で検索</translation>
    </message>
    <message>
        <source>Access token value (it is not kept; only its hash is looked for):</source>
        <translation>アクセストークンの値（値は保持されず、ハッシュだけで検索します）:</translation>
    </message>
    <message>
        <source>Found the client-credentials token of %1.</source>
        <translation>%1 のクライアントクレデンシャルのトークンが見つかりました。</translation>
    </message>
    <message>
        <source>Found the token of %1 for %2.</source>
        <translation>%2 の %1 のトークンが見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>That token is not among the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>そのトークンは、読み込み済みのトークン %Ln 件（全 %L1 件中）にはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all and look again</source>
        <translation>すべて読み込んで再検索</translation>
    </message>
    <message>
        <source>No token the search shows has that value (its hash would be %1). The server may still hold it under a subject or client not searched, or hash it another way.

Revoke it by its value? The server finds a token by its value itself.</source>
        <translation>検索結果にその値のトークンはありません（ハッシュは %1 になるはずです）。検索していないサブジェクトやクライアントのトークンか、サーバーが別の方法でハッシュしている可能性があります。

値で失効しますか? サーバーは値からトークンを特定できます。</translation>
    </message>
    <message>
        <source>Revoke by value</source>
        <translation>値で失効</translation>
    </message>
    <message>
        <source>The token with hash %1 was revoked by its value.</source>
        <translation>ハッシュ %1 のトークンを値で失効しました。</translation>
    </message>
</context>
<context>
    <name>UpdateTokenDialog</name>
    <message>
        <source>Update Access Token</source>
        <translation>アクセストークンの更新</translation>
    </message>
    <message>
        <source>Token of “%1”, client %2, hash %3</source>
        <translation>「%1」のトークン、クライアント %2、ハッシュ %3</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Access token expiry</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <source>&amp;Access token expires:</source>
        <translation>アクセストークンの有効期限(&amp;A):</translation>
    </message>
    <message>
        <source>Refresh token expiry</source>
        <translation>リフレッシュトークンの有効期限</translation>
    </message>
    <message>
        <source>Re&amp;fresh token expires:</source>
        <translation>リフレッシュトークンの有効期限(&amp;F):</translation>
    </message>
    <message>
        <source>Persis&amp;tent: the access token never expires</source>
        <translation>無期限(&amp;T): アクセストークンの有効期限なし</translation>
    </message>
    <message>
        <source>Persistent access token</source>
        <translation>無期限のアクセストークン</translation>
    </message>
    <message>
        <source>Partly checked: unchanged. Checked: never expires. Unchecked: expires normally.</source>
        <translation>中間状態: 変更しない。オン: 有効期限なし。オフ: 通常どおり期限切れになる。</translation>
    </message>
    <message>
        <source>Propert&amp;ies:</source>
        <translation>プロパティ(&amp;I):</translation>
    </message>
    <message>
        <source>Issue a &amp;new access token value</source>
        <translation>新しいアクセストークンの値を発行(&amp;N)</translation>
    </message>
    <message>
        <source>The service generates a new value; the old one stops working.</source>
        <translation>サービスが新しい値を生成し、古い値は使用できなくなります。</translation>
    </message>
    <message>
        <source>Recompute the access token e&amp;xpiry from the new scopes&apos; durations</source>
        <translation>新しいスコープの有効期間からアクセストークンの有効期限を再計算(&amp;X)</translation>
    </message>
    <message>
        <source>Applies when the scopes change and the expiry is not set here: the smallest duration attribute among the new scopes wins.</source>
        <translation>スコープを変更し、ここで有効期限を指定しない場合に適用されます。新しいスコープの有効期間属性のうち最も短いものが使われます。</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>トークンを更新</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Token to update</source>
        <translation>更新するトークン</translation>
    </message>
    <message>
        <source>Problem with the properties</source>
        <translation>プロパティの問題</translation>
    </message>
    <message>
        <source>Issue a new access token value</source>
        <translation>新しいアクセストークンの値を発行</translation>
    </message>
    <message>
        <source>Recompute the access token expiry from the new scopes&apos; durations</source>
        <translation>新しいスコープの有効期間からアクセストークンの有効期限を再計算</translation>
    </message>
    <message>
        <source>Recompute the refresh token expiry from the new scopes&apos; durations</source>
        <translation>新しいスコープの有効期間からリフレッシュトークンの有効期限を再計算</translation>
    </message>
    <message>
        <source>This connection sends form-encoded bodies (set in its advanced connection settings), which cannot carry properties, so they are disabled.</source>
        <translation>この接続はフォーム形式で本文を送ります (接続の詳細設定で指定)。フォーム形式ではプロパティを送れないため、無効になっています。</translation>
    </message>
    <message>
        <source>Recompute the &amp;refresh token expiry from the new scopes&apos; durations</source>
        <translation>新しいスコープの有効期間からリフレッシュトークンの有効期限を再計算(&amp;R)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--check-connection needs --service-id and the bearer in AUTHLETE_BEARER.</source>
        <translation>--check-connection には --service-id と、AUTHLETE_BEARER に設定した Bearer トークンが必要です。</translation>
    </message>
    <message>
        <source>Browse, find and revoke the OAuth access tokens of an Authlete service.</source>
        <translation>Authlete サービスの OAuth アクセストークンを一覧、検索、失効します。</translation>
    </message>
    <message>
        <source>Open the demo: a local sandbox with sample tokens.</source>
        <translation>デモを開きます: サンプルのトークンを持つローカルのサンドボックスです。</translation>
    </message>
    <message>
        <source>How many tokens the demo holds.</source>
        <translation>デモのトークン数。</translation>
    </message>
    <message>
        <source>Open this connection profile.</source>
        <translation>この接続プロファイルを開きます。</translation>
    </message>
    <message>
        <source>Test a connection and exit: one list call to this Authlete URL, with the bearer from AUTHLETE_BEARER. Prints the token count; exit code 0 on success.</source>
        <translation>接続をテストして終了します: AUTHLETE_BEARER の Bearer トークンで、この Authlete URL に一覧取得を 1 回呼び出します。トークン数を表示し、成功時の終了コードは 0 です。</translation>
    </message>
    <message>
        <source>The service ID for --check-connection.</source>
        <translation>--check-connection で使用するサービス ID。</translation>
    </message>
    <message>
        <source>An extra CA certificate (PEM) for --check-connection.</source>
        <translation>--check-connection で使用する追加の CA 証明書 (PEM)。</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a local port.</source>
        <translation>デモ用サンドボックスがローカルポートで待ち受けできませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %Ln tokens</source>
        <translation>
            <numerusform>接続しました: トークン %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>“tokendesk-cli COMMAND --help” shows a command&apos;s options.</source>
        <translation>「tokendesk-cli COMMAND --help」でコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>List, count, revoke and delete the OAuth access tokens of an Authlete service, from scripts and terminals.</source>
        <translation>Authlete サービスの OAuth アクセストークンを、スクリプトや端末から一覧表示・集計・失効・削除します。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>実行する内容。</translation>
    </message>
</context>
</TS>
