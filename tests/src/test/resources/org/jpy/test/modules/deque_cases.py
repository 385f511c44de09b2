# Run by the reference CPython: random operation sequences on deques (with and without maxlen) and their contents.
from collections import deque
import random
r = random.Random(11)
for maxlen in [None, 0, 1, 3, 10]:
    for run in range(20):
        d = deque(maxlen=maxlen)
        ops = []
        for step in range(r.randrange(1, 60)):
            k = r.randrange(10)
            x = r.randrange(1000)
            try:
                if k == 0: d.append(x); op = 'a %d' % x
                elif k == 1: d.appendleft(x); op = 'l %d' % x
                elif k == 2: op = 'p'; d.pop()
                elif k == 3: op = 'q'; d.popleft()
                elif k == 4: n = r.randrange(-20, 20); op = 'r %d' % n; d.rotate(n)
                elif k == 5: op = 'v'; d.reverse()
                elif k == 6:
                    i = r.randrange(-5, 12); op = 'i %d %d' % (i, x); d.insert(i, x)
                elif k == 7:
                    i = r.randrange(-5, 12); op = 'd %d' % i; del d[i]
                elif k == 8:
                    op = 'c' if r.random() < 0.1 else 'a %d' % x
                    if op == 'c': d.clear()
                    else: d.append(x)
                else:
                    i = r.randrange(-5, 12); op = 's %d %d' % (i, x); d[i] = x
                res = 'ok'
            except (IndexError, ValueError) as e:
                res = type(e).__name__
            ops.append(op.replace(' ', ':') + '=' + res)
        print(-1 if maxlen is None else maxlen, ','.join(ops), ','.join(map(str, d)) or '-')
