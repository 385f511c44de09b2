package org.jpy.modules.time;

/**
 * {@code time.strftime} as glibc formats in the C locale, which is what CPython on Linux produces: English day and
 * month names, {@code %c}/{@code %x}/{@code %X} in the POSIX layouts, ISO 8601 week numbers for {@code %G/%g/%V}, and
 * glibc's flag characters ({@code -}, {@code _}, {@code 0}, {@code ^}, {@code #}) and field widths. The fields come
 * from a {@code struct_time} already checked by the module (month 1..12, Python weekday 0 = Monday, yday 1..366).
 */
public final class Strftime {
    private Strftime() {
    }

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"};

    /** The broken-down time, in C's conventions except where noted. */
    public record Fields(long year, int month, int mday, int hour, int minute, int second, int pyWeekday, int yday,
                    int isdst, String zone, long gmtoff) {
        int cWeekday() {
            return (pyWeekday + 1) % 7;
        }
    }

    public static String format(String fmt, Fields t) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char ch = fmt.charAt(i);
            if (ch != '%') {
                out.append(ch);
                i++;
                continue;
            }
            int start = i;
            i++;
            char pad = 0;
            boolean upper = false;
            boolean swapCase = false;
            while (i < n && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                char flag = fmt.charAt(i++);
                if (flag == '^') {
                    upper = true;
                } else if (flag == '#') {
                    swapCase = true;
                } else {
                    pad = flag;
                }
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(i++) - '0');
            }
            while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            char conv = fmt.charAt(i++);
            String s = convert(conv, t, pad, width, upper, swapCase);
            if (s == null) {
                out.append(fmt, start, i);
            } else {
                out.append(s);
            }
        }
        return out.toString();
    }

    private static String num(long value, int defaultWidth, char defaultPad, char pad, int width) {
        char p = pad == 0 ? defaultPad : pad;
        int w = width >= 0 ? width : defaultWidth;
        if (p == '-') {
            return Long.toString(value);
        }
        boolean negative = value < 0;
        String digits = Long.toString(Math.abs(value));
        StringBuilder sb = new StringBuilder();
        int len = digits.length() + (negative ? 1 : 0);
        if (p == '_' || p == ' ') {
            for (int k = len; k < w; k++) {
                sb.append(' ');
            }
            if (negative) {
                sb.append('-');
            }
        } else {
            if (negative) {
                sb.append('-');
            }
            for (int k = len; k < w; k++) {
                sb.append('0');
            }
        }
        return sb.append(digits).toString();
    }

    private static String text(String s, char pad, int width, boolean upper, boolean swapCase) {
        if (upper || swapCase) {
            s = s.toUpperCase(java.util.Locale.ROOT);
        }
        if (width > s.length()) {
            char p = pad == '0' ? '0' : ' ';
            StringBuilder sb = new StringBuilder();
            for (int k = s.length(); k < width; k++) {
                sb.append(p);
            }
            return sb.append(s).toString();
        }
        return s;
    }

    private static String convert(char conv, Fields t, char pad, int width, boolean upper, boolean swapCase) {
        int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
        switch (conv) {
            case 'a':
                return text(DAYS[t.cWeekday()].substring(0, 3), pad, width, upper, swapCase);
            case 'A':
                return text(DAYS[t.cWeekday()], pad, width, upper, swapCase);
            case 'b':
            case 'h':
                return text(MONTHS[t.month() - 1].substring(0, 3), pad, width, upper, swapCase);
            case 'B':
                return text(MONTHS[t.month() - 1], pad, width, upper, swapCase);
            case 'c':
                return text(format("%a %b %e %H:%M:%S %Y", t), pad, width, upper, swapCase);
            case 'C':
                return num(Math.floorDiv(t.year(), 100), 2, '0', pad, width);
            case 'd':
                return num(t.mday(), 2, '0', pad, width);
            case 'D':
                return text(format("%m/%d/%y", t), pad, width, upper, swapCase);
            case 'e':
                return num(t.mday(), 2, '_', pad, width);
            case 'F': {
                String s = num(t.year(), 4, '0', (char) 0, -1) + format("-%m-%d", t);
                return text(s, pad, width, upper, swapCase);
            }
            case 'g':
                return num(Math.floorMod(isoYear(t), 100), 2, '0', pad, width);
            case 'G':
                return num(isoYear(t), 1, '0', pad, width);
            case 'H':
                return num(t.hour(), 2, '0', pad, width);
            case 'I':
                return num(hour12, 2, '0', pad, width);
            case 'j':
                return num(t.yday(), 3, '0', pad, width);
            case 'k':
                return num(t.hour(), 2, '_', pad, width);
            case 'l':
                return num(hour12, 2, '_', pad, width);
            case 'm':
                return num(t.month(), 2, '0', pad, width);
            case 'M':
                return num(t.minute(), 2, '0', pad, width);
            case 'n':
                return "\n";
            case 'p':
                return text(t.hour() < 12 ? "AM" : "PM", pad, width, upper, false);
            case 'P':
                return text(t.hour() < 12 ? "am" : "pm", pad, width, upper, false);
            case 'r':
                return text(format("%I:%M:%S %p", t), pad, width, upper, swapCase);
            case 'R':
                return text(format("%H:%M", t), pad, width, upper, swapCase);
            case 'S':
                return num(t.second(), 2, '0', pad, width);
            case 't':
                return "\t";
            case 'T':
                return text(format("%H:%M:%S", t), pad, width, upper, swapCase);
            case 'u':
                return num(t.pyWeekday() + 1, 1, '0', pad, width);
            case 'U':
                return num((t.yday() - 1 + 7 - t.cWeekday()) / 7, 2, '0', pad, width);
            case 'V':
                return num(isoWeek(t), 2, '0', pad, width);
            case 'w':
                return num(t.cWeekday(), 1, '0', pad, width);
            case 'W':
                return num((t.yday() - 1 + 7 - t.pyWeekday()) / 7, 2, '0', pad, width);
            case 'x':
                return text(format("%m/%d/%y", t), pad, width, upper, swapCase);
            case 'X':
                return text(format("%H:%M:%S", t), pad, width, upper, swapCase);
            case 'y':
                return num(Math.floorMod(t.year(), 100), 2, '0', pad, width);
            case 'Y':
                return num(t.year(), 1, '0', pad, width);
            case 'z': {
                long off = t.gmtoff();
                char sign = off < 0 ? '-' : '+';
                off = Math.abs(off);
                long hhmm = (off / 3600) * 100 + (off / 60) % 60;
                String digits = num(hhmm, width >= 0 ? Math.max(width - 1, 0) : 4, '0', pad == '-' ? 0 : pad, width >= 0 ? Math.max(width - 1, 0) : 4);
                return sign + digits;
            }
            case 'Z':
                return text(t.zone() == null ? "" : t.zone(), pad, width, upper, false);
            case '%':
                return "%";
            case '+':
                return null;
            default:
                return null;
        }
    }

    /** Days before the ISO week-based year containing the given day of the year starts (ISO 8601 weeks). */
    private static int isoDays(long year, int yday0, int cWeekday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday0 - (yday0 - cWeekday + 4 + bigEnoughMultipleOf7) % 7 + 3;
    }

    private static boolean isLeap(long year) {
        return (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
    }

    private static long isoYear(Fields t) {
        return isoYearAndWeek(t)[0];
    }

    private static int isoWeek(Fields t) {
        return (int) isoYearAndWeek(t)[1];
    }

    private static long[] isoYearAndWeek(Fields t) {
        long year = t.year();
        int yday0 = t.yday() - 1;
        int wday = t.cWeekday();
        int days = isoDays(year, yday0, wday);
        if (days < 0) {
            year--;
            days = isoDays(year, yday0 + (isLeap(year) ? 366 : 365), wday);
        } else {
            int d = isoDays(year + 1, yday0 - (isLeap(year) ? 366 : 365), wday);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new long[]{year, days / 7 + 1};
    }
}
