for v in [1.0, 0.5, 0.1, -2.75, 3.0, 1e-310, 1.7976931348623157e308, 0.0, -0.0, 1 / 3]:
    print(repr(v), v.hex(), v.as_integer_ratio(), v.is_integer())
for v in [float("inf"), float("nan")]:
    print(v.hex(), v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex("0x1.999999999999ap-4"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.__name__)
print((3.7).__trunc__(), (3.7).__floor__(), (3.7).__ceil__(), (-3.7).__floor__(), (-3.7).__ceil__())
print((7.5).__divmod__(2), (7.5).__mod__(-2), (7.5).__rfloordiv__(100), (2.0).__pow__(0.5))
print(float.__getformat__("double"))
print((0.1).__repr__(), (1e50).__str__(), (12.0).__format__(".1f"))
print(sum(v.as_integer_ratio()[1] for v in (0.5, 0.25, 0.125)))
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d.bit_length())
print(int(1e308).bit_length(), float(int(1e308)) == 1e308)
print((1.5).hex(), (-1.5).hex(), (2.0 ** -1074).hex(), (2.0 ** 1023).hex())
print(float.fromhex("0x1.0000000000001p0") - 1.0, float.fromhex("0x.8"), float.fromhex("1p4"))
