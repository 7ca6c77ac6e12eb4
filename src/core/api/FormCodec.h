#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// application/x-www-form-urlencoded bodies for create, update and revoke.
// Strings and numbers go as they are, booleans as true/false, arrays of strings space-delimited
// (as Authlete documents for its sibling APIs). Objects and arrays of objects (properties,
// authorizationDetails) cannot be carried: encode() names the first such member instead.
namespace FormCodec {

struct Encoded
{
    QByteArray body;
    QString unsupportedMember; // set when the JSON cannot be form-encoded
};

Encoded encode(const QJsonObject &json);

} // namespace FormCodec
