// The rules a request must meet before it is sent, as the dialogs and the client apply them: each rule
// with one input it accepts and one it refuses.
#include "AuthorizationDetails.h"

#include <QTest>

class TestRequestValidation : public QObject
{
    Q_OBJECT

private slots:
    void authorizationDetailsInAuthleteForm()
    {
        QString problem;
        const std::optional<AuthorizationDetails> details = AuthorizationDetails::parse(
            QStringLiteral("{\"elements\": [{\"type\": \"a\", \"otherFields\": \"{\\\"limit\\\":5}\"}]}"),
            &problem);
        QVERIFY2(details, qPrintable(problem));
        QCOMPARE(details->elements.size(), 1);
        QCOMPARE(details->elements.first().type, QStringLiteral("a"));
        QCOMPARE(details->elements.first().otherFields, QStringLiteral(R"({"limit":5})"));
    }

    void authorizationDetailsRfc9396ArrayIsWrapped()
    {
        QString problem;
        const std::optional<AuthorizationDetails> details = AuthorizationDetails::parse(
            QStringLiteral(R"([{"type": "payment_initiation", "actions": ["initiate"],
                "datatypes": ["iban"], "identifier": "x", "instructedAmount": {"currency": "EUR"}}])"),
            &problem);
        QVERIFY2(details, qPrintable(problem));
        QCOMPARE(details->elements.size(), 1);
        const AuthorizationDetailsElement &element = details->elements.first();
        QCOMPARE(element.type, QStringLiteral("payment_initiation"));
        QCOMPARE(element.actions, QStringList{QStringLiteral("initiate")});
        QCOMPARE(element.dataTypes, QStringList{QStringLiteral("iban")});
        QCOMPARE(element.identifier, QStringLiteral("x"));
        QCOMPARE(element.otherFields, QStringLiteral(R"({"instructedAmount":{"currency":"EUR"}})"));
    }

    void authorizationDetailsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QStringLiteral("[{") << QStringLiteral("Not valid JSON");
        QTest::newRow("object without elements")
            << QStringLiteral(R"({"type": "x"})") << QStringLiteral(R"(Expected {"elements")");
        QTest::newRow("element not an object")
            << QStringLiteral(R"(["payment"])") << QStringLiteral("Element 1 is not a JSON object");
        QTest::newRow("no type") << QStringLiteral(R"({"elements": [{"type": "a"}, {"actions": ["read"]}]})")
                                 << QStringLiteral(R"(Element 2 has no "type")");
        QTest::newRow("actions not strings") << QStringLiteral(R"([{"type": "a", "actions": "read"}])")
                                             << QStringLiteral(R"("actions" must be an array of strings)");
        QTest::newRow("identifier not a string") << QStringLiteral(R"([{"type": "a", "identifier": 7}])")
                                                 << QStringLiteral(R"("identifier" must be a string)");
        QTest::newRow("otherFields not an object")
            << QStringLiteral(R"([{"type": "a", "otherFields": "[1]"}])")
            << QStringLiteral(R"("otherFields" must be a JSON object)");
    }

    void authorizationDetailsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString problem;
        QCOMPARE(AuthorizationDetails::parse(text, &problem), std::nullopt);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidation)
#include "tst_requestvalidation.moc"
