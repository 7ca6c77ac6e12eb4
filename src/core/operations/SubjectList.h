#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The subjects of a breach notice or a ticket, as people paste or export them: one subject per line,
// or CSV with a `subject` column (its header names it, in any case). `#` starts a comment line; blank
// lines are skipped; a subject listed twice is kept once, where it first appeared.
struct SubjectList
{
    Q_DECLARE_TR_FUNCTIONS(SubjectList)

public:
    QStringList subjects;
    int duplicates = 0; // lines folded into an earlier one
    int skipped = 0;    // blank and comment lines
    QString error;      // a sentence for the user when the text is not a list (nothing else is set)

    // More subjects than this in one list is most likely the wrong file.
    static constexpr int kMaxSubjects = 100'000;

    static SubjectList parse(const QByteArray &text);
};
