"""Quotes and their speakers from article text: direct, split, multi-paragraph and partial quotations.

The pipeline: pair the quotation marks (marks), read the attribution clauses around each
quotation (candidates), resolve surnames and pronouns to the people the article names
(people), and date the quote when the clause says when (dates). Every step is a
single pass or works inside one sentence, so the whole costs time linear in the text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter

from ..lexicon import (
    BASE_CUES,
    BODY_NOUNS,
    CAPITALISED_EPITHETS,
    CHANT_WORDS,
    CLAUSE_SUBJECTS,
    CUE_VERBS,
    DOCUMENTS,
    FRAGMENT_CUES,
    MODALS,
    NAME_CALLING,
    NATIONALITIES,
    NON_NAMES,
    NOT_CLAUSE_OPENERS,
    NOT_VERBS,
    OBJECTS,
    OPENING_PREPOSITIONS,
    ORG_WORDS,
    PARTICIPLE_CUES,
    PERSON_NOUNS,
    PRONOUNS,
    REPORTING,
    SPEECH_NOUNS,
    TITLE_LEADS,
    TITLE_WORDS,
    WORKS,
    is_place,
)
from ..models import ExtractedQuote
from ..speakers import canonical_name, split_title
from .candidates import (
    AGE_EPITHET,
    INDEFINITES,
    JOINT,
    NUMBER,
    Attribution,
    Mention,
    Tok,
    _is_cap,
    _is_title,
    after_time_adjunct,
    attributions,
    subject_after,
    subject_before,
    tokens,
)
from .confidence import attribution_class, confidence_of
from .dates import date_in
from .marks import QuoteSpan, find_quotations, paragraphs, single_style_as_double
from .people import (
    MAX_HEADLINE_NAME_WORDS,
    POSSESSIVE_END,
    ROLE_FORMS,
    People,
    Person,
    described_gender,
    gender_of,
    role_words,
)

_ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj|"
                               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|etc|[A-Z])|(?:[A-Za-z]\.)+[A-Za-z])$")
_SENTENCE_BREAK = re.compile(r"[.!?]+[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
_SENTENCE_END_INNER = re.compile(r"[.!?…][”’\"]?\s*$")
_WORD = re.compile(r"\w+")
_OPENING_WORDS = re.compile(r"^\W*[A-Z0-9…]")
MIN_PARTIAL_WORDS = 2  # a fragment of fewer words is a term in quotation marks, too short to check
MIN_DIRECT_WORDS = 4  # a capitalised quotation shorter than this inside a sentence is a name or title
JOIN_SPLIT_QUOTES = True  # “A,” he said. “B.” is one quote with two parts
MAX_SUBJECT_SCAN = 8
MAX_OPENING_PHRASE = 24  # tokens of an opening phrase before the subject ("In a speech on Monday,")
MAX_APPOSITIVE = 20
MAX_OPENING_COMMAS = 3
MAX_ANTECEDENTS = 60  # named speakers looked back over to resolve a pronoun
MAX_STRETCHES_BACK = 12  # how far back in a sentence to look for a lead-in, in unquoted stretches


@dataclass
class _Found:
    """A quotation with what the text around it says about it, before speakers are resolved."""

    span: QuoteSpan
    kind: str
    attribution: Attribution | None = None
    clause: tuple[int, int] | None = None  # the sentence text outside the quote, for the date
    inherited_from: _Found | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)


_PLATFORM_X = re.compile(r"\b(?:on|to|via)\s+X$")  # "… posted on X. “…”": the platform, not an initial


def _sentence_breaks(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in [lo, hi) where a new sentence starts (abbreviations such as "Mr." do not end one)."""
    found = []
    for match in _SENTENCE_BREAK.finditer(text, lo, hi):
        before = text[max(lo, match.start() - 12):match.start()]
        if match.group().startswith(".") and _ABBREVIATION_END.search(before) and not _PLATFORM_X.search(before):
            continue
        found.append(match.end())
    return found


class _Paragraph:
    """One paragraph's unquoted stretches, their tokens and attribution clauses."""

    def __init__(self, text: str, lo: int, hi: int, spans: list[QuoteSpan]):
        self.lo, self.hi = lo, hi
        self.breaks = _sentence_breaks(text, lo, hi)
        self.stretches: list[tuple[int, int, list[Tok], list[Attribution]]] = []
        cursor = lo
        edges = []
        for span in spans:
            for a, b in span.parts:
                if lo <= a - 1 and b <= hi:
                    edges.append((a - 1, min(hi, b + 1)))
        for a, b in sorted(edges):
            if a > cursor:
                self._add(text, cursor, a)
            cursor = max(cursor, b)
        if cursor < hi:
            self._add(text, cursor, hi)
        self._starts = [st[0] for st in self.stretches]

    def _add(self, text: str, lo: int, hi: int) -> None:
        toks = tokens(text, lo, hi)
        self.stretches.append((lo, hi, toks, attributions(toks)))

    def sentence_start(self, at: int) -> int:
        """Offset where the sentence holding `at` begins."""
        k = bisect.bisect_right(self.breaks, at)
        return self.breaks[k - 1] if k else self.lo

    def sentence_end(self, at: int) -> int:
        """Offset where the sentence holding `at` ends (the next sentence's start, or the paragraph's end)."""
        k = bisect.bisect_right(self.breaks, at)
        return self.breaks[k] if k < len(self.breaks) else self.hi

    def stretch_at(self, lo: int, hi: int):
        """The unquoted stretch lying within [lo, hi), if any."""
        k = bisect.bisect_left(self._starts, lo)
        if k < len(self.stretches) and self.stretches[k][1] <= hi:
            return self.stretches[k]
        return None

    def stretches_before(self, at: int, limit: int = MAX_STRETCHES_BACK):
        """The unquoted stretches ending at or before `at`, nearest first (at most `limit`)."""
        k = bisect.bisect_right(self._starts, at)
        for n in range(k - 1, max(-1, k - 1 - limit), -1):
            if self.stretches[n][1] <= at:
                yield self.stretches[n]


def _words(text: str) -> int:
    """Count the words of a piece of text."""
    return len(_WORD.findall(text))


def _classify(text: str, span: QuoteSpan, para: _Paragraph) -> str:
    """Tell a full-sentence ("direct") quotation from a fragment inside a sentence ("partial")."""
    if span.single:
        return "partial"
    inner = text[span.start:span.end]
    before = text[para.sentence_start(span.open_mark):span.open_mark].rstrip()
    starts_clause = not before or before.endswith((":", ",", "—", "–", ";")) or before.endswith(
        ("said", "says", "added", "asked", "wrote", "told"))
    capitalised = bool(_OPENING_WORDS.match(inner))
    if capitalised and starts_clause and (_words(inner) >= MIN_DIRECT_WORDS or _SENTENCE_END_INNER.search(inner) or (
            not before and inner.rstrip().endswith(","))):
        return "direct"  # "“It changes nothing,” Peskov said": a sentence that its attribution interrupts
    if capitalised and _words(inner) >= 8 and _SENTENCE_END_INNER.search(inner.rstrip(",")):
        return "direct"
    return "partial"


def _right_attribution(found: _Found, text: str, para: _Paragraph, next_open: int) -> Attribution | None:
    """The clause right after a quotation: "…,” he said", "…,” said Stoltenberg", "…” ― Jane Doe"."""
    span = found.span
    stretch = para.stretch_at(span.close_mark, max(next_open, span.close_mark))
    if not stretch or stretch[0] != span.close_mark:
        return None
    lo, hi, toks, attrs = stretch
    end = para.sentence_end(lo)
    closed_sentence = text[span.start:span.end].rstrip().endswith(".")
    for attr in attrs:
        leading = text[lo:attr.start]
        if leading.lstrip(" \"”’").startswith((".", "!", "?")) and attr.start >= end:
            break  # “…nonsense”. He added: a full stop after the closing mark ends the quotation's sentence
        if not leading.strip(" ,.;:—–-\"”’"):
            # Right after the closing mark: "…,” he said", and "…?” Trump asked" though the question
            # mark looks like the end of a sentence.
            if closed_sentence and (_reports_a_clause(toks, attr) or attr.speaker.start < attr.cue_start and (
                    _REPORTED_CLAUSE.match(text, attr.end) or _goes_on(text, attr.end, para.sentence_end(attr.end)))):
                # “… escapades.” The Agency said North Korea had …, “… “false.” FEMA Administrator Deanne Criswell
                # said misinformation was …: a new sentence with its own object.
                continue
            return attr
        if attr.speaker.kind == "name" and _DESCRIPTION_BEFORE_NAME.fullmatch(leading) and (
                leading.rstrip(" ,").rsplit(None, 1)[-1].casefold() in TITLE_WORDS | PERSON_NOUNS):
            # "…!” Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a description, then the name.
            return _with_leading_title(attr, text, lo)
        if attr.start >= end:
            break
        if leading.strip(" ,\"”’").casefold() == "as" and attr.start < end:
            return attr  # "“…,” as Cruz said on Monday"
        if attr.start < end and _only_modifiers(leading) and attr.speaker.kind in {"name", "nominal"} and (
                attr.speaker.start < attr.cue_start):
            # "…,” Justice Department trial counsel Caroline Wolverton wrote": the words before the name are its title.
            return _with_leading_title(attr, text, lo)
        after = text[attr.end:end]
        # “If …” by the US, Clinton said on Monday, “we …”: an attribution inside one quoted sentence.
        at_sentence_end = not after.strip(" .,;!?\"”’)") or after.lstrip().startswith(",") or _resumes_quotation(
            text[attr.end:next_open]) or _adjunct_only(after)
        if (leading.rstrip().endswith(",") and at_sentence_end) or attr.cue in {"according to", "per"}:
            return attr  # "…” for criminal behavior, she said."
    # A byline dash: "…” ― Jane Doe" (a fragment tries its own sentence first: see _byline).
    return _byline(text, lo, hi) if found.kind == "direct" else None


def _goes_on(text: str, at: int, end: int) -> bool:
    """Tell whether a sentence goes on past its verb of saying with more than where or how it was said ("wrote in a
    Facebook post that Pryor was …" does; "said at a rally." does not)."""
    after = text[at:end].strip(" .!?\"”’")
    return bool(after) and not _adjunct_only(after) and not after.startswith(",")


MAX_ADJUNCT = 80  # characters of "at a town hall on Monday," between an attribution and the quotation it resumes


def _adjunct_only(after: str) -> bool:
    """Tell whether what follows an attribution to the end of its sentence only says where or how it was said
    ("…” yet in the glass ceiling, she said in a video message to the convention."), with no clause of its own."""
    words = after.split()
    return bool(words) and words[0] in _WHERE_OR_HOW and len(after) <= MAX_ADJUNCT and not re.search(
        r"[“”\"]|\b(?:that|what|how|if|whether)\b", after)


# Words opening a phrase of where, when or how something was said, after its attribution.
_WHERE_OR_HOW = {"in", "on", "at", "to", "during", "later", "last", "this", "today", "while", "when", "after",
                 "outside", "inside", "aboard", "onstage", "afterward", "afterwards", "ahead", "with", "of"}


def _resumes_quotation(gap: str) -> bool:
    """Tell whether the words after an attribution only lead back into quotation marks ("…, Clinton said at a
    town hall on Monday, “we would …”"): the attribution sits inside one quoted sentence."""
    stripped = gap.strip()
    return len(gap) <= MAX_ADJUNCT and (not stripped or stripped.endswith(",")) and not re.search(r"[.!?;:“”\"\n]", gap)


def _subject_ending(toks: list[Tok], lo: int = 0) -> tuple[Mention, int] | None:
    """The speaker written at the end of `toks`, parsed as if a verb of saying followed ("Jane Doe" of "― Jane
    Doe", "Trump" of "As for Trump"), with its first token's index; None when no speaker ends there."""
    if not toks:
        return None
    return subject_before(toks + [Tok("said", toks[-1].end, toks[-1].end)], len(toks), lo)


def _byline(text: str, lo: int, hi: int) -> Attribution | None:
    """The name after a dash right after a quotation ("…” ― Jane Doe", "…”― Carla Sanchez.")."""
    dash = _DASH_NAME.match(text, lo, hi)
    if not dash or dash.group("name").split()[0] in NON_NAMES:
        return None  # "— With files from The Canadian Press": a credit line, not a name
    end = dash.end("name")
    while end > dash.start("name") + 1 and text[end - 1] == "." and text[end - 2].islower():
        end -= 1  # "― Carla Sanchez.": the full stop ends the sentence, not an abbreviation
    name_toks = tokens(text, dash.start("name"), end)
    parsed = _subject_ending(name_toks)
    if parsed and parsed[0].kind == "name" and parsed[1] == 0:
        return Attribution("―", lo, parsed[0], dash.start("name"), end)
    return None


def _reports_a_clause(toks: list[Tok], attr: Attribution) -> bool:
    """Tell whether a verb of saying goes on with what was said ("said that …", "said North Korea had …")."""
    after = [t for t in toks if t.start >= attr.end]
    if not after:
        return False
    word = after[0].text
    if word == "that" or (word[:1].isupper() and word not in NOT_CLAUSE_OPENERS and word.isalpha()):
        return True
    # "… timing.” Gov. Pat McCrory said it would be “improper” …": a subject after the verb opens what was said.
    return word.casefold() in CLAUSE_SUBJECTS and len(after) > 2


_CONTENT_CLAUSE = re.compile(r"\s*(?:[\w’'.-]+\s+){0,3}?that\b|"
                             # "said the two sides had agreed to a “…”": a reported clause without its "that"
                             r"\s+(?:the|a|an|his|her|their|its|he|she|they|it|we)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:had|has|have|would|will|was|were|is|are|could|should|must|might)\b")
# What a verb of saying goes on with when it reports a clause of its own ("said misinformation was putting …").
_REPORTED_CLAUSE = re.compile(r"\s+(?:that\b|(?:[\w’'-]+\s+){1,3}?(?:had|has|have|would|will|was|were|is|are|could|"
                              r"should|must|might|can|did|does)\b)")
_CLAUSE_BREAK = re.compile(r"[,;:—―–]")


def _outermost(candidates: list[Attribution], text: str) -> Attribution:
    """The attribution a quotation belongs to: the last before it, unless an earlier one reports a clause
    that holds the later ("Trump said that Romney begged him and “would have dropped to his knees”")."""
    last = candidates[-1]
    for attr in candidates[:-1]:
        between = text[attr.end:last.start]
        # A comma or dash between them closes the clause: "After Trump argued that …, Rubio said …".
        if attr.speaker.kind != "pronoun" and _CONTENT_CLAUSE.match(text, attr.end, attr.end + 60) and not (
                _CLAUSE_BREAK.search(between)):
            return attr
    return last


_MODIFIER_WORD = re.compile(r"^(?:[A-Za-z][\w’'.-]*|\$\d[\d,.]*)$")  # ("Fight for $15 organizing director")
_NOT_MODIFIERS = {"and", "or", "but", "that", "which", "who", "when", "as", "if", "because", "while", "after",
                  "before", "then", "so", "than", "said", "says", "told", "he", "she", "they", "we", "i", "it",
                  # "…” about her environmental record, Sanders jabbed": a phrase of the sentence, not a role
                  # ("…,” his friend Mahamat Saleh Oumar told the website" keeps "his friend")
                  "about", "on", "in", "to", "with", "during"}
MAX_LEADING_TITLE_WORDS = 6


# A few words and a comma between a closing mark and a name: "…!” Scott's niece, state Del. Marcia Price".
_DESCRIPTION_BEFORE_NAME = re.compile(r"[\s\"”’]*(?:[\w'’.-]+\s+){0,3}[a-z]+,\s*")


def _only_modifiers(leading: str) -> bool:
    """Tell whether the words between a closing mark and a speaker can only be the speaker's role."""
    if leading.rstrip().endswith(","):
        return False  # "… ‘very significant risk’ of attack from Islamic State, Foreign Secretary Philip Hammond"
    body = leading.strip(" ,\"”’").split()
    return 0 < len(body) <= MAX_LEADING_TITLE_WORDS and all(
        _MODIFIER_WORD.match(w) and w.casefold() not in _NOT_MODIFIERS for w in body)


def _with_leading_title(attr: Attribution, text: str, lo: int) -> Attribution:
    """The attribution with the words before its speaker read as the speaker's title."""
    mention = attr.speaker
    begin = lo
    while begin < mention.start and not text[begin].isalnum():
        begin += 1
    if mention.kind == "nominal":
        phrase = text[begin:mention.end].strip()
        speaker = Mention("nominal", phrase, None, begin, mention.end)
    else:
        title = text[begin:mention.start].strip() or mention.title
        if mention.title and text.startswith(mention.title, mention.start) and title != mention.title:
            title = f"{title} {mention.title}"  # "President of the" + "European Commission", read on
        elif mention.title and title and not title.endswith(mention.title):
            title = f"{title}, {mention.title}"
        speaker = Mention(mention.kind, mention.text, title, mention.start, mention.end)
    return Attribution(attr.cue, attr.cue_start, speaker, begin, attr.end)


