"""A quotation's attribution: the clause after it, the lead-in before it, a dash line or a byline, each decided
by a rule of the attribution stage (see rules.py); the subject of a sentence is read in subjects.py."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..lexicon import (
    BASE_CUES,
    CLAUSE_SUBJECTS,
    CUE_VERBS,
    DOCUMENTS,
    FRAGMENT_CUES,
    NON_NAMES,
    NOT_CLAUSE_OPENERS,
    ORG_WORDS,
    PARTICIPLE_CUES,
    PERSON_NOUNS,
    SPEECH_NOUNS,
    TITLE_WORDS,
    entries,
    is_forename,
    is_title_word,
    words,
)
from ..speakers import split_title
from . import rules
from .candidates import RECIPIENTS, Attribution, Mention, antecedent, cue_at, subject_after, subject_before
from .marks import QuoteSpan
from .paragraphs import _Found, _Paragraph, _quote_only_paragraph, _trim, _unquoted_sentence_tokens, _words
from .rules import rule
from .subjects import (
    _BODY_OF,
    _CLAUSE_JOINS,
    _COMPANY_NOUNS,
    _CONNECTIVES,
    _GROUP_NOUNS,
    _INDEFINITE_PERSON,
    _POSSESSIVE_WORD,
    _PRONOUN_OF,
    MAX_OPENING_PHRASE,
    MAX_SUBJECT_SCAN,
    _body_noun,
    _capitalised_description,
    _clause_subject,
    _document_author,
    _headline_subject,
    _index_at,
    _institution,
    _introduced_by_name,
    _is_headline,
    _notable_description,
    _reports,
    _sentence_subject,
    _subject_ending,
    _the_noun,
    _topic,
    _with_clause_subject,
)
from .tokens import PLAIN_WORD, Token, token, tokens

# The attribution step, and what the later steps (mentions, continuation, resolution, records) read from here; the
# reading of a sentence's subject lives in subjects.py.
__all__ = [
    "Quotation",
    "LeadIn",
    "attribute_quotations",
    "MAX_OPENING_PHRASE",
    "MAX_SUBJECT_SCAN",
    "_SENTENCE_END_INNER",
    "_SPEECH_WORDS",
    "_claim_owner",
    "_looks_like_title",
    "_previous_sentence_attribution",
    "_BODY_OF",
    "_CLAUSE_JOINS",
    "_COMPANY_NOUNS",
    "_CONNECTIVES",
    "_GROUP_NOUNS",
    "_INDEFINITE_PERSON",
    "_PRONOUN_OF",
    "_body_noun",
    "_capitalised_description",
    "_headline_subject",
    "_institution",
    "_introduced_by_name",
    "_is_headline",
    "_notable_description",
    "_reports",
    "_sentence_subject",
    "_subject_ending",
    "_the_noun",
    "_topic",
    "_with_clause_subject",
]


_SENTENCE_END_INNER = re.compile(r"[.!?…][”’\"]?\s*$")

_OPENING_WORDS = re.compile(r"^\W*[A-Z0-9…]")

MIN_DIRECT_WORDS = 4  # a capitalised quotation shorter than this inside a sentence is a name or title

_VENUES = words("venue_prepositions")
_LEAD_IN_VERBS = tuple(entries("lead_in_verbs"))


def _classify(text: str, span: QuoteSpan, para: _Paragraph) -> str:
    """Tell a full-sentence ("direct") quotation from a fragment inside a sentence ("partial")."""
    if span.single:
        return "partial"
    inner = text[span.start:span.end]
    before = text[para.sentence_start(span.open_mark):span.open_mark].rstrip()
    starts_clause = not before or before.endswith((":", ",", "—", "–", ";")) or before.endswith(_LEAD_IN_VERBS)
    capitalised = bool(_OPENING_WORDS.match(inner))
    if capitalised and starts_clause and (_words(inner) >= MIN_DIRECT_WORDS or _SENTENCE_END_INNER.search(inner) or (
            not before and inner.rstrip().endswith(","))):
        return "direct"  # "“It changes nothing,” Peskov said": a sentence that its attribution interrupts
    if capitalised and _words(inner) >= 8 and _SENTENCE_END_INNER.search(inner.rstrip(",")):
        return "direct"
    return "partial"


_SOURCE_CUES = words("source_cues")


def _right_attribution(found: _Found, text: str, para: _Paragraph, next_open: int) -> Attribution | None:
    """The clause right after a quotation: "…,” he said", "…,” said Stoltenberg", "…” ― Jane Doe"."""
    span = found.span
    stretch = para.stretch_at(span.close_mark, max(next_open, span.close_mark))
    if not stretch or stretch[0] != span.close_mark:
        return None
    lo, hi, toks, attrs = stretch
    end = para.sentence_end(lo)
    closed_sentence = text[span.start:span.end].rstrip().endswith(".")
    asked = text[span.start:span.end].rstrip().endswith(("?", "!"))
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
            if asked and _THAT_CLAUSE.match(text, attr.end):
                continue  # (“Why has this taken four months?” Mr. Cueto responded that …: the answer, not the asker)
            return _quoted_as_saying(toks, attr) or attr  # ("…,” the report quoted Wang Xudong as saying)
        if attr.speaker.kind == "name" and _DESCRIPTION_BEFORE_NAME.fullmatch(leading) and (
                leading.rstrip(" ,").rsplit(None, 1)[-1].casefold() in _ROLE_OR_PERSON_NOUNS):
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
            text[attr.end:next_open]) or _adjunct_only(after) or _listener_only(attr, after)
        if (leading.rstrip().endswith(",") and at_sentence_end) or attr.cue in _SOURCE_CUES:
            return attr  # "…” for criminal behavior, she said."
    # A byline dash: "…” ― Jane Doe" (a fragment tries its own sentence first: see _byline).
    return _byline(text, lo, hi) if found.kind == "direct" else None


def _goes_on(text: str, at: int, end: int) -> bool:
    """Tell whether a sentence goes on past its verb of saying with more than where or how it was said ("wrote in a
    Facebook post that Pryor was …" does; "said at a rally." does not)."""
    after = text[at:end].strip(" .!?\"”’")
    return bool(after) and not _adjunct_only(after) and not after.startswith(",")

MAX_LISTENER_WORDS = 5  # "told reporters", "told The Associated Press on Monday"


def _listener_only(attr: Attribution, after: str) -> bool:
    """Tell whether what follows a verb of telling to the end of its sentence is only whom it was told to
    ("…” be struck down by a court, he told reporters.")."""
    words = [w for w in after.split() if w.casefold() not in _ARTICLES]
    return (attr.cue or "").casefold() in _LISTENER_VERBS and 0 < len(words) <= MAX_LISTENER_WORDS and (
        words[0][:1].isupper() or words[0].strip(".").casefold() in _LISTENERS) and not re.search(
        r"[“”\",;:]|\b(?:that|what|how|if|whether)\b", after)


MAX_ADJUNCT = 80  # characters of "at a town hall on Monday," between an attribution and the quotation it resumes


def _adjunct_only(after: str) -> bool:
    """Tell whether what follows an attribution to the end of its sentence only says where or how it was said
    ("…” yet in the glass ceiling, she said in a video message to the convention."), with no clause of its own."""
    words = after.split()
    return bool(words) and words[0] in _WHERE_OR_HOW and len(after) <= MAX_ADJUNCT and not re.search(
        r"[“”\"]|\b(?:that|what|how|if|whether)\b", after)


# Words opening a phrase of where, when or how something was said, after its attribution.
_WHERE_OR_HOW = words("circumstance_openers")


def _resumes_quotation(gap: str) -> bool:
    """Tell whether the words after an attribution only lead back into quotation marks ("…, Clinton said at a
    town hall on Monday, “we would …”"): the attribution sits inside one quoted sentence."""
    stripped = gap.strip()
    return len(gap) <= MAX_ADJUNCT and (not stripped or stripped.endswith(",")) and not re.search(r"[.!?;:“”\"\n]", gap)


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


def _reports_a_clause(toks: list[Token], attr: Attribution) -> bool:
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
_THAT_CLAUSE = re.compile(r"\s+that\b")


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

_NOT_MODIFIERS = words("not_role_modifiers")

MAX_LEADING_TITLE_WORDS = 6

# A few words and a comma between a closing mark and a name: "…!” Scott's niece, state Del. Marcia Price".
_DESCRIPTION_BEFORE_NAME = re.compile(r"[\s\"”’]*(?:[\w'’.-]+\s+){0,3}[a-z]+,\s*")


def _only_modifiers(leading: str) -> bool:
    """Tell whether the words between a closing mark and a speaker can only be the speaker's role."""
    if leading.rstrip().endswith(","):
        return False  # "… ‘very significant risk’ of attack from Islamic State, Foreign Secretary Philip Hammond"
    body = leading.strip(" ,\"”’").split()
    # ("former Google engineer and Gmail inventor": "and" after a role word joins a second role.)
    return 0 < len(body) <= MAX_LEADING_TITLE_WORDS and all(_MODIFIER_WORD.match(w) and (
        w.casefold() not in _NOT_MODIFIERS or w == "and" and n and is_title_word(body[n - 1].casefold()))
        for n, w in enumerate(body))


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

MAX_PARTICIPLE_BACK = 8

_BEFORE_PARTICIPLE = words("participle_prepositions")


def _participle_before(sentence_toks: list[Token]) -> int | None:
    """Index of a participle of saying right before a quotation, or before its object ("The ad shows Clinton
    asking, “…”", "Trump took a risk, telling the crowd, “…”"), or None."""
    for back in range(1, min(len(sentence_toks), MAX_PARTICIPLE_BACK) + 1):
        if back > 2 and not (
                sentence_toks[-1].text in {",", ":"} and _object_words(sentence_toks[len(sentence_toks) - back + 1:])):
            return None
        if sentence_toks[-back].text.casefold() in PARTICIPLE_CUES:
            return len(sentence_toks) - back
    return None


def _object_words(toks: list[Token]) -> bool:
    """Tell whether the tokens between a participle and a quotation are only its object ("the crowd,")."""
    return all(t.text in {",", ":"} or (t.text[:1].isalpha() and t.text.casefold() not in CUE_VERBS) for t in toks)

_DASH_NAME = re.compile(r"[\s.,]*[―—–-]+\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})")


def _quoted_as_saying(toks: list[Token], attr: Attribution) -> Attribution | None:
    """The person a source quotes ("The New York Times quoted a senior official as saying …", "Reuters quoted
    Jane Smith, a spokeswoman, as saying:"), when the attribution's verb is "quoted"; else None."""
    if attr.cue != "quoted":
        return None
    k = _index_at(toks, attr.end)
    as_at = next((n for n in range(k, min(len(toks) - 1, k + MAX_SUBJECT_AFTER_QUOTED)) if toks[n].text == "as" and (
        toks[n + 1].text in _QUOTED_AS)), None)
    if as_at is None or as_at == k:
        return None
    quoted = toks[k:as_at]
    parsed = _subject_ending(quoted)
    if not parsed or parsed[1] != 0:
        parsed = _name_before_appositive(quoted)
    if len(quoted) == 1 and quoted[0].folded in _OBJECT_PRONOUN_OF:
        # ("Reuters quoted him as saying": the "he" that "him" is, resolved as any pronoun is.)
        parsed = Mention("pronoun", _OBJECT_PRONOUN_OF[quoted[0].folded], None, quoted[0].start, quoted[0].end), 0
    if not parsed or parsed[1] != 0 or parsed[0].kind not in {"name", "nominal", "org", "pronoun"}:
        return None
    return Attribution(attr.cue, attr.cue_start, parsed[0], quoted[0].start, toks[as_at + 1].end)


def _name_before_appositive(quoted: list[Token]) -> tuple[Mention, int] | None:
    """The name before an appositive of the one a source quotes ("quoted Cai Wu, a government spokesman, as
    saying"): the words before the first comma, read as a speaker, with the appositive as their title."""
    comma = next((n for n, t in enumerate(quoted) if t.text == ","), None)
    if not comma:
        return None
    parsed = _subject_ending(quoted[:comma])
    if not parsed or parsed[1] != 0 or parsed[0].kind != "name":
        return None
    title = " ".join(t.text for t in quoted[comma + 1:] if t.text != ",") or None
    name = parsed[0]
    return Mention(name.kind, name.text, name.title or title, name.start, name.end), 0


_OBJECT_PRONOUN_OF = {"him": "he", "her": "she"}

_QUOTED_AS = words("quoted_as_participles")

MAX_SUBJECT_AFTER_QUOTED = 24  # tokens between "quoted" and "as saying"

_CLAUSE_LINKS = words("clause_links")

_CONTRASTS = words("contrast_conjunctions")
_CONCESSIONS = words("concessive_conjunctions")


def _joined_clause_fragment(toks: list[Token], after: int, text: str) -> Attribution | None:
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
        if link in _CONTRASTS or link in _CLAUSE_LINKS and comma:
            return Attribution(toks[k].text.casefold(), toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end)
        return None
    return None

_WORDS_OF = words("response_nouns")


def _owner_of_words(toks: list[Token]) -> Mention | None:
    """The named owner of a lead-in that is only their words ("Pelosi’s response", "Sen. Tim Scott's reply"),
    else None."""
    if len(toks) < 2 or toks[-1].text.casefold() not in _WORDS_OF or not _POSSESSIVE_WORD.search(toks[-2].text):
        return None
    name = toks[:-1]
    if len(name) > 4 or not all(t.is_cap or t.is_title or t.text in {"’s", "'s"} for t in name):
        return None
    if name[0].text == "The":
        name = name[1:]  # "The White House’s answer"
    phrase = re.sub(r"\s?['’]s$", "", " ".join(t.text for t in name))
    if not phrase:
        return None
    title, person = split_title(phrase)
    kind = "org" if any(w.casefold() in ORG_WORDS for w in phrase.split()) else "name"
    return Mention(kind, person, title, name[0].start, name[-1].end)


# Words before a name that make it the one spoken to or about, not the speaker.
_ADDRESSED = words("addressee_markers")


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


_SPEECH_WORDS = frozenset(CUE_VERBS | PARTICIPLE_CUES | BASE_CUES | {"according"})
_LISTENER_VERBS = words("listener_verbs")
_LISTENERS = words("listener_nouns") | words("object_pronouns")
_ARTICLES = words("articles")
_LEAD_IN_CUES = CUE_VERBS | PARTICIPLE_CUES  # "… said, “…”", "… telling her, “…”"


def _claim_owner(before: list[Token]) -> Token | None:
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
            return owner if content and _POSSESSIVE_WORD.search(owner.text) and owner.is_cap else None
    return None


# Longer words a title leaves in lower case ("The Nightly Show with Larry Wilmore").
_TITLE_SMALL_WORDS = words("title_small_words")


_SLOGAN_PRONOUNS = words("slogan_pronouns")


def _looks_like_title(fragment: str) -> bool:
    """Tell whether a quoted fragment is a name in title case ("Face the Nation") rather than speech."""
    words = PLAIN_WORD.findall(fragment)
    if not words or len(words) > 7:
        return False
    significant = [w for w in words if (len(w) > 3 and w.casefold() not in _TITLE_SMALL_WORDS) or w[:1].isupper()]
    if words[0] in _SLOGAN_PRONOUNS and len(words) > 1:
        return False  # “I’m with her”: a slogan someone says, not a title
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant) and any(w[:1].isupper() for w in words)


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


