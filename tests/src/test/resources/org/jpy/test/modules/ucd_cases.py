# Run by the reference CPython: for every assigned code point (Unicode 15.0), name, category, bidirectional class,
# mirrored and decimal value, tab-separated.
import unicodedata as u
for c in range(0x110000):
    ch = chr(c)
    cat = u.category(ch)
    if cat == 'Cn':
        continue
    print('%d\t%s\t%s\t%s\t%d\t%s' % (c, u.name(ch, '-'), cat, u.bidirectional(ch), u.mirrored(ch), u.decimal(ch, -1)))
