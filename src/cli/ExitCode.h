#pragma once

// tokendesk-cli's exit codes, as its man page lists them; scripts rely on them.
namespace ExitCode {

constexpr int kOk = 0;
constexpr int kFailed = 1;        // the server refused or failed, or the connection could not be opened
constexpr int kUsage = 2;         // a usage error, or a confirmation refused
constexpr int kPartial = 3;       // a bulk command where some items failed (listed on stderr and in --report)
constexpr int kInterrupted = 130; // Ctrl+C: 128 + SIGINT, as shells report it

} // namespace ExitCode
