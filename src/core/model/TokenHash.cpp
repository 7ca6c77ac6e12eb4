#include "TokenHash.h"

#include <QCryptographicHash>

namespace TokenHash {

QString of(const QString &tokenValue)
{
    const QByteArray digest = QCryptographicHash::hash(tokenValue.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace TokenHash
