"""Runs one CPython Lib/test module with unittest inside the interpreter under test and reports every test case.

usage: run_one.py <test-dir-parent> <module-name> [<file of test ids>]
Prints one line per test case: ``CASE <status> <test id>`` with status pass/fail/error/skip/xfail/xpass, then
``DONE``. A module that fails to import prints ``LOADERROR <exception>``. Works the same under CPython and jpy. With a
file of test ids (one ``test.<module>.<Class>.<method>`` per line), only those cases run: CI's regression subset.
"""
import sys
import unittest


class Result(unittest.TestResult):
    def _emit(self, status, test, err=None):
        sys.__stdout__.write("CASE %s %s\n" % (status, test.id()))
        sys.__stdout__.flush()
        if err is not None and status in ("fail", "error"):
            # the traceback goes to stderr, which the driver keeps per module for diagnosis
            try:
                text = self._exc_info_to_string(err, test)
            except BaseException as e:  # noqa: B902 - a broken traceback must not stop the run
                text = "(traceback unavailable: %r)\n" % (e,)
            sys.__stderr__.write("=== %s %s\n%s\n" % (status, test.id(), text[-3000:]))
            sys.__stderr__.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._emit("pass", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._emit("fail", test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._emit("error", test, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._emit("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._emit("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._emit("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._emit("fail" if issubclass(err[0], test.failureException) else "error", test, err)


def _flatten(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from _flatten(test)
        else:
            yield test


def main():
    # appended, so jpy's own modules and its library stay first; only the `test` package comes from here
    sys.path.append(sys.argv[1])
    name = sys.argv[2]
    try:
        module = __import__("test." + name, fromlist=["*"])
        if len(sys.argv) > 3:
            with open(sys.argv[3]) as f:
                ids = {line.strip() for line in f if line.strip()}
            suite = unittest.TestSuite()
            for test in _flatten(unittest.defaultTestLoader.loadTestsFromModule(module)):
                if test.id() in ids:
                    suite.addTest(test)
        else:
            suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except BaseException as e:  # noqa: B902 - anything a module raises at import is a load error
        sys.__stdout__.write("LOADERROR %s: %s\n" % (type(e).__name__, str(e).replace("\n", " ")[:300]))
        return
    suite.run(Result())
    sys.__stdout__.write("DONE\n")


main()
