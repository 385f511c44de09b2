z = complex(3, -4)
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * z.conjugate(), z == 3 - 4j)
print(type(z.real).__name__, type(abs(z)).__name__, (1 + 0j).imag, complex(5).conjugate())
print(z + 1, z + 1.5, z + True, 2 * z, z / 2, z ** 2, 1 / z, z - z, (z * 1j).real)
print((1 + 1j) ** 0.5, (-1) ** 0.5, (-4) ** 0.5, 1j ** 2 == -1, 1j * 1j)
print(complex(1, 1) == complex(1.0, 1.0), complex(0, 0) == 0, 0j == False, hash(2 + 0j) == hash(2))
print([c.real for c in (1j, 2 + 3j, -1.5j)], sum([1j, 2, 3.5]), sum([1 + 1j] * 3))
for op in ["z < z", "z > 1", "z // 2", "z % 2", "divmod(z, 1)", "round(z)", "int(z)", "float(z)", "math.floor(z)"]:
    try:
        eval(op)
    except (TypeError, NameError) as e:
        print(op, type(e).__name__, e)
print(f"{z}", f"{z:.1f}", f"{z:>16}", f"{z:+.2e}", format(z, "g"), repr(complex(1e300, -1e-300)))
print(complex("  3-4j  ") == z, complex(z) is z or complex(z) == z, complex(str(z)) == z)
print(abs(complex(3e200, 4e200)), abs(complex(float("inf"), 1)), abs(complex(float("nan"), float("inf"))))
print(complex(1, 2).__add__(1), complex(1, 2).__radd__(1), (1j).__mul__(1j), (2j).__pow__(2))
roots = [complex(round((1j ** k).real, 10), round((1j ** k).imag, 10)) for k in range(4)]
print(roots)
print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=abs), max([1j, 2, -3], key=abs))
print(complex(2, 3) * complex(2, -3), (2 + 3j) / (2 + 3j), (1 + 2j) - (1 + 2j) == 0)
print(isinstance(1j, complex), issubclass(complex, object), complex.__name__)