# "St Thomas ’ Hospital": a plural possessive's mark, a token of its own, goes back onto its word in a title.
_LONE_APOSTROPHE = re.compile(r"(?<=\w)\s+([’'])(?=\s|$)")
_DOCUMENT_FROM = re.compile(r"^(?:(?:a|an|the)\s+)?(?:%s)\s+(?:from|by)\s+(.+)$" % "|".join(sorted(DOCUMENTS)),
                            re.IGNORECASE)
_AGE_THEN_ARTICLE = re.compile(r"^(\d{1,3}, )(?:a|an|the) ")  # "45, a nurse from Dayton" -> "45, nurse from Dayton"
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s.]*")
MAX_PARTICIPLE_BACK = 8
_CUE_BEFORE_QUOTE = re.compile(r"\b(\w+)\s*[,:]\s*$")  # "… and said, “…”": a verb of saying leads into the quote
_DASH_LINE = re.compile(r"\s*[―—–-]+\s*[A-Z][^.!?\n]{0,60}\.?\s*$")


_BEFORE_PARTICIPLE = {"upon", "after", "before", "by", "while", "when", "without", "since", "in"}


def _participle_before(sentence_toks: list[Tok]) -> int | None:
    """Index of a participle of saying right before a quotation, or before its object ("The ad shows Clinton
    asking, “…”", "Trump took a risk, telling the crowd, “…”"), or None."""
    for back in range(1, min(len(sentence_toks), MAX_PARTICIPLE_BACK) + 1):
        if back > 2 and not (
                sentence_toks[-1].text in {",", ":"} and _object_words(sentence_toks[len(sentence_toks) - back + 1:])):
            return None
        if sentence_toks[-back].text.casefold() in PARTICIPLE_CUES:
            return len(sentence_toks) - back
    return None


def _object_words(toks: list[Tok]) -> bool:
    """Tell whether the tokens between a participle and a quotation are only its object ("the crowd,")."""
    return all(t.text in {",", ":"} or (t.text[:1].isalpha() and t.text.casefold() not in CUE_VERBS) for t in toks)


_DASH_NAME = re.compile(r"[\s.,]*[―—–-]+\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})")


def _left_attribution(found: _Found, text: str, para: _Paragraph, prev_close: int, known=None) -> Attribution | None:
    """The clause before a quotation in its sentence: "Blinken said: “…", "He announced that Russia expects ‘…’"."""
    span = found.span
    stretch = para.stretch_at(prev_close, span.open_mark)
    if not stretch or stretch[1] != span.open_mark:
        return None
    lo, hi, toks, attrs = stretch
    opens_sentence = para.sentence_start(span.open_mark) >= span.open_mark
    if opens_sentence and prev_close > para.sentence_start(span.open_mark - 1):
        # The quotation opens a sentence after one that quotes someone: it goes on with that speaker (see
        # _inherit), whatever else the sentence between says ("…,” Trump said, after outlets declared …. “…”).
        return None
    start = para.sentence_start(max(lo, hi - 1))
    candidates: list[Attribution] = []
    for st in para.stretches_before(span.open_mark):
        if st[1] <= start:
            break
        candidates = [a for a in st[3] if a.start >= start and a.end <= span.open_mark] + candidates
    sentence_toks = [t for t in toks if t.start >= start]
    if candidates:
        k = _participle_before(sentence_toks)
        if k is None:
            # "…, with Republican Senator John McCain telling reporters he viewed Obama as “directly responsible”":
            # a participle further back, after the sentence's last verb of saying, with its own named subject
            # brought in by "with".
            far = next((j for j in range(len(sentence_toks) - 1, 0, -1) if sentence_toks[j].start >= (
                candidates[-1].end) and sentence_toks[j].text in PARTICIPLE_CUES), None)
            parsed = subject_before(sentence_toks, far) if far is not None else None
            if far is not None and parsed and parsed[0].kind == "name" and parsed[1] > 0 and (
                    sentence_toks[parsed[1] - 1].text.casefold() == "with"):
                return Attribution(sentence_toks[far].text.casefold(), sentence_toks[far].start, parsed[0],
                                   sentence_toks[parsed[1]].start, sentence_toks[far].end)
        if k is not None and k > 0 and sentence_toks[k - 1].text != "," and (
                sentence_toks[k].start >= candidates[-1].end):
            # "The spot concludes with footage of Trump saying, “…”": a participle with its own named subject,
            # nearer the quotation than the sentence's verb, says who speaks (not one written to: "Thiel wrote in a
            # statement to Wired explaining why …").
            parsed = subject_before(sentence_toks, k)
            if parsed and parsed[0].kind == "name" and not (
                    parsed[1] > 0 and sentence_toks[parsed[1] - 1].text.casefold() in {"to", "for"}):
                return Attribution(sentence_toks[k].text.casefold(), sentence_toks[k].start, parsed[0],
                                   sentence_toks[parsed[1]].start, sentence_toks[k].end)
        joined = _joined_clause_fragment(sentence_toks, candidates[-1].end, text) if found.kind == "partial" else None
        return joined or _quoted_as_saying(sentence_toks, candidates[-1]) or _outermost(candidates, text)
    if opens_sentence and not text[lo:hi].rstrip().endswith(":"):
        return None  # the quotation opens its sentence: whoever the sentence before is about is not its speaker
    k = _participle_before(sentence_toks)
    if k is not None:
        back = len(sentence_toks) - k
        # "Clinton asking, “…”" names the asker; after a comma ("…, saying, “…”") or a preposition ("incurred
        # a wave of boos upon saying, “…”") the sentence's subject asks.
        after_clause = k > 0 and (sentence_toks[k - 1].text == "," or (
            sentence_toks[k - 1].text.casefold() in _BEFORE_PARTICIPLE))
        parsed = subject_before(sentence_toks, k) if k == 0 or not after_clause else None
        # "Trump released a statement saying “…”": the statement's author speaks.
        document = parsed is not None and parsed[0].kind == "nominal" and (
            parsed[0].text.split()[-1].casefold() in DOCUMENTS)
        if parsed and not document:
            return Attribution(sentence_toks[k].text.casefold(), sentence_toks[k].start, parsed[0],
                               sentence_toks[parsed[1]].start, sentence_toks[k].end)
        if k == 0 or after_clause or document:
            # "Warren … endorsed Clinton, saying, “…”": the participle's speaker is the sentence's subject
            # (read over the whole sentence: "Carson shared a class called “Perception”, writing “…”").
            whole = _unquoted_sentence_tokens(para, start, span.open_mark)
            opening = _sentence_subject(whole[:len(whole) - back], known)
            if opening is not None:
                return Attribution(sentence_toks[k].text.casefold(), sentence_toks[k].start, opening.speaker,
                                   opening.start, sentence_toks[k].end)
            if k == 0 and start > para.lo:
                # "Maher stated … that it “wasn’t good.” Adding, “Now, …”": a sentence that opens with the
                # participle goes on with the speaker of the sentence before.
                earlier = _previous_sentence_attribution(para, start)
                if earlier is not None:
                    return earlier
    # "Caddell: “…”" and "Caddell continued:" — a name and a colon right before the quotation.
    if sentence_toks and sentence_toks[-1].text == ":" and len(sentence_toks) >= 2:
        owner = _owner_of_words(sentence_toks[:-1])
        if owner is not None:
            return Attribution(":", sentence_toks[-1].start, owner, owner.start, hi)  # "Pelosi’s response: “…”"
        named = sentence_toks
        comma = next((n for n in range(len(named) - 2, 0, -1) if named[n].text == ","), None)
        if comma is not None and named[comma + 1].text.casefold() in {"on", "in", "at", "via", "to"}:
            named = named[:comma] + named[-1:]  # "• Kamala Harris, on X: “…”": where it was said is no name
        parsed = subject_before(named + [Tok("said", hi, hi)], len(named) - 1)
        parsed = parsed or subject_before(named, len(named) - 1)
        if parsed and parsed[0].kind in {"name", "org"} and (parsed[1] == 0 or named[parsed[1] - 1].text in {
                "-", "—", "–", "•", "*", "·"}):  # (a dash or a bullet before the name: "• Kamala Harris, on X: “…”")
            # "Caddell: “…”", and a name after a dash: "Pollsters agree - Carl Bialik: “…”".
            return Attribution(":", sentence_toks[-1].start, parsed[0], named[parsed[1]].start, hi)
        # "Kelly responded pointedly, with a smile: “…”", "the Board was conclusive in its findings: “…”":
        # whoever the sentence introducing the quotation is about.
        whole = _unquoted_sentence_tokens(para, start, span.open_mark)
        opening = _sentence_subject(whole, known, groups=False) or _document_author(whole)
        if opening is not None and opening.speaker.kind in {"name", "org", "nominal"}:
            return Attribution(":", sentence_toks[-1].start, opening.speaker, opening.start, hi)
        if opening is None and parsed and parsed[0].kind == "name" and (
                named[parsed[1] - 1].text.casefold() not in _ADDRESSED):
            # "The timing doesn't surprise Republican pollster Daron Shaw: “…”": with no one to speak as the
            # sentence's subject, the person named right before the colon does (not one spoken to or about:
            # "a message for Donald Trump:", "turned to Smith:").
            return Attribution(":", sentence_toks[-1].start, parsed[0], named[parsed[1]].start, hi)
    if found.kind == "partial":
        # "…called it ‘a disgrace’": a fragment verb with its subject.
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].start < start:
                break
            if toks[k].text.casefold() in FRAGMENT_CUES:
                if toks[k].text.endswith("ing") and k and toks[k - 1].text == ",":
                    # "Trump went after Bush, calling him “a total stiff”": the subject of the sentence, read
                    # over any quotation earlier in it ("He held up the sign — which read “…” — and waved it
                    # around, mouthing “thank you”").
                    opening = _sentence_subject(_unquoted_sentence_tokens(para, start, toks[k].start), known)
                    if opening is not None:
                        return Attribution(toks[k].text.casefold(), toks[k].start, opening.speaker, opening.start,
                                           toks[k].end)
                parsed = subject_before(toks, k, 0)
                if parsed and toks[parsed[1]].start >= start:
                    return Attribution(toks[k].text.casefold(), toks[k].start, parsed[0], toks[parsed[1]].start,
                                       toks[k].end)

    if found.kind == "partial" and sentence_toks:
        lead = 1 if sentence_toks[0].text.casefold() in _BEFORE_PARTICIPLE and len(sentence_toks) > 1 else 0
        participle = sentence_toks[lead]
        if participle.text.casefold() in PARTICIPLE_CUES and not any(t.text == "," for t in sentence_toks[lead:]):
            # "After saying her right foot was “so swollen …,” she was whisked off": a participle phrase opens the
            # sentence, and the subject of the main clause after it is who said the words.
            after = _unquoted_sentence_tokens(para, span.close_mark, para.sentence_end(span.close_mark))
            while after and after[0].text in {",", "”", '"', "’"}:
                after = after[1:]
            main = _sentence_subject(after[:MAX_OPENING_PHRASE], known)
            if main is not None and main.speaker.kind in {"name", "pronoun"}:
                return Attribution(participle.text.casefold(), participle.start, main.speaker, main.start,
                                   participle.end)
    if found.kind == "partial" and _claim_owner(sentence_toks) is not None:
        # "Pence blamed the media for … Trump’s claim that Obama “founded ISIS,”": words of a claim are its
        # owner's, whoever the sentence is about (see _sentence_speaker).
        return None
    if found.kind == "partial" or sentence_toks:
        return _clause_subject(sentence_toks, known) or _sentence_subject(sentence_toks, known)
    return None


def _index_at(toks: list[Tok], offset: int) -> int:
    """The index of the first token that starts at or after `offset` (len(toks) when none does)."""
    return bisect.bisect_left(toks, offset, key=attrgetter("start"))


def _quoted_as_saying(toks: list[Tok], attr: Attribution) -> Attribution | None:
    """The person a source quotes ("The New York Times quoted a senior official as saying …", "Reuters quoted
    Jane Smith, a spokeswoman, as saying:"), when the attribution's verb is "quoted"; else None."""
    if attr.cue != "quoted":
        return None
    k = _index_at(toks, attr.end)
    as_at = next((n for n in range(k, min(len(toks) - 1, k + MAX_SUBJECT_AFTER_QUOTED)) if toks[n].text == "as" and (
        toks[n + 1].text in {"saying", "telling", "writing"})), None)
    if as_at is None or as_at == k:
        return None
    quoted = toks[k:as_at]
    parsed = _subject_ending(quoted)
    if not parsed or parsed[1] != 0 or parsed[0].kind not in {"name", "nominal", "org"}:
        return None
    return Attribution(attr.cue, attr.cue_start, parsed[0], quoted[0].start, toks[as_at + 1].end)


MAX_SUBJECT_AFTER_QUOTED = 24  # tokens between "quoted" and "as saying"
_CLAUSE_LINKS = {"while", "whereas", "but", "and"}


def _joined_clause_fragment(toks: list[Tok], after: int, text: str) -> Attribution | None:
    """The speaker of a fragment in a clause joined after the sentence's verb of saying, with a subject and a verb
    naming the fragment of its own ("Mike Johnson said the bill would pass “…,” while Minority Leader Hakeem
    Jeffries called it “…”"); None for a clause the verb of saying reports ("said Trump called himself “…”")."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].start < after:
            return None
        if toks[k].text not in FRAGMENT_CUES:
            continue
        parsed = subject_before(toks, k)
        if not parsed or parsed[0].kind not in {"name", "nominal"} or parsed[1] == 0:
            return None
        link = toks[parsed[1] - 1].text.casefold()
        # (", and Schumer called it": the comma may be inside the closing mark of a quotation before)
        link_at = toks[parsed[1] - 1].start
        comma = "," in text[toks[parsed[1] - 2].start if parsed[1] > 1 else max(0, link_at - 4):link_at]
        if link in {"while", "whereas"} or link in _CLAUSE_LINKS and comma:
            return Attribution(toks[k].text.casefold(), toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end)
        return None
    return None


_WORDS_OF = {"response", "reply", "answer", "retort", "message", "verdict", "reaction", "advice", "warning",
             "explanation", "comment", "comments", "take", "view", "assessment", "words", "rebuttal", "plea"}


def _owner_of_words(toks: list[Tok]) -> Mention | None:
    """The named owner of a lead-in that is only their words ("Pelosi’s response", "Sen. Tim Scott's reply"),
    else None."""
    if len(toks) < 2 or toks[-1].text.casefold() not in _WORDS_OF or not _POSSESSIVE_WORD.search(toks[-2].text):
        return None
    name = toks[:-1]
    if len(name) > 4 or not all(_is_cap(t) or _is_title(t) or t.text in {"’s", "'s"} for t in name):
        return None
    if name[0].text == "The":
        name = name[1:]  # "The White House’s answer"
    phrase = re.sub(r"\s?['’]s$", "", " ".join(t.text for t in name))
    if not phrase:
        return None
    title, person = split_title(phrase)
    kind = "org" if any(w.casefold() in ORG_WORDS for w in phrase.split()) else "name"
    return Mention(kind, person, title, name[0].start, name[-1].end)


def _institution(mention: Mention) -> bool:
    """Tell whether a sentence's subject is a named institution a later "it" or "they" may mean ("The United
    Nations Security Council on Friday made a strong condemnation … of what it called “…”")."""
    words = mention.text.casefold().split()
    # (A person's campaign or office is one too: "Donald Trump’s campaign is defending …. It’s denouncing".)
    return mention.kind == "org" and (len(words) >= 3 and words[-1] in _INSTITUTIONS or bool(_BODY_OF.match(
        mention.text)))


_INSTITUTIONS = {"council", "committee", "commission", "foundation", "association", "institute", "agency",
                 "department", "ministry", "court", "union", "federation", "organization", "organisation",
                 "coalition", "board", "bureau", "authority", "alliance", "fund", "center", "centre"}


def _clause_subject(toks: list[Tok], known=None) -> Attribution | None:
    """The named subject of the last clause joined before a quotation ("Jindal signed an order, while Mike
    Huckabee, the former Arkansas governor, proposed we “wake up …”"), or None."""
    for j in range(len(toks) - 2, 0, -1):
        if (toks[j].text in _CLAUSE_JOINS and toks[j - 1].text in {",", ";"} or toks[j].text == "while") and (
                toks[j + 1].text[:1].isupper()):
            joined = _sentence_subject(toks[j + 1:], known)
            if joined is not None and joined.speaker.kind == "name" and not is_place(joined.speaker.text):
                return joined
            return None  # ("…, and New York has several key ones": a place is no speaker)
    return None


# Words before a name that make it the one spoken to or about, not the speaker.
_ADDRESSED = frozenset({"to", "for", "at", "with", "on", "about", "against", "of", "from", "by", "toward", "towards",
                        "in", "into", "after", "before", "over", "told", "tells", "asked", "asks", "urged", "thanked",
                        "praised", "blasted", "attacked", "and", "or", "than", "like", "as"})


