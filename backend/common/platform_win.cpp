// flowdeskd on Windows: console control events for signals, owner-only access
// lists for file modes, the wide command line for UTF-8 arguments.

#include "platform.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <windows.h>

#include <aclapi.h>
#include <knownfolders.h>
#include <shellapi.h>
#include <shlobj.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace flowdesk::platform {

namespace {

std::string utf8FromWide(const wchar_t *text, int length = -1)
{
    if (!text)
        return {};
    const int size = ::WideCharToMultiByte(CP_UTF8, 0, text, length, nullptr, 0, nullptr, nullptr);
    if (size <= 0)
        return {};
    std::string out(static_cast<std::size_t>(size), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, text, length, out.data(), size, nullptr, nullptr);
    if (length < 0 && !out.empty() && out.back() == '\0')
        out.pop_back();
    return out;
}

std::string systemMessage(DWORD error)
{
    return std::system_category().message(static_cast<int>(error));
}

// The access list "only the account this process runs as, full control",
// inherited by what a folder holds. Freed with LocalFree.
PACL ownerOnlyAcl(bool inherit, DWORD *error)
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
        *error = ::GetLastError();
        return nullptr;
    }
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::unique_ptr<unsigned char[]> buffer(new unsigned char[size]);
    if (!::GetTokenInformation(token, TokenUser, buffer.get(), size, &size)) {
        *error = ::GetLastError();
        ::CloseHandle(token);
        return nullptr;
    }
    ::CloseHandle(token);
    const auto *user = reinterpret_cast<const TOKEN_USER *>(buffer.get());

    EXPLICIT_ACCESS_W access {};
    access.grfAccessPermissions = GENERIC_ALL;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = inherit ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = TRUSTEE_IS_USER;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(user->User.Sid);
    PACL acl = nullptr;
    const DWORD rc = ::SetEntriesInAclW(1, &access, nullptr, &acl);
    if (rc != ERROR_SUCCESS) {
        *error = rc;
        return nullptr;
    }
    return acl;
}

// ---- Signals ----

std::mutex g_mutex;
std::condition_variable g_changed;
int g_stopEvent = -1; // the console event that asked to stop, -1: none yet
bool g_finished = false;

// Runs on a thread of its own that Windows starts for each event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    std::unique_lock lock(g_mutex);
    if (g_stopEvent < 0)
        g_stopEvent = static_cast<int>(event);
    g_changed.notify_all();
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT) {
        // The process ends as soon as this returns (and after about five
        // seconds anyway): give the server that time to shut down cleanly.
        g_changed.wait_for(lock, std::chrono::milliseconds(4500), [] { return g_finished; });
    }
    return TRUE;
}

} // namespace

std::vector<std::string> utf8Arguments(int argc, char **argv)
{
    ::SetConsoleOutputCP(CP_UTF8);
    int count = 0;
    LPWSTR *wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    if (!wide)
        return std::vector<std::string>(argv, argv + argc);
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back(utf8FromWide(wide[i]));
    ::LocalFree(wide);
    return out;
}

bool installProcessSignals(std::string *error)
{
    if (!::SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
        if (error)
            *error = "cannot watch console events: " + systemMessage(::GetLastError());
        return false;
    }
    return true;
}

ProcessSignal waitForProcessSignal()
{
    std::unique_lock lock(g_mutex);
    g_changed.wait(lock, [] { return g_stopEvent >= 0; });
    return {ProcessSignal::Kind::Stop, g_stopEvent};
}

void shutdownFinished()
{
    std::lock_guard lock(g_mutex);
    g_finished = true;
    g_changed.notify_all();
}

// ---- Owner-only files ----

void restrictNewFilesToOwner()
{
    // Windows has no process-wide creation mask: new files inherit the access
    // list of their folder, which restrictToOwner sets on the data folder and
    // on the master key's folder.
}

void restrictToOwner(const std::filesystem::path &path, std::error_code &ec)
{
    const bool folder = std::filesystem::is_directory(path, ec);
    if (ec)
        return;
    DWORD error = ERROR_SUCCESS;
    PACL acl = ownerOnlyAcl(folder, &error);
    if (!acl) {
        ec = std::error_code(static_cast<int>(error), std::system_category());
        return;
    }
    // PROTECTED: nothing inherited from the folders above is kept.
    std::wstring name = path.wstring();
    const DWORD rc = ::SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT,
                                             DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                             nullptr, nullptr, acl, nullptr);
    ::LocalFree(acl);
    if (rc != ERROR_SUCCESS)
        ec = std::error_code(static_cast<int>(rc), std::system_category());
}

