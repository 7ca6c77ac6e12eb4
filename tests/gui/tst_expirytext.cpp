// Relative times as the table shows them.
#include "ExpiryText.h"

#include <QTest>

class TestExpiryText : public QObject
{
    Q_OBJECT

private slots:
    void relative_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds ahead") << qint64(45'000) << QStringLiteral("in 45 s");
        QTest::newRow("minutes ahead") << qint64(5 * 60'000 + 10'000) << QStringLiteral("in 5 min");
        QTest::newRow("hours ahead") << qint64(3 * 3'600'000 + 59 * 60'000) << QStringLiteral("in 3 h");
        QTest::newRow("days ahead") << qint64(2 * 86'400'000LL + 1) << QStringLiteral("in 2 d");
        QTest::newRow("years ahead") << qint64(800 * 86'400'000LL) << QStringLiteral("in 2 y");
        QTest::newRow("just expired") << qint64(0) << QStringLiteral("expired 0 s ago");
        QTest::newRow("expired days ago") << qint64(-2 * 86'400'000LL) << QStringLiteral("expired 2 d ago");
    }

    void relative()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(QString, expected);
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(ExpiryText::relative(now + offsetMs, now), expected);
    }

    void states()
    {
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(ExpiryText::state(0, now), ExpiryText::State::None);
        QCOMPARE(ExpiryText::state(now - 1, now), ExpiryText::State::Expired);
        QCOMPARE(ExpiryText::state(now, now), ExpiryText::State::Expired);
        QCOMPARE(ExpiryText::state(now + ExpiryText::kSoonMs, now), ExpiryText::State::ExpiringSoon);
        QCOMPARE(ExpiryText::state(now + ExpiryText::kSoonMs + 1, now), ExpiryText::State::Valid);
        QVERIFY(ExpiryText::relative(0, now).isEmpty());
        QCOMPARE(ExpiryText::ago(now - 3 * 86'400'000LL, now), QStringLiteral("3 d ago"));
    }
};

QTEST_APPLESS_MAIN(TestExpiryText)
#include "tst_expirytext.moc"