MAX_DATELINE_TOKENS = 12  # "KYIV, Ukraine (AP) —", "TAMPA, Fla. —"


def _after_dateline(toks: list[Tok]) -> int:
    """Index past a dateline opening an article's first sentence ("SAN FRANCISCO —", "KYIV, Ukraine (AP) —"), else
    0: a place in capitals, its region and the agency, then a dash."""
    for d in range(1, min(len(toks), MAX_DATELINE_TOKENS)):
        if toks[d].text in {"—", "–", "--"}:
            words = [t.text for t in toks[:d] if t.text[:1].isalpha()]
            if words and words[0].isupper() and len(words[0]) > 1 and all(w[:1].isupper() for w in words):
                return d + 1
            return 0
        if not (toks[d].text[:1].isupper() or toks[d].text in {",", ".", "(", ")"}):
            return 0
    return 0


def _sentence_subject(toks: list[Tok], known=None, groups: bool = True) -> Attribution | None:
    """The person a sentence is about when it opens with one ("Reid has gone after Trump as a “con artist”").

    `known` tells whether a one-word name is a name at all: a capital at the start of a sentence proves
    nothing ("Flying home, she vented"), so such a word counts only when the article names it elsewhere.
    A group of people opening the sentence counts too ("Critics went further.", "Protesters marching through
    the streets chanted “What curfew?”"), unless `groups` is False: before a colon such a subject speaks for
    no quotation ("Economists have coined a term for the tour's impact: “Swiftonomics.”").
    """
    if toks and toks[0].text in {"(", "["}:
        toks = toks[1:]  # "(A company spokesperson declined …: “…”)": a sentence set in parentheses
    toks = toks[_after_dateline(toks):]  # "SAN FRANCISCO — OpenAI on Monday released …"
    viewpoint = _viewpoint_holder(toks, known)
    if viewpoint is not None:
        return viewpoint
    # Step over an opening phrase such as "In July," or "Flying home one night in the corporate jet,", or two
    # ("On Thursday, after remaining neutral, Warren endorsed").
    offsets = [k + 1 for k in range(min(len(toks), MAX_OPENING_PHRASE)) if toks[k].text == ","][:MAX_OPENING_COMMAS]
    for offset in offsets[::-1] + [0]:  # the subject follows the last comma of the opening phrase
        k = offset
        if offset == 0 and toks and toks[0].text in OPENING_PREPOSITIONS:
            continue  # "With Democratic leaders worried …, Obama is": a phrase, not the subject
        if offset == 0 and toks and toks[0].text.casefold() in _CONNECTIVES and len(toks) > 2 and (
                toks[1].text in _FOCUS_WORDS):
            offset = k = 2  # "And even Obama tried to help": the focus word is no part of the subject
        elif offset == 0 and toks and toks[0].text.casefold() in _CONNECTIVES and len(toks) > 1 and (
                toks[1].text.casefold() in _SUBJECT_PRONOUNS or toks[1].text[:1].isupper()):
            offset = k = 1  # "And she is sure that …", "But Trump said": a connective opening the sentence
        if k < len(toks) and toks[k].text.casefold() in _SUBJECT_PRONOUNS:
            k += 1  # "Flying home one night, she vented"
        group = k + (k + 1 < len(toks) and toks[k].text.casefold() in _GROUP_QUANTIFIERS)
        if groups and group < len(toks) and toks[group].text.casefold() in _GROUP_NOUNS and not (
                toks[group].text.isupper()) and (group == k or toks[group].text.islower()):
            # "Critics went further.", "Several senators were furious.": a group a later "they" may mean.
            words = " ".join(t.text for t in toks[k:group + 1])
            return Attribution("", toks[group].end, Mention("nominal", words, None, toks[k].start, toks[group].end),
                               toks[k].start, toks[group].end)
        aged = None
        described = _after_described_name(toks, k)
        if described is not None:
            k = described  # "The opposing manager, Peter Kovac, was less happy"
        if k + 2 < len(toks) and toks[k].text.casefold() in _PRONOUN_OF and _BODY_OF.match(
                f"{toks[k].text} {toks[k + 1].text}"):
            # "Her office later released a statement:": the office of whoever the pronoun means.
            body = Mention("nominal", f"{toks[k].text} {toks[k + 1].text}", None, toks[k].start, toks[k + 1].end)
            return Attribution("", toks[k + 2].start, body, toks[k].start, toks[k + 1].end)
        while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and (toks[k].text[:1].isupper() or toks[k].text in {
                ".", "’s", "'s"} or toks[k].text.casefold() in {"of", "de", "van", "von"} or toks[k].text[:1].isdigit()
                # "Fox News’ Bret Baier noticed": the mark of a plural owner between two names
                or (toks[k].text in {"’", "'"} and k > offset and toks[k - 1].text.endswith("s") and (
                    k + 1 < len(toks) and _is_cap(toks[k + 1])))
                or (k > offset and (_is_title(toks[k]) or toks[k].text in ORG_WORDS)) or (
                    # "In a statement, presidential nominee Hillary Clinton was": a role opening the clause
                    k == offset > 0 and _is_title(toks[k]) and toks[k].text.islower() and _is_cap(next(
                        (t for t in toks[k + 1:k + 4] if not (_is_title(t) and t.text.islower())), toks[k]))) or (
                    # "Trump and Ryan issued a statement": two people the sentence is about together
                    toks[k].text == "and" and k > offset and k + 1 < len(toks) and _is_cap(toks[k + 1]))):
            k += 1
        if k == offset + 1 and toks[offset].text in {"A", "An", "The"}:
            # "A company spokesperson declined …": lowercase words up to the role word after an article.
            role = next((j for j in range(k, min(len(toks), k + 3)) if _is_title(toks[j]) and toks[j].text.islower()
                         and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:j + 1]))), None)
            k = role + 1 if role is not None else k
        elif k > offset + 1 and toks[offset].text in {"A", "An", "The"} and k < len(toks) and (
                toks[k].text.islower() and _SPOKESPERSON.match(" ".join(t.text for t in toks[offset:k + 1]))):
            k += 1  # "A U.S. State Department spokesperson welcomed the agreement"
        if k + 1 < len(toks) and toks[k].text in {"for", "at"} and _SPOKESPERSON.match(
                " ".join(t.text for t in toks[offset:k])):
            # "A spokesman for Platte River declined …": the body the role speaks for.
            k += 1 + (toks[k + 1].text.casefold() == "the")
            while k < len(toks) and _is_cap(toks[k]):
                k += 1
        if offset < len(toks) and toks[offset].text.casefold() in INDEFINITES and (k <= offset + 1 or all(
                t.text[:1].isalnum() for t in toks[offset + 1:k])):
            # "At a board meeting, a father of three stood up": one person the sentence brings in (also after an
            # age or a place: "A 29-year-old Berlin woman, meanwhile, received probation").
            noun = next((j for j in range(offset + 1, min(len(toks), offset + 4)) if toks[j].text in PERSON_NOUNS
                         and described_gender(" ".join(t.text for t in toks[offset:j + 1]))), None)
            if noun is not None and noun + 1 >= k:
                k = noun + 1
                if k + 1 < len(toks) and toks[k].text == "of" and toks[k + 1].text[:1].isalnum():
                    k += 2  # "a father of three"
                if any(t.text[:1].isdigit() for t in toks[offset + 1:noun]):
                    # (An age the subject parser reads as no word of a phrase: the person as written.)
                    aged = Mention("nominal", " ".join(t.text for t in toks[offset:k]), None, toks[offset].start,
                                   toks[k - 1].end)
        if k < len(toks) and k > offset and toks[k].text == "(":
            k = _after_parenthesis(toks, k)  # "Sen. Bernie Sanders (I-Vt.) on Saturday criticized"
        if k > offset:
            k = after_time_adjunct(toks, k)  # "Sen. Bernie Sanders on Monday unveiled"
        if k < len(toks) and k > offset and toks[k].text == ",":
            k = _after_appositive(toks, k)  # "Fiorina, 61, declined" and "Hill, a doctor, has said"
        if k == offset or k >= len(toks) or not toks[k].text[:1].isalpha() or toks[k].text in NOT_VERBS:
            continue  # "in Herndon, Virginia on Monday": a place and a preposition, no subject and verb
        parsed = (aged, offset) if aged is not None else subject_before(toks, k, offset)
        # (After "Rovers' goalkeeper," the name's description starts past the plural possessive's mark.)
        owner_mark = described is not None and offset + 2 < len(toks) and toks[offset + 1].text in {"'", "’"}
        # ("Fox News’ Bret Baier noticed": a name after a plural owner's mark, the owner its title.)
        owner = _plural_owner_end(toks, offset) if parsed and parsed[1] != offset else None
        if owner is not None and parsed is not None and parsed[1] == owner + 1 and parsed[0].kind == "name" and (
                not parsed[0].title):
            title = " ".join(t.text for t in toks[offset:owner]) + toks[owner].text
            parsed = (replace(parsed[0], title=title), offset)
        if not parsed or (parsed[1] != offset and not (owner_mark and parsed[1] == offset + 2)) or (
                parsed[0].kind not in {"name", "pronoun", "org", "nominal", "joint"}):
            continue
        if parsed[0].kind == "nominal" and not (_DEFINITE_ROLE.match(parsed[0].text) or _INDEFINITE_PERSON.match(
                parsed[0].text) and described_gender(parsed[0].text) or _BODY_OF.match(
                parsed[0].text) or _SPOKESPERSON.match(parsed[0].text) or _company_noun(parsed[0].text)):
            continue
        mention = parsed[0]
        head, of, owner = mention.text.partition(" of ")
        if known is not None and mention.kind == "name" and of and " " not in head and not mention.title and not (
                known(Mention("name", head, None, mention.start, mention.start + len(head)))):
            # "Footage of Al-Awlaki again appears": a common noun opening the sentence, and the person after
            # "of" is who the sentence is about ("Ryan of Wisconsin" is a name the article uses elsewhere).
            mention = Mention("name", owner, None, mention.end - len(owner), mention.end)
        if mention.kind == "name" and " " not in mention.text and k < len(toks) and toks[k].text.islower() and (
                toks[k].text in _GROUP_NOUNS) and k == parsed[1] + 1:
            # "Consumer groups went further. They called …": the people a capitalised word describes.
            mention = Mention("nominal", f"{mention.text} {toks[k].text}", None, mention.start, toks[k].end)
            k += 1
            if k >= len(toks) or toks[k].text in NOT_VERBS:
                continue
        if known is not None and mention.kind != "pronoun" and not known(mention) and not (
                mention.kind == "name" and _relative_clause_after(toks, mention.end)):
            continue  # ("Spotify, which filed the complaint, welcomed …": a which- or who-clause shows a name)
        if mention.kind == "name" and _POSSESSIVE_THEN_LOWER.search(mention.text):
            continue  # "Most of Delaware’s top Democratic brass had endorsed": a group of people, not a name
        return Attribution("", toks[k].start, mention, toks[offset].start, toks[k - 1].end)
    return None


def _plural_owner_end(toks: list[Tok], offset: int) -> int | None:
    """Index of the bare possessive mark after a capitalised plural owner opening a clause ("Fox News’"), or None."""
    k = offset
    while k < len(toks) and k - offset < MAX_SUBJECT_SCAN and _is_cap(toks[k]):
        k += 1
    return k if k > offset and k < len(toks) and toks[k].text in {"’", "'"} and toks[k - 1].text.endswith("s") else None


# Plural nouns for groups of people who may speak together: "Consumer groups …. They called …".
_GROUP_NOUNS = frozenset({"groups", "officials", "critics", "leaders", "activists", "lawmakers", "advocates",
                          "organizations", "organisations", "unions", "residents", "voters", "protesters", "analysts",
                          "economists", "experts", "scientists", "researchers", "investors", "officers", "senators",
                          "governors", "executives", "workers", "employees", "farmers", "parents", "delegates",
                          "supporters", "donors", "members", "staffers", "aides", "students", "teachers", "doctors",
                          "nurses", "immigrants", "refugees", "veterans", "conservatives", "liberals", "progressives",
                          "evangelicals", "observers", "strategists", "operatives", "insiders"})


_GROUP_QUANTIFIERS = {"several", "many", "some", "most", "other", "two", "three", "four", "five", "dozens", "hundreds"}


def _relative_clause_after(toks: list[Tok], end: int) -> bool:
    """Tell whether a comma and "who" or "which" follow a mention ending at `end`."""
    k = _index_at(toks, end)
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text in {"who", "which"}


def _capitalised_description(text: str) -> bool:
    """Tell whether a description of one person carries capitalised words of its own ("The former New Mexico
    governor"): someone the story has named, whom a later he or she continues."""
    return described_gender(text) is not None and any(w[:1].isupper() for w in text.split()[1:])


def _notable_description(mention: Mention, people: People) -> bool:
    """Tell whether an unnamed sentence subject is one a later pronoun may continue: a body ("Trump's campaign"),
    a spokesperson, one person brought in ("a father of three") or a role the article has given a name."""
    text = mention.text
    return bool(_BODY_OF.match(text) or _SPOKESPERSON.match(text) or _INDEFINITE_PERSON.match(text)) or (
        _body_noun(text) in BODY_NOUNS | ORG_WORDS | _COMPANY_NOUNS) or (
        text.split()[-1].casefold() in _GROUP_NOUNS) or (
        people.described(text, mention.start) is not None)


_AUTHORING = {"sent", "released", "issued", "posted", "written", "signed", "published", "put"}


def _document_author(toks: list[Tok]) -> Attribution | None:
    """The author a sentence gives a document it quotes from: "a fundraising email sent out by Sanders on
    Tuesday night warned of the tough fight ahead: “…”"."""
    for k in range(1, min(len(toks) - 2, MAX_OPENING_PHRASE)):
        if toks[k].text in _AUTHORING and toks[k - 1].text.casefold() in DOCUMENTS:
            by = k + 1 + (toks[k + 1].text == "out")
            if by + 1 < len(toks) and toks[by].text == "by" and _is_cap(toks[by + 1]):
                end = by + 1
                while end < len(toks) and end - by <= 4 and _is_cap(toks[end]):
                    end += 1
                name = " ".join(t.text for t in toks[by + 1:end])
                mention = Mention("name", name, None, toks[by + 1].start, toks[end - 1].end)
                return Attribution("", toks[k].start, mention, toks[by + 1].start, toks[end - 1].end)
    return None


