#include "TokenColumns.h"

#include "ExpiryText.h"
#include "ServerText.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QStringMatcher>
#include <QStyle>
#include <array>

namespace {

using Filter = TokenColumns::Filter;
using Detail = TokenColumns::Detail;

// In the order the columns show by default; the ids and export names are promises to saved settings
// and to scripts reading the CSV, kept apart so that one can change without the other.
// The visible columns by default fit a 1280 px window next to the details pane; the others are one
// click away in the header's menu.
const std::array<TokenColumns::Descriptor, TokenColumns::Count> kColumns{{
    {"subject", QT_TRANSLATE_NOOP("TokenColumns", "Subject"), "subject", 130, true, Filter::Text,
     Detail::Text},
    {"client", QT_TRANSLATE_NOOP("TokenColumns", "Client"), "client", 190, true, Filter::Text, Detail::Text},
    {"clientId", QT_TRANSLATE_NOOP("TokenColumns", "Client ID"), "clientId", 110, false, Filter::No,
     Detail::None},
    {"grantType", QT_TRANSLATE_NOOP("TokenColumns", "Grant type"), "grantType", 160, false, Filter::No,
     Detail::Text},
    {"scopes", QT_TRANSLATE_NOOP("TokenColumns", "Scopes"), "scopes", 170, true, Filter::Text, Detail::Text},
    {"status", QT_TRANSLATE_NOOP("TokenColumns", "Status"), nullptr, 110, true, Filter::Text, Detail::None},
    {"createdAt", QT_TRANSLATE_NOOP("TokenColumns", "Created"), "createdAt", 130, true, Filter::No,
     Detail::Text},
    {"accessTokenExpiresAt", QT_TRANSLATE_NOOP("TokenColumns", "Access token expires"),
     "accessTokenExpiresAt", 160, true, Filter::No, Detail::Text},
    {"refreshTokenExpiresAt", QT_TRANSLATE_NOOP("TokenColumns", "Refresh token expires"),
     "refreshTokenExpiresAt", 260, false, Filter::No, Detail::Text},
    {"lastRefreshedAt", QT_TRANSLATE_NOOP("TokenColumns", "Last refreshed"), "lastRefreshedAt", 150, false,
     Filter::No, Detail::Text},
    {"accessTokenHash", QT_TRANSLATE_NOOP("TokenColumns", "Access token hash"), "accessTokenHash", 320, false,
     Filter::Base64url, Detail::Hash},
    {"refreshTokenHash", QT_TRANSLATE_NOOP("TokenColumns", "Refresh token hash"), "refreshTokenHash", 320,
     false, Filter::Base64url, Detail::Hash},
}};

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// Times as ISO 8601 UTC ("Z": toUTC(), as a QTimeZone would write "+00:00"); 0 means "none" (never
// refreshed, no refresh token) and stays empty.
QString isoTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QString expiryText(qint64 expiresAt, qint64 now)
{
    return TokenColumns::tr("%1 (%2)").arg(localTime(expiresAt), ExpiryText::relative(expiresAt, now));
}

// The access token's state in words; the model adds its icon and colour, never the only sign.
QString statusText(const AccessToken &token, qint64 now)
{
    switch (ExpiryText::state(token.accessTokenExpiresAt, now)) {
    case ExpiryText::State::Expired:
        return TokenColumns::tr("Expired");
    case ExpiryText::State::ExpiringSoon:
        return TokenColumns::tr("Expires soon");
    case ExpiryText::State::Valid:
    case ExpiryText::State::None:
        break;
    }
    return TokenColumns::tr("Valid");
}

enum class When { Past, Expiry };

QString longTime(qint64 ms, When when)
{
    if (ms <= 0)
        return TokenColumns::tr("—");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString absolute = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat);
    return TokenColumns::tr("%1 (%2)").arg(absolute, when == When::Past ? ExpiryText::ago(ms, now)
                                                                        : ExpiryText::relative(ms, now));
}

QString clientFacts(qint64 clientId, const std::optional<ClientLimited> &client)
{
    QString id = QString::number(clientId);
    if (!client)
        return id;
    const QString name = client->clientName.isEmpty() ? TokenColumns::tr("unnamed") : client->clientName;
    const QString type = client->clientType.isEmpty() ? TokenColumns::tr("type unknown") : client->clientType;
    // Authlete's default alias is the ID itself: not worth repeating.
    const bool hasAlias = !client->clientIdAlias.isEmpty() && client->clientIdAlias != id;
    return hasAlias ? TokenColumns::tr("%1 — %2, alias %3, %4").arg(id, name, client->clientIdAlias, type)
                    : TokenColumns::tr("%1 — %2, %3").arg(id, name, type);
}