# "… and said, “…”", "… telling her, “…”": a verb of saying (and whom it was said to) leads into the quote.
_CUE_BEFORE_QUOTE = re.compile(rf"\b(\w+)(?:\s+(?:{'|'.join(sorted(words('object_pronouns')))}))?\s*[,:]\s*$")

_LABEL_AFTER_COLON = re.compile(r"\s*:\s*(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5})\s*$")
_DASH_LINE = re.compile(r"\s*[―—–-]+\s*[A-Z][^.!?\n]{0,60}\.?\s*$")

MAX_LEAD_IN_CUE = 40  # characters before a quotation read for the verb of saying that leads into it


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation being attributed, with the paragraphs it opens and closes in, the marks of the quotations on
    either side and the article's known mentions; the clauses after and before it are read once, on first use."""

    text: str
    item: _Found
    first: _Paragraph  # the paragraph its opening mark is in
    last: _Paragraph  # the paragraph its closing mark is in
    prev_close: int  # the previous quotation's closing mark in its first paragraph, else the paragraph's start
    next_open: int  # the next quotation's opening mark in its last paragraph, else the paragraph's end
    parsed: dict[int, _Paragraph]
    known: Callable[[Mention], bool]
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def span(self) -> QuoteSpan:
        """The quotation's marks."""
        return self.item.span

    @property
    def after(self) -> Attribution | None:
        """The attribution clause right after the quotation, if any."""
        if "after" not in self._memo:
            self._memo["after"] = _right_attribution(self.item, self.text, self.last, self.next_open)
        return self._memo["after"]

    @property
    def before(self) -> Attribution | None:
        """The lead-in before the quotation in its sentence, if any."""
        if "before" not in self._memo:
            self._memo["before"] = _lead_in_attribution(self)
        return self._memo["before"]

    @property
    def lead(self) -> LeadIn | None:
        """The words of the quotation's sentence before it, if any may name its speaker."""
        if "lead" not in self._memo:
            self._memo["lead"] = _lead_in_of(self)
        return self._memo["lead"]

    @property
    def ends_sentence(self) -> bool:
        """Tell whether the quoted words end with a full stop."""
        return self.text[self.span.start:self.span.end].rstrip().endswith((".", "!", "?"))


