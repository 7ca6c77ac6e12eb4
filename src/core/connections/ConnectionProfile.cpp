#include "ConnectionProfile.h"

ConnectionSettings ConnectionProfile::toSettings(const QString &secret) const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiVersion = apiVersion;
    settings.serviceId = serviceId;
    settings.caCertificateFile = caCertificateFile;
    settings.transferTimeoutMs = transferTimeoutMs;
    settings.environment = environment;
    settings.bodyEncoding = bodyEncoding;
    if (apiVersion == ConnectionSettings::ApiVersion::V3) {
        settings.bearerToken = secret;
    } else {
        settings.apiKey = apiKey;
        settings.apiSecret = secret;
    }
    return settings;
}
