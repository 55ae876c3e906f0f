#!/usr/bin/python3
"""Checks a JSON array of xAPI 1.0.3 statements against statement-1.0.3.schema.json with
Debian's python3-jsonschema (Draft 7), plus the rules a schema cannot say: statement ids are
unique, and (section 2.4.3) the verb is one of the ADL vocabulary's when it is an adlnet IRI.
Prints each problem; exits 0 only when every statement passes."""
import json
import os
import sys
from importlib.metadata import version

import jsonschema

ADL_VERBS = {"answered", "asked", "attempted", "attended", "commented", "completed", "exited",
             "experienced", "failed", "imported", "initialized", "interacted", "launched",
             "mastered", "passed", "preferred", "progressed", "registered", "responded",
             "resumed", "scored", "shared", "suspended", "terminated", "voided"}


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "statement-1.0.3.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        statements = json.load(f)
    if not isinstance(statements, list) or not statements:
        print("expected a non-empty JSON array of statements")
        return 1
    validator = jsonschema.Draft7Validator(schema)
    problems = 0
    seen = set()
    for i, statement in enumerate(statements):
        for error in validator.iter_errors(statement):
            print(f"statement {i}: {'/'.join(str(p) for p in error.absolute_path)}: {error.message}")
            problems += 1
        sid = statement.get("id") if isinstance(statement, dict) else None
        if sid in seen:
            print(f"statement {i}: id {sid} repeated")
            problems += 1
        seen.add(sid)
        verb = statement.get("verb", {}).get("id", "") if isinstance(statement, dict) else ""
        prefix = "http://adlnet.gov/expapi/verbs/"
        if verb.startswith(prefix) and verb[len(prefix):] not in ADL_VERBS:
            print(f"statement {i}: {verb} is not in the ADL verb vocabulary")
            problems += 1
    print(f"{len(statements)} statement(s), {problems} problem(s) (jsonschema {version('jsonschema')})")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