@rule("attribution")
def lead_in_when_clause_after_leads_on(q: Quotation) -> Attribution | None:
    """A clause after a finished quotation that runs on into the next quotation introduces that one; this one
    keeps its own lead-in when it has one.

    “Why now?” Clinton responds. … Mills writes back, “You look cute.”
    """
    after = q.after
    if after is None or not _introduces_next(q.text, q.item, after, q.next_open):
        return None
    return q.before


@rule("attribution")
def lead_in_of_finished_sentence(q: Quotation) -> Attribution | None:
    """A finished sentence in quotation marks led in by a verb of saying keeps that speaker, whatever clause
    follows it: the next sentence is news ("Hayek … said, “America has a very severe problem.” The star then
    recalled an incident")."""
    if q.after is None or not q.ends_sentence:
        return None
    lead_in = _CUE_BEFORE_QUOTE.search(q.text, max(q.first.lo, q.span.open_mark - MAX_LEAD_IN_CUE), q.span.open_mark)
    if not lead_in or lead_in.group(1).casefold() not in _LEAD_IN_CUES:
        return None
    before = q.before
    return before if before is not None and before.cue else None


@rule("attribution")
def clause_after(q: Quotation) -> Attribution | None:
    """The clause right after a quotation: "…,” he said", "…,” said Stoltenberg", "…” ― Jane Doe"."""
    return q.after


