#pragma once

#include <QString>

// A self-signed certificate, for 127.0.0.1 and localhost unless told otherwise, made by the openssl command
// at test time, so that no private key is committed and none expires in the repository.
struct TestCertificate
{
    QString certificateFile; // PEM; also usable as the CA file, being self-signed
    QString keyFile;         // PEM, unencrypted

    bool isValid() const { return !certificateFile.isEmpty(); }
    // hosts: the subjectAltName, e.g. "DNS:elsewhere.example" for a certificate of another host.
    static TestCertificate create(const QString &directory,
                                  const QString &hosts = QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    // Valid for 127.0.0.1 and localhost, but only during 2020: expired ever since.
    static TestCertificate createExpired(const QString &directory);
};
