#include "CliSession.h"

#include "CredentialStore.h"
#include "ProfileStore.h"
#include "Terminal.h"
#include "TokenOperations.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace {

const QString kProfile = QStringLiteral("profile");
const QString kUrl = QStringLiteral("url");
const QString kServiceId = QStringLiteral("service-id");
const QString kApi = QStringLiteral("api");
const QString kApiKey = QStringLiteral("api-key");
const QString kCaFile = QStringLiteral("ca-file");

} // namespace

CliSession::CliSession()
    : m_client(&m_network)
    , m_auditLog(AuditLog::defaultPath())
{}

CliSession::~CliSession() = default;

void CliSession::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {kProfile, tr("The saved connection to use (as the window saved it); the last one used by default."),
         tr("name")},
        {kUrl, tr("The Authlete API's base URL, instead of a profile."), tr("url")},
        {kServiceId, tr("The service ID (v3), with --url."), tr("id")},
        {kApi,
         tr("The API version with --url: v3 (bearer in AUTHLETE_BEARER) or v2 (API key, and the "
            "secret in AUTHLETE_API_SECRET)."),
         tr("version"), QStringLiteral("v3")},
        {kApiKey, tr("The service's API key (v2), with --url."), tr("key")},
        {kCaFile, tr("An extra CA certificate (PEM) to trust, with --url."), tr("file")},
    });
}

QString CliSession::open(const QCommandLineParser &parser, bool *usageError)
{
    *usageError = true;
    const QString bearer = qEnvironmentVariable("AUTHLETE_BEARER");
    if (parser.isSet(kUrl)) {
        if (parser.isSet(kProfile))
            return tr("Give either --profile or --url, not both.");
        const QString api = parser.value(kApi);
        if (api != QLatin1StringView("v3") && api != QLatin1StringView("v2"))
            return tr("--api is v3 or v2, not “%1”.").arg(api);
        m_settings.baseUrl = QUrl(parser.value(kUrl), QUrl::StrictMode);
        m_settings.caCertificateFile = parser.value(kCaFile);
        if (api == QLatin1StringView("v2")) {
            m_settings.apiVersion = ConnectionSettings::ApiVersion::V2;
            m_settings.apiKey = parser.value(kApiKey);
            m_settings.apiSecret = qEnvironmentVariable("AUTHLETE_API_SECRET");
            if (m_settings.apiKey.isEmpty() || m_settings.apiSecret.isEmpty())
                return tr("The v2 API needs --api-key and the secret in AUTHLETE_API_SECRET.");
        } else {
            m_settings.serviceId = parser.value(kServiceId);
            m_settings.bearerToken = bearer;
            if (m_settings.serviceId.isEmpty() || bearer.isEmpty())
                return tr("--url needs --service-id and the bearer in AUTHLETE_BEARER.");
        }
    } else {
        ProfileStore profiles;
        m_profile = parser.isSet(kProfile) ? parser.value(kProfile) : profiles.lastUsed();
        if (m_profile.isEmpty())
            return tr("Say which connection: --profile NAME (see “tokendesk-cli profiles”) or --url.");
        const std::optional<ConnectionProfile> profile = profiles.profile(m_profile);
        if (!profile)
            return tr("There is no profile “%1”; “tokendesk-cli profiles” lists them.").arg(m_profile);
        QString secret = bearer;
        if (secret.isEmpty()) {
            CredentialStore credentials;
            QEventLoop loop;
            CredentialStore::Result read;
            credentials.read(m_profile, &loop, [&](const CredentialStore::Result &result) {
                read = result;
                loop.quit();
            });
            loop.exec();
            *usageError = false;
            if (read.status == CredentialStore::Result::Status::NotFound)
                return tr("The keychain holds no credential for “%1”: save it in the window, or set "
                          "AUTHLETE_BEARER.")
                    .arg(m_profile);
            if (read.status != CredentialStore::Result::Status::Ok)
                return read.errorMessage;
            secret = read.secret;
        }
        m_settings = profile->toSettings(secret);
    }
    *usageError = false;
    if (QString problem = ConnectionSettings::urlProblem(m_settings.baseUrl); !problem.isEmpty())
        return problem;
    m_client.setConnection(m_settings);
    return QString();
}

TokenOperations *CliSession::operations(const QString &command, const QString &reason)
{
    if (!m_operations) {
        m_operations = std::make_unique<TokenOperations>(&m_client, &m_auditLog);
        m_operations->setConnectionName(m_profile.isEmpty() ? m_settings.baseUrl.toString() : m_profile,
                                        m_settings.serviceId);
        QObject::connect(m_operations.get(), &TokenOperations::auditFailed, m_operations.get(),
                         [](const QString &error) { Terminal::err(error); });
    }
    m_operations->setCommand(QStringLiteral("tokendesk-cli ") + command);
    m_operations->setReason(reason);
    return m_operations.get();
}

QString CliSession::description() const
{
    const QString url = m_settings.baseUrl.toDisplayString();
    const QString service = m_settings.apiVersion == ConnectionSettings::ApiVersion::V2
                                ? tr("API key %1").arg(m_settings.apiKey)
                                : tr("service %1").arg(m_settings.serviceId);
    const QString environment = ConnectionSettings::environmentName(m_settings.environment);
    if (m_profile.isEmpty())
        return tr("%1 at %2").arg(service, url);
    if (environment.isEmpty())
        return tr("“%1”, %2 at %3").arg(m_profile, service, url);
    return tr("“%1” (%2), %3 at %4").arg(m_profile, environment, service, url);
}
