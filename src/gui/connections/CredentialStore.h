#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

// Secrets of connection profiles in the OS keychain through QtKeychain (Secret Service or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows). Never a plain file: when no keychain is
// available the caller may keep a secret for this run only (keepForSession), in memory.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status { Ok, NotFound, NoKeychain, Failed };
        Status status = Status::Ok;
        QString secret;       // for read
        QString errorMessage; // a sentence for the user when status is NoKeychain or Failed
    };
    using Callback = std::function<void(const Result &)>;

    // `service` namespaces the keychain entries (tests use their own).
    explicit CredentialStore(const QString &service = QStringLiteral("TokenDesk"), QObject *parent = nullptr);

    // Asynchronous; the callback runs once, on the event loop, unless `context` is gone by then.
    void read(const QString &profileName, QObject *context, Callback callback);
    void write(const QString &profileName, const QString &secret, QObject *context, Callback callback);
    void remove(const QString &profileName, QObject *context, Callback callback);

    // The no-keychain fallback: the secret stays in this process's memory until it exits.
    void keepForSession(const QString &profileName, const QString &secret);
    bool hasSessionSecret(const QString &profileName) const { return m_sessionSecrets.contains(profileName); }

private:
    QString m_service;
    QHash<QString, QString> m_sessionSecrets;
};
