def make_validator(rules):
    def validate(record):
        for field, check in rules.items():
            value = record[field]
            if not check(value):
                raise ValueError(f"{field}={value!r} failed validation")
        return True
    return validate

rules = {"age": lambda v: 0 <= v < 150, "name": lambda v: v.isalpha()}
validate = make_validator(rules)
print(validate({"age": 30, "name": "ann"}))
for rec in [{"age": 200, "name": "bob"}, {"age": 5, "name": "c3po"}]:
    try:
        validate(rec)
    except ValueError as e:
        print("invalid:", e)
print(validate.__closure__[0].cell_contents is rules)
rules["age"] = lambda v: v >= 18
print(validate({"age": 40, "name": "dee"}))
try:
    validate({"age": 17, "name": "eve"})
except ValueError as e:
    print("after rule change:", e)
print(validate({"age": 20, "name": None}))
