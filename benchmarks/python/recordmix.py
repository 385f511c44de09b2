"""recordmix: a Dhrystone-style synthetic benchmark written for jpy.

One "transaction" mixes what pystone-like benchmarks measure: small record objects linked into a chain, calls of
short procedures with several arguments, integer arithmetic and comparisons, a string compare and string building,
and reads and writes of a one- and a two-dimensional array. ``run()`` performs a fixed number of transactions and
returns a checksum so every implementation can be checked for the same result.
"""

KIND_A, KIND_B, KIND_C, KIND_D, KIND_E = range(5)
TRANSACTIONS = 50000


class Record:
    __slots__ = ("link", "kind", "state", "count", "label")

    def __init__(self, link=None, kind=KIND_A, state=0, count=0, label=""):
        self.link = link
        self.kind = kind
        self.state = state
        self.count = count
        self.label = label

    def clone_into(self, other):
        other.link = self.link
        other.kind = self.kind
        other.state = self.state
        other.count = self.count
        other.label = self.label


class Machine:
    def __init__(self):
        self.flag = False
        self.letter_1 = "\0"
        self.letter_2 = "\0"
        self.counter = 0
        self.row = [0] * 51
        self.grid = [[0] * 51 for _ in range(51)]
        self.head = Record()
        self.head.link = Record()

    def next_kind(self, kind):
        if kind == KIND_C:
            return KIND_A
        return (kind + 1) % 5

    def adjust(self, value, kind):
        if kind == KIND_A:
            return value + 3
        if kind == KIND_B:
            return value - 1 if value > 0 else value
        if kind == KIND_C:
            return value * 2 % 97
        if kind == KIND_D:
            return value
        return value + self.counter % 5

    def letters_differ(self, a, b):
        if a != b:
            self.letter_1 = a
            return True
        return False

    def words_order(self, first, second):
        position = 2
        letter = "A"
        while position <= 2:
            if self.letters_differ(first[position], second[position + 1]):
                letter = "A"
                position += 1
            else:
                position += 1
        if "W" <= letter <= "Z":
            position = 7
        if letter == "R":
            return True
        if first > second:
            position += 7
            self.counter = position
            return True
        return False

    def fill_arrays(self, a, b):
        base = a + 5
        self.row[base] = b
        self.row[base + 1] = self.row[base]
        self.row[base + 30] = base
        for i in range(base, base + 2):
            self.grid[base][i] = base
        self.grid[base][base - 1] += 1
        self.grid[base + 20][base] = self.row[base]
        self.counter = 5

    def step_record(self, rec):
        nxt = rec.link
        self.head.clone_into(rec)
        rec.count = 5
        nxt.count = rec.count
        nxt.link = rec.link
        self.touch(nxt)
        if nxt.kind == KIND_A:
            nxt.count = 6
            nxt.kind = self.next_kind(rec.kind)
            nxt.link = self.head.link
            nxt.count = self.adjust(nxt.count, KIND_C)
        else:
            rec.clone_into(nxt)
        return rec

    def touch(self, rec):
        if self.head is not None:
            rec.link = self.head.link
        self.counter = self.adjust(10, KIND_C)
        rec.count = self.counter

    def transaction(self, i, words):
        self.letter_2 = "B"
        self.flag = self.words_order(words[0], words[1])
        x, y = 2, 3
        while x < y:
            z = 5 * x - y
            z = self.adjust(z, KIND_A)
            x += 1
        self.fill_arrays(x, z)
        self.step_record(self.head)
        kind = KIND_A
        for letter in "AB":
            if letter == self.letter_2:
                kind = self.next_kind(KIND_C)
        y = x * z
        z = y // x
        y = 7 * (y - z) - x
        label = words[i & 1] + str(i % 10)
        return (y + z + len(label) + kind + self.counter) & 0xFFFF


def run(transactions=TRANSACTIONS):
    m = Machine()
    words = ("DHRYSTONE PROGRAM, 1'ST STRING", "DHRYSTONE PROGRAM, 2'ND STRING")
    checksum = 0
    for i in range(transactions):
        checksum = (checksum * 31 + m.transaction(i, words)) % 1000003
    return checksum


if __name__ == "__main__":
    print(run())
