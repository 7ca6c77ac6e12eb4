// Every change to tokens through TokenOperations, against the real sandbox: each operation's typed
// result, the one audit line it writes (read back from the file), the count before a revoke-all, and
// the failures: a refused credential, a bulk item the server does not know, a cancelled bulk action.
#include "AuditLog.h"
#include "ClientTestSupport.h"
#include "TokenHash.h"
#include "TokenOperations.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBearer = QStringLiteral("operations-test-bearer-3e81c0");
const QString kProfile = QStringLiteral("Ops");
constexpr char kOperator[] = "hana.ops";
constexpr int kWaitMs = 30'000;

// Everything the operations object said, in order.
struct Heard
{
    QList<TokenOperations::Created> created;
    QList<TokenOperations::Updated> updated;
    QList<std::pair<QString, AccessToken>> rowsRead;
    QList<TokenOperations::BulkFinished> bulks;
    QList<TokenOperations::Counted> counts;
    QList<TokenOperations::RevokedAll> revokedAll;
    QStringList auditFailures;

    void listenTo(TokenOperations *operations)
    {
        QObject::connect(operations, &TokenOperations::created, operations,
                         [this](const TokenOperations::Created &result) { created.append(result); });
        QObject::connect(operations, &TokenOperations::updated, operations,
                         [this](const TokenOperations::Updated &result) { updated.append(result); });
        QObject::connect(operations, &TokenOperations::rowRead, operations,
                         [this](const QString &hash, const AccessToken &token) {
                             rowsRead.append({hash, token});
                         });
        QObject::connect(operations, &TokenOperations::bulkFinished, operations,
                         [this](const TokenOperations::BulkFinished &result) { bulks.append(result); });
        QObject::connect(operations, &TokenOperations::counted, operations,
                         [this](const TokenOperations::Counted &result) { counts.append(result); });
        QObject::connect(operations, &TokenOperations::revokedAll, operations,
                         [this](const TokenOperations::RevokedAll &result) { revokedAll.append(result); });
        QObject::connect(operations, &TokenOperations::auditFailed, operations,
                         [this](const QString &error) { auditFailures.append(error); });
    }
};

} // namespace

