"""Write the rule list of docs/EXTRACTION.md from the registered rules: `python -m service.core.extraction`."""
import sys

from . import rules


def main() -> int:
    """Replace the generated block of docs/EXTRACTION.md with today's rules and their examples."""
    rules.DOC.write_text(rules.with_rule_list(rules.DOC.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the rule list of {rules.DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
