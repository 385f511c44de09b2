package org.jpy.objects.function;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.JpyLanguage;
import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.JavaGetSet;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonUnaryBuiltinNode;
import org.jpy.nodes.pyobject.IdentityIds;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.module.PythonModule;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PythonBuiltinClassType;

/** Read-only attributes of code objects ({@code co_*}) and their repr. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.PCode)
public final class CodeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return CodeBuiltinsFactory.getFactories();
    }

    private static PTuple strings(String[] s) {
        return new PTuple(s.clone());
    }

    @Override
    public void initialize(JpyContext context, PythonModule module) {
        JpyLanguage lang = context.getLanguage();
        PythonClass cls = context.lookupType(PythonBuiltinClassType.PCode);
        JavaGetSet.install(lang, cls, "co_name", self -> ((PCode) self).getName(), null);
        JavaGetSet.install(lang, cls, "co_qualname", self -> ((PCode) self).getQualName(), null);
        JavaGetSet.install(lang, cls, "co_filename", self -> ((PCode) self).getFilename(), null);
        JavaGetSet.install(lang, cls, "co_firstlineno", self -> (long) ((PCode) self).getFirstLineNo(), null);
        JavaGetSet.install(lang, cls, "co_argcount", self -> (long) ((PCode) self).getArgCount(), null);
        JavaGetSet.install(lang, cls, "co_posonlyargcount", self -> (long) ((PCode) self).getPosOnlyArgCount(), null);
        JavaGetSet.install(lang, cls, "co_kwonlyargcount", self -> (long) ((PCode) self).getKwOnlyArgCount(), null);
        JavaGetSet.install(lang, cls, "co_varnames", self -> strings(((PCode) self).getVarnames()), null);
        JavaGetSet.install(lang, cls, "co_cellvars", self -> strings(((PCode) self).getCellvars()), null);
        JavaGetSet.install(lang, cls, "co_freevars", self -> strings(((PCode) self).getFreevars()), null);
        JavaGetSet.install(lang, cls, "co_nlocals", self -> (long) ((PCode) self).getVarnames().length, null);
        JavaGetSet.install(lang, cls, "co_flags", self -> (long) ((PCode) self).getFlags(), null);
        JavaGetSet.install(lang, cls, "co_consts", self -> new PTuple(new Object[]{PNone.NONE}), null);
        JavaGetSet.install(lang, cls, "co_names", self -> new PTuple(PTuple.EMPTY_ARRAY), null);
        JavaGetSet.install(lang, cls, "co_stacksize", self -> 0L, null);
        JavaGetSet.install(lang, cls, "co_code", self -> new org.jpy.objects.bytes.PBytes(org.jpy.objects.bytes.PBytes.EMPTY), null);
    }

    @Builtin(name = "__repr__", minNumOfPositionalArgs = 1)
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCode self) {
            return repr(self);
        }

        @TruffleBoundary
        private static String repr(PCode c) {
            return String.format("<code object %s at 0x%x, file \"%s\", line %d>", c.getName(), IdentityIds.id(c), c.getFilename(), c.getFirstLineNo());
        }
    }
}
