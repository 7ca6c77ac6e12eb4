#pragma once

#include "CredentialStore.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// A saved profile for the sandbox whose credential is kept for this run only (no keychain needed).
inline void addSessionProfile(ProfileStore &profiles, CredentialStore &credentials, const QString &name,
                              const SandboxProcess &sandbox, const QString &bearer)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = sandbox.baseUrl();
    profile.serviceId = sandbox.serviceId();
    // A request that gets no answer is retried after the transfer timeout; on a loaded test machine
    // the default 30 s would outlast the tests' waits.
    profile.transferTimeoutMs = 5'000;
    profiles.save(profile);
    credentials.keepForSession(name, bearer);
}

// main() of a window test: window state and the audit log go to throwaway folders, never the user's.
template<typename Test> int runWindowTest(int argc, char *argv[], const QString &name)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TokenDeskTest"));
    QApplication::setApplicationName(name);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
