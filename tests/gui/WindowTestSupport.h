#pragma once

#include "CredentialStore.h"
#include "HardFailure.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Connection profiles for a window test, in an INI file of the test's own, whose credentials are kept
// for this run only (no keychain needed).
class SessionProfiles
{
public:
    explicit SessionProfiles(const QString &iniFile)
        : m_settings(iniFile, QSettings::IniFormat)
        , m_profiles(&m_settings)
        , m_credentials(QStringLiteral("TokenDeskTest"))
    {}

    ProfileStore *profiles() { return &m_profiles; }
    CredentialStore *credentials() { return &m_credentials; }

    void add(const QString &name, const QUrl &baseUrl, const QString &serviceId, const QString &bearer)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = baseUrl;
        profile.serviceId = serviceId;
        // A request that gets no answer is retried after the transfer timeout; on a loaded test machine
        // the default 30 s would outlast the tests' waits.
        profile.transferTimeoutMs = 5'000;
        m_profiles.save(profile);
        m_credentials.keepForSession(name, bearer);
    }
    void add(const QString &name, const SandboxProcess &sandbox, const QString &bearer)
    {
        add(name, sandbox.baseUrl(), sandbox.serviceId(), bearer);
    }

private:
    QSettings m_settings;
    ProfileStore m_profiles;
    CredentialStore m_credentials;
};

// The child of parent named name. A test that looks for one that is missing ends there, saying which,
// rather than crashing on a null pointer.
template<typename T> T *namedChild(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QLatin1StringView(name));
    if (!child)
        failHard(
            QStringLiteral("%1 has no child named %2").arg(parent->objectName(), QLatin1StringView(name)));
    return child;
}

// Shows the window and waits until it is exposed and active, as a user's window would be.
inline void showActive(QWidget *window)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
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
