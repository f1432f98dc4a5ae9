"""The reasons vocabulary: every reason the core can give is documented in the README's Verdicts section."""
from __future__ import annotations

import re
from pathlib import Path

from service.core import reasons

README = Path(__file__).resolve().parents[2] / "README.md"


def verdicts_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## Verdicts"):text.index("\n## ", text.index("## Verdicts") + 1)]


def test_every_reason_is_a_named_constant_in_one_list_without_repeats():
    named = {value for name, value in vars(reasons).items() if name.isupper() and isinstance(value, str)}
    assert named == set(reasons.ALL) and len(reasons.ALL) == len(set(reasons.ALL))
    assert all(re.fullmatch(r"[a-z_]+", reason) for reason in reasons.ALL)


def test_the_readme_documents_every_reason_and_no_other():
    documented = set(re.findall(r"^\| `([a-z_]+)` \| ", verdicts_section(), re.M))
    verdict_names = {"verified", "misquoted", "misattributed", "disputed", "not_found"}
    assert documented - verdict_names == set(reasons.ALL)
