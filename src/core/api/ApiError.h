#pragma once

#include <QCoreApplication>
#include <QString>

// How a call to the Authlete API failed, with a sentence a person can act on.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,           // no error: the call succeeded
        InvalidRequest, // refused before sending (form body with properties, plain HTTP off loopback, ...)
        Network,        // the server could not be reached, or the connection broke
        Timeout,        // no answer within the transfer timeout; a change may or may not have happened
        Tls,            // the server's certificate was not trusted
        Redirect,       // a redirect to another origin was refused, so the credential stayed home
        Http,           // the server answered with an error status
        Undecodable,    // the server answered 2xx with a body that is not the expected response
        Cancelled,      // the caller cancelled the call
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString resultCode;
    QString resultMessage;
    QString detail; // technical detail: Qt's error string, the TLS errors, the offending member, ...

    static ApiError invalidRequest(const QString &detail);
    // Reads the result body of an error status; a body that is not JSON is kept short in detail.
    static ApiError fromHttp(int status, const QByteArray &body);

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // Whether the request may have reached the server and changed something although no answer came.
    bool isAmbiguous() const { return kind == Kind::Timeout || kind == Kind::Network; }

    QString message() const;
};