class LeadIn(NamedTuple):
    """The unquoted words of a quotation's sentence before its opening mark, read for who introduces it."""

    para: _Paragraph
    lo: int  # where the stretch of words before the quotation starts
    hi: int  # the quotation's opening mark
    toks: list[Token]  # the stretch's tokens
    start: int  # where the quotation's sentence starts
    sentence: list[Token]  # the tokens of the sentence before the quotation
    clauses: list[Attribution]  # verbs of saying in the sentence before the quotation, in order
    opens_sentence: bool  # the quotation opens its sentence

    @property
    def colon(self) -> bool:
        """Tell whether a colon leads into the quotation."""
        return bool(self.sentence) and self.sentence[-1].text == ":" and len(self.sentence) >= 2


def _lead_in_of(q: Quotation) -> LeadIn | None:
    """The lead-in before a quotation in its sentence, or None when the quotation has none that may name its
    speaker: nothing unquoted before it, or it opens a sentence after one that quotes someone (it goes on with
    that speaker, see _inherit, whatever else the sentence between says: "…,” Trump said, after outlets
    declared …. “…”)."""
    span, para = q.span, q.first
    stretch = para.stretch_at(q.prev_close, span.open_mark)
    if not stretch or stretch[1] != span.open_mark:
        return None
    lo, hi, toks, _ = stretch
    opens_sentence = para.sentence_start(span.open_mark) >= span.open_mark
    if opens_sentence and q.prev_close > para.sentence_start(span.open_mark - 1):
        return None
    start = para.sentence_start(max(lo, hi - 1))
    clauses: list[Attribution] = []
    for st in para.stretches_before(span.open_mark):
        if st[1] <= start:
            break
        clauses = [a for a in st[3] if a.start >= start and a.end <= span.open_mark] + clauses
    sentence = [t for t in toks if t.start >= start]
    return LeadIn(para, lo, hi, toks, start, sentence, clauses, opens_sentence)


def lead_in_rule(run: Callable[[Quotation], Attribution | None]) -> Callable[[Quotation], Attribution | None]:
    """Register `run` as the next attribution rule, one that reads the lead-in before a quotation."""
    return rule("attribution", reads="lead-in")(run)


def _lead_in_attribution(q: Quotation) -> Attribution | None:
    """The attribution the first lead-in rule switched on finds before a quotation, else None."""
    found: Attribution | None = rules.first("attribution", q, reads="lead-in")
    return found


def _with_clauses(q: Quotation) -> LeadIn | None:
    """The quotation's lead-in when its sentence has a verb of saying before the quotation, else None."""
    lead = q.lead
    return lead if lead is not None and lead.clauses else None


def _without_clauses(q: Quotation) -> LeadIn | None:
    """The quotation's lead-in when its sentence has no verb of saying before it, else None; also None when the
    quotation opens its sentence with no colon before it: whoever the sentence before is about is not its speaker."""
    lead = q.lead
    if lead is None or lead.clauses or lead.opens_sentence and not q.text[lead.lo:lead.hi].rstrip().endswith(":"):
        return None
    return lead


def _participle_attribution(toks: list[Token], k: int, speaker: Mention, start: int) -> Attribution:
    """The attribution of a participle of saying at `toks[k]` to `speaker`, whose words start at `start`."""
    return Attribution(toks[k].text.casefold(), toks[k].start, speaker, start, toks[k].end)


@lead_in_rule
def participle_after_with_name(q: Quotation) -> Attribution | None:
    """A participle of saying further back than the sentence's last verb of saying, with its own named subject
    brought in by "with" ("…, with Republican Senator John McCain telling reporters he viewed Obama as
    “directly responsible”")."""
    lead = _with_clauses(q)
    if lead is None or _participle_before(lead.sentence) is not None:
        return None
    toks = lead.sentence
    far = next((j for j in range(len(toks) - 1, 0, -1) if toks[j].start >= lead.clauses[-1].end and (
        toks[j].text in PARTICIPLE_CUES)), None)
    parsed = subject_before(toks, far) if far is not None else None
    if far is None or not parsed or parsed[0].kind != "name" or parsed[1] == 0 or (
            toks[parsed[1] - 1].text.casefold() != "with"):
        return None
    return _participle_attribution(toks, far, parsed[0], toks[parsed[1]].start)


