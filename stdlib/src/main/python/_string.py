"""string helper module

jpy: the format-string scanner behind string.Formatter, following CPython's Objects/stringlib/unicode_format.h.
"""


def _parse_field(s, i, n):
    """Parse one replacement field starting after its '{': (field_name, format_spec, conversion, next index)."""
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    field_name = s[start:i - 1] if c in '}:!' and i <= n else s[start:i]
    conversion = None
    format_spec = ''
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return field_name, format_spec, conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, format_spec, conversion, i


def formatter_parser(format_string, /):
    """parse the argument as a format string"""
    if not isinstance(format_string, str):
        raise TypeError('expected str, got %s' % type(format_string).__name__)
    return _iterate(format_string)


def _iterate(s):
    n = len(s)
    i = 0
    while i < n:
        literal_start = i
        markup_follows = False
        literal_end = n
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                if i < n and s[i] == c:
                    literal_end = i
                    i += 1
                    break
                if c == '}':
                    raise ValueError("Single '}' encountered in format string")
                if i >= n:
                    raise ValueError("Single '{' encountered in format string")
                literal_end = i - 1
                markup_follows = True
                break
        else:
            literal_end = n
        literal = s[literal_start:literal_end]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        field_name, format_spec, conversion, i = _parse_field(s, i, n)
        yield (literal, field_name, format_spec, conversion)


def _as_key(text):
    if text and text.isdecimal():
        return int(text)
    return text


def formatter_field_name_split(field_name, /):
    """split the argument as a field name"""
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first and first.isdecimal():
        first = int(first)
    return first, _rest(field_name, i)


def _rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield (True, name)
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            i += 1
            yield (False, _as_key(key))
            if i < n and s[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
