"""The _sre module of CPython 3.12 for jpy: compiled patterns, match objects, scanners and templates.

The regular expression engine itself (the interpreter of the SRE code that re._compiler emits) is Java
(org.jpy.modules.sre.SreState, reached through the builtin module _jpy_sre). This module is the object layer on top:
it follows CPython's Modules/_sre/sre.c for argument handling, result types, reprs and error messages, so the
pure-Python re package runs unmodified.

_jpy_sre provides: new_state(code, groups, string, pos, endpos) -> state with match(fullmatch), search(),
scan_match(), scan_search(), each returning None or (lastindex, start0, end0, start1, end1, ...); compile_code(list)
-> the engine's form of a code list; unicode_iscased, unicode_tolower.
"""

import _jpy_sre

MAGIC = 20221023
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

_maxsize = 9223372036854775807
_mappingproxy = type(type.__dict__)

_FLAG_NAMES = (
    ('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8), ('re.DOTALL', 16),
    ('re.UNICODE', 32), ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256),
)


def getcodesize():
    return CODESIZE


def ascii_iscased(character):
    ch = _as_int(character)
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)


def unicode_iscased(character):
    return _jpy_sre.unicode_iscased(_as_int(character))


def ascii_tolower(character):
    ch = _as_int(character)
    return ch + 32 if 65 <= ch <= 90 else ch


def unicode_tolower(character):
    return _jpy_sre.unicode_tolower(_as_int(character))


def _as_int(value):
    if type(value) is int:
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index(value)


def _subject(string):
    """(engine_subject, length, isbytes) for a str or bytes-like subject, with CPython's TypeError otherwise."""
    if isinstance(string, str):
        if type(string) is not str:
            string = str.__str__(string)
        return string, len(string), False
    if type(string) is bytes:
        return string, len(string), True
    try:
        view = memoryview(string)
    except TypeError:
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__) from None
    data = view.tobytes()
    return data, len(data), True


def _slice(string, isbytes, start, end):
    if not isbytes:
        return str.__getitem__(string, slice(start, end)) if type(string) is not str else string[start:end]
    if type(string) is bytes:
        if start == 0 and end == len(string):
            return string
        return string[start:end]
    return memoryview(string).cast('B')[start:end].tobytes()


def _clamp(value, length):
    if value < 0:
        return 0
    if value > length:
        return length
    return value


