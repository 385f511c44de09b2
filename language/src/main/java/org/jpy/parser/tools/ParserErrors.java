package org.jpy.parser.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.jpy.parser.Parser;
import org.jpy.parser.ParserOptions;
import org.jpy.parser.PySyntaxError;

/**
 * Java side of {@code tools/parser-errors}: replays the snippets collected from CPython's syntax tests
 * ({@code tools/parser_errors_ref.py}) and compares jpy's tree or SyntaxError (type, msg, lineno, offset; end
 * positions counted separately) with what CPython's {@code ast.parse} gave.
 */
public final class ParserErrors {
    private ParserErrors() {
    }

    /** Usage: ParserErrors ERRORS.tsv [max mismatches to print] */
    public static void main(String[] args) throws Exception {
        int[] r = run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 50, System.out);
        System.out.printf("valid snippets matched %d/%d; errors matched (type, msg, lineno, offset) %d/%d, with end position too %d%n", r[0], r[1], r[2],
                        r[3], r[4]);
        System.out.printf("matched %d/%d%n", r[0] + r[2], r[1] + r[3]);
    }

    /**
     * Compares every snippet; prints up to {@code show} mismatches. Returns {valid matched, valid total, errors
     * matched, errors total, errors matched with end position}.
     */
    public static int[] run(Path tsv, int show, java.io.PrintStream out) throws java.io.IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        int total = 0;
        int okTotal = 0;
        int okMatched = 0;
        int errTotal = 0;
        int errMatched = 0;
        int errEndMatched = 0;
        int shown = 0;
        int textMatched = 0;
        int textShown = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String src = new String(Base64.getDecoder().decode(f[0]), StandardCharsets.UTF_8);
            total++;
            String got;
            String gotEnd = "";
            String gotText = null;
            try {
                got = "OK\t" + ParserVerify.sha256(AstDump.dump(Parser.parse(src, "<unknown>", Parser.Mode.EXEC, ParserOptions.DEFAULT)));
            } catch (PySyntaxError e) {
                got = "ERR\t" + e.pythonTypeName() + "\t" + e.lineno() + "\t" + e.offset() + "\t" + AstDump.pyRepr(e.msg());
                gotEnd = e.endLineno() + "\t" + e.endOffset();
                gotText = e.text() == null ? "None" : AstDump.pyRepr(e.text());
            } catch (Throwable t) {
                got = "INTERNAL " + t;
            }
            String want;
            String wantEnd = "";
            if (f[1].equals("OK")) {
                okTotal++;
                want = "OK\t" + f[2];
            } else {
                errTotal++;
                want = "ERR\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\t" + f[7];
                wantEnd = f[5] + "\t" + f[6];
            }
            if (got.equals(want)) {
                if (f[1].equals("OK")) {
                    okMatched++;
                } else {
                    errMatched++;
                    if (gotEnd.equals(wantEnd)) {
                        errEndMatched++;
                    }
                    if (f.length > 8 && f[8].equals(gotText)) {
                        textMatched++;
                    } else if (f.length > 8 && textShown < 10 && Boolean.getBoolean("jpy.showText")) {
                        textShown++;
                        out.println("TEXT " + AstDump.pyRepr(src.length() > 80 ? src.substring(0, 80) : src) + " CPython " + f[8] + " jpy " + gotText);
                    }
                }
            } else if (shown < show) {
                shown++;
                String preview = src.length() > 160 ? src.substring(0, 160) + "..." : src;
                out.println("MISMATCH " + AstDump.pyRepr(preview));
                out.println("    CPython: " + want.replace('\t', ' ') + (wantEnd.isEmpty() ? "" : " end " + wantEnd.replace('\t', ':')));
                out.println("    jpy:     " + got.replace('\t', ' ') + (gotEnd.isEmpty() ? "" : " end " + gotEnd.replace('\t', ':')));
            }
        }
        out.println("errors whose .text also matches: " + textMatched + "/" + errMatched);
        return new int[]{okMatched, okTotal, errMatched, errTotal, errEndMatched};
    }
}
