# Run by the reference CPython (TZ=UTC) with JPY_MODULE naming jpy's time.py, whose Java primitives (_jpy_time) are
# served here by CPython's own time functions: struct_time, conversions, checks and messages are compared.
import os
os.environ['TZ'] = 'UTC'
import importlib.util, sys, types, time as real
real.tzset()
def fields(t):
    return tuple(t) + (t.tm_zone, t.tm_gmtoff)
shim = types.ModuleType('_jpy_time')
shim.zone_info = lambda: (real.timezone, real.altzone, real.daylight, real.tzname)
shim.time_ns = real.time_ns; shim.monotonic_ns = real.monotonic_ns; shim.process_time_ns = real.process_time_ns
shim.sleep_ns = lambda ns: real.sleep(ns / 1e9)
shim.gmtime = lambda s: fields(real.gmtime(s)); shim.localtime = lambda s: fields(real.localtime(s))
shim.mktime = lambda *f: int(real.mktime(tuple(f) + (0, 1, -1)))
shim.strftime = lambda fmt, f: real.strftime(fmt, real.struct_time(f[:9], {'tm_zone': f[9], 'tm_gmtoff': f[10]}))
sys.modules['_jpy_time'] = shim
spec = importlib.util.spec_from_file_location('jpy_time', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def outcome(thunk):
    try:
        return 'ok ' + repr(thunk())
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

cases = [
    ('gmtime', lambda M: M.gmtime(1700000000)), ('gmtime attrs', lambda M: (lambda t: (t.tm_year, t.tm_zone, t.tm_gmtoff, t[8], len(t)))(M.gmtime(86400 * 365))),
    ('gmtime float', lambda M: M.gmtime(1.9)), ('gmtime neg float', lambda M: M.gmtime(-1.5)),
    ('gmtime nan', lambda M: M.gmtime(float('nan'))), ('gmtime str', lambda M: M.gmtime('x')),
    ('localtime', lambda M: M.localtime(0)), ('mktime', lambda M: M.mktime((2024, 2, 29, 12, 0, 0, 0, 0, 0))),
    ('mktime bad', lambda M: M.mktime((2024, 2))), ('mktime type', lambda M: M.mktime(1)),
    ('asctime', lambda M: M.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0))), ('asctime bad month', lambda M: M.asctime((2024, 13, 5, 3, 4, 5, 4, 5, 0))),
    ('ctime', lambda M: M.ctime(1000000000)),
    ('strftime', lambda M: M.strftime('%Y-%m-%d %H:%M:%S %a %j %Z %z', M.gmtime(1700000000))),
    ('strftime tuple', lambda M: M.strftime('%Y %b %d', (2020, 0, 0, 0, 0, 0, 0, 0, 0))),
    ('strftime bad hour', lambda M: M.strftime('%H', (2020, 1, 1, 25, 0, 0, 0, 1, 0))),
    ('strftime type', lambda M: M.strftime(1)),
    ('struct_time ctor', lambda M: M.struct_time(range(9))), ('struct_time short', lambda M: M.struct_time(range(3))),
    ('struct_time zone', lambda M: M.struct_time(range(11)).tm_zone), ('struct_time setattr', lambda M: setattr(M.gmtime(0), 'tm_year', 1)),
    ('strptime', lambda M: M.strptime('2024-03-04', '%Y-%m-%d')),
    ('sleep neg', lambda M: M.sleep(-1)), ('sleep', lambda M: M.sleep(0.001)),
    ('tz', lambda M: (M.timezone, M.altzone, M.daylight, M.tzname)),
    ('clock', lambda M: (M.get_clock_info('monotonic').monotonic, M.get_clock_info('time').adjustable)),
    ('types', lambda M: (type(M.time()).__name__, type(M.time_ns()).__name__, M.monotonic() > 0)),
]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
