"""How surely the extractor credits a quote: the way it found the speaker, and what that way is worth.

Each extracted quote gets an attribution class, named after how its speaker was found; the class's
confidence is the share of quotes of that class whose speaker was right on PolNeAR's train split and the
newsroom set's development half (`python -m benchmarks.calibration --fit`, tables in docs/CALIBRATION.md).
A confidence is a measured accuracy, so a fact-checker can read 0.6 as "wrong about four times in ten".
"""
from __future__ import annotations

import re

from ..lexicon import capitalised_epithet, is_forename, is_title_word, office_only
from .paragraphs import _text_end_before
from .people import NAME_WORD, labels_answer

# Attribution classes, surest first.
NAMED = "named"  # a full name beside the quote ("…,” said Jens Stoltenberg)
SURNAME = "surname"  # a surname or short form resolved to a full name the article gave earlier
DESCRIPTION_PREVIOUS = "description_previous"  # a description resolved to the person the paragraph before names
DESCRIPTION_RESOLVED = "description_resolved"  # a description ("the senator") resolved to a person named elsewhere
DESCRIPTION = "description"  # a description kept as written ("a spokesman", "the Conservative MP")
PRONOUN_PARAGRAPH = "pronoun_paragraph"  # a pronoun whose person the same paragraph names
PRONOUN_PREVIOUS = "pronoun_previous"  # a pronoun whose person the paragraph just before names
PRONOUN_ALONE = "pronoun_alone"  # a pronoun whose person is named further back, and nobody else since
PRONOUN_SUBJECT = "pronoun_subject"  # as pronoun_run, and the person is the one the story is about
PRONOUN_RUN = "pronoun_run"  # a pronoun whose person is named further back, others since, but spoke just before
PRONOUN_FAR = "pronoun_far"  # a pronoun whose person only a paragraph further back names, others since
PRONOUN_DESCRIBED = "pronoun_described"  # a pronoun whose person the article only describes ("a spokesman … he said")
CONTINUED = "continued"  # no attribution of its own: goes on from the quote before it
GUESS = "guess"  # nobody is said to say it; the person the sentence is about, or the writer

# The classes whose speaker no name near the quote gives: a quote carrying on from one of them keeps its class.
WEAK_CLASSES = frozenset((DESCRIPTION_RESOLVED, DESCRIPTION, PRONOUN_SUBJECT, PRONOUN_RUN, PRONOUN_FAR,
                          PRONOUN_DESCRIBED, GUESS))

# Calibrated on the PolNeAR train split (840 articles) and the newsroom halves read (a, b, d-j, n-p, r: texts of
# many other outlets) together: each class's measured speaker accuracy, taken at the low end of its 95% interval
# (`python -m benchmarks.calibration --fit`; docs/CALIBRATION.md gives the counts behind each figure).
CONFIDENCE: dict[str, float] = {
    SURNAME: 0.97,
    CONTINUED: 0.94,
    NAMED: 0.93,
    PRONOUN_PREVIOUS: 0.90,
    PRONOUN_ALONE: 0.90,
    PRONOUN_PARAGRAPH: 0.87,
    DESCRIPTION_PREVIOUS: 0.86,
    PRONOUN_SUBJECT: 0.83,
    DESCRIPTION_RESOLVED: 0.60,
    PRONOUN_RUN: 0.59,
    GUESS: 0.52,
    DESCRIPTION: 0.50,
    PRONOUN_FAR: 0.36,
    PRONOUN_DESCRIBED: 0.03,
}
# An extracted quote stored before classes existed: the accuracy of all the extractor's quotes together.
EXTRACTED = "extracted"
CONFIDENCE[EXTRACTED] = 0.91

# Characters looked back over for the pronoun's person (a paragraph is rarely longer): bounds the work per
# quote, so a text of many quotes in one endless paragraph still costs linear time.
LOOK_BACK = 3000


def attribution_class(text: str, kind: str | None, written: str | None, speaker: str | None, paragraph_start: int,
                      at: int, continued: bool = False, guessed: bool = False, alone: bool = False,
                      spoke_before: bool = False, title: str | None = None, described: bool = False,
                      subject: bool = False) -> str | None:
    """Name how a quote's speaker was found: `kind`/`written` are the attribution's mention as the clause reads
    it (kind name, org, joint, nominal or pronoun), `at` where that mention stands and `paragraph_start` where
    the quote's paragraph begins; `continued` when the quote took the attribution of the one before it,
    `guessed` when no clause credits it, `alone` when nobody else is named since the person a pronoun means,
    `spoke_before` when the quote just before it (in its paragraph or the two before) is theirs, `title` the
    title the speaker was resolved with, and `described` when a pronoun's person is no one the article names (a
    description). None when there is no speaker."""
    if not speaker:
        return None
    if guessed or kind is None:
        return GUESS
    if continued:
        return CONTINUED
    if kind == "pronoun" and (written or "").casefold() == "i":
        # An "I" outside the quote is the byline's writer, or in an interview the one whose label opens the answer.
        return PRONOUN_PARAGRAPH if labels_answer(text, paragraph_start, speaker) else GUESS
    if kind == "pronoun" and described:
        # ("…, a senior official said. ¶ “…,” he added": a pronoun is no surer than the description it goes back to.)
        return PRONOUN_DESCRIBED
    if kind == "pronoun":
        where = _named_where(text, speaker, paragraph_start, at)
        if where is not None:
            return PRONOUN_PARAGRAPH if where == "paragraph" else PRONOUN_PREVIOUS
        if alone:
            return PRONOUN_ALONE
        # (Others named in passing between a run of one person's quotes: "…,” he said.)
        if spoke_before:
            return PRONOUN_SUBJECT if subject else PRONOUN_RUN
        return PRONOUN_FAR
    # (An office resolved to whom the article gives that title is as sure as a name: "the US President" for "US
    # President Donald Trump"; resolved to the one person a paragraph is about, it is a description.)
    office = re.sub(r"^[Tt]he\s+", "", written or "")
    # (A capitalised epithet, "the Norwegian", is a description of whom it means, resolved or not.)
    held = set((title or "").casefold().split())
    described = kind == "nominal" or (office_only(office) or _lone_office(text, office, at)) and not set(
        office.casefold().split()) <= held or (office != (written or "") and capitalised_epithet(office))
    if described or office_only(speaker):
        # ("the Conservative MP said", kept as written: an office in capitals describes whoever holds it.)
        if not (described and _resolved(written, speaker)):
            return DESCRIPTION
        # ("Holcomb said he would sign it. ¶ “…,” the governor said": the paragraph before is about the person. Named
        # in the quote's own paragraph, the description more often sets someone else apart from them.)
        return DESCRIPTION_PREVIOUS if _named_where(text, speaker, paragraph_start, at) == "previous" else (
            DESCRIPTION_RESOLVED)
    if written and len(NAME_WORD.findall(written)) < len(NAME_WORD.findall(speaker)):
        return SURNAME
    return NAMED


