"""Runs the Department for Education's Children in Need census rules on a return.

    python check-cin-census.py RETURN.xml [RULESET]

RULESET defaults to cin2026_27. Prints every issue, marking each as an error or a query as the
rule itself is defined, and exits 1 if any rule defined as an error was broken (or on a return
the rules cannot read), 0 otherwise. Queries are printed for a person to explain, not failed.
"""
import importlib
import sys
import warnings
import xml.etree.ElementTree as ET

warnings.filterwarnings("ignore")

from cin_validator import cin_validator  # noqa: E402
from cin_validator.rule_engine import RuleType  # noqa: E402


def main() -> int:
    path = sys.argv[1]
    ruleset = sys.argv[2] if len(sys.argv) > 2 else "cin2026_27"
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    validator = cin_validator.CinValidator(data, registry)
    issues = validator.full_issue_df
    errors = 0
    seen = set()
    for _, issue in issues.iterrows():
        code = str(issue["rule_code"])
        key = (code, issue["child_id"])
        if key in seen:
            continue
        seen.add(key)
        is_error = registry[code].rule_type == RuleType.ERROR
        errors += is_error
        kind = "ERROR" if is_error else "query"
        print(f"{kind} {code} (location type {issue['rule_type']}) {issue['child_id']}: {issue['rule_description']}")
    for broken in validator.la_rules_broken:
        for _, issue in broken.iterrows():
            code = str(issue.get("rule_code", "?"))
            is_error = code in registry and registry[code].rule_type == RuleType.ERROR
            errors += is_error
            print(f"{'ERROR' if is_error else 'query'} {code} (whole return): {issue.get('rule_description', '')}")
    print(f"{len(root.find('Children').findall('Child'))} children checked with {ruleset}: {errors} errors, {len(seen) - errors} queries")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
