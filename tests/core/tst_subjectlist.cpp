// The subject lists of breach notices and tickets: plain lines, CSV with a subject column, comments,
// blanks, duplicates, a byte-order mark and CRLF, and text that is not a list.
#include "SubjectList.h"

#include <QTest>

class TestSubjectList : public QObject
{
    Q_OBJECT

private slots:
    void plainLines()
    {
        const SubjectList list =
            SubjectList::parse("\xEF\xBB\xBF# notice 17\r\nalice\r\n\r\n  bob  \r\nalice\n# end\n"
                               "ユーザー.1\n");
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.subjects,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("ユーザー.1")}));
        QCOMPARE(list.duplicates, 1);
        QCOMPARE(list.skipped, 4); // two comments, one blank line, the empty end
    }

    void csvWithASubjectColumn()
    {
        const SubjectList list = SubjectList::parse("email,Subject,note\n"
                                                    "a@example.com,alice,first\n"
                                                    "b@example.com,\"bob, jr\",\"says \"\"hi\"\"\"\n"
                                                    "c@example.com,,no subject\n"
                                                    "d@example.com,alice,again\n");
        QVERIFY(list.error.isEmpty());
        QCOMPARE(list.subjects, (QStringList{QStringLiteral("alice"), QStringLiteral("bob, jr")}));
        QCOMPARE(list.duplicates, 1);
    }

    void csvWithoutASubjectColumnIsRefused()
    {
        const SubjectList list = SubjectList::parse("email,name\na@example.com,Alice\n");
        QVERIFY(!list.error.isEmpty());
        QVERIFY(list.subjects.isEmpty());
    }

    void emptyText()
    {
        const SubjectList list = SubjectList::parse("# only a comment\n\n");
        QVERIFY(list.error.isEmpty());
        QVERIFY(list.subjects.isEmpty());
    }

    void tooManySubjects()
    {
        QByteArray text;
        for (int i = 0; i <= SubjectList::kMaxSubjects; ++i)
            text += "s" + QByteArray::number(i) + '\n';
        const SubjectList list = SubjectList::parse(text);
        QVERIFY(!list.error.isEmpty());
        QVERIFY(list.subjects.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubjectList)
#include "tst_subjectlist.moc"
