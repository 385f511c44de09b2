# Run by the reference CPython: binascii results (hex-encoded) and errors.
import binascii, random
r = random.Random(3)
def res(f):
    try:
        return f().hex()
    except binascii.Error as e:
        return 'Error:' + str(e).replace(' ', '_')
inputs = [b'YWJj', b'YWJ', b'YW', b'Y', b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'YW=Jj', b'Y W J j', b'YWJj====',
          b'=YWJj', b'YWJjZ===', b'YWJjZGU=x', b'\xffYWJj', b'', b'YQ==YQ==', b'YQ=', b'YQ=\n', b'Y\nQ\n=\n=\n',
          b'AAAA' * 10 + b'=', b'ab+/cd-_', b'====']
inputs += [binascii.b2a_base64(bytes(r.randrange(256) for _ in range(r.randrange(40)))) for _ in range(30)]
for d in inputs:
    print('A', d.hex() or '-', res(lambda: binascii.a2b_base64(d)), res(lambda: binascii.a2b_base64(d, strict_mode=True)))
for _ in range(40):
    data = bytes(r.randrange(256) for _ in range(r.randrange(20)))
    print('B', data.hex() or '-', res(lambda: binascii.b2a_base64(data)), res(lambda: binascii.b2a_base64(data, newline=False)),
          binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xabcd),
          *(res(lambda: binascii.hexlify(data, '-', n)) for n in (1, 2, 3, -2, -3)))
for h in [b'0g', b'abc', b'AbCd', b'', b'00ff']:
    print('U', h.hex() or '-', res(lambda: binascii.unhexlify(h)))
