<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>TokenDesk gave up after %Ln attempts within %1 s.</source>
        <translation>
            <numerusform>TokenDesk gave up after %Ln attempt within %1 s.</numerusform>
            <numerusform>TokenDesk gave up after %Ln attempts within %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server sent %Ln tokens for a window of %1</source>
        <translation>
            <numerusform>the server sent %Ln token for a window of %1</numerusform>
            <numerusform>the server sent %Ln tokens for a window of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server gave no answer after %Ln attempts within %1 s.</source>
        <translation>
            <numerusform>The server gave no answer after %Ln attempt within %1 s.</numerusform>
            <numerusform>The server gave no answer after %Ln attempts within %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n unreadable lines were skipped</source>
        <translation>
            <numerusform>%n unreadable line was skipped</numerusform>
            <numerusform>%n unreadable lines were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would revoke %n tokens on %1; nothing was changed.</source>
        <translation>
            <numerusform>Would revoke %n token on %1; nothing was changed.</numerusform>
            <numerusform>Would revoke %n tokens on %1; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would delete %n tokens on %1; nothing was changed.</source>
        <translation>
            <numerusform>Would delete %n token on %1; nothing was changed.</numerusform>
            <numerusform>Would delete %n tokens on %1; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens, by hash, on %1?</source>
        <translation>
            <numerusform>Revoke %n token, by hash, on %1?</numerusform>
            <numerusform>Revoke %n tokens, by hash, on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens, by hash, on %1? Deleting cannot be undone.</source>
        <translation>
            <numerusform>Delete %n token, by hash, on %1? Deleting cannot be undone.</numerusform>
            <numerusform>Delete %n tokens, by hash, on %1? Deleting cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would revoke %n tokens of %1 on %2; nothing was changed.</source>
        <translation>
            <numerusform>Would revoke %n token of %1 on %2; nothing was changed.</numerusform>
            <numerusform>Would revoke %n tokens of %1 on %2; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n tokens of %1 on %2?</source>
        <translation>
            <numerusform>Revoke the %n token of %1 on %2?</numerusform>
            <numerusform>Revoke all %n tokens of %1 on %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens of %1.</source>
        <translation>
            <numerusform>Revoked %n token of %1.</numerusform>
            <numerusform>Revoked %n tokens of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects listed</source>
        <translation>
            <numerusform>%n subject listed</numerusform>
            <numerusform>%n subjects listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens found.</source>
        <translation>
            <numerusform>%n token found.</numerusform>
            <numerusform>%n tokens found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate lines were folded.</source>
        <translation>
            <numerusform>%n duplicate line was folded.</numerusform>
            <numerusform>%n duplicate lines were folded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects have no tokens: %1</source>
        <translation>
            <numerusform>%n subject has no tokens: %1</numerusform>
            <numerusform>%n subjects have no tokens: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens of these subjects on %1?</source>
        <translation>
            <numerusform>Revoke %n token of these subjects on %1?</numerusform>
            <numerusform>Revoke %n tokens of these subjects on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n tokens.</source>
        <translation>
            <numerusform>Revoked %n token.</numerusform>
            <numerusform>Revoked %n tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message numerus="yes">
        <source>Connected: %Ln tokens</source>
        <translation>
            <numerusform>Connected: %Ln token</numerusform>
            <numerusform>Connected: %Ln tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The filter looks only at the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>The filter looks only at the %Ln loaded token of %L1.</numerusform>
            <numerusform>The filter looks only at the %Ln loaded tokens of %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting orders only the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>Sorting orders only the %Ln loaded token of %L1.</numerusform>
            <numerusform>Sorting orders only the %Ln loaded tokens of %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln loaded tokens (%L2 in all)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln loaded token (%L2 in all)</numerusform>
            <numerusform>Showing %L1 of %Ln loaded tokens (%L2 in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tokens loaded</source>
        <translation>
            <numerusform>%L1 of %Ln token loaded</numerusform>
            <numerusform>%L1 of %Ln tokens loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryCountdown</name>
    <message numerus="yes">
        <source>Retrying (attempt %1 of %2, next in %Ln s)…</source>
        <translation>
            <numerusform>Retrying (attempt %1 of %2, next in %Ln second)…</numerusform>
            <numerusform>Retrying (attempt %1 of %2, next in %Ln s)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultBar</name>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1…</source>
        <translation>
            <numerusform>Revoke &amp;the %n token of %1…</numerusform>
            <numerusform>Revoke &amp;all %n tokens of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1, for every user…</source>
        <translation>
            <numerusform>Revoke &amp;the %n token of %1, for every user…</numerusform>
            <numerusform>Revoke &amp;all %n tokens of %1, for every user…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;all %n tokens of %1 for %2…</source>
        <translation>
            <numerusform>Revoke &amp;the %n token of %1 for %2…</numerusform>
            <numerusform>Revoke &amp;all %n tokens of %1 for %2…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message numerus="yes">
        <source>%1 (… %Ln more characters)</source>
        <translation>
            <numerusform>%1 (… %Ln more character)</numerusform>
            <numerusform>%1 (… %Ln more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectList</name>
    <message numerus="yes">
        <source>The list has more than %Ln subjects; split it into smaller lists.</source>
        <translation>
            <numerusform>The list has more than %Ln subject; split it into smaller lists.</numerusform>
            <numerusform>The list has more than %Ln subjects; split it into smaller lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectListDialog</name>
    <message numerus="yes">
        <source>Counting the tokens of %Ln subjects…</source>
        <translation>
            <numerusform>Counting the tokens of %Ln subject…</numerusform>
            <numerusform>Counting the tokens of %Ln subjects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate lines were folded.</source>
        <translation>
            <numerusform>%Ln duplicate line was folded.</numerusform>
            <numerusform>%Ln duplicate lines were folded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln</source>
        <translation>
            <numerusform>Revoked %Ln</numerusform>
            <numerusform>Revoked %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects hold %1 tokens.</source>
        <translation>
            <numerusform>%Ln subject holds %1 tokens.</numerusform>
            <numerusform>%Ln subjects hold %1 tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hold none.</source>
        <translation>
            <numerusform>%Ln of them holds none.</numerusform>
            <numerusform>%Ln of them hold none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be counted; revoking tries them too.</source>
        <translation>
            <numerusform>%Ln could not be counted; revoking tries it too.</numerusform>
            <numerusform>%Ln could not be counted; revoking tries them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Tokens…</source>
        <translation>
            <numerusform>&amp;Revoke %Ln Token…</numerusform>
            <numerusform>&amp;Revoke %Ln Tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %Ln tokens of the subjects in this list?</source>
        <translation>
            <numerusform>Revoke the %Ln token of the subjects in this list?</numerusform>
            <numerusform>Revoke the %Ln tokens of the subjects in this list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Tokens</source>
        <translation>
            <numerusform>&amp;Revoke %Ln Token</numerusform>
            <numerusform>&amp;Revoke %Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln tokens.</source>
        <translation>
            <numerusform>Revoked %Ln token.</numerusform>
            <numerusform>Revoked %Ln tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subjects failed or were not sent; running the same list again is safe.</source>
        <translation>
            <numerusform>%Ln subject failed or was not sent; running the same list again is safe.</numerusform>
            <numerusform>%Ln subjects failed or were not sent; running the same list again is safe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message numerus="yes">
        <source>&amp;Revoke %Ln tokens</source>
        <translation>
            <numerusform>&amp;Revoke %Ln token</numerusform>
            <numerusform>&amp;Revoke %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln token records</source>
        <translation>
            <numerusform>&amp;Delete %Ln token record</numerusform>
            <numerusform>&amp;Delete %Ln token records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not attempted (cancelled).</source>
        <translation>
            <numerusform>%Ln not attempted (cancelled).</numerusform>
            <numerusform>%Ln not attempted (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed:</source>
        <translation>
            <numerusform>%Ln failed:</numerusform>
            <numerusform>%Ln failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %Ln tokens…</source>
        <translation>
            <numerusform>Revoking %Ln token…</numerusform>
            <numerusform>Revoking %Ln tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln token records…</source>
        <translation>
            <numerusform>Deleting %Ln token record…</numerusform>
            <numerusform>Deleting %Ln token records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens revoked.</source>
        <translation>
            <numerusform>%Ln token revoked.</numerusform>
            <numerusform>%Ln tokens revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token records deleted.</source>
        <translation>
            <numerusform>%Ln token record deleted.</numerusform>
            <numerusform>%Ln token records deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server revoked %Ln tokens %1.</source>
        <translation>
            <numerusform>The server revoked %Ln token %1.</numerusform>
            <numerusform>The server revoked %Ln tokens %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token was updated, but the server dropped %Ln scopes it does not allow for this token: %1</source>
        <translation>
            <numerusform>The token was updated, but the server dropped %Ln scope it does not allow for this token: %1</numerusform>
            <numerusform>The token was updated, but the server dropped %Ln scopes it does not allow for this token: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %Ln selected tokens?</source>
        <translation>
            <numerusform>Revoke the %Ln selected token?</numerusform>
            <numerusform>Revoke the %Ln selected tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the records of the %Ln selected tokens?</source>
        <translation>
            <numerusform>Delete the record of the %Ln selected token?</numerusform>
            <numerusform>Delete the records of the %Ln selected tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of %1, across all clients?</source>
        <translation>
            <numerusform>Revoke the %Ln token of %1, across all clients?</numerusform>
            <numerusform>Revoke all %Ln tokens of %1, across all clients?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of client %1, for every user?</source>
        <translation>
            <numerusform>Revoke the %Ln token of client %1, for every user?</numerusform>
            <numerusform>Revoke all %Ln tokens of client %1, for every user?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln tokens of %1 for client %2?</source>
        <translation>
            <numerusform>Revoke the %Ln token of %1 for client %2?</numerusform>
            <numerusform>Revoke all %Ln tokens of %1 for client %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDetailsWidget</name>
    <message numerus="yes">
        <source>%Ln tokens selected. Select one to see its details.</source>
        <translation>
            <numerusform>%Ln token selected. Select one to see its details.</numerusform>
            <numerusform>%Ln tokens selected. Select one to see its details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenValueFinder</name>
    <message numerus="yes">
        <source>That token is not among the %Ln loaded tokens of %L1.</source>
        <translation>
            <numerusform>That token is not the %Ln loaded token of %L1.</numerusform>
            <numerusform>That token is not among the %Ln loaded tokens of %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Connected: %Ln tokens</source>
        <translation>
            <numerusform>Connected: %Ln token</numerusform>
            <numerusform>Connected: %Ln tokens</numerusform>
        </translation>
    </message>
</context>
</TS>
