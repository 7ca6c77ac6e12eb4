#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

class QSettings;

// Secrets of connection profiles in the OS keychain through QtKeychain (Secret Service or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows). Never a plain file: when no keychain is
// available the caller may keep a secret for this run only (keepForSession), in memory.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        // Refused: there is a keychain, but it refused or was locked (its prompt cancelled, say).
        enum class Status { Ok, NotFound, NoKeychain, Refused, Failed };
        Status status = Status::Ok;
        QString secret; // for read
        // A sentence for the user when status is NoKeychain, Refused or Failed; for a read that found
        // nothing, set when the credential was kept for the last session only.
        QString errorMessage;
    };
    using Callback = std::function<void(const Result &)>;

    // `service` namespaces the keychain entries (tests use their own).
    explicit CredentialStore(const QString &service = QStringLiteral("TokenDesk"), QObject *parent = nullptr);

    // Asynchronous; the callback runs once, on the event loop, unless `context` is gone by then.
    void read(const QString &profileName, QObject *context, Callback callback);
    void write(const QString &profileName, const QString &secret, QObject *context, Callback callback);
    void remove(const QString &profileName, QObject *context, Callback callback);

    // The fallback when the keychain is missing or refuses: the secret stays in this process's memory
    // until it exits. With notes set, the next run can tell the user why the credential is missing.
    void keepForSession(const QString &profileName, const QString &secret);
    // Where the names of profiles kept for one session are noted (never their secrets).
    void setSessionNotes(QSettings *settings) { m_notes = settings; }
    bool hasSessionSecret(const QString &profileName) const { return m_sessionSecrets.contains(profileName); }

private:
    QString m_service;
    void setNoted(const QString &profileName, bool noted);
    bool isNoted(const QString &profileName) const;

    QHash<QString, QString> m_sessionSecrets;
    QSettings *m_notes = nullptr;
};
