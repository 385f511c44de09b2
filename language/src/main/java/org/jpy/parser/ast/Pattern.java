package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code pattern}; {@code MatchSingleton.value} is {@link ConstantValue#NONE} or a {@link Boolean}. */
public sealed interface Pattern extends Located {
    record MatchValue(Expr value, Loc loc) implements Pattern {
    }

    record MatchSingleton(Object value, Loc loc) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns, Loc loc) implements Pattern {
    }

    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Loc loc) implements Pattern {
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Loc loc) implements Pattern {
    }

    record MatchStar(String name, Loc loc) implements Pattern {
    }

    record MatchAs(Pattern pattern, String name, Loc loc) implements Pattern {
    }

    record MatchOr(List<Pattern> patterns, Loc loc) implements Pattern {
    }
}
