#pragma once

#include "ApiError.h"
#include "TokenOperations.h"

#include <QList>
#include <QObject>
#include <QStringList>

class AuditLog;
class AuthleteClient;

// Revokes every token of a list of subjects (a breach notice's users), in two phases the caller
// confirms between: count() asks each subject's total with an empty-window list call, revoke() ends
// each subject's tokens with one revoke-all. Both run a bounded number of subjects at a time. A
// revoke-all asks for an end state (no token of the subject left), so repeating it after a failure
// that may have left tokens (a 5xx, no answer) is safe, and is done up to kRevokeAttempts times;
// running the same list again reports 0 for subjects already done. Every revoke-all writes its audit
// line through the TokenOperations given, which names the connection, the command and the reason.
class SubjectListRevocation : public QObject
{
    Q_OBJECT

public:
    struct Subject
    {
        QString subject;
        int found = -1;   // from count(); -1 until counted, or when the count failed
        int revoked = -1; // as the server said; -1 until revoked, or when revoking failed
        int attempts = 0; // revoke-all requests sent
        ApiError error;   // the last phase's; Cancelled for a subject never sent
    };

    static constexpr int kDefaultConcurrency = 6;
    static constexpr int kRevokeAttempts = 3;

    // `operations` must outlive this object; its signals are taken for this list's subjects only.
    SubjectListRevocation(TokenOperations *operations, const QStringList &subjects,
                          QObject *parent = nullptr);

    void setConcurrency(int concurrency) { m_concurrency = qMax(1, concurrency); }
    // Counts each subject's tokens; counted() follows.
    void count();
    // Revokes the tokens of each subject that was not counted at 0; finished() follows.
    void revoke();
    // Stops sending; the requests on the wire finish and are reported; the rest end as Cancelled.
    void cancel();

    const QList<Subject> &subjects() const { return m_subjects; }
    int totalFound() const;     // over the subjects counted
    int totalRevoked() const;   // over the subjects revoked
    QStringList failed() const; // subjects whose last phase ended in an error (cancelled included)
    bool isCancelled() const { return m_cancelled; }

signals:
    void progress(int done, int total);
    void subjectCounted(const SubjectListRevocation::Subject &subject);
    void counted();
    void subjectRevoked(const SubjectListRevocation::Subject &subject);
    void finished();

private:
    enum class Phase { Idle, Counting, Revoking };

    void startPhase(Phase phase);
    void sendNext();
    void send(qsizetype index);
    void onCounted(const TokenOperations::Counted &result);
    void onRevoked(const TokenOperations::RevokedAll &result);
    void advance(); // one more subject of this phase ended
    qsizetype indexOf(const TokenOperations::Owner &owner) const;

    TokenOperations *m_operations;
    QList<Subject> m_subjects;
    QList<qsizetype> m_queue; // indexes of the subjects this phase still has to send
    Phase m_phase = Phase::Idle;
    int m_concurrency = kDefaultConcurrency;
    int m_running = 0;
    int m_done = 0;
    int m_phaseTotal = 0;
    bool m_cancelled = false;
};
