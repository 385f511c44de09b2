"""High performance data structures.
- deque:        ordered collection accessible from endpoints only
- defaultdict:  dict subclass with a default value factory

jpy: written in Python (a Java deque on org.jpy.modules.collections.DequeStorage can replace it); behaviour, reprs
and messages follow CPython's Modules/_collectionsmodule.c.
"""

import _thread

__all__ = ['deque', 'defaultdict', '_count_elements', '_deque_iterator']

_repr_running = set()


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'
    __slots__ = ('_items', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = maxlen.__index__()
            except AttributeError:
                raise TypeError("an integer is required") from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._items:
            self.clear()
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        del self._items[:]

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        return type(self)(self, self._maxlen) if self._maxlen is not None else type(self)(self)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for item in list(self._items):
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=9223372036854775807, /):
        """Return first index of value."""
        n = len(self._items)
        start = start.__index__()
        stop = stop.__index__()
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            item = self._items[i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Insert value before index."""
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(index.__index__(), value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        state = self._state
        for i, item in enumerate(list(self._items)):
            equal = item is value or item == value
            if state != self._state:
                raise IndexError('deque mutated during remove().')
            if equal:
                self._state += 1
                del self._items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = n.__index__()
        items = self._items
        if len(items) > 1:
            k = n % len(items)
            if k:
                self._state += 1
                items[:] = items[-k:] + items[:-k]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def _index(self, i):
        try:
            i = i.__index__()
        except AttributeError:
            raise TypeError('sequence index must be integer, not %r' % type(i).__name__) from None
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        i = self._index(i)
        self._state += 1
        del self._items[i]

    def __contains__(self, value):
        state = self._state
        for item in list(self._items):
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __repr__(self):
        key = (id(self), _thread.get_ident())
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = ', '.join(repr(x) for x in list(self._items))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s([%s])' % (name, items)
        return '%s([%s], maxlen=%d)' % (name, items, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self._items), list(other._items))

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = n.__index__()
        if n <= 0:
            self.clear()
        else:
            self._state += 1
            self._items *= n
            self._trim_left()
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if self._maxlen is None:
            return type(self), ((),), state, iter(list(self._items))
        return type(self), ((), self._maxlen), state, iter(list(self._items))

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _deque_iterator:
    __module__ = '_collections'

    def __init__(self, d, index=0):
        self._deque = d
        self._state = d._state
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        if self._index >= len(d._items):
            raise StopIteration
        item = d._items[self._index]
        self._index += 1
        return item

    def __length_hint__(self):
        return max(0, len(self._deque._items) - self._index)


class _deque_reverse_iterator(_deque_iterator):
    __module__ = '_collections'

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        n = len(d._items)
        if self._index >= n:
            raise StopIteration
        item = d._items[n - 1 - self._index]
        self._index += 1
        return item


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    __module__ = 'collections'

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            fr = 'None'
        else:
            key = (id(self), _thread.get_ident())
            if key in _repr_running:
                fr = '...'
            else:
                _repr_running.add(key)
                try:
                    fr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, fr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


def _count_elements(mapping, iterable, /):
    """Count elements in the iterable, updating the mapping"""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1
