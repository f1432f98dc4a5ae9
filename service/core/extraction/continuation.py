"""Quotations with no clause of their own: split quotes joined, and quotes that go on from an attributed one.

Whose words such a quotation continues is decided by the rules of the `continuation` stage, run in order on a
`Continuation` (the quotation, its neighbours and its paragraph); the first that applies decides.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..lexicon import (
    CUE_VERBS,
    MODALS,
    REPORTING,
    entries,
    is_forename,
    words,
)
from . import rules
from .attribution import (
    _ARTICLES,
    _CONNECTIVES,
    _SENTENCE_END_INNER,
    _SPEECH_WORDS,
    MAX_OPENING_PHRASE,
    MAX_SUBJECT_SCAN,
    _looks_like_title,
    _previous_sentence_attribution,
    _reports,
    _sentence_subject,
    dash_aside_between,
    in_dash_aside,
)
from .candidates import NUMBER, Attribution, source_attribution, subject_after, subject_before
from .paragraphs import _Found, _Paragraph, _quote_only_paragraph, _unquoted_sentence_tokens, _words
from .rules import rule
from .tokens import DASHES, Token, token, tokens

MIN_PARTIAL_WORDS = 2  # a fragment of fewer words is a term in quotation marks, too short to check

MAX_LEAD_IN = 1_000  # characters read around a quotation or attribution for words of its own sentence

MAX_INTERRUPTION = 120  # characters of attribution that may stand between the two halves of one sentence

MAX_LISTENER_WORDS = 4  # "he told reporters in Ottawa," before the second half

MAX_LEFTOVER_WORDS = 2  # words besides an attribution between two quotes that still leave them one speaker's

_BETWEEN_HALVES = " ,.;:—–-"  # what may stand around an attribution between the halves of a split quote

_NAMED = frozenset({"name", "org"})  # kinds of mention that name a speaker outright
_NAMED_OR_NOMINAL = _NAMED | {"nominal"}


QUOTE_NOUNS = words("quote_nouns")
QUOTE_DETERMINERS = words("quote_determiners")
QUOTE_POINTERS = words("quote_pointers")
SOURCE_PREPOSITIONS = words("source_prepositions")
WHAT_FOLLOWS = entries("what_follows")
SEQUENCE_ADVERBS = entries("sequence_adverbs")
SOURCE_OPENERS = entries("source_openers")


def _alternation(phrases: list[str]) -> str:
    """A regex alternative of the phrases, in order, each matched as written."""
    return "|".join(re.escape(phrase) for phrase in phrases)


_CUE_AND_COMMA = re.compile(r"\b(\w+),$")  # "Rathbun stated,"
_FOLLOWING = re.compile(rf"\b(?:{_alternation(WHAT_FOLLOWS)})\s*[.:]$")  # "Trump said the following."

# "Then, later that month on CNN: “…”": a paragraph that only says when or where the quotation came goes on
# with the speaker of the paragraph before.
_LEAD_IN_ADJUNCT = re.compile(rf"(?:{_alternation(SEQUENCE_ADVERBS)})\b[^.!?:;“”\"\n]{{0,50}}?:")
# A topic an interview profile puts before its subject's answer: "As for the accusations: “…”", "Paula Jones? “…”".
MAX_TOPIC = 70  # characters of a topic before an answer
_TOPIC = re.compile(r"As (?:for|to)\b[^.!?:;“”\"\n]{1,60}:|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}\?")

_THATS_HOW = re.compile(rf"\s*(?:{_alternation(SOURCE_OPENERS)})(?:\s+how)?\s+", re.IGNORECASE)

# "“All right,” came the reply.": the words answer the speaker before, so they are someone else's.
_CAME_THE_REPLY = re.compile(r"\s*,?\s*(?:came|was)\s+(?:the|his|her|their)\s+(?:%s)\b" % _alternation(
    entries("reply_nouns")), re.IGNORECASE)


# ---------------------------------------------------------------------------------------------------------------
# Split quotes: “A,” he said. “B.” is one quote


def _join_split(found: list[_Found], text: str) -> list[_Found]:
    """Join “A,” he said. “B.” into one quote with two parts when B has no attribution of its own."""
    joined: list[_Found] = []
    for item in found:
        prev = joined[-1] if joined else None
        if prev is not None and _second_half(text, prev, item):
            prev.parts.extend(item.span.parts)
            prev.kind = "direct" if "direct" in (prev.kind, item.kind) else prev.kind
            continue
        joined.append(item)
    return joined


def _second_half(text: str, prev: _Found, item: _Found) -> bool:
    """Tell whether `item` is the second half of the quote `prev`, split by the attribution after `prev`."""
    return (_shares_the_attribution(prev, item) and _both_double_marked(prev, item)
            and prev.span.paragraphs[-1] == item.span.paragraphs[0]
            and _attribution_right_after(text, prev)
            and (_right_after_the_attribution(text, prev, item) or _continues_sentence(text, prev, item))
            and not _names_the_listener(text, item))


def _shares_the_attribution(prev: _Found, item: _Found) -> bool:
    """Tell whether `prev` has an attribution and `item` none other than the same one."""
    return prev.attribution is not None and item.attribution in (None, prev.attribution)


def _both_double_marked(prev: _Found, item: _Found) -> bool:
    """Tell whether neither quotation is in ‘single’ marks (a quote within a quote, or a term)."""
    return not item.span.single and not prev.span.single


def _attribution_right_after(text: str, prev: _Found) -> bool:
    """Tell whether the attribution of `prev` follows its closing mark with only punctuation between."""
    attr = prev.attribution
    return attr is not None and attr.start >= prev.span.close_mark and not (
        text[prev.span.close_mark:attr.start].strip(_BETWEEN_HALVES))


def _right_after_the_attribution(text: str, prev: _Found, item: _Found) -> bool:
    """Tell whether `item` opens right after the attribution of `prev`, with only punctuation between."""
    attr = prev.attribution
    return attr is not None and not text[attr.end:item.span.open_mark].strip(_BETWEEN_HALVES)


def _names_the_listener(text: str, item: _Found) -> bool:
    """Tell whether a quotation right after an attribution is the show or paper spoken to, not more words said
    ("“He’s a former president,” Fiorina told “Fox and Friends,” reminding the co-hosts …")."""
    fragment = text[item.span.start:item.span.end]
    return _looks_like_title(fragment) and not _SENTENCE_END_INNER.search(fragment)


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


# ---------------------------------------------------------------------------------------------------------------
# Continuations: whose words a quotation with no clause of its own goes on


@dataclass(frozen=True, slots=True)
class Continuation:
    """A quotation without a clause of its own (or a fragment with only its sentence's subject), with what the
    continuation rules read around it."""

    item: _Found
    prev: _Found | None  # the quotation before it in the article
    following: _Found | None  # the quotation after it
    found: list[_Found]  # every quotation, in order (to look back a paragraph)
    index: int  # where `item` is in `found`
    text: str
    para: _Paragraph  # the paragraph it opens in
    parsed: dict[int, _Paragraph]
    known: Any  # the article's mentions, telling one-word names from capitalised words
    lead_in: str  # the words of its sentence before it, if they are a lead-in of its own
    adjunct_lead_in: bool  # it follows a paragraph-opening "Then, later on CNN:"
    prev_in_sentence: bool  # the quotation before it opens in its sentence

    @property
    def number(self) -> int:
        """The number of the paragraph the quotation opens in."""
        return self.item.span.paragraphs[0]

    @property
    def unattributed(self) -> bool:
        """Tell whether the quotation has no attribution at all (not even its sentence's subject)."""
        return self.item.attribution is None

    @property
    def lead(self) -> _Paragraph | None:
        """The paragraph before, when the quotation opens its paragraph (or follows only an adjunct there)."""
        opens = self.item.span.open_mark == self.para.lo or self.adjunct_lead_in
        return self.parsed[self.lead_number] if opens and self.number > 0 else None

    @property
    def lead_number(self) -> int:
        """The number of the paragraph before, past a photo caption or a subheading set between ("Hori Parata at
        his Pātaua farm", "whale strandings"): the story goes on after them."""
        number = self.number - 1
        while number > 0 and self.number - 1 - number < MAX_SET_APART and _set_apart(self.text, self.parsed[number]):
            number -= 1
        return number


MAX_SET_APART = 2  # captions and subheadings stepped over between a quotation paragraph and the one it goes on from
MAX_SET_APART_WORDS = 30
MAX_HEADING_WORDS = 8  # a quotation paragraph this short and unpunctuated is a pull quote set over a section
_SENTENCE_CLOSE = tuple(".!?:;,…”’\")")


def _set_apart(text: str, para: _Paragraph) -> bool:
    """Tell whether a paragraph is set apart from the story, a caption or a subheading: a few words, no quotation
    mark, and no sentence closed at its end."""
    words = text[para.lo:para.hi].strip()
    return bool(words) and _open_ended(words, MAX_SET_APART_WORDS) and not _quotation_mark_in(words)


def _quotation_mark_in(words: str) -> bool:
    """Tell whether words hold a double quotation mark."""
    return any(mark in words for mark in "“”\"")


def _open_ended(words: str, most: int) -> bool:
    """Tell whether words are at most `most` of them with no sentence closed at their end."""
    return not words.endswith(_SENTENCE_CLOSE) and _words(words) <= most


class Carried(NamedTuple):
    """What a continuation rule decides: the attribution the quotation takes, or the quotation whose speaker it
    goes on with; neither means it stays as it is."""

    attribution: Attribution | None = None
    source: _Found | None = None


STAYS = Carried()


def _inherit(found: list[_Found], text: str, parsed: dict[int, _Paragraph], paras: list[tuple[int, int]],
             known: Any = None) -> None:
    """Give unattributed quotations the speaker the text implies: the quote before, or a lead-in sentence."""
    for n, item in enumerate(found):
        # (A fragment given only its sentence's subject may still take the verb of saying that ends the sentence.)
        if item.attribution is not None and (item.kind != "partial" or item.attribution.cue):
            continue
        carried = rules.first("continuation", _continuation(found, n, text, parsed, known))
        if carried is None:
            continue
        if carried.attribution is not None:
            item.attribution = carried.attribution
        if carried.source is not None:
            item.inherited_from = carried.source


def _continuation(found: list[_Found], n: int, text: str, parsed: dict[int, _Paragraph], known: Any) -> Continuation:
    """The continuation context of the quotation `found[n]`."""
    item = found[n]
    span = item.span
    para = parsed[span.paragraphs[0]]
    prev = found[n - 1] if n else None
    before = _lead_in(text, para, item)
    adjunct = bool(_LEAD_IN_ADJUNCT.fullmatch(before)) and span.open_mark - len(before) - 1 <= para.lo
    return Continuation(
        item=item, prev=prev, following=found[n + 1] if n + 1 < len(found) else None, found=found, index=n,
        text=text, para=para, parsed=parsed, known=known, lead_in="" if adjunct else before,
        adjunct_lead_in=adjunct,
        prev_in_sentence=prev is not None and prev.span.open_mark >= para.sentence_start(span.open_mark))


def _lead_in(text: str, para: _Paragraph, item: _Found) -> str:
    """The words of the quotation's sentence before it; none when they are only connectives."""
    # (Read back at most MAX_LEAD_IN characters: a sentence of thousands of fragments is not re-read for each.)
    open_mark = item.span.open_mark
    before = text[max(para.sentence_start(open_mark), open_mark - MAX_LEAD_IN):open_mark].strip()
    if all(word.casefold() in _CONNECTIVES for word in re.findall(r"[\w’']+", before)):
        return ""  # “…,” he said. Then, “…”: a connective before the quotation is no lead-in of its own
    return before


@rule("continuation")
def fragments_share_closing_attribution(c: Continuation) -> Carried | None:
    """A fragment, or a quotation stopping short of its sentence, takes the attribution that ends the sentence after
    the next quotation.

    The program was a “good thing” that yielded “frankly good information,” he remarked: the fragments of one
    sentence share the attribution that ends it ("The FBI … did not find “ties of any consequence,” aside from …
    “casually” …, said the bureau's director" is the director's).
    """
    following = c.following
    if following is None or not _unfinished(c) or not _ends_with_attribution(c.text, c.para, c.item, following):
        return None
    if c.unattributed or (following.attribution is not None and following.attribution.cue):
        return Carried(attribution=following.attribution)
    return STAYS


def _unfinished(c: Continuation) -> bool:
    """Tell whether a quotation leaves its sentence to go on after it: a fragment, or a quotation that opens a
    sentence and stops without a full stop (“We have a mixture of professors” inside Myanmar “that …”)."""
    if c.item.kind == "partial":
        return True
    following = c.following
    between = c.text[c.item.span.close_mark + 1:following.span.open_mark] if following is not None else ""
    # (Not a quotation the sentence is about: "“All that Glitters is Not Gold” was to be a “cautionary tale”".)
    return c.unattributed and c.text[c.item.span.start:c.item.span.end].rstrip()[-1:] not in ".!?," and not any(
        w.casefold() in _PREDICATE_OPENERS for w in between.split())


_PREDICATE_OPENERS = words("auxiliary_verbs") | words("be_forms") | MODALS


def _ends_with_attribution(text: str, para: _Paragraph, item: _Found, following: _Found) -> bool:
    """Tell whether the quotation after a fragment, in the fragment's sentence, has an attribution after it that
    ends the sentence (not after a colon, which starts a quotation of its own)."""
    attr, span = following.attribution, item.span
    return attr is not None and following.span.paragraphs[0] == span.paragraphs[0] and (
        following.span.close_mark <= attr.start < para.sentence_end(span.close_mark)) and _words(
        text[span.start:span.end]) >= MIN_PARTIAL_WORDS and ":" not in text[span.close_mark:following.span.open_mark]


@rule("continuation")
def fragment_goes_on_with_verb_before(c: Continuation) -> Carried | None:
    """A fragment goes on with the speaker whose verb introduced the fragment before it in its sentence.

    "The ministry denounced the meeting as “a dangerous provocation” and warned of “corresponding measures.”"
    """
    prev = c.prev
    if not c.unattributed or c.item.kind != "partial" or not c.prev_in_sentence or prev is None:
        return None
    if prev.attribution is not None and prev.attribution.cue and prev.span.paragraphs[-1] == c.number:
        return Carried(source=prev)
    return None


@rule("continuation")
def answer_after_topic(c: Continuation) -> Carried | None:
    """In a profile, a quotation after nothing but a topic goes on quoting whoever answered before it, in its
    paragraph or at the end of the one before ("…,” she said. ¶ As for the accusations: “…” ¶ Paula Jones? “…”
    Monica Lewinsky? “…”): the topic is the question put, not a speaker."""
    prev = c.prev
    if not c.unattributed or prev is None or prev.span.paragraphs[-1] not in (c.number, c.number - 1):
        return None
    if prev.attribution is None and prev.inherited_from is None:
        return None
    lo = prev.span.close_mark if prev.span.paragraphs[-1] == c.number else c.para.lo
    topic = c.text[lo:c.item.span.open_mark].strip()
    return Carried(source=_speaker_quote(prev)) if len(topic) <= MAX_TOPIC and _TOPIC.fullmatch(topic) else None


@rule("continuation")
def lead_in_of_its_own_stops(c: Continuation) -> Carried | None:
    """A quotation after words of its own sentence goes on with no one: the lead-in is not a speaker's clause.

    (“…,” Warren said on Tuesday. The banner over the stage read “…”: the words before it are the reporter's.)
    """
    if c.unattributed and c.lead_in and c.item.kind == "direct" and not c.prev_in_sentence:
        return STAYS
    return None


@rule("continuation")
def source_named_after(c: Continuation) -> Carried | None:
    """A sentence right after the quotation that names its source ("That quote from …", "So says …") wins over
    going on with the speaker before."""
    if not c.unattributed:
        return None
    attr = _source_named_after(c.item, c.parsed[c.item.span.paragraphs[-1]])
    return Carried(attribution=attr) if attr is not None else None


@rule("continuation")
def source_in_next_paragraph(c: Continuation) -> Carried | None:
    """A paragraph of nothing but a quotation is the words of whom the paragraph after names ("That's how …")."""
    if not c.unattributed:
        return None
    attr = _source_in_next_paragraph(c.text, c.item, c.parsed)
    return Carried(attribution=attr) if attr is not None else None


@rule("continuation")
def reply_to_the_speaker_before(c: Continuation) -> Carried | None:
    """A quotation that "came the reply" answers the speaker before and goes on with no one (“Dad, we need to take
    Zack.” ¶ “All right,” came the reply. “Turn it in.”: the father's words, not the son's)."""
    if c.unattributed and _CAME_THE_REPLY.match(c.text, c.item.span.close_mark + 1):
        return STAYS
    return None


@rule("continuation")
def resumes_after_dash_aside(c: Continuation) -> Carried | None:
    """A quotation resuming its sentence after an aside set off by dashes goes on with the speaker of the piece
    before the aside, whoever the aside names (“That’s where my sister” — her twin, Pauline, who writes the rival
    Dear Abby column — “and I got our sex education.”)."""
    prev = _speaking_quote_before(c)
    if prev is None or not dash_aside_between(c.text, prev.span.close_mark, c.item.span.open_mark):
        return None
    return Carried(source=_speaker_quote(prev))


@rule("continuation")
def goes_on_after_quote_before(c: Continuation) -> Carried | None:
    """A quotation goes on with the speaker of the quote before it in its paragraph, or ending the paragraph
    before, when at most their attribution and a word or two stand between.

    (Also within one sentence: "…, telling the crowd, “…,” and, “…”".)
    """
    prev = _speaking_quote_before(c)
    if prev is None:
        return None
    leftover = _between(c.text, prev, c.item)
    if not leftover.strip(" \n,.;:—–-") or _words(leftover) <= MAX_LEFTOVER_WORDS:
        return Carried(source=_speaker_quote(prev))
    return None


@rule("continuation")
def next_sentence_goes_on(c: Continuation) -> Carried | None:
    """A quotation opening a later sentence of the paragraph goes on with the speaker of the quote before,
    when no one else speaks between.

    “…,” Trump said at his party, two hours after outlets declared him the winner. “…”
    """
    prev = _speaking_quote_before(c)
    if prev is None or prev.span.paragraphs[-1] != c.number or c.lead_in:
        return None
    if _new_speaker_between(c.para, prev, c.item.span.open_mark):
        return None
    return Carried(source=_speaker_quote(prev))


def _speaking_quote_before(c: Continuation) -> _Found | None:
    """The quote before an unattributed quotation, when it has a speaker and ends in its paragraph or ends the
    paragraph before this one opens."""
    prev = c.prev
    if not c.unattributed or prev is None or (prev.attribution is None and prev.inherited_from is None):
        return None
    prev_para = prev.span.paragraphs[-1]
    if prev_para == c.number or (prev_para == c.number - 1 and c.item.span.open_mark == c.para.lo and (
            not _pull_quote(c))):
        return prev
    return None


def _speaker_quote(prev: _Found) -> _Found:
    """The quotation whose attribution names the speaker of `prev` (itself, or the one it goes on from)."""
    return prev.inherited_from if prev.attribution is None and prev.inherited_from is not None else prev


def _between(text: str, prev: _Found, item: _Found) -> str:
    """The text between two quotations, less the attribution of the first when it stands there."""
    attr, open_mark = prev.attribution, item.span.open_mark
    if attr is not None and prev.span.close_mark <= attr.start < open_mark:
        return text[prev.span.close_mark:attr.start] + text[attr.end:open_mark]
    return text[prev.span.close_mark:open_mark]


@rule("continuation")
def lead_in_paragraph_announces(c: Continuation) -> Carried | None:
    """A paragraph before the quotation that ends with a colon ("Caddell continued:") or announces what follows
    ("Trump said the following.") gives it its attribution, else whoever that sentence is about."""
    lead = c.lead
    if not c.unattributed or lead is None or not _announces(c.text, lead):
        return None
    attr = _previous_sentence_attribution(lead, lead.hi) or _lead_in_subject(lead, c.known)
    return Carried(attribution=attr) if attr is not None else None


def _announces(text: str, lead: _Paragraph) -> bool:
    """Tell whether a paragraph ends with a colon, with a verb of saying and a comma ("Rathbun stated,"), or with
    words announcing the quotation after it."""
    tail = text[lead.lo:lead.hi].rstrip()
    cue = _CUE_AND_COMMA.search(tail)
    return tail.endswith(":") or bool(_FOLLOWING.search(tail)) or cue is not None and cue.group(1) in CUE_VERBS


@rule("continuation")
def quote_paragraph_goes_on(c: Continuation) -> Carried | None:
    """A paragraph that is nothing but a quotation, after a paragraph that quotes someone, goes on quoting them
    (“…,” Barkley said. / “And it’s become sad …”)."""
    lead = c.lead
    if not c.unattributed or lead is None or _announces(c.text, lead) or not _quote_paragraph(c):
        return None
    earlier = _last_attributed_in(c.found, c.index, c.lead_number)
    return Carried(source=earlier) if earlier is not None else None


@rule("continuation")
def answer_after_question(c: Continuation) -> Carried | None:
    """In an interview, a quotation paragraph after the interviewer's question goes on quoting whoever answered
    the question before (“…,” says Blair. / Is Starmer a good leader? / “Well, I’m fully supportive of him.”)."""
    lead = c.lead
    if not c.unattributed or lead is None or not _opens_paragraph(c) or not _question_only(c.text, lead):
        return None
    earlier = _quoted_before_lead(c)
    return Carried(source=earlier) if earlier is not None else None


def _quoted_before_lead(c: Continuation) -> _Found | None:
    """The last attributed quotation before the lead paragraph, when that paragraph quotes nothing itself (the one
    an answer or an aside goes on from), else None."""
    if c.lead_number == 0 or _quotes_in(c.found, c.index, c.lead_number):
        return None
    return _last_attributed_in(c.found, c.index, c.lead_number - 1)


def _question_only(text: str, para: _Paragraph) -> bool:
    """Tell whether a paragraph is one question and nothing else (no quotation mark, no other sentence), or one
    sentence the writer puts to the one interviewed ("But you’ve just written a book for him, I say.")."""
    words = text[para.lo:para.hi].strip()
    if _words(words) > MAX_QUESTION_WORDS or _quotation_mark_in(words):
        return False
    inner = [b for b in para.breaks if para.lo < b < para.hi - 1]  # where its later sentences start
    if _PUT_TO_THEM.search(words):
        return not inner
    # ("How social was she? Suspended?": a question put in a few, each one asked.)
    return all(text[para.lo:end].rstrip().endswith("?") for end in [*inner, para.hi])


_PUT_TO_THEM = re.compile(r",\s+I (?:%s)\.$" % "|".join(entries("interviewer_cues")))


MAX_QUESTION_WORDS = 40


@rule("continuation")
def quote_paragraph_after_narrated_speech(c: Continuation) -> Carried | None:
    """A paragraph of narrated speech with no quotation introduces the quotation paragraph after it.

    "Clinton, clearly frustrated, responded by pointing a finger …, saying …" / “I do not have …” (a quotation in
    capitals is a subheading).
    """
    lead = c.lead
    if not c.unattributed or lead is None or _announces(c.text, lead) or not _quote_paragraph(c):
        return None
    if _quotes_in(c.found, c.index, c.lead_number) or c.text[c.item.span.start:c.item.span.end].isupper():
        return None
    attr = _speaking_subject(lead, lead.sentence_start(lead.hi - 1), lead.hi, c.known)
    if attr is not None and attr.speaker.kind == "pronoun" and attr.speaker.text.casefold() in _FIRST_PERSON:
        return None  # ("I ask Blair if …" / “…”: what follows the interviewer's own words is the answer to them)
    return Carried(attribution=attr) if attr is not None else None


_FIRST_PERSON = {"i", "we"}


@rule("continuation")
def quote_paragraph_after_aside(c: Continuation) -> Carried | None:
    """A quotation paragraph goes on quoting the speaker of the paragraph before last when the paragraph between
    only tells more about them (“…,” says Blair. / If he has one piece of advice, it is identity cards. / “In the
    end, they will explore it.”): its sentences are about a "he", "she" or the speaker, and name nobody else."""
    lead = c.lead
    if not c.unattributed or lead is None or _announces(c.text, lead) or not _quote_paragraph(c):
        return None
    earlier = _quoted_before_lead(c)
    if earlier is None or earlier.attribution is None or not _only_about(lead, earlier.attribution.speaker, c.known):
        return None
    return Carried(source=earlier)


def _only_about(para: _Paragraph, speaker: Any, known: Any) -> bool:
    """Tell whether a paragraph is about the speaker: a "he" or "she" or their surname in it, and no sentence
    whose subject is anyone or anything else named."""
    surname = speaker.text.split()[-1] if speaker.kind == "name" else None
    about = False
    for start, end in zip([para.lo, *para.breaks], [*para.breaks, para.hi]):
        toks = _unquoted_sentence_tokens(para, start, end)
        about = about or any(t.folded in _PERSONAL_PRONOUNS or t.text == surname for t in toks)
        opening = _sentence_subject(toks[:MAX_OPENING_PHRASE], known)
        if opening is not None and not (opening.speaker.kind == "pronoun" and (
                opening.speaker.text.casefold() in _PERSONAL_PRONOUNS) or (
                surname is not None and opening.speaker.text.split()[-1] == surname)):
            return False
    return about


_PERSONAL_PRONOUNS = words("gendered_pronouns")


def _quote_paragraph(c: Continuation) -> bool:
    """Tell whether the quotation is direct speech and all its paragraph holds, and no pull quote."""
    return c.item.kind == "direct" and _quote_only_paragraph(c.text, c.item, c.para) and not _headline_like(c)


def _opens_paragraph(c: Continuation) -> bool:
    """Tell whether the quotation is direct speech that opens its paragraph (the writer's account of how it was
    said may follow), and no pull quote."""
    return c.item.kind == "direct" and c.item.span.open_mark == c.para.lo and not _headline_like(c)


def _pull_quote(c: Continuation) -> bool:
    """Tell whether the quotation is a pull quote set over a section (‘A messy, messy mess’): all its paragraph, a
    few words with no sentence closed at their end. Its speaker is whom the section quotes later, not the one
    before."""
    return _headline_like(c) and _quote_only_paragraph(c.text, c.item, c.para)


def _headline_like(c: Continuation) -> bool:
    """Tell whether the quotation is a few words with no sentence closed at their end."""
    return _open_ended(c.text[c.item.span.start:c.item.span.end].strip(), MAX_HEADING_WORDS)


@rule("continuation")
def sentence_before_attributes(c: Continuation) -> Carried | None:
    """The attribution in the sentence before, in the same paragraph, names the speaker ("Grushko said …. “…”")."""
    if not c.unattributed or c.item.span.open_mark <= c.para.lo:
        return None
    attr = _previous_sentence_attribution(c.para, c.item.span.open_mark)
    if attr is None or in_dash_aside(c.text, c.para, attr.start, c.item.span.open_mark):
        return None
    return Carried(attribution=attr)


@rule("continuation")
def sentence_before_reports(c: Continuation) -> Carried | None:
    """The sentence before, in the same paragraph, reports what someone thinks ("Trump believes …. “…”"): the
    last person it reports speaks the quotation opening the next sentence."""
    if not _opens_sentence_after_another(c):
        return None
    reports = _reports(_unquoted_sentence_tokens(c.para, c.para.sentence_start(c.item.span.open_mark - 1),
                                                 c.item.span.open_mark))
    return Carried(attribution=reports[-1]) if reports else None


@rule("continuation")
def sentence_before_speaks(c: Continuation) -> Carried | None:
    """The sentence before, in the same paragraph, narrates someone's speech or judgement ("Cummings called him
    a master at deals. “He showed again and again …”"): they speak the quotation opening the next sentence."""
    if not _opens_sentence_after_another(c):
        return None
    open_mark = c.item.span.open_mark
    attr = _speaking_subject(c.para, c.para.sentence_start(open_mark - 1), open_mark, c.known)
    return Carried(attribution=attr) if attr is not None else None


@rule("continuation")
def quote_paragraph_of_headline_speaker(c: Continuation) -> Carried | None:
    """In an interview whose headline opens with its subject's name ("Tony Blair: Why there has to be compromise in
    Ukraine"), a quotation paragraph no other rule gives a speaker is theirs, once the article has quoted them by
    name."""
    if not c.unattributed or c.number == 0 or not _quote_paragraph(c):
        return None
    headline = _HEADLINE_SPEAKER.match(c.text, c.parsed[0].lo, c.parsed[0].hi) if 0 in c.parsed else None
    if headline is None or not is_forename(headline.group(1).split()[0]):
        return None
    surname = headline.group(1).split()[-1]
    quoted = next((f for f in c.found if f.attribution is not None and f.attribution.speaker.kind == "name" and (
        f.attribution.speaker.text.split()[-1] == surname)), None)
    return Carried(source=quoted) if quoted is not None else None


_HEADLINE_SPEAKER = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+): ")


def _opens_sentence_after_another(c: Continuation) -> bool:
    """Tell whether an unattributed direct quotation has no lead-in and a sentence before it in its paragraph."""
    return c.unattributed and c.item.span.open_mark > c.para.lo and not c.lead_in and c.item.kind == "direct"


# ---------------------------------------------------------------------------------------------------------------
# Sources and speakers the rules read


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
        return _so_said(toks)
    if len(toks) > 3 and f"{toks[0].text.casefold()} {toks[1].text} {toks[2].text}" in QUOTE_POINTERS:
        toks = toks[2:]  # "That was the message from Israel's defence minister, Israel Katz"
    if len(toks) < 4 or toks[0].text.casefold() not in QUOTE_DETERMINERS or (
            toks[1].text.casefold() not in QUOTE_NOUNS) or toks[2].text not in SOURCE_PREPOSITIONS:
        return None
    mention = subject_after(toks, 2, len(toks))
    if mention is None or mention.kind not in _NAMED:
        return None
    return Attribution(toks[2].text, toks[2].start, mention, toks[0].start, mention.end)


def _so_said(toks: list[Token]) -> Attribution | None:
    """The speaker of "“Go home now.” So said Mayor Karen Bass" ("So wrote …")."""
    mention = subject_after(toks, 1, len(toks))
    if mention is None or mention.kind not in _NAMED_OR_NOMINAL:
        return None
    return Attribution(toks[1].text, toks[1].start, mention, toks[0].start, mention.end)


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
    mention = subject_after([token("says", lead.start(), lead.end() - 1)] + toks, 0, len(toks) + 1)
    if mention is None or mention.kind not in _NAMED:
        return None
    # The verb right after the name or its appositive ("…, describes", "Kim puts it") is the cue.
    verb = next((t for prev, t in zip(toks, toks[1:]) if t.start >= mention.end and t.text.isalpha() and (
        t.text.islower() and t.text.endswith("s")) and (prev.text == "," or prev.end == mention.end)), None)
    cue = verb.text if verb is not None else "says"
    return Attribution(cue, verb.start if verb is not None else lead.start(), mention, lead.start(), mention.end)


def _speaking_subject(para: _Paragraph, start: int, end: int, known: Any) -> Attribution | None:
    """Whoever a sentence of narrated speech or judgement is about: "Bolton distanced himself … by saying he
    would help", "Valastro praised Christie’s leadership" speak the quotation that follows; a sentence with
    no verb of saying, thinking or judging names no speaker."""
    toks = _unquoted_sentence_tokens(para, start, end)
    cue = next((t for n, t in enumerate(toks) if _narrates(t) and not (
        n and NUMBER.fullmatch(toks[n - 1].text))), None)  # ("finished with 28 points": a noun after a number)
    cue = cue or _issuing(toks)
    if cue is None:
        return None
    at = toks.index(cue)
    if cue.text.casefold() == "according" and at + 1 < len(toks) and toks[at + 1].text == "to":
        # ("…, According to Coils to Locs Founder Dianne Austin": the source after it, not the sentence's subject.)
        return source_attribution(toks, at, "according to", len(toks))
    if at > 0 and toks[at - 1].text == "," and cue.text in CUE_VERBS:
        # ("Nearly one in five of the amber pieces contain fossils, says Godthelp.": a speaker after the cue.)
        inverted = subject_after(toks, at, len(toks))
        if inverted is not None and inverted.kind in _NAMED:
            return Attribution(cue.text.casefold(), cue.start, inverted, cue.start, inverted.end)
    if toks[0].text.endswith("ing") and toks[0].text[:1].isupper():
        # ("Reiterating his stand that the exercises involving Malaysia Airlines … were attempts …, Lim proposed that
        # …": the names inside an opening participle phrase are not its subject.)
        return _named_after_opening_participle(toks)
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE], known)
    if opening is None or opening.speaker.kind not in _NAMED | {"pronoun"} or opening.cue_start > cue.start:
        return _named_after_opening_clause(toks)
    return Attribution(cue.text.casefold(), cue.start, opening.speaker, opening.start, cue.end)


