// Bulk revoke and delete against the real sandbox, with injected failures: every token's outcome is
// reported, and the server's state matches the outcomes exactly.
#include "BulkTokenAction.h"
#include "ClientTestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

namespace {

const QString kBearer = QStringLiteral("bulk-test-bearer");

} // namespace

class TestBulkTokenAction : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<AuthleteClient> clientFor(const SandboxProcess &sandbox)
    {
        return ::clientFor(&m_network, sandbox, kBearer);
    }

    static QList<AccessToken> everything(AuthleteClient *client) { return loadEverything(client); }

    static QList<BulkTokenAction::Target> targetsOf(const QList<AccessToken> &tokens)
    {
        QList<BulkTokenAction::Target> targets;
        for (const AccessToken &token : tokens)
            targets.append({token.accessTokenHash, token.subject, token.clientId});
        return targets;
    }

    static void run(BulkTokenAction &action)
    {
        QSignalSpy finished(&action, &BulkTokenAction::finished);
        action.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    }

private slots:
    void revokesManyAndNamesEachFailure()
    {
        SandboxProcess sandbox;
        QVERIFY(
            sandbox.start({QStringLiteral("--tokens"), QStringLiteral("300"), QStringLiteral("--fail-rate"),
                           QStringLiteral("0.2"), QStringLiteral("--seed"), QStringLiteral("5")},
                          kBearer));
        auto client = clientFor(sandbox);
        const QList<AccessToken> before = everything(client.get());
        QCOMPARE(before.size(), 300);

        BulkTokenAction action(client.get(), BulkTokenAction::Kind::Revoke, targetsOf(before.mid(0, 200)));
        QSignalSpy each(&action, &BulkTokenAction::tokenFinished);
        run(action);
        QCOMPARE(action.outcomes().size(), 200);
        QCOMPARE(each.size(), 200);
        QVERIFY2(action.failedCount() > 0, "a 20% failure rate fails some of 200");
        QVERIFY(action.failedCount() < 200);

        QSet<QString> remaining;
        for (const AccessToken &token : everything(client.get()))
            remaining.insert(token.accessTokenHash);
        for (const BulkTokenAction::Outcome &outcome : action.outcomes()) {
            if (outcome.error) {
                QVERIFY(outcome.error.httpStatus >= 500);
                QVERIFY(!outcome.error.message().isEmpty());
                // Not retried: an injected 5xx left the token in place, and the outcome says so.
                QVERIFY(remaining.contains(outcome.target.accessTokenHash));
            } else {
                QVERIFY(!remaining.contains(outcome.target.accessTokenHash));
            }
        }
        QCOMPARE(remaining.size(), 100 + action.failedCount());
    }

    void deletesMany()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("50")}, kBearer));
        auto client = clientFor(sandbox);
        const QList<AccessToken> before = everything(client.get());
        BulkTokenAction action(client.get(), BulkTokenAction::Kind::Delete, targetsOf(before.mid(10, 20)));
        run(action);
        QCOMPARE(action.failedCount(), 0);
        QCOMPARE(everything(client.get()).size(), 30);
    }

    void cancelAccountsForEveryToken()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("60"),
                               QStringLiteral("--latency-ms"), QStringLiteral("100")},
                              kBearer));
        auto client = clientFor(sandbox);
        const QList<AccessToken> before = everything(client.get());
        BulkTokenAction action(client.get(), BulkTokenAction::Kind::Revoke, targetsOf(before));
        action.setConcurrency(2);
        QSignalSpy finished(&action, &BulkTokenAction::finished);
        QSignalSpy each(&action, &BulkTokenAction::tokenFinished);
        action.start();
        QVERIFY(each.wait(10'000));
        action.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(action.outcomes().size(), 60);
        int cancelled = 0;
        int revoked = 0;
        for (const BulkTokenAction::Outcome &outcome : action.outcomes()) {
            cancelled += outcome.error.kind == ApiError::Kind::Cancelled ? 1 : 0;
            revoked += outcome.error ? 0 : 1;
        }
        QVERIFY(cancelled > 0);
        QCOMPARE(everything(client.get()).size(), 60 - revoked);
    }

    void unansweredRevokeIsNeverReportedAsDone()
    {
        SandboxProcess slow;
        QVERIFY(slow.start({QStringLiteral("--tokens"), QStringLiteral("5"), QStringLiteral("--latency-ms"),
                            QStringLiteral("600")},
                           kBearer));
        auto client = clientFor(slow);
        const QList<AccessToken> before = everything(client.get());
        ConnectionSettings impatient = client->connection();
        impatient.transferTimeoutMs = 300; // the revoke reaches the server, but its answer comes too late
        client->setConnection(impatient);
        BulkTokenAction action(client.get(), BulkTokenAction::Kind::Revoke, targetsOf(before.mid(0, 1)));
        // The look-up lists with the same impatient client and gets no answer either: nothing is known,
        // so the outcome stays a failure rather than a guess.
        run(action);
        QCOMPARE(action.outcomes().size(), 1);
        QVERIFY(action.outcomes().first().error.isError());
        impatient.transferTimeoutMs = 10'000;
        client->setConnection(impatient);
        QCOMPARE(everything(client.get()).size(), 4); // it did happen: hence never "not revoked" either
    }
};

QTEST_GUILESS_MAIN(TestBulkTokenAction)
#include "tst_bulktokenaction.moc"
