#include "TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

const QString kLoopbackHosts = QStringLiteral("IP:127.0.0.1,DNS:localhost");

bool runOpenssl(const QString &workingDirectory, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(workingDirectory);
    openssl.start(QStringLiteral("openssl"), arguments);
    return openssl.waitForFinished(30'000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

// The new key and the arguments of `openssl req` that describe the certificate's subject and hosts.
QStringList subjectArguments(const QString &commonName, const QString &hosts, const QString &keyFile)
{
    return {QStringLiteral("-newkey"),
            QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"),
            QStringLiteral("-subj"),
            QStringLiteral("/CN=") + commonName,
            QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=") + hosts,
            QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE"),
            QStringLiteral("-keyout"),
            keyFile};
}

} // namespace

TestCertificate TestCertificate::create(const QString &directory, const QString &hosts)
{
    const QDir dir(directory);
    const QString certificate = dir.filePath(QStringLiteral("certificate.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QStringList arguments = QStringList{QStringLiteral("req"), QStringLiteral("-x509"),
                                              QStringLiteral("-days"), QStringLiteral("2")} +
                                  subjectArguments(QStringLiteral("TokenDesk Test"), hosts, key) +
                                  QStringList{QStringLiteral("-out"), certificate};
    if (!runOpenssl(directory, arguments))
        return {};
    return {certificate, key};
}

TestCertificate TestCertificate::createExpired(const QString &directory)
{
    // `openssl req -x509` cannot date a certificate in the past; `openssl ca` can, given a minimal database.
    QDir dir(directory);
    const QString certificate = dir.filePath(QStringLiteral("expired-certificate.pem"));
    const QString key = dir.filePath(QStringLiteral("expired-key.pem"));
    const QString request = dir.filePath(QStringLiteral("expired-request.pem"));
    const QString database = dir.filePath(QStringLiteral("expired-ca"));
    const QString config = dir.filePath(QStringLiteral("expired-ca.cnf"));
    if (!dir.mkpath(database))
        return {};
    QFile index(QDir(database).filePath(QStringLiteral("index.txt")));
    QFile configFile(config);
    if (!index.open(QIODevice::WriteOnly) || !configFile.open(QIODevice::WriteOnly))
        return {};
    configFile.write("[ca]\ndefault_ca = test\n"
                     "[test]\ndatabase = expired-ca/index.txt\nnew_certs_dir = expired-ca\n"
                     "serial = expired-ca/serial\ndefault_md = sha256\npolicy = anything\ncopy_extensions = "
                     "copy\nunique_subject = no\n"
                     "[anything]\ncommonName = supplied\n");
    configFile.close();
    const QStringList requestArguments =
        QStringList{QStringLiteral("req"), QStringLiteral("-new")} +
        subjectArguments(QStringLiteral("TokenDesk Expired"), kLoopbackHosts, key) +
        QStringList{QStringLiteral("-out"), request};
    const QStringList signArguments = {QStringLiteral("ca"),
                                       QStringLiteral("-batch"),
                                       QStringLiteral("-config"),
                                       config,
                                       QStringLiteral("-selfsign"),
                                       QStringLiteral("-keyfile"),
                                       key,
                                       QStringLiteral("-in"),
                                       request,
                                       QStringLiteral("-startdate"),
                                       QStringLiteral("20200101000000Z"),
                                       QStringLiteral("-enddate"),
                                       QStringLiteral("20210101000000Z"),
                                       QStringLiteral("-rand_serial"),
                                       QStringLiteral("-notext"),
                                       QStringLiteral("-out"),
                                       certificate};
    if (!runOpenssl(directory, requestArguments) || !runOpenssl(directory, signArguments))
        return {};
    return {certificate, key};
}
