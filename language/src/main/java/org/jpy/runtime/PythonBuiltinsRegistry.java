package org.jpy.runtime;

import java.util.ArrayList;
import java.util.List;

import org.jpy.nodes.builtins.PythonBuiltins;

/**
 * The one list of builtin containers ({@link PythonBuiltins} subclasses annotated {@code @CoreFunctions}).
 * Entries are class names so that containers still being written by other parts of the team can be listed
 * ahead of time: a name whose class does not exist is skipped. Order matters only in that later containers
 * may override names installed by earlier ones on the same class/module.
 *
 * <p>Convention: {@code org.jpy.objects.<type>.<Type>Builtins} for types and
 * {@code org.jpy.modules.<name>.<Name>ModuleBuiltins} for modules.
 */
public final class PythonBuiltinsRegistry {
    private PythonBuiltinsRegistry() {
    }

    private static final String[] CONTAINERS = {
                    // runtime (object model)
                    "org.jpy.objects.object.ObjectBuiltins",
                    "org.jpy.objects.type.TypeBuiltins",
                    "org.jpy.objects.exception.BaseExceptionBuiltins",
                    "org.jpy.objects.exception.ExceptionSubclassBuiltins",
                    "org.jpy.objects.function.FunctionBuiltins",
                    "org.jpy.objects.function.MethodBuiltins",
                    "org.jpy.objects.function.BuiltinFunctionBuiltins",
                    "org.jpy.objects.function.CodeBuiltins",
                    "org.jpy.objects.function.CellBuiltins",
                    "org.jpy.objects.module.ModuleBuiltins",
                    "org.jpy.objects.descriptor.DescriptorBuiltins",
                    "org.jpy.objects.descriptor.PropertyBuiltins",
                    "org.jpy.objects.descriptor.DecoratedMethodBuiltins",
                    "org.jpy.objects.superobject.SuperBuiltins",
                    "org.jpy.objects.object.SingletonBuiltins",
                    "org.jpy.objects.object.SequenceIteratorBuiltins",
                    "org.jpy.objects.object.MappingProxyBuiltins",
                    "org.jpy.objects.type.UnionTypeBuiltins",
                    // types
                    "org.jpy.objects.int_.IntBuiltins",
                    "org.jpy.objects.ints.IntBuiltins",
                    "org.jpy.objects.integer.IntBuiltins",
                    "org.jpy.objects.bool.BoolBuiltins",
                    "org.jpy.objects.floats.FloatBuiltins",
                    "org.jpy.objects.float_.FloatBuiltins",
                    "org.jpy.objects.complex.ComplexBuiltins",
                    "org.jpy.objects.str.StrBuiltins",
                    "org.jpy.objects.bytes.BytesBuiltins",
                    "org.jpy.objects.bytearray.ByteArrayBuiltins",
                    "org.jpy.objects.list.ListBuiltins",
                    "org.jpy.objects.tuple.TupleBuiltins",
                    "org.jpy.objects.dict.DictBuiltins",
                    "org.jpy.objects.dict.DictViewBuiltins",
                    "org.jpy.objects.dict.DictIteratorBuiltins",
                    "org.jpy.objects.set.SetBuiltins",
                    "org.jpy.objects.set.FrozenSetBuiltins",
                    "org.jpy.objects.range.RangeBuiltins",
                    "org.jpy.objects.slice.SliceBuiltins",
                    "org.jpy.objects.enumerate.EnumerateBuiltins",
                    "org.jpy.objects.zip.ZipBuiltins",
                    "org.jpy.objects.map.MapBuiltins",
                    "org.jpy.objects.filter.FilterBuiltins",
                    "org.jpy.objects.reversed.ReversedBuiltins",
                    "org.jpy.objects.iterator.IteratorBuiltins",
                    "org.jpy.modules.builtins.BuiltinFunctions",
                    // exec
                    "org.jpy.modules.builtins.BuiltinCoreFunctions",
                    "org.jpy.modules.sys.SysModuleBuiltins",
                    "org.jpy.objects.generator.GeneratorBuiltins",
                    "org.jpy.objects.generator.CoroutineBuiltins",
                    "org.jpy.objects.generator.AsyncGeneratorBuiltins",
                    "org.jpy.objects.frame.FrameBuiltins",
                    "org.jpy.objects.traceback.TracebackBuiltins",
                    "org.jpy.modules.imp.ImpModuleBuiltins",
                    // modules
                    "org.jpy.modules.sre.SREModuleBuiltins",
                    "org.jpy.modules.json.JsonModuleBuiltins",
                    "org.jpy.modules.collections.CollectionsModuleBuiltins",
                    "org.jpy.modules.itertools.ItertoolsModuleBuiltins",
                    "org.jpy.modules.functools.FunctoolsModuleBuiltins",
                    "org.jpy.modules.operator.OperatorModuleBuiltins",
                    "org.jpy.modules.thread.ThreadModuleBuiltins",
                    "org.jpy.modules.weakref.WeakrefModuleBuiltins",
                    "org.jpy.modules.abc.AbcModuleBuiltins",
                    "org.jpy.modules.math.MathModuleBuiltins",
                    "org.jpy.modules.time.TimeModuleBuiltins",
                    "org.jpy.modules.io.IOModuleBuiltins",
                    "org.jpy.modules.posix.PosixModuleBuiltins",
                    "org.jpy.modules.errno.ErrnoModuleBuiltins",
                    "org.jpy.modules.string.StringModuleBuiltins",
                    "org.jpy.modules.locale.LocaleModuleBuiltins",
                    "org.jpy.modules.warnings.WarningsModuleBuiltins",
                    "org.jpy.modules.atexit.AtexitModuleBuiltins",
                    "org.jpy.modules.gc.GcModuleBuiltins",
                    "org.jpy.modules.signal.SignalModuleBuiltins",
                    "org.jpy.modules.struct.StructModuleBuiltins",
                    "org.jpy.modules.binascii.BinasciiModuleBuiltins",
                    "org.jpy.modules.random.RandomModuleBuiltins",
                    "org.jpy.modules.heapq.HeapqModuleBuiltins",
                    "org.jpy.modules.bisect.BisectModuleBuiltins",
    };

    /** Extra containers registered programmatically (tests, embedders) before a context is created. */
    private static final List<Class<? extends PythonBuiltins>> EXTRA = new ArrayList<>();

    public static synchronized void register(Class<? extends PythonBuiltins> container) {
        if (!EXTRA.contains(container)) {
            EXTRA.add(container);
        }
    }

    /** Instantiates every available container, in list order. */
    public static synchronized List<PythonBuiltins> createAll() {
        List<PythonBuiltins> result = new ArrayList<>();
        for (String name : CONTAINERS) {
            Class<?> c;
            try {
                c = Class.forName(name, true, PythonBuiltinsRegistry.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            result.add(instantiate(c));
        }
        for (Class<? extends PythonBuiltins> c : EXTRA) {
            result.add(instantiate(c));
        }
        return result;
    }

    private static PythonBuiltins instantiate(Class<?> c) {
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            return (PythonBuiltins) ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate builtins container " + c.getName(), e);
        }
    }
}
