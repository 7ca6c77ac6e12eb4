// Revoking for a list of subjects against the real sandbox: counts first, then one revoke-all per
// subject with tokens, repeated after a 5xx; cancelling stops sending and reports the rest as
// cancelled; the audit log has a line per request with the reason.
#include "AuditLog.h"
#include "ClientTestSupport.h"
#include "SubjectListRevocation.h"
#include "TokenOperations.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

const QString kBearer = QStringLiteral("subject-list-bearer");

} // namespace

class TestSubjectListRevocation : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QHash<QString, int> perSubject(const QList<AccessToken> &tokens)
    {
        QHash<QString, int> counts;
        for (const AccessToken &token : tokens) {
            if (!token.subject.isEmpty())
                ++counts[token.subject];
        }
        return counts;
    }

private slots:
    void countsThenRevokesEachSubjectOnce()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("200"),
                               QStringLiteral("--subjects"), QStringLiteral("30")},
                              kBearer));
        auto client = clientFor(&m_network, sandbox, kBearer);
        const QHash<QString, int> before = perSubject(loadEverything(client.get()));
        QStringList subjects = before.keys().mid(0, 10);
        subjects.append(QStringLiteral("nobody"));

        QTemporaryDir dir;
        const AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        TokenOperations operations(client.get(), &audit);
        operations.setReason(QStringLiteral("TICKET-9"));
        SubjectListRevocation revocation(&operations, subjects);
        QSignalSpy counted(&revocation, &SubjectListRevocation::counted);
        QSignalSpy each(&revocation, &SubjectListRevocation::subjectCounted);
        revocation.count();
        QTRY_COMPARE_WITH_TIMEOUT(counted.size(), 1, 30'000);
        QCOMPARE(each.size(), subjects.size());
        int expected = 0;
        for (const SubjectListRevocation::Subject &subject : revocation.subjects()) {
            QVERIFY(!subject.error);
            QCOMPARE(subject.found, before.value(subject.subject));
            expected += subject.found;
        }
        QCOMPARE(revocation.totalFound(), expected);

        QSignalSpy finished(&revocation, &SubjectListRevocation::finished);
        QSignalSpy revoked(&revocation, &SubjectListRevocation::subjectRevoked);
        revocation.revoke();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QCOMPARE(revoked.size(), subjects.size());
        QCOMPARE(revocation.totalRevoked(), expected);
        QVERIFY(revocation.failed().isEmpty());
        const QHash<QString, int> after = perSubject(loadEverything(client.get()));
        for (const QString &subject : std::as_const(subjects))
            QVERIFY(!after.contains(subject));
        // One line per subject that had tokens ("nobody" was counted at none and not sent).
        const QList<AuditEntry> lines = audit.readAll();
        QCOMPARE(lines.size(), subjects.size() - 1);
        for (const AuditEntry &line : lines)
            QCOMPARE(line.reason, QStringLiteral("TICKET-9"));
    }

    void repeatsAfterServerErrorsOnly()
    {
        SandboxProcess sandbox;
        QVERIFY(
            sandbox.start({QStringLiteral("--tokens"), QStringLiteral("300"), QStringLiteral("--subjects"),
                           QStringLiteral("60"), QStringLiteral("--fail-rate"), QStringLiteral("0.4"),
                           QStringLiteral("--seed"), QStringLiteral("3")},
                          kBearer));
        auto client = clientFor(&m_network, sandbox, kBearer);
        client->setRetryPolicy(
            RetryPolicy::none()); // the list calls too: the repeats seen are the revocation's
        QTemporaryDir dir;
        const AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        TokenOperations operations(client.get(), &audit);
        QStringList subjects;
        for (int i = 0; i < 60; ++i)
            subjects.append(QStringLiteral("never-seen-%1").arg(i));
        SubjectListRevocation revocation(&operations, subjects);
        QSignalSpy finished(&revocation, &SubjectListRevocation::finished);
        revocation.revoke(); // not counted: every subject is sent
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        int repeated = 0;
        for (const SubjectListRevocation::Subject &subject : revocation.subjects()) {
            QVERIFY(subject.attempts >= 1 && subject.attempts <= SubjectListRevocation::kRevokeAttempts);
            if (subject.attempts > 1)
                ++repeated;
            if (subject.error) {
                QCOMPARE(subject.attempts, SubjectListRevocation::kRevokeAttempts);
                QVERIFY(subject.error.httpStatus >= 500);
                QCOMPARE(subject.revoked, -1);
            } else {
                QCOMPARE(subject.revoked, 0);
            }
        }
        QVERIFY2(repeated > 0, "a 40% failure rate fails some of 60 first attempts");
        QCOMPARE(audit.readAll().size(), [&] {
            int attempts = 0;
            for (const SubjectListRevocation::Subject &subject : revocation.subjects())
                attempts += subject.attempts;
            return attempts;
        }());
    }

    void cancelStopsSending()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tokens"), QStringLiteral("50"),
                               QStringLiteral("--latency-ms"), QStringLiteral("200")},
                              kBearer));
        auto client = clientFor(&m_network, sandbox, kBearer);
        QTemporaryDir dir;
        const AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
        TokenOperations operations(client.get(), &audit);
        QStringList subjects;
        for (int i = 0; i < 40; ++i)
            subjects.append(QStringLiteral("s%1").arg(i));
        SubjectListRevocation revocation(&operations, subjects);
        revocation.setConcurrency(2);
        QSignalSpy finished(&revocation, &SubjectListRevocation::finished);
        QSignalSpy revoked(&revocation, &SubjectListRevocation::subjectRevoked);
        revocation.revoke();
        QTRY_VERIFY_WITH_TIMEOUT(revoked.size() >= 1, 30'000);
        revocation.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY(revocation.isCancelled());
        int cancelled = 0;
        for (const SubjectListRevocation::Subject &subject : revocation.subjects()) {
            if (subject.error.kind == ApiError::Kind::Cancelled) {
                ++cancelled;
                QCOMPARE(subject.attempts, 0);
            }
        }
        QVERIFY(cancelled > 0);
        QCOMPARE(revoked.size() + cancelled, subjects.size());
        QCOMPARE(audit.readAll().size(), revoked.size());
        QCOMPARE(revocation.failed().size(), cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSubjectListRevocation)
#include "tst_subjectlistrevocation.moc"