PrivateFile readPrivateFile(const std::filesystem::path &path, std::size_t maxBytes)
{
    PrivateFile result;
    HANDLE file = ::CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        result.status = PrivateFile::Status::CannotOpen;
        result.why = systemMessage(::GetLastError());
        return result;
    }
    BY_HANDLE_FILE_INFORMATION info {};
    if (::GetFileType(file) != FILE_TYPE_DISK || !::GetFileInformationByHandle(file, &info)
        || (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
        ::CloseHandle(file);
        result.status = PrivateFile::Status::NotRegularFile;
        return result;
    }
    // Who else may read it is not checked here (see platform.h).
    std::string text(maxBytes, '\0');
    DWORD got = 0;
    const BOOL ok = ::ReadFile(file, text.data(), static_cast<DWORD>(text.size()), &got, nullptr);
    ::CloseHandle(file);
    text.resize(ok ? got : 0);
    result.status = PrivateFile::Status::Ok;
    result.content = std::move(text);
    return result;
}

CreateResult createPrivateFile(const std::filesystem::path &path, std::string_view content, std::string *why)
{
    DWORD error = ERROR_SUCCESS;
    PACL acl = ownerOnlyAcl(false, &error);
    if (!acl) {
        *why = systemMessage(error);
        return CreateResult::Failed;
    }
    SECURITY_DESCRIPTOR descriptor {};
    ::InitializeSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION);
    ::SetSecurityDescriptorDacl(&descriptor, TRUE, acl, FALSE);
    ::SetSecurityDescriptorControl(&descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED);
    SECURITY_ATTRIBUTES attributes {};
    attributes.nLength = sizeof attributes;
    attributes.lpSecurityDescriptor = &descriptor;
    attributes.bInheritHandle = FALSE;

    std::wstring tmp = path.wstring() + L".new-" + std::to_wstring(::GetCurrentProcessId()) + L"-"
        + std::to_wstring(::GetTickCount64());
    HANDLE file = ::CreateFileW(tmp.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW, FILE_ATTRIBUTE_NORMAL,
                                nullptr);
    error = ::GetLastError();
    ::LocalFree(acl);
    if (file == INVALID_HANDLE_VALUE) {
        *why = systemMessage(error);
        return CreateResult::Failed;
    }
    DWORD written = 0;
    const bool ok = ::WriteFile(file, content.data(), static_cast<DWORD>(content.size()), &written, nullptr)
        && written == content.size() && ::FlushFileBuffers(file);
    error = ::GetLastError();
    ::CloseHandle(file);
    if (!ok) {
        ::DeleteFileW(tmp.c_str());
        *why = "cannot write it: " + systemMessage(error);
        return CreateResult::Failed;
    }
    // Without MOVEFILE_REPLACE_EXISTING the move fails where a file already is.
    const BOOL moved = ::MoveFileExW(tmp.c_str(), path.c_str(), MOVEFILE_WRITE_THROUGH);
    error = ::GetLastError();
    if (!moved) {
        ::DeleteFileW(tmp.c_str());
        if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
            return CreateResult::AlreadyExists;
        *why = systemMessage(error);
        return CreateResult::Failed;
    }
    return CreateResult::Created;
}

std::filesystem::path userConfigDir()
{
    PWSTR folder = nullptr;
    std::filesystem::path out;
    if (SUCCEEDED(::SHGetKnownFolderPath(FOLDERID_RoamingAppData, KF_FLAG_DEFAULT, nullptr, &folder)))
        out = std::filesystem::path(folder);
    ::CoTaskMemFree(folder);
    return out;
}

int waitReadable(long long socket, int timeoutMs)
{
    WSAPOLLFD fd{static_cast<SOCKET>(socket), POLLRDNORM, 0};
    const int r = ::WSAPoll(&fd, 1, timeoutMs);
    return r == SOCKET_ERROR ? -1 : (r > 0 ? 1 : 0);
}

} // namespace flowdesk::platform