@lead_in_rule
def participle_with_own_subject(q: Quotation) -> Attribution | None:
    """A participle of saying with its own named subject, nearer the quotation than the sentence's verb of saying,
    says who speaks ("The spot concludes with footage of Trump saying, “…”"); not one written to ("Thiel wrote in
    a statement to Wired explaining why …")."""
    lead = _with_clauses(q)
    if lead is None:
        return None
    toks = lead.sentence
    k = _participle_before(toks)
    if k is None or k == 0 or toks[k - 1].text == "," or toks[k].start < lead.clauses[-1].end:
        return None
    parsed = subject_before(toks, k)
    if not parsed or parsed[0].kind != "name" or (parsed[1] > 0 and toks[parsed[1] - 1].text.casefold() in RECIPIENTS):
        return None
    return _participle_attribution(toks, k, parsed[0], toks[parsed[1]].start)


@lead_in_rule
def fragment_in_joined_clause(q: Quotation) -> Attribution | None:
    """A fragment in a clause joined after the sentence's verb of saying, with a subject and a verb naming the
    fragment of its own ("Mike Johnson said the bill would pass “…,” while Minority Leader Hakeem Jeffries
    called it “…”")."""
    lead = _with_clauses(q)
    if lead is None or q.item.kind != "partial":
        return None
    return _joined_clause_fragment(lead.sentence, lead.clauses[-1].end, q.text)


@lead_in_rule
def quoted_as_saying(q: Quotation) -> Attribution | None:
    """The person a source quotes: "The New York Times quoted a senior official as saying …"."""
    lead = _with_clauses(q)
    return _quoted_as_saying(lead.sentence, lead.clauses[-1]) if lead is not None else None


_SUBORDINATORS = words("subordinators")
_RELATIVES = words("relative_pronouns")
_CLAUSE_LINKS = words("clause_links")
_PERCEIVED = words("perception_participles")
_BE_FORMS = words("be_forms")
_VERB_GROUP = _BE_FORMS | words("modals") | words("finite_auxiliaries") | _PERCEIVED
_SPEAKING_KINDS = {"name", "nominal", "pronoun", "org", "joint"}


@lead_in_rule
def subject_of_verb_group_saying(q: Quotation) -> Attribution | None:
    """A participle of saying after an auxiliary ("can be heard saying", "was shouting") is said by the subject of
    its own clause, not by the main clause's: "The crowd cheered as the announcer can be heard saying: “What a
    goal!”", "In the video, the officer is heard telling him: “…”" (not the one told)."""
    lead = q.lead
    k = _participle_before(lead.sentence) if lead is not None else None
    if lead is None or k is None:
        return None
    toks = lead.sentence
    group = k
    while group - 1 > 0 and toks[group - 1].folded in _VERB_GROUP:
        group -= 1
    if group == k:
        return None
    parsed = subject_before(toks[:group] + [token("said", toks[group].start, toks[group].start)], group)
    if parsed is None or parsed[0].kind not in _SPEAKING_KINDS or not _opens_clause(toks, parsed[1]):
        return None
    return _participle_attribution(toks, k, parsed[0], toks[parsed[1]].start)


def _opens_clause(toks: list[Token], first: int) -> bool:
    """Tell whether a subject starting at `first` opens a clause: the sentence's, one after a subordinating
    conjunction ("as the announcer"), after a link and a comma (", and the mayor") or after an opening phrase
    ("In the video, the officer")."""
    if first == 0 or toks[first - 1].text == "," or toks[first - 1].folded in _SUBORDINATORS:
        return True
    return toks[first - 1].folded in _CLAUSE_LINKS and first > 1 and toks[first - 2].text == ","


@lead_in_rule
def relative_clause_saying(q: Quotation) -> Attribution | None:
    """A verb of saying in a "who" clause before a quotation is said by the one the clause is about, not by the
    sentence's subject or a verb of saying before it: "Biden, who once called Trump “the worst president in
    history,” said …", "Jones said her son, who told police he was “just scared,” had no record"."""
    lead = q.lead
    if lead is None:
        return None
    toks = lead.sentence
    k = next((n for n in range(len(toks) - 1, 1, -1) if cue_at(toks, n) in CUE_VERBS or (
        toks[n].folded in FRAGMENT_CUES and q.item.kind == "partial")), None)
    if k is None or any(a.cue_start > toks[k].start for a in lead.clauses):
        return None
    rel = k - 1
    while rel > 1 and (toks[rel].is_adverb or toks[rel].folded in _VERB_GROUP):
        rel -= 1  # "who once called", "who has repeatedly said"
    if toks[rel].folded != "who" or toks[rel - 1].text != ",":
        return None
    if in_dash_aside(q.text, q.first, toks[k].start, q.span.open_mark):
        return None
    parsed = antecedent(toks, rel - 1)
    if parsed is None:
        return None
    return Attribution(toks[k].folded, toks[k].start, parsed[0], toks[parsed[1]].start, toks[k].end)


@lead_in_rule
def verb_of_saying_before(q: Quotation) -> Attribution | None:
    """The verb of saying before a quotation in its sentence: "Blinken said: “…", "He announced that Russia
    expects ‘…’" (the outermost, when one reports a clause holding a later one, unless the later verb opens the
    quotation itself: "Some accounts said that Amri screamed “Allah Akbar”" is Amri's)."""
    lead = _with_clauses(q)
    if lead is None:
        return None
    last = lead.clauses[-1]
    if in_dash_aside(q.text, q.first, last.start, q.span.open_mark):
        return None
    return last if _opens_quotation(q.text, last, q.span.open_mark) else _outermost(lead.clauses, q.text)


_RIGHT_BEFORE_MARK = re.compile(r"[\s,:]*")
# An aside set off by dashes between two pieces of one quoted sentence, up to the second piece's opening mark.
_DASH_ASIDE = re.compile(r"[”\"]\s*[—–][^—–”\"]*(?:[“\"][^”\"]*[”\"][^—–”\"]*)*[—–]\s*$")


def in_dash_aside(text: str, para: _Paragraph, at: int, open_mark: int) -> bool:
    """Tell whether words at `at` lie in an aside set off by dashes right after a quotation of the same sentence,
    which the quotation opening at `open_mark` resumes after: “That’s where my sister” — her twin, Pauline, who
    writes the rival Dear Abby column — “and I got …”: the twin is spoken of, not speaking."""
    aside = _DASH_ASIDE.search(text, para.sentence_start(at), open_mark)
    return aside is not None and aside.start() < at


