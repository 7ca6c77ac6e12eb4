#pragma once

#include "AccessToken.h"
#include "AuthleteClient.h"
#include "TokenUpdateRequest.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDateTimeEdit;

// Edits one token for /auth/token/update: scopes (prefilled), expiries (unchanged unless touched),
// persistence, properties, re-issuing the value, the two expiry-on-scope-update flags, JSON or form.
// It does not call the API: the window sends request(), which names the token by its hash.
class UpdateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateTokenDialog(const AccessToken &token, const QStringList &knownScopes, QWidget *parent = nullptr);
    ~UpdateTokenDialog() override;

    TokenUpdateRequest request() const;
    AuthleteClient::BodyEncoding encoding() const;
    QString validationError() const;

private:
    QDateTimeEdit *newExpiryEdit(const QString &objectName, const QString &accessibleName,
                                 qint64 expiresAtMs);
    QCheckBox *newCheck(const QString &objectName, const QString &text);
    void updateForm();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};