def _viewpoint_holder(toks: list[Tok], known=None) -> Attribution | None:
    """The person whose view a sentence gives when it opens "To Florida consultant Wilson, the party line is"."""
    if len(toks) < 4 or toks[0].text not in {"To", "For"}:
        return None
    comma = next((j for j in range(2, min(len(toks), 2 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or not _is_cap(toks[comma - 1]) or not all(_is_cap(t) or _is_title(t) for t in toks[1:comma]):
        return None
    parsed = subject_before(toks, comma, 1)
    if not parsed or parsed[1] != 1 or parsed[0].kind != "name" or (known is not None and not known(parsed[0])):
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[1].start, toks[comma - 1].end)


_DESCRIPTION_OPENERS = {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "One", "Another"}


def _after_described_name(toks: list[Tok], at: int) -> int | None:
    """Index of the verb after "The opposing manager, Peter Kovac," opening a sentence at `at`, else None."""
    if at < len(toks) and _is_cap(toks[at]) and (_POSSESSIVE_WORD.search(toks[at].text) or (
            at + 1 < len(toks) and toks[at + 1].text in {"'", "’"})):
        at += 1 if _POSSESSIVE_WORD.search(toks[at].text) else 2  # "Rovers' goalkeeper, James Belshaw, made"
        # (A role word may come second: "Stein’s running mate, Ajamu Baraka, joined".)
        if at >= len(toks) or not any(_is_title(t) or t.text in PERSON_NOUNS for t in toks[at:at + 2]):
            return None
        at -= 1
    elif at >= len(toks) or toks[at].text not in _DESCRIPTION_OPENERS:
        return None
    comma = next((j for j in range(at + 1, min(len(toks), at + 1 + MAX_SUBJECT_SCAN)) if toks[j].text == ","), None)
    if comma is None or comma == at + 1 or not all(t.text[:1].isalnum() for t in toks[at + 1:comma]):
        return None
    end = comma + 1
    while end < len(toks) and end - comma <= 4 and (toks[end].text[:1].isupper() or toks[end].text == "." or (
            _is_title(toks[end]))):  # "The law’s sponsor, state Rep. Shelby Slawson, said"
        end += 1
    if end == comma + 1 or end >= len(toks) - 1 or toks[end].text != "," or not toks[end + 1].text.islower():
        return None
    return end + 1


def _after_parenthesis(toks: list[Tok], opening: int) -> int:
    """Index just after the parenthesis opening at `opening` ("(R-Tenn.)"), or `opening` when it does not close."""
    for j in range(opening + 1, min(len(toks), opening + 10)):
        if toks[j].text == ")":
            return j + 1
    return opening


# "The former secretary of state talked": a definite description of someone by their role.
_DEFINITE_ROLE = re.compile(r"^the\s+(?:[\w.’'-]+\s+){0,3}(?:senator|governor|congressman|congresswoman|president|"
                            r"secretary|nominee|candidate|mayor|minister|ambassador|chairman|chairwoman|speaker|"
                            r"front-?runner|billionaire|businessman|mogul|host|judge|leader)(?:['’]s)?(?:\s+of\s+\w+)?$",
                            re.I)
# "A company spokesperson declined to give a figure:": someone who speaks for a body by trade.
_INDEFINITE_PERSON = re.compile(r"^(?:%s)\s" % "|".join(INDEFINITES), re.I)  # "a father of three", "one woman"
_RELATIVE_OF = re.compile(r"^(?:my|our)\s+\w+$", re.I)  # "my father": a first-person writer's own relative
_SPOKESPERSON = re.compile(r"^(?:a|an|the)\s+(?:[\w.’'-]+\s+){0,3}(?:spokesperson|spokesman|spokeswoman|"
                           r"representative|aide|official)$", re.I)
_PLAIN_SPACES = str.maketrans({ch: " " for ch in "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f"})
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
_FOCUS_WORDS = {"even", "only", "also", "then", "now", "still", "just"}  # "And even Obama …", "But then Trump …"
# Nouns for a business that a sentence uses for the one it last named ("The company said").
_COMPANY_NOUNS = {"company", "firm", "carmaker", "automaker", "airline", "retailer", "insurer", "bank", "lender",
                  "group", "startup", "manufacturer", "chain", "conglomerate", "giant"}
_POSSESSIVE_THEN_LOWER = re.compile(r"\w['’]s\s+[a-z]")  # "Delaware’s top Democratic brass"


def _topic(toks: list[Tok]) -> Attribution | None:
    """The person a sentence sets out as its topic ("As for Trump, he said he's not worried"), whom its he or
    she means, else None."""
    if len(toks) < 5 or toks[0].text != "As" or toks[1].text != "for" or not _is_cap(toks[2]):
        return None
    comma = next((k for k in range(3, min(len(toks), 3 + MAX_SUBJECT_SCAN)) if toks[k].text == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].text.casefold() not in {"he", "she"}:
        return None
    parsed = _subject_ending(toks[:comma], 2)
    if parsed is None or parsed[0].kind != "name" or parsed[1] != 2:
        return None
    return Attribution("", toks[comma].start, parsed[0], toks[2].start, toks[comma - 1].end)


def _with_clause_subject(toks: list[Tok], at: int) -> Attribution | None:
    """The person a "with" clause is about ("…, with Hillary Clinton — who has called for tax hikes — lambasting
    Trump's plan"): a name after "with", then, past a remark between dashes, a participle."""
    end = at + 1
    while end < len(toks) and end - at <= MAX_SUBJECT_SCAN and (_is_cap(toks[end]) or toks[end].text == "."):
        end += 1
    after = end
    if after < len(toks) and toks[after].text in {"—", "–", "--"}:
        after = next((d + 1 for d in range(after + 1, min(len(toks), after + MAX_APPOSITIVE))
                      if toks[d].text == toks[end].text), len(toks))
    if after >= len(toks) or not (toks[after].text.endswith("ing") and toks[after].text.islower()):
        return None
    parsed = _subject_ending(toks[:end], at + 1)
    if parsed is None or parsed[0].kind != "name":
        return None
    return Attribution("", toks[after].start, parsed[0], toks[parsed[1]].start, toks[after].end)


_CLAUSE_JOINS = {"but", "yet", "and", "while"}  # after a comma: ", but Christie wasn't having it"
# Words that join a sentence to the one before without naming anyone ("And she …", "Then, “…”").
_CONNECTIVES = {"and", "but", "so", "yet", "or", "then", "still", "also", "now", "later", "again", "finally",
                "meanwhile", "plus"}
# "Donald Trump’s campaign is defending …": a named person's campaign, office or team, for a later "it" or "they".
_BODY_OF = re.compile(r"^(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:campaign|office|"
                      r"team|administration|government|foundation|camp|staff|aides|lawyers|attorneys|spokesman|"
                      r"spokeswoman|spokesperson|lawyer|attorney|representatives?)$")
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}


_VERB_OPENERS = MODALS | {"is", "was", "are", "were", "has", "had", "have", "shall"}


def _after_appositive(toks: list[Tok], comma: int) -> int:
    """Index of the verb after "Name, appositive," (or `comma` itself when no such verb follows)."""
    if comma + 1 < len(toks) and toks[comma + 1].text.casefold() in _VERB_OPENERS:
        return comma  # "Our Revolution, will help recruit, train and fund": a predicate, not an appositive
    for j in range(comma + 1, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text in {".", ";", ":", "“", "”", '"', "(", ")"}:
            return comma
        if toks[j].text == ",":
            follow = toks[j + 1].text if j + 1 < len(toks) else ""
            if follow[:1].islower() and follow[:1].isalpha() and follow not in {"and", "or", "but", "who", "which"}:
                return j + 1
            return comma
    return comma


def _previous_sentence_attribution(para: _Paragraph, before: int) -> Attribution | None:
    """The last attribution in the sentence before `before` in the same paragraph ("Grushko said …. “…”")."""
    start = para.sentence_start(before - 1) if before > para.lo else para.lo
    best = None
    for _, _, _, attrs in para.stretches_before(before):
        inside = [attr for attr in attrs if attr.start < before and attr.end <= before]
        if inside:
            best = inside[-1]
            break
    if best is not None and best.start >= para.sentence_start(max(para.lo, start - 1)):
        return best
    return None


def _join_split(found: list[_Found], text: str) -> list[_Found]:
    """Join “A,” he said. “B.” into one quote with two parts when B has no attribution of its own."""
    joined: list[_Found] = []
    for item in found:
        prev = joined[-1] if joined else None
        if (prev is not None and item.attribution in (None, prev.attribution) and prev.attribution is not None
                and not item.span.single and not prev.span.single
                and prev.span.paragraphs[-1] == item.span.paragraphs[0]
                and prev.attribution.start >= prev.span.close_mark
                and not text[prev.span.close_mark:prev.attribution.start].strip(" ,.;:—–-")
                and (not text[prev.attribution.end:item.span.open_mark].strip(" ,.;:—–-")
                     or _continues_sentence(text, prev, item))
                and not _names_the_listener(text, item)):
            prev.parts.extend(item.span.parts)
            prev.kind = "direct" if "direct" in (prev.kind, item.kind) else prev.kind
            continue
        joined.append(item)
    return joined


def _names_the_listener(text: str, item: _Found) -> bool:
    """Tell whether a quotation right after an attribution is the show or paper spoken to, not more words said
    ("“He’s a former president,” Fiorina told “Fox and Friends,” reminding the co-hosts …")."""
    fragment = text[item.span.start:item.span.end]
    return _looks_like_title(fragment) and not _SENTENCE_END_INNER.search(fragment)


MAX_INTERRUPTION = 120  # characters of attribution that may stand between the two halves of one sentence
MAX_LISTENER_WORDS = 4  # "he told reporters in Ottawa," before the second half


def _ends_with_attribution(text: str, para: _Paragraph, item: _Found, following: _Found) -> bool:
    """Tell whether the quotation after a fragment, in the fragment's sentence, has an attribution after it that
    ends the sentence (not after a colon, which starts a quotation of its own)."""
    attr, span = following.attribution, item.span
    return attr is not None and following.span.paragraphs[0] == span.paragraphs[0] and (
        following.span.close_mark <= attr.start < para.sentence_end(span.close_mark)) and _words(
        text[span.start:span.end]) >= MIN_PARTIAL_WORDS and ":" not in text[span.close_mark:following.span.open_mark]


def _continues_sentence(text: str, prev: _Found, item: _Found) -> bool:
    """Tell whether a quotation picks up the sentence the one before left at a comma, with an attribution
    and its appositive set off by commas between: "“I think,” said Sen. Chuck Schumer, D-N.Y., “we have the
    votes.”"."""
    if prev.attribution is None:
        return False
    gap = text[prev.attribution.end:item.span.open_mark]
    # The gap opens with a comma, or with the verb's object first ("…,” he told reporters, “and …").
    opens = gap.strip().startswith(",") or len(gap.split(",", 1)[0].split()) <= MAX_LISTENER_WORDS
    return (text[prev.span.start:prev.span.end].rstrip().endswith(",")
            and text[item.span.start:item.span.start + 1].islower()
            and len(gap) <= MAX_INTERRUPTION and opens and gap.strip().endswith(",")
            and not re.search(r"[.!?;:]\s|[“”\"\n]", gap.rstrip()))


def _gender_fits(pronoun: str, person: Person | None) -> bool:
    """Tell whether a pronoun can refer to a person (unknown genders fit both)."""
    wanted = PRONOUNS.get(pronoun)
    if person is None:
        return wanted in {"p", "n"}
    if person.is_org:
        return wanted in {"p", "n"}
    if wanted in {"m", "f"}:
        return person.gender in {None, wanted}
    return wanted in {"s", "p"} and False


MAX_COMPANY_DESCRIPTION = 5  # "the South Korean tech giant"


def _company_noun(phrase: str) -> str | None:
    """The noun of a longer definite description of a business ("the South Korean company" -> "company"), else
    None."""
    words = phrase.split()
    if 3 <= len(words) <= MAX_COMPANY_DESCRIPTION and words[0].casefold() == "the" and words[-1] in _COMPANY_NOUNS:
        return words[-1]
    return None


def _body_noun(phrase: str) -> str | None:
    """The noun of a definite description of a body ("the agency", "the South Korean company"), else None."""
    return _the_noun(phrase) or _company_noun(phrase)


def _the_noun(phrase: str) -> str | None:
    """The noun of a two-word definite description ("the agency" -> "agency"), else None."""
    words = phrase.casefold().split()
    return words[1] if len(words) == 2 and words[0] == "the" else None


_AFTER_HEAD = {"to", "for", "with", "close", "at", "of", "from", "in", "on", "who", "familiar", "involved", "inside"}


def _indefinite_noun(noun: str) -> re.Pattern:
    """A pattern for someone brought in with an indefinite article ("a separate intelligence source")."""
    return re.compile(rf"\b(?:a|an|another)(\s+)(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", re.IGNORECASE)


def _head_noun(description: str) -> str:
    """The noun a description is about: "source" of "source close to the Trump campaign", "spokesman" of
    "Pentagon spokesman"."""
    words = description.casefold().split()
    cut = next((n for n, word in enumerate(words) if n and word in _AFTER_HEAD), len(words))
    return words[cut - 1]


_ALL_ROLE_FORMS = frozenset().union(*ROLE_FORMS.values())
# Nouns a story uses for a body it has named otherwise ("the agency" for the World Health Organization).
_GENERIC_BODIES = {"agency", "organization", "organisation", "body", "authority", "regulator", "watchdog"}
ROLE_STEM = 5  # letters a role word shares with the name of its body or office ("senat-or", "Senat-e")
_PARTY_EPITHETS = {"republican", "democrat", "libertarian"}
MAX_HEADING_NAME_WORDS = 4  # a roundup's heading that is only a name: "Garth Brooks", "Andrea Bocelli"
ONE_PARAGRAPH_BACK = 2  # line breaks between an offset and one in the paragraph before ("\n\n" between them)
_NAMED_IN_DESCRIPTION = re.compile(r"\b(?:known as|named|called|nicknamed)\b", re.IGNORECASE)


class _Resolver:
    """Resolves speaker mentions to names, remembering who spoke last for pronouns."""

    def __init__(self, people: People, text: str = "", writer: str | None = None):
        self.people = people
        self.text = text
        self.writer = writer  # the one person of the byline, whom an "I" outside the quotation marks means
        # (at, name, title, person, kind, origin); origin tells a reported speaker ("said", "believes") from a
        # sentence's opening subject.
        self.history: list[tuple[int, str, str | None, Person | None, str, str]] = []
        self._positions: list[int] = []
        # People quoted with a verb of saying: a lone surname ("Tiegen said") is a person even with no
        # forename, role or known gender to show it.
        self._speaking: set[int] = set()
        # Tells a name from a capitalised common word ("Proponents said"), once the article is read.
        self.known: Callable[[Mention], bool] | None = None

    def note(self, attr: Attribution, origin: str = "speaker") -> None:
        """Remember a named speaker of any attribution (quoted or reported) for later pronouns."""
        mention = attr.speaker
        party = self._party_epithet(mention)
        if party is not None:
            # "The Republican is also encouraging …": whom it means is read once every name is known (resolve).
            self.history.append((attr.cue_start, party.name.split()[-1], None, party, "described", origin))
        elif mention.kind == "name" and mention.text.casefold() in _GROUP_NOUNS:
            # "Delegates questioned how Cruz could …. “…,” he said": a capitalised group opening a sentence is no one
            # a he or she means.
            self.history.append((attr.cue_start, mention.text, None, None, "nominal", origin))
        elif mention.kind in {"name", "org"}:
            # Asked first, since resolving registers the name; a capitalised plural ("Proponents said") is no person.
            is_name = self.known is None or self.known(mention) or not mention.text.endswith("s")
            name, title, person = self.people.resolve(mention)
            self.history.append((attr.cue_start, name, title, person, mention.kind, origin))
            if origin == "speaker" and person is not None and mention.kind == "name" and not name.isupper() and (
                    is_name) and attr.cue != "according to":
                # (Not "according to Pollstar": a report, a poll or a paper is cited that way as often as a person.)
                self._speaking.add(id(person))
        elif mention.kind == "nominal":
            person = self.people.described(mention.text, mention.start)
            if person is not None:
                self.history.append((attr.cue_start, person.name, person.title, person, "name", origin))
            elif (gender := described_gender(mention.text)) is not None and (any(
                    w[:1].isupper() for w in mention.text.split()[1:]) or (
                        gender and (_INDEFINITE_PERSON.match(mention.text) or _RELATIVE_OF.match(mention.text)))):
                # "the Texas senator said …. He added": a description that carries a name of its own is kept
                # as the speaker's name, and is who a later "he" continues; so is a person a clause brings in,
                # when its words give the gender ("A woman …, said she heard ten shots. “…,” she said"; "the
                # actor" is someone named, and "a reporter" may be either; "my father often said. He also told").
                described = Person(_strip_article(mention.text), None, gender or None, mention.start)
                self.history.append((attr.cue_start, described.name, None, described, "described", origin))
            elif gender == "" and _INDEFINITE_PERSON.match(mention.text):
                # "A neighbour, who did not want to be named, said …. “…,” she said": one person brought in with
                # no name and no gender is who a later he or she means, unless someone is named in between.
                unnamed = Person(_strip_article(mention.text), None, None, mention.start)
                self.history.append((attr.cue_start, unnamed.name, None, unnamed, "nominal", origin))
            else:
                self.history.append((attr.cue_start, _strip_article(mention.text), None, None, "nominal", origin))
        elif mention.kind == "joint":
            # "Trump and Ryan said …. They added": a later "they" means both.
            self.history.append((attr.cue_start, self._joint(mention), None, None, "nominal", origin))

    def remember(self, name: str, title: str | None, person: Person | None, at: int) -> None:
        """Add a speaker found while reading the quotes (after the first pass) for the pronouns after it."""
        k = bisect.bisect_right(self._positions, at)
        self.history.insert(k, (at, name, title, person, "name", "speaker"))
        self._positions.insert(k, at)

    def _before(self, at: int):
        """The remembered speakers and subjects before `at`, nearest first (at most MAX_ANTECEDENTS)."""
        upto = bisect.bisect_left(self._positions, at)
        for n in range(upto - 1, max(-1, upto - 1 - MAX_ANTECEDENTS), -1):
            yield self.history[n]

    def _described_body(self, phrase: str, at: int) -> str | None:
        """The organisation "the agency" or "the company" means: the nearest one named before `at` whose name
        ends with that word ("According to the UK Health Security Agency, …. The agency said")."""
        noun = _body_noun(phrase)
        if noun not in ORG_WORDS | _COMPANY_NOUNS:
            return None
        earlier = list(self._before(at))
        for _, name, _, _, kind, _ in earlier:
            if kind == "org" and name.casefold().split()[-1] == noun and len(name.split()) > 1:
                return name
        if noun in _COMPANY_NOUNS:
            # "Stellantis said …. The company said": a business is the nearest speaker that is no person or place
            # (one word with no gender, whatever appositive it had: "Samsung, Apple's main rival, said").
            for _, name, _, person, kind, _ in earlier:
                if kind == "org" or (kind == "name" and person is not None and (
                        not _is_person(person) or person.gender is None) and not (
                        is_place(name)) and len(name.split()) == 1):
                    return _strip_article(name)
        if noun in _GENERIC_BODIES:
            # "The World Health Organization recommends …. “…,” the agency said": a body of another name, the nearest
            # one the paragraph or the one before spoke of.
            for pos, name, _, _, kind, _ in earlier:
                if self._beyond(pos, at):
                    break
                if (kind == "org" and len(name.split()) > 1) or (name.isupper() and name.isalpha() and len(name) > 1):
                    return _strip_article(name)  # ("The FAA said it would review …. “…,” the agency said")
        return None

    def _document_issuer(self, phrase: str, at: int) -> tuple[str | None, str | None] | None:
        """Who issued the document "the statement" means: the subject of the nearest sentence before `at`, in its
        paragraph or the one before, that says they put it out ("The mayor's office released a statement late
        Friday. … “…,” the statement said"), or put out "a statement" right there ("the Security Council issued a
        statement calling the test “…”")."""
        words = phrase.casefold().split()
        if len(words) != 2 or words[0] not in {"the", "a", "an"} or words[1] not in _ISSUED_DOCUMENTS:
            return None
        noun = words[1]
        hi = at if words[0] == "the" else at + len(phrase)
        lo = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, at) - 1))
        issued = [m for m in _ISSUED.finditer(self.text, max(0, lo), hi) if m.group(1).casefold() == noun and (
            words[0] == "the" or m.end() == hi)]
        if not issued:
            return None
        verb = issued[-1].start()
        toks = tokens(self.text, _rough_sentence_start(self.text, verb), verb)
        opening = _sentence_subject(toks, self.known)
        # (A subject right before the verb, as a verb of saying would have it: "The mayor's office released".)
        parsed = _subject_ending(toks)
        mention = opening.speaker if opening is not None else parsed[0] if parsed else None
        if mention is None or (mention.kind == "pronoun" and mention.text not in {"he", "she"}) or (
                _the_noun(mention.text) in _ISSUED_DOCUMENTS):
            return None  # ("it" or "they" may mean the document itself)
        return self.resolve(mention, mention.start)  # "Hours later, she issued a statement calling on …"

    def _described_again(self, phrase: str, at: int) -> str | None:
        """The unnamed speaker "the spokesperson" means: the nearest one described before `at` with the same head
        word ("A U.S. State Department spokesperson welcomed the agreement. “…,” the spokesperson said")."""
        noun = _the_noun(phrase)
        if noun not in PERSON_NOUNS and noun not in TITLE_WORDS and noun not in {"source", "official"}:
            return None
        for pos, name, _, _, kind, _ in self._before(at):
            if kind in {"nominal", "described"} and len(name.split()) > 1 and _head_noun(name) == noun:
                # (Unless another one was brought in since: "a separate intelligence source … said"; the
                # description itself, after an inverted cue, is no other one.)
                later = [m for m in _indefinite_noun(noun).finditer(self.text, pos, at)
                         if self.text[m.end(1):m.end(1) + len(name)].casefold() != name.casefold()]
                return None if later else name
        return None

    def _named_in_paragraph(self, phrase: str, at: int) -> tuple[str, str | None] | None:
        """The person "the teenager" means when the paragraph has just named them ("Clarke, 19, had been on the
        pitch for five minutes. “I just hit it,” the teenager said"): the nearest fitting named person, with no
        paragraph break in between."""
        words = phrase.casefold().split()
        # ("the rookie", "the 23-time Grand Slam champion", "the Argentine": an epithet after modifiers)
        noun = words[-1] if 2 <= len(words) <= MAX_EPITHET_WORDS and words[0] == "the" else None
        if noun is None or (noun not in PERSON_NOUNS and not AGE_EPITHET.match(noun) and not (
                len(words) == 2 and noun in NATIONALITIES | _NATIONALITY_NOUNS)) or (
                noun in ROLE_FORMS and noun not in _EPITHETS):
            return None  # (an office, "the senator", must match a title; see People.described)
        gender = described_gender(phrase) or None
        for pos, name, title, person, kind, _ in self._before(at):
            if "\n" in self.text[pos:at]:
                break
            if kind == "name" and _is_person(person) and gender in {None, person.gender}:
                return name, title
        return self._heading_person(at, gender)

    def _heading_person(self, at: int, gender: str | None) -> tuple[str, str | None] | None:
        """The person a roundup's heading names when the paragraph before `at`'s is nothing but that name ("Garth
        Brooks" / "Asked if he would perform, the country star replied, “…”")."""
        start = self.text.rfind("\n", 0, at) + 1
        end = len(self.text[:start].rstrip())
        line = self.text[self.text.rfind("\n", 0, end) + 1:end].strip()
        words = line.split()
        if not 2 <= len(words) <= MAX_HEADING_NAME_WORDS or not all(w[:1].isupper() for w in words):
            return None
        person = self.people.lookup(line, end)
        if person is None or not _is_person(person) or canonical_name(line) != person.name or (
                gender not in {None, person.gender}):
            return None
        return person.name, person.title

    def _epithet_phrase(self, mention: Mention) -> str | None:
        """The definite description a one-word capitalised epithet is the end of ("the two-time MVP", "the
        Argentine"), else None."""
        word = _strip_article(mention.text)
        if " " in word or word.casefold() not in CAPITALISED_EPITHETS | NATIONALITIES | _NATIONALITY_NOUNS:
            return None  # ("the Independent reported": a capitalised word that is no epithet names a paper)
        lead = re.search(r"\bthe\s+(?:[\w-]+\s+){0,4}$", self.text[max(0, mention.end - len(word) - 40):
                                                                mention.end - len(word)], re.IGNORECASE)
        return f"{lead.group(0)}{word}" if lead else None

    def _beyond(self, pos: int, at: int, reach: int = ONE_PARAGRAPH_BACK) -> bool:
        """Tell whether more than `reach` line breaks lie between two offsets (0: not in the same paragraph)."""
        return self.text.count("\n", pos, at) > reach

    def _person_described(self, at: int, description: Person, other_roles: bool = True,
                          reach: int = ONE_PARAGRAPH_BACK) -> Person | None:
        """The named person a capitalised description at `at` means ("Gary Johnson …. The former New Mexico
        governor is a triathlete. He released …"), when its paragraph or the one before names one who fits: the
        nearest whose title has a role of the description ("Sen. Marco Rubio" for "the Florida senator"), else the
        nearest with no role at all ("Mayor Bill de Blasio" is less likely "the Republican presidential candidate"
        than plain "Trump"), else (when `other_roles`) the nearest. `reach` is how many line breaks back it looks
        (2: this paragraph and the one before; 0: this paragraph)."""
        if _NAMED_IN_DESCRIPTION.search(description.name) or not self.text.startswith(
                "the ", description.first_seen) and not self.text.startswith("The ", description.first_seen):
            # "the base chief known as Bob" carries the only name there is; "One California delegate said" brings
            # in someone new.
            return None
        words = {POSSESSIVE_END.sub("", w) for w in description.name.casefold().split()} - {"the"}
        forms = set().union(*(ROLE_FORMS[w] for w in words if w in ROLE_FORMS)) or words
        # ("Senate Majority Leader Chuck Schumer" for "the New York senator": the role's body shares its stem.)
        stems = {f[:ROLE_STEM] for f in forms if len(f) > ROLE_STEM}
        mentions = self.people.mentions
        # (One the last sentences were about beats one merely mentioned in an earlier paragraph: "Donald Trump is
        # raising questions about …. His audio was quieter than Clinton's. The Republican is also …".)
        spoken = set()
        for pos, _, _, person, _, _ in self._before(at):
            if self._beyond(pos, at, reach):
                break
            spoken.add(id(person))
        here = spoken_before = anyone = other = None
        # (Someone named earlier in the description's own sentence is someone else: "In an interview with hosts Joe
        # Scarborough and Mika Brzezinski, the Democratic presidential candidate stated".)
        sentence = _rough_sentence_start(self.text, at)
        paragraph = self.text.rfind("\n", 0, sentence) + 1
        for n in range(bisect.bisect_left(mentions, sentence, key=lambda m: m[0]) - 1, -1, -1):
            pos, person = mentions[n]
            if self._beyond(pos, at, reach):
                break
            if not _is_person(person) or description.gender not in {None, "", person.gender}:
                continue
            title_words = role_words(person.title)
            if forms & title_words or stems & {w[:ROLE_STEM] for w in title_words}:
                return person
            if not title_words & _ALL_ROLE_FORMS:
                here = here or (person if pos >= paragraph else None)
                spoken_before = spoken_before or (person if id(person) in spoken else None)
                anyone = anyone or person
            other = other or person
        # (Of those with no role: one named in the description's paragraph, else one the sentences before were
        # about, else the nearest: "Rival AMD, led by Lisa Su, …. The AMD chief executive said".)
        return here or spoken_before or anyone or (other if other_roles else None)

    def _party_epithet(self, mention: Mention) -> Person | None:
        """The description "the Republican" or "the Democrat" a name mention is the end of, else None."""
        word = mention.text.rpartition(" ")[2]
        start = mention.end - len(word) - 4
        if mention.kind not in {"name", "org"} or word.casefold() not in _PARTY_EPITHETS or start < 0 or (
                self.text[start:start + 4] not in {"the ", "The "}):
            return None
        return Person(f"the {word}", None, "", start)

    def _person_named_between(self, lo: int, hi: int) -> bool:
        """Tell whether the article names a person (no organisation) between two offsets."""
        mentions = self.people.mentions
        for n in range(bisect.bisect_left(mentions, lo, key=lambda m: m[0]), len(mentions)):
            at, person = mentions[n]
            if at >= hi:
                return False
            if not person.is_org:
                return True
        return False

    def _same_pronoun_opening(self, pronoun: str, at: int) -> int | None:
        """Where the same he or she opens the sentence holding `at`, when it does (else None)."""
        if pronoun not in {"he", "she"}:
            return None
        match = _OPENING_PRONOUN.match(self.text, _rough_sentence_start(self.text, at), at)
        return match.start(1) if match and match.group(1).casefold() == pronoun else None

    def _joint(self, mention: Mention) -> str:
        """The full names of a joint mention ("Trump and Ryan" -> "Donald Trump and Paul Ryan")."""
        names = [self.people.resolve(Mention("name", part, None, mention.start, mention.end))[0]
                 for part in mention.text.split(JOINT)]
        return JOINT.join(names)

    def resolve(self, mention: Mention, at: int) -> tuple[str | None, str | None]:
        """Return (speaker name, title) for a mention at a point of the article."""
        if mention.kind in {"name", "org"}:
            epithet = self._epithet_phrase(mention)
            varied = self._named_in_paragraph(epithet, at) if epithet else None
            if varied is not None:
                return varied  # "Simone Biles won gold. “…,” the Olympian said"
            party = self._party_epithet(mention)
            member = self._person_described(party.first_seen, party) if party is not None else None
            if member is not None:
                return member.name, member.title  # "Donald Trump met Hillary Clinton. “…,” the Republican said"
            gender = described_gender(mention.text) if mention.text.startswith(("the ", "The ")) else None
            if gender is not None and mention.text.count(" ") >= 2:
                # "Friedrich Merz blamed the government. “…,” the Christian Democrat told the Bundestag": whom its own
                # paragraph just named (one word is a name of its own: "the Independent reported").
                same = self._person_described(at, Person(_strip_article(mention.text), None, gender or None,
                                                         mention.end - len(mention.text)), reach=0)
                if same is not None:
                    return same.name, same.title
            word = _strip_article(mention.text)
            if " " not in word and word.casefold() in TITLE_WORDS and self.text[
                    max(0, mention.end - len(word) - 4):mention.end - len(word)].casefold() == "the ":
                again = self._described_again(f"the {word}", at)
                if again is not None:
                    return again, None  # "One Conservative MP … said …. “…,” the MP said"
            if mention.text.isupper() and mention.text.isalpha() and len(mention.text) > 2:
                # "CLINTON: “…”": a transcript's label in capitals is the person of that surname the article names
                # (an acronym, "NATO", names nobody and stays as written).
                person = self.people.lookup(mention.text.title(), mention.start)
                if person is not None and not person.is_org:
                    return person.name, person.title
            name, title, _ = self.people.resolve(mention)
            return name, title
        if mention.kind == "joint":
            return self._joint(mention), None
        if mention.kind == "nominal":
            person = self.people.described(mention.text, mention.start)
            if person is not None:
                return person.name, person.title
            body_name = self._described_body(mention.text, at) or self._described_again(mention.text, at)
            if body_name is not None:
                return body_name, None
            issuer = self._document_issuer(mention.text, at)
            if issuer is not None:
                return issuer
            varied = self._named_in_paragraph(mention.text, at)
            if varied is not None:
                return varied
            document = _DOCUMENT_FROM.match(mention.text)
            if document is not None:
                # "A statement from Senator Warren’s office said": the office the document came from speaks.
                return _strip_article(document.group(1)), None
            owner, _, body = mention.text.partition(" ")
            if owner.casefold() in _PRONOUN_OF and _BODY_OF.match(mention.text):
                # "Her office later released a statement": the office of whoever "her" means.
                name, _ = self.resolve(Mention("pronoun", _PRONOUN_OF[owner.casefold()], None, mention.start,
                                               mention.start + len(owner)), at)
                if name:
                    return f"{name}’s {body}", None
            return _strip_article(mention.text), None
        pronoun = mention.text
        if pronoun == "i":
            # "Once, I laughed and said, “I don't believe in the devil.”": an I outside the quotation marks is the
            # writer, whom only a byline naming one person tells (never the person the narration last named).
            return self.writer, None
        opening = self._same_pronoun_opening(pronoun, at)
        if opening is not None:
            # "He declared that … Donald Trump would have a path, which he declared “a total disaster”": the
            # pronoun repeats the one that opens its sentence, and means who that one means.
            at = opening
        # The nearest earlier speaker or subject who fits wins: in news prose a pronoun nearly always
        # continues whoever the last sentences were about, so recency beats a surer gender further back.
        nearest = None  # the name of the nearest speaker or subject remembered
        for pos, name, title, person, kind, origin in self._before(at):
            if pronoun in {"he", "she"} and kind == "name" and (_is_person(person) or (
                    person is not None and id(person) in self._speaking and not is_place(name) and not (
                        _ACRONYM_END.search(name)))) and _gender_fits(pronoun, person):
                return name, title
            if pronoun in {"he", "she"} and kind == "described" and _gender_fits(pronoun, person):
                # (A description that speaks itself may bring in someone new: it means someone named only when a
                # role or no role at all fits, never someone of another role: "Mayor Bill de Blasio …. “…,” the
                # Republican presidential candidate said".)
                speaks = any(h[0] == pos and h[1] == name and h[5] == "speaker" for h in self._before(pos + 1))
                again = self._named_in_paragraph(f"the {name}", person.first_seen) if speaks else None
                if again is not None and _gender_fits(pronoun, self.people.lookup(again[0], pos)):
                    return again  # ("The Spanish coach said …. “…,” he said": whom its own quote was given to)
                meant = self._person_described(pos, person, other_roles=not speaks)
                if meant is None and self.text.startswith(("a ", "an ", "A ", "An ", "One "), person.first_seen) and (
                        self._person_named_between(pos, at)):
                    continue  # "When an NBC reporter later asked Trump …, Trump deflected. “…,” he said"
                if meant is None:
                    return name, title
                if _gender_fits(pronoun, meant):
                    return meant.name, meant.title
                continue  # ("the Democratic presidential candidate stated …. But he wanted to know": someone else)
            if pronoun in {"he", "she"} and kind == "nominal" and person is not None and not (
                    self._person_named_between(pos, at)):
                return name, title  # ("A reporter asked Sanders how he felt. He replied": Sanders is named since)
            nearest = nearest or name
            if pronoun == "it" and nearest == name and kind == "name" and person is not None and not _is_person(
                    person) and (id(person) in self._speaking or origin == "subject" and not name.endswith("s")) and (
                    len(name.split()) == 1 and "\n" not in self.text[pos:at]):
                # "Boeing said it was disappointed. “…,” it said", "OpenAI on Monday released a model that it says
                # can reason": a one-word body that just spoke, or that the sentence is about.
                return name, title
            if pronoun == "it" and kind == "nominal" and name.split()[-1].casefold() in _GROUP_NOUNS:
                continue  # ("Unions have been plotting …. It's the persistent pull of …": a group is no "it")
            if pronoun in {"they", "it", "we"} and kind in {"org", "nominal"}:
                if name.split(" ", 1)[0].casefold() in _PRONOUN_OF:
                    # "Her office … “…,” it said": the office of whoever "her" meant where it was written.
                    return self.resolve(Mention("nominal", name, None, pos, pos + len(name)), pos)
                body_name = self._described_body(f"the {name}", pos) if kind == "nominal" else None
                if body_name:
                    return body_name, None  # "The company said …. It added"
                # "The Security Council issued a statement …. The statement noted …. “…,” they said".
                return (self._document_issuer(f"the {name}", pos) if kind == "nominal" else None) or (name, title)
        if pronoun in {"he", "she"}:
            mentions = self.people.mentions
            upto = bisect.bisect_left(mentions, at, key=lambda m: m[0])
            for n in range(upto - 1, max(-1, upto - 1 - MAX_ANTECEDENTS), -1):
                person = mentions[n][1]
                if not person.is_org and person.gender == PRONOUNS[pronoun]:
                    return person.name, person.title
            for pos, name, title, person, kind, _ in self._before(at):
                if self._beyond(pos, at):
                    break
                if kind == "name" and _is_person(person) and id(person) in self.people.guessed:
                    # "Sheriff Darin Rogers said …. “…,” he said": nobody fits, and the one whose gender only the
                    # forename dictionary gave is likelier than nobody.
                    return name, title
        return None, None


_BYLINE_LEAD = re.compile(r"^\s*by\s+", re.IGNORECASE)
_NOT_A_WRITER = frozenset({"staff", "editors", "editorial", "board", "news", "press", "wire", "wires", "reuters", "ap",
                           "afp", "upi", "associated", "none", "null", "reporter", "reporters", "correspondent",
                           "agency", "desk", "team", "and", "&"})


def personal_byline(author: str | None) -> str | None:
    """The one person a byline names ("By Charlotte Meehan" -> "Charlotte Meehan"), else None: an agency, a
    newsroom or several writers ("AP", "Breitbart News", "Jane Doe and John Roe") is no one "I" can mean."""
    name = _BYLINE_LEAD.sub("", (author or "").strip())
    words = name.split()
    if not 2 <= len(words) <= 4 or any(not w[:1].isupper() or w.casefold().strip(".,") in _NOT_A_WRITER
                                       or w.casefold() in ORG_WORDS for w in words):
        return None
    return name


def _rough_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, read from a full stop or a line break before it (the resolver
    has no paragraphs at hand); the stop of an initial or a short title ("Channing D. Phillips", "Sen. Warren")
    ends no sentence."""
    line = text.rfind("\n", 0, at) + 1
    full_stop = text.rfind(". ", line, at)
    while full_stop > line and _ABBREVIATION_END.search(text[max(line, full_stop - 12):full_stop]):
        full_stop = text.rfind(". ", line, full_stop)
    return max(full_stop + 2 if full_stop >= 0 else 0, line)


_OPENING_PRONOUN = re.compile(r"(?:(?:And|But|So|Then|Still|Yet)\s+)?(He|She)\b")

# Documents that speak for whoever issued them, and the verbs that say someone did ("released a statement").
_ISSUED_DOCUMENTS = {"statement", "release", "letter", "email", "memo"}
_ISSUED = re.compile(r"\b(?:released|issued|put out|sent(?: out)?|posted|published|signed|wrote)\s+(?:a|an)\s+"
                     r"(?:[\w-]+\s+){0,3}?(statement|release|letter|email|memo)\b", re.IGNORECASE)

# Role words that describe a person rather than name an office: "the billionaire" is whoever the story has just
# named, with no title needed to match.
_EPITHETS = frozenset({"billionaire", "businessman", "mogul", "frontrunner", "front-runner", "candidate", "nominee",
                       "host", "anchor", "founder"})

MAX_EPITHET_WORDS = 6  # "the 23-time Grand Slam champion"
# A nationality as a noun for someone just named: "Lionel Messi scored twice. “…,” the Argentine said".
_NATIONALITY_NOUNS = frozenset({"argentine", "argentinian", "spaniard", "briton", "frenchman", "frenchwoman",
                                "dutchman", "englishman", "scot", "welshman", "irishman", "serb", "croat", "swede",
                                "dane", "finn", "pole", "norwegian", "portuguese", "belgian", "colombian", "uruguayan",
                                "chilean", "mexican", "japanese", "chinese", "korean", "kenyan", "nigerian"})
_POSSESSIVE_WORD = re.compile(r"\w['’]s?$")


MAX_REPORT_REACH = 24  # tokens before a verb of thinking read for its subject ("Khizr Khan, whose son, …, responded")


def _reports(toks: list[Tok]) -> list[Attribution]:
    """People written as the subject of a verb of saying, thinking or judging, for later pronouns."""
    found = []
    for k in range(1, len(toks)):
        if toks[k].text not in REPORTING or _POSSESSIVE_WORD.search(toks[k - 1].text) or NUMBER.fullmatch(
                toks[k - 1].text):
            continue  # "Trump’s continued appeal", "28 points": after a possessive or a number the word is a noun
        parsed = subject_before(toks, k, max(0, k - MAX_REPORT_REACH))
        if parsed and parsed[0].kind in {"name"} and not (
                parsed[1] > 0 and toks[parsed[1] - 1].text.casefold() in _NOUN_DETERMINERS):
            found.append(Attribution(toks[k].text, toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end))
    return found


_INTRODUCING = {"named", "called", "was", "is", "were"}
_MESSAGES = {"message", "email", "e-mail", "letter", "memo", "note", "text", "statement", "tweet", "post", "call"}


def _introduced_by_name(toks: list[Tok]) -> list[Attribution]:
    """People a sentence introduces by name for later pronouns: "a 52-year-old resident named Caroline",
    "Among the protesters was Jean-Luc Tremblay, a retired teacher", "a message from Wendy Sherman", "… concerns
    Henry Crespo, president of the Caucus."."""
    found = []
    for k in range(1, len(toks) - 1):
        word = toks[k].text
        if word not in _INTRODUCING and word not in {"from", ","}:
            continue
        if word == "from":
            if toks[k - 1].text.casefold() in _MESSAGES:
                # "McDonough was responding to a message from Undersecretary … Wendy Sherman, reporting that ….
                # “…,” she wrote": the author of a message is who a later pronoun may mean.
                author = subject_after(toks, k, len(toks))
                if author is not None and author.kind == "name":
                    found.append(Attribution("from", toks[k].start, author, author.start, author.end))
            continue
        if word == ",":
            introduced = _introduced_before_role(toks, k)
            if introduced is not None:
                found.append(introduced)
            continue
        if not _is_cap(toks[k + 1]) or toks[k + 1].text in NON_NAMES:
            continue
        end = k + 1
        while end + 1 < len(toks) and end - k < 3 and _is_cap(toks[end + 1]):
            end += 1
        named = word in {"named", "called"} and described_gender(toks[k - 1].text) is not None
        presented = word in {"was", "is", "were"} and end > k + 1 and end + 2 < len(toks) and (
            toks[end + 1].text == ",") and toks[end + 2].text in {"a", "an", "the"}
        if not (named or presented):
            continue
        name = " ".join(t.text for t in toks[k + 1:end + 1])
        mention = Mention("name", name, None, toks[k + 1].start, toks[end].end)
        found.append(Attribution(word, toks[k].start, mention, toks[k + 1].start, toks[end].end))
    return found


_BEFORE_PLACE_OR_BODY = {"the", "of", "at", "for", "from", "in", "on", "to"}


def _introduced_before_role(toks: list[Tok], comma: int) -> Attribution | None:
    """Someone brought in with a full name and their role, ending the sentence, who is about to speak ("… something
    that concerns Henry Crespo, president of the Florida Democratic Black Caucus. “…,” he said"), else None."""
    if comma < 3 or not (_is_cap(toks[comma - 1]) and _is_cap(toks[comma - 2])) or not (
            _ends_sentence_as_appositive(toks, comma)):
        return None
    first = comma - 2
    while first > 0 and comma - first < 4 and _is_cap(toks[first - 1]):
        first -= 1
    if first == 0 or not toks[first - 1].text[:1].islower() or toks[first].text in NON_NAMES or (
            toks[first - 1].text in _BEFORE_PLACE_OR_BODY) or toks[comma - 1].text.casefold() in ORG_WORDS:
        return None  # (not "a fellow at the Cato Institute, a libertarian policy group.": a body or a place)
    name = " ".join(t.text for t in toks[first:comma])
    mention = Mention("name", name, None, toks[first].start, toks[comma - 1].end)
    return Attribution(",", toks[comma].start, mention, toks[first].start, toks[comma - 1].end)


def _ends_sentence_as_appositive(toks: list[Tok], comma: int) -> bool:
    """Tell whether a comma opens a role that ends the sentence (", president of the Caucus.", ", a nurse.")."""
    if comma + 2 >= len(toks) or not (toks[comma + 1].text in {"a", "an", "the"} or _is_title(toks[comma + 1]) and (
            toks[comma + 1].text.islower())):
        return False
    for j in range(comma + 2, min(len(toks), comma + MAX_APPOSITIVE)):
        if toks[j].text == ".":
            return j + 1 == len(toks) or _is_cap(toks[j + 1]) or toks[j + 1].text in {"“", '"'}
        if toks[j].text in {",", ";", ":", "(", "“", '"', "—"}:
            return False
    return False


# Words before a capitalised modifier that make "Republican claims" a noun phrase, not "Republican" claiming.
_NOUN_DETERMINERS = {"many", "some", "few", "several", "the", "a", "an", "these", "those", "such", "other", "more",
                     "most", "all", "no", "of", "their", "his", "her", "its", "our"}


# "Rival AMD", "Tesla CEO": a body's letters end no person's name (a numeral does: "Joseph R. Murray II").
_ACRONYM_END = re.compile(r"\s(?!(?:II|III|IV|VI|VII|VIII)$)[A-Z]{2,}$")


def _is_person(person: Person | None) -> bool:
    """Tell whether a registered name reads as a person (a known gender, a role, or a forename and surname)."""
    return person is not None and not person.is_org and not is_place(person.name) and not _described_as_body(
        person.title) and not _ACRONYM_END.search(person.name) and (
        person.gender is not None or person.title is not None or len(person.name.split()) >= 2)


def _described_as_body(title: str | None) -> bool:
    """Tell whether a title in lowercase words names a kind of body ("trade group", "advocacy organization")."""
    if not title or not title[:1].islower():
        return False
    head = re.split(r"\s(?:of|for|at|with|from|in|on|to|who|whose|which|that)\s|,", title, maxsplit=1)[0].split()
    return bool(head) and head[-1].casefold() in BODY_NOUNS  # ("lawyer for the … Association" is a person)


def _strip_article(phrase: str) -> str:
    """Drop a leading article from a phrase ("a spokesman" -> "spokesman")."""
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)


