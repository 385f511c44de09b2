class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(errors)
    def __str__(self):
        lines = [f"{len(self.errors)} validation error(s):"]
        for field, msg in self.errors:
            lines.append(f"  - {field}: {msg}")
        return "\n".join(lines)

def validate(user):
    errors = []
    if not user.get("email", "").count("@") == 1:
        errors.append(("email", "must contain exactly one @"))
    if len(user.get("password", "")) < 8:
        errors.append(("password", "too short"))
    if errors:
        raise ValidationError(errors)
    return True

print(validate({"email": "a@b.c", "password": "longenough"}))
try:
    validate({"email": "bad", "password": "longenough"})
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.args)
validate({"email": "x@@y", "password": "short"})
