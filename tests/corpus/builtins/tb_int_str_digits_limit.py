import sys
print(sys.get_int_max_str_digits())
n = 7 ** 5000
print(n.bit_length(), n % 1000, len(hex(n)))
digits = str(7 ** 1000)
print(len(digits), digits[:20], digits[-5:])
print(int("9" * 4300) % 97, len(str(10 ** 4299)))
try:
    int("1" * 5000)
except ValueError as e:
    print("caught:", str(e)[:60])
big = 10 ** 4300 - 1
print(len(str(big)))
sys.set_int_max_str_digits(10000)
print(len(str(n)))
sys.set_int_max_str_digits(4300)
print(big % 10, big.bit_length())
factorial = 1
for i in range(2, 2000):
    factorial *= i
print(factorial.bit_length())
print(factorial)
