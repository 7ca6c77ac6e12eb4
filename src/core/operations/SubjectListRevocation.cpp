#include "SubjectListRevocation.h"

#include <algorithm>
#include <utility>

namespace {

// A revoke-all that may have revoked nothing or only some of the tokens: the server failed (5xx) or
// did not answer. Anything else (refused, undecodable, cancelled) is not made better by asking again.
bool worthRepeating(const ApiError &error)
{
    return error.isAmbiguous() || (error.kind == ApiError::Kind::Http && error.httpStatus >= 500);
}

} // namespace

SubjectListRevocation::SubjectListRevocation(TokenOperations *operations, const QStringList &subjects,
                                             QObject *parent)
    : QObject(parent)
    , m_operations(operations)
{
    m_subjects.reserve(subjects.size());
    for (const QString &subject : subjects) {
        Subject entry;
        entry.subject = subject;
        m_subjects.append(entry);
    }
    connect(m_operations, &TokenOperations::counted, this, &SubjectListRevocation::onCounted);
    connect(m_operations, &TokenOperations::revokedAll, this, &SubjectListRevocation::onRevoked);
}

void SubjectListRevocation::count()
{
    startPhase(Phase::Counting);
}

void SubjectListRevocation::revoke()
{
    startPhase(Phase::Revoking);
}

void SubjectListRevocation::startPhase(Phase phase)
{
    m_phase = phase;
    m_queue.clear();
    m_running = 0;
    m_done = 0;
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        Subject &subject = m_subjects[i];
        subject.error = ApiError();
        if (phase == Phase::Revoking && subject.found == 0)
            subject.revoked = 0; // counted at none just now: nothing to send
        else
            m_queue.append(i);
    }
    m_phaseTotal = int(m_subjects.size());
    m_done = m_phaseTotal - int(m_queue.size());
    if (phase == Phase::Revoking) {
        for (const Subject &subject : std::as_const(m_subjects)) {
            if (subject.found == 0)
                emit subjectRevoked(subject);
        }
    }
    emit progress(m_done, m_phaseTotal);
    // From the event loop, so that a caller connecting after count() or revoke() hears everything.
    QMetaObject::invokeMethod(this, &SubjectListRevocation::sendNext, Qt::QueuedConnection);
}

void SubjectListRevocation::sendNext()
{
    while (!m_cancelled && m_running < m_concurrency && !m_queue.isEmpty())
        send(m_queue.takeFirst());
    if (m_running == 0 && (m_queue.isEmpty() || m_cancelled)) {
        for (const qsizetype index : std::as_const(m_queue)) {
            m_subjects[index].error.kind = ApiError::Kind::Cancelled;
            advance();
        }
        m_queue.clear();
        const Phase ended = std::exchange(m_phase, Phase::Idle);
        if (ended == Phase::Counting)
            emit counted();
        else if (ended == Phase::Revoking)
            emit finished();
    }
}

void SubjectListRevocation::send(qsizetype index)
{
    ++m_running;
    const TokenOperations::Owner owner{m_subjects.at(index).subject, QString()};
    if (m_phase == Phase::Counting) {
        m_operations->countAll(owner);
    } else {
        ++m_subjects[index].attempts;
        m_operations->revokeAll(owner);
    }
}

qsizetype SubjectListRevocation::indexOf(const TokenOperations::Owner &owner) const
{
    if (!owner.clientIdentifier.isEmpty())
        return -1;
    const auto found = std::find_if(m_subjects.cbegin(), m_subjects.cend(), [&owner](const Subject &subject) {
        return subject.subject == owner.subject;
    });
    return found == m_subjects.cend() ? -1 : found - m_subjects.cbegin();
}

void SubjectListRevocation::onCounted(const TokenOperations::Counted &result)
{
    const qsizetype index = m_phase == Phase::Counting ? indexOf(result.owner) : -1;
    if (index < 0)
        return;
    Subject &subject = m_subjects[index];
    subject.error = result.error;
    subject.found = result.error ? -1 : result.total;
    --m_running;
    advance();
    emit subjectCounted(subject);
    sendNext();
}

void SubjectListRevocation::onRevoked(const TokenOperations::RevokedAll &result)
{
    const qsizetype index = m_phase == Phase::Revoking ? indexOf(result.owner) : -1;
    if (index < 0)
        return;
    Subject &subject = m_subjects[index];
    --m_running;
    if (worthRepeating(result.error) && subject.attempts < kRevokeAttempts && !m_cancelled) {
        m_queue.prepend(index);
        sendNext();
        return;
    }
    subject.error = result.error;
    subject.revoked = result.error ? -1 : result.count;
    advance();
    emit subjectRevoked(subject);
    sendNext();
}

void SubjectListRevocation::advance()
{
    ++m_done;
    emit progress(m_done, m_phaseTotal);
}

void SubjectListRevocation::cancel()
{
    m_cancelled = true;
    QMetaObject::invokeMethod(this, &SubjectListRevocation::sendNext, Qt::QueuedConnection);
}

int SubjectListRevocation::totalFound() const
{
    int total = 0;
    for (const Subject &subject : m_subjects)
        total += qMax(0, subject.found);
    return total;
}

int SubjectListRevocation::totalRevoked() const
{
    int total = 0;
    for (const Subject &subject : m_subjects)
        total += qMax(0, subject.revoked);
    return total;
}

QStringList SubjectListRevocation::failed() const
{
    QStringList subjects;
    for (const Subject &subject : m_subjects) {
        if (subject.error)
            subjects.append(subject.subject);
    }
    return subjects;
}