# "the " and lowercase words before a mention ("the President", "the future Minister").
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he(?: [a-z]+){0,2} $")


def _lone_office(text: str, office: str, at: int) -> bool:
    """Tell whether a mention at `at` is one role word after "the" ("the President said", "the future Minister
    said"): an office in capitals that describes whoever holds it, not a name."""
    return " " not in office and is_title_word(office.casefold().rstrip(".")) and bool(
        _ARTICLE_BEFORE.search(text, max(0, at - 30), at))


def continued_class(method: str | None, source: str | None) -> str | None:
    """The class of a quote given the class of the quote whose attribution it goes on from: a quote that carries on
    from a weak attribution is as sure as that attribution ("…,” he said, a far pronoun. ¶ “…": the second
    paragraph is as sure as the pronoun)."""
    return source if method == CONTINUED and source in WEAK_CLASSES else method


def _named_where(text: str, speaker: str, paragraph_start: int, at: int) -> str | None:
    """Where the person's last name (or leading words) is written before a mention at `at`: "paragraph" between
    the paragraph's start and the mention, "previous" in the paragraph before, else None."""
    forms = _short_forms(speaker)
    lo, hi = max(paragraph_start, at - LOOK_BACK), max(paragraph_start, at)
    if _written(text, forms, lo, hi) or _forename_alone(text, speaker, lo, hi):
        return "paragraph"
    before = _previous_paragraph(text, paragraph_start)
    lo = max(before, paragraph_start - LOOK_BACK)
    if _written(text, forms, lo, paragraph_start) or _forename_alone(text, speaker, lo, paragraph_start):
        return "previous"
    return None


def _short_forms(speaker: str) -> list[str]:
    """The short forms an article names a person by: the last name, and for a name of three words or more its first
    two ("Abu Hassan" of Abu Hassan Omar)."""
    names = NAME_WORD.findall(speaker)
    return [f for f in (names[-1] if names else "", " ".join(names[:2]) if len(names) >= 3 else "") if f]


def _forename_alone(text: str, speaker: str, lo: int, hi: int) -> bool:
    """Tell whether the person's forename is written alone between lo and hi, as British copy names people ("Abby
    said:" of Abby Dunn): no capitalised word beside it, so that "Michael Jordan" is not Jordan Henderson."""
    names = NAME_WORD.findall(speaker)
    if len(names) < 2 or not is_forename(names[0]):
        return False
    for found in re.compile(rf"\b{re.escape(names[0])}\b").finditer(text, lo, hi):
        start, end = found.span()
        if not _CAPITALISED_BESIDE_BEFORE.search(text, max(0, start - 40), start) and not (
                _CAPITALISED_BESIDE_AFTER.match(text, end, end + 40)):
            return True
    return False


_CAPITALISED_BESIDE_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s$")
_CAPITALISED_BESIDE_AFTER = re.compile(r"\s[A-Z]")


def _written(text: str, forms: list[str], lo: int, hi: int) -> bool:
    """Tell whether one of the forms is written between offsets lo and hi."""
    return any(text.find(form, lo, hi) >= 0 for form in forms)


def _resolved(written: str | None, speaker: str) -> bool:
    """Tell whether a description was resolved to someone's name: no word of the speaker is the description's
    ("the governor" read as Eric Holcomb; "the Conservative MP" kept as "Conservative MP")."""
    described = {w.casefold() for w in NAME_WORD.findall(written or "")}
    return not office_only(speaker) and not any(w.casefold() in described for w in NAME_WORD.findall(speaker))


def _previous_paragraph(text: str, start: int) -> int:
    """Where the paragraph before the one starting at `start` begins (blank lines between skipped)."""
    end = _text_end_before(text, start)
    return text.rfind("\n", max(0, end - LOOK_BACK), end) + 1


def confidence_of(method: str | None) -> float | None:
    """The calibrated confidence of an attribution class (None for a quote credited to nobody)."""
    return CONFIDENCE.get(method) if method else None
