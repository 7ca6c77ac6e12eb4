#include "CredentialStore.h"

#include "Logging.h"

#include <QSettings>
#include <QStringList>
#include <QTimer>
#include <algorithm>
#include <qt6keychain/keychain.h>

namespace {

// QtKeychain 0.13 has no isAvailable(), and its libsecret backend reports an unreachable D-Bus
// session or Secret Service as OtherError with GLib's message; these are the messages that mean
// "there is no keychain here" rather than "the keychain failed".
bool meansNoBackend(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError:
        break;
    default:
        return false;
    }
    static const QStringList markers = {
        QStringLiteral("Could not connect"),                    // DBUS_SESSION_BUS_ADDRESS points nowhere
        QStringLiteral("Cannot autolaunch D-Bus"),              // no session bus and no display
        QStringLiteral("D-Bus is not running"),                 // KWallet backend without a bus
        QStringLiteral("not provided by any .service"),         // a bus, but no Secret Service on it
        QStringLiteral("ServiceUnknown"),                       // the same, worded by QtDBus
        QStringLiteral("No keychain service available"),        // KWallet backend, no kwalletd
        QStringLiteral("/org/freedesktop/secrets/collection/"), // a Secret Service without a default keyring
    };
    const QString message = job.errorString();
    return std::any_of(markers.cbegin(), markers.cend(),
                       [&message](const QString &marker) { return message.contains(marker); });
}

// A keychain that is there but said no: the user cancelled its unlock prompt, or it stays locked.
bool meansRefused(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::AccessDenied)
        return true;
    if (job.error() != QKeychain::OtherError)
        return false;
    const QString message = job.errorString();
    return message.contains(QLatin1StringView("dismissed"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("cancel"), Qt::CaseInsensitive) ||
           message.contains(QLatin1StringView("locked"), Qt::CaseInsensitive);
}

const char *operationOf(const QKeychain::Job &job)
{
    if (qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
        return "read";
    if (qobject_cast<const QKeychain::WritePasswordJob *>(&job))
        return "write";
    return "delete";
}

CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    using Status = CredentialStore::Result::Status;
    // The profile's name and the outcome; the secret never.
    qCDebug(lcKeychain).noquote() << operationOf(job) << job.key() << "->" << job.error();
    CredentialStore::Result result;
    if (job.error() == QKeychain::NoError) {
        if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.secret = read->textData();
        return result;
    }
    if (job.error() == QKeychain::EntryNotFound) {
        result.status = Status::NotFound;
        return result;
    }
    // NoKeychain replaces the backend's words with a sentence; the log keeps them for whoever has to dig.
    qCInfo(lcKeychain) << "keychain job failed:" << job.error() << job.errorString();
    if (meansRefused(job)) {
        result.status = Status::Refused;
        result.errorMessage = CredentialStore::tr("The keychain refused the credential or is locked (was its "
                                                  "prompt cancelled?).");
    } else if (meansNoBackend(job)) {
        result.status = Status::NoKeychain;
        result.errorMessage = CredentialStore::tr("No keychain (Secret Service or KWallet) is available, so "
                                                  "TokenDesk cannot store the credential.");
    } else {
        result.status = Status::Failed;
        result.errorMessage = job.errorString();
    }
    return result;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

// The jobs have no parent and delete themselves when they finish: QtKeychain's libsecret backend calls
// back into a job after D-Bus answers, so a job deleted before then (with its parent) would crash.

void CredentialStore::read(const QString &profileName, QObject *context, Callback callback)
{
    if (const auto session = m_sessionSecrets.constFind(profileName); session != m_sessionSecrets.cend()) {
        Result result;
        result.secret = *session;
        QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context,
            [this, profileName, callback = std::move(callback)](QKeychain::Job *finished) {
                Result result = resultOf(*finished);
                // Missing because the last run kept it in memory only: say so, not "no credential".
                if (result.status != Result::Status::Ok && isNoted(profileName))
                    result.errorMessage =
                        tr("The credential of “%1” was kept for the last session only; enter "
                           "it again or save it to the keychain.")
                            .arg(profileName);
                callback(result);
            });
    job->start();
}

void CredentialStore::write(const QString &profileName, const QString &secret, QObject *context,
                            Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profileName);
    job->setTextData(secret);
    // Erased on success even if the context is gone: the keychain now holds the secret.
    connect(job, &QKeychain::Job::finished, this, [this, profileName](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            m_sessionSecrets.remove(profileName);
            setNoted(profileName, false);
        }
    });
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback)](QKeychain::Job *finished) { callback(resultOf(*finished)); });
    job->start();
}

void CredentialStore::remove(const QString &profileName, QObject *context, Callback callback)
{
    const bool hadSessionSecret = m_sessionSecrets.remove(profileName);
    setNoted(profileName, false);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profileName);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), hadSessionSecret](QKeychain::Job *finished) {
                Result result = resultOf(*finished);
                // Either way nothing is left to remove: the secret was absent, or only in memory.
                if (result.status == Result::Status::NotFound ||
                    (result.status == Result::Status::NoKeychain && hadSessionSecret))
                    result = Result();
                callback(result);
            });
    job->start();
}

void CredentialStore::keepForSession(const QString &profileName, const QString &secret)
{
    m_sessionSecrets.insert(profileName, secret);
    setNoted(profileName, true);
}

namespace {
const QString kSessionOnlyKey = QStringLiteral("Credentials/keptForSessionOnly");
} // namespace

void CredentialStore::setNoted(const QString &profileName, bool noted)
{
    if (!m_notes)
        return;
    QStringList names = m_notes->value(kSessionOnlyKey).toStringList();
    if (noted == names.contains(profileName))
        return;
    if (noted)
        names.append(profileName);
    else
        names.removeAll(profileName);
    m_notes->setValue(kSessionOnlyKey, names);
    m_notes->sync();
}

bool CredentialStore::isNoted(const QString &profileName) const
{
    return m_notes && m_notes->value(kSessionOnlyKey).toStringList().contains(profileName);
}