def dash_aside_between(text: str, close_mark: int, open_mark: int) -> bool:
    """Tell whether only an aside set off by dashes stands between one quotation's closing mark (`close_mark`: the
    offset after it) and the next one's opening mark (“That’s where my sister” — her twin, Pauline, … — “and I
    got …”)."""
    return _DASH_ASIDE.match(text, close_mark - 1, open_mark) is not None


def _opens_quotation(text: str, attr: Attribution, mark: int) -> bool:
    """Tell whether a verb of saying that tells what was said stands right before a quotation's opening mark
    ("Amri screamed “…"; not a base form, which says what would be said: "expected that Americans will say “no”")."""
    end = attr.cue_start + len(attr.cue)
    return attr.cue in CUE_VERBS and attr.cue not in BASE_CUES and _RIGHT_BEFORE_MARK.fullmatch(
        text, end, mark) is not None


@lead_in_rule
def subject_before_quoting_relative(q: Quotation) -> Attribution | None:
    """A verb of saying right after a quotation that a relative clause holds is said by the one the clause is
    about: "Biden, who once called Trump “the worst president in history,” said on Monday: “We will win.”"."""
    lead = _without_clauses(q)
    # (The quotation before closes right before the verb, in the same sentence.)
    if lead is None or len(lead.sentence) < 2 or lead.start >= lead.lo or lead.sentence[0].start > lead.lo + 2:
        return None
    cue = cue_at(lead.sentence, 0)
    if cue is None or cue not in CUE_VERBS:
        return None
    verb = lead.sentence[0]
    whole = _unquoted_sentence_tokens(lead.para, lead.start, q.span.open_mark)
    at = next((n for n, t in enumerate(whole) if t.start == verb.start), None)
    rel = next((n for n in range(at - 1, 1, -1) if whole[n].folded in _RELATIVES and whole[n - 1].text == ","),
               None) if at is not None else None
    if rel is None:
        return None
    parsed = antecedent(whole, rel - 1)
    return Attribution(cue, verb.start, parsed[0], whole[parsed[1]].start, verb.end) if parsed else None


@lead_in_rule
def participle_with_subject(q: Quotation) -> Attribution | None:
    """A participle of saying right before a quotation names its speaker when a subject comes right before it:
    "The ad shows Clinton asking, “…”" (not a document: "Trump released a statement saying “…”")."""
    lead = _without_clauses(q)
    k = _participle_before(lead.sentence) if lead is not None else None
    if lead is None or k is None or k > 0 and _after_clause(lead.sentence, k):
        return None
    parsed = subject_before(lead.sentence, k)
    if not parsed or _names_document(parsed[0]):
        return None
    return _participle_attribution(lead.sentence, k, parsed[0], lead.sentence[parsed[1]].start)


def _after_clause(toks: list[Token], k: int) -> bool:
    """Tell whether a participle follows a comma or a preposition ("…, saying, “…”", "incurred a wave of boos
    upon saying, “…”"): the sentence's subject is who says it."""
    return toks[k - 1].text == "," or toks[k - 1].text.casefold() in _BEFORE_PARTICIPLE


def _names_document(mention: Mention) -> bool:
    """Tell whether a participle's subject is a document rather than its author ("a statement saying")."""
    return mention.kind == "nominal" and mention.text.split()[-1].casefold() in DOCUMENTS


@lead_in_rule
def participle_of_sentence_subject(q: Quotation) -> Attribution | None:
    """A participle of saying after a comma, a preposition or a document is the sentence subject's ("Warren …
    endorsed Clinton, saying, “…”"), read over the whole sentence ("Carson shared a class called “Perception”,
    writing “…”")."""
    lead = _without_clauses(q)
    k = _participle_before(lead.sentence) if lead is not None else None
    if lead is None or k is None:
        return None
    toks = lead.sentence
    parsed = subject_before(toks, k) if k == 0 or not _after_clause(toks, k) else None
    if not (k == 0 or _after_clause(toks, k) or parsed is not None and _names_document(parsed[0])):
        return None
    whole = _unquoted_sentence_tokens(lead.para, lead.start, q.span.open_mark)
    before = whole[:len(whole) - (len(toks) - k)]
    # (The subject of the last clause joined before the participle: "Page would grow more animated, and Schmidt
    # would carefully shut him down, saying, “We heard you, Larry.”")
    opening = _clause_subject(before, q.known) or _sentence_subject(before, q.known)
    return _participle_attribution(toks, k, opening.speaker, opening.start) if opening is not None else None


@lead_in_rule
def participle_opening_sentence(q: Quotation) -> Attribution | None:
    """A sentence that opens with a participle of saying goes on with the speaker of the sentence before ("Maher
    stated … that it “wasn’t good.” Adding, “Now, …”")."""
    lead = _without_clauses(q)
    if lead is None or _participle_before(lead.sentence) != 0 or lead.start <= lead.para.lo:
        return None
    return _previous_sentence_attribution(lead.para, lead.start)


@lead_in_rule
def owner_of_words_before_colon(q: Quotation) -> Attribution | None:
    """The owner of words a colon introduces: "Pelosi’s response: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    owner = _owner_of_words(lead.sentence[:-1])
    return Attribution(":", lead.sentence[-1].start, owner, owner.start, lead.hi) if owner is not None else None


@lead_in_rule
def owner_of_words_in_opening(q: Quotation) -> Attribution | None:
    """The owner of the words an opening "In …'s words," gives: "In Dr. Shadlen’s words, “…”", "In his words,
    “…”"."""
    lead = _without_clauses(q)
    if lead is None:
        return None
    toks = lead.sentence
    if len(toks) < 4 or toks[0].text != "In" or toks[-2].folded != "words" or toks[-1].text != ",":
        return None
    if len(toks) == 4 and toks[1].folded in _PRONOUN_OF:
        owner = Mention("pronoun", _PRONOUN_OF[toks[1].folded], None, toks[1].start, toks[1].end)
    else:
        owner = _owner_of_words(toks[1:-1])
    return Attribution("in the words of", toks[0].start, owner, owner.start, lead.hi) if owner is not None else None


