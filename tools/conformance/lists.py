"""The Lib/test modules that the project's issues name in their resolution bars; the status file totals each list."""

CORE_LANGUAGE = """test_grammar test_opcodes test_scope test_class test_descr test_generators test_coroutines test_exceptions
test_raise test_with test_contextlib test_patma test_unpack test_unpack_ex test_augassign test_binop test_compare
test_richcmp test_super test_property test_exception_group test_except_star test_keywordonlyarg test_positional_only_arg
test_named_expressions test_funcattrs test_iter test_genexps test_listcomps test_setcomps test_dictcomps test_global
test_isinstance test_baseexception test_dynamicclassattribute test_subclassinit test_typing""".split()

BUILTIN_TYPES = """test_int test_long test_float test_complex test_bool test_list test_tuple test_dict test_set test_unicode
test_bytes test_string test_fstring test_format test_builtin test_types test_enumerate test_range test_slice test_sort
test_dictviews test_string_literals test_contains test_index test_pow test_unary test_print test_int_literal
test_userdict test_userlist test_userstring test_memoryview test_hash test_math""".split()

STDLIB = """test_math test_itertools test_functools test_collections test_operator test_abc test_copy test_json test_re
test_enum test_dataclasses test_textwrap test_heapq test_bisect test_random test_statistics test_fractions test_decimal
test_datetime test_struct test_array test_io test_os test_pathlib test_time test_unittest test_argparse test_csv
test_pickle test_weakref test_threading test_deque test_defaultdict test_ordered_dict test_socket""".split()

# issue 6 measures the union of the three lists
CORE = list(dict.fromkeys(CORE_LANGUAGE + BUILTIN_TYPES + STDLIB))

LISTS = [
    ("Core language (issue 4: each module loads, 90% of its cases pass)", CORE_LANGUAGE),
    ("Builtin types and functions (issue 5: each module loads, 90% of its cases pass)", BUILTIN_TYPES),
    ("Core list of issue 6 (85% of the cases CPython passes)", CORE),
]
