package org.jpy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PNone;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.tuple.PTuple;

/**
 * Binds call arguments to a {@link Signature}, producing the frame arguments of the calling convention:
 * {@code [callee, reserved (null), bound...]} where {@code bound} follows {@code co_varnames} order (positional
 * parameters, keyword-only parameters, the {@code *args} tuple, the {@code **kwargs} dict). Missing optional
 * parameters get their defaults ({@code PNone.NO_VALUE} for builtins).
 *
 * <p>The common case (exact positional arity, no keywords, no star parameters) is a single array copy and
 * stays inlinable; everything else, including CPython's exact TypeError messages, is behind a boundary.
 */
public final class ArgumentBinder {
    public static final int PREFIX = 2;

    private ArgumentBinder() {
    }

    /**
     * @param callee the function object (frame argument 0)
     * @param self an argument to prepend to {@code args} ({@code null}: none), e.g. the receiver of a method call
     * @param defaults defaults of the last {@code defaults.length} positional parameters
     * @param kwDefaults keyword-only defaults or {@code null}
     */
    public static Object[] bind(Node node, Object callee, Signature sig, Object[] defaults, PDict kwDefaults, Object self, Object[] args, PKeyword[] keywords) {
        int nargs = args.length + (self != null ? 1 : 0);
        if (keywords.length == 0 && nargs == sig.parameterNames().length && !sig.takesVarArgs() && !sig.takesVarKeywords() && sig.keywordOnlyNames().length == 0) {
            Object[] result = new Object[PREFIX + nargs];
            result[0] = callee;
            if (self != null) {
                result[PREFIX] = self;
                System.arraycopy(args, 0, result, PREFIX + 1, args.length);
            } else {
                System.arraycopy(args, 0, result, PREFIX, args.length);
            }
            return result;
        }
        return bindSlow(node, callee, sig, defaults, kwDefaults, self, args, keywords);
    }

