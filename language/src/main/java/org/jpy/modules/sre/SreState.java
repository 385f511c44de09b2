package org.jpy.modules.sre;

import static org.jpy.modules.sre.SreConstants.*;

import java.util.Arrays;

/**
 * One matching session of a compiled SRE program over one subject: CPython's {@code SRE_STATE} together with the
 * interpreter of the SRE code that {@code re._compiler} emits.
 * <p>
 * The interpreter executes the code exactly as CPython's engine does, including the order in which alternatives and
 * repeat counts are tried and the way capture marks survive backtracking ({@code lastmark}/{@code lastindex} saves,
 * mark pushes only inside repeats, zero-width protection of repeats), because programs observe these details through
 * {@code groups()} and {@code lastindex}. It never recurses in Java: each sub-match is a {@link Frame} on an explicit
 * stack, and the point where a parent resumes after a sub-match is named by a {@code J_*} constant, so deep
 * backtracking costs heap, never Java stack. A {@link #poller} is called every few thousand steps so that a
 * long-running match can be interrupted.
 */
public final class SreState {
    /** The callback that lets the embedding runtime interrupt a long match (safepoints, KeyboardInterrupt). */
    public interface Poller {
        void poll();
    }

    /** Thrown for an SRE program the engine cannot execute (CPython's {@code SRE_ERROR_STATE}/{@code ILLEGAL}). */
    public static final class InvalidCodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidCodeException(String message) {
            super(message, null, false, false);
        }
    }

    /** The context of one MAX_REPEAT/MIN_REPEAT: CPython's {@code SRE_REPEAT}. */
    private static final class Repeat {
        int count;
        final int pc;
        final Repeat prev;
        int lastPtr;

        Repeat(int pc, Repeat prev) {
            this.count = -1;
            this.pc = pc;
            this.prev = prev;
            this.lastPtr = NULL;
        }
    }

    /** One pending sub-match: where the parent resumes ({@code jump}) and what it must remember meanwhile. */
    private static final class Frame {
        int jump;
        boolean toplevel;
        int pc;
        int ptr;
        int count;
        int chr;
        int lastmark;
        int lastindex;
        Repeat rep;
    }

    private static final int NULL = -1;
    private static final int POSSESSIVE_NULL = Integer.MIN_VALUE;
    private static final long U32 = 0xFFFFFFFFL;

    private static final int J_NONE = 0;
    private static final int J_MAX_UNTIL_1 = 1;
    private static final int J_MAX_UNTIL_2 = 2;
    private static final int J_MAX_UNTIL_3 = 3;
    private static final int J_MIN_UNTIL_1 = 4;
    private static final int J_MIN_UNTIL_2 = 5;
    private static final int J_MIN_UNTIL_3 = 6;
    private static final int J_REPEAT = 7;
    private static final int J_REPEAT_ONE_1 = 8;
    private static final int J_REPEAT_ONE_2 = 9;
    private static final int J_MIN_REPEAT_ONE = 10;
    private static final int J_BRANCH = 11;
    private static final int J_ASSERT = 12;
    private static final int J_ASSERT_NOT = 13;
    private static final int J_POSS_REPEAT_1 = 14;
    private static final int J_POSS_REPEAT_2 = 15;
    private static final int J_ATOMIC_GROUP = 16;

    private static final int A_ENTER = 0;
    private static final int A_DISPATCH = 1;
    private static final int A_EXIT = 2;

    private final int[] code;
    private final SreText text;
    private final int groups;

    /** {@code pos}/{@code endpos} after clamping; {@code start} is where the current (or last) match began. */
    public final int pos;
    public final int endpos;
    private final int end;
    private int start;
    /** CPython's {@code state->ptr}: the end of the last successful (sub-)match. */
    private int ptr;
    private boolean matchAll;
    private boolean mustAdvance;

    private final int[] marks;
    private int lastmark = -1;
    private int lastindex = -1;
    private Repeat repeat;

    private int[] data = new int[32];
    private int dataTop;
    private Frame[] frames = new Frame[16];
    private int depth;

    /* The registers of the frame being executed. */
    private int pc;
    private int p;
    private int ret;
    private Frame frame;

    private int steps;
    private Poller poller;

    /**
     * @param groups the number of capture groups (without group 0), as passed to {@code _sre.compile} plus one
     */
    public SreState(int[] code, int groups, SreText text, long pos, long endpos) {
        this.code = code;
        this.text = text;
        this.groups = groups;
        int length = text.length();
        this.pos = (int) Math.max(0, Math.min(pos, length));
        this.endpos = (int) Math.max(0, Math.min(endpos, length));
        this.end = this.endpos;
        this.start = this.pos;
        this.ptr = this.pos;
        this.marks = new int[Math.max(2, 2 * groups)];
    }

    public void setPoller(Poller poller) {
        this.poller = poller;
    }

    public SreText text() {
        return text;
    }

    /** Start of the current match (CPython's {@code state->start}). */
    public int start() {
        return start;
    }

    /** End of the current match (CPython's {@code state->ptr}). */
    public int end() {
        return ptr;
    }

    public int lastindex() {
        return lastindex;
    }

    /** Forgets the captures of a previous attempt (CPython's {@code state_reset}). */
    public void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        depth = 0;
    }

    /** {@code pattern.match} ({@code fullmatch == false}) or {@code pattern.fullmatch} at {@link #start()}. */
    public boolean match(boolean fullmatch) {
        ptr = start;
        matchAll = fullmatch;
        boolean ok = run(0, true) > 0;
        matchAll = false;
        return ok;
    }

    /**
     * {@code pattern.search} from {@link #start()}; on success {@link #start()}/{@link #end()} give the span. Like
     * CPython, a match that is empty at the start position is refused while {@code mustAdvance} is set.
     */
    public boolean search() {
        int s = start;
        int e = end;
        if (s > e) {
            return false;
        }
        int pc0 = 0;
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefixAt = 0;
        int charsetAt = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = code[3] & U32;
            if (min != 0 && e - s < min) {
                return false;
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefixAt = 7;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetAt = 5;
            }
            pc0 = 1 + code[1];
        }
        if (prefixLen >= 1) {
            mustAdvance = false;
            for (int at = s; at + prefixLen <= e; at++) {
                if (!prefixAt(at, prefixAt, prefixLen)) {
                    continue;
                }
                start = at;
                ptr = at + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return true;
                }
                if (run(pc0 + 2 * prefixSkip, false) != 0) {
                    return true;
                }
                lastmark = -1;
                lastindex = -1;
            }
            return false;
        }
        if (charsetAt >= 0) {
            mustAdvance = false;
            for (int at = s; at < e; at++) {
                if (!charset(charsetAt, text.get(at))) {
                    continue;
                }
                start = at;
                ptr = at;
                if (run(pc0, false) != 0) {
                    return true;
                }
                lastmark = -1;
                lastindex = -1;
            }
            return false;
        }
        int at = s;
        start = at;
        ptr = at;
        int status = run(pc0, true);
        mustAdvance = false;
        while (status == 0 && at < e) {
            at++;
            lastmark = -1;
            lastindex = -1;
            start = at;
            ptr = at;
            status = run(pc0, false);
        }
        return status != 0;
    }

    private boolean prefixAt(int at, int prefixPc, int prefixLen) {
        for (int i = 0; i < prefixLen; i++) {
            if (text.get(at + i) != code[prefixPc + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * After a match, the next search starts at its end and must advance if it was empty (CPython's scanner and
     * {@code findall}/{@code sub}/{@code split} loops).
     */
    public void advance() {
        mustAdvance = ptr == start;
        start = ptr;
    }

    /** Whether the next {@link #search()} can still find something ({@code state.start <= state.end}). */
    public boolean canContinue() {
        return start <= end;
    }

    public void setStart(int newStart) {
        this.start = newStart;
    }

    /** Span of group {@code g} ({@code 1 <= g <= groups}) as {@code {start, end}}, {@code {-1, -1}} if unmatched. */
    public int groupStart(int g) {
        int j = 2 * (g - 1);
        if (j + 1 <= lastmark && marks[j] != NULL && marks[j + 1] != NULL) {
            return marks[j];
        }
        return -1;
    }

    public int groupEnd(int g) {
        int j = 2 * (g - 1);
        if (j + 1 <= lastmark && marks[j] != NULL && marks[j + 1] != NULL) {
            return marks[j + 1];
        }
        return -1;
    }

    /** All spans of the last match: {@code [start0, end0, start1, end1, ...]} for groups 0..groups. */
    public int[] spans() {
        int[] r = new int[2 * groups + 2];
        r[0] = start;
        r[1] = ptr;
        for (int g = 1; g <= groups; g++) {
            r[2 * g] = groupStart(g);
            r[2 * g + 1] = groupEnd(g);
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The interpreter

    private int run(int startPc, boolean toplevel) {
        int baseDepth = depth;
        pushFrame(J_NONE, toplevel);
        pc = startPc;
        int action = A_ENTER;
        for (;;) {
            switch (action) {
                case A_ENTER:
                    action = enter();
                    break;
                case A_DISPATCH:
                    action = dispatch();
                    break;
                default: {
                    int jump = frame.jump;
                    depth--;
                    if (depth == baseDepth) {
                        frame = depth > 0 ? frames[depth - 1] : null;
                        return ret;
                    }
                    frame = frames[depth - 1];
                    pc = frame.pc;
                    p = frame.ptr;
                    action = resume(jump);
                    break;
                }
            }
        }
    }

    private void pushFrame(int jump, boolean toplevel) {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        Frame f = frames[depth];
        if (f == null) {
            f = new Frame();
            frames[depth] = f;
        }
        depth++;
        f.jump = jump;
        f.toplevel = toplevel;
        f.rep = null;
        frame = f;
    }

    private int call(int jump, int childPc, boolean toplevel) {
        frame.pc = pc;
        frame.ptr = p;
        pushFrame(jump, toplevel);
        pc = childPc;
        return A_ENTER;
    }

    private int fail() {
        ret = 0;
        return A_EXIT;
    }

    private int succeed() {
        ret = 1;
        return A_EXIT;
    }

    private int enter() {
        p = ptr;
        if (code[pc] == INFO) {
            long min = code[pc + 3] & U32;
            long remaining = (long) end - p;
            if (min != 0 && remaining >= 0 && remaining < min) {
                return fail();
            }
            pc += code[pc + 1] + 1;
        }
        return A_DISPATCH;
    }

    private void saveLastmark() {
        frame.lastmark = lastmark;
        frame.lastindex = lastindex;
    }

    private void restoreLastmark() {
        lastmark = frame.lastmark;
        lastindex = frame.lastindex;
    }

    private void dataPush(int value) {
        if (dataTop == data.length) {
            data = Arrays.copyOf(data, dataTop * 2);
        }
        data[dataTop++] = value;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int savedLastmark) {
        if (savedLastmark >= 0) {
            int n = savedLastmark + 1;
            if (dataTop + n > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(marks, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int savedLastmark) {
        if (savedLastmark >= 0) {
            int n = savedLastmark + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
            dataTop -= n;
        }
    }

    private void markPopKeep(int savedLastmark) {
        if (savedLastmark >= 0) {
            int n = savedLastmark + 1;
            System.arraycopy(data, dataTop - n, marks, 0, n);
        }
    }

    private void markPopDiscard(int savedLastmark) {
        if (savedLastmark >= 0) {
            dataTop -= savedLastmark + 1;
        }
    }

    private static boolean isMaxRepeat(int word) {
        return word == MAXREPEAT_CODE;
    }

    private int dispatch() {
        final int[] c = code;
        final int e = end;
        for (;;) {
            if ((++steps & 0xFFF) == 0 && poller != null) {
                poller.poll();
            }
            int op = c[pc++];
            switch (op) {
                case MARK: {
                    int i = c[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        for (int j = lastmark + 1; j < i; j++) {
                            marks[j] = NULL;
                        }
                        lastmark = i;
                    }
                    marks[i] = p;
                    pc++;
                    continue;
                }
                case LITERAL:
                    if (p >= e || text.get(p) != c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case NOT_LITERAL:
                    if (p >= e || text.get(p) == c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case SUCCESS:
                    if (frame.toplevel && ((matchAll && p != e) || (mustAdvance && p == start))) {
                        return fail();
                    }
                    ptr = p;
                    return succeed();
                case AT:
                    if (!at(p, c[pc])) {
                        return fail();
                    }
                    pc++;
                    continue;
                case CATEGORY:
                    if (p >= e || !SreChars.category(c[pc], text.get(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case ANY:
                    if (p >= e || text.get(p) == '\n') {
                        return fail();
                    }
                    p++;
                    continue;
                case ANY_ALL:
                    if (p >= e) {
                        return fail();
                    }
                    p++;
                    continue;
                case IN:
                    if (p >= e || !charset(pc + 1, text.get(p))) {
                        return fail();
                    }
                    pc += c[pc];
                    p++;
                    continue;
                case LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(text.get(p)) != c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(text.get(p)) != c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case LITERAL_LOC_IGNORE:
                    if (p >= e || !SreChars.charLocIgnore(c[pc], text.get(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case NOT_LITERAL_IGNORE:
                    if (p >= e || SreChars.lowerAscii(text.get(p)) == c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case NOT_LITERAL_UNI_IGNORE:
                    if (p >= e || SreChars.lowerUnicode(text.get(p)) == c[pc]) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case NOT_LITERAL_LOC_IGNORE:
                    if (p >= e || SreChars.charLocIgnore(c[pc], text.get(p))) {
                        return fail();
                    }
                    pc++;
                    p++;
                    continue;
                case IN_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerAscii(text.get(p)))) {
                        return fail();
                    }
                    pc += c[pc];
                    p++;
                    continue;
                case IN_UNI_IGNORE:
                    if (p >= e || !charset(pc + 1, SreChars.lowerUnicode(text.get(p)))) {
                        return fail();
                    }
                    pc += c[pc];
                    p++;
                    continue;
                case IN_LOC_IGNORE:
                    if (p >= e || !charsetLocIgnore(pc + 1, text.get(p))) {
                        return fail();
                    }
                    pc += c[pc];
                    p++;
                    continue;
                case JUMP:
                case INFO:
                    pc += c[pc];
                    continue;
                case BRANCH:
                    saveLastmark();
                    if (repeat != null) {
                        markPush(frame.lastmark);
                    }
                    return branchNext();
                case REPEAT_ONE: {
                    long min = c[pc + 1] & U32;
                    if (min > (long) e - p) {
                        return fail();
                    }
                    ptr = p;
                    int n = count(pc + 3, c[pc + 2] & U32);
                    frame.count = n;
                    p += n;
                    if (n < min) {
                        return fail();
                    }
                    int tail = pc + c[pc];
                    if (c[tail] == SUCCESS && p == end && !(frame.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return succeed();
                    }
                    saveLastmark();
                    if (repeat != null) {
                        markPush(frame.lastmark);
                    }
                    if (c[tail] == LITERAL) {
                        frame.chr = c[tail + 1];
                        return repeatOneLiteralNext();
                    }
                    return repeatOneNext();
                }
                case MIN_REPEAT_ONE: {
                    long min = c[pc + 1] & U32;
                    if (min > (long) e - p) {
                        return fail();
                    }
                    ptr = p;
                    if (min == 0) {
                        frame.count = 0;
                    } else {
                        int n = count(pc + 3, min);
                        if (n < min) {
                            return fail();
                        }
                        frame.count = n;
                        p += n;
                    }
                    if (c[pc + c[pc]] == SUCCESS &&
                                    !(frame.toplevel && ((matchAll && p != end) || (mustAdvance && p == start)))) {
                        ptr = p;
                        return succeed();
                    }
                    saveLastmark();
                    if (repeat != null) {
                        markPush(frame.lastmark);
                    }
                    return minRepeatOneNext();
                }
                case POSSESSIVE_REPEAT_ONE: {
                    long min = c[pc + 1] & U32;
                    if (p + min > e) {
                        return fail();
                    }
                    ptr = p;
                    int n = count(pc + 3, c[pc + 2] & U32);
                    frame.count = n;
                    p += n;
                    if (n < min) {
                        return fail();
                    }
                    pc += c[pc];
                    if (c[pc] == SUCCESS && p == end && !(frame.toplevel && mustAdvance && p == start)) {
                        ptr = p;
                        return succeed();
                    }
                    continue;
                }
                case REPEAT: {
                    Repeat rep = new Repeat(pc, repeat);
                    frame.rep = rep;
                    repeat = rep;
                    ptr = p;
                    return call(J_REPEAT, pc + c[pc], frame.toplevel);
                }
                case MAX_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new InvalidCodeException("MAX_UNTIL outside a repeat");
                    }
                    frame.rep = rep;
                    ptr = p;
                    frame.count = rep.count + 1;
                    if (frame.count < (c[rep.pc + 1] & U32)) {
                        rep.count = frame.count;
                        return call(J_MAX_UNTIL_1, rep.pc + 3, frame.toplevel);
                    }
                    if ((frame.count < (c[rep.pc + 2] & U32) || isMaxRepeat(c[rep.pc + 2])) && ptr != rep.lastPtr) {
                        rep.count = frame.count;
                        saveLastmark();
                        markPush(frame.lastmark);
                        dataPush(rep.lastPtr);
                        rep.lastPtr = ptr;
                        return call(J_MAX_UNTIL_2, rep.pc + 3, frame.toplevel);
                    }
                    return maxUntilTail();
                }
                case MIN_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new InvalidCodeException("MIN_UNTIL outside a repeat");
                    }
                    frame.rep = rep;
                    ptr = p;
                    frame.count = rep.count + 1;
                    if (frame.count < (c[rep.pc + 1] & U32)) {
                        rep.count = frame.count;
                        return call(J_MIN_UNTIL_1, rep.pc + 3, frame.toplevel);
                    }
                    repeat = rep.prev;
                    saveLastmark();
                    if (repeat != null) {
                        markPush(frame.lastmark);
                    }
                    return call(J_MIN_UNTIL_2, pc, frame.toplevel);
                }
                case POSSESSIVE_REPEAT:
                    ptr = p;
                    frame.count = 0;
                    return possessiveMin();
                case ATOMIC_GROUP:
                    ptr = p;
                    return call(J_ATOMIC_GROUP, pc + 1, false);
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int g = c[pc] * 2;
                    if (g >= lastmark) {
                        return fail();
                    }
                    int s = marks[g];
                    int se = marks[g + 1];
                    if (s == NULL || se == NULL || se < s) {
                        return fail();
                    }
                    while (s < se) {
                        if (p >= e || !sameChar(op, text.get(p), text.get(s))) {
                            return fail();
                        }
                        s++;
                        p++;
                    }
                    pc++;
                    continue;
                }
                case GROUPREF_EXISTS: {
                    int g = c[pc] * 2;
                    if (g >= lastmark || marks[g] == NULL || marks[g + 1] == NULL || marks[g + 1] < marks[g]) {
                        pc += c[pc + 1];
                        continue;
                    }
                    pc += 2;
                    continue;
                }
                case ASSERT: {
                    long back = c[pc + 1] & U32;
                    if (p < back) {
                        return fail();
                    }
                    ptr = (int) (p - back);
                    return call(J_ASSERT, pc + 2, false);
                }
                case ASSERT_NOT: {
                    long back = c[pc + 1] & U32;
                    if (p >= back) {
                        ptr = (int) (p - back);
                        saveLastmark();
                        if (repeat != null) {
                            markPush(frame.lastmark);
                        }
                        return call(J_ASSERT_NOT, pc + 2, false);
                    }
                    pc += c[pc];
                    continue;
                }
                case FAILURE:
                    return fail();
                default:
                    throw new InvalidCodeException("unknown opcode " + op);
            }
        }
    }

    private static boolean sameChar(int op, int a, int b) {
        switch (op) {
            case GROUPREF:
                return a == b;
            case GROUPREF_IGNORE:
                return SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
            case GROUPREF_UNI_IGNORE:
                return SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
            default:
                return SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
        }
    }

    private int branchNext() {
        final int[] c = code;
        for (; c[pc] != 0; pc += c[pc]) {
            if (c[pc + 1] == LITERAL && (p >= end || text.get(p) != c[pc + 2])) {
                continue;
            }
            if (c[pc + 1] == IN && (p >= end || !charset(pc + 3, text.get(p)))) {
                continue;
            }
            ptr = p;
            return call(J_BRANCH, pc + 1, frame.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(frame.lastmark);
        }
        return fail();
    }

    private int repeatOneLiteralNext() {
        long min = code[pc + 1] & U32;
        while (frame.count >= min && (p >= end || text.get(p) != frame.chr)) {
            p--;
            frame.count--;
        }
        if (frame.count >= min) {
            ptr = p;
            return call(J_REPEAT_ONE_1, pc + code[pc], frame.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(frame.lastmark);
        }
        return fail();
    }

    private int repeatOneNext() {
        if (frame.count >= (code[pc + 1] & U32)) {
            ptr = p;
            return call(J_REPEAT_ONE_2, pc + code[pc], frame.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(frame.lastmark);
        }
        return fail();
    }

    private int minRepeatOneNext() {
        if (isMaxRepeat(code[pc + 2]) || frame.count <= (code[pc + 2] & U32)) {
            ptr = p;
            return call(J_MIN_REPEAT_ONE, pc + code[pc], frame.toplevel);
        }
        if (repeat != null) {
            markPopDiscard(frame.lastmark);
        }
        return fail();
    }

    private int maxUntilTail() {
        repeat = frame.rep.prev;
        return call(J_MAX_UNTIL_3, pc, frame.toplevel);
    }

    private int possessiveMin() {
        if (frame.count < (code[pc + 1] & U32)) {
            return call(J_POSS_REPEAT_1, pc + 3, false);
        }
        p = POSSESSIVE_NULL;
        return possessiveMore();
    }

    private int possessiveMore() {
        if ((frame.count < (code[pc + 2] & U32) || isMaxRepeat(code[pc + 2])) && ptr != p) {
            saveLastmark();
            markPush(frame.lastmark);
            p = ptr;
            return call(J_POSS_REPEAT_2, pc + 3, false);
        }
        return possessiveTail();
    }

    private int possessiveTail() {
        pc += code[pc] + 1;
        p = ptr;
        return A_DISPATCH;
    }

    /** Continues the parent frame after a sub-match that ended with {@link #ret}. */
    private int resume(int jump) {
        Frame f = frame;
        switch (jump) {
            case J_BRANCH:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return succeed();
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark();
                pc += code[pc];
                return branchNext();
            case J_REPEAT_ONE_1:
            case J_REPEAT_ONE_2:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return succeed();
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark();
                p--;
                f.count--;
                return jump == J_REPEAT_ONE_1 ? repeatOneLiteralNext() : repeatOneNext();
            case J_MIN_REPEAT_ONE: {
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return succeed();
                }
                if (repeat != null) {
                    markPopKeep(f.lastmark);
                }
                restoreLastmark();
                ptr = p;
                int n = count(pc + 3, 1);
                if (n == 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return fail();
                }
                p++;
                f.count++;
                return minRepeatOneNext();
            }
            case J_REPEAT:
                repeat = f.rep.prev;
                return ret != 0 ? succeed() : fail();
            case J_MAX_UNTIL_1:
            case J_MIN_UNTIL_1:
                if (ret != 0) {
                    return succeed();
                }
                f.rep.count = f.count - 1;
                ptr = p;
                return fail();
            case J_MAX_UNTIL_2:
                f.rep.lastPtr = dataPop();
                if (ret != 0) {
                    markPopDiscard(f.lastmark);
                    return succeed();
                }
                markPop(f.lastmark);
                restoreLastmark();
                f.rep.count = f.count - 1;
                ptr = p;
                return maxUntilTail();
            case J_MAX_UNTIL_3:
                repeat = f.rep;
                if (ret != 0) {
                    return succeed();
                }
                ptr = p;
                return fail();
            case J_MIN_UNTIL_2: {
                Repeat repeatOfTail = repeat;
                repeat = f.rep;
                if (ret != 0) {
                    if (repeatOfTail != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return succeed();
                }
                if (repeatOfTail != null) {
                    markPop(f.lastmark);
                }
                restoreLastmark();
                ptr = p;
                int max = code[f.rep.pc + 2];
                if ((f.count >= (max & U32) && !isMaxRepeat(max)) || ptr == f.rep.lastPtr) {
                    return fail();
                }
                f.rep.count = f.count;
                dataPush(f.rep.lastPtr);
                f.rep.lastPtr = ptr;
                return call(J_MIN_UNTIL_3, f.rep.pc + 3, f.toplevel);
            }
            case J_MIN_UNTIL_3:
                f.rep.lastPtr = dataPop();
                if (ret != 0) {
                    return succeed();
                }
                f.rep.count = f.count - 1;
                ptr = p;
                return fail();
            case J_POSS_REPEAT_1:
                if (ret != 0) {
                    f.count++;
                    return possessiveMin();
                }
                ptr = p;
                return fail();
            case J_POSS_REPEAT_2:
                if (ret != 0) {
                    markPopDiscard(f.lastmark);
                    f.count++;
                    return possessiveMore();
                }
                markPop(f.lastmark);
                restoreLastmark();
                ptr = p;
                return possessiveTail();
            case J_ATOMIC_GROUP:
                if (ret == 0) {
                    ptr = p;
                    return fail();
                }
                pc += code[pc];
                p = ptr;
                return A_DISPATCH;
            case J_ASSERT:
                if (ret == 0) {
                    return fail();
                }
                pc += code[pc];
                return A_DISPATCH;
            case J_ASSERT_NOT:
                if (ret != 0) {
                    if (repeat != null) {
                        markPopDiscard(f.lastmark);
                    }
                    return fail();
                }
                if (repeat != null) {
                    markPop(f.lastmark);
                }
                restoreLastmark();
                pc += code[pc];
                return A_DISPATCH;
            default:
                throw new InvalidCodeException("bad resume point " + jump);
        }
    }

    /** How many times the one-character item at {@code itemPc} matches from {@link #ptr}, at most {@code maxcount}. */
    private int count(int itemPc, long maxcount) {
        final int[] c = code;
        final int from = ptr;
        int e = end;
        if (maxcount < (long) e - from && maxcount != MAXREPEAT) {
            e = from + (int) maxcount;
        }
        int q = from;
        switch (c[itemPc]) {
            case IN:
                while (q < e && charset(itemPc + 2, text.get(q))) {
                    q++;
                }
                break;
            case ANY:
                while (q < e && text.get(q) != '\n') {
                    q++;
                }
                break;
            case ANY_ALL:
                q = e;
                break;
            case LITERAL: {
                int chr = c[itemPc + 1];
                while (q < e && text.get(q) == chr) {
                    q++;
                }
                break;
            }
            case LITERAL_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && SreChars.lowerAscii(text.get(q)) == chr) {
                    q++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && SreChars.lowerUnicode(text.get(q)) == chr) {
                    q++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && SreChars.charLocIgnore(chr, text.get(q))) {
                    q++;
                }
                break;
            }
            case NOT_LITERAL: {
                int chr = c[itemPc + 1];
                while (q < e && text.get(q) != chr) {
                    q++;
                }
                break;
            }
            case NOT_LITERAL_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && SreChars.lowerAscii(text.get(q)) != chr) {
                    q++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && SreChars.lowerUnicode(text.get(q)) != chr) {
                    q++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int chr = c[itemPc + 1];
                while (q < e && !SreChars.charLocIgnore(chr, text.get(q))) {
                    q++;
                }
                break;
            }
            default: {
                int savedPc = pc;
                int savedP = p;
                int savedRet = ret;
                while (ptr < e) {
                    if (run(itemPc, false) == 0) {
                        break;
                    }
                }
                pc = savedPc;
                p = savedP;
                ret = savedRet;
                frame = frames[depth - 1];
                return ptr - from;
            }
        }
        return q - from;
    }

    private boolean at(int q, int atCode) {
        switch (atCode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return q == 0;
            case AT_BEGINNING_LINE:
                return q == 0 || text.get(q - 1) == '\n';
            case AT_END:
                return (end - q == 1 && text.get(q) == '\n') || q == end;
            case AT_END_LINE:
                return q == end || text.get(q) == '\n';
            case AT_END_STRING:
                return q == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = q > 0 && isWord(atCode, text.get(q - 1));
                boolean here = q < end && isWord(atCode, text.get(q));
                boolean boundary = atCode == AT_BOUNDARY || atCode == AT_LOC_BOUNDARY || atCode == AT_UNI_BOUNDARY;
                return boundary ? here != before : here == before;
            }
            default:
                return false;
        }
    }

    private static boolean isWord(int atCode, int ch) {
        switch (atCode) {
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY:
                return SreChars.isAsciiWord(ch);
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                return SreChars.isLocaleWord(ch);
            default:
                return SreChars.isUnicodeWord(ch);
        }
    }

    private boolean charsetLocIgnore(int setPc, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(setPc, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(setPc, up);
    }

    /** Whether {@code ch} is in the set that starts at {@code setPc} (CPython's {@code SRE(charset)}). */
    private boolean charset(int setPc, int ch) {
        final int[] c = code;
        int s = setPc;
        boolean ok = true;
        for (;;) {
            switch (c[s++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == c[s]) {
                        return ok;
                    }
                    s++;
                    break;
                case CATEGORY:
                    if (SreChars.category(c[s], ch)) {
                        return ok;
                    }
                    s++;
                    break;
                case CHARSET:
                    if (ch < 256 && (c[s + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    s += 8;
                    break;
                case RANGE:
                    if ((c[s] & U32) <= ch && ch <= (c[s + 1] & U32)) {
                        return ok;
                    }
                    s += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if ((c[s] & U32) <= ch && ch <= (c[s + 1] & U32)) {
                        return ok;
                    }
                    int up = SreChars.upperUnicode(ch);
                    if ((c[s] & U32) <= up && up <= (c[s + 1] & U32)) {
                        return ok;
                    }
                    s += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int blocks = c[s++];
                    int block = -1;
                    if (ch < 0x10000) {
                        int hi = ch >>> 8;
                        block = (c[s + (hi >>> 2)] >>> (8 * (hi & 3))) & 0xFF;
                    }
                    s += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((c[s + (bit >>> 5)] & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    s += blocks * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }
}
