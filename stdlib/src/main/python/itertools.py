"""Functional tools for creating and using iterators.

jpy's itertools, written in Python so that it works as soon as classes and generators do. Every tool is a class
(not a generator function) so that types, reprs, subclassing and error messages follow CPython's C module. A Java
version can replace it module by module without changing behaviour.
"""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count',
           'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
           'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = _sys.maxsize
_object = object


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def _index(value, message):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(message) from None


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __module__ = 'itertools'

    def __new__(cls, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, complex) or hasattr(t, '__index__') or hasattr(t, '__int__') or
                    hasattr(t, '__float__')):
                raise TypeError('a number is required')
        self = object.__new__(cls)
        self._cnt = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    __module__ = 'itertools'

    def __new__(cls, *args, **kwargs):
        if cls is cycle:
            _no_kwargs('cycle', kwargs)
        if len(args) != 1:
            raise TypeError('cycle expected 1 argument, got %d' % len(args))
        iterable = args[0]
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    __module__ = 'itertools'

    def __new__(cls, object, times=None):
        self = _object.__new__(cls)
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            n = _index(times, "'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._cnt = n if n > 0 else 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError("len() of unsized object")
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)



class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    __module__ = 'itertools'

    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = None
        self._started = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    __module__ = 'itertools'

    def __new__(cls, *iterables, **kwargs):
        if cls is chain:
            _no_kwargs('chain', kwargs)
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    """Return data elements corresponding to true selector elements."""

    __module__ = 'itertools'

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""

    __module__ = 'itertools'

    def __new__(cls, predicate, iterable, *args, **kwargs):
        if cls is dropwhile:
            _no_kwargs('dropwhile', kwargs)
        if args:
            raise TypeError('dropwhile expected 2 arguments, got %d' % (2 + len(args)))
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    __module__ = 'itertools'

    def __new__(cls, predicate, iterable, *args, **kwargs):
        if cls is takewhile:
            _no_kwargs('takewhile', kwargs)
        if args:
            raise TypeError('takewhile expected 2 arguments, got %d' % (2 + len(args)))
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""

    __module__ = 'itertools'

    def __new__(cls, function, iterable, *args, **kwargs):
        if cls is filterfalse:
            _no_kwargs('filterfalse', kwargs)
        if args:
            raise TypeError('filterfalse expected 2 arguments, got %d' % (2 + len(args)))
        self = object.__new__(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        while True:
            item = next(self._it)
            if function is None:
                if not item:
                    return item
            elif not function(item):
                return item


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    __module__ = 'itertools'

    def __new__(cls, function, iterable, *args, **kwargs):
        if cls is starmap:
            _no_kwargs('starmap', kwargs)
        if args:
            raise TypeError('starmap expected 2 arguments, got %d' % (2 + len(args)))
        self = object.__new__(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class _grouper:
    __module__ = 'itertools'

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _marker:
            gbo._step()
        if not gbo._currkey == self._tgtkey:
            raise StopIteration
        value = gbo._currvalue
        gbo._currvalue = _marker
        return value


_marker = _object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __module__ = 'itertools'

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    __module__ = 'itertools'

    def __new__(cls, iterable, *args, **kwargs):
        if cls is islice:
            _no_kwargs('islice', kwargs)
        n = len(args)
        if n == 0 or n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1) if n > 3
                            else 'islice expected at least 2 arguments, got 1')
        start, step = 0, 1
        stop = -1
        if n == 1:
            if args[0] is not None:
                stop = cls._arg(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            if args[1] is not None:
                stop = cls._arg(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if args[0] is not None:
                start = cls._arg(args[0], 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
            if n == 3 and args[2] is not None:
                step = cls._arg(args[2], 'Step for islice() must be a positive integer or None.', step=True)
            if start < 0 or stop < -1:
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    @staticmethod
    def _arg(value, message, step=False):
        try:
            v = value.__index__()
        except AttributeError:
            raise ValueError(message) from None
        if v < 0 and not step:
            raise ValueError(message)
        if v > _MAXSIZE:
            raise ValueError(message)
        return v

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if self._next < oldnext or (stop != -1 and self._next > stop):
            self._next = stop
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __module__ = 'itertools'

    def __new__(cls, iterable, *args, **kwargs):
        if cls is pairwise:
            _no_kwargs('pairwise', kwargs)
        if args:
            raise TypeError('pairwise expected 1 argument, got %d' % (1 + len(args)))
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = _marker
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _marker:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _marker
            raise
        result = (self._old, new)
        self._old = new
        return result


class _tee_dataobject:
    __slots__ = ('values', 'nextlink', 'it')
    LINKCELLS = 57

    def __init__(self, it):
        self.values = []
        self.nextlink = None
        self.it = it

    def getitem(self, i):
        values = self.values
        if i < len(values):
            return values[i]
        value = next(self.it)
        values.append(value)
        return value

    def jumplink(self):
        if self.nextlink is None:
            self.nextlink = _tee_dataobject(self.it)
        return self.nextlink


class _tee:
    """Iterator wrapped to make it copyable."""

    __module__ = 'itertools'

    def __new__(cls, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._data = _tee_dataobject(it)
        self._index = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _tee_dataobject.LINKCELLS:
            self._data = self._data.jumplink()
            self._index = 0
        value = self._data.getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        new = object.__new__(type(self))
        new._data = self._data
        new._index = self._index
        return new


_tee.__name__ = '_tee'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n, "'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is None:
        first = _tee(it)
        copyfunc = first.__copy__
    else:
        first = it
    result = [first]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


class zip_longest:
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""

    __module__ = 'itertools'

    def __new__(cls, *iterables, fillvalue=None):
        self = object.__new__(cls)
        self._iterators = [iter(it) for it in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                result.append(self._fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                iterators[i] = None
                value = self._fillvalue
            result.append(value)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __module__ = 'itertools'

    def __new__(cls, *iterables, repeat=1):
        n = _index(repeat, "'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if n < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * n
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None
        self._stopped = any(len(p) == 0 for p in pools)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            self._indices = [0] * len(pools)
            return tuple(p[0] for p in pools)
        indices = self._indices
        for i in reversed(range(len(pools))):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            self._stopped = True
            raise StopIteration
        return tuple(pools[i][indices[i]] for i in range(len(pools)))


class permutations:
    """Return successive r-length permutations of elements in the iterable."""

    __module__ = 'itertools'

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r, 'Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r = self._pool, self._r
        indices, cycles = self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices[:r])
        if n == 0:
            self._stopped = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable."""

    __module__ = 'itertools'

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _index(r, "'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[i] for i in indices)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""

    __module__ = 'itertools'

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _index(r, "'%s' object cannot be interpreted as an integer" % type(r).__name__)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._stopped = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in indices)
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            self._stopped = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[i] for i in indices)


class batched:
    """Batch data into tuples of length n. The last batch may be shorter than n."""

    __module__ = 'itertools'

    def __new__(cls, iterable, n):
        n = _index(n, "'%s' object cannot be interpreted as an integer" % type(n).__name__)
        if n < 1:
            raise ValueError('n must be at least one')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._n = n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        for _ in range(self._n):
            try:
                batch.append(next(it))
            except StopIteration:
                self._it = None
                break
        if not batch:
            raise StopIteration
        return tuple(batch)


del _sys
