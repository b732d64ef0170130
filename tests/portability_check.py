#!/usr/bin/env python3
"""Fails when the product's source uses a POSIX- or Windows-only header or call
outside its platform files.

flowdeskd and the console build on Linux and on Windows. What differs between
them lives in backend/common/platform_*.cpp and services/consoleplatform_*.cpp;
everything else is standard C++ and Qt. Tests, fuzz targets and benchmarks may
use POSIX freely and are not scanned.

    portability_check.py SOURCE_DIR              scan the product
    portability_check.py --self-test SOURCE_DIR  show that the scan catches what it must
"""

import os
import re
import sys

SCANNED = ("backend", "app", "services", "ui", "models")
PLATFORM_FILES = {
    "backend/common/platform_posix.cpp",
    "backend/common/platform_win.cpp",
    "services/consoleplatform_posix.cpp",
    "services/consoleplatform_win.cpp",
}
EXTENSIONS = (".cpp", ".h", ".hpp", ".cc", ".cxx")

# Headers only one family of systems has.
HEADERS = re.compile(
    r"#\s*include\s*[<\"]("
    r"unistd\.h|fcntl\.h|dlfcn\.h|pwd\.h|grp\.h|signal\.h|termios\.h|poll\.h|dirent\.h|"
    r"spawn\.h|syslog\.h|pthread\.h|semaphore\.h|netdb\.h|ifaddrs\.h|libgen\.h|"
    r"sys/[\w/]+\.h|netinet/[\w/]+\.h|arpa/[\w/]+\.h|linux/[\w/]+\.h|"
    r"windows\.h|winsock2?\.h|ws2tcpip\.h|io\.h|direct\.h|process\.h|aclapi\.h|"
    r"shlobj\.h|shellapi\.h|knownfolders\.h|winbase\.h"
    r")[>\"]")

# Calls that are POSIX's alone, however they are written.
CALLS = re.compile(
    r"(?<![\w.>])(?:::)?("
    r"sigaction|sigemptyset|sigaddset|sigprocmask|pthread_sigmask|fork|vfork|execl|execlp|execle|execv|"
    r"execvp|execve|waitpid|wait3|wait4|getuid|geteuid|getgid|getegid|getpwuid|getpwnam|getgrnam|"
    r"chmod|fchmod|fchmodat|chown|fchown|lchown|umask|mkstemp|mkdtemp|socketpair|prctl|statvfs|"
    r"fstatvfs|fstat|lstat|fsync|fdatasync|ftruncate|getpid|getppid|setsid|setpgid|dup2|isatty|"
    r"readlink|symlink|realpath|pipe|pipe2|usleep|nanosleep|sysconf|mmap|munmap|dlopen|dlsym"
    r")\s*\(")

# Names too common to flag unless written as the global (system) function:
# ::read(fd, ...), ::kill(pid, ...).
GLOBAL_CALLS = re.compile(
    r"(?<![\w:>])::(read|write|close|open|kill|link|unlink|stat|access|sleep|alarm|signal|raise|"
    r"getenv_s|_wfopen|_open|_close)\s*\(")

# Constants only POSIX defines.
CONSTANTS = re.compile(
    r"\b(S_I[RWX](?:USR|GRP|OTH)|S_IRWX[UGO]|S_ISREG|S_ISDIR|O_CLOEXEC|O_NONBLOCK|SIGHUP|SIGPIPE|SIGKILL|"
    r"SIGUSR1|SIGUSR2|SIGCHLD|SA_RESTART|PR_SET_PDEATHSIG|AF_UNIX)\b")


RAW_STRING = re.compile(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(')
INCLUDE_BEFORE = re.compile(r"\s*#\s*include\s*$")


def strip_comments_and_strings(text):
    """Blanks comments, string and character literals (keeping line breaks and
    #include lines), so that a message such as "chmod 600 FILE" is no call."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
            continue
        raw = RAW_STRING.match(text, i)
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            end = ')' + raw.group(1) + '"'
            j = text.find(end, raw.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
            continue
        if c in "\"'":
            # An #include "file.h" keeps its name: the header check needs it.
            line_start = text.rfind("\n", 0, i) + 1
            if c == '"' and INCLUDE_BEFORE.match(text, line_start, i):
                j = text.find('"', i + 1)
                j = n if j < 0 else j + 1
                out.append(text[i:j])
                i = j
                continue
            if c == "'" and i > 0 and text[i - 1].isalnum():
                out.append(c)  # digit separator: 1'000'000
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def problems_in(relpath, text):
    """(line, what) for every platform-only use in one file's text."""
    if relpath in PLATFORM_FILES:
        return []
    code = strip_comments_and_strings(text)
    found = []
    for lineno, line in enumerate(code.split("\n"), 1):
        for pattern, kind in ((HEADERS, "header"), (CALLS, "call"), (GLOBAL_CALLS, "call"),
                              (CONSTANTS, "constant")):
            for m in pattern.finditer(line):
                found.append((lineno, "%s %s" % (kind, m.group(1) if kind != "header" else m.group(0).strip())))
    return found


def scan(root):
    problems = []
    for top in SCANNED:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(EXTENSIONS):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for lineno, what in problems_in(rel, text):
                    problems.append("%s:%d: %s" % (rel, lineno, what))
    return problems


def self_test(root):
    failures = []

    def expect(relpath, text, should_find):
        got = problems_in(relpath, text)
        if bool(got) != should_find:
            failures.append("%s: expected %s, got %s in:\n%s" % (relpath, "a finding" if should_find else "none",
                                                                got, text))

    with open(os.path.join(root, "backend/api/auth.cpp"), encoding="utf-8") as f:
        auth = f.read()
    expect("backend/api/auth.cpp", auth, False)
    expect("backend/api/auth.cpp", "#include <unistd.h>\n" + auth, True)
    for snippet in ("#include <sys/stat.h>", "#include <sys/types.h>", "#include <fcntl.h>",
                    "#include <signal.h>", "#include <sys/wait.h>", "#include <dlfcn.h>", "#include <pwd.h>",
                    "#include <windows.h>", "#  include <unistd.h>",
                    "struct sigaction sa{}; ::sigaction(SIGINT, &sa, nullptr);", "if (pipe(fds) != 0) {}",
                    "const pid_t p = fork();", "auto u = getuid();", "chmod(path, 0600);",
                    "::fchmod(fd, 0600);", "::umask(077);", "::read(fd, buf, 1);", "::kill(pid, 15);",
                    "mode_t m = S_IRUSR | S_IWUSR;", "std::signal(SIGPIPE, SIG_IGN);"):
        expect("backend/api/example.cpp", snippet + "\n", True)
        expect("ui/example.cpp", snippet + "\n", True)
    for snippet in ('// umask(077) keeps it private', 'const char *m = "chmod(600) it";',
                    '/* fork() */ int x = 1;', 'process->kill();', 'm_process.kill();', 'stream.read(buf);',
                    'auto s = R"(::read(fd))";', 'std::signal(SIGINT, handler);',
                    'int n = 1\'000\'000; bool b = isatty_like(n);', '#include "platform.h"'):
        expect("backend/api/example.cpp", snippet + "\n", False)
    for allowed in PLATFORM_FILES:
        expect(allowed, "#include <unistd.h>\n::pipe(fds);\n", False)
    for failure in failures:
        print("self-test: " + failure, file=sys.stderr)
    return 1 if failures else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = scan(argv[1])
    for p in problems:
        print(p)
    if problems:
        print("%d platform-only uses outside the platform files (%s); move them there." %
              (len(problems), ", ".join(sorted(PLATFORM_FILES))), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