_FOLLOWING = re.compile(r"\b(?:the following|as follows)\s*[.:]$")  # "Trump said the following." / “…”
_FLATTENED_BREAK = re.compile(r"(?<! \.) \. (?!\.)")  # "… she said. . Next paragraph" (not ". . ." ellipses)
MIN_FLATTENED_BREAKS = 3


def _paragraphs_unflattened(text: str) -> str:
    """Text whose paragraph breaks were flattened into " . " (a common corpus format) with each such break made a
    line break again, one character for one so that offsets hold; other text unchanged."""
    breaks = _FLATTENED_BREAK.findall(text)
    if len(breaks) < MIN_FLATTENED_BREAKS or text.count("\n") * 2 > len(breaks):
        return text
    return _FLATTENED_BREAK.sub(" \n ", text)


def extract_quotes(text: str, published: str | None = None, *, author: str | None = None,
                   join_split: bool | None = None) -> list[ExtractedQuote]:
    """Find speaker-attributed quotes in an article's text (body only, offsets into `text`); `author` is the
    byline, who an "I" of the narration is ("I laughed and said, “…”" in a column)."""
    join_split = JOIN_SPLIT_QUOTES if join_split is None else join_split
    # Spaces of other widths (no-break, thin) read as plain spaces; one character for one, so offsets hold.
    text = (text or "").translate(_PLAIN_SPACES)
    original = text
    text = _paragraphs_unflattened(text)
    # ‘We have turned a corner,’ Mr Sunak said: an article quoting with single marks reads as one with double.
    text = single_style_as_double(text)
    # Marcia “Cia” Price, John “Tig” Tiegen: a nickname inside a name is no quotation.
    spans = [span for span in find_quotations(text)
             if not _NICKNAME.match(text, _word_start(text, span.open_mark), span.close_mark + 3)]
    paras = paragraphs(text)
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        for number in set(span.paragraphs):
            by_para.setdefault(number, []).append(span)
    parsed = {n: _Paragraph(text, lo, hi, by_para.get(n, [])) for n, (lo, hi) in enumerate(paras)}

    people = People()
    resolver = _Resolver(people, text, writer=personal_byline(author))
    mid_sentence_caps: set[str] = set()
    headlines = {0} if paras and _is_headline(text[paras[0][0]:paras[0][1]]) else set()
    for n, para in parsed.items():
        for _, _, toks, _ in para.stretches:
            people.scan(toks, headline=n in headlines)
            for prev, tok in zip(toks, toks[1:]):
                if tok.text[:1].isupper() and prev.text[:1].islower():
                    mid_sentence_caps.add(tok.text)

    def known(mention: Mention) -> bool:
        """Tell whether a name mention is a name the article uses (not a capitalised opening word)."""
        words = mention.text.split()
        # (An acronym is a name wherever it stands: "The RNC, in its daily media summary, emailed".)
        return len(words) >= 2 or bool(mention.title) or words[0] in mid_sentence_caps or (
            len(words[0]) > 1 and words[0].isupper()) or (
            people.lookup(mention.text, mention.start) is not None)
    resolver.known = known
    for n, para in parsed.items():
        for _, _, _, attrs in para.stretches:
            for attr in attrs:
                resolver.note(attr)
        # Whoever a sentence opens with is who a later "he" or "she" most likely means.
        for lo, hi, toks, _ in para.stretches:
            first, last = bisect.bisect_right(para.breaks, lo), bisect.bisect_left(para.breaks, hi)
            starts = [lo] + para.breaks[first:last]
            k = 0
            for number, start in enumerate(starts):
                while k < len(toks) and toks[k].start < start:
                    k += 1
                # (Within the sentence: a comma in the next one is no end of this one's opening phrase.)
                stop = starts[number + 1] if number + 1 < len(starts) else hi
                window = toks[k:k + 24]
                if number == 0 and window and window[0].text[:1].islower() and lo > para.lo:
                    # “…,” said Denise Ortiz, a mother of two who …: words after a quotation go on its sentence.
                    continue
                sentence = [t for t in window if t.start < stop]
                opening = _topic(sentence) or _sentence_subject(sentence, known)
                if opening is not None and n in headlines:
                    opening = _headline_subject(opening)
                    if opening is None:
                        continue
                if opening is not None and (opening.speaker.kind == "name" or _institution(opening.speaker) or (
                        opening.speaker.kind == "nominal" and (_notable_description(opening.speaker, people) or (
                            _capitalised_description(opening.speaker.text))))):
                    resolver.note(opening, "subject")
            # "The moderators were ready to move on, but Christie wasn't having it.", "Sanders held a rally while
            # Clinton hosted an event": the subject of a clause joined after a comma, or after "while", is who the
            # sentence ends on.
            for j in range(1, len(toks) - 1):
                if (toks[j].text in _CLAUSE_JOINS and toks[j - 1].text in {",", ";"} or toks[j].text == "while") and (
                        toks[j + 1].text[:1].isupper()):
                    joined = _sentence_subject(toks[j + 1:j + 25], known)
                    if joined is not None and joined.speaker.kind == "name":
                        resolver.note(joined, "subject")
                elif toks[j].text == "with" and _is_cap(toks[j + 1]):
                    doing = _with_clause_subject(toks, j)
                    if doing is not None:
                        resolver.note(doing, "subject")
            # "Trump believes", "Clinton called it": the people whose views the article reports.
            for subject in _reports(toks):
                resolver.note(subject, "report")
            for named in _introduced_by_name(toks):
                resolver.note(named, "subject")
    resolver.history.sort(key=lambda h: h[0])
    resolver._positions = [h[0] for h in resolver.history]
    people.mentions.sort(key=lambda m: m[0])
    people.learn_genders(text)

    found: list[_Found] = []
    for index, span in enumerate(spans):
        first_para, last_para = parsed[span.paragraphs[0]], parsed[span.paragraphs[-1]]
        prev_close = (spans[index - 1].close_mark if index and spans[index - 1].close_mark > first_para.lo
                      else first_para.lo)
        prev_close = min(prev_close, span.open_mark)
        next_open = spans[index + 1].open_mark if index + 1 < len(spans) and (
            spans[index + 1].open_mark < last_para.hi) else last_para.hi
        next_open = max(next_open, span.close_mark)
        item = _Found(span, _classify(text, span, first_para), parts=[_trim(text, a, b) for a, b in span.parts])
        right = _right_attribution(item, text, last_para, next_open)
        if right is not None and _introduces_next(text, item, right, next_open):
            # “Why now?” Clinton responds. … Mills writes back, “You look cute.”: a clause that runs on into
            # the next quotation introduces that one; this one keeps its own lead-in when it has one.
            right = _left_attribution(item, text, first_para, prev_close, known) or right
        elif right is not None and text[span.start:span.end].rstrip().endswith("."):
            # "Hayek … said, “America has a very severe problem.” The star then recalled an incident": a
            # finished sentence introduced by a verb of saying keeps that speaker; the next sentence is news.
            lead_in = _CUE_BEFORE_QUOTE.search(text, max(first_para.lo, span.open_mark - 40), span.open_mark)
            left = _left_attribution(item, text, first_para, prev_close, known) if lead_in and (
                lead_in.group(1).casefold() in CUE_VERBS) else None
            if left is not None and left.cue:
                right = left
        item.attribution = right or _left_attribution(item, text, first_para, prev_close, known)
        if item.attribution is None and last_para.hi < len(text) and span.open_mark == first_para.lo and (
                _quote_only_paragraph(text, item, last_para)):
            # A fact-check lists a claim in its own paragraph and the claimant on the next: "- Bernie Sanders."
            following = span.paragraphs[-1] + 1
            if following in parsed and _DASH_LINE.match(text, parsed[following].lo, parsed[following].hi):
                item.attribution = _byline(text, parsed[following].lo, parsed[following].hi)
        if item.attribution is None and item.kind == "partial":
            # "… all he has “the root of all evil.” ― Christina Lastra": a fragment with nobody in its sentence
            # takes the byline after it; one whose sentence names a speaker keeps that speaker.
            item.attribution = _byline(text, span.close_mark, last_para.hi)
        found.append(item)

    found = _join_split(found, text) if join_split else found
    _inherit(found, text, parsed, paras, known)

    results: list[ExtractedQuote] = []
    for item in _outermost_quotations(found):
        attr = item.attribution or (item.inherited_from.attribution if item.inherited_from else None)
        speaker = title = None
        guessed = False
        if attr is not None:
            speaker, title = resolver.resolve(attr.speaker, attr.speaker.start)
        para = parsed[item.span.paragraphs[0]]
        fragment = text[item.parts[0][0]:item.parts[-1][1]]
        if _BYLINE_AFTER.match(text, item.span.close_mark - 2) and item.attribution is None:
            # —“Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson: the
            # headline of a piece a newsletter links to, not words anyone said.
            continue
        # (“Miss Piggy” and “Miss Housekeeping”: a title-case fragment joined to one kept before it is kept too.)
        joined = bool(results) and results[-1].end < item.span.open_mark and _JOINED.fullmatch(
            text, results[-1].end + 1, item.span.open_mark) is not None
        if _looks_like_title(fragment) and not joined and _names_not_says(item, speaker, fragment, para):
            # “Morning Joe”, “Fox News Sunday”, “Orange is the New Black”: names of works, not words said; so is
            # one right after a noun for a work, whoever wrote it ("her memoir, “Tough Choices.”").
            continue
        if item.kind == "partial" and _TERM_BEFORE.search(text, max(para.lo, item.span.open_mark - 20),
                                                          item.span.open_mark):
            # "Officials condemned the so-called “Moscow ultimatum”": a term named, not words anyone is said to
            # have said ("the term “superpredator”" is left to the attribution: it names whose word it was).
            continue
        if item.kind == "partial" and _words(fragment) < MIN_PARTIAL_WORDS and not (
                item.attribution is not None and item.attribution.cue in CUE_VERBS):
            # A single quoted word (“disqualifying”) flags a term more often than it repeats speech,
            # unless a verb of saying introduces it ("Grushko said Russia will ‘study’ the proposal").
            continue
        if _words(fragment) < MIN_PARTIAL_WORDS and (speaker is None or (
                item.attribution is not None and item.attribution.cue == "")):
            # "Economists have coined a term for it: “Swiftonomics.”": one word that nobody is said to have said
            # (whoever the sentence is about).
            continue
        if speaker is None and item.kind == "partial":
            if item.span.single or not _reads_as_speech(text, item, para):
                continue  # an unattributed fragment is a scare quote or a title, not something said
            # "Bateman, who drove from Illinois, says there's a “long road ahead”": a fragment in a
            # sentence that reports speech is a quote even when its clause is too tangled to parse.
            speaker, title = _sentence_speaker(text, item, para, people, resolver)
            guessed = True
            if speaker is not None:
                # "Elmendorf, a top fundraiser close to the campaign, says the goal is “to disqualify Trump.” …
                # “Yes,” he added.": the sentence's speaker is who a later pronoun continues.
                resolver.remember(speaker, title, people.lookup(speaker, item.span.open_mark), item.span.open_mark)
        if speaker is None and item.span.single:
            continue
        clause_text = ""
        # The attribution's sentence dates the quote; one that goes on from a quote before it in the same
        # paragraph ("“…,” he told reporters Saturday. “…”") takes that quote's date too.
        if attr is not None and para.lo <= attr.start < para.hi:
            s0 = para.sentence_start(attr.start)
            # (Around the attribution only: a sentence of thousands of quotations is not re-read for each.)
            clause_end = min(para.sentence_end(attr.start), attr.end + MAX_LEAD_IN)
            clause_text = text[max(s0, attr.start - MAX_LEAD_IN):clause_end]
        # "(CROSSTALK.)", "[APPLAUSE]": a transcript's note of what happened is no part of the words said.
        parts = [(a, b) for a, b in item.parts if not _STAGE_DIRECTION.fullmatch(text, a, b)]
        if not parts:
            continue
        quote_text = " ".join(original[a:b].strip() for a, b in parts)
        cue = attr.cue if attr is not None and attr.cue != ":" else None
        method = attribution_class(text, attr.speaker.kind if attr else None, attr.speaker.text if attr else None,
                                   speaker, para.lo, attr.speaker.start if attr else item.span.open_mark,
                                   continued=item.attribution is None, guessed=guessed)
        results.append(ExtractedQuote(
            text=quote_text, start=parts[0][0], end=parts[-1][1], kind=item.kind, speaker=speaker,
            title=_AGE_THEN_ARTICLE.sub(r"\1", _LONE_APOSTROPHE.sub(r"\1", title)) if title else title,
            cue=cue, date=date_in(_outside_quotes(clause_text), published) if clause_text else None,
            parts=list(parts), context=original[max(para.lo, parts[0][0] - MAX_CONTEXT):min(
                parsed[item.span.paragraphs[-1]].hi, parts[-1][1] + MAX_CONTEXT)],
            method=method, confidence=confidence_of(method)))
    return results