def _name_before_colon(lead: LeadIn) -> tuple[tuple[Mention, int] | None, list[Token]]:
    """The speaker named right before a lead-in's colon, with its first token's index, and the tokens read for it
    (less where it was said: "• Kamala Harris, on X:")."""
    named = lead.sentence
    comma = next((n for n in range(len(named) - 2, 0, -1) if named[n].text == ","), None)
    if comma is not None and named[comma + 1].text.casefold() in _VENUES:
        named = named[:comma] + named[-1:]
    parsed = subject_before(named + [token("said", lead.hi, lead.hi)], len(named) - 1)
    return parsed or subject_before(named, len(named) - 1), named


@lead_in_rule
def name_before_colon(q: Quotation) -> Attribution | None:
    """A name and a colon right before a quotation: "Caddell: “…”", "Caddell continued:", and a name after a dash
    or a bullet: "Pollsters agree - Carl Bialik: “…”", "• Kamala Harris, on X: “…”", "IAN SHREDS SAFETY NETS — Our
    Zack Colman and Katy O’Donnell: “…”", "— AP: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    parsed, named = _name_before_colon(lead)
    if parsed is None:
        parsed = _agency_before_colon(named)
    if not parsed or parsed[0].kind not in {"name", "org", "joint"} or parsed[1] != 0 and (
            named[parsed[1] - 1].text not in _LABEL_MARKS):
        return None
    return Attribution(":", lead.sentence[-1].start, parsed[0], named[parsed[1]].start, lead.hi)


_LABEL_MARKS = frozenset({"-", "—", "–", "•", "*", "·"})
_NEWS_AGENCIES = words("news_agencies")


def _agency_before_colon(named: list[Token]) -> tuple[Mention, int] | None:
    """A wire service credited after a dash: "— AP:" (never a name elsewhere, so the name rules skip it)."""
    if len(named) >= 3 and named[-2].text in _NEWS_AGENCIES and named[-3].text in _LABEL_MARKS:
        return Mention("org", named[-2].text, None, named[-2].start, named[-2].end), len(named) - 2
    return None


def _colon_sentence_subject(q: Quotation, lead: LeadIn) -> Attribution | None:
    """Whoever the sentence introducing a quotation with a colon is about, or the author of a document it quotes."""
    whole = _unquoted_sentence_tokens(lead.para, lead.start, q.span.open_mark)
    return _sentence_subject(whole, q.known, groups=False) or _document_author(whole)


@lead_in_rule
def subject_before_colon(q: Quotation) -> Attribution | None:
    """Whoever the sentence introducing a quotation with a colon is about: "Kelly responded pointedly, with a smile:
    “…”", "the Board was conclusive in its findings: “…”"."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon:
        return None
    opening = _colon_sentence_subject(q, lead)
    if opening is None or opening.speaker.kind not in {"name", "org", "nominal"}:
        return None
    return Attribution(":", lead.sentence[-1].start, opening.speaker, opening.start, lead.hi)


@lead_in_rule
def named_object_before_colon(q: Quotation) -> Attribution | None:
    """With no one to speak as the sentence's subject, the person named right before the colon does ("The timing
    doesn't surprise Republican pollster Daron Shaw: “…”"); not one spoken to or about ("a message for Donald
    Trump:", "turned to Smith:")."""
    lead = _without_clauses(q)
    if lead is None or not lead.colon or _colon_sentence_subject(q, lead) is not None:
        return None
    parsed, named = _name_before_colon(lead)
    if not parsed or parsed[0].kind != "name" or named[parsed[1] - 1].text.casefold() in _ADDRESSED:
        return None
    return Attribution(":", lead.sentence[-1].start, parsed[0], named[parsed[1]].start, lead.hi)


@lead_in_rule
def fragment_verb(q: Quotation) -> Attribution | None:
    """A verb that names a fragment, with its subject: "…called it ‘a disgrace’"; after a comma ("Trump went after
    Bush, calling him “a total stiff”") the subject of the sentence, read over any quotation earlier in it."""
    lead = _without_clauses(q)
    if lead is None or q.item.kind != "partial":
        return None
    toks = lead.toks
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].start < lead.start:
            break
        if toks[k].text.casefold() in FRAGMENT_CUES:
            found = _fragment_verb_at(q, lead, k)
            if found is not None:
                return found
    return None


def _fragment_verb_at(q: Quotation, lead: LeadIn, k: int) -> Attribution | None:
    """The speaker of the verb naming a fragment at `lead.toks[k]`, else None."""
    toks = lead.toks
    if k + 1 < len(toks) and toks[k + 1].text == "by" and k and toks[k - 1].folded in _BE_FORMS:
        # "which had been described by homelessness charity Shelter as a ‘once-in-a-generation opportunity’": the
        # agent of the passive speaks.
        agent = subject_after(toks, k + 1, len(toks))
        if agent is None or agent.kind not in {"name", "org", "nominal"}:
            return None
        return Attribution(toks[k].text.casefold(), toks[k].start, agent, toks[k].start, agent.end)
    if toks[k].text.endswith("ing") and k and toks[k - 1].text == ",":
        # ("He held up the sign — which read “…” — and waved it around, mouthing “thank you”")
        opening = _sentence_subject(_unquoted_sentence_tokens(lead.para, lead.start, toks[k].start), q.known)
        if opening is not None:
            return _participle_attribution(toks, k, opening.speaker, opening.start)
    parsed = subject_before(toks, k, 0)
    if parsed and toks[parsed[1]].start >= lead.start:
        return _participle_attribution(toks, k, parsed[0], toks[parsed[1]].start)
    return None


