def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError(f"age must be int, got {type(record.get('age')).__name__}"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')} invalid", problems)
    return "ok"

records = [
    {"id": 1, "name": "ann", "age": 30},
    {"id": 2, "name": "", "age": 5},
    {"id": 3, "name": "bob", "age": "old"},
]
for r in records:
    try:
        print(r["id"], validate(r))
    except* ValueError as g:
        print(r["id"], "value problems:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print(r["id"], "type problems:", [str(e) for e in g.exceptions])

def validate_all(rs):
    errors = []
    for r in rs:
        try:
            validate(r)
        except ExceptionGroup as eg:
            errors.append(eg)
    if errors:
        raise ExceptionGroup("validation failed", errors)

validate_all(records + [{"id": 4, "name": None, "age": None}])