    @TruffleBoundary
    private static Object[] bindSlow(Node node, Object callee, Signature sig, Object[] defaults, PDict kwDefaults, Object self, Object[] rawArgs, PKeyword[] keywords) {
        Object[] args = rawArgs;
        if (self != null) {
            args = new Object[rawArgs.length + 1];
            args[0] = self;
            System.arraycopy(rawArgs, 0, args, 1, rawArgs.length);
        }
        String[] params = sig.parameterNames();
        String[] kwOnly = sig.keywordOnlyNames();
        int npos = params.length;
        int nkwonly = kwOnly.length;
        Object[] bound = new Object[sig.getBoundLength()];
        boolean builtin = sig.builtinStyle() != Signature.ErrorStyle.PYTHON;

        if (builtin && sig.builtinStyle() == Signature.ErrorStyle.BUILTIN_POSITIONAL && keywords.length > 0 && !sig.takesVarKeywords()) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no keyword arguments", isMethod(sig) ? sig.qualname() : sig.name());
        }
        // positional
        int ncopy = Math.min(args.length, npos);
        System.arraycopy(args, 0, bound, 0, ncopy);
        if (args.length > npos) {
            if (sig.takesVarArgs()) {
                Object[] extra = new Object[args.length - npos];
                System.arraycopy(args, npos, extra, 0, extra.length);
                bound[sig.getVarArgsIndex()] = new PTuple(extra);
            } else {
                throw tooManyPositional(node, sig, defaults, args.length, keywords);
            }
        } else if (sig.takesVarArgs()) {
            bound[sig.getVarArgsIndex()] = new PTuple(PTuple.EMPTY_ARRAY);
        }
        PDict kwargsDict = null;
        if (sig.takesVarKeywords()) {
            kwargsDict = new PDict();
            bound[sig.getVarKeywordsIndex()] = kwargsDict;
        }
        // keywords
        List<String> posOnlyPassedAsKeyword = null;
        for (PKeyword kw : keywords) {
            String name = kw.name();
            int idx = indexOf(params, name);
            if (idx >= 0 && idx < sig.positionalOnlyCount()) {
                if (kwargsDict != null) {
                    kwargsDict.setItem(name, kw.value());
                    continue;
                }
                if (!builtin) {
                    if (posOnlyPassedAsKeyword == null) {
                        posOnlyPassedAsKeyword = new ArrayList<>();
                    }
                    posOnlyPassedAsKeyword.add(name);
                    continue;
                }
                idx = -1;
            }
            if (idx >= 0) {
                if (bound[idx] != null) {
                    if (builtin) {
                        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "argument for %s() given by name ('%s') and position (%d)", sig.name(), name,
                                        idx + 1 - (isMethod(sig) ? 1 : 0));
                    }
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got multiple values for argument '%s'", sig.qualname(), name);
                }
                bound[idx] = kw.value();
                continue;
            }
            int k = indexOf(kwOnly, name);
            if (k >= 0) {
                if (bound[npos + k] != null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got multiple values for argument '%s'", sig.qualname(), name);
                }
                bound[npos + k] = kw.value();
                continue;
            }
            if (kwargsDict != null) {
                if (kwargsDict.getItem(name) != null) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got multiple values for keyword argument '%s'", sig.qualname(), name);
                }
                kwargsDict.setItem(name, kw.value());
                continue;
            }
            if (builtin) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "'%s' is an invalid keyword argument for %s()", name, sig.name());
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got an unexpected keyword argument '%s'", sig.qualname(), name);
        }
        if (posOnlyPassedAsKeyword != null) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", sig.qualname(),
                            String.join(", ", posOnlyPassedAsKeyword));
        }
        // defaults for positional parameters
        int firstDefault = npos - defaults.length;
        List<String> missing = null;
        for (int i = 0; i < npos; i++) {
            if (bound[i] == null) {
                if (i >= firstDefault) {
                    bound[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(params[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(node, sig, defaults, missing, "positional", args.length);
        }
        for (int k = 0; k < nkwonly; k++) {
            if (bound[npos + k] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.getItem(kwOnly[k]);
                if (d == null && builtin) {
                    d = PNone.NO_VALUE;
                }
                if (d == null) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(kwOnly[k]);
                } else {
                    bound[npos + k] = d;
                }
            }
        }
        if (missing != null) {
            throw missingArguments(node, sig, defaults, missing, "keyword-only", args.length);
        }
        Object[] result = new Object[PREFIX + bound.length];
        result[0] = callee;
        System.arraycopy(bound, 0, result, PREFIX, bound.length);
        return result;
    }

    private static boolean isMethod(Signature sig) {
        String[] p = sig.parameterNames();
        return p.length > 0 && (p[0].equals("$self") || p[0].equals("$cls") || p[0].equals("self"));
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static PException tooManyPositional(Node node, Signature sig, Object[] defaults, int given, PKeyword[] keywords) {
        int npos = sig.parameterNames().length;
        if (sig.builtinStyle() == Signature.ErrorStyle.PYTHON) {
            int required = npos - defaults.length;
            int kwOnlyGiven = 0;
            for (PKeyword kw : keywords) {
                if (indexOf(sig.keywordOnlyNames(), kw.name()) >= 0) {
                    kwOnlyGiven++;
                }
            }
            String takes;
            if (defaults.length > 0) {
                takes = String.format("from %d to %d positional arguments", required, npos);
            } else {
                takes = npos + " positional argument" + (npos == 1 ? "" : "s");
            }
            String givenStr;
            if (kwOnlyGiven > 0) {
                givenStr = String.format("%d positional argument%s (and %d keyword-only argument%s) were given", given, given == 1 ? "" : "s", kwOnlyGiven, kwOnlyGiven == 1 ? "" : "s");
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes %s but %s", sig.qualname(), takes, givenStr);
            }
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes %s but %d %s given", sig.qualname(), takes, given, given == 1 ? "was" : "were");
        }
        return arityError(node, sig, defaults, given);
    }

    private static PException arityError(Node node, Signature sig, Object[] defaults, int given) {
        int self = isMethod(sig) ? 1 : 0;
        int max = sig.parameterNames().length - self;
        int min = sig.parameterNames().length - defaults.length - self;
        int g = given - self;
        if (sig.builtinStyle() == Signature.ErrorStyle.BUILTIN_POSITIONAL) {
            if (min == max && max <= 1) {
                String qn = self == 1 ? sig.qualname() : sig.name();
                if (max == 0) {
                    return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes no arguments (%d given)", qn, g);
                }
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes exactly one argument (%d given)", qn, g);
            }
            if (min == max) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s expected %d argument%s, got %d", sig.name(), max, max == 1 ? "" : "s", g);
            }
            if (g > max) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s expected at most %d argument%s, got %d", sig.name(), max, max == 1 ? "" : "s", g);
            }
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s expected at least %d argument%s, got %d", sig.name(), min, min == 1 ? "" : "s", g);
        }
        if (g > max) {
            if (min == max) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes exactly %d argument%s (%d given)", sig.name(), max, max == 1 ? "" : "s", g);
            }
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes at most %d argument%s (%d given)", sig.name(), max, max == 1 ? "" : "s", g);
        }
        if (min == max) {
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes exactly %d argument%s (%d given)", sig.name(), min, min == 1 ? "" : "s", g);
        }
        return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() takes at least %d argument%s (%d given)", sig.name(), min, min == 1 ? "" : "s", g);
    }

    private static PException missingArguments(Node node, Signature sig, Object[] defaults, List<String> missing, String kind, int given) {
        if (sig.builtinStyle() != Signature.ErrorStyle.PYTHON) {
            if (isMethod(sig) && given == 0) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "unbound method %s() needs an argument", sig.qualname());
            }
            if (sig.builtinStyle() == Signature.ErrorStyle.BUILTIN_POSITIONAL || kind.equals("positional") && missing.get(0).startsWith("$")) {
                return arityError(node, sig, defaults, given);
            }
            String name = missing.get(0);
            int pos = indexOf(sig.parameterNames(), name);
            if (pos >= 0) {
                return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() missing required argument '%s' (pos %d)", sig.name(), name, pos + 1 - (isMethod(sig) ? 1 : 0));
            }
            return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() missing required keyword-only argument '%s'", sig.name(), name);
        }
        StringBuilder names = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            names.append('\'').append(missing.get(i)).append('\'');
            if (n > 2 && i < n - 2) {
                names.append(", ");
            } else if (i == n - 2) {
                names.append(n > 2 ? ", and " : " and ");
            }
        }
        return PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() missing %d required %s argument%s: %s", sig.qualname(), n, kind, n == 1 ? "" : "s", names.toString());
    }
}
