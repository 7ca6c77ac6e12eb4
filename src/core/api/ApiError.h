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
        Timeout,        // no whole answer within a deadline (which one: `deadline`); a change may or may not
                        // have happened
        TooLarge,       // the reply was larger than the operation's limit, so it was not read
        Tls,            // the server's certificate was not trusted
        Redirect,       // a redirect that was not followed (why: `redirect`), so the credential stayed home
        Http,           // the server answered with an error status
        Undecodable,    // the server answered 2xx with a body that is not the expected response
        Cancelled,      // the caller cancelled the call
        SearchLimit,    // a search over several calls stopped at its bound (why: `detail`) with no answer
    };

    enum class Deadline {
        Inactivity, // nothing came for the transfer timeout
        Attempt,    // one attempt (headers and body) took longer than its total deadline
        Call,       // the attempts together took longer than the call's deadline
    };
    enum class Redirect {
        OtherOrigin,
        Loop,       // more redirects than allowed
        NotHttp,    // to file:, data: or anything else but http(s)
        NoLocation, // a 3xx that does not say where
    };

    Kind kind = Kind::None;
    Deadline deadline = Deadline::Inactivity;  // Timeout only
    Redirect redirect = Redirect::OtherOrigin; // Redirect only
    int deadlineMs = 0;                        // Timeout: the deadline that fired; 0 if unknown
    int attempts = 0;                          // Timeout by the call's deadline: attempts made
    qint64 sizeLimit = 0;                      // TooLarge
    qint64 announcedSize = -1;                 // TooLarge: the Content-Length, when that gave it away
    int httpStatus = 0;
    QString resultCode;
    QString resultMessage;
    QString detail; // technical detail: Qt's error string, the TLS errors, the offending member, ...
    QString note;   // why no further attempt was made, when that was not the last attempt's error

    static ApiError invalidRequest(const QString &detail);
    // Reads the result body of an error status; the server's words are kept plain and short
    // (ServerText::bounded).
    static ApiError fromHttp(int status, const QByteArray &body);

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    // Whether the request may have reached the server and changed something although no answer came.
    bool isAmbiguous() const { return kind == Kind::Timeout || kind == Kind::Network; }

    // One line of plain text: whatever the server put into it, no control character reaches a
    // terminal or a label.
    QString message() const;

private:
    QString sentence() const;
};
