"""This module provides mechanisms to use signal handlers in Python.

jpy: handlers are recorded with CPython's interface; only SIGINT is delivered (as KeyboardInterrupt, by the
interpreter). Signal numbers are Linux's.
"""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGIOT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGSTKFLT = 16
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGXCPU = 24
SIGXFSZ = 25
SIGVTALRM = 26
SIGPROF = 27
SIGWINCH = 28
SIGIO = 29
SIGPOLL = 29
SIGPWR = 30
SIGSYS = 31
SIGRTMIN = 34
SIGRTMAX = 64
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


ItimerError.__module__ = 'signal'


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python."""
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def signal(signalnum, handler, /):
    """Set the action for the given signal."""
    signalnum = _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    return _handlers[_check(signalnum)]


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    handler = _handlers[_check(signalnum)]
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(0) if hasattr(sys, '_getframe') else None)


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    names = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
             6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
             11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
             15: 'Terminated'}
    return names.get(_check(signalnum))


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    return set(range(1, 32)) | set(range(SIGRTMIN, SIGRTMAX + 1))


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def alarm(seconds, /):
    return 0


def pause():
    raise OSError('pause() is not supported by jpy')


def pthread_sigmask(how, mask, /):
    return set()


def getitimer(which, /):
    return (0.0, 0.0)


def setitimer(which, seconds, interval=0.0, /):
    return (0.0, 0.0)