def _named_after_opening_clause(toks: list[Token]) -> Attribution | None:
    """The name right before the sentence's verb of saying when a clause or a title set off by a comma opens the
    sentence ("Asked if the matter was connected …, Supt Peters said it was possible"; "Chief Executive Officer of
    the Authority, Gary Scott, added that …"); not one of several joined by "and"."""
    at = _first_verb(toks, CUE_VERBS, 1)
    if at is None or (found := subject_before(toks, at)) is None:
        return None
    mention, first = found
    if mention.kind not in _NAMED or first > 0 and toks[first - 1].text != ",":
        return None
    return Attribution(toks[at].folded, toks[at].start, mention, mention.start, toks[at].end)


def _first_verb(toks: list[Token], verbs: frozenset[str], start: int) -> int | None:
    """Index of the first token from `start` on that is one of `verbs`, else None."""
    return next((k for k in range(start, len(toks)) if toks[k].text in verbs), None)


# Finite verbs that narrate speech, a view or a proposal ("said", "believes", "proposed").
_NARRATING_VERBS = CUE_VERBS | REPORTING | words("proposing_verbs")


def _narrates(tok: Token) -> bool:
    """Tell whether a word narrates speech, a view or a proposal ("said", "saying", "believes", "proposed")."""
    return tok.text.casefold() in _SPEECH_WORDS or tok.text in _NARRATING_VERBS


