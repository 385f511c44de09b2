print('single', "double", '''triple single''', """triple double""")
print('con' 'cat' "enation", 'a' \
      'b')
print(r'raw \n stays', R"raw\t", rb'raw bytes \x00', Rb"x", BR"y")
print(b'bytes', B"BYTES", br'\d')
print('\n'.__len__(), '\t\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}')
print(repr('\a\b\f\v\0'), repr('\x7f'), repr('\u00e9'), repr('\u200b'))
print("""line1
line2\
 continued""")
print('It\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print(len('\N{SNOWMAN}'), '\N{GREEK SMALL LETTER ALPHA}', '\u03b1' == 'α')
print(repr("'"), repr('"'), repr('\'"'), repr("\\"))
s = 'abc' 'def' \
    'ghi'
print(s, len(s))
print(u'unicode prefix', type(u'x').__name__)
print(f'{1+1}' 'plain' f'{"x"}')
print(b'\x00\xff\n', list(b'\x00\xff\n'))
print('\\d is kept', r'\d is kept')
for src in ["'unterminated", '"""open', "b'é'", "'\\N{NOT A REAL NAME}'", "'\\x4'", "'\\U1234'"]:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
print('tab\there', 'nul[\0]', 'bell[\7]'.encode())
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print('\U0001F600', len('\U0001F600'), ord('\U0001F600'))
