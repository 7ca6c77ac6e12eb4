// The column table: every column told apart by id, header and export name, and the header layout
// saved and restored by id, whatever the order of the columns then and now.
#include "TokenColumns.h"

#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStringMatcher>
#include <QTemporaryDir>
#include <QTest>

class TestTokenColumns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStandardItemModel m_model{0, TokenColumns::Count};
    const QString kKey = QStringLiteral("MainWindow/columnLayout");

    QString settingsPath() const
    {
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    }

    std::unique_ptr<QHeaderView> header()
    {
        auto view = std::make_unique<QHeaderView>(Qt::Horizontal);
        view->setModel(&m_model);
        view->setSectionsMovable(true);
        return view;
    }

    static QStringList visualIds(const QHeaderView &view)
    {
        QStringList ids;
        for (int visual = 0; visual < view.count(); ++visual)
            ids.append(QLatin1StringView(TokenColumns::at(view.logicalIndex(visual)).id));
        return ids;
    }

    static QStringList tableIds()
    {
        QStringList ids;
        for (int column = 0; column < TokenColumns::Count; ++column)
            ids.append(QLatin1StringView(TokenColumns::at(column).id));
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
            // Only the status, derived from the clock, has no field of its own.
            QCOMPARE(descriptor.exportName == nullptr, column == TokenColumns::Status);
            const QString exportName = QLatin1StringView(descriptor.exportName);
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
            if (column == TokenColumns::Client || column == TokenColumns::Status)
                continue;
            const QString name = QLatin1StringView(TokenColumns::at(column).exportName);
            QVERIFY2(json.contains(name), qPrintable(name));
        }
    }

    void defaultColumnsFitA1280Window()
    {
        // Subject, client, scopes, status, created and access expiry; the rest one click away.
        QStringList visible;
        int width = 0;
        for (int column = 0; column < TokenColumns::Count; ++column) {
            if (TokenColumns::at(column).visibleByDefault) {
                visible.append(QLatin1StringView(TokenColumns::at(column).id));
                width += TokenColumns::at(column).defaultWidth;
            }
        }
        QCOMPARE(visible, QStringList({QStringLiteral("subject"), QStringLiteral("client"),
                                       QStringLiteral("scopes"), QStringLiteral("status"),
                                       QStringLiteral("createdAt"), QStringLiteral("accessTokenExpiresAt")}));
        // The window opens 1280 px wide with 320 px of details pane beside the table.
        QVERIFY2(width <= 1280 - 320 - 40, qPrintable(QString::number(width)));
    }

    void statusSaysValidExpiringOrExpiredInWords()
    {
        const qint64 now = 1'800'000'000'000;
        const QHash<qint64, QString> clients;
        const TokenColumns::CellContext context{clients, now};
        AccessToken token;
        token.subject = QStringLiteral("niaj.1011");
        const auto status = [&](qint64 expiresAt) {
            token.accessTokenExpiresAt = expiresAt;
            return TokenColumns::display(token, TokenColumns::Status, context).toString();
        };
        QCOMPARE(status(now + 3 * 24 * 3600 * 1000LL), QStringLiteral("Valid"));
        QCOMPARE(status(now + 2 * 3600 * 1000LL), QStringLiteral("Expires soon"));
        QCOMPARE(TokenColumns::toolTip(token, TokenColumns::Status, context).toString(),
                 QStringLiteral("Expires within 24 hours"));
        QCOMPARE(status(now - 1000), QStringLiteral("Expired"));
        // The status is marked and sorted by the access token's expiry, and the quick filter finds it.
        QCOMPARE(TokenColumns::expiry(token, TokenColumns::Status), token.accessTokenExpiresAt);
        QCOMPARE(TokenColumns::numericSortValue(token, TokenColumns::Status), token.accessTokenExpiresAt);
        QVERIFY(TokenColumns::contains(token, TokenColumns::Status,
                                       QStringMatcher(u"expired", Qt::CaseInsensitive), context));
        QVERIFY(!TokenColumns::contains(token, TokenColumns::Status,
                                        QStringMatcher(u"valid", Qt::CaseInsensitive), context));
        QVERIFY(TokenColumns::at(TokenColumns::Status).filter == TokenColumns::Filter::Text);
    }

    void clientCredentialsTokensShowAPlaceholderSubject()
    {
        const QHash<qint64, QString> clients;
        const TokenColumns::CellContext context{clients, 1};
        AccessToken token;
        QCOMPARE(TokenColumns::display(token, TokenColumns::Subject, context).toString(),
                 QStringLiteral("(client)"));
        QVERIFY(TokenColumns::isPlaceholder(token, TokenColumns::Subject));
        token.subject = QStringLiteral("niaj.1011");
        QCOMPARE(TokenColumns::display(token, TokenColumns::Subject, context).toString(), token.subject);
        QVERIFY(!TokenColumns::isPlaceholder(token, TokenColumns::Subject));
    }

    void defaultsFollowTheTable()
    {
        const auto view = header();
        QSettings settings(settingsPath(), QSettings::IniFormat);
        TokenColumns::restoreLayout(*view, settings, kKey);
        QCOMPARE(visualIds(*view), tableIds());
        for (int column = 0; column < TokenColumns::Count; ++column) {
            QCOMPARE(view->isSectionHidden(column), !TokenColumns::at(column).visibleByDefault);
            if (view->isSectionHidden(column))
                continue;
            // The default, or wider where the header's text needs it (a translation can be longer).
            const int headerText = view->fontMetrics().horizontalAdvance(TokenColumns::header(column));
            QVERIFY(view->sectionSize(column) >= TokenColumns::at(column).defaultWidth);
            QVERIFY(view->sectionSize(column) > headerText);
        }
    }

    void layoutIsRestoredByIdAfterAReorder()
    {
        QStringList arranged;
        {
            const auto view = header();
            QSettings settings(settingsPath(), QSettings::IniFormat);
            TokenColumns::restoreLayout(*view, settings, kKey);
            view->moveSection(view->visualIndex(TokenColumns::Scopes), 0);
            view->moveSection(view->visualIndex(TokenColumns::Subject), TokenColumns::Count - 1);
            view->resizeSection(TokenColumns::Subject, 211);
            view->setSectionHidden(TokenColumns::RefreshHash, true);
            view->setSectionHidden(TokenColumns::ClientId, false);
            arranged = visualIds(*view);
            TokenColumns::saveLayout(*view, settings, kKey);
        }
        QCOMPARE(arranged.first(), QStringLiteral("scopes"));
        QCOMPARE(arranged.last(), QStringLiteral("subject"));
        const auto view = header();
        QSettings settings(settingsPath(), QSettings::IniFormat);
        TokenColumns::restoreLayout(*view, settings, kKey);
        QCOMPARE(visualIds(*view), arranged);
        QCOMPARE(view->sectionSize(TokenColumns::Subject), 211);
        QVERIFY(view->isSectionHidden(TokenColumns::RefreshHash));
        QVERIFY(!view->isSectionHidden(TokenColumns::ClientId));
    }

    void layoutOfAnotherVersionKeepsWhatItKnows()
    {
        // Saved by a version whose table had another order, a column since removed, and not yet the
        // client ID column: the known ones come back in their saved order, the new one last.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        const QList<std::pair<QString, int>> saved{
            {QStringLiteral("accessTokenHash"), 300},
            {QStringLiteral("retiredColumn"), 90},
            {QStringLiteral("subject"), 180},
            {QStringLiteral("subject"), 5},
            {QStringLiteral("client"), 0},
        };
        settings.beginWriteArray(kKey);
        for (qsizetype i = 0; i < saved.size(); ++i) {
            settings.setArrayIndex(int(i));
            settings.setValue(QStringLiteral("id"), saved[i].first);
            settings.setValue(QStringLiteral("width"), saved[i].second);
        }
        settings.endArray();
        // The layout by position of earlier versions sits beside it and is not read.
        settings.setValue(QStringLiteral("MainWindow/columns"), QByteArray("\x00\x00\x00\xff garbage", 12));

        const auto view = header();
        TokenColumns::restoreLayout(*view, settings, kKey);
        const QStringList ids = visualIds(*view);
        QCOMPARE(ids.mid(0, 3), (QStringList{QStringLiteral("accessTokenHash"), QStringLiteral("subject"),
                                             QStringLiteral("client")}));
        QCOMPARE(ids.size(), int(TokenColumns::Count));
        QCOMPARE(ids.last(), QStringLiteral("refreshTokenHash"));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), int(TokenColumns::Count));
        QCOMPARE(view->sectionSize(TokenColumns::AccessHash), 300);
        QCOMPARE(view->sectionSize(TokenColumns::Subject), 180); // the first entry of an id counts
        QCOMPARE(view->sectionSize(TokenColumns::Client),
                 TokenColumns::at(TokenColumns::Client).defaultWidth);
        QVERIFY(view->isSectionHidden(TokenColumns::ClientId)); // new columns come with their defaults
    }

    void unreadableLayoutGivesTheDefaults()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(kKey, QByteArray("not an array"));
        const auto view = header();
        TokenColumns::restoreLayout(*view, settings, kKey);
        QCOMPARE(visualIds(*view), tableIds());
    }
};

QTEST_MAIN(TestTokenColumns)
#include "tst_tokencolumns.moc"
