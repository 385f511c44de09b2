"""jpy's _ast: the node classes of the ast module.

The classes are built from the ASDL description below (Python 3.12's Parser/Python.asdl, written out as data), so
that _fields, _attributes, __match_args__, the docstrings and the class-level None defaults of optional fields all
follow from one table. Converting between these objects and the parser's Java tree happens in Java
(org.jpy.modules.ast), reached through compile(..., PyCF_ONLY_AST) and compile(<AST object>, ...).
"""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    __module__ = 'ast'

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = getattr(cls, '_fields', None)
        if fields is None:
            fields = ()
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%.400s constructor takes at most %d positional argument%s"
                            % (cls.__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError("%.400s got multiple values for argument %r" % (cls.__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# ASDL of Python 3.12. A sum type: "name = Ctor(fields) | ... attributes (...)"; a product: "name = (fields)".
_ASDL = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | TypeAlias(expr name, type_param* type_params, expr value)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del

boolop = And | Or

operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv

unaryop = Invert | Not | UAdd | USub

cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
     | MatchSingleton(constant value)
     | MatchSequence(pattern* patterns)
     | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
     | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
     | MatchStar(identifier? name)
     | MatchAs(pattern? pattern, identifier? name)
     | MatchOr(pattern* patterns)
     attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)

type_param = TypeVar(identifier name, expr? bound)
     | ParamSpec(identifier name)
     | TypeVarTuple(identifier name)
     attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
"""


def _split_fields(text):
    """'expr? returns, int x' -> [('expr?', 'returns'), ('int', 'x')]."""
    text = text.strip()
    if not text:
        return []
    return [tuple(part.split()) for part in text.split(',')]


def _make(name, base, fields, attributes, doc):
    ns = {
        '__module__': 'ast',
        '__doc__': doc,
        '_fields': tuple(f for _, f in fields),
        '__match_args__': tuple(f for _, f in fields),
    }
    for kind, f in fields:
        if kind.endswith('?'):
            ns[f] = None
    if attributes is not None:
        ns['_attributes'] = tuple(f for _, f in attributes)
        for kind, f in attributes:
            if kind.endswith('?'):
                ns[f] = None
    return type(name, (base,), ns)


def _define(g):
    for block in _ASDL.strip().split('\n\n'):
        text = ' '.join(line.strip() for line in block.splitlines())
        name, _, rhs = text.partition(' = ')
        attributes = None
        if ' attributes (' in rhs:
            rhs, _, attrs = rhs.partition(' attributes (')
            attributes = _split_fields(attrs.rstrip(')'))
        rhs = rhs.strip()
        if rhs.startswith('('):
            fields = _split_fields(rhs[1:-1])
            g[name] = _make(name, AST, fields, attributes if attributes is not None else [], name + rhs)
            continue
        ctors = [c.strip() for c in rhs.split(' | ')]
        if any('(' in c for c in ctors):
            doc = name + ' = ' + ('\n' + ' ' * (len(name) + 1) + '| ').join(ctors)
        else:
            doc = name + ' = ' + ' | '.join(ctors)
        base = _make(name, AST, [], attributes if attributes is not None else [], doc)
        g[name] = base
        for c in ctors:
            cname, _, cfields = c.partition('(')
            g[cname] = _make(cname, base, _split_fields(cfields.rstrip(')')), None, c)


_define(globals())
del _define, _make, _split_fields, _ASDL
