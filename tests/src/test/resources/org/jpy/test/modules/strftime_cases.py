# Run by the reference CPython (TZ=UTC): time.strftime over many formats and dates; text hex-encoded.
import time
fmts = ['%a %A %b %B %h', '%c', '%C %d %D %e %F', '%g %G %V %u %w %U %W %j', '%H %I %k %l %M %S %p %P',
        '%r %R %T %x %X %y %Y', '%z %Z %%', '%-d %-m %_d %_H %05d %3d %^a %^B %#b %10A %-j', 'plain text',
        '%n%t', '%Ey %Od', '%q', '100%', '%5Y %-Y %_5m', '%s' if False else '%M']
stamps = [0, 86399, 951782400, 1000000000, 1234567890, 1700000000, 1704067200, 1735603200, 1609459199,
          1230768000, 1104537600, 946684800, -86400 * 365, 253402300799, 4102444800]
for ts in stamps:
    t = time.gmtime(ts)
    for f in fmts:
        print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst,
              t.tm_zone, t.tm_gmtoff, f.encode().hex(), time.strftime(f, t).encode().hex() or '-')