_TERM_BEFORE = re.compile(r"\bso-called\s*$", re.IGNORECASE)
_SPEECH_WORDS = frozenset(CUE_VERBS | PARTICIPLE_CUES | BASE_CUES | {"according"})
MIN_SPEECH_FRAGMENT_WORDS = 4  # a fragment this long reads as words said, with or without a cue nearby


_TITLE_CASE_WORD = re.compile(r"[A-Za-z][a-z’']{3,}")
HEADLINE_CAPITALS = 0.9  # share of capitalised longer words that makes an opening line a headline


def _is_headline(line: str) -> bool:
    """Tell whether a paragraph is a title-case headline ("Woman Reveals Stunning Thing Trump Did To Her")."""
    words = _TITLE_CASE_WORD.findall(line)
    return len(words) >= 4 and len(line) < 200 and sum(w[:1].isupper() for w in words) >= HEADLINE_CAPITALS * len(words)


def _headline_subject(opening: Attribution) -> Attribution | None:
    """The person a title-case headline opens with: "Hillary Clinton" of "Hillary Clinton Goes After Donald
    Trump", where every word is capitalised; None for "Woman Reveals Stunning Thing Trump Did To Her"."""
    words = opening.speaker.text.split()
    if len(words) <= MAX_HEADLINE_NAME_WORDS:
        return opening
    if opening.speaker.kind != "name" or gender_of(" ".join(words[:2]), None) is None:
        return None
    name = " ".join(words[:2])
    mention = Mention("name", name, None, opening.speaker.start, opening.speaker.start + len(name))
    return Attribution(opening.cue, opening.cue_start, mention, opening.start, mention.end)