@lead_in_rule
def participle_phrase_opening(q: Quotation) -> Attribution | None:
    """A participle phrase opening the sentence: the subject of the main clause after the fragment said the words
    ("After saying her right foot was “so swollen …,” she was whisked off")."""
    lead = _without_clauses(q)
    if lead is None or q.item.kind != "partial" or not lead.sentence:
        return None
    toks = lead.sentence
    first = 1 if toks[0].text.casefold() in _BEFORE_PARTICIPLE and len(toks) > 1 else 0
    participle = toks[first]
    if participle.text.casefold() not in PARTICIPLE_CUES or any(t.text == "," for t in toks[first:]):
        return None
    close = q.span.close_mark
    after = _unquoted_sentence_tokens(lead.para, close, lead.para.sentence_end(close))
    while after and after[0].text in {",", "”", '"', "’"}:
        after = after[1:]
    main = _sentence_subject(after[:MAX_OPENING_PHRASE], q.known)
    if main is None or main.speaker.kind not in {"name", "pronoun"}:
        return None
    return _participle_attribution(toks, first, main.speaker, main.start)


def _claimed(q: Quotation, lead: LeadIn) -> bool:
    """Tell whether a fragment is words of a claim its owner made ("Pence blamed the media for … Trump’s claim that
    Obama “founded ISIS,”"): they are the owner's, whoever the sentence is about (see _sentence_speaker)."""
    return q.item.kind == "partial" and _claim_owner(lead.sentence) is not None


@lead_in_rule
def subject_of_joined_clause(q: Quotation) -> Attribution | None:
    """The named subject of the last clause joined before a quotation ("Jindal signed an order, while Mike
    Huckabee, the former Arkansas governor, proposed we “wake up …”")."""
    lead = _without_clauses(q)
    if lead is None or _claimed(q, lead):
        return None
    return _clause_subject(lead.sentence, q.known)


@lead_in_rule
def subject_of_sentence(q: Quotation) -> Attribution | None:
    """The person a sentence is about when it opens with one ("Reid has gone after Trump as a “con artist”")."""
    lead = _without_clauses(q)
    if lead is None or _claimed(q, lead):
        return None
    if lead.sentence and lead.sentence[0].folded in _CONCESSIONS and "," not in (t.text for t in lead.sentence):
        # ("While Ronald Reagan and Jimmy Carter appointed her to boards (“…”), Eppie will vouch": a clause set
        # against the sentence's subject is about someone else than who speaks.)
        return None
    # (Of clauses joined by a semicolon, the quotation's own: "I ask Blair …; he … professes to “know the detail”.")
    semicolons = [n for n, t in enumerate(lead.sentence) if t.text == ";"]
    return _sentence_subject(lead.sentence[semicolons[-1] + 1:] if semicolons else lead.sentence, q.known)


@rule("attribution")
def dash_line_after_paragraph(q: Quotation) -> Attribution | None:
    """A claim listed in a paragraph of its own takes the dash line on the next paragraph, as fact-checks set
    them out ("“…” ¶ - Bernie Sanders.")."""
    span, last = q.span, q.last
    if last.hi >= len(q.text) or span.open_mark != q.first.lo or not _quote_only_paragraph(q.text, q.item, last):
        return None
    following = q.parsed.get(span.paragraphs[-1] + 1)
    if following is None or not _DASH_LINE.match(q.text, following.lo, following.hi):
        return None
    return _byline(q.text, following.lo, following.hi)


@rule("attribution")
def label_after_colon(q: Quotation) -> Attribution | None:
    """A quotation that opens a short line of its own is credited to the name after its colon, as subheadings
    of a roundup label each voice ("‘Ends recession debate’: CPA Canada")."""
    span, last = q.span, q.last
    if span.open_mark > q.first.lo or span.paragraphs[0] != span.paragraphs[-1]:
        return None
    label = _LABEL_AFTER_COLON.match(q.text, span.close_mark, last.hi)
    if label is None:
        return None
    start, end = label.start("name"), label.end("name")
    parsed = _subject_ending(tokens(q.text, start, end))
    if parsed is None or parsed[1] != 0 or parsed[0].kind not in {"name", "org"}:
        return None
    speaker = parsed[0]
    if speaker.kind == "org" or speaker.title or not is_forename(speaker.text.split()[0]):
        # ("CPA Canada", "Indeed Canada", "TD Economics": a label with no forename is a firm, as written; not a
        # title and a surname, nor another firm of the same last word.)
        speaker = Mention("org", q.text[start:end], None, start, end)
    return Attribution(":", span.close_mark, speaker, start, end)


@rule("attribution")
def byline_after_fragment(q: Quotation) -> Attribution | None:
    """A fragment with nobody in its sentence takes the byline after it ("… all he has “the root of all evil.” ―
    Christina Lastra"); one whose sentence names a speaker keeps that speaker."""
    if q.item.kind != "partial":
        return None
    return _byline(q.text, q.span.close_mark, q.last.hi)


def attribute_quotations(text: str, spans: list[QuoteSpan], parsed: dict[int, _Paragraph],
                         known: Callable[[Mention], bool]) -> list[_Found]:
    """Each quotation with the attribution clause that credits it, if any: the first of the attribution rules
    that finds one (after it, before it, a dash line, a byline)."""
    found: list[_Found] = []
    for index, span in enumerate(spans):
        first_para, last_para = parsed[span.paragraphs[0]], parsed[span.paragraphs[-1]]
        prev_close = (spans[index - 1].close_mark if index and spans[index - 1].close_mark > first_para.lo
                      else first_para.lo)
        next_open = spans[index + 1].open_mark if index + 1 < len(spans) and (
            spans[index + 1].open_mark < last_para.hi) else last_para.hi
        item = _Found(span, _classify(text, span, first_para), parts=[_trim(text, a, b) for a, b in span.parts])
        quotation = Quotation(text, item, first_para, last_para, min(prev_close, span.open_mark),
                              max(next_open, span.close_mark), parsed, known)
        item.attribution = rules.first("attribution", quotation)
        found.append(item)
    return found


# Unions of word lists read in inner loops, built once.
_ROLE_OR_PERSON_NOUNS = TITLE_WORDS | PERSON_NOUNS
