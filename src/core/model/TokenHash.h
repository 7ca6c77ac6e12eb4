#pragma once

#include <QString>

// How a token value maps to the hash the list shows: SHA-256, base64url without padding
// (the reference's decision where Authlete does not document its algorithm).
namespace TokenHash {

QString of(const QString &tokenValue);

} // namespace TokenHash
