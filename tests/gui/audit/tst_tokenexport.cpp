// Token export: RFC 4180 CSV with the formula-injection guard, JSON that reads back, atomic saving.
#include "CsvText.h"
#include "TokenExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<AccessToken> sampleTokens()
{
    AccessToken first;
    first.accessTokenHash = QStringLiteral("-3pX7ak1CQ9F0w");
    first.accessTokenExpiresAt = 1'741'944'413'589;
    first.refreshTokenHash = QStringLiteral("hN6gSJ1S");
    first.refreshTokenExpiresAt = 1'742'944'413'000;
    first.createdAt = 1'741'940'813'000;
    first.clientId = 1234;
    first.subject = QStringLiteral("Zoë, \"admin\"\r\nsecond line");
    first.grantType = GrantType::AuthorizationCode;
    first.scopes = {QStringLiteral("openid"), QStringLiteral("profile")};
    first.properties = {Property{QStringLiteral("tenant"), QStringLiteral("east"), false}};
    first.refreshTokenScopes = QStringList{QStringLiteral("openid")};

    AccessToken second;
    second.accessTokenHash = QStringLiteral("qwerty");
    second.accessTokenExpiresAt = 1'741'944'413'000;
    second.createdAt = 1'741'940'813'000;
    second.lastRefreshedAt = 1'741'942'000'000;
    second.clientId = 99;
    second.subject = QStringLiteral("=HYPERLINK(\"http://evil\")");
    second.grantType = GrantType::ClientCredentials;
    return {first, second};
}

QString clientName(qint64 clientId)
{
    return clientId == 1234 ? QStringLiteral("Web, portal") : QString::number(clientId);
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTokenExport : public QObject
{
    Q_OBJECT

private slots:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "openid profile"
                               << "openid profile";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("CR") << "a\rb"
                            << "\"a\rb\"";
        QTest::newRow("LF") << "a\nb"
                            << "\"a\nb\"";
        QTest::newRow("UTF-8") << "東京"
                               << "東京";
        QTest::newRow("formula =") << "=1+2"
                                   << "'=1+2";
        QTest::newRow("formula +") << "+1"
                                   << "'+1";
        QTest::newRow("formula -") << "-1"
                                   << "'-1";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        QTest::newRow("formula and quoting") << "=A1,\"x\""
                                             << "\"'=A1,\"\"x\"\"\"";
        QTest::newRow("formula sign inside") << "a=b"
                                             << "a=b";
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvText::field(value), expected);
    }

    void csvRecordEndsWithCrLf()
    {
        QCOMPARE(CsvText::record({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
                 QStringLiteral("a,\"b,c\",\r\n"));
    }

    void writeCsv()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(TokenExport::writeCsv(buffer, sampleTokens(), clientName, &error));
        const QString expected = QStringLiteral(
            "subject,client,clientId,grantType,scopes,createdAt,accessTokenExpiresAt,"
            "refreshTokenExpiresAt,lastRefreshedAt,accessTokenHash,refreshTokenHash\r\n"
            "\"Zoë, \"\"admin\"\"\r\nsecond line\",\"Web, portal\",1234,AUTHORIZATION_CODE,"
            "openid profile,2025-03-14T08:26:53.000Z,2025-03-14T09:26:53.589Z,"
            "2025-03-25T23:13:33.000Z,,'-3pX7ak1CQ9F0w,hN6gSJ1S\r\n"
            "\"'=HYPERLINK(\"\"http://evil\"\")\",99,99,CLIENT_CREDENTIALS,,"
            "2025-03-14T08:26:53.000Z,2025-03-14T09:26:53.000Z,,2025-03-14T08:46:40.000Z,qwerty,\r\n");
        QCOMPARE(QString::fromUtf8(buffer.data()), expected);
    }

    void writeCsvWithoutClientNames()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TokenExport::writeCsv(buffer, sampleTokens().mid(1), {}, nullptr));
        QVERIFY(buffer.data().contains(",99,99,CLIENT_CREDENTIALS,"));
    }

    void writeJsonReadsBack()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TokenExport::writeJson(buffer, sampleTokens(), nullptr));
        QVERIFY(buffer.data().contains("\n    {")); // indented for people reading it
        const QJsonDocument document = QJsonDocument::fromJson(buffer.data());
        QVERIFY(document.isArray());
        QList<AccessToken> read;
        for (const QJsonValue &value : document.array()) {
            const std::optional<AccessToken> token = AccessToken::fromJson(value.toObject());
            QVERIFY(token);
            read.append(*token);
        }
        QCOMPARE(read, sampleTokens());
    }

    void writeFailureIsASentence()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY(!TokenExport::writeJson(buffer, sampleTokens(), &error));
        QVERIFY2(error.startsWith(QLatin1StringView("The export could not be written")), qPrintable(error));
    }

    void saveToFileAppearsOnlyOnCommit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << "tokens.csv";
        QTest::newRow("json") << "tokens.json";
        QTest::newRow("upper-case suffix") << "TOKENS.CSV";
    }

    void saveToFileAppearsOnlyOnCommit()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        // Replacing an earlier export: until the commit, readers see the old file whole.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old export");
        }
        QByteArrayList seenWhileWriting;
        const auto watchingClientName = [&](qint64 clientId) {
            seenWhileWriting.append(fileContents(path));
            return clientName(clientId);
        };
        QList<AccessToken> tokens = sampleTokens();
        QString error;
        QVERIFY2(TokenExport::saveToFile(path, tokens, watchingClientName, &error), qPrintable(error));
        if (name.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)) {
            QVERIFY(QJsonDocument::fromJson(fileContents(path)).isArray());
        } else {
            QCOMPARE(seenWhileWriting, QByteArrayList({"old export", "old export"}));
            QVERIFY(fileContents(path).startsWith("subject,client,"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
    }

    void saveToFileRejectsOtherSuffixes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("txt") << "tokens.txt";
        QTest::newRow("none") << "tokens";
        QTest::newRow("jsonl") << "tokens.jsonl";
    }

    void saveToFileRejectsOtherSuffixes()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TokenExport::saveToFile(dir.filePath(name), sampleTokens(), clientName, &error));
        QVERIFY2(error.contains(QLatin1StringView(".csv or .json")), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void saveToFileReportsAMissingFolder()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!TokenExport::saveToFile(dir.filePath(QStringLiteral("missing/tokens.csv")), sampleTokens(),
                                         clientName, &error));
        QVERIFY2(error.contains(QLatin1StringView("could not be")), qPrintable(error));
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenExport)
#include "tst_tokenexport.moc"
