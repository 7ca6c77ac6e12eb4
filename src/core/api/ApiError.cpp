#include "ApiError.h"

#include "ServerText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

// Enough of a body that is not Authlete's JSON to recognise it, never a whole page in a message.
constexpr qsizetype kMaxBodyInDetail = 200;
constexpr qsizetype kMaxHtmlSummary = 100;

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QLocale().toString(ms / 1000) : QLocale().toString(ms / 1000.0, 'f', 1);
}

// "8 MB" for a limit given in MiB, as people read it.
QString dataSize(qint64 bytes)
{
    constexpr qint64 kMiB = qint64(1024) * 1024;
    if (bytes >= kMiB)
        return ApiError::tr("%1 MB").arg(QLocale().toString(double(bytes) / kMiB, 'f', bytes % kMiB ? 1 : 0));
    return ApiError::tr("%1 KB").arg(QLocale().toString((bytes + 1023) / 1024));
}
// An error page names itself near its start; the rest of a large body is not searched.
constexpr qsizetype kMaxBodyScanned = 4096;

bool looksLikeHtml(const QString &body)
{
    const QString start = body.left(kMaxBodyInDetail).trimmed();
    return start.startsWith(QLatin1Char('<')) ||
           start.contains(QLatin1StringView("<html"), Qt::CaseInsensitive);
}

// The words that name an HTML page, without its markup: its title, else its first heading, else its
// text ("502 Bad Gateway" for nginx's page).
QString htmlSummary(const QString &page)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>(.*?)</h1>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression markup(QStringLiteral("<[^>]*>?"));
    QString words;
    for (const QRegularExpression *element : {&title, &heading}) {
        words = element->match(page).captured(1);
        if (!words.trimmed().isEmpty())
            break;
    }
    if (words.trimmed().isEmpty())
        words = page;
    return ServerText::bounded(words.replace(markup, QStringLiteral(" ")), kMaxHtmlSummary);
}

} // namespace

ApiError ApiError::invalidRequest(const QString &detail)
{
    ApiError error;
    error.kind = Kind::InvalidRequest;
    error.detail = detail;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue code = json.value(QLatin1StringView("resultCode"));
    // The spec's own 404 example carries an integer code.
    error.resultCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    error.resultCode = ServerText::bounded(error.resultCode, 40);
    error.resultMessage = ServerText::bounded(json.value(QLatin1StringView("resultMessage")).toString());
    if (!json.isEmpty() || body.isEmpty())
        return error;
    const QString text = QString::fromUtf8(body.left(kMaxBodyScanned));
    if (!looksLikeHtml(text)) {
        error.detail = ServerText::bounded(text, kMaxBodyInDetail);
        return error;
    }
    // Authlete answers errors in JSON: an HTML page came from something in between, whose markup
    // would only bury the one line that matters.
    const QString summary = htmlSummary(text);
    error.detail =
        summary.isEmpty()
            ? tr("an HTML page, most likely from a proxy or gateway rather than from Authlete")
            : tr("%1 (an HTML page, most likely from a proxy or gateway rather than from Authlete)")
                  .arg(summary);
    return error;
}

QString ApiError::message() const
{
    const QString text = sentence();
    return ServerText::plain(note.isEmpty() ? text : text + QLatin1Char(' ') + note);
}

QString ApiError::sentence() const
{
    const QString serverSays = resultMessage.isEmpty() ? detail : resultMessage;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidRequest:
        return tr("The request was not sent: %1").arg(detail);
    case Kind::Network:
        return tr("The server could not be reached: %1. Check the URL and your network connection.")
            .arg(detail);
    case Kind::Timeout: {
        QString what;
        switch (deadline) {
        case Deadline::Inactivity:
            what = deadlineMs > 0 ? tr("The server did not answer in time (nothing came for %1 s).")
                                        .arg(seconds(deadlineMs))
                                  : tr("The server did not answer in time.");
            break;
        case Deadline::Attempt:
            what = tr("The server did not finish its reply within %1 s.").arg(seconds(deadlineMs));
            break;
        case Deadline::Call:
            what = tr("The server gave no answer after %Ln attempts within %1 s.", nullptr, attempts)
                       .arg(seconds(deadlineMs));
            break;
        }
        return detail.isEmpty() ? what : what + QLatin1Char(' ') + detail;
    }
    case Kind::TooLarge: {
        const QString what =
            announcedSize >= 0
                ? tr("The server announced a reply of %1, larger than the limit of %2; it "
                     "was not read.")
                      .arg(dataSize(announcedSize), dataSize(sizeLimit))
                : tr("The server's reply was larger than %1; it was not read.").arg(dataSize(sizeLimit));
        return detail.isEmpty() ? what : what + QLatin1Char(' ') + detail;
    }
    case Kind::Tls:
        return tr("The server's TLS certificate was not trusted: %1. If your Authlete server uses a private "
                  "certificate authority, set its CA file in the connection; a certificate that expired or "
                  "names another host must be replaced on the server.")
            .arg(detail);
    case Kind::Redirect:
        switch (redirect) {
        case Redirect::OtherOrigin:
            return tr("The server redirected to another origin (%1). TokenDesk does not follow it, so that "
                      "the credential is never sent there.")
                .arg(detail);
        case Redirect::Loop:
            return tr("The server redirected in a loop (more than %1 redirects).").arg(detail);
        case Redirect::NotHttp:
            return tr("The server redirected to a non-HTTP address (%1); TokenDesk follows only http and "
                      "https within the same origin.")
                .arg(detail);
        case Redirect::NoLocation:
            return tr("The server redirected (HTTP status %1) without saying where.").arg(httpStatus);
        }
        break;
    case Kind::Http:
        break;
    case Kind::Undecodable:
        return tr("The server's reply could not be read as an Authlete response: %1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::SearchLimit:
        return tr("TokenDesk stopped looking for the token: %1. Refresh to see the current state.")
            .arg(detail);
    }

    const QString suffix = serverSays.isEmpty() ? QString() : QStringLiteral(" — ") + serverSays;
    switch (httpStatus) {
    case 400:
        return tr("The server refused the request as invalid (400)%1").arg(suffix);
    case 401:
        return tr("The service access token was refused (401). Edit the connection's credential.%1")
            .arg(suffix);
    case 403:
        return tr("The credential is not allowed to do this on this service (403). Check the service ID and "
                  "the token's permissions.%1")
            .arg(suffix);
    case 404:
        return tr("Not found (404): the token or service does not exist, or no longer does.%1").arg(suffix);
    case 429:
        return tr("The server is rate-limiting requests (429). Try again in a moment.%1").arg(suffix);
    default:
        // Qt 6.4 takes a 1xx (102 Processing, 103 Early Hints) for the answer, and the real one
        // that follows it is lost.
        if (httpStatus >= 100 && httpStatus < 200)
            return tr("The server sent an informational reply (HTTP status %1) where its answer belonged; "
                      "TokenDesk cannot read past it.%2")
                .arg(httpStatus)
                .arg(suffix);
        if (httpStatus >= 500)
            return tr("The server had an error (%1). Try again later.%2").arg(httpStatus).arg(suffix);
        return tr("The server answered with HTTP status %1.%2").arg(httpStatus).arg(suffix);
    }
}
