package org.jpy.compiler;

import com.oracle.truffle.api.source.Source;

import org.jpy.JpyLanguage;
import org.jpy.parser.ast.Mod;
import org.jpy.parser.scope.SymbolTable;

/**
 * What every function of one parsed source shares: the language, the source (for sections and tracebacks), the
 * symbol table and the compile flags. The AST and symbol table stay reachable from here so that nested function
 * bodies can be translated lazily, on their first call, long after the module body was translated.
 */
public final class CompilationUnit {
    private final JpyLanguage language;
    private final Source source;
    private final SourceMap sourceMap;
    private final String filename;
    private final Mod module;
    private final SymbolTable symbols;
    private final int optimize;

    public CompilationUnit(JpyLanguage language, Source source, String filename, Mod module, SymbolTable symbols, int optimize) {
        this.language = language;
        this.source = source;
        this.sourceMap = new SourceMap(source);
        this.filename = filename;
        this.module = module;
        this.symbols = symbols;
        this.optimize = optimize;
    }

    public JpyLanguage getLanguage() {
        return language;
    }

    public Source getSource() {
        return source;
    }

    public SourceMap getSourceMap() {
        return sourceMap;
    }

    public String getFilename() {
        return filename;
    }

    public Mod getModule() {
        return module;
    }

    public SymbolTable getSymbols() {
        return symbols;
    }

    /** The {@code -O} level: 1 drops asserts and {@code __debug__} is False, 2 also drops docstrings. */
    public int getOptimize() {
        return optimize;
    }
}
