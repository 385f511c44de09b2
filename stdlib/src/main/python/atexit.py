"""allow programmer to define multiple exit functions to be executed
upon normal program termination.

Two public functions, register and unregister, are defined.

jpy: the interpreter calls _run_exitfuncs() when the main program ends (and on SystemExit), as CPython does.
"""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination"""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register"""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    """Clear the list of previously registered exit functions."""
    del _exithandlers[:]


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_exithandlers)


def _run_exitfuncs():
    """Run all registered exit functions (last registered first); an exception is reported and the rest still run."""
    import sys
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            hook = getattr(sys, 'unraisablehook', None)
            try:
                print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
                import traceback
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            except Exception:
                pass
