// Linked into every test program. In a sanitized build (ThreadSanitizer,
// AddressSanitizer) a child a suite starts works on a copy of the suite's memory,
// not on the memory itself.
//
// QProcess on Linux starts a child with clone(CLONE_VM | CLONE_VFORK): until it
// execs, the child runs on the parent's memory while the parent's other threads
// go on. The sanitizer's interceptors the child passes through (close, fchdir,
// sigaction) then record into the parent's runtime state, for ThreadSanitizer
// into the calling thread's trace, and now and then leave the parent with a
// broken state: a SIGSEGV inside the runtime, seconds later, in a test that did
// nothing wrong. This definition of clone() stands in front of the C library's
// for the whole program and drops CLONE_VM from that one combination: the child
// gets a copy, the parent still waits until it execs (CLONE_VFORK), and
// everything QProcess relies on (the pidfd, the start-up error pipe) works as
// before. Threads are created through clone3 and never come here.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)

#include <dlfcn.h>
#include <sched.h>
#include <sys/types.h>

#include <cstdarg>

extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    va_list rest;
    va_start(rest, arg);
    auto *parentTid = va_arg(rest, pid_t *);
    void *tls = va_arg(rest, void *);
    auto *childTid = va_arg(rest, pid_t *);
    va_end(rest);

    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const auto next = reinterpret_cast<Clone>(dlsym(RTLD_NEXT, "clone"));
    if ((flags & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK))
        flags &= ~CLONE_VM;
    return next(fn, stack, flags, arg, parentTid, tls, childTid);
}

#endif
