"""Each extraction rule does what its examples say: with the rule the example reads as written, without it not."""
import pytest

from service.core.extraction import extract_quotes, rules

EXAMPLES = rules.examples()


def outcome(example: dict) -> tuple[bool, str | None]:
    """Whether the example's quote is kept, and under whom."""
    found = extract_quotes(example["text"], example.get("published"), author=example.get("author"))
    for quote in found:
        if example["quote"] in quote.text:
            return True, quote.speaker
    return False, None


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e['rule']}-{n}" for n, e in enumerate(EXAMPLES)])
def test_each_rule_example_reads_as_written_and_differently_without_its_rule(example):
    expected = (True, example["speaker"]) if example.get("speaker") else (example.get("kept", False), None)
    assert outcome(example) == expected
    with rules.disabled(example["rule"]):
        assert outcome(example) != expected


def test_every_rule_has_an_example_and_every_example_a_rule():
    named = {(e["stage"], e["rule"]) for e in EXAMPLES}
    registered = {(r.stage, r.name) for r in rules.registered()}
    assert registered - named == set()
    assert named - registered == set()


def test_the_rule_list_in_the_docs_is_generated_from_the_rules():
    document = rules.DOC.read_text(encoding="utf-8")
    assert rules.with_rule_list(document) == document


def test_a_disabled_rule_is_switched_back_on_afterwards():
    every = rules.registered()
    if every:
        with rules.disabled(every[0].name):
            assert every[0] not in rules.rules(every[0].stage)
        assert every[0] in rules.rules(every[0].stage)
    with pytest.raises(KeyError):
        with rules.disabled("no_such_rule"):
            pass


def test_every_clause_rule_says_which_side_of_the_cue_it_reads():
    assert all(each.reads in {"before", "after", "cue"} for each in rules.rules("clause"))


def test_a_rule_finds_nothing_in_a_context_it_does_not_read(monkeypatch):
    asked = []
    only_its_own = rules.first

    def every_rule(stage, context, reads=None):
        if reads is not None:
            asked.append(reads)
            for other in rules.rules(stage):
                assert other.reads in {None, reads} or other.run(context) is None, (other.name, reads)
        return only_its_own(stage, context, reads)
    monkeypatch.setattr(rules, "first", every_rule)
    for example in EXAMPLES:
        outcome(example)
    assert set(asked) == {"before", "after", "cue", "lead-in"}
