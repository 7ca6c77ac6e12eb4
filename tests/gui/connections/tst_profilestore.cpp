#include "ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStore();
    void roundTrip();
    void saveReplaces();
    void remove();
    void lastUsed();
    void onlyProfileFieldsAreWritten();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("TokenDesk.ini")); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ConnectionProfile usProfile()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Production (US)");
    profile.regionName = QStringLiteral("US");
    profile.baseUrl = QUrl(QStringLiteral("https://us.authlete.com"));
    profile.serviceId = QStringLiteral("715948317");
    profile.transferTimeoutMs = 45'000;
    profile.environment = ConnectionSettings::Environment::Production;
    return profile;
}

ConnectionProfile customV2Profile()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("on-prem/staging\\eu");
    profile.baseUrl = QUrl(QStringLiteral("https://authlete.internal.example:8443/api"));
    profile.apiVersion = ConnectionSettings::ApiVersion::V2;
    profile.apiKey = QStringLiteral("1234567890");
    profile.caCertificateFile = QStringLiteral("/etc/ssl/private-ca.pem");
    profile.bodyEncoding = ConnectionSettings::BodyEncoding::Form;
    return profile;
}

} // namespace

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::cleanup()
{
    m_dir.reset();
}

void tst_ProfileStore::emptyStore()
{
    const auto settings = openSettings();
    const ProfileStore store(settings.get());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("anything")));
    QVERIFY(store.lastUsed().isEmpty());
}

void tst_ProfileStore::roundTrip()
{
    {
        const auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        store.save(usProfile());
        store.save(customV2Profile());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(store.profiles(), (QList<ConnectionProfile>{usProfile(), customV2Profile()}));
    }
    // A new store over the same file: what the next start of TokenDesk sees.
    const auto settings = openSettings();
    const ProfileStore store(settings.get());
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{usProfile(), customV2Profile()}));
    QCOMPARE(store.profile(customV2Profile().name), customV2Profile());
}

void tst_ProfileStore::saveReplaces()
{
    const auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(usProfile());
    store.save(customV2Profile());

    ConnectionProfile changed = usProfile();
    changed.regionName = QStringLiteral("JP");
    changed.baseUrl = QUrl(QStringLiteral("https://jp.authlete.com"));
    changed.caCertificateFile.clear();
    store.save(changed);

    // Same place in the list, new values, nothing left over from the old ones.
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{changed, customV2Profile()}));
}

void tst_ProfileStore::remove()
{
    const auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(usProfile());
    store.save(customV2Profile());
    store.setLastUsed(customV2Profile().name);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    store.remove(QStringLiteral("no such profile"));
    QCOMPARE(changed.count(), 0);

    store.remove(customV2Profile().name);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.profiles(), QList<ConnectionProfile>{usProfile()});
    QVERIFY(!store.profile(customV2Profile().name));
    QVERIFY2(store.lastUsed().isEmpty(), "a removed profile cannot be the one to open next");
    for (const QString &key : settings->allKeys())
        QVERIFY2(!key.startsWith(QStringLiteral("ConnectionProfile/on-prem")), qPrintable(key));
}

void tst_ProfileStore::lastUsed()
{
    {
        const auto settings = openSettings();
        ProfileStore store(settings.get());
        store.save(usProfile());
        store.setLastUsed(usProfile().name);
        QCOMPARE(store.lastUsed(), usProfile().name);
    }
    const auto settings = openSettings();
    QCOMPARE(ProfileStore(settings.get()).lastUsed(), usProfile().name);
}

void tst_ProfileStore::onlyProfileFieldsAreWritten()
{
    const auto settings = openSettings();
    ProfileStore store(settings.get());
    store.save(usProfile());
    store.save(customV2Profile());
    store.setLastUsed(usProfile().name);

    // ConnectionProfile has no secret; this guards against one being added to what is written.
    const QStringList fields = {QStringLiteral("region"),
                                QStringLiteral("baseUrl"),
                                QStringLiteral("apiVersion"),
                                QStringLiteral("serviceId"),
                                QStringLiteral("apiKey"),
                                QStringLiteral("caCertificateFile"),
                                QStringLiteral("transferTimeoutMs"),
                                QStringLiteral("environment"),
                                QStringLiteral("bodyEncoding")};
    for (const QString &key : settings->allKeys()) {
        if (key.startsWith(QStringLiteral("ConnectionProfiles/")))
            continue;
        QVERIFY2(fields.contains(key.section(QLatin1Char('/'), -1)), qPrintable(key));
    }
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
