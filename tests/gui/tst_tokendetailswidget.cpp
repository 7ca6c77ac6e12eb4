// The detail pane on its own: how it names the client, and that the hashes are shown whole.
#include "TokenDetailsWidget.h"

#include <QFontDatabase>
#include <QLabel>
#include <QTest>

class TestTokenDetailsWidget : public QObject
{
    Q_OBJECT

private:
    static QString shownClient(const QString &alias)
    {
        TokenDetailsWidget details;
        AccessToken token;
        token.clientId = 26888347961694;
        token.accessTokenHash = QStringLiteral("nxeY2rpaZ44BzRqUpH_V0RCCn48zjVzSZtWwfkyJjrQ");
        ClientLimited client;
        client.clientId = token.clientId;
        client.clientIdAlias = alias;
        client.clientName = QStringLiteral("Merchant Checkout");
        client.clientType = QStringLiteral("PUBLIC");
        details.showToken(token, client);
        return details.findChild<QLabel *>(QStringLiteral("detailClient"))->text();
    }

private slots:
    void readableAliasIsNamed()
    {
        QCOMPARE(shownClient(QStringLiteral("merchant")),
                 QStringLiteral("26888347961694 — Merchant Checkout, alias merchant, PUBLIC"));
    }

    // Authlete's default alias is the ID as text.
    void defaultAliasIsNotRepeated()
    {
        QCOMPARE(shownClient(QStringLiteral("26888347961694")),
                 QStringLiteral("26888347961694 — Merchant Checkout, PUBLIC"));
        QCOMPARE(shownClient(QString()), QStringLiteral("26888347961694 — Merchant Checkout, PUBLIC"));
    }

    void hashesAreWholeInAFixedFont()
    {
        TokenDetailsWidget details;
        AccessToken token;
        token.accessTokenHash = QStringLiteral("nxeY2rpaZ44BzRqUpH_V0RCCn48zjVzSZtWwfkyJjrQ");
        token.refreshTokenHash = QStringLiteral("pShwzAs-37ISuvQGi-Drr2_1VGaFWVsyxCAU1MbkWe4");
        details.showToken(token, std::nullopt);
        for (const char *name : {"detailAccessTokenHash", "detailRefreshTokenHash"}) {
            const auto *label = details.findChild<QLabel *>(QLatin1StringView(name));
            QVERIFY(label);
            QVERIFY(!label->wordWrap());
            QCOMPARE(label->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        }
        QCOMPARE(details.findChild<QLabel *>(QStringLiteral("detailRefreshTokenHash"))->text(),
                 token.refreshTokenHash);
    }

    void everyColumnOfThePaneIsARowUnderItsHeader()
    {
        TokenDetailsWidget details;
        AccessToken token;
        token.subject = QStringLiteral("alice");
        token.scopes = {QStringLiteral("openid")};
        details.showToken(token, std::nullopt);
        for (int column = 0; column < TokenColumns::Count; ++column) {
            if (TokenColumns::at(column).detail == TokenColumns::Detail::None)
                continue;
            QString name = QLatin1StringView(TokenColumns::at(column).id);
            name[0] = name[0].toUpper();
            const auto *label = details.findChild<QLabel *>(QStringLiteral("detail") + name);
            QVERIFY2(label, qPrintable(name));
            // Read with its label, as a screen reader says it: "Subject: alice".
            QCOMPARE(label->accessibleName(),
                     QStringLiteral("%1: %2").arg(TokenColumns::header(column), label->text()));
            QCOMPARE(label->text(), TokenColumns::detailText(token, column, std::nullopt));
        }
        QCOMPARE(details.findChild<QLabel *>(QStringLiteral("detailSubject"))->text(),
                 QStringLiteral("alice"));
    }
};

QTEST_MAIN(TestTokenDetailsWidget)
#include "tst_tokendetailswidget.moc"
