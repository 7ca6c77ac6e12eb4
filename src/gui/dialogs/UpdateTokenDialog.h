#pragma once

#include "AccessToken.h"
#include "AuthleteClient.h"
#include "TokenUpdateRequest.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UpdateTokenDialog;
}

// Edits one token for /auth/token/update: scopes (prefilled), expiries (unchanged unless touched),
// persistence, properties, re-issuing the value, the two expiry-on-scope-update flags, JSON or form.
// It does not call the API: the window sends request(), which names the token by its hash.
class UpdateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    // encoding is the connection's: a form body cannot carry properties, so they are disabled.
    UpdateTokenDialog(const AccessToken &token, const QStringList &knownScopes,
                      AuthleteClient::BodyEncoding encoding, QWidget *parent = nullptr);
    ~UpdateTokenDialog() override;

    TokenUpdateRequest request() const;
    QString validationError() const;

private:
    void updateForm();

    std::unique_ptr<Ui::UpdateTokenDialog> m_ui;
    AccessToken m_token;
    const bool m_json;
    // A picker counts only once the user has changed it, so opening and confirming the dialog never
    // rewrites an expiry (not even by the milliseconds the picker cannot show).
    bool m_accessExpiryTouched = false;
    bool m_refreshExpiryTouched = false;
};
