package org.jpy.modules.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.objects.PNone;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _jpy_time}: clocks, broken-down time and {@code strftime} for jpy's {@code time} module (lib-jpy/time.py,
 * which holds {@code struct_time} and CPython's argument checks). Broken-down times travel as tuples
 * {@code (year, month, mday, hour, minute, second, weekday (Monday 0), yday, isdst, zone, gmtoff)}; local time uses
 * the JVM's default zone (from {@code TZ}).
 */
@CoreFunctions(defineModule = "_jpy_time")
public final class TimeModuleBuiltins extends PythonBuiltins {
    private static final long START_NANOS = System.nanoTime();

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return TimeModuleBuiltinsFactory.getFactories();
    }

    static long asLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof Integer i) {
            return i;
        }
        return 0;
    }

    @TruffleBoundary
    static PTuple fields(ZonedDateTime t) {
        boolean dst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        String zone = t.getZone() instanceof ZoneOffset && t.getOffset().getTotalSeconds() == 0 ? "UTC"
                        : t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        if (!(t.getZone() instanceof ZoneOffset)) {
            zone = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
        }
        return new PTuple(new Object[]{(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(),
                        (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1), (long) t.getDayOfYear(), dst ? 1L : 0L, zone,
                        (long) t.getOffset().getTotalSeconds()});
    }

    @Builtin(name = "time_ns", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class TimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object now(Object[] args) {
            Instant i = Instant.now();
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }
    }

    @Builtin(name = "monotonic_ns", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class MonotonicNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object monotonic(Object[] args) {
            return System.nanoTime();
        }
    }

    /** CPU time is not reachable without java.management; elapsed time since start stands in for it. */
    @Builtin(name = "process_time_ns", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class ProcessTimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object processTime(Object[] args) {
            return System.nanoTime() - START_NANOS;
        }
    }

    @Builtin(name = "sleep_ns", minNumOfPositionalArgs = 1, parameterNames = {"$ns"})
    @GenerateNodeFactory
    abstract static class SleepNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object sleep(Object[] args) {
            long ns = asLong(args[0]);
            try {
                Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PRaise.raise(this, PythonBuiltinClassType.KeyboardInterrupt);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "gmtime", minNumOfPositionalArgs = 1, parameterNames = {"$seconds"})
    @GenerateNodeFactory
    abstract static class GmtimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object gmtime(Object[] args) {
            try {
                return fields(Instant.ofEpochSecond(asLong(args[0])).atZone(ZoneOffset.UTC));
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "timestamp out of range for platform time_t");
            }
        }
    }

    @Builtin(name = "localtime", minNumOfPositionalArgs = 1, parameterNames = {"$seconds"})
    @GenerateNodeFactory
    abstract static class LocaltimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object localtime(Object[] args) {
            try {
                return fields(Instant.ofEpochSecond(asLong(args[0])).atZone(ZoneId.systemDefault()));
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "timestamp out of range for platform time_t");
            }
        }
    }

    /** {@code mktime}: seconds since the epoch of a local broken-down time (fields may be out of range, as in C). */
    @Builtin(name = "mktime", minNumOfPositionalArgs = 6, parameterNames = {"$year", "$month", "$mday", "$hour", "$minute", "$second"})
    @GenerateNodeFactory
    abstract static class MktimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object mktime(Object[] args) {
            try {
                LocalDateTime t = LocalDateTime.of((int) asLong(args[0]), 1, 1, 0, 0, 0).plusMonths(asLong(args[1]) - 1).plusDays(asLong(args[2]) - 1).plusHours(
                                asLong(args[3])).plusMinutes(asLong(args[4])).plusSeconds(asLong(args[5]));
                return t.atZone(ZoneId.systemDefault()).toEpochSecond();
            } catch (java.time.DateTimeException | ArithmeticException e) {
                throw PRaise.raise(this, PythonBuiltinClassType.OverflowError, "mktime argument out of range");
            }
        }
    }

    @Builtin(name = "strftime", minNumOfPositionalArgs = 2, parameterNames = {"$format", "$fields"})
    @GenerateNodeFactory
    abstract static class StrftimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object strftime(Object[] args) {
            Object[] f = ((PTuple) args[1]).getArray();
            Strftime.Fields fields = new Strftime.Fields(asLong(f[0]), (int) asLong(f[1]), (int) asLong(f[2]), (int) asLong(f[3]), (int) asLong(f[4]),
                            (int) asLong(f[5]), (int) asLong(f[6]), (int) asLong(f[7]), (int) asLong(f[8]), f[9] instanceof String s ? s : "",
                            asLong(f[10]));
            return Strftime.format((String) args[0], fields);
        }
    }

    /** {@code (timezone, altzone, daylight, (stdname, dstname))} of the default zone, as C's tzset computes them. */
    @Builtin(name = "zone_info", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class ZoneInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object zoneInfo(Object[] args) {
            ZoneId zone = ZoneId.systemDefault();
            ZoneRules rules = zone.getRules();
            int year = java.time.Year.now(zone).getValue();
            ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
            ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
            int janOff = jan.getOffset().getTotalSeconds();
            int julOff = jul.getOffset().getTotalSeconds();
            boolean daylight = janOff != julOff || !rules.isFixedOffset() && rules.getTransitionRules().size() > 0;
            int std = Math.min(janOff, julOff);
            int dst = Math.max(janOff, julOff);
            String stdName = (String) fields(janOff <= julOff ? jan : jul).get(9);
            String dstName = (String) fields(janOff <= julOff ? jul : jan).get(9);
            return new PTuple(new Object[]{(long) -std, (long) -dst, daylight ? 1L : 0L, new PTuple(new Object[]{stdName, daylight ? dstName : stdName})});
        }
    }
}