class Pattern:
    """Compiled regular expression object."""

    __module__ = 're'
    __slots__ = ('_pattern', '_flags', '_code', '_engine_code', '_groups', '_groupindex', '_indexgroup', '_isbytes',
                 '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        """The pattern string from which the RE object was compiled."""
        return self._pattern

    @property
    def flags(self):
        """The regex matching flags."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups in the pattern."""
        return self._groups

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _mappingproxy(self._groupindex)

    def _state(self, string, pos, endpos):
        subject, length, isbytes = _subject(string)
        if self._isbytes is not None:
            if isbytes and not self._isbytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            if not isbytes and self._isbytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
        pos = _as_int(pos)
        endpos = _as_int(endpos)
        state = _jpy_sre.new_state(self._engine_code, self._groups, subject, pos, endpos)
        return state, isbytes, _clamp(pos, length), _clamp(endpos, length)

    def _match(self, string, pos, endpos, how):
        state, isbytes, cpos, cendpos = self._state(string, pos, endpos)
        if how == 2:
            spans = state.search()
        else:
            spans = state.match(how == 1)
        if spans is None:
            return None
        return Match._new(self, string, isbytes, cpos, cendpos, spans)

    def match(self, string, pos=0, endpos=_maxsize):
        """Matches zero or more characters at the beginning of the string."""
        return self._match(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_maxsize):
        """Matches against all of the string."""
        return self._match(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_maxsize):
        """Scan through string looking for a match, and return a corresponding match object instance.

Return None if no position in the string matches."""
        return self._match(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_maxsize):
        """Return a list of all non-overlapping matches of pattern in string."""
        state, isbytes, cpos, cendpos = self._state(string, pos, endpos)
        groups = self._groups
        result = []
        while True:
            spans = state.scan_search()
            if spans is None:
                break
            if groups == 0:
                item = _slice(string, isbytes, spans[1], spans[2])
            elif groups == 1:
                s, e = spans[3], spans[4]
                item = _slice(string, isbytes, s, e) if s >= 0 else _slice(string, isbytes, 0, 0)
            else:
                items = []
                for g in range(1, groups + 1):
                    s, e = spans[2 * g + 1], spans[2 * g + 2]
                    items.append(_slice(string, isbytes, s, e) if s >= 0 else _slice(string, isbytes, 0, 0))
                item = tuple(items)
            result.append(item)
        return result

    def finditer(self, string, pos=0, endpos=_maxsize):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

For each match, the iterator returns a match object."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_maxsize):
        state, isbytes, cpos, cendpos = self._state(string, pos, endpos)
        return SRE_Scanner._new(self, string, isbytes, cpos, cendpos, state)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        maxsplit = _as_int(maxsplit)
        state, isbytes, cpos, cendpos = self._state(string, 0, _maxsize)
        result = []
        n = 0
        last = cpos
        groups = self._groups
        while not maxsplit or n < maxsplit:
            spans = state.scan_search()
            if spans is None:
                break
            result.append(_slice(string, isbytes, last, spans[1]))
            for g in range(1, groups + 1):
                s, e = spans[2 * g + 1], spans[2 * g + 2]
                result.append(_slice(string, isbytes, s, e) if s >= 0 else None)
            n += 1
            last = spans[2]
        result.append(_slice(string, isbytes, last, cendpos))
        return result

    def _subx(self, repl, string, count, subn):
        if callable(repl):
            kind = 'callable'
            filter = repl
        else:
            literal = False
            if isinstance(repl, str):
                literal = '\\' not in repl
            else:
                try:
                    literal = 92 not in memoryview(repl).cast('B')
                except TypeError:
                    literal = False
            if literal:
                kind = 'literal'
                filter = repl
            else:
                filter = _compile_template(self, repl)
                if not filter._items:
                    kind = 'literal'
                    filter = filter._literal
                else:
                    kind = 'template'
        count = _as_int(count)
        state, isbytes, cpos, cendpos = self._state(string, 0, _maxsize)
        pieces = []
        n = i = 0
        while not count or n < count:
            spans = state.scan_search()
            if spans is None:
                break
            b, e = spans[1], spans[2]
            if i < b:
                pieces.append(_slice(string, isbytes, i, b))
            if kind == 'literal':
                item = filter
            else:
                match = Match._new(self, string, isbytes, cpos, cendpos, spans)
                if kind == 'template':
                    item = filter._expand(match)
                else:
                    item = filter(match)
            if item is not None:
                pieces.append(item)
            i = e
            n += 1
        if i < cendpos:
            pieces.append(_slice(string, isbytes, i, cendpos))
        joiner = _slice(string, isbytes, 0, 0)
        if not pieces:
            item = joiner
        else:
            item = joiner.join(pieces)
        if subn:
            return item, n
        return item

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count, True)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        flags = self._flags
        if self._isbytes is False and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        pattern_repr = repr(self._pattern)
        if len(pattern_repr) > 200:
            pattern_repr = pattern_repr[:200]
        if flags == 0:
            return 're.compile(%s)' % pattern_repr
        names = []
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (pattern_repr, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        if self is other:
            return True
        return (self._flags == other._flags and self._isbytes == other._isbytes and self._code == other._code and
                self._pattern == other._pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        h = hash(self._pattern) ^ hash(self._code) ^ self._flags ^ (1 if self._isbytes else 0)
        return -2 if h == -1 else h

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __reduce__(self):
        import re
        return re._compile, (self._pattern, self._flags)


class Match:
    """The result of re.match() and re.search().
Match objects always have a boolean value of True."""

    __module__ = 're'
    __slots__ = ('_pattern', '_string', '_isbytes', '_pos', '_endpos', '_spans', '_lastindex')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _new(cls, pattern, string, isbytes, pos, endpos, spans):
        self = object.__new__(cls)
        self._pattern = pattern
        self._string = string
        self._isbytes = isbytes
        self._pos = pos
        self._endpos = endpos
        self._lastindex = spans[0]
        self._spans = spans[1:]
        return self

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._string

    @property
    def re(self):
        """The regular expression object."""
        return self._pattern

    @property
    def pos(self):
        """The index into the string at which the RE engine started looking for a match."""
        return self._pos

    @property
    def endpos(self):
        """The index into the string beyond which the RE engine will not go."""
        return self._endpos

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        return self._lastindex if self._lastindex >= 0 else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        indexgroup = self._pattern._indexgroup
        if indexgroup is not None and self._lastindex >= 0:
            try:
                return indexgroup[self._lastindex]
            except IndexError:
                return None
        return None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * g], spans[2 * g + 1]) for g in range(len(spans) // 2))

    def _index(self, group):
        try:
            index = type(group).__index__
        except AttributeError:
            i = -1
            groupindex = self._pattern._groupindex
            if groupindex:
                try:
                    value = groupindex.get(group)
                except TypeError:
                    value = None
                if type(value) is int:
                    i = value
        else:
            i = index(group)
        if i < 0 or i > self._pattern._groups:
            raise IndexError('no such group')
        return i

    def _get(self, index, default):
        s = self._spans[2 * index]
        if s < 0:
            return default
        return _slice(self._string, self._isbytes, s, self._spans[2 * index + 1])

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
    Return subgroup(s) of the match by indices or names.
    For 0 returns the entire match."""
        if not args:
            return self._get(0, None)
        if len(args) == 1:
            return self._get(self._index(args[0]), None)
        return tuple(self._get(self._index(a), None) for a in args)

    def __getitem__(self, group):
        return self._get(self._index(group), None)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._get(g, default) for g in range(1, self._pattern._groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."""
        result = {}
        for name, index in self._pattern._groupindex.items():
            result[name] = self._get(self._index(index), default)
        return result

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        return _compile_template(self._pattern, template)._expand(self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __bool__(self):
        return True

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return '<%s.%s object; span=(%d, %d), match=%s>' % (
            type(self).__module__, type(self).__qualname__, self._spans[0], self._spans[1], text)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class SRE_Scanner:
    __module__ = '_sre'
    __slots__ = ('_pattern', '_string', '_isbytes', '_pos', '_endpos', '_state')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    @classmethod
    def _new(cls, pattern, string, isbytes, pos, endpos, state):
        self = object.__new__(cls)
        self._pattern = pattern
        self._string = string
        self._isbytes = isbytes
        self._pos = pos
        self._endpos = endpos
        self._state = state
        return self

    @property
    def pattern(self):
        return self._pattern

    def match(self):
        spans = self._state.scan_match()
        if spans is None:
            return None
        return Match._new(self._pattern, self._string, self._isbytes, self._pos, self._endpos, spans)

    def search(self):
        spans = self._state.scan_search()
        if spans is None:
            return None
        return Match._new(self._pattern, self._string, self._isbytes, self._pos, self._endpos, spans)


class SRE_Template:
    __module__ = '_sre'
    __slots__ = ('_literal', '_items')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Template' instances")

    def _expand(self, match):
        if not self._items:
            return self._literal
        out = []
        if self._literal:
            out.append(self._literal)
        for index, literal in self._items:
            if index > match._pattern._groups:
                raise IndexError('no such group')
            item = match._get(index, None)
            if item is not None:
                out.append(item)
            if literal is not None:
                out.append(literal)
        joiner = '' if isinstance(self._literal, str) else b''
        return joiner.join(out)


def template(pattern, template):
    """template: A list containing interleaved literal strings (str or bytes) and group indices (int), as returned by re._parser.parse_template().
"""
    if type(template) is not list:
        raise TypeError("template() argument 2 must be list, not %s" % type(template).__name__)
    n = len(template)
    if (n & 1) == 0 or n < 1:
        raise TypeError('invalid template')
    self = object.__new__(SRE_Template)
    self._literal = template[0]
    items = []
    for i in range(n // 2):
        index = _as_int(template[2 * i + 1])
        if index < 0:
            raise TypeError('invalid template')
        literal = template[2 * i + 2]
        if (isinstance(literal, str) or isinstance(literal, bytes)) and not literal:
            literal = None
        items.append((index, literal))
    self._items = items
    return self


def _compile_template(pattern, repl):
    import re
    return re._compile_template(pattern, repl)


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    if type(code) is not list:
        raise TypeError("compile() argument 'code' must be list, not %s" % type(code).__name__)
    self = object.__new__(Pattern)
    self._pattern = pattern
    self._flags = _as_int(flags)
    self._code = tuple(code)
    self._engine_code = _jpy_sre.compile_code(code)
    self._groups = _as_int(groups)
    self._groupindex = dict(groupindex) if groupindex is not None else {}
    self._indexgroup = tuple(indexgroup) if indexgroup is not None else None
    if pattern is None:
        self._isbytes = None
    elif isinstance(pattern, str):
        self._isbytes = False
    elif isinstance(pattern, (bytes, bytearray)):
        self._isbytes = True
    else:
        try:
            memoryview(pattern)
        except TypeError:
            raise TypeError("expected string or bytes-like object, got '%s'" % type(pattern).__name__) from None
        self._isbytes = True
    return self
