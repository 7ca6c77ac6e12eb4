#include "ProfileStore.h"

#include <QSettings>
#include <QUrl>

namespace {

const QString kNamesKey = QStringLiteral("ConnectionProfiles/names");
const QString kLastUsedKey = QStringLiteral("ConnectionProfiles/lastUsed");

const QString kRegionKey = QStringLiteral("region");
const QString kBaseUrlKey = QStringLiteral("baseUrl");
const QString kApiVersionKey = QStringLiteral("apiVersion");
const QString kServiceIdKey = QStringLiteral("serviceId");
const QString kApiKeyKey = QStringLiteral("apiKey");
const QString kCaFileKey = QStringLiteral("caCertificateFile");
const QString kTimeoutKey = QStringLiteral("transferTimeoutMs");
const QString kEnvironmentKey = QStringLiteral("environment");
const QString kBodyEncodingKey = QStringLiteral("bodyEncoding");
const QString kForm = QStringLiteral("form");

const QString kV2 = QStringLiteral("v2");
const QString kV3 = QStringLiteral("v3");

// A profile name may contain '/' or '\', which QSettings would read as nested groups.
QString groupOf(const QString &name)
{
    return QStringLiteral("ConnectionProfile/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings)
{}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    for (const QString &name : m_settings->value(kNamesKey).toStringList()) {
        if (const std::optional<ConnectionProfile> stored = profile(name))
            result.append(*stored);
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (!m_settings->value(kNamesKey).toStringList().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    ConnectionProfile profile;
    profile.name = name;
    profile.regionName = m_settings->value(kRegionKey).toString();
    profile.baseUrl = QUrl(m_settings->value(kBaseUrlKey).toString());
    profile.apiVersion = m_settings->value(kApiVersionKey).toString() == kV2
                             ? ConnectionSettings::ApiVersion::V2
                             : ConnectionSettings::ApiVersion::V3;
    profile.serviceId = m_settings->value(kServiceIdKey).toString();
    profile.apiKey = m_settings->value(kApiKeyKey).toString();
    profile.caCertificateFile = m_settings->value(kCaFileKey).toString();
    profile.transferTimeoutMs = m_settings->value(kTimeoutKey, profile.transferTimeoutMs).toInt();
    profile.environment =
        ConnectionSettings::environmentFromKey(m_settings->value(kEnvironmentKey).toString());
    profile.bodyEncoding = m_settings->value(kBodyEncodingKey).toString() == kForm
                               ? ConnectionSettings::BodyEncoding::Form
                               : ConnectionSettings::BodyEncoding::Json;
    m_settings->endGroup();
    return profile;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QStringList names = m_settings->value(kNamesKey).toStringList();
    if (!names.contains(profile.name)) {
        names.append(profile.name);
        m_settings->setValue(kNamesKey, names);
    }
    m_settings->remove(groupOf(profile.name));
    m_settings->beginGroup(groupOf(profile.name));
    m_settings->setValue(kRegionKey, profile.regionName);
    m_settings->setValue(kBaseUrlKey, profile.baseUrl.toString());
    m_settings->setValue(kApiVersionKey,
                         profile.apiVersion == ConnectionSettings::ApiVersion::V2 ? kV2 : kV3);
    m_settings->setValue(kServiceIdKey, profile.serviceId);
    m_settings->setValue(kApiKeyKey, profile.apiKey);
    m_settings->setValue(kCaFileKey, profile.caCertificateFile);
    m_settings->setValue(kTimeoutKey, profile.transferTimeoutMs);
    m_settings->setValue(kEnvironmentKey, ConnectionSettings::environmentKey(profile.environment));
    m_settings->setValue(kBodyEncodingKey, profile.bodyEncoding == ConnectionSettings::BodyEncoding::Form
                                               ? kForm
                                               : QStringLiteral("json"));
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
}

void ProfileStore::remove(const QString &name)
{
    QStringList names = m_settings->value(kNamesKey).toStringList();
    if (!names.removeAll(name))
        return;
    m_settings->setValue(kNamesKey, names);
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(kLastUsedKey);
    m_settings->sync();
    emit profilesChanged();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsedKey, name);
    m_settings->sync();
}