def _sentence_tokens(item: _Found, para: _Paragraph) -> list[Tok]:
    """The unquoted tokens of the sentence that holds a quotation's opening mark."""
    lo = para.sentence_start(item.span.open_mark)
    hi = para.sentence_end(max(item.span.open_mark, item.span.close_mark - 1))
    return _unquoted_sentence_tokens(para, lo, hi)


def _reads_as_speech(text: str, item: _Found, para: _Paragraph) -> bool:
    """Tell whether an unattributed fragment repeats words said rather than scare-quoting a term.

    A fragment of two words or more counts in a sentence that reports speech ("says", "saying",
    "told"); a longer one counts anywhere, since nobody scare-quotes half a sentence.
    """
    words = _words(text[item.parts[0][0]:item.parts[-1][1]])
    if words >= MIN_SPEECH_FRAGMENT_WORDS:
        return True
    if words < 2:
        return False
    return any(t.text in _SPEECH_WORDS or t.text in REPORTING or (
        t.text in SPEECH_NOUNS and t.start < item.span.open_mark) for t in _sentence_tokens(item, para))


def _claim_owner(before: list[Tok]) -> Tok | None:
    """The capitalised possessive owning a noun of speech before a fragment, with no verb of saying after it
    ("… a fact-check on Donald Trump’s claim that there have been “thousands of shootings”": Trump’s)."""
    for n in range(len(before) - 1, 0, -1):
        if before[n].text in _SPEECH_WORDS:
            return None  # "… downplay Ryan’s comments, saying they were “…”": the one saying it speaks
        if before[n].text in SPEECH_NOUNS:
            owner = before[n - 1]
            # (The words must be the claim's content: "Trump’s claim that …", "Trump’s words: …" — not what is
            # said of it: "Trump’s comments are “…”", "played down Trump’s comments as “…”".)
            content = n == len(before) - 1 or before[n + 1].text in {"that", ":", ","}
            return owner if content and _POSSESSIVE_WORD.search(owner.text) and _is_cap(owner) else None
    return None


def _sentence_speaker(text: str, item: _Found, para: _Paragraph, people: People,
                      resolver: _Resolver) -> tuple[str | None, str | None]:
    """The person a sentence with a fragment is about: the first named before the quotation, else its pronoun."""
    lo = para.sentence_start(item.span.open_mark)
    sentence = _sentence_tokens(item, para)
    before = [t for t in sentence if t.end <= item.span.open_mark]
    owner_tok = _claim_owner(before)
    if owner_tok is not None:
        owner = people.lookup(owner_tok.text, owner_tok.start)  # the lookup drops the possessive
        if owner is not None and _is_person(owner):
            return owner.name, owner.title
    # Someone the sentence already reports as saying or thinking something ("Bateman, who …, says").
    k = bisect.bisect_left(resolver._positions, lo)
    if k < len(resolver.history) and resolver.history[k][0] < item.span.open_mark:
        _, name, title, person, kind, _ = resolver.history[k]
        if kind == "name" and _is_person(person):
            return name, title
    # Or reports it later in the sentence: "From Trump’s “coarse, vulgar … effusion” to his call for a “deportation
    # force,” Will described Trump as …" is Will's, not Trump's, though Trump is named first.
    end = para.sentence_end(item.span.close_mark - 1)
    k = bisect.bisect_left(resolver._positions, item.span.close_mark)
    while k < len(resolver.history) and resolver.history[k][0] < end:
        _, name, title, person, kind, origin = resolver.history[k]
        if origin in {"speaker", "report"} and kind == "name" and _is_person(person):
            return name, title
        k += 1
    pronoun = next((tok for tok in sentence[:MAX_OPENING_PHRASE]
                    if tok.start < item.span.open_mark and tok.text.casefold() in {"he", "she"}), None)
    opening = [tok.text.casefold() for tok in sentence[:2]]
    opens_with_it = pronoun is not None and (opening[:1] == [pronoun.text.casefold()] or (
        opening[0] in _CONNECTIVES and opening[1:] == [pronoun.text.casefold()]))
    mentions = people.mentions
    k = bisect.bisect_left(mentions, lo, key=lambda m: m[0])
    if k < len(mentions) and mentions[k][0] < item.span.open_mark and not mentions[k][1].is_org and not is_place(
            mentions[k][1].name) and not (opens_with_it and pronoun is not None and pronoun.start < mentions[k][0]):
        person = mentions[k][1]
        return person.name, person.title
    if pronoun is not None:
        # "She was defending the foundation against attacks from Donald Trump, but admitted “…”": the
        # person the sentence opens with, before anyone it names later.
        return resolver.resolve(Mention("pronoun", pronoun.text.casefold(), None, pronoun.start, pronoun.end),
                                pronoun.start)
    return None, None


_WORK_NOUNS = {"show", "program", "programme", "book", "memoir", "novel", "film", "movie", "documentary", "song",
               "album", "series", "episode", "play", "musical", "podcast", "column", "essay", "titled", "entitled"}


def _names_not_says(item: _Found, speaker: str | None, fragment: str, para: _Paragraph) -> bool:
    """Tell whether a title-case quotation names a work rather than repeating words said (the words of its
    sentence before it are read once for both questions)."""
    before = [t for t in _sentence_tokens(item, para) if t.end <= item.span.open_mark]
    unsaid = item.kind == "partial" or (speaker is None and not _SENTENCE_END_INNER.search(fragment))
    return unsaid and not _said_aloud(item, before) or _names_a_work(before)


def _names_a_work(before: list[Tok]) -> bool:
    """Tell whether a quotation comes right after a noun for a work ("her memoir, “…”", "the show “…”"), given
    the tokens of its sentence before it."""
    words = [t for t in before if t.text not in {",", ":"}]
    return bool(words) and words[-1].text.casefold() in _WORK_NOUNS


def _said_aloud(item: _Found, before: list[Tok]) -> bool:
    """Tell whether a title-case fragment was said rather than named: a cue follows it or introduces it (`before`:
    the tokens of its sentence before it)."""
    attr = item.attribution
    words = [t.text.casefold() for t in before[-5:] if t.text[:1].isalpha()]
    if any(w in NAME_CALLING for w in words[:-1]) and (words[-1] in OBJECTS or words[-1] not in TITLE_LEADS):
        return True  # "Trump called the 1996 pageant winner “Miss Piggy”", "hailed Trump as “The Comeback Kid”"
    words = words[-2:]
    if words and (words[-1] in TITLE_LEADS | _LISTENER_VERBS or words[-1].endswith(("'s", "’s")) or (
            words[-1] == "of" and len(words) > 1 and words[-2] in WORKS)):
        # "on this weekend’s broadcast of “Fox News Sunday,” Pence said": a show, not words said; so is the
        # listener after "told" ("Fiorina told “Fox and Friends,” reminding the co-hosts …").
        return False
    if attr is not None and attr.cue in CUE_VERBS and attr.start >= item.span.close_mark:
        return True  # "“Thank You, Son,” Cruz replied"
    if attr is not None and attr.cue in CUE_VERBS and attr.speaker.start < attr.cue_start and (
            attr.end <= item.span.open_mark):
        # "Trump proclaimed a goal of “Peace Through Strength.”": the verb's own object, a few words on (not a
        # clause of its own, "said he watched “Fox and Friends”", nor where it was said, "said in an interview
        # with “Fox News Sunday”").
        between = [t.text.casefold() for t in before if t.start >= attr.end]
        if between and len(between) <= MAX_OBJECT_WORDS and between[0] in {"a", "an", "the"} and all(
                w.isalpha() and w not in PRONOUNS for w in between):
            return True
    return bool(words) and (words[-1] in _SPEECH_WORDS or words[-1] in CHANT_WORDS)


_LISTENER_VERBS = {"told", "tells", "tell", "telling"}
MAX_OBJECT_WORDS = 4  # words between a verb of saying and the title-case words it says ("a goal of")
# Longer words a title leaves in lower case ("The Nightly Show with Larry Wilmore").
_TITLE_SMALL_WORDS = {"with", "from", "into", "onto", "upon", "over", "than", "that", "this", "about", "after",
                      "before", "under", "without", "through", "versus"}


_JOINED = re.compile(r"[”\"’']?,?\s+(?:and|or)\s+")  # the words between “Miss Piggy” and “Miss Housekeeping”
_BYLINE_AFTER = re.compile(r"[,.][”\"’']\s+by\s+[A-Z]")  # “…,” by Times' Michael Paulson


