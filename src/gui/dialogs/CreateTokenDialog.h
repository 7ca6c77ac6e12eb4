#pragma once

#include "AuthleteClient.h"
#include "ClientLimited.h"
#include "TokenCreateRequest.h"

#include <QDialog>
#include <memory>
#include <set>

namespace Ui {
class CreateTokenDialog;
}

// Asks for everything /auth/token/create takes and explains invalid input next to its field, once the
// field was edited or Create pressed; Create accepts only a valid request, and asks before one without
// scopes. It does not call the API: the window sends request().
class CreateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    // encoding is the connection's: a form body cannot carry every field, so those are disabled.
    CreateTokenDialog(const QList<ClientLimited> &knownClients, const QStringList &knownScopes,
                      AuthleteClient::BodyEncoding encoding, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    TokenCreateRequest request() const;
    // The first problem with the input, as shown to the user; empty when the request is valid.
    QString validationError() const;

    void accept() override;

private:
    void connectInputs();
    void updateForm();

    GrantType grantType() const;
    // The advanced fields count only while their group is open, so nothing hidden can block OK.
    bool advancedUsed() const;
    QStringList resources() const;
    using Field = TokenCreateRequest::Field;
    // The request's problems and those of text too broken to reach it, in the order of the form;
    // validationError() is the first.
    QMap<Field, QString> problems() const;
    // The authorization details as typed, while they count (advanced open, JSON body); else empty.
    QString authorizationDetailsText() const;

    // Where the keyboard goes to mend a field's problem.
    QWidget *fieldWidget(Field field) const;

    std::unique_ptr<Ui::CreateTokenDialog> m_ui;
    // A field's problem shows once the user edited it, and every problem once Create was pressed: an
    // empty form is not greeted with errors.
    std::set<Field> m_touched;
    bool m_createPressed = false;
    const bool m_json;
};