QString cell(const QString &text)
{
    return text.size() > TokenColumns::kMaxCellLength
               ? text.left(TokenColumns::kMaxCellLength) + QChar(0x2026)
               : text;
}

void applyDefaults(QHeaderView &header)
{
    for (int column = 0; column < TokenColumns::Count; ++column) {
        header.moveSection(header.visualIndex(column), column);
        // Wide enough for its header in the reader's language and font, whatever the default says.
        const int headerWidth = header.fontMetrics().horizontalAdvance(TokenColumns::header(column)) +
                                header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header) * 4;
        header.resizeSection(column, qMax(kColumns[column].defaultWidth, headerWidth));
        header.setSectionHidden(column, !kColumns[column].visibleByDefault);
    }
}

} // namespace

QString TokenColumns::CellContext::clientText(qint64 clientId) const
{
    const auto it = clientTexts.constFind(clientId);
    return it == clientTexts.cend() ? QString::number(clientId) : *it;
}

qint64 TokenColumns::CellContext::now() const
{
    return fixedNowMs > 0 ? fixedNowMs : QDateTime::currentMSecsSinceEpoch();
}

const TokenColumns::Descriptor &TokenColumns::at(int column)
{
    return kColumns.at(column);
}

QString TokenColumns::header(int column)
{
    return tr(at(column).header);
}

int TokenColumns::columnOfId(QStringView id)
{
    for (int column = 0; column < Count; ++column) {
        if (id == QLatin1StringView(kColumns[column].id))
            return column;
    }
    return -1;
}

QVariant TokenColumns::display(const AccessToken &token, int column, const CellContext &context)
{
    switch (column) {
    case Subject:
        if (token.subject.isEmpty())
            return tr("(client)");
        return cell(token.subject);
    case Client:
        return cell(context.clientText(token.clientId));
    case ClientId:
        return QString::number(token.clientId);
    case GrantType:
        return token.grantType.name();
    case Scopes:
        return cell(token.scopes.join(QLatin1Char(' ')));
    case Status:
        return statusText(token, context.now());
    case Created:
        return localTime(token.createdAt);
    case AccessExpiry:
        // Relative, which is what the column is read for and keeps it narrow; the tooltip has the date.
        return ExpiryText::relative(token.accessTokenExpiresAt, context.now());
    case RefreshExpiry:
        if (token.refreshTokenHash.isEmpty())
            return tr("no refresh token");
        return expiryText(token.refreshTokenExpiresAt, context.now());
    case LastRefreshed:
        return token.lastRefreshedAt > 0 ? localTime(token.lastRefreshedAt) : tr("never");
    case AccessHash:
        return cell(token.accessTokenHash);
    case RefreshHash:
        return cell(token.refreshTokenHash);
    default:
        return QVariant();
    }
}

QString TokenColumns::plainToolTip(const QString &text)
{
    // Qt takes a tooltip that looks like markup for rich text: deliberate markup around escaped text
    // shows the text as it is.
    if (text.isEmpty())
        return text;
    return QStringLiteral("<qt>") + ServerText::bounded(text, 1000).toHtmlEscaped() + QStringLiteral("</qt>");
}

QVariant TokenColumns::toolTip(const AccessToken &token, int column, const CellContext &context)
{
    switch (column) {
    case Subject:
        return token.subject.isEmpty() ? tr("No subject: a client credentials token")
                                       : plainToolTip(display(token, column, context).toString());
    case Status:
        return ExpiryText::state(token.accessTokenExpiresAt, context.now()) == ExpiryText::State::ExpiringSoon
                   ? tr("Expires within 24 hours")
                   : display(token, column, context);
    case Created:
    case AccessExpiry:
    case RefreshExpiry:
    case LastRefreshed: {
        const qint64 ms = *numericSortValue(token, column);
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat)
                      : QVariant();
    }
    default:
        return plainToolTip(display(token, column, context).toString());
    }
}

QVariant TokenColumns::sortValue(const AccessToken &token, int column, const CellContext &context)
{
    if (const std::optional<qint64> value = numericSortValue(token, column))
        return *value;
    return display(token, column, context);
}

