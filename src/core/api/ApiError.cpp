#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Enough of a body that is not Authlete's JSON to recognise it, never a whole page in a message.
constexpr qsizetype kMaxBodyInDetail = 200;
constexpr qsizetype kMaxHtmlSummary = 100;
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
    return words.replace(markup, QStringLiteral(" ")).simplified().left(kMaxHtmlSummary);
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
    error.resultMessage = json.value(QLatin1StringView("resultMessage")).toString();
    if (!json.isEmpty() || body.isEmpty())
        return error;
    const QString text = QString::fromUtf8(body.left(kMaxBodyScanned));
    if (!looksLikeHtml(text)) {
        error.detail = text.left(kMaxBodyInDetail).simplified();
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
    const QString serverSays = resultMessage.isEmpty() ? detail : resultMessage;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidRequest:
        return tr("The request was not sent: %1").arg(detail);
    case Kind::Network:
        return tr("The server could not be reached: %1. Check the URL and your network connection.")
            .arg(detail);
    case Kind::Timeout:
        return detail.isEmpty() ? tr("The server did not answer in time.")
                                : tr("The server did not answer in time. %1").arg(detail);
    case Kind::Tls:
        return tr("The server's TLS certificate was not trusted: %1. If your Authlete server uses a private "
                  "certificate authority, set its CA file in the connection; a certificate that expired or "
                  "names another host must be replaced on the server.")
            .arg(detail);
    case Kind::Redirect:
        return tr("The server redirected to another origin (%1). TokenDesk does not follow it, so that the "
                  "credential is never sent there.")
            .arg(detail);
    case Kind::Http:
        break;
    case Kind::Undecodable:
        return tr("The server's reply could not be read as an Authlete response: %1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
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
        if (httpStatus >= 500)
            return tr("The server had an error (%1). Try again later.%2").arg(httpStatus).arg(suffix);
        return tr("The server answered with HTTP status %1.%2").arg(httpStatus).arg(suffix);
    }
}
