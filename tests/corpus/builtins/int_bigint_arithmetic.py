a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 7, b % 7)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(-a // 3, -a % 3, a // -3, a % -3)
print(a ** 3 % 1000000007, pow(a, 3, 1000000007))
print(10 ** 50 + 1, -(10 ** 50), (10 ** 50) // (10 ** 25))
fact = 1
for i in range(1, 41):
    fact *= i
print(fact, len(str(fact)), fact.bit_length())
print(fact % (2 ** 64), fact >> 100, fact & 0xFFFF)
n = 12345678901234567890123456789
print(n * n, n // 97, -n // 97, n % 97, -n % 97)
print(abs(-n), +n, -(-n), n == n + 0, n > 2 ** 93, n < 2 ** 94)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64)
print((2 ** 63 - 1) + 1, (-(2 ** 63)) - 1, (2 ** 32) * (2 ** 32), -(-(2 ** 63)))
print(9223372036854775807 * 2, -9223372036854775808 // -1, abs(-9223372036854775808))
print(int("9" * 40) + 1, str(10 ** 30)[::-1])
print(a / b, b / a, (10 ** 400) // (10 ** 398))
print(hex(a), oct(b)[:20], bin(fact)[:20])
print(sum(range(10 ** 6, 10 ** 6 + 1000)), sum(x * x for x in range(1000)))
print((-7) ** 3, (-2) ** 63, (-2) ** 64, 0 ** 0, 1 ** 10 ** 5)
print(int(1e20), int(1e20) == 10 ** 20, int(-1.5e19))
