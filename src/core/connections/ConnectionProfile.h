#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QUrl>

// A named connection the user keeps: everything about it except its secret, which lives in the
// OS keychain (CredentialStore) and never in QSettings or any file of ours.
struct ConnectionProfile
{
    QString name;       // unique; the key of the profile and of its keychain entry
    QString regionName; // "US", "JP", "EU", "BR", or empty for a custom URL
    QUrl baseUrl;
    ConnectionSettings::ApiVersion apiVersion = ConnectionSettings::ApiVersion::V3;
    QString serviceId;
    QString apiKey; // v2: the API key identifies the service; its secret is the credential
    QString caCertificateFile;
    int transferTimeoutMs = 30'000;
    ConnectionSettings::Environment environment = ConnectionSettings::Environment::Unlabelled;
    ConnectionSettings::BodyEncoding bodyEncoding = ConnectionSettings::BodyEncoding::Json;

    // The secret is the bearer token (v3) or the API secret (v2).
    ConnectionSettings toSettings(const QString &secret) const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
