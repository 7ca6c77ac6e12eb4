#include "DemoSandbox.h"

#include "SandboxApi.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "SandboxSettings.h"
#include "SandboxStore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SandboxStore>())
{}

DemoSandbox::~DemoSandbox() = default;

bool DemoSandbox::start(const Size &size)
{
    SandboxSettings settings;
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    settings.bearer =
        QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    SandboxSeeder seeder;
    seeder.tokens = size.tokens;
    seeder.clients = size.clients;
    seeder.subjects = size.subjects;
    seeder.scopes = settings.supportedScopes;
    seeder.populate(*m_store, QDateTime::currentMSecsSinceEpoch());

    m_api = std::make_unique<SandboxApi>(settings, *m_store);
    m_server = std::make_unique<SandboxServer>(*m_api, SandboxServer::Faults{});
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return false;

    m_connection.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_connection.serviceId = settings.serviceId;
    m_connection.bearerToken = settings.bearer;
    m_connection.environment = ConnectionSettings::Environment::Sandbox;
    return true;
}
