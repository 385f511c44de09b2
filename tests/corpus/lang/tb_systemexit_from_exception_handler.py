import sys

def parse_args(argv):
    opts = {}
    for arg in argv:
        if not arg.startswith("--"):
            raise ValueError(f"unexpected argument {arg!r}")
        key, _, value = arg[2:].partition("=")
        opts[key] = value or True
    return opts

def main(argv):
    try:
        opts = parse_args(argv)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
    print("options:", opts)
    return 0

print(main(["--verbose", "--level=3"]))
try:
    main(["oops"])
except SystemExit as e:
    print("exit code would be", e.code, "| context:", repr(e.__context__))
main(["--ok", "positional"])
