// flowdeskd on Linux and the BSDs: a self-pipe for signals, file modes.

#include "platform.h"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace flowdesk::platform {

std::vector<std::string> utf8Arguments(int argc, char **argv)
{
    return std::vector<std::string>(argv, argv + argc);
}

// ---- Signals ----

namespace {

std::atomic<int> g_stopSignal{0};
std::atomic<bool> g_reload{false};
int g_wakePipe[2] = {-1, -1};

// Async-signal-safe: atomics and write(2) only.
void onSignal(int sig)
{
    if (sig == SIGHUP)
        g_reload = true;
    else
        g_stopSignal = sig;
    const char c = 1;
    if (g_wakePipe[1] >= 0) {
        [[maybe_unused]] const auto n = ::write(g_wakePipe[1], &c, 1);
    }
}

} // namespace

bool installProcessSignals(std::string *error)
{
    if (::pipe(g_wakePipe) != 0) {
        if (error)
            *error = "cannot create a pipe";
        return false;
    }
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGHUP, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    return true;
}

ProcessSignal waitForProcessSignal()
{
    char c = 0;
    for (;;) {
        if (const int sig = g_stopSignal.load(); sig != 0)
            return {ProcessSignal::Kind::Stop, sig};
        if (g_reload.exchange(false))
            return {ProcessSignal::Kind::Reload, SIGHUP};
        const auto n = ::read(g_wakePipe[0], &c, 1);
        if (n < 0 && errno != EINTR)
            return {ProcessSignal::Kind::Stop, 0};
    }
}

void shutdownFinished()
{
}

// ---- Owner-only files ----

void restrictNewFilesToOwner()
{
    ::umask(077);
}

void restrictToOwner(const std::filesystem::path &path, std::error_code &ec)
{
    namespace fs = std::filesystem;
    const bool folder = fs::is_directory(path, ec);
    if (ec)
        return;
    fs::permissions(path, folder ? fs::perms::owner_all : fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace, ec);
}

PrivateFile readPrivateFile(const std::filesystem::path &path, std::size_t maxBytes)
{
    PrivateFile result;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        result.status = PrivateFile::Status::CannotOpen;
        result.why = std::strerror(errno);
        return result;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        result.status = PrivateFile::Status::NotRegularFile;
        return result;
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        result.status = PrivateFile::Status::OpenToOthers;
        result.why = std::string("mode ") + mode;
        result.fix = "chmod 600 " + path.string();
        return result;
    }
    std::string text(maxBytes, '\0');
    const auto n = ::read(fd, text.data(), text.size());
    ::close(fd);
    text.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    result.status = PrivateFile::Status::Ok;
    result.content = std::move(text);
    return result;
}

CreateResult createPrivateFile(const std::filesystem::path &path, std::string_view content, std::string *why)
{
    std::string tmp = path.string() + ".new-XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        *why = std::strerror(errno);
        return CreateResult::Failed;
    }
    ::fchmod(fd, 0600);
    const bool written = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size())
        && ::fsync(fd) == 0;
    const int writeErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(tmp.c_str());
        *why = std::string("cannot write it: ") + std::strerror(writeErrno);
        return CreateResult::Failed;
    }
    // link(2) fails where a file already is, unlike rename(2).
    const int linked = ::link(tmp.c_str(), path.c_str());
    const int linkErrno = errno;
    ::unlink(tmp.c_str());
    if (linked != 0) {
        if (linkErrno == EEXIST)
            return CreateResult::AlreadyExists;
        *why = std::strerror(linkErrno);
        return CreateResult::Failed;
    }
    return CreateResult::Created;
}

std::filesystem::path userConfigDir()
{
    if (const char *xdg = std::getenv("XDG_CONFIG_HOME"); xdg && xdg[0] == '/')
        return xdg;
    if (const char *home = std::getenv("HOME"); home && home[0] == '/')
        return std::filesystem::path(home) / ".config";
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_dir && pw->pw_dir[0] == '/')
        return std::filesystem::path(pw->pw_dir) / ".config";
    return {};
}

int waitReadable(long long socket, int timeoutMs)
{
    pollfd fd{static_cast<int>(socket), POLLIN, 0};
    const int r = ::poll(&fd, 1, timeoutMs);
    return r < 0 ? -1 : (r > 0 ? 1 : 0);
}

} // namespace flowdesk::platform
