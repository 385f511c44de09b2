package org.jpy.test.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Snippets for {@link ScopeAnalyzerTest}, one per rule or combination worth checking; separated by lines
 * starting with {@code #--}. Expected results never live here: they come from the reference CPython.
 */
final class ScopeCorpus {
    private ScopeCorpus() {
    }

    static List<String> all() {
        List<String> out = new ArrayList<>();
        for (String block : List.of(BASICS, CLOSURES, CLASSES, COMPREHENSIONS, WALRUS, GENERICS, ANNOTATIONS, ERRORS, COMPILE_ERRORS, MISC, MORE, NAMEOPS)) {
            StringBuilder cur = new StringBuilder();
            for (String line : block.split("\n", -1)) {
                if (line.startsWith("#--") && !line.startsWith("#mode")) {
                    if (!cur.toString().isBlank()) {
                        out.add(cur.toString());
                    }
                    cur.setLength(0);
                } else {
                    cur.append(line).append('\n');
                }
            }
            if (!cur.toString().isBlank()) {
                out.add(cur.toString());
            }
        }
        return out;
    }

    static final String BASICS = """
                    x = 1
                    print(x)
                    #--
                    def f(a, b=1, *args, c, d=2, **kw):
                        e = a + b
                        return e
                    #--
                    def f(a, /, b, *, c):
                        pass
                    #--
                    def f():
                        global g
                        g = 1
                        h = g
                    #--
                    def f():
                        y = x
                        z = 2
                        del z
                        for i in range(3):
                            pass
                        with open(p) as fh, open(q) as (a, b):
                            pass
                        try:
                            pass
                        except E as err:
                            pass
                        import os.path, sys as system
                        from m import a as aa, b
                    #--
                    def f(x):
                        x += 1
                        y: int
                        z: int = 3
                        (w): int = 4
                        q.attr: int
                        r[0]: int
                    #--
                    def gen():
                        yield 1
                    async def co():
                        await x
                    async def agen():
                        yield 1
                    def gen2():
                        yield from g
                    #--
                    lambda x, *y, **z: x + y
                    f = lambda: (yield)
                    #--
                    def f():
                        match cmd:
                            case [a, *rest]:
                                pass
                            case {"k": v, **others}:
                                pass
                            case Point(x=px, y=py) | Other(px, py):
                                pass
                            case str() as s:
                                pass
                            case _:
                                pass
                    #--
                    def f(b, a):
                        return lambda: a + b
                    #--
                    def f():
                        c = 1
                        a = 2
                        b = 3
                        def g():
                            return a, b, c
                        return g
                    #--
                    def outer():
                        x = 1
                        def middle():
                            def inner():
                                return x
                            return inner
                        return middle
                    #--
                    def f():
                        def g():
                            nonlocal v
                            v = 2
                        v = 1
                        return g
                    #--
                    def f():
                        x = 1
                        def g():
                            global x
                            x = 2
                            def h():
                                return x
                    #--
                    def f():
                        try:
                            pass
                        except* ValueError as eg:
                            pass
                    #--
                    def f(a, b):
                        a, b = b, a
                        c = d = a
                        e = [x := 1, y := 2]
                        return e
                    #--
                    @decorator(a)
                    def f(x=default):
                        return x
                    #--
                    def f():
                        @deco
                        def g(): pass
                        deco = 1
                    #--
                    from __future__ import annotations
                    def f(a: int) -> str:
                        x: list[int] = []
                    #--
                    import a.b.c
                    import a.b as ab
                    from . import (x, y as z)
                    from mod import *
                    """;

    static final String CLOSURES = """
                    def f():
                        fs = []
                        for i in range(3):
                            fs.append(lambda: i)
                        return fs
                    #--
                    def f():
                        return [lambda: i for i in range(3)]
                    #--
                    def f():
                        x = 1
                        class C:
                            y = x
                            def m(self):
                                return x
                        return C
                    #--
                    def f():
                        x = 1
                        class C:
                            x = 2
                            def m(self):
                                return x
                        return C
                    #--
                    def f(x):
                        def g():
                            nonlocal x
                            x += 1
                            def h():
                                nonlocal x
                                x = 3
                            return h
                        return g
                    #--
                    def f():
                        def g():
                            return y
                        y = 1
                        del y
                    #--
                    def f():
                        x = 1
                        def g(x):
                            return lambda: x
                    #--
                    x = 0
                    def f():
                        global x
                        def g():
                            return x
                    #--
                    def f():
                        z = 0
                        g = (lambda: z for _ in range(2))
                        return g
                    #--
                    def f():
                        a = 1
                        def g():
                            b = 2
                            def h():
                                return a + b
                            return h
                        return g
                    #--
                    def f(*args, **kwargs):
                        def g():
                            return args, kwargs
                        return g
                    #--
                    def f():
                        def g():
                            x = 1
                            return x
                        return x
                    #--
                    async def f():
                        x = 1
                        async def g():
                            return x
                        return await g()
                    """;

    static final String CLASSES = """
                    class C:
                        x = 1
                        def m(self):
                            return x
                    #--
                    class C:
                        def m(self):
                            return super().m()
                    #--
                    class C:
                        def m(self):
                            return __class__
                    #--
                    class C(Base, metaclass=Meta):
                        pass
                    #--
                    class C:
                        __private = 1
                        def __m(self, __a):
                            self.__x = __a
                            return __private
                    #--
                    class _:
                        __x = 1
                    #--
                    class __C__:
                        __x = 1
                    #--
                    def f():
                        class C:
                            def g(self):
                                return super()
                        return C
                    #--
                    class A:
                        class B:
                            def m(self):
                                return __class__
                        def n(self):
                            return super()
                    #--
                    class C:
                        global g
                        g = 1
                        nonlocal_ok = 2
                    #--
                    def f():
                        x = 1
                        class C:
                            nonlocal x
                            x = 2
                    #--
                    class C:
                        x = 1
                        y = [x for _ in range(3)]
                    #--
                    class C:
                        def f(self):
                            class D:
                                def g(self):
                                    return super()
                            return super()
                    #--
                    class C:
                        def f(self):
                            return [super().f() for x in y]
                    #--
                    class C:
                        def f(self):
                            return [lambda: __class__ for x in y]
                    #--
                    class C:
                        a = 1
                        def f(self, __class__):
                            return __class__
                    """;

    static final String COMPREHENSIONS = """
                    [x for x in y]
                    #--
                    def f():
                        return [x for x in range(3)]
                    #--
                    def f():
                        x = 10
                        [x for x in range(3)]
                        return x
                    #--
                    def f(y):
                        return {k: v for k, v in y.items() if k}
                    #--
                    def f(y):
                        return {x for x in y}
                    #--
                    def f(y):
                        return (x for x in y)
                    #--
                    def f(a):
                        return [[i * j for j in range(a)] for i in range(a)]
                    #--
                    def f(a):
                        return [i for i in range(a) for j in range(i) if j]
                    #--
                    def f():
                        return [lambda: x for x in range(3)]
                    #--
                    def f():
                        x = 0
                        g = lambda: x
                        return [x for x in range(3)]
                    #--
                    def f():
                        z = 1
                        return [x + z for x in range(3)]
                    #--
                    def f():
                        return [(lambda: z) for x in range(3)], [z for z in range(2)]
                    #--
                    class C:
                        y = [1, 2]
                        z = [v for v in y]
                        w = [(lambda: v) for v in range(2)]
                    #--
                    class C:
                        [x for x in y if x]
                        [lambda: z for z in y]
                    #--
                    x = [(a, b) for a in range(2) for b in range(a)]
                    y = {a: (lambda: a) for a in range(3)}
                    #--
                    async def f():
                        return [x async for x in aiter()]
                    #--
                    async def f():
                        return [await x for x in y]
                    #--
                    async def f():
                        return (x async for x in aiter())
                    #--
                    def f():
                        return (await x for x in y)
                    #--
                    def f():
                        return [[x for x in y] for y in z]
                    #--
                    def f(x):
                        return [x for x in x]
                    #--
                    def f():
                        a = [x for x in range(3)]
                        b = [x for x in range(3)]
                        x = 5
                        def g():
                            return x
                    #--
                    def f():
                        def g():
                            return [y for y in range(3) if x]
                        x = 1
                        return g
                    #--
                    [[(lambda: (i, j)) for i in range(2)] for j in range(2)]
                    """;

    static final String WALRUS = """
                    def f(y):
                        [z := x for x in y]
                        return z
                    #--
                    [z := x for x in y]
                    #--
                    def f(y):
                        global z
                        [z := x for x in y]
                    #--
                    def f(y):
                        z = None
                        def g():
                            nonlocal z
                            [z := x for x in y]
                        return g
                    #--
                    def f(y):
                        return [[w := a for a in b] for b in y], w
                    #--
                    def f(y):
                        return (z := x for x in y)
                    #--
                    def f():
                        lambda: [q := 1 for i in range(1)]
                    #--
                    if (n := 10) > 5:
                        pass
                    #--
                    def f():
                        if (n := 10) > 5:
                            return n
                    #--
                    def f():
                        return [(y := 1) for x in range(3)], lambda: y
                    """;

    static final String GENERICS = """
                    def f[T](x: T) -> T:
                        return x
                    #--
                    def f[T: int, *Ts, **P](x: T, *args: *Ts) -> T:
                        pass
                    #--
                    class C[T]:
                        def m(self, x: T) -> T:
                            return x
                    #--
                    class C[T](Base[T]):
                        pass
                    #--
                    type Alias = list[int]
                    #--
                    type Alias[T] = list[T]
                    #--
                    type Alias[T: (int, str)] = dict[T, T]
                    #--
                    class C:
                        type A = int
                        def f[T](self, x: T): pass
                        class D[U]: pass
                    #--
                    class C:
                        X = int
                        type A = X
                        def f[T: X](self): pass
                    #--
                    def outer():
                        x = 1
                        def f[T](a=x) -> T:
                            return a
                        type A[U] = (x, U)
                        return f, A
                    #--
                    def f[T](x=1, *, y=2): pass
                    #--
                    def f[T](*, y=2): pass
                    #--
                    class C[__T]:
                        def __m(self, __a: __T): pass
                    #--
                    @deco
                    class C[T]:
                        pass
                    #--
                    @deco
                    def f[T](): pass
                    #--
                    class Outer:
                        class C[T]:
                            def m(self):
                                return super().m()
                    #--
                    def f():
                        class C[T]:
                            pass
                        return C
                    #--
                    async def f[T]():
                        await x
                    """;

    static final String ANNOTATIONS = """
                    def f(a: int, *b: str, c: float = 1.0, **d: bytes) -> None:
                        pass
                    #--
                    x: int = 1
                    y: list[str]
                    #--
                    class C:
                        x: int
                        y: "str" = "a"
                    #--
                    def f():
                        x: SomeType = 1
                        def g(a: x): pass
                    #--
                    from __future__ import annotations
                    class C:
                        x: int
                        def f(self, a: C) -> C: pass
                    #--
                    def f():
                        y = 1
                        def g():
                            x: y
                        return g
                    #--
                    \"\"\"docstring\"\"\"
                    from __future__ import annotations, division
                    def f(a: undefined_name): pass
                    """;

    static final String ERRORS = """
                    def f(x):
                        global x
                    #--
                    def f(x):
                        nonlocal x
                    #--
                    nonlocal x
                    #--
                    def f():
                        nonlocal x
                    #--
                    def f():
                        print(x)
                        global x
                    #--
                    def f():
                        x = 1
                        global x
                    #--
                    def f():
                        x = 1
                        def g():
                            x = 2
                            nonlocal x
                    #--
                    def f():
                        x = 1
                        def g():
                            print(x)
                            nonlocal x
                    #--
                    def f():
                        x: int
                        global x
                    #--
                    def f():
                        global x
                        x: int = 1
                    #--
                    def f():
                        x = 1
                        def g():
                            nonlocal x
                            x: int
                    #--
                    def f():
                        x = 1
                        def g():
                            global x
                            nonlocal x
                    #--
                    def f(a, a): pass
                    #--
                    def f(a, *, a): pass
                    #--
                    lambda a, a: 1
                    #--
                    def f[T, T](): pass
                    #--
                    class C:
                        nonlocal x
                    #--
                    def f():
                        from os import *
                    #--
                    class C:
                        from os import *
                    #--
                    [x := 1 for x in range(3)]
                    #--
                    [i for i in range(3) if (j := i) for j in range(2)]
                    #--
                    [x for x in (y := [1, 2])]
                    #--
                    [x for x in range(3) for y in (z := [1])]
                    #--
                    class C:
                        [y := x for x in range(3)]
                    #--
                    def f():
                        [(yield x) for x in y]
                    #--
                    def f():
                        {(yield x) for x in y}
                    #--
                    def f():
                        {x: (yield) for x in y}
                    #--
                    def f():
                        ((yield x) for x in y)
                    #--
                    def f():
                        [x for x in y if (yield from x)]
                    #--
                    def f[T](x: (yield)): pass
                    #--
                    type A = (yield)
                    #--
                    type A[T: (yield)] = int
                    #--
                    type A = (x := 1)
                    #--
                    class C[T: (x := 1)]: pass
                    #--
                    from __future__ import annotations
                    def f(x: (yield)): pass
                    #--
                    from __future__ import annotations
                    def f(x: (y := 1)): pass
                    #--
                    from __future__ import annotations
                    async def f(x: await y): pass
                    #--
                    from __future__ import annotations
                    x: (yield)
                    #--
                    class C[T]:
                        type A = lambda: T
                    #--
                    class C:
                        def f[T](x: lambda: 1): pass
                    #--
                    class C:
                        type X = [a for a in b]
                    #--
                    class C:
                        type X = (a for a in b)
                    #--
                    def f[T]():
                        nonlocal T
                    #--
                    def f[T]():
                        def g():
                            nonlocal T
                    #--
                    type A[T] = [(x := 1) for y in z]
                    #--
                    def f(): 
                        x = 1
                        [(x := 2) for x in range(2)]
                    #--
                    from __future__ import braces
                    #--
                    from __future__ import nonexistent_feature
                    #--
                    def f():
                        global x
                        x: int
                    #--
                    x = 1
                    global x
                    #--
                    print(x)
                    global x
                    #--
                    def é(ß):
                        global ß
                    #--
                    def f():
                        [[(j := i) for j in range(3)] for i in range(3)]
                    """;

    static final String COMPILE_ERRORS = """
                    return 1
                    #--
                    break
                    #--
                    continue
                    #--
                    yield 1
                    #--
                    class C:
                        yield 1
                    #--
                    class C:
                        return 1
                    #--
                    await x
                    #--
                    def f():
                        await x
                    #--
                    lambda: await x
                    #--
                    async def f():
                        yield from x
                    #--
                    async def f():
                        yield 1
                        return 2
                    #--
                    async def f():
                        return 2
                        yield 1
                    #--
                    def f():
                        for x in y:
                            def g():
                                break
                    #--
                    while x:
                        try:
                            pass
                        finally:
                            continue
                    #--
                    for x in y:
                        pass
                    else:
                        break
                    #--
                    while True:
                        class C:
                            break
                    #--
                    def f():
                        [x async for x in y]
                    #--
                    def f():
                        [await x for x in y]
                    #--
                    [x async for x in y]
                    #--
                    def f():
                        async with x:
                            pass
                    #--
                    def f():
                        async for x in y:
                            pass
                    #--
                    async with x:
                        pass
                    #--
                    x = 1
                    from __future__ import annotations
                    #--
                    import os
                    from __future__ import division
                    #--
                    try:
                        pass
                    except:
                        pass
                    except ValueError:
                        pass
                    #--
                    *a = 1
                    #--
                    a, *b, *c = d
                    #--
                    print(*a)
                    #--
                    x = *a, *b
                    #--
                    async def f():
                        def g():
                            await x
                    #--
                    async def f():
                        lambda: await x
                    #--
                    async def f():
                        [x for x in y]
                        [await z for z in y]
                        (await z for z in y)
                        return [x async for x in y]
                    #--
                    def f():
                        return (x async for x in y)
                    #--
                    def f():
                        (await x for x in y)
                    #--
                    class C:
                        [x async for x in y]
                    #--
                    def f():
                        [[x async for x in y] for z in w]
                    #--
                    async def f():
                        [[x async for x in y] for z in w]
                    #--
                    __debug__ = 1
                    #--
                    def f(__debug__): pass
                    #--
                    f(__debug__=1)
                    #--
                    x.__debug__ = 1
                    #--
                    del __debug__
                    #--
                    for __debug__ in x: pass
                    #--
                    import __debug__
                    #--
                    def __debug__(): pass
                    #--
                    class __debug__: pass
                    #--
                    with x as __debug__: pass
                    #--
                    def f():
                        x = 1
                        return
                        yield
                    #--
                    def f():
                        return 1
                        yield 2
                    #--
                    a, *b = c
                    [*d] = e
                    *f, = g
                    print(*h, *i, **j, **k)
                    #--
                    def f():
                        try:
                            pass
                        finally:
                            return 1
                    #--
                    while 1:
                        try:
                            break
                        finally:
                            pass
                    #--
                    match x:
                        case {**rest}:
                            pass
                    #--
                    try:
                        pass
                    except* E:
                        try:
                            return
                        finally:
                            pass
                    #--
                    def f():
                        try:
                            pass
                        except* E:
                            try:
                                return 1
                            finally:
                                pass
                    #--
                    def f():
                        try:
                            return 1
                        finally:
                            x = *a
                            y = __debug__ = 2
                    #--
                    def f():
                        for x in y:
                            try:
                                break
                            finally:
                                z = __debug__ = 1
                    #--
                    x = {**a, 'b': 1}
                    y = [*a, *b]

                    #--
                    f(a=1, a=2)
                    #--
                    class C(a=1, a=2): pass
                    #--
                    (__debug__ := 1)
                    #--
                    __debug__ += 1
                    #--
                    __debug__: int
                    #--
                    __debug__: int = 1
                    #--
                    class C[__debug__]: pass
                    #--
                    match x:
                        case C(__debug__=y): pass
                    #--
                    match x:
                        case __debug__: pass
                    #--
                    match x:
                        case [a, a]: pass
                    #--
                    match x:
                        case [a] | [b]: pass
                    #--
                    match x:
                        case [*a, *b]: pass
                    #--
                    match x:
                        case {1: a, 1: b}: pass
                    #--
                    match x:
                        case {'k': a, 'k': b}: pass
                    #--
                    match x:
                        case {1: a, True: b}: pass
                    #--
                    match x:
                        case {-1: a, -1: b}: pass
                    #--
                    match x:
                        case {-0-0j: a, 1.5: b, -2.5: c, "s": d, b"b": e, None: f, C.d: g}: pass
                    #--
                    match x:
                        case {0: a, -0: b}: pass
                    #--
                    match x:
                        case C(a=x, a=y): pass
                    #--
                    match x:
                        case _: pass
                        case 1: pass
                    #--
                    match x:
                        case (a | b) | c: pass
                    #--
                    match x:
                        case a if a: pass
                        case b: pass
                    #--
                    match x:
                        case [a, (b | c)]: pass
                    #--
                    match x:
                        case [a, (b | [b])]: pass
                    #--
                    match x:
                        case ([a] | [a]) as a: pass
                    #--
                    x[*a]
                    #--
                    def f():
                        try:
                            pass
                        except* E:
                            return 1
                    #--
                    def f():
                        try:
                            pass
                        except* E:
                            return g(
                                1)
                    #--
                    for x in y:
                        try:
                            pass
                        except* E:
                            break
                    #--
                    try:
                        pass
                    except* E:
                        for x in y:
                            continue
                    #--
                    try:
                        break
                    finally:
                        pass
                    #--
                    def f(__debug__=1, *, a): pass
                    #--
                    def f(*__debug__): pass
                    #--
                    def f(a, **__debug__): pass
                    #--
                    lambda __debug__: 1
                    #--
                    from m import __debug__
                    #--
                    try: pass
                    except E as __debug__: pass
                    #--
                    type __debug__ = int
                    #--
                    f(**{'a': 1}, a=2)
                    #--
                    async def f():
                        class C:
                            await x
                    #--
                    def f():
                        (y for y in (await x))
                    #--
                    async def f():
                        yield
                        return
                    #--
                    for *a in b: pass
                    #--
                    with x as *a: pass
                    #--
                    x.\
                      __debug__ = 1
                    #--
                    x.__debug__ += 1
                    #--
                    for a in b:
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             for a in b:
                              while a:
                               while a:
                                while a:
                                 while a:
                                  while a:
                                   with a:
                                    with a:
                                     with a:
                                      with a:
                                       with a:
                                        pass
                    #--
                    for a in b:
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             for a in b:
                              while a:
                               while a:
                                while a:
                                 while a:
                                  while a:
                                   with a:
                                    with a:
                                     with a:
                                      with a:
                                       with a:
                                        with a:
                                         pass
                    #--
                    for a in b:
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             try:
                              try:
                               pass
                              except E:
                               try:
                                pass
                               finally:
                                with a, b, c, d, e:
                                 pass
                             except F:
                              pass
                    #--
                    for a in b:
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             for a in b:
                              for a in b:
                               for a in b:
                                for a in b:
                                 for a in b:
                                  for a in b:
                                   for a in b:
                                    for a in b:
                                     for a in b:
                                      for a in b:
                                       for a in b:
                                        x = [y async for y in z]
                    #--
                    async def f():
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             for a in b:
                              for a in b:
                               for a in b:
                                for a in b:
                                 for a in b:
                                  for a in b:
                                   for a in b:
                                    for a in b:
                                     for a in b:
                                      for a in b:
                                       for a in b:
                                        for a in b:
                                         x = [y async for y in z]
                    """;

    static final String MORE = """
                    class C:
                        def m(self):
                            class D:
                                def n(self):
                                    return __class__
                            return lambda: super().m()
                    #--
                    class C:
                        X = 1
                        type A = X
                        type B[T] = (T, X)
                        def f[T: X](self, a: T = X) -> T: pass
                    #--
                    def outer():
                        X = 2
                        class C:
                            X = 1
                            type A = X
                            def f[T: X](self): pass
                        return C
                    #--
                    class Outer[T]:
                        class Inner[U]:
                            def m(self) -> T:
                                return super().m()
                        def n(self, x: T) -> list[T]:
                            return [x]
                    #--
                    class C[T, *Ts, **P]:
                        x: T
                        def m(self, *args: *Ts, **kw: P.kwargs): pass
                    #--
                    def f[T](x: T) -> T:
                        def g[U](y: U) -> tuple[T, U]:
                            return x, y
                        return g
                    #--
                    class C:
                        y = 1
                        z = [y for _ in range(y)]
                        w = [[y for _ in range(2)] for _ in range(3)]
                    #--
                    class C:
                        a = [x for x in range(3)]
                        b = (x for x in range(3))
                        c = {x: [x for x in range(x)] for x in range(3)}
                    #--
                    def f():
                        class C:
                            x = 1
                            y = [x for _ in range(2)]
                            def m(self):
                                return [x for _ in range(2)]
                        x = 2
                        return C
                    #--
                    def f():
                        class C:
                            [y := x for x in range(3)]
                    #--
                    def f(x):
                        return [x for x in range(3)], x
                    #--
                    def f():
                        x = 1
                        def g():
                            return [x for x in range(3)], lambda: x
                        return g
                    #--
                    def f():
                        def g():
                            return [lambda: x for x in range(3)]
                        x = 1
                        return g, lambda: x
                    #--
                    def f(a):
                        return ([b for b in a] for c in a)
                    #--
                    def f(a):
                        return [(b for b in c) for c in a]
                    #--
                    def f(a=[x for x in range(3)], *, b=(y for y in z)):
                        pass
                    #--
                    @deco([x for x in y])
                    def f(): pass
                    #--
                    def f():
                        [x for x in range(3) if (lambda: x)()]
                    #--
                    def f():
                        return [[(lambda: (i, j)) for i in range(2)] for j in range(2)]
                    #--
                    def f():
                        global x
                        def g():
                            nonlocal x
                    #--
                    def f():
                        x = 1
                        def g():
                            global x
                            def h():
                                nonlocal x
                    #--
                    class C:
                        x = 1
                        def m(self):
                            nonlocal x
                    #--
                    def f():
                        x = 1
                        class C:
                            def m(self):
                                nonlocal x
                                x = 2
                    #--
                    class C:
                        global x
                        def m(self):
                            return x
                    #--
                    def f():
                        try:
                            pass
                        except E as e:
                            return lambda: e
                    #--
                    def f():
                        del x
                        def g():
                            return x
                    #--
                    class C:
                        def f(self):
                            __x = 1
                            return lambda: __x
                    #--
                    class C:
                        def f(self):
                            global __g
                            __g = 1
                            import __mod
                            import __a.b
                            from m import __n as __o
                    #--
                    class C:
                        def f(self):
                            __x = 1
                            def g():
                                nonlocal __x
                                __x = 2
                    #--
                    class __:
                        def f(self, __x): return __x
                    #--
                    class C:
                        class __D:
                            __y = 1
                        __z = __D
                    #--
                    def f():
                        match x:
                            case [b, a, *c]:
                                pass
                            case {"x": e, "y": d}:
                                pass
                            case Cls(z, y=w) if z:
                                pass
                    #--
                    def f():
                        with p as b, q as a:
                            c = 1
                    #--
                    def f():
                        try:
                            pass
                        except A as b:
                            pass
                        except B as a:
                            pass
                    #--
                    def f():
                        def zeta(): pass
                        def alpha(): return zeta, omega
                        omega = 1
                    #--
                    def f():
                        ä = 1
                        z = 2
                        a = 3
                        𝔵 = 4
                        ﬀ = 5
                        return lambda: (ä, z, a, 𝔵, ﬀ)
                    #--
                    def f(ä, z, a):
                        return lambda: (ä, z, a)
                    #--
                    from __future__ import annotations
                    class C:
                        x: C
                        def f[T](self, a: T) -> C: pass
                    #--
                    def f():
                        x: int
                        y: int = 1
                        return y
                    #--
                    def f():
                        (x): int
                        (y): int = 1
                    #--
                    async def f():
                        async with a as b:
                            async for c in d:
                                await e
                    #--
                    async def f():
                        return [x async for x in a for y in b], [z for z in c if await z]
                    #--
                    async def f():
                        return (x async for x in a), (await y for y in b)
                    #--
                    def f():
                        async def g():
                            return [x for x in y if await x]
                    #--
                    def f():
                        g = (y := x for x in range(3))
                        return y
                    #--
                    def f():
                        return [[(y := x) for x in range(3)] for z in range(3)], y
                    #--
                    def f():
                        lambda: [(y := x) for x in range(3)]
                    #--
                    def f():
                        return [(y := x) for x in range(3) if (z := x)], y, z
                    #--
                    def f():
                        y = 0
                        [y := 1 for x in z]
                        return y
                    #--
                    def f():
                        return [i for i in range(5) if (j := i) for k in range(j)]
                    #--
                    [(j := i) for i in range(5)]
                    print(j)
                    #--
                    def f():
                        x = 1
                        return (lambda: [x for _ in range(2)])()
                    #--
                    def f():
                        def g(): return x
                        x = [x for x in range(3)]
                    #--
                    def f():
                        x = 1
                        [x for x in range(3)]
                        def g(): return x
                    #--
                    def f():
                        [x for x in range(3)]
                        return x
                    #--
                    def f(*, a, b=1, **c): pass
                    def g(a, b, /, c, d=1, *e, f, **g): pass
                    #--
                    lambda: (yield)
                    lambda: (yield from x)
                    #--
                    def f():
                        yield
                        return 1
                    #--
                    def f():
                        def g():
                            yield
                        return g
                    #--
                    def f():
                        for x in y:
                            pass
                        else:
                            def g(): return x
                    #--
                    def f():
                        x = 1
                        def g(y=x): return y
                    #--
                    def f():
                        class C(x):
                            pass
                        x = 1
                    #--
                    def f():
                        super()
                    #--
                    def f():
                        def g():
                            return super()
                    #--
                    class C:
                        def f(self):
                            def g():
                                return super()
                            return g
                    #--
                    class C:
                        def f(self):
                            return (super() for _ in range(2))
                    #--
                    class C:
                        def f(self):
                            return [__class__ for _ in range(2)]
                    #--
                    class C:
                        def __init__(self):
                            super().__init__()
                        def g(self):
                            return __class__
                    #--
                    type T = int
                    type U[X] = list[X]
                    def f():
                        type V = T
                        return V
                    #--
                    def f():
                        x = 1
                        type A = x
                        type B[T: x] = T
                    #--
                    def f():
                        def g[T](): return T
                        return g
                    #--
                    class C:
                        def f[T](self) -> T:
                            return super().f()
                    #--
                    class C[T]:
                        def f(self):
                            return T
                    #--
                    x is 1
                    x is []
                    x is not "a"
                    1 is x is 2
                    (1)(2)
                    (-1)(2)
                    [1]["a"]
                    1[2]
                    f""[0]
                    (1,2)["a"]
                    (a, b)["a"]
                    assert (x, 1)
                    (lambda: 1)[0]
                    {1}[0]
                    x is -1
                    x is (1, 2)
                    x is ()
                    (x for x in y)()
                    [](1)
                    None[0]
                    "abc"[1.5]
                    b""["x"]
                    [1][1:2]
                    True is x
                    x is ...
                    x is f"a"
                    x is 1 + 2
                    x is 1 / 0
                    x is not 2.5 ** 2
                    (3 | 4)[0]
                    (True & False)()
                    {}()
                    {x: 1 for x in y}()
                    [x for x in y][""]
                    f"{x}"["a"]
                    "a" "b"(1)
                    (1j)[0]
                    #--
                    #mode:eval
                    lambda x: x + y
                    #--
                    #mode:eval
                    [x for x in y if (z := x)]
                    #--
                    #mode:eval
                    (x for x in y)
                    #--
                    #mode:eval
                    (yield)
                    #--
                    #mode:eval
                    await x
                    #--
                    #mode:eval
                    [x async for x in y]
                    #--
                    #mode:single
                    x = [y for y in z]
                    #--
                    #mode:single
                    def f():
                        return x
                    #--
                    #mode:single
                    nonlocal x
                    #--
                    #mode:single
                    from __future__ import annotations
                    """;

    static final String NAMEOPS = """
                    def f():
                        x = 1
                        class C:
                            y = x
                            x = 2
                            type A = x
                            def g[T: x](self, a: x = x): pass
                            z = [x for _ in range(2)]
                            w = [(lambda: x) for _ in range(2)]
                        return C
                    #--
                    def f():
                        x = 1
                        class C[T]:
                            type A = (x, T)
                            def m(self) -> T: return x
                        return C
                    #--
                    def f():
                        a = 1
                        class C:
                            global b
                            b = a
                            del b
                            c = [a for a in range(3)]
                            d = [b for _ in range(3)]
                        return C
                    #--
                    x = 1
                    class C:
                        x = 2
                        class D:
                            y = [x for _ in range(2)]
                            z = [[x for _ in range(2)] for _ in range(2)]
                    #--
                    class C:
                        [[y := 1 for _ in range(2)] for _ in range(2)]
                    #--
                    def f():
                        y = 1
                        class C:
                            v = [[y for _ in range(2)] for _ in range(2)]
                            w = [[(lambda: q) for q in range(2)] for _ in range(2)]
                        return C
                    #--
                    def f():
                        def g():
                            nonlocal x
                            x = [x for x in range(3)]
                        x = 1
                    #--
                    def f():
                        x = 1
                        def g():
                            return [x := 2 for _ in range(3)]
                        return g
                    #--
                    def f():
                        x = 1
                        def g():
                            [(lambda: x) for x in range(3)]
                            return x
                        return g
                    #--
                    def f():
                        [[lambda: y for y in range(2)] for x in range(2)]
                        y = 1
                        return lambda: y
                    #--
                    try:
                        pass
                    except E as e:
                        del e
                    #--
                    def f():
                        for x in range(3):
                            pass
                        del x
                    #--
                    with a as (b, [c, *d]):
                        e = 1
                    #--
                    import a.b as c
                    from d import (e, f as g)
                    del c, e
                    #--
                    match x:
                        case {"a": b, **c}:
                            pass
                        case [d, *e]:
                            pass
                        case F(g, h=i) | F(i, h=g):
                            pass
                    """;

    static final String MISC = """
                    def f():
                        def g():
                            pass
                        def h():
                            pass
                        return g, h
                    #--
                    def f():
                        x, y = 1, 2
                        for a, (b, c) in z:
                            pass
                        with m() as (p, q):
                            pass
                        return locals()
                    #--
                    def f(a):
                        b = a
                        a = 2
                        c: int = a
                        d += 1
                        e.attr = f
                        g[h] = i
                    #--
                    def f():
                        try:
                            x = 1
                        except E as e:
                            y = 2
                        else:
                            z = 3
                        finally:
                            w = 4
                    #--
                    def f():
                        with a as b, c as d:
                            e = 1
                    #--
                    def f():
                        x = y = z = 0
                        a = b = [c := 1]
                    #--
                    def f(x):
                        match x:
                            case [a, b] if a > b:
                                c = 1
                            case {"k": d, **e}:
                                pass
                            case (f | f):
                                pass
                    #--
                    def f():
                        import a.b.c as d, e.f
                        from g import h, i as j
                    #--
                    def f():
                        @dec(k)
                        class C(B, m=n):
                            pass
                        k = n = 1
                    #--
                    def f():
                        a = 1
                        def g(b=a, *, c=d):
                            pass
                        d = 2
                    #--
                    def f():
                        for i in x:
                            def g(): return i
                        for j in y:
                            h = lambda: j
                    #--
                    def f():
                        v = 1
                        return f"{v!r:>{width}}"
                    #--
                    def f():
                        x[a:b:c] = d
                        del e.f, g[h]
                        assert i, j
                        raise k from l
                    #--
                    def f():
                        while (n := next(it)):
                            m = n
                        else:
                            o = 1
                    #--
                    def f():
                        q = {a: b for a, b in c}
                        r = {**d, e: g}
                        return q, r
                    """;
}
