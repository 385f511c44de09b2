package org.jpy.parser.scope;

import static org.jpy.parser.scope.SymbolFlags.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpy.parser.ast.Loc;
import org.jpy.parser.scope.Scope.BlockType;

/**
 * Second pass of scope analysis (CPython's analyze_block): resolves every symbol of every block to LOCAL, CELL,
 * FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT by passing down the names bound in enclosing functions and passing up
 * the names children need from outside, then inlines list/set/dict comprehensions into their parent (PEP 709).
 * Kept separate from the tree walk because it needs the complete symbol sets of all blocks.
 */
final class ScopeResolver {
    private final String filename;

    private ScopeResolver(String filename) {
        this.filename = filename;
    }

    static void resolve(Scope top, String filename) {
        new ScopeResolver(filename).analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    private static void setScope(Map<String, Integer> scopes, String name, int scope) {
        scopes.put(name, scope);
    }

    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        Loc loc = ste.directives.get(name);
        if (loc == null) {
            throw new IllegalStateException("BUG: internal directive bookkeeping broken");
        }
        return Errors.at(msg, filename, loc);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound, Set<String> local,
                    Set<String> free, Set<String> global, Set<String> typeParams, Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            setScope(scopes, name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            setScope(scopes, name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            setScope(scopes, name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flagsOf(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                setScope(scopes, name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                setScope(scopes, name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            setScope(scopes, name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            setScope(scopes, name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        setScope(scopes, name, GLOBAL_IMPLICIT);
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) {
            if (scopeOf(child.flagsOf(key)) == FREE) {
                return true;
            }
        }
        return false;
    }

    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> en : comp.symbols.entrySet()) {
            String k = en.getKey();
            int compFlags = en.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue;
            }
            int scope = scopeOf(compFlags);
            int onlyFlags = defsOf(compFlags);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            if (scope == FREE && ste.blockType == BlockType.CLASS && k.equals("__class__")) {
                removeDunderClass = true;
                if (!isFreeInAnyChild(comp, k)) {
                    continue;
                }
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                setScope(scopes, k, scope);
            } else {
                if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.blockType != BlockType.CLASS) {
                    compFree.remove(k);
                }
            }
        }
        if (removeDunderClass) {
            compFree.remove("__class__");
        }
    }

    /**
     * Resolves {@code ste} and its children. {@code free} receives the names free in this block and its children
     * (the caller's copy); the other sets are this block's own copies and may be modified.
     */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global, Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        if (ste.blockType == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, en.getKey(), en.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.blockType != BlockType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : new ArrayList<>(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.blockType == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inlineComp = entry.comprehension != Scope.ComprehensionType.NONE && !entry.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal), new LinkedHashSet<>(typeParams),
                            newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }

        // Splice children of inlined comprehensions into our children list.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope entry = ste.children.get(i);
            if (entry.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
            }
        }

        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.blockType == BlockType.CLASS) {
            if (newFree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
            if (newFree.remove("__classdict__")) {
                ste.needsClassDict = true;
            }
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.blockType == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> en : scopes.entrySet()) {
            if (en.getValue() != LOCAL) {
                continue;
            }
            String name = en.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            en.setValue(CELL);
            free.remove(name);
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
                    Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> en : symbols.entrySet()) {
            String name = en.getKey();
            int flags = en.getValue();
            if (inlinedCells.contains(name)) {
                flags |= DEF_COMP_CELL;
            }
            Integer scope = scopes.get(name);
            flags |= (scope == null ? 0 : scope) << SCOPE_OFFSET;
            en.setValue(flags);
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
