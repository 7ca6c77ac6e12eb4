#pragma once

#include "AccessToken.h"
#include "ClientLimited.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>
#include <functional>
#include <optional>

class QHeaderView;
class QSettings;
class QStringMatcher;

// Every column of the token table in one place: its stable id, header, what a cell shows, its tooltip
// and sort value, its CSV field, and whether it shows by default and how wide. The model, the quick
// filter, the export and the window's header all read this table, so a new column is one row here
// (and one case in each switch of TokenColumns.cpp) next to its field in AccessToken.
class TokenColumns
{
    Q_DECLARE_TR_FUNCTIONS(TokenColumns)

public:
    enum Column {
        Subject,
        Client,
        ClientId,
        GrantType,
        Scopes,
        Status, // of the access token: valid, expiring within a day, expired
        Created,
        AccessExpiry,
        RefreshExpiry,
        LastRefreshed,
        AccessHash,
        RefreshHash,
        Count
    };

    // What the quick filter reads of a column. Hashes are base64url: a pattern with any other character
    // cannot be part of one, and the two longest fields of every row need no look.
    enum class Filter { No, Text, Base64url };
    // How the detail pane shows a column: not at all (another row tells it), as text that wraps, or as
    // a hash, which has no place to break, whole on a line of its own in a fixed-width font.
    enum class Detail { None, Text, Hash };

    struct Descriptor
    {
        const char *id;         // the key of the saved header layout: never renamed
        const char *header;     // translated in the TokenColumns context
        const char *exportName; // the CSV field, named as the list API's member so scripts read both
                                // alike; nullptr for a column derived from others and the clock
        int defaultWidth;
        bool visibleByDefault;
        Filter filter;
        Detail detail;
    };

    // What a cell shows besides its token: the names of the clients, and "now" for relative times.
    struct CellContext
    {
        const QHash<qint64, QString> &clientTexts;
        qint64 fixedNowMs = 0; // 0: the real clock

        QString clientText(qint64 clientId) const;
        qint64 now() const;
    };

    using ClientText = std::function<QString(qint64 clientId)>;

    static const Descriptor &at(int column);
    static QString header(int column);
    static int columnOfId(QStringView id);

    // Server text in a cell is cut to kMaxCellLength characters: a view elides it anyway, but lays out
    // and paints all it is given, and 4 MB of subject froze the window.
    static constexpr qsizetype kMaxCellLength = 300;
    static QVariant display(const AccessToken &token, int column, const CellContext &context);
    // A tooltip of server text: plain (markup shown as written), cut, and wrapped by the tooltip.
    static QString plainToolTip(const QString &text);
    static QVariant toolTip(const AccessToken &token, int column, const CellContext &context);
    // Numbers for times and client IDs, the shown text otherwise.
    static QVariant sortValue(const AccessToken &token, int column, const CellContext &context);
    // The raw value of a time or client column, for comparing rows without going through QVariant;
    // nullopt for the text columns.
    static std::optional<qint64> numericSortValue(const AccessToken &token, int column);
    // The expiry a column shows, to be marked by icon and colour; nullopt where it shows none.
    static std::optional<qint64> expiry(const AccessToken &token, int column);
    // A row without a subject (client credentials) shows a placeholder, set apart as not a value.
    static bool isPlaceholder(const AccessToken &token, int column);
    // Whether the quick filter's pattern is in the column's text (only for columns with a Filter).
    static bool contains(const AccessToken &token, int column, const QStringMatcher &pattern,
                         const CellContext &context);
    // What the detail pane shows: long times with their distance from now, the client with its facts.
    static QString detailText(const AccessToken &token, int column,
                              const std::optional<ClientLimited> &client);
    // The CSV field: times in ISO 8601 UTC, the client with its name when clientText knows it.
    static QString exportValue(const AccessToken &token, int column, const ClientText &clientText);

    // The header layout is saved by column id (order, width, hidden), so that a column added, removed
    // or moved in this table leaves the other columns as the user arranged them.
    // An empty or unreadable layout gives the table's order, widths and visibility.
    static void saveLayout(const QHeaderView &header, QSettings &settings, const QString &key);
    static void restoreLayout(QHeaderView &header, QSettings &settings, const QString &key);
};
