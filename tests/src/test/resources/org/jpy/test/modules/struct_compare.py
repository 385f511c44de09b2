# Run by the reference CPython with JPY_MODULE naming jpy's _struct.py (its Java packer served here by CPython's own
# struct): Struct objects, the module functions, buffer checks and errors are compared with CPython's _struct.
import importlib.util, os, sys, types, struct as real_struct, _struct as real
def wrap(f):
    def g(*a):
        try:
            return f(*a)
        except real_struct.error as e:
            return ['error', str(e)]
        except OverflowError as e:
            return ['OverflowError', str(e)]
    return g
shim = types.ModuleType('_jpy_struct')
shim.layout = wrap(lambda fmt: (real.calcsize(fmt), len(real.unpack(fmt, bytes(real.calcsize(fmt))))))
shim.pack = wrap(lambda fmt, values: real.pack(fmt, *values))
shim.unpack = wrap(lambda fmt, data, offset: real.unpack_from(fmt, data, offset))
sys.modules['_jpy_struct'] = shim
spec = importlib.util.spec_from_file_location('jpy_struct', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def outcome(thunk):
    try:
        return 'ok ' + repr(thunk())
    except Exception as e:
        return 'exc %s.%s: %s' % (type(e).__module__, type(e).__name__, e)

cases = [
    ('pack', lambda M: M.pack('<hI', 1, 2)), ('pack err', lambda M: M.pack('h', 40000)),
    ('pack count', lambda M: M.pack('hh', 1)), ('pack bad fmt', lambda M: M.pack('y', 1)),
    ('calcsize', lambda M: M.calcsize('@bq')), ('calcsize bytes', lambda M: M.calcsize(b'<bq')),
    ('calcsize bad', lambda M: M.calcsize(1)),
    ('unpack', lambda M: M.unpack('<hI', b'\x01\x00\x02\x00\x00\x00')), ('unpack size', lambda M: M.unpack('<h', b'abc')),
    ('unpack bytearray', lambda M: M.unpack('<h', bytearray(b'ab'))), ('unpack str', lambda M: M.unpack('<h', 'ab')),
    ('unpack_from', lambda M: M.unpack_from('h', b'abc', 2)), ('unpack_from neg', lambda M: M.unpack_from('h', b'abc', -5)),
    ('unpack_from ok', lambda M: M.unpack_from('<h', b'xabc', offset=1)),
    ('pack_into', lambda M: (lambda b: (M.pack_into('<h', b, 1, 258), bytes(b)))(bytearray(4))),
    ('pack_into small', lambda M: M.pack_into('h', bytearray(1), 0, 1)),
    ('pack_into neg', lambda M: (lambda b: (M.pack_into('<h', b, -2, 258), bytes(b)))(bytearray(4))),
    ('iter_unpack', lambda M: list(M.iter_unpack('<h', b'abcd'))), ('iter_unpack bad', lambda M: M.iter_unpack('h', b'abc')),
    ('iter hint', lambda M: M.iter_unpack('<h', b'abcdef').__length_hint__()),
    ('Struct', lambda M: (lambda s: (s.format, s.size, s.pack(1), s.unpack(b'\x01\x00')))(M.Struct('<h'))),
    ('Struct bytes', lambda M: M.Struct(b'<h').format), ('Struct bad', lambda M: M.Struct(1)),
    ('error', lambda M: (M.error.__module__, M.error.__name__, M.error.__mro__[1].__name__)),
    ('Struct type', lambda M: (type(M.Struct('h')).__module__, type(M.Struct('h')).__name__)),
    ('clearcache', lambda M: M._clearcache()),
]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