class TestTokenOperations : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<AuthleteClient> m_client;
    std::unique_ptr<TokenOperations> m_operations;
    Heard m_heard;
    QDateTime m_started;

    // Operations on a sandbox of the test's own, writing to a fresh audit log.
    void operateOn(const SandboxProcess &sandbox, const QString &bearer = kBearer)
    {
        m_operations.reset();
        m_heard = Heard();
        m_client = clientFor(&m_network, sandbox, bearer);
        m_operations = std::make_unique<TokenOperations>(m_client.get(), m_auditLog.get());
        m_operations->setConnectionName(kProfile, sandbox.serviceId());
        m_operations->setClientNames(
            [](qint64 clientId) { return QStringLiteral("Client %1").arg(clientId); });
        m_heard.listenTo(m_operations.get());
    }

    QList<AccessToken> serverTokens(const TokenListQuery &filter = TokenListQuery())
    {
        const std::unique_ptr<AuthleteClient> client = clientFor(&m_network, m_sandbox, kBearer);
        return loadEverything(client.get(), filter);
    }

    QSet<QString> serverHashes(const TokenListQuery &filter = TokenListQuery())
    {
        QSet<QString> hashes;
        for (const AccessToken &token : serverTokens(filter))
            hashes.insert(token.accessTokenHash);
        return hashes;
    }

    // A token of a user (not a client-credentials one), as the server holds it now.
    AccessToken userToken(int skip = 0)
    {
        for (const AccessToken &token : serverTokens()) {
            if (!token.subject.isEmpty() && skip-- == 0)
                return token;
        }
        return AccessToken();
    }

    QList<AuditEntry> auditEntries() const { return m_auditLog->readAll(); }
    QByteArray auditBytes() const
    {
        QFile file(m_auditLog->path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // What every audit entry of this test carries, whatever the operation: the connection, and a time
    // within the test.
    bool stamped(const AuditEntry &entry) const
    {
        return entry.operatorName == QLatin1StringView(kOperator) && entry.profile == kProfile &&
               entry.serviceId == m_sandbox.serviceId() && entry.time >= m_started &&
               entry.time <= QDateTime::currentDateTimeUtc();
    }

private slots:
    void initTestCase()
    {
        // The operator every audit line names: the OS account.
        qputenv("USER", kOperator);
        QVERIFY(m_sandbox.start({QStringLiteral("--tokens"), QStringLiteral("300"),
                                 QStringLiteral("--subjects"), QStringLiteral("30")},
                                kBearer));
    }

    void init()
    {
        m_started = QDateTime::currentDateTimeUtc();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_auditLog = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
        operateOn(m_sandbox);
    }

    void cleanup() { QCOMPARE(m_heard.auditFailures, QStringList()); }

    void createReportsTheTokenAndAuditsNoValue()
    {
        const AccessToken existing = userToken();
        QVERIFY(existing.clientId != 0);
        TokenCreateRequest request;
        request.grantType = GrantType::fromName(QStringLiteral("AUTHORIZATION_CODE"));
        request.clientId = existing.clientId;
        request.subject = QStringLiteral("ops.created");
        request.scopes = QStringList{QStringLiteral("openid")};
        m_operations->create(request);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.created.size(), 1, kWaitMs);

        const TokenOperations::Created &created = m_heard.created.first();
        QVERIFY2(!created.error, qPrintable(created.error.message()));
        QVERIFY(!created.response.accessToken.isEmpty());
        const QString hash = TokenHash::of(created.response.accessToken);
        QCOMPARE(created.token.accessTokenHash, hash);
        QCOMPARE(created.token.subject, request.subject);
        QCOMPARE(created.token.clientId, existing.clientId);
        QVERIFY(serverHashes().contains(hash));

        // The row is read back from the server, under the hash it was added with.
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.rowsRead.size(), 1, kWaitMs);
        QCOMPARE(m_heard.rowsRead.first().first, hash);
        QCOMPARE(m_heard.rowsRead.first().second.accessTokenHash, hash);
        QCOMPARE(m_heard.rowsRead.first().second.subject, request.subject);

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(stamped(entries.first()));
        QCOMPARE(entries.first().operation, AuditEntry::Operation::Create);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Ok);
        QCOMPARE(entries.first().accessTokenHash, hash);
        QCOMPARE(entries.first().subject, request.subject);
        QCOMPARE(entries.first().clientIdentifier, QString::number(existing.clientId));
        QCOMPARE(entries.first().resultCode, created.response.resultCode);
        QCOMPARE(entries.first().count, 1);
        QVERIFY2(!auditBytes().contains(created.response.accessToken.toUtf8()), "a token value was audited");
        if (!created.response.refreshToken.isEmpty())
            QVERIFY(!auditBytes().contains(created.response.refreshToken.toUtf8()));
    }

    void refusedCreateIsAuditedAsFailed()
    {
        TokenCreateRequest request;
        request.grantType = GrantType::fromName(QStringLiteral("AUTHORIZATION_CODE"));
        request.clientId = 42; // not a client of this service
        request.subject = QStringLiteral("ops.refused");
        m_operations->create(request);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.created.size(), 1, kWaitMs);
        const TokenOperations::Created &created = m_heard.created.first();
        QVERIFY(created.error);
        QCOMPARE(created.error.httpStatus, 403);
        QVERIFY(created.response.accessToken.isEmpty());

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(stamped(entries.first()));
        QCOMPARE(entries.first().operation, AuditEntry::Operation::Create);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Failed);
        QCOMPARE(entries.first().resultCode, created.error.resultCode);
        QVERIFY(!entries.first().resultCode.isEmpty());
        QCOMPARE(entries.first().detail, created.error.message());
        QCOMPARE(entries.first().clientIdentifier, QStringLiteral("42"));
        QVERIFY(entries.first().accessTokenHash.isEmpty());
    }

    void updateNamesDroppedScopesAndRereadsTheRow()
    {
        const AccessToken token = userToken(1);
        QVERIFY(!token.accessTokenHash.isEmpty());
        TokenUpdateRequest request;
        request.accessTokenHash = token.accessTokenHash;
        QStringList scopes = token.scopes;
        if (!scopes.contains(QStringLiteral("email")))
            scopes.append(QStringLiteral("email"));
        scopes.append(QStringLiteral("no.such.scope"));
        request.scopes = scopes;
        m_operations->update(token, request);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.updated.size(), 1, kWaitMs);

        const TokenOperations::Updated &updated = m_heard.updated.first();
        QVERIFY2(!updated.error, qPrintable(updated.error.message()));
        QCOMPARE(updated.accessTokenHash, token.accessTokenHash);
        QCOMPARE(updated.droppedScopes, QStringList{QStringLiteral("no.such.scope")});
        QVERIFY(updated.newAccessToken.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(m_heard.rowsRead.size(), 1, kWaitMs);
        QCOMPARE(m_heard.rowsRead.first().first, token.accessTokenHash);
        const AccessToken &row = m_heard.rowsRead.first().second;
        QVERIFY(row.scopes.contains(QStringLiteral("email")));
        QVERIFY(!row.scopes.contains(QStringLiteral("no.such.scope")));

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(stamped(entries.first()));
        QCOMPARE(entries.first().operation, AuditEntry::Operation::Update);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Ok);
        QCOMPARE(entries.first().accessTokenHash, token.accessTokenHash);
        QCOMPARE(entries.first().subject, token.subject);
        QCOMPARE(entries.first().count, 1);
        QVERIFY(!entries.first().resultCode.isEmpty());
    }

    void reissuedValueIsReportedOnceAndNeverAudited()
    {
        const AccessToken token = userToken(2);
        TokenUpdateRequest request;
        request.accessTokenHash = token.accessTokenHash;
        request.accessTokenValueUpdated = true;
        m_operations->update(token, request);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.updated.size(), 1, kWaitMs);
        const TokenOperations::Updated &updated = m_heard.updated.first();
        QVERIFY2(!updated.error, qPrintable(updated.error.message()));
        QVERIFY(!updated.newAccessToken.isEmpty());
        const QString newHash = TokenHash::of(updated.newAccessToken);
        QVERIFY(newHash != token.accessTokenHash);

        // The row found under its new hash replaces the one under the old.
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.rowsRead.size(), 1, kWaitMs);
        QCOMPARE(m_heard.rowsRead.first().first, token.accessTokenHash);
        QCOMPARE(m_heard.rowsRead.first().second.accessTokenHash, newHash);

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().accessTokenHash, token.accessTokenHash);
        QVERIFY2(entries.first().detail.contains(newHash), qPrintable(entries.first().detail));
        QVERIFY2(!auditBytes().contains(updated.newAccessToken.toUtf8()), "a token value was audited");
    }

    void bulkRevokeDropsAnUnknownTokenButCountsItFailed()
    {
        const AccessToken first = userToken(3);
        const AccessToken second = userToken(4);
        AccessToken unknown;
        unknown.accessTokenHash = QStringLiteral("no-such-token-hash-0000");
        unknown.subject = QStringLiteral("nobody");
        BulkTokenAction *action = m_operations->revoke({first, unknown, second});
        QVERIFY(action);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.bulks.size(), 1, kWaitMs);

        const TokenOperations::BulkFinished &bulk = m_heard.bulks.first();
        QCOMPARE(bulk.kind, BulkTokenAction::Kind::Revoke);
        QCOMPARE(bulk.outcomes.size(), 3);
        QCOMPARE(bulk.succeeded(), 2);
        QCOMPARE(bulk.cancelled(), 0);
        QCOMPARE(bulk.failures().size(), 1);
        QCOMPARE(bulk.failures().first().target.accessTokenHash, unknown.accessTokenHash);
        QCOMPARE(bulk.failures().first().error.httpStatus, 404);
        // Gone from the server either way: all three rows leave the table.
        QCOMPARE(bulk.gone(),
                 (QSet<QString>{first.accessTokenHash, second.accessTokenHash, unknown.accessTokenHash}));
        const QSet<QString> remaining = serverHashes();
        QVERIFY(!remaining.contains(first.accessTokenHash));
        QVERIFY(!remaining.contains(second.accessTokenHash));

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 3);
        for (const AuditEntry &entry : entries) {
            QVERIFY(stamped(entry));
            QCOMPARE(entry.operation, AuditEntry::Operation::Revoke);
            const bool isUnknown = entry.accessTokenHash == unknown.accessTokenHash;
            QCOMPARE(entry.outcome, isUnknown ? AuditEntry::Outcome::Failed : AuditEntry::Outcome::Ok);
            QCOMPARE(entry.count, isUnknown ? 0 : 1);
            QCOMPARE(entry.clientName, QStringLiteral("Client %1").arg(entry.clientIdentifier));
            // A bulk line keeps the server's result code, as a revoke-all line does.
            QCOMPARE(entry.resultCode.isEmpty(), false);
            if (isUnknown) {
                QCOMPARE(entry.resultCode, bulk.failures().first().error.resultCode);
                QCOMPARE(entry.subject, unknown.subject);
            }
        }
    }

    void deleteOne()
    {
        const AccessToken token = userToken(5);
        m_operations->remove({token});
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.bulks.size(), 1, kWaitMs);
        QCOMPARE(m_heard.bulks.first().kind, BulkTokenAction::Kind::Delete);
        QCOMPARE(m_heard.bulks.first().succeeded(), 1);
        QCOMPARE(m_heard.bulks.first().gone(), QSet<QString>{token.accessTokenHash});
        QVERIFY(!serverHashes().contains(token.accessTokenHash));
        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(stamped(entries.first()));
        QCOMPARE(entries.first().operation, AuditEntry::Operation::Delete);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Ok);
        QCOMPARE(entries.first().accessTokenHash, token.accessTokenHash);
        QCOMPARE(entries.first().clientIdentifier, QString::number(token.clientId));
    }

    void revokeAllCountsFirst_data()
    {
        QTest::addColumn<bool>("bySubject");
        QTest::addColumn<bool>("byClient");
        QTest::newRow("a subject") << true << false;
        QTest::newRow("a subject for a client") << true << true;
        QTest::newRow("a client") << false << true;
    }

    void revokeAllCountsFirst()
    {
        QFETCH(bool, bySubject);
        QFETCH(bool, byClient);
        const AccessToken token = userToken();
        QVERIFY(!token.subject.isEmpty());
        const TokenOperations::Owner owner{bySubject ? token.subject : QString(),
                                           byClient ? QString::number(token.clientId) : QString()};
        TokenListQuery filter;
        filter.subject = owner.subject;
        filter.clientIdentifier = owner.clientIdentifier;
        const int expected = int(serverHashes(filter).size());
        QVERIFY(expected > 0);

        m_operations->countAll(owner);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.counts.size(), 1, kWaitMs);
        QVERIFY(!m_heard.counts.first().error);
        QCOMPARE(m_heard.counts.first().total, expected);
        QCOMPARE(m_heard.counts.first().owner.subject, owner.subject);
        QCOMPARE(m_heard.counts.first().owner.clientIdentifier, owner.clientIdentifier);
        QVERIFY2(auditEntries().isEmpty(), "counting changes nothing, so it is not audited");

        m_operations->revokeAll(owner);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.revokedAll.size(), 1, kWaitMs);
        QVERIFY(!m_heard.revokedAll.first().error);
        QCOMPARE(m_heard.revokedAll.first().count, expected);
        QVERIFY(serverHashes(filter).isEmpty());

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(stamped(entries.first()));
        QCOMPARE(entries.first().operation, AuditEntry::Operation::Revoke);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Ok);
        QCOMPARE(entries.first().count, expected);
        QCOMPARE(entries.first().subject, owner.subject);
        QCOMPARE(entries.first().clientIdentifier, owner.clientIdentifier);
        QVERIFY(entries.first().accessTokenHash.isEmpty());
    }

    void revokeAllOfNobodyIsRefusedBeforeSending()
    {
        const int before = int(serverHashes().size());
        m_operations->revokeAll({});
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.revokedAll.size(), 1, kWaitMs);
        QCOMPARE(m_heard.revokedAll.first().error.kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(serverHashes().size(), before);
        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().outcome, AuditEntry::Outcome::Failed);
    }

    void refusedCredentialFailsEveryKind()
    {
        const AccessToken token = userToken();
        operateOn(m_sandbox, QStringLiteral("not-the-bearer"));
        m_operations->countAll({token.subject, QString()});
        m_operations->revokeAll({token.subject, QString()});
        m_operations->revoke({token});
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.counts.size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.revokedAll.size(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.bulks.size(), 1, kWaitMs);
        QCOMPARE(m_heard.counts.first().error.httpStatus, 401);
        QCOMPARE(m_heard.revokedAll.first().error.httpStatus, 401);
        QCOMPARE(m_heard.bulks.first().failures().size(), 1);
        QCOMPARE(m_heard.bulks.first().failures().first().error.httpStatus, 401);
        QVERIFY2(m_heard.bulks.first().gone().isEmpty(), "a refused revoke leaves the row");
        QVERIFY(serverHashes().contains(token.accessTokenHash));

        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(entries.size(), 2); // the revoke-all and the one revoke; the count is a read
        for (const AuditEntry &entry : entries) {
            QVERIFY(stamped(entry));
            QCOMPARE(entry.operation, AuditEntry::Operation::Revoke);
            QCOMPARE(entry.outcome, AuditEntry::Outcome::Failed);
            QCOMPARE(entry.resultCode, m_heard.revokedAll.first().error.resultCode);
            QVERIFY(!entry.detail.isEmpty());
        }
        QVERIFY(!auditBytes().contains("not-the-bearer"));
    }

    void cancelAuditsOnlyWhatWasSent()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({QStringLiteral("--tokens"), QStringLiteral("40"), QStringLiteral("--latency-ms"),
                            QStringLiteral("100")},
                           kBearer));
        operateOn(slow);
        const QList<AccessToken> tokens = loadEverything(m_client.get());
        QCOMPARE(tokens.size(), 40);
        BulkTokenAction *action = m_operations->revoke(tokens);
        action->setConcurrency(2);
        QSignalSpy each(action, &BulkTokenAction::tokenFinished);
        QVERIFY(each.wait(kWaitMs));
        action->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(m_heard.bulks.size(), 1, kWaitMs);

        const TokenOperations::BulkFinished &bulk = m_heard.bulks.first();
        QCOMPARE(bulk.outcomes.size(), 40);
        QVERIFY(bulk.cancelled() > 0);
        QCOMPARE(bulk.succeeded() + bulk.cancelled() + int(bulk.failures().size()), 40);
        QCOMPARE(int(bulk.gone().size()), bulk.succeeded());
        QCOMPARE(int(loadEverything(m_client.get()).size()), 40 - bulk.succeeded());
        const QList<AuditEntry> entries = auditEntries();
        QCOMPARE(int(entries.size()), 40 - bulk.cancelled());
        for (const AuditEntry &entry : entries)
            QCOMPARE(entry.serviceId, slow.serviceId());
    }
};

QTEST_GUILESS_MAIN(TestTokenOperations)
#include "tst_tokenoperations.moc"
