#pragma once

// Everything flowdeskd needs from its operating system that standard C++ does
// not offer: process signals, owner-only files and folders, the account's
// configuration folder, arguments in UTF-8. One implementation per platform
// (platform_posix.cpp, platform_win.cpp); no other file of the product uses a
// POSIX- or Windows-only header (tests/portability_check.py keeps it so).

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace flowdesk::platform {

// Paths travel through flowdeskd as UTF-8 std::string (SQLite takes UTF-8,
// the configuration file is UTF-8). These convert at the boundary to the
// standard library, whose narrow strings are the ANSI code page on Windows.
inline std::filesystem::path pathFromUtf8(std::string_view utf8)
{
    return std::filesystem::path(std::u8string_view(reinterpret_cast<const char8_t *>(utf8.data()), utf8.size()));
}

inline std::string utf8FromPath(const std::filesystem::path &path)
{
    const std::u8string u8 = path.u8string();
    return std::string(reinterpret_cast<const char *>(u8.data()), u8.size());
}

// The program's arguments in UTF-8 (on Windows from the wide command line:
// argv is in the ANSI code page there). Also makes the console print UTF-8.
std::vector<std::string> utf8Arguments(int argc, char **argv);

// ---- Signals ----

// What the server is asked to do from outside.
struct ProcessSignal {
    enum class Kind { Stop, Reload };
    Kind kind = Kind::Stop;
    int number = 0; // the signal (POSIX) or console event (Windows), for the log
};

// Routes the stop requests (SIGINT, SIGTERM; on Windows Ctrl+C, Ctrl+Break,
// closing the console window, log-off, shut-down) and the reload request
// (SIGHUP; Windows has none) to waitForProcessSignal(). A broken connection
// (SIGPIPE) is reported by the write that met it, not by ending the process.
bool installProcessSignals(std::string *error);

// Blocks until a stop or reload request arrives.
ProcessSignal waitForProcessSignal();

// Tells the platform the server has finished shutting down (Windows gives a
// closing console a few seconds, and ends the process once its handler
// returns; the handler waits for this).
void shutdownFinished();

// ---- Owner-only files ----

// Files and folders flowdeskd creates from now on are its own account's alone
// (POSIX: umask 077; Windows: they inherit the owner-only access of the data
// folder and key folder, see restrictToOwner).
void restrictNewFilesToOwner();

// Makes `path` (a file or folder) its owner's alone: mode 0700 for a folder,
// 0600 for a file; on Windows an access list that grants only the current
// account (and none inherited).
void restrictToOwner(const std::filesystem::path &path, std::error_code &ec);

// The result of reading a file that must be its owner's alone.
struct PrivateFile {
    enum class Status { Ok, CannotOpen, NotRegularFile, OpenToOthers };
    Status status = Status::CannotOpen;
    std::string content; // Ok: up to maxBytes of it
    std::string why;     // CannotOpen: the system's reason; OpenToOthers: "mode 0644"
    std::string fix;     // OpenToOthers: the command that fixes it
};

// Reads up to maxBytes of `path`, refused when other accounts may read or
// change it (POSIX: any group or other bit; Windows: not checked, an account's
// profile folders are its own and restrictToOwner makes the key's folder so).
PrivateFile readPrivateFile(const std::filesystem::path &path, std::size_t maxBytes);

// Creates `path` with `content`, its owner's alone, all at once: written beside
// it and moved into place only if nothing is there yet, so two servers
// starting together never read half a file. Created, AlreadyExists (someone
// else's file won: read that one), or Failed with the reason in `why`.
enum class CreateResult { Created, AlreadyExists, Failed };
CreateResult createPrivateFile(const std::filesystem::path &path, std::string_view content, std::string *why);

// The account's configuration folder: $XDG_CONFIG_HOME, ~/.config (POSIX);
// %APPDATA% (Windows). Empty when the account has none.
std::filesystem::path userConfigDir();

// Waits up to timeoutMs for a socket (a database connection's) to have data to
// read. 1: readable, 0: the time passed, -1: failed.
int waitReadable(long long socket, int timeoutMs);

} // namespace flowdesk::platform
