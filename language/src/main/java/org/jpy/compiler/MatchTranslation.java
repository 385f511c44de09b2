package org.jpy.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.literal.ConstantNode;
import org.jpy.nodes.statement.MatchNodes;
import org.jpy.parser.ast.MatchCase;
import org.jpy.parser.ast.Pattern;
import org.jpy.parser.ast.Stmt;

/**
 * {@code match} statements: each case's pattern becomes a tree of {@link MatchNodes.PatternNode}s whose captures
 * are numbered per case (one index per name, shared by the alternatives of an or-pattern) and bound through
 * ordinary name targets once the pattern succeeded.
 */
final class MatchTranslation {
    private MatchTranslation() {
    }

    static StatementNode translate(NodeTranslator t, Stmt.Match m) {
        ExpressionNode subject = t.expr(m.subject());
        MatchNodes.CaseNode[] cases = new MatchNodes.CaseNode[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase c = m.cases().get(i);
            List<String> captures = new ArrayList<>();
            MatchNodes.PatternNode pattern = pattern(t, c.pattern(), captures);
            AssignTargetNode[] targets = new AssignTargetNode[captures.size()];
            for (int k = 0; k < targets.length; k++) {
                targets[k] = t.writeName(captures.get(k));
            }
            cases[i] = t.at(new MatchNodes.CaseNode(pattern, targets, c.guard() == null ? null : t.condition(c.guard()), t.suite(c.body())), c.pattern());
        }
        return new MatchNodes.MatchNode(subject, cases);
    }

    private static int capture(List<String> captures, String name) {
        int i = captures.indexOf(name);
        if (i < 0) {
            captures.add(name);
            i = captures.size() - 1;
        }
        return i;
    }

    private static MatchNodes.PatternNode pattern(NodeTranslator t, Pattern p, List<String> captures) {
        MatchNodes.PatternNode node = switch (p) {
            case Pattern.MatchValue v -> new MatchNodes.ValuePattern(t.expr(v.value()));
            case Pattern.MatchSingleton s -> new MatchNodes.SingletonPattern(ConstantNode.toPython(s.value()));
            case Pattern.MatchAs a -> new MatchNodes.AsPattern(a.pattern() == null ? null : pattern(t, a.pattern(), captures),
                            a.name() == null ? -1 : capture(captures, a.name()));
            case Pattern.MatchOr o -> {
                MatchNodes.PatternNode[] alts = new MatchNodes.PatternNode[o.patterns().size()];
                for (int i = 0; i < alts.length; i++) {
                    alts[i] = pattern(t, o.patterns().get(i), captures);
                }
                yield new MatchNodes.OrPattern(alts);
            }
            case Pattern.MatchSequence s -> {
                int star = -1;
                int starCapture = -1;
                MatchNodes.PatternNode[] subs = new MatchNodes.PatternNode[s.patterns().size()];
                for (int i = 0; i < subs.length; i++) {
                    Pattern sub = s.patterns().get(i);
                    if (sub instanceof Pattern.MatchStar ms) {
                        star = i;
                        starCapture = ms.name() == null ? -1 : capture(captures, ms.name());
                        subs[i] = new MatchNodes.AsPattern(null, -1);
                    } else {
                        subs[i] = pattern(t, sub, captures);
                    }
                }
                yield new MatchNodes.SequencePattern(subs, star, starCapture);
            }
            case Pattern.MatchMapping mm -> {
                ExpressionNode[] keys = new ExpressionNode[mm.keys().size()];
                MatchNodes.PatternNode[] subs = new MatchNodes.PatternNode[mm.patterns().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = t.expr(mm.keys().get(i));
                }
                for (int i = 0; i < subs.length; i++) {
                    subs[i] = pattern(t, mm.patterns().get(i), captures);
                }
                yield new MatchNodes.MappingPattern(keys, subs, mm.rest() == null ? -1 : capture(captures, mm.rest()));
            }
            case Pattern.MatchClass mc -> {
                MatchNodes.PatternNode[] pos = new MatchNodes.PatternNode[mc.patterns().size()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = pattern(t, mc.patterns().get(i), captures);
                }
                MatchNodes.PatternNode[] kw = new MatchNodes.PatternNode[mc.kwdPatterns().size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = pattern(t, mc.kwdPatterns().get(i), captures);
                }
                yield new MatchNodes.ClassPattern(t.expr(mc.cls()), pos, mc.kwdAttrs().toArray(new String[0]), kw);
            }
            case Pattern.MatchStar s -> new MatchNodes.AsPattern(null, s.name() == null ? -1 : capture(captures, s.name()));
        };
        return t.at(node, p);
    }
}
