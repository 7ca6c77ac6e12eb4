// The column table: every column told apart by id, header and export name.
#include "TokenColumns.h"

#include <QSet>
#include <QTest>

class TestTokenColumns : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnHasItsOwnIdHeaderAndExportName()
    {
        QSet<QString> ids;
        QSet<QString> headers;
        QSet<QString> exportNames;
        for (int column = 0; column < TokenColumns::Count; ++column) {
            const TokenColumns::Descriptor &descriptor = TokenColumns::at(column);
            const QString id = QLatin1StringView(descriptor.id);
            QVERIFY(!id.isEmpty());
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(!TokenColumns::header(column).isEmpty());
            QVERIFY2(!headers.contains(TokenColumns::header(column)), qPrintable(id));
            headers.insert(TokenColumns::header(column));
            const QString exportName = QLatin1StringView(descriptor.exportName);
            QVERIFY(!exportName.isEmpty());
            QVERIFY2(!exportNames.contains(exportName), qPrintable(id));
            exportNames.insert(exportName);
            QCOMPARE(TokenColumns::columnOfId(id), column);
            QVERIFY(descriptor.defaultWidth > 0);
        }
        QCOMPARE(TokenColumns::columnOfId(u"noSuchColumn"), -1);
    }

    void exportNamesAreTheListApiMembers()
    {
        // The CSV and the JSON export name a field alike; only the client's shown name has no member.
        AccessToken token;
        token.accessTokenHash = QStringLiteral("a");
        token.refreshTokenHash = QStringLiteral("r");
        token.accessTokenExpiresAt = token.refreshTokenExpiresAt = token.createdAt = token.lastRefreshedAt =
            1;
        token.clientId = 1;
        token.subject = QStringLiteral("s");
        token.grantType = GrantType(GrantType::AuthorizationCode);
        token.scopes = {QStringLiteral("openid")};
        const QJsonObject json = token.toJson();
        for (int column = 0; column < TokenColumns::Count; ++column) {
            if (column == TokenColumns::Client)
                continue;
            const QString name = QLatin1StringView(TokenColumns::at(column).exportName);
            QVERIFY2(json.contains(name), qPrintable(name));
        }
    }
};

QTEST_MAIN(TestTokenColumns)
#include "tst_tokencolumns.moc"
