print(1_000_000, 0x_FF, 0o17, 0b1010_1010, 0XABC, 0O7, 0B1)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 0e0, 1e308, 1e-324, 2e-323)
print(3j, 1.5J, 1e2j, 0j, 1_0j)
print(type(1), type(1.0), type(1j), type(True))
print(0xffffffffffffffffffff, -0x8000000000000000)
print(000, 0_0, 00.5)
print(1 + 2j, (1 + 2j).real, (1 + 2j).imag, abs(3 + 4j))
print(10 ** 20, 2 ** 64, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 0.5)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 100.0, 1e22, 1e-5, 0.0001)
print(float('inf'), -float('inf'), float('nan'), -0.0, 0.0 == -0.0)
print(True + True, True * 10, False - 1, True / 2, ~True, -True)

bad = ["0_1", "1__0", "1_", "0x_", "09", "0b2", "0o8", "1e", "1.e+", "0xg"]
for src in bad:
    try:
        eval(src)
        print(src, "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print(eval("0_0"), eval("1_2.3_4e1_0"))
print(int("1_000"), float("1_0.5"), complex("1_0+2_0j"))
print(0x10 + 0o10 + 0b10, hex(255), oct(8), bin(5))
print(5 .bit_length(), 1.5.is_integer(), 10 .__add__(5))
print(1 if 1 else 2)
