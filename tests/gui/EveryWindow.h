#pragma once

#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "AuthleteClient.h"
#include "ConnectionDialog.h"
#include "CreateTokenDialog.h"
#include "MainWindow.h"
#include "NewTokenValuesDialog.h"
#include "ShortcutsDialog.h"
#include "SubjectListDialog.h"
#include "UpdateTokenDialog.h"
#include "WindowTestSupport.h"

#include <QGroupBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>
#include <vector>

// The main window and every dialog of the product, built and shown as a user opens them (the create
// dialog with its advanced part open), for tests that look at all of them alike: accessible names,
// translations, clipped texts. A dialog added to the product belongs here.
class EveryWindow
{
public:
    struct Shown
    {
        QString name;
        std::unique_ptr<QWidget> widget;
    };

    EveryWindow()
        : m_profiles(m_dir.filePath(QStringLiteral("profiles.ini")))
        , m_auditLog(m_dir.filePath(QStringLiteral("audit.jsonl")))
    {
        m_profiles.add(QStringLiteral("Staging"), QUrl(QStringLiteral("https://api.example.com")),
                       QStringLiteral("715948317"), QStringLiteral("bearer"));
    }

    static AccessToken sampleToken()
    {
        AccessToken token;
        token.subject = QStringLiteral("niaj.1011");
        token.clientId = 1001;
        token.accessTokenHash = QStringLiteral("nxeY2rpaZ44BzRqUpH_V0RCCn48zjVzSZtWwfkyJjrQ");
        token.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
        token.grantType = GrantType(GrantType::AuthorizationCode);
        token.createdAt = 1'700'000'000'000;
        token.accessTokenExpiresAt = 1'900'000'000'000;
        return token;
    }

    // Built anew on each call, under the translator installed at the time.
    std::vector<Shown> open()
    {
        std::vector<Shown> shown;
        auto window =
            std::make_unique<MainWindow>(&m_network, m_profiles.profiles(), m_profiles.credentials());
        auto shortcuts = std::make_unique<ShortcutsDialog>(window.get());
        ClientLimited client;
        client.clientId = 1001;
        client.clientName = QStringLiteral("Web App");
        auto create = std::make_unique<CreateTokenDialog>(QList<ClientLimited>{client},
                                                          QStringList{QStringLiteral("openid")},
                                                          AuthleteClient::BodyEncoding::Json);
        create->findChild<QGroupBox *>(QStringLiteral("advancedGroup"))->setChecked(true);
        shown.push_back({QStringLiteral("main window"), std::move(window)});
        shown.push_back({QStringLiteral("keyboard shortcuts"), std::move(shortcuts)});
        shown.push_back({QStringLiteral("create"), std::move(create)});
        shown.push_back({QStringLiteral("update"), std::make_unique<UpdateTokenDialog>(
                                                       sampleToken(), QStringList{QStringLiteral("email")},
                                                       AuthleteClient::BodyEncoding::Json)});
        shown.push_back({QStringLiteral("new values"),
                         std::make_unique<NewTokenValuesDialog>(QStringLiteral("access-value"),
                                                                QStringLiteral("refresh-value"))});
        shown.push_back({QStringLiteral("connections"),
                         std::make_unique<ConnectionDialog>(m_profiles.profiles(), m_profiles.credentials(),
                                                            &m_network)});
        shown.push_back({QStringLiteral("audit log"), std::make_unique<AuditLogDialog>(m_auditLog)});
        shown.push_back(
            {QStringLiteral("list of users"),
             std::make_unique<SubjectListDialog>(
                 &m_client, &m_auditLog, QStringLiteral("Staging"),
                 ScopedConfirmation::Connection{QStringLiteral("Staging"), QStringLiteral("715948317"),
                                                QUrl(QStringLiteral("https://api.example.com"))})});
        for (Shown &one : shown) {
            one.widget->show();
            if (!QTest::qWaitForWindowExposed(one.widget.get()))
                qWarning("%s was not exposed", qPrintable(one.name));
        }
        return shown;
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    AuthleteClient m_client{&m_network};
    SessionProfiles m_profiles;
    AuditLog m_auditLog;
};
