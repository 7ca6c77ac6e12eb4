#include "SandboxRequest.h"

#include "SandboxBodyDecoder.h"

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return QByteArray();
}

QString SandboxRequest::queryValue(const QString &key) const
{
    return SandboxBodyDecoder::formDecode(query.queryItemValue(key, QUrl::FullyEncoded).toUtf8());
}
