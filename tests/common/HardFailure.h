#pragma once

#include <QString>
#include <QTest>

// Ends the test run at once, naming the test function. For helpers that return a value: QVERIFY in a
// helper returns from the helper only, and the test function would go on with an empty value.
[[noreturn]] inline void failHard(const QString &what)
{
    const char *function = QTest::currentTestFunction();
    qFatal("%s: %s", function ? function : "(no test function)", qPrintable(what));
}
