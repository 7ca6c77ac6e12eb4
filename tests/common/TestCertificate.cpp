#include "TestCertificate.h"

#include <QDir>
#include <QProcess>

TestCertificate TestCertificate::create(const QString &directory, const QString &hosts)
{
    const QDir dir(directory);
    const QString certificate = dir.filePath(QStringLiteral("certificate.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=TokenDesk Test"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + hosts, QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), certificate});
    if (!openssl.waitForFinished(30'000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return {};
    return {certificate, key};
}
