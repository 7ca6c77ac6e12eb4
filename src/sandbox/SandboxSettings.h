#pragma once

#include <QString>
#include <QStringList>

// What the emulated Authlete service is configured with: its identity, the API credentials it accepts
// and the service settings the token API consults.
struct SandboxSettings
{
    QString serviceId = QStringLiteral("715948317");
    QString bearer = QStringLiteral("sandbox-token");
    QString apiKey; // v2 Basic credentials; v2 is refused while empty
    QString apiSecret;
    int maxRange = 20;                   // largest end - start of a list call
    int defaultEnd = 5;                  // the current spec's default
    qint64 accessTokenDuration = 3600;   // seconds, used when a create asks for 0
    qint64 refreshTokenDuration = 86400; // seconds
    QStringList supportedScopes = defaultScopes();

    static QStringList defaultScopes();
};
