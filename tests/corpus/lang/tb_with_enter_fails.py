class Connection:
    opened = []
    def __init__(self, host, port):
        self.host, self.port = host, port
    def __enter__(self):
        if not isinstance(self.port, int):
            raise TypeError(f"port must be int, not {type(self.port).__name__}")
        Connection.opened.append(self.host)
        print(f"open {self.host}:{self.port}")
        return self
    def __exit__(self, *exc):
        print(f"close {self.host} (exc={exc[0].__name__ if exc[0] else None})")
        return False
    def query(self, q):
        return f"{self.host} answered {q!r}"

with Connection("db1", 5432) as c:
    print(c.query("select 1"))
with Connection("db2", 5433) as a, Connection("db3", 5434) as b:
    print(a.query("x"), "|", b.query("y"))
print(Connection.opened)
with Connection("db4", 1) as ok, Connection("db5", "5435") as broken:
    print("never reached")
