"""This module provides various functions to manipulate time values.

jpy: struct_time and CPython's argument checks here; clocks, calendars and strftime in Java (_jpy_time).
"""

import _jpy_time as _t

_zone = _t.zone_info()
timezone, altzone, daylight, tzname = _zone[0], _zone[1], _zone[2], _zone[3]
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
           'tm_zone', 'tm_gmtoff')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    __module__ = 'time'
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        sequence = tuple(sequence)
        n = len(sequence)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        self = tuple.__new__(cls, sequence[:9])
        extra = list(sequence[9:]) + [None] * (11 - n)
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __getattr__(self, name):
        try:
            i = _FIELDS.index(name)
        except ValueError:
            raise AttributeError("'time.struct_time' object has no attribute '%s'" % name) from None
        return self[i] if i < 9 else object.__getattribute__(self, '_extra')[i - 9]

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, self[i]) for i, n in enumerate(_FIELDS[:9]))

    def __reduce__(self):
        extra = object.__getattribute__(self, '_extra')
        return (struct_time, (tuple(self), dict(zip(_FIELDS[9:], extra))))


def _seconds(secs):
    if secs is None:
        return time_ns() // 1000000000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        import math
        return math.floor(secs)
    if isinstance(secs, int):
        return secs
    try:
        return int(secs.__float__()) if hasattr(type(secs), '__float__') else secs.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None


def time():
    """Return the current time in seconds since the Epoch."""
    return _t.time_ns() / 1e9


def time_ns():
    """Return the current time in nanoseconds since the Epoch."""
    return _t.time_ns()


def monotonic():
    return _t.monotonic_ns() / 1e9


def monotonic_ns():
    return _t.monotonic_ns()


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    return _t.process_time_ns() / 1e9


def process_time_ns():
    return _t.process_time_ns()


thread_time = process_time
thread_time_ns = process_time_ns


def clock_gettime(clk_id, /):
    return time() if clk_id == CLOCK_REALTIME else monotonic()


def clock_gettime_ns(clk_id, /):
    return time_ns() if clk_id == CLOCK_REALTIME else monotonic_ns()


def sleep(secs, /):
    """Delay execution for a given number of seconds."""
    if not isinstance(secs, (int, float)):
        try:
            secs = secs.__float__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__) from None
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _t.sleep_ns(int(secs * 1e9))


def gmtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_t.gmtime(_seconds(secs)))


def localtime(secs=None, /):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_t.localtime(_seconds(secs)))


def _tuple(t, name):
    if isinstance(t, struct_time):
        return tuple(t) + tuple(object.__getattribute__(t, '_extra'))
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return tuple(t) + (None, None)


def mktime(t, /):
    """Convert a time tuple in local time to seconds since the Epoch."""
    fields = _tuple(t, 'mktime')
    return float(_t.mktime(*fields[:6]))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _checked(fields, for_strftime):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = fields[:9]
    if for_strftime:
        if mon == 0:
            mon = 1
        if mday == 0:
            mday = 1
        if yday == 0:
            yday = 1
    if not 1 <= mon <= 12:
        raise ValueError('month out of range')
    if not 1 <= mday <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= hour <= 23:
        raise ValueError('hour out of range')
    if not 0 <= minute <= 59:
        raise ValueError('minute out of range')
    if not 0 <= sec <= 61:
        raise ValueError('seconds out of range')
    if wday < 0:
        raise ValueError('day of week out of range')
    wday %= 7
    if not 1 <= yday <= 366:
        raise ValueError('day of year out of range')
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst) + tuple(fields[9:])


def asctime(t=None, /):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    fields = _checked(_tuple(localtime() if t is None else t, 'asctime'), False)
    year, mon, mday, hour, minute, sec, wday = fields[:7]
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute, sec, year)


def ctime(secs=None, /):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def strftime(format, t=None, /):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = localtime()
    fields = _checked(_tuple(t, 'strftime'), True)
    zone, gmtoff = fields[9], fields[10]
    if zone is None:
        zone = tzname[1 if fields[8] > 0 else 0]
    if gmtoff is None:
        gmtoff = -(altzone if fields[8] > 0 else timezone)
    return _t.strftime(format, fields[:9] + (zone, gmtoff))


def strptime(data_string, format='%a %b %d %H:%M:%S %Y', /):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(data_string, format)


def tzset():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _t.zone_info()


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return 'namespace(implementation=%r, monotonic=%r, adjustable=%r, resolution=%r)' % (
            self.implementation, self.monotonic, self.adjustable, self.resolution)


def get_clock_info(name, /):
    if name == 'time':
        return _ClockInfo('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09)
    if name in ('monotonic', 'perf_counter'):
        return _ClockInfo('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09)
    if name in ('process_time', 'thread_time'):
        return _ClockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09)
    raise ValueError('unknown clock')