std::optional<qint64> TokenColumns::numericSortValue(const AccessToken &token, int column)
{
    switch (column) {
    case Created:
        return token.createdAt;
    case Status: // expired first, then expiring, then valid: the order of the access token's expiry
    case AccessExpiry:
        return token.accessTokenExpiresAt;
    case RefreshExpiry:
        return token.refreshTokenExpiresAt;
    case LastRefreshed:
        return token.lastRefreshedAt;
    case Client:
    case ClientId:
        return token.clientId;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> TokenColumns::expiry(const AccessToken &token, int column)
{
    if (column == AccessExpiry || column == Status)
        return token.accessTokenExpiresAt;
    if (column == RefreshExpiry && !token.refreshTokenHash.isEmpty())
        return token.refreshTokenExpiresAt;
    return std::nullopt;
}

bool TokenColumns::isPlaceholder(const AccessToken &token, int column)
{
    return column == Subject && token.subject.isEmpty();
}

bool TokenColumns::contains(const AccessToken &token, int column, const QStringMatcher &pattern,
                            const CellContext &context)
{
    const auto matches = [&pattern](const QString &text) { return pattern.indexIn(text) >= 0; };
    switch (column) {
    case Subject:
        return matches(token.subject);
    case Client:
        return matches(context.clientText(token.clientId));
    case Scopes:
        return std::any_of(token.scopes.cbegin(), token.scopes.cend(), matches);
    case Status:
        return matches(statusText(token, context.now()));
    case AccessHash:
        return matches(token.accessTokenHash);
    case RefreshHash:
        return matches(token.refreshTokenHash);
    default:
        return false;
    }
}

QString TokenColumns::detailText(const AccessToken &token, int column,
                                 const std::optional<ClientLimited> &client)
{
    switch (column) {
    case Subject:
        return token.subject.isEmpty() ? tr("(none: client credentials)") : token.subject;
    case Client:
        return clientFacts(token.clientId, client);
    case GrantType:
        return token.grantType.isKnown() ? token.grantType.name()
                                         : tr("%1 (not known to this version)").arg(token.grantType.name());
    case Scopes:
        return token.scopes.isEmpty() ? tr("(none)") : token.scopes.join(QLatin1Char(' '));
    case Created:
        return longTime(token.createdAt, When::Past);
    case AccessExpiry:
        return longTime(token.accessTokenExpiresAt, When::Expiry);
    case RefreshExpiry:
        return token.refreshTokenHash.isEmpty() ? tr("(no refresh token)")
                                                : longTime(token.refreshTokenExpiresAt, When::Expiry);
    case LastRefreshed:
        return token.lastRefreshedAt > 0 ? longTime(token.lastRefreshedAt, When::Past) : tr("never");
    case AccessHash:
        return token.accessTokenHash;
    case RefreshHash:
        return token.refreshTokenHash;
    default:
        return QString();
    }
}

QString TokenColumns::exportValue(const AccessToken &token, int column, const ClientText &clientText)
{
    switch (column) {
    case Subject:
        return token.subject;
    case Client:
        return clientText ? clientText(token.clientId) : QString::number(token.clientId);
    case ClientId:
        return QString::number(token.clientId);
    case GrantType:
        return token.grantType.name();
    case Scopes:
        return token.scopes.join(u' ');
    case Created:
    case AccessExpiry:
    case RefreshExpiry:
    case LastRefreshed:
        return isoTime(*numericSortValue(token, column));
    case AccessHash:
        return token.accessTokenHash;
    case RefreshHash:
        return token.refreshTokenHash;
    default:
        return QString();
    }
}

void TokenColumns::saveLayout(const QHeaderView &header, QSettings &settings, const QString &key)
{
    settings.beginWriteArray(key, Count);
    for (int visual = 0; visual < Count; ++visual) {
        const int column = header.logicalIndex(visual);
        settings.setArrayIndex(visual);
        settings.setValue(QStringLiteral("id"), QLatin1StringView(kColumns[column].id));
        settings.setValue(QStringLiteral("width"), header.sectionSize(column));
        settings.setValue(QStringLiteral("hidden"), header.isSectionHidden(column));
    }
    settings.endArray();
}

void TokenColumns::restoreLayout(QHeaderView &header, QSettings &settings, const QString &key)
{
    applyDefaults(header);
    // Saved columns first, in their saved order; columns the settings do not know yet (added since)
    // follow in the table's order. Ids no longer in the table are passed over.
    QList<int> order;
    const int saved = settings.beginReadArray(key);
    for (int index = 0; index < saved; ++index) {
        settings.setArrayIndex(index);
        const int column = columnOfId(settings.value(QStringLiteral("id")).toString());
        if (column < 0 || order.contains(column))
            continue;
        order.append(column);
        bool ok = false;
        const int width = settings.value(QStringLiteral("width")).toInt(&ok);
        if (ok && width > 0)
            header.resizeSection(column, width);
        header.setSectionHidden(column, settings.value(QStringLiteral("hidden"), false).toBool());
    }
    settings.endArray();
    for (int column = 0; column < Count; ++column) {
        if (!order.contains(column))
            order.append(column);
    }
    for (int visual = 0; visual < Count; ++visual)
        header.moveSection(header.visualIndex(order.at(visual)), visual);
}
