class Model:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.required if not hasattr(cls, name)]
        print(f"checking {cls.__name__}: required={cls.required} missing={missing}")
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")

class User(Model):
    required = ("table",)
    table = "users"

class Post(Model):
    required = ("table", "owner")
    table = "posts"
    owner = User

print(User.table, Post.owner.__name__)
try:
    class Broken(Model):
        required = ("table",)
except TypeError as e:
    print("caught:", e)

class Comment(Model):
    required = ("table", "post", "author")
    table = "comments"
    post = Post
