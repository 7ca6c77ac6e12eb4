#include "Terminal.h"

#include <QList>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define TOKENDESK_ISATTY _isatty
#define TOKENDESK_FILENO _fileno
#else
#include <unistd.h>
#define TOKENDESK_ISATTY isatty
#define TOKENDESK_FILENO fileno
#endif

namespace Terminal {

namespace {

bool isTerminal(FILE *file)
{
    return TOKENDESK_ISATTY(TOKENDESK_FILENO(file)) != 0;
}

bool g_progressShown = false;

void write(FILE *file, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file);
    std::fflush(file);
}

} // namespace

bool stdinIsTerminal()
{
    return isTerminal(stdin);
}

bool stdoutIsTerminal()
{
    return isTerminal(stdout);
}

bool stderrIsTerminal()
{
    return isTerminal(stderr);
}

void out(const QString &text)
{
    write(stdout, text);
}

void err(const QString &text)
{
    endProgress();
    write(stderr, text + u'\n');
}

void prompt(const QString &text)
{
    endProgress();
    write(stderr, text);
}

void progress(const QString &text)
{
    if (!stderrIsTerminal())
        return;
    // Carriage return and erase-to-end-of-line: the line is redrawn, not appended.
    write(stderr, QLatin1StringView("\r\033[K") + text);
    g_progressShown = true;
}

void endProgress()
{
    if (!g_progressShown)
        return;
    g_progressShown = false;
    write(stderr, QStringLiteral("\r\033[K"));
}

std::optional<QString> readLine()
{
    QByteArray line;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) {
            std::clearerr(stdin);
            if (line.isEmpty())
                return std::nullopt;
            break;
        }
        if (c == '\n')
            break;
        line.append(char(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int width(const QString &text)
{
    int columns = 0;
    const QList<uint> characters = text.toUcs4();
    for (const uint c : characters) {
        // The wide blocks: Hangul Jamo, CJK and its punctuation, Hangul syllables, compatibility
        // ideographs, full-width forms and the supplementary ideographic planes.
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        columns += wide ? 2 : 1;
    }
    return columns;
}

} // namespace Terminal
