class DatabaseError(Exception):
    pass
class ServiceError(Exception):
    pass

def query(sql):
    if "DROP" in sql:
        raise PermissionError("destructive statements are not allowed")
    return [("row", 1)]

def repository(sql):
    try:
        return query(sql)
    except PermissionError as e:
        raise DatabaseError(f"query failed: {sql!r}") from e

def service(sql):
    try:
        return repository(sql)
    except DatabaseError:
        raise ServiceError("service unavailable")

print(service("SELECT 1"))
try:
    service("DROP TABLE x")
except ServiceError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__cause__ or c.__context__
    print(chain)
service("DROP TABLE users")
