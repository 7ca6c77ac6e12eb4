#pragma once

#include "AccessToken.h"
#include "ClientLimited.h"

#include <QWidget>
#include <optional>

class QLabel;
class QToolButton;

// Every field of the selected token, its properties (hidden ones marked) and refresh-token scopes,
// with buttons to copy the hashes.
class TokenDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsWidget(QWidget *parent = nullptr);

    void showToken(const AccessToken &token, const std::optional<ClientLimited> &client);
    void clear();

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    // A hash has no place to break: it gets a line of its own under its label, in a fixed-width font.
    QLabel *addHashRow(const QString &label, const QString &objectName);
    QToolButton *copyButton(const QString &objectName, const QString &accessibleName, QLabel *source);

    QLabel *m_placeholder;
    QWidget *m_fields;
    QLabel *m_subject;
    QLabel *m_client;
    QLabel *m_grantType;
    QLabel *m_scopes;
    QLabel *m_refreshScopes;
    QLabel *m_created;
    QLabel *m_accessExpiry;
    QLabel *m_refreshExpiry;
    QLabel *m_lastRefreshed;
    QLabel *m_accessHash;
    QLabel *m_refreshHash;
    QLabel *m_properties;
};