def _looks_like_title(fragment: str) -> bool:
    """Tell whether a quoted fragment is a name in title case ("Face the Nation") rather than speech."""
    words = _WORD.findall(fragment)
    if not words or len(words) > 7:
        return False
    significant = [w for w in words if (len(w) > 3 and w.casefold() not in _TITLE_SMALL_WORDS) or w[:1].isupper()]
    if words[0] in {"I", "We", "You"} and len(words) > 1:
        return False  # “I’m with her”: a slogan someone says, not a title
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant) and any(w[:1].isupper() for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a quoted piece to its words: no edge spaces, no comma the attribution put before the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _outside_quotes(clause: str) -> str:
    """The clause without its quoted words, so a date inside a quotation is not read as the date said."""
    return _QUOTED.sub(" ", clause)


def _inherit(found: list[_Found], text: str, parsed: dict[int, _Paragraph], paras: list[tuple[int, int]],
             known=None) -> None:
    """Give unattributed quotations the speaker the text implies: the quote before, or a lead-in sentence."""
    for n, item in enumerate(found):
        # (A fragment given only its sentence's subject may still take the verb of saying that ends the sentence.)
        if item.attribution is not None and (item.kind != "partial" or item.attribution.cue):
            continue
        span = item.span
        number = span.paragraphs[0]
        para = parsed[number]
        prev = found[n - 1] if n else None
        # (Read back at most MAX_LEAD_IN characters: a sentence of thousands of fragments is not re-read for each.)
        before = text[max(para.sentence_start(span.open_mark), span.open_mark - MAX_LEAD_IN):span.open_mark].strip()
        if all(word.casefold() in _CONNECTIVES for word in re.findall(r"[\w’']+", before)):
            before = ""  # “…,” he said. Then, “…”: a connective before the quotation is no lead-in of its own
        lead_in_adjunct = bool(_LEAD_IN_ADJUNCT.fullmatch(before)) and span.open_mark - len(before) - 1 <= para.lo
        if lead_in_adjunct:
            before = ""
        prev_in_sentence = prev is not None and prev.span.open_mark >= para.sentence_start(span.open_mark)
        following = found[n + 1] if n + 1 < len(found) else None
        if item.kind == "partial" and following is not None and _ends_with_attribution(text, para, item, following):
            # The program was a “good thing” that yielded “frankly good information,” he remarked: the fragments
            # of one sentence share the attribution that ends it ("The FBI … did not find “ties of any
            # consequence,” aside from … “casually” …, said the bureau's director" is the director's).
            if item.attribution is None or (following.attribution is not None and following.attribution.cue):
                item.attribution = following.attribution
            continue
        if item.attribution is not None:
            continue
        if item.kind == "partial" and prev_in_sentence and prev is not None and prev.attribution is not None and (
                prev.attribution.cue and prev.span.paragraphs[-1] == number):
            # "The ministry denounced the meeting as “a dangerous provocation” and warned of “corresponding
            # measures.”": a fragment with no speaker of its own goes on with the one whose verb introduced the
            # fragment before it in its sentence.
            item.inherited_from = prev
            continue
        if before and item.kind == "direct" and not prev_in_sentence:
            continue
        # A source named right after it ("That quote from …", "So says the sheriff, …") wins over going on with
        # the speaker before.
        source = _source_named_after(item, parsed[span.paragraphs[-1]]) or _source_in_next_paragraph(
            text, item, parsed)
        if source is not None:
            item.attribution = source
            continue
        # The quote before it in the same paragraph, or ending the paragraph before: a continuation
        # (also within one sentence: "…, telling the crowd, “…,” and, “…”").
        if prev is not None and (prev.attribution or prev.inherited_from):
            prev_para = prev.span.paragraphs[-1]
            gap = text[prev.span.close_mark:span.open_mark]
            if prev_para == number or (prev_para == number - 1 and span.open_mark == para.lo):
                between_attr = prev.attribution
                leftover = gap
                if between_attr is not None and prev.span.close_mark <= between_attr.start < span.open_mark:
                    leftover = text[prev.span.close_mark:between_attr.start] + text[between_attr.end:span.open_mark]
                if not leftover.strip(" \n,.;:—–-") or _words(leftover) <= 2 or (
                        prev_para == number and not before and not _new_speaker_between(para, prev, span.open_mark)):
                    # “…,” Trump said at his party, two hours after outlets declared him the winner. “…”: a
                    # quotation opening the next sentence goes on with the same speaker.
                    item.inherited_from = prev if prev.attribution else prev.inherited_from
                    continue
        if (span.open_mark == para.lo or lead_in_adjunct) and number > 0:
            lead = parsed[number - 1]
            tail = text[lead.lo:lead.hi].rstrip()
            if tail.endswith(":") or _FOLLOWING.search(tail):
                # A lead-in ending with a colon ("Caddell continued:", "Cruz called them on it:"), or announcing
                # what follows ("Trump said the following."), in the paragraph before: its attribution, else
                # whoever that sentence is about.
                attr = _previous_sentence_attribution(lead, lead.hi) or _lead_in_subject(lead, known)
                if attr is not None:
                    item.attribution = attr
                    continue
            else:
                # A paragraph that is nothing but a quotation, after a paragraph that quotes someone, goes on
                # quoting them (“…,” Barkley said. / “And it’s become sad …”).
                earlier = _last_attributed_in(found, n, number - 1)
                if earlier is not None and item.kind == "direct" and _quote_only_paragraph(text, item, para):
                    item.inherited_from = earlier
                    continue
                if earlier is None and item.kind == "direct" and _quote_only_paragraph(text, item, para) and (
                        not _quotes_in(found, n, number - 1)) and not text[span.start:span.end].isupper():
                    # "Clinton, clearly frustrated, responded by pointing a finger …, saying …" / “I do not
                    # have …”: a paragraph of narrated speech introduces the quotation after it (one in
                    # capitals is a subheading).
                    attr = _speaking_subject(lead, lead.sentence_start(lead.hi - 1), lead.hi, known)
                    if attr is not None:
                        item.attribution = attr
                        continue
        # The sentence before it in the same paragraph names the speaker, or reports what someone thinks
        # ("Cummings called him a master at deals. “He showed again and again …”").
        if span.open_mark > para.lo:
            attr = _previous_sentence_attribution(para, span.open_mark)
            if attr is None and not before and item.kind == "direct":
                sentence = para.sentence_start(span.open_mark - 1)
                reports = _reports(_unquoted_sentence_tokens(para, sentence, span.open_mark))
                attr = reports[-1] if reports else _speaking_subject(para, sentence, span.open_mark, known)
            if attr is not None:
                item.attribution = attr


_THAT_QUOTE = {"that", "the", "this", "those", "these"}
_QUOTE_NOUNS = {"quote", "quotation", "remark", "remarks", "comment", "comments", "words", "line", "statement",
                "message", "verdict", "warning", "assessment", "plea", "advice", "prediction", "promise"}


# "Then, later that month on CNN: “…”": a paragraph that only says when or where the quotation came goes on
# with the speaker of the paragraph before.
_LEAD_IN_ADJUNCT = re.compile(r"(?:Then|Later|Again|Earlier|Afterwards?|Also|Next|Finally|Meanwhile)\b"
                              r"[^.!?:;“”\"\n]{0,50}?:")


def _source_named_after(item: _Found, para: _Paragraph) -> Attribution | None:
    """The source a sentence right after a quotation names for it: "“I'd rather have a sister in a whorehouse
    …” That quote from Alabama Securities Commissioner Thomas Krebs appeared in 1980"."""
    k = bisect.bisect_left(para._starts, item.span.close_mark)
    if k == len(para.stretches) or para.stretches[k][0] != item.span.close_mark:
        return None
    toks = para.stretches[k][2]  # the unquoted words right after the closing mark, tokenised once already
    while toks and not toks[0].text[:1].isalpha():
        toks = toks[1:]  # the full stop after the closing mark
    if len(toks) > 2 and toks[0].text == "So" and toks[1].text in CUE_VERBS:
        mention = subject_after(toks, 1, len(toks))  # "“Go home now.” So said Mayor Karen Bass", "So wrote …"
        if mention is None or mention.kind not in {"name", "org", "nominal"}:
            return None
        return Attribution(toks[1].text, toks[1].start, mention, toks[0].start, mention.end)
    if len(toks) > 3 and toks[0].text.casefold() in {"that", "this"} and toks[1].text in {"was", "is"} and (
            toks[2].text == "the"):
        toks = toks[2:]  # "That was the message from Israel's defence minister, Israel Katz"
    if len(toks) < 4 or toks[0].text.casefold() not in _THAT_QUOTE or toks[1].text.casefold() not in _QUOTE_NOUNS or (
            toks[2].text not in {"from", "by", "of"}):
        return None
    mention = subject_after(toks, 2, len(toks))
    if mention is None or mention.kind not in {"name", "org"}:
        return None
    return Attribution(toks[2].text, toks[2].start, mention, toks[0].start, mention.end)


_THATS_HOW = re.compile(r"\s*(?:That[’']s|That is|This is|So says|So said|Those are the words of|"
                        r"Those were the words of)"
                        r"(?:\s+how)?\s+", re.IGNORECASE)


def _source_in_next_paragraph(text: str, item: _Found, parsed: dict[int, _Paragraph]) -> Attribution | None:
    """The speaker the paragraph after a paragraph of nothing but a quotation names for it: "“If the hospital
    closes, people will die.” / That's how Dr. Rachel Kim, the only surgeon in Harlan County, describes …"."""
    number = item.span.paragraphs[-1]
    para, following = parsed[number], parsed.get(number + 1)
    if following is None or item.span.open_mark != parsed[item.span.paragraphs[0]].lo or not (
            _quote_only_paragraph(text, item, para)):
        return None
    lead = _THATS_HOW.match(text, following.lo, following.hi)
    if lead is None:
        return None
    toks = tokens(text, lead.end() - 1, min(following.hi, lead.end() + 200))
    mention = subject_after([Tok("says", lead.start(), lead.end() - 1)] + toks, 0, len(toks) + 1)
    if mention is None or mention.kind not in {"name", "org"}:
        return None
    # The verb right after the name or its appositive ("…, describes", "Kim puts it") is the cue.
    verb = next((t for prev, t in zip(toks, toks[1:]) if t.start >= mention.end and t.text.isalpha() and (
        t.text.islower() and t.text.endswith("s")) and (prev.text == "," or prev.end == mention.end)), None)
    cue = verb.text if verb is not None else "says"
    return Attribution(cue, verb.start if verb is not None else lead.start(), mention, lead.start(), mention.end)


def _speaking_subject(para: _Paragraph, start: int, end: int, known) -> Attribution | None:
    """Whoever a sentence of narrated speech or judgement is about: "Bolton distanced himself … by saying he
    would help", "Valastro praised Christie’s leadership" speak the quotation that follows; a sentence with
    no verb of saying, thinking or judging names no speaker."""
    toks = _unquoted_sentence_tokens(para, start, end)
    cue = next((t for n, t in enumerate(toks) if (t.text.casefold() in _SPEECH_WORDS or t.text in REPORTING) and not (
        n and NUMBER.fullmatch(toks[n - 1].text))), None)  # ("finished with 28 points": a noun after a number)
    if cue is None:
        return None
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE], known)
    if opening is None or opening.speaker.kind not in {"name", "org"} or opening.cue_start > cue.start:
        return None
    return Attribution(cue.text.casefold(), cue.start, opening.speaker, opening.start, cue.end)


def _quotes_in(found: list[_Found], before: int, paragraph: int) -> bool:
    """Tell whether any quotation before index `before` ends in `paragraph` (a bounded look back)."""
    for k in range(before - 1, -1, -1):
        last = found[k].span.paragraphs[-1]
        if last <= paragraph:
            return last == paragraph
    return False


def _last_attributed_in(found: list[_Found], before: int, paragraph: int) -> _Found | None:
    """The last quotation before index `before` that ends in `paragraph` and has a speaker, if any."""
    for k in range(before - 1, -1, -1):
        item = found[k]
        last = item.span.paragraphs[-1]
        if last < paragraph:
            return None
        if last == paragraph and (item.attribution is not None or item.inherited_from is not None):
            return item if item.attribution is not None else item.inherited_from
    return None


def _quote_only_paragraph(text: str, item: _Found, para: _Paragraph) -> bool:
    """Tell whether a quotation fills its paragraph (a trailing source tag such as "[NYT.]" aside)."""
    after = text[item.span.close_mark:para.hi].strip(" .,;")
    return not after or (after.startswith("[") and after.endswith("]"))


def _lead_in_subject(lead: _Paragraph, known) -> Attribution | None:
    """Whoever the last sentence of a lead-in paragraph is about ("President Clinton released a statement:")."""
    start = lead.sentence_start(max(lead.lo, lead.hi - 2))
    toks = _unquoted_sentence_tokens(lead, start, lead.hi)
    dashes = [k for k, tok in enumerate(toks) if tok.text in {"—", "–"}]
    if dashes:
        # "That is, when the moderators yielded to snark — and Lordy! — Cruz called them on it:": the clause
        # after the last dash is the one that leads in.
        after = _sentence_subject(toks[dashes[-1] + 1:][:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
        if after is not None and after.speaker.kind in {"name", "org"}:
            return after
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
    if opening is not None and opening.speaker.kind in {"name", "org", "nominal"}:
        return opening
    return None


_START = attrgetter("start")


# A sentence is read over at most this many unquoted stretches and tokens at each of its ends: a "sentence"
# of thousands of quoted fragments ("“a b” “c d” …") would otherwise be read whole once per fragment.
MAX_SENTENCE_STRETCHES = 16
MAX_LEAD_IN = 1_000  # characters read around a quotation or attribution for words of its own sentence
MAX_CONTEXT = 2_000  # characters of a quote's paragraph kept as its context on either side of it
MAX_SENTENCE_TOKENS = 160


def _unquoted_sentence_tokens(para: _Paragraph, start: int, end: int) -> list[Tok]:
    """The tokens outside quotation marks that start in [start, end) of a paragraph, across quoted words.

    Past MAX_SENTENCE_STRETCHES stretches or MAX_SENTENCE_TOKENS tokens at either end, the middle of the
    range is left out, so the cost of a call is bounded whatever the sentence (no real one comes near).
    """
    # Stretches lie in order and apart: start from the one holding `start` (a long paragraph has thousands).
    first = max(0, bisect.bisect_right(para._starts, start) - 1)
    stop = bisect.bisect_left(para._starts, end)  # stretches [first, stop) begin before `end`

    def bounds(n: int) -> tuple[list[Tok], int, int]:
        _, hi, toks, _ = para.stretches[n]
        if hi <= start:
            return toks, 0, 0
        return toks, bisect.bisect_left(toks, start, key=_START), bisect.bisect_left(toks, end, key=_START)

    head, n, count = [], first, 0
    while n < stop and n - first < MAX_SENTENCE_STRETCHES and count < MAX_SENTENCE_TOKENS:
        head.append(bounds(n))
        count += head[-1][2] - head[-1][1]
        n += 1
    tail, m = [], stop - 1
    while m >= n and stop - m <= MAX_SENTENCE_STRETCHES and count < 2 * MAX_SENTENCE_TOKENS:
        tail.append(bounds(m))
        count += tail[-1][2] - tail[-1][1]
        m -= 1
    pieces = head + tail[::-1]
    if m < n and count <= 2 * MAX_SENTENCE_TOKENS:
        return [tok for toks, a, b in pieces for tok in toks[a:b]]
    found: list[Tok] = []
    for toks, a, b in pieces:  # the first MAX_SENTENCE_TOKENS ...
        found.extend(toks[a:min(b, a + MAX_SENTENCE_TOKENS - len(found))])
    ending: list[Tok] = []
    for toks, a, b in reversed(pieces):  # ... and the last
        ending[:0] = toks[max(a, b - (MAX_SENTENCE_TOKENS - len(ending))):b]
    return found + ending


def _new_speaker_between(para: _Paragraph, prev: _Found, before: int) -> bool:
    """Tell whether a sentence after the one quoting `prev` names someone else speaking before `before`."""
    said_at = prev.attribution.start if prev.attribution is not None else prev.span.close_mark
    first_sentence = para.sentence_start(max(said_at, prev.span.open_mark))
    for _, hi, _, attrs in para.stretches_before(before):
        if hi <= prev.span.close_mark:
            break
        for attr in attrs:
            if attr.start >= prev.span.close_mark and attr.end <= before and (
                    para.sentence_start(attr.start) > first_sentence):
                return True
    return False


def _outermost_quotations(found: list[_Found]) -> list[_Found]:
    """Drop quotations written inside another one ("… it comes across as “too loud” …"): they are the outer
    speaker's words, quoted again, and the outer quotation already holds them."""
    kept: list[_Found] = []
    reach = -1
    for item in sorted(found, key=lambda f: (f.span.open_mark, -f.span.close_mark)):
        if item.span.close_mark <= reach:
            continue
        kept.append(item)
        reach = max(reach, item.span.close_mark)
    return sorted(kept, key=lambda f: f.span.open_mark)


_NICKNAME = re.compile(r"[A-Z][\w.’'-]*\s+[“\"‘][A-Z][\w.’'-]*[”\"’]\s+[A-Z]")


def _word_start(text: str, at: int) -> int:
    """Offset where the word before the space before `at` begins."""
    k = at - 1
    while k > 0 and text[k - 1] == " ":
        k -= 1
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return max(0, k)


def _introduces_next(text: str, item: _Found, attr: Attribution, next_open: int) -> bool:
    """Tell whether the attribution after a finished sentence in quotation marks, or after a fragment and before a
    colon, leads into the next quotation ("“Why now?” … Mills then writes back, “You look cute.”")."""
    inner = text[item.span.start:item.span.end].rstrip()
    between = re.sub(r"^\s*(?:back|out|on|in|up|again|later)\b", "", text[attr.end:next_open])
    # (A fragment's sentence goes on past it; a colon still sends the clause after it on to the next quotation:
    # "After Scalia said … “less advanced schools,” Trump said: “I don't like what he said.”")
    finished = inner.endswith((".", "?", "!")) or (item.kind == "partial" and between.strip() == ":")
    return finished and attr.end <= next_open and not between.strip(" ,:\n") and (
        next_open < len(text) and next_open + 1 < len(text) and text[next_open + 1:next_open + 2].isupper())
