#pragma once

#include <QString>
#include <optional>

// What tokendesk-cli writes and reads: results on stdout, messages and progress on stderr, answers
// from stdin. Text goes out as UTF-8 whatever the locale, and is flushed at once, so that a script
// reading a pipe sees each line when it is written.
namespace Terminal {

bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();

void out(const QString &text);
void err(const QString &text); // a line; the newline is added
// A question on stderr, the answer to be typed on the same line.
void prompt(const QString &text);
// One line of progress, redrawn in place; only when stderr is a terminal (never into a log).
void progress(const QString &text);
void endProgress();
// One line from stdin, without its line end; nullopt at its end or when reading was interrupted.
std::optional<QString> readLine();
// How many columns the text takes on a terminal (East Asian wide characters take two).
int width(const QString &text);

} // namespace Terminal
