"""The extractor's rules: small named functions, each registered under a stage and run in registration order.

A stage is one decision of the pipeline, and every rule of a stage has the same signature: it takes the
stage's context object and returns a finding, or None when it does not apply. The stages, in pipeline order:

    clause        who an attribution clause names ("said Jens Stoltenberg", "the Kremlin said")
    attribution   which clause attributes a quotation (after it, before it, a dash line, ...)
    continuation  whose words a quotation without a clause of its own goes on
    resolution    the person a mention stands for (a surname, a pronoun, a description)
    record        whether a quotation found is kept as a quote (titles of works and terms are not)

Each rule has example sentences in `examples/<stage>.toml`, as `[[example]]` tables: `rule` (its name),
`text` (an article's text), `quote` (words of the quote it concerns), `speaker` (who the quote is credited to;
left out when the quote is not kept, or with `kept = true` when it is kept with no speaker), and optionally
`published` and `author`. `tests/unit/test_extraction_rules.py` runs each example with its rule on and off (the
outcome must differ); docs/EXTRACTION.md lists the rules from here (`python -m service.core.extraction`).
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STAGES = ("clause", "attribution", "continuation", "resolution", "record")
# The ways a rule may read its stage's context, as the rule list names them.
READINGS = {"before": "the words before the cue", "after": "the words after the cue",
            "cue": "the clause around the cue", "lead-in": "the lead-in before the quotation"}
EXAMPLES = Path(__file__).resolve().parent / "examples"


@dataclass(frozen=True)
class Rule:
    """One registered rule: its name (the function's), its stage, the function and, where a stage reads its
    context in several ways, the one this rule reads (a clause rule reads the words before the cue, those after
    it, or the clause around the cue as a whole)."""

    name: str
    stage: str
    run: Callable[[Any], Any]
    reads: str | None = None

    @property
    def summary(self) -> str:
        """The first paragraph of the rule's docstring, on one line."""
        doc = (self.run.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(doc.split())


_RULES: dict[str, list[Rule]] = {stage: [] for stage in STAGES}
_OFF: set[str] = set()
# The functions `first` runs, by stage and reading: worked out once (it runs for every cue of an article).
_RUNS: dict[tuple[str, str | None], tuple[Callable[[Any], Any], ...]] = {}


def rule(stage: str, reads: str | None = None) -> Callable[[Callable[[Any], Any]], Callable[[Any], Any]]:
    """Register the decorated function as the next rule of `stage`, one that reads its context as `reads` says."""
    if stage not in _RULES:
        raise ValueError(f"unknown stage {stage!r}")
    if reads is not None and reads not in READINGS:
        raise ValueError(f"unknown reading {reads!r}")

    def register(run: Callable[[Any], Any]) -> Callable[[Any], Any]:
        _RULES[stage].append(Rule(run.__name__, stage, run, reads))
        _RUNS.clear()
        return run
    return register


def rules(stage: str) -> list[Rule]:
    """The rules of a stage that are switched on, in order."""
    return [r for r in _RULES[stage] if r.name not in _OFF] if _OFF else _RULES[stage]


def is_on(name: str) -> bool:
    """Tell whether the rule of this name runs (no `disabled` block has switched it off)."""
    return name not in _OFF


def first(stage: str, context: Any, reads: str | None = None) -> Any:
    """The finding of the first rule of `stage` that applies to `context`, else None; with `reads`, only the
    rules that read the context that way are asked (the others would find nothing in it)."""
    runs = _RUNS.get((stage, reads))
    if runs is None:
        runs = _RUNS[stage, reads] = tuple(r.run for r in rules(stage) if reads is None or r.reads == reads)
    for run in runs:
        found = run(context)
        if found is not None:
            return found
    return None


def registered() -> list[Rule]:
    """Every rule, stage by stage in pipeline order."""
    return [r for stage in STAGES for r in _RULES[stage]]


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Run the pipeline with the named rules switched off (to show what each one decides)."""
    unknown = set(names) - {r.name for r in registered()}
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    before = set(_OFF)
    _OFF.update(names)
    _RUNS.clear()
    try:
        yield
    finally:
        _OFF.clear()
        _OFF.update(before)
        _RUNS.clear()


def examples() -> list[dict[str, Any]]:
    """Every example of every stage's file, each with its `stage` added."""
    found = []
    for stage in STAGES:
        path = EXAMPLES / f"{stage}.toml"
        if path.exists():
            for example in tomllib.loads(path.read_text(encoding="utf-8")).get("example", []):
                found.append({**example, "stage": stage})
    return found


DOC = Path(__file__).resolve().parents[3] / "docs" / "EXTRACTION.md"
BEGIN, END = "<!-- rules: begin (generated by python -m service.core.extraction) -->", "<!-- rules: end -->"


def rule_list() -> str:
    """The Markdown list of the rules, stage by stage, each with its summary and examples."""
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for example in examples():
        by_rule.setdefault(example["rule"], []).append(example)
    lines = []
    for stage in STAGES:
        if not _RULES[stage]:
            continue
        lines += ["", f"### Stage `{stage}`", ""]
        for number, each in enumerate(_RULES[stage], 1):
            reads = f" *(reads {READINGS[each.reads]})*" if each.reads else ""
            lines.append(f"{number}. **`{each.name}`**{reads} — {each.summary}")
            for example in by_rule.get(each.name, []):
                lines.append(f"   - `{_one_line(example['text'])}` → {_outcome(example)}")
    return "\n".join(lines).strip("\n")


def _one_line(text: str) -> str:
    """An example's text on one line of Markdown (paragraph breaks shown as ¶)."""
    return text.replace("\n\n", " ¶ ").replace("\n", " ¶ ").replace("`", "'")


def _outcome(example: dict[str, Any]) -> str:
    """What the example reads as: its speaker, a quote kept with nobody, or no quote."""
    if example.get("speaker"):
        return f"“{example['quote']}” — {example['speaker']}"
    return f"“{example['quote']}” kept, no speaker" if example.get("kept") else f"“{example['quote']}” not kept"


def with_rule_list(document: str) -> str:
    """`document` with the text between the markers replaced by today's rule list."""
    head, begin, rest = document.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"{DOC.name} has no rule-list markers")
    return f"{head}{BEGIN}\n{rule_list()}\n{END}{tail}"