def _named_after_opening_participle(toks: list[Token]) -> Attribution | None:
    """The name that opens the main clause after an opening participle phrase, before a verb of saying or reporting
    ("Reiterating his stand that the exercises … were attempts to rescue companies, Lim proposed that …"), else
    None."""
    k = _first_verb(toks, _NARRATING_VERBS, 2)
    if k is None:
        return None
    comma = next((c for c in range(k - 1, 0, -1) if toks[c].text == ","), None)
    named = subject_before(toks, k, comma + 1) if comma is not None else None
    if named is None or named[0].kind != "name":
        return None
    return Attribution(toks[k].folded, toks[k].start, named[0], named[0].start, toks[k].end)


def _issuing(toks: list[Token]) -> Token | None:
    """The verb of a sentence that tells of a statement issued ("Senator John Cornyn, Republican from Texas, issued
    a statement regarding …"): what follows is read from it."""
    for n in range(len(toks) - 2):
        if toks[n].text in _AUTHORING and toks[n + 1].folded in _ARTICLES and toks[n + 2].folded in _ISSUED:
            return toks[n]
    return None


_AUTHORING = words("authoring_verbs")
_ISSUED = words("issued_documents")


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


def _lead_in_subject(lead: _Paragraph, known: Any) -> Attribution | None:
    """Whoever the last sentence of a lead-in paragraph is about ("President Clinton released a statement:")."""
    start = lead.sentence_start(max(lead.lo, lead.hi - 2))
    toks = _unquoted_sentence_tokens(lead, start, lead.hi)
    dashes = [k for k, tok in enumerate(toks) if tok.text in DASHES]
    if dashes:
        # "That is, when the moderators yielded to snark — and Lordy! — Cruz called them on it:": the clause
        # after the last dash is the one that leads in.
        after = _sentence_subject(toks[dashes[-1] + 1:][:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
        if after is not None and after.speaker.kind in _NAMED:
            return after
    opening = _sentence_subject(toks[:MAX_OPENING_PHRASE + MAX_SUBJECT_SCAN], known)
    if opening is not None and opening.speaker.kind in _NAMED_OR_NOMINAL:
        return opening
    return None


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
