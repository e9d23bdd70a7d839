#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema: validate_json.py SCHEMA FILE...

Prints one line per error ("FILE: at /events/0/time/start: '2021-13-40' does not match ...")
and exits 1 when any file is invalid, 0 when all are valid, and 77 (the usual "skipped" code)
when the jsonschema module is missing (Debian: apt-get install python3-jsonschema).
"""
import json
import sys


def main(argv):
    if len(argv) < 3:
        print("usage: validate_json.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("validate_json.py: the jsonschema module is missing "
              "(apt-get install python3-jsonschema)", file=sys.stderr)
        return 77
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failed = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
        for error in errors:
            where = "/" + "/".join(str(p) for p in error.path)
            print(f"{path}: at {where}: {error.message}")
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
