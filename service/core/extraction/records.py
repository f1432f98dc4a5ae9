"""The record stage: which quotations found are kept as quotes, each with its speaker, title, date and confidence.

Every reason not to keep a quotation (the headline of a linked piece, the title of a work, a so-called term, a
stage direction, …) is a rule of the `record` stage; so is the guess of who an unattributed fragment's sentence
is about. `quote_records` runs them in order on each quotation.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..lexicon import (
    CHANT_WORDS,
    CUE_VERBS,
    NAME_CALLING,
    NAMESAKE_QUALIFIERS,
    OBJECTS,
    PRONOUNS,
    REPORTING,
    SPEECH_NOUNS,
    TITLE_LEADS,
    WORK_NOUNS,
    WORKS,
    is_place,
    words,
)
from ..models import ExtractedQuote
from ..speakers import written_joint
from . import rules
from .attribution import (
    _CONNECTIVES,
    _POSSESSIVE_WORD,
    _SENTENCE_END_INNER,
    _SPEECH_WORDS,
    MAX_OPENING_PHRASE,
    _claim_owner,
    _looks_like_title,
)
from .candidates import Attribution, Mention
from .confidence import _previous_paragraph, attribution_class, confidence_of, continued_class
from .continuation import MAX_LEAD_IN, MIN_PARTIAL_WORDS
from .dates import date_in
from .paragraphs import _Found, _outside_quotes, _Paragraph, _sentence_tokens, _text_end_before, _words
from .people import NAME_WORD, People
from .resolution import _is_person, _Resolver, kin_introduced
from .rules import rule
from .tokens import PLAIN_WORD, Token

MIN_SPEECH_FRAGMENT_WORDS = 4  # a fragment this long reads as words said, with or without a cue nearby

MAX_OBJECT_WORDS = 4  # words between a verb of saying and the title-case words it says ("a goal of")

MAX_CONTEXT = 2_000  # characters of a quote's paragraph kept as its context on either side of it

# Verbs whose object is who hears the words, not the words ("Fiorina told “Fox and Friends”").
LISTENER_VERBS = words("listener_verbs")

# The articles that open a verb's object ("proclaimed a goal of “Peace Through Strength”").
ARTICLES = words("articles")

# The pronouns of one person a sentence may open with ("She was defending the foundation …").
GENDERED_PRONOUNS = words("gendered_pronouns")

_LONE_APOSTROPHE = re.compile(r"(?<=\w)\s+([’'])(?=\s|$)")  # "St Thomas ’ Hospital": a plural possessive's mark

_AGE_THEN_ARTICLE = re.compile(r"^(\d{1,3}, )(?:a|an|the) ")  # "45, a nurse from Dayton" -> "45, nurse from Dayton"

_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s.]*")

_TERM_BEFORE = re.compile(r"\bso-called\s*$", re.IGNORECASE)

_JOINED = re.compile(r"[”\"’']?,?\s+(?:and|or)\s+")  # the words between “Miss Piggy” and “Miss Housekeeping”

_BYLINE_AFTER = re.compile(r"[,.][”\"’']\s+by\s+[A-Z]")  # “…,” by Times' Michael Paulson


@dataclass(frozen=True, slots=True)
class Recording:
    """A quotation found, as the record stage reads it: with the speaker its attribution resolves to (if any),
    its paragraph and the article's people, for the rules that decide whether it is kept and under whom."""

    item: _Found
    text: str  # the article's text, marks made double
    para: _Paragraph  # the paragraph its opening mark stands in
    fragment: str  # the quoted words, from the first part's start to the last part's end
    word_count: int  # the words of `fragment`
    speaker: str | None  # who the attribution (its own or the one it goes on from) resolves to
    title: str | None
    joined: bool  # joined by "and"/"or" to the quote kept just before it (“Miss Piggy” and “Miss Housekeeping”)
    people: People
    resolver: _Resolver
    guessed: bool = False  # the speaker is the person the sentence is about, not one a clause names

    @property
    def own_cue(self) -> str | None:
        """The reporting verb of the quotation's own attribution (None when it has none)."""
        return self.item.attribution.cue if self.item.attribution is not None else None

    @property
    def partial(self) -> bool:
        """Tell whether the quotation is a fragment inside a sentence of the writer's."""
        return self.item.kind == "partial"


class Dropped(NamedTuple):
    """A quotation found that is not kept as a quote, and why."""

    reason: str


class Guessed(NamedTuple):
    """The speaker of a fragment nobody is said to say: the person its sentence is about."""

    speaker: str
    title: str | None


@rule("record")
def linked_headline(q: Recording) -> Dropped | None:
    """The headline of a piece a newsletter links to, followed by its byline, is no one's words.

    —“Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson.
    """
    if q.item.attribution is None and _BYLINE_AFTER.match(q.text, q.item.span.close_mark - 2):
        return Dropped("the headline of a linked piece")
    return None


# "‘The economy isn’t booming’: BMO" — a heading that is one quotation and a label after a colon or a dash.
_LABEL_AFTER = re.compile(r"[”\"’']\s*(?::|—|–|-)\s*[A-Z][^\n“\"‘]{0,60}$")
MIN_PULL_QUOTE_WORDS = 4  # a shorter heading may repeat any phrase of the article by chance


@rule("record")
def pull_quote_repeated_below(q: Recording) -> Dropped | None:
    """A heading that is a quotation and its label (“‘The economy isn’t booming’: BMO”) is a pull quote when a
    later quotation of the article holds its words: the one with the clause is the quote, and it says who spoke
    (the label names the bank, the clause below its economist)."""
    span = q.item.span
    if span.open_mark != q.para.lo or q.word_count < MIN_PULL_QUOTE_WORDS or _LABEL_AFTER.match(
            q.text, span.close_mark - 1, q.para.hi) is None:
        return None
    said = " ".join(PLAIN_WORD.findall(q.fragment.casefold()))
    later = " ".join(PLAIN_WORD.findall(q.text[q.para.hi:].casefold()))
    return Dropped("a pull quote of a quotation below") if said in later else None


@rule("record")
def title_of_a_work(q: Recording) -> Dropped | None:
    """A title-case quotation that names a show, book or film (“Morning Joe”, “Fox News Sunday”) is not words said,
    nor is one right after a noun for a work, whoever wrote it ("her memoir, “Tough Choices.”").

    A title-case fragment joined by "and" to one kept before it is kept too (“Miss Piggy” and “Miss Housekeeping”).
    """
    if _looks_like_title(q.fragment) and not q.joined and _names_not_says(q):
        return Dropped("the title of a work")
    return None


@rule("record")
def so_called_term(q: Recording) -> Dropped | None:
    """A fragment after "so-called" is a term named, not words anyone is said to have said ("Officials condemned
    the so-called “Moscow ultimatum”").

    ("the term “superpredator”" is left to the attribution: it names whose word it was.)
    """
    lo = max(q.para.lo, q.item.span.open_mark - 20)
    if q.partial and _TERM_BEFORE.search(q.text, lo, q.item.span.open_mark):
        return Dropped("a so-called term")
    return None


@rule("record")
def single_word_without_cue(q: Recording) -> Dropped | None:
    """A single quoted word (“disqualifying”) flags a term more often than it repeats speech, unless a verb of
    saying introduces it ("Grushko said Russia will ‘study’ the proposal")."""
    if q.partial and q.word_count < MIN_PARTIAL_WORDS and q.own_cue not in CUE_VERBS:
        return Dropped("a single quoted word")
    return None


@rule("record")
def single_word_nobody_said(q: Recording) -> Dropped | None:
    """One quoted word that nobody is said to have said is not kept, whoever the sentence is about
    ("Economists have coined a term for it: “Swiftonomics.”")."""
    if q.word_count < MIN_PARTIAL_WORDS and (q.speaker is None or q.own_cue == ""):
        return Dropped("a single word nobody said")
    return None


@rule("record")
def unattributed_single_quoted(q: Recording) -> Dropped | None:
    """A quotation in ‘single’ marks that no clause credits is a scare quote or a title, not something said."""
    if q.speaker is None and q.item.span.single:
        return Dropped("an unattributed single-quoted quotation")
    return None


@rule("record")
def unattributed_fragment_not_speech(q: Recording) -> Dropped | None:
    """An unattributed fragment is kept only when it reads as words said: two words or more in a sentence that
    reports speech ("says", "told", "his claim"), or four words or more anywhere; a shorter one is a scare quote."""
    if q.speaker is None and q.partial and not _reads_as_speech(q):
        return Dropped("an unattributed fragment that does not read as speech")
    return None


@rule("record")
def sentence_speaker(q: Recording) -> Guessed | None:
    """An unattributed fragment in a sentence that reports speech is credited to the person the sentence is about,
    even when its clause is too tangled to parse ("Bateman, who drove from Illinois, says there's a “long road
    ahead”")."""
    if q.speaker is not None or not q.partial:
        return None
    speaker, title = _sentence_speaker(q)
    return Guessed(speaker, title) if speaker is not None else None


MAX_LEAD_SENTENCES = 2  # sentences of a paragraph that leads into a quotation paragraph credited to nobody
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


@rule("record")
def quote_paragraph_after_paragraph_about_one(q: Recording) -> Guessed | None:
    """A quotation paragraph no clause credits, right after a paragraph that quotes nothing and whose sentences are
    all about one named person, is theirs ("Draper meanwhile wrapped up his win in two hours. / “Definitely having
    other Brits do well is amazing …”"): sport and feature copy goes on from the story of the one it told."""
    if _effective_attribution(q.item) is not None or q.partial or q.item.span.open_mark != q.para.lo:
        return None
    end = _text_end_before(q.text, q.para.lo)
    start = q.text.rfind("\n", 0, end) + 1
    lead = q.text[start:end]
    # (A longer paragraph tells a story of several people: "Parcells asked that Stephen meet him …. “I’d walk into
    # his office …”" is Stephen's.)
    if end == 0 or any(mark in lead for mark in "“\"") or len(_NEXT_SENTENCE.findall(lead)) >= MAX_LEAD_SENTENCES:
        return None
    if lead.endswith(":") or _tells_of_speech(lead):
        return None  # (a paragraph that tells of speech leads in as the continuation rules read it, or not at all)
    return _one_subject(q.resolver, start, end)


@rule("record")
def quote_after_sentence_about_one(q: Recording) -> Guessed | None:
    """A quotation no clause credits, opening a sentence right after a short one whose subject is "he" or "she"
    and which tells of no speech, is theirs ("As we say goodbye, he looks aghast. “It’s incredible …”")."""
    open_mark = q.item.span.open_mark
    if q.speaker is not None or _effective_attribution(q.item) is not None or q.partial or open_mark <= q.para.lo:
        return None
    start = q.para.sentence_start(open_mark - 1)
    sentence = q.text[start:open_mark]
    if any(mark in sentence for mark in "“\"") or len(sentence.split()) > MAX_ABOUT_WORDS or _tells_of_speech(sentence):
        return None
    opening = _PRONOUN_OPENING.match(sentence)
    if opening is None:
        return _one_subject(q.resolver, start, open_mark)
    at = start + opening.start(1)
    name, title = q.resolver.resolve(Mention("pronoun", opening.group(1).casefold(), None, at, at + 2), at)
    return Guessed(name, title) if name else None


def _tells_of_speech(text: str) -> bool:
    """Tell whether words report speech ("said", "told", "his claim"): such a stretch leads into a quotation as the
    continuation rules read it, or not at all."""
    return any(w in CUE_VERBS or w in REPORTING for w in _LOWER_WORD.findall(text))


def _one_subject(resolver: _Resolver, start: int, end: int) -> Guessed | None:
    """The one named person every sentence subject between `start` and `end` is, else None."""
    about = [h for h in resolver.history[bisect.bisect_left(resolver._positions, start):
                                         bisect.bisect_left(resolver._positions, end)] if h.origin == "subject"]
    if not about or any(h.kind != "name" or not _is_person(h.person) or h.person is not about[0].person
                        for h in about):
        return None
    return Guessed(about[-1].name, about[-1].title)


MAX_ABOUT_WORDS = 16  # words of the sentence before a quotation that can tell who is about to speak
# "He smiled.", "As we say goodbye, he looks aghast.": the sentence's subject, after an opening phrase at most.
_PRONOUN_OPENING = re.compile(r"\s*(?:[A-Z][^,.!?]{0,60},\s+)?([Hh]e|[Ss]he)\s+[a-z]+")


@rule("record")
def stage_direction_only(q: Recording) -> Dropped | None:
    """A quotation that is only a transcript's note of what happened ("(CROSSTALK.)", "[APPLAUSE]") is no words
    said; such notes are also left out of the quotes kept."""
    if not _spoken_parts(q.item, q.text):
        return Dropped("a transcript stage direction")
    return None


def _spoken_parts(item: _Found, text: str) -> list[tuple[int, int]]:
    """The parts of a quotation that are not a transcript's stage direction."""
    return [(a, b) for a, b in item.parts if not _STAGE_DIRECTION.fullmatch(text, a, b)]


def _reads_as_speech(q: Recording) -> bool:
    """Tell whether an unattributed fragment repeats words said rather than scare-quoting a term.

    A fragment of two words or more counts in a sentence that reports speech ("says", "saying",
    "told"); a longer one counts anywhere, since nobody scare-quotes half a sentence.
    """
    if q.word_count >= MIN_SPEECH_FRAGMENT_WORDS:
        return True
    if q.word_count < 2:
        return False
    return any(t.text in _SPEECH_WORDS or t.text in REPORTING or (
        t.text in SPEECH_NOUNS and t.start < q.item.span.open_mark) for t in _sentence_tokens(q.item, q.para))


class _Speaker(NamedTuple):
    """A name and title a guess found (both None when it found nobody)."""

    name: str | None
    title: str | None


_NOBODY = _Speaker(None, None)


def _sentence_speaker(q: Recording) -> _Speaker:
    """The person a sentence with a fragment is about: the owner of the claim it quotes, someone the sentence reports
    as saying something, else the first named before the quotation, else the pronoun it opens with."""
    sentence = _sentence_tokens(q.item, q.para)
    return (_claim_owner_named(q, sentence) or _reported_in_sentence(q) or _first_named(q, sentence)
            or _opening_pronoun(q, sentence))


def _claim_owner_named(q: Recording, sentence: list[Token]) -> _Speaker | None:
    """The person whose claim the fragment quotes ("Donald Trump’s claim that there have been “…”")."""
    owner_tok = _claim_owner([t for t in sentence if t.end <= q.item.span.open_mark])
    if owner_tok is not None:
        owner = q.people.lookup(owner_tok.text, owner_tok.start)  # the lookup drops the possessive
        if owner is not None and _is_person(owner):
            return _Speaker(owner.name, owner.title)
    return None


def _reported_in_sentence(q: Recording) -> _Speaker | None:
    """Someone the sentence already reports as saying or thinking something ("Bateman, who …, says"), or reports it
    later in the sentence: "From Trump’s “coarse, vulgar … effusion” to his call for a “deportation force,” Will
    described Trump as …" is Will's, not Trump's, though Trump is named first."""
    span, resolver = q.item.span, q.resolver
    k = bisect.bisect_left(resolver._positions, q.para.sentence_start(span.open_mark))
    if k < len(resolver.history) and resolver.history[k][0] < span.open_mark:
        _, name, title, person, kind, _ = resolver.history[k]
        if kind == "name" and _is_person(person):
            return _Speaker(name, title)
    end = q.para.sentence_end(span.close_mark - 1)
    k = bisect.bisect_left(resolver._positions, span.close_mark)
    while k < len(resolver.history) and resolver.history[k][0] < end:
        _, name, title, person, kind, origin = resolver.history[k]
        if origin in {"speaker", "report"} and kind == "name" and _is_person(person):
            return _Speaker(name, title)
        k += 1
    return None


def _first_named(q: Recording, sentence: list[Token]) -> _Speaker | None:
    """The first person the sentence names before the quotation (not an organisation or a place), unless the
    sentence opens with a pronoun before that name."""
    pronoun = _pronoun_near_opening(q, sentence)
    opening = [tok.text.casefold() for tok in sentence[:2]]
    opens_with_it = pronoun is not None and (opening[:1] == [pronoun.text.casefold()] or (
        opening[0] in _CONNECTIVES and opening[1:] == [pronoun.text.casefold()]))
    mentions = q.people.mentions
    k = bisect.bisect_left(mentions, q.para.sentence_start(q.item.span.open_mark), key=lambda m: m[0])
    if k >= len(mentions) or mentions[k][0] >= q.item.span.open_mark:
        return None
    at, person = mentions[k]
    if person.is_org or is_place(person.name) or _owner_of_a_thing(sentence, at) or (
            opens_with_it and pronoun is not None and pronoun.start < at) or kin_introduced(q.text, at):
        return None  # ("offering words to her younger sister Maya to “Be cool,”": the sentence is not Maya's)
    return _Speaker(person.name, person.title)


def _owner_of_a_thing(sentence: list[Token], at: int) -> bool:
    """Tell whether the name written at `at` owns something other than words ("all of Apatow’s other films, but
    every “R-rated female comedy”": the films' maker said nothing)."""
    name = [n for n, tok in enumerate(sentence) if tok.start >= at]
    end = next((n for n in name if not sentence[n].is_cap), None)
    if end is None or end == name[0]:
        return False  # (the name ends the sentence, or no name stands at `at`)
    return bool(_POSSESSIVE_WORD.search(sentence[end - 1].text)) and sentence[end].text not in SPEECH_NOUNS


def _opening_pronoun(q: Recording, sentence: list[Token]) -> _Speaker:
    """Who a "he" or "she" near the sentence's opening stands for: "She was defending the foundation against attacks
    from Donald Trump, but admitted “…”" is hers, before anyone it names later."""
    pronoun = _pronoun_near_opening(q, sentence)
    if pronoun is None:
        return _NOBODY
    name, title = q.resolver.resolve(Mention("pronoun", pronoun.text.casefold(), None, pronoun.start, pronoun.end),
                                     pronoun.start)
    return _Speaker(name, title)


def _pronoun_near_opening(q: Recording, sentence: list[Token]) -> Token | None:
    """The first "he" or "she" of the sentence's opening phrase before the quotation, if any."""
    return next((tok for tok in sentence[:MAX_OPENING_PHRASE]
                 if tok.start < q.item.span.open_mark and tok.text.casefold() in GENDERED_PRONOUNS), None)


def _names_not_says(q: Recording) -> bool:
    """Tell whether a title-case quotation names a work rather than repeating words said (the words of its
    sentence before it are read once for both questions)."""
    before = [t for t in _sentence_tokens(q.item, q.para) if t.end <= q.item.span.open_mark]
    unsaid = q.partial or (q.speaker is None and not _SENTENCE_END_INNER.search(q.fragment))
    return unsaid and not _said_aloud(q.item, before) or _names_a_work(before)


def _names_a_work(before: list[Token]) -> bool:
    """Tell whether a quotation comes right after a noun for a work ("her memoir, “…”", "the show “…”"), given
    the tokens of its sentence before it."""
    words = [t for t in before if t.text not in {",", ":"}]
    return bool(words) and words[-1].text.casefold() in WORK_NOUNS


def _said_aloud(item: _Found, before: list[Token]) -> bool:
    """Tell whether a title-case fragment was said rather than named: a cue follows it or introduces it (`before`:
    the tokens of its sentence before it)."""
    attr = item.attribution
    words = [t.text.casefold() for t in before[-5:] if t.text[:1].isalpha()]
    if any(w in NAME_CALLING for w in words[:-1]) and (words[-1] in OBJECTS or words[-1] not in TITLE_LEADS):
        return True  # "Trump called the 1996 pageant winner “Miss Piggy”", "hailed Trump as “The Comeback Kid”"
    words = words[-2:]
    if words and (words[-1] in _TITLE_LEADS_OR_LISTENERS or words[-1].endswith(("'s", "’s")) or (
            words[-1] == "of" and len(words) > 1 and words[-2] in WORKS)):
        # "on this weekend’s broadcast of “Fox News Sunday,” Pence said": a show, not words said; so is the
        # listener after "told" ("Fiorina told “Fox and Friends,” reminding the co-hosts …").
        return False
    if attr is not None and attr.cue in CUE_VERBS and attr.start >= item.span.close_mark:
        return True  # "“Thank You, Son,” Cruz replied"
    if attr is not None and attr.cue in CUE_VERBS and attr.speaker.start < attr.cue_start and (
            attr.end <= item.span.open_mark) and _object_of_cue(attr, before):
        return True
    return bool(words) and (words[-1] in _SPEECH_WORDS or words[-1] in CHANT_WORDS)


def _object_of_cue(attr: Attribution, before: list[Token]) -> bool:
    """Tell whether title-case words are the verb's own object, a few words on: "Trump proclaimed a goal of “Peace
    Through Strength.”" (not a clause of its own, "said he watched “Fox and Friends”", nor where it was said,
    "said in an interview with “Fox News Sunday”")."""
    between = [t.text.casefold() for t in before if t.start >= attr.end]
    return bool(between) and len(between) <= MAX_OBJECT_WORDS and between[0] in ARTICLES and all(
        w.isalpha() and w not in PRONOUNS for w in between)


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


class _Article(NamedTuple):
    """What every quotation of an article is read against."""

    text: str  # marks made double
    original: str  # as given: the quotes' words are taken from it
    parsed: dict[int, _Paragraph]
    people: People
    resolver: _Resolver
    published: str | None


def quote_records(found: list[_Found], text: str, original: str, parsed: dict[int, _Paragraph], people: People,
                  resolver: _Resolver, published: str | None) -> list[ExtractedQuote]:
    """The quotes kept from the quotations found, each with its speaker, title, date and confidence."""
    article = _Article(text, original, parsed, people, resolver, published)
    results: list[ExtractedQuote] = []
    for item in _outermost_quotations(found):
        kept = _kept(_recording(item, article, results[-1] if results else None))
        if kept is not None:
            results.append(_record(kept, article, results))
    return results


def _effective_attribution(item: _Found) -> Attribution | None:
    """The quotation's own attribution, else the one of the quote it goes on from."""
    return item.attribution or (item.inherited_from.attribution if item.inherited_from else None)


def _recording(item: _Found, article: _Article, previous: ExtractedQuote | None) -> Recording:
    """A quotation found, with the speaker its attribution resolves to, ready for the record rules."""
    attr = _effective_attribution(item)
    speaker = title = None
    if attr is not None:
        speaker, title = article.resolver.resolve(attr.speaker, attr.speaker.start)
        if speaker and item.attribution is attr and attr.speaker.kind == "pronoun" and (
                attr.speaker.text in GENDERED_PRONOUNS):
            # ("“Yes,” he snaps. ¶ The look he gives me when I ask about Starmer … “…,” he said": whom one "he"
            # was read as is who the next one goes on from, not someone named in passing since.)
            article.resolver.remember(speaker, title, attr.speaker.start)
    fragment = article.text[item.parts[0][0]:item.parts[-1][1]]
    joined = previous is not None and previous.end < item.span.open_mark and _JOINED.fullmatch(
        article.text, previous.end + 1, item.span.open_mark) is not None
    return Recording(item, article.text, article.parsed[item.span.paragraphs[0]], fragment, _words(fragment), speaker,
                     title, joined, article.people, article.resolver)


def _kept(q: Recording) -> Recording | None:
    """Run the record rules in order: None when one drops the quotation, else the quotation with the speaker a rule
    guessed, if any."""
    for each in rules.rules("record"):
        finding = each.run(q)
        if isinstance(finding, Dropped):
            return None
        if isinstance(finding, Guessed):
            q = replace(q, speaker=finding.speaker, title=finding.title, guessed=True)
            # "Elmendorf, a top fundraiser close to the campaign, says the goal is “to disqualify Trump.” … “Yes,” he
            # added.": the sentence's speaker is who a later pronoun continues.
            q.resolver.remember(finding.speaker, finding.title, q.item.span.open_mark)
    return q


def _record(q: Recording, article: _Article, earlier: list[ExtractedQuote]) -> ExtractedQuote:
    """The quote kept, after the `earlier` ones: its words (without stage directions), speaker, title, date, context
    and confidence."""
    item, para, text = q.item, q.para, article.text
    previous = earlier[-1] if earlier else None
    attr = _effective_attribution(item)
    # (With the stage-direction rule switched off, a quotation of nothing else keeps its note.)
    parts = _spoken_parts(item, text) or list(item.parts)
    speaker = _without_home(written_joint(q.speaker), attr.speaker.kind if attr else None)
    pronoun = attr is not None and attr.speaker.kind == "pronoun"
    at = attr.speaker.start if attr else item.span.open_mark
    spoke_before = pronoun and _spoke_just_before(previous, speaker, para, article)
    method = attribution_class(text, attr.speaker.kind if attr else None, attr.speaker.text if attr else None,
                               q.speaker, para.lo, at, continued=item.attribution is None, guessed=q.guessed,
                               alone=pronoun and _alone(q, at), spoke_before=spoke_before,
                               title=q.title, described=pronoun and _described(q.speaker),
                               subject=spoke_before and story_subject(article.people, speaker, earlier))
    method = continued_class(method, previous.method if previous is not None and previous.speaker == speaker else None)
    return ExtractedQuote(
        text=_joined_parts(article.original, parts), start=parts[0][0], end=parts[-1][1],
        kind=item.kind, speaker=speaker,
        title=_tidy_title(q.title),
        cue=attr.cue if attr is not None and attr.cue != ":" else None, date=_date(attr, para, article),
        parts=list(parts), context=article.original[max(para.lo, parts[0][0] - MAX_CONTEXT):min(
            article.parsed[item.span.paragraphs[-1]].hi, parts[-1][1] + MAX_CONTEXT)],
        method=method, confidence=confidence_of(method))


def _described(speaker: str | None) -> bool:
    """Tell whether a speaker is a description ("spokesman", "senior administration official"), no name: no word of
    it is capitalised."""
    return bool(speaker) and not any(word[:1].isupper() for word in (speaker or "").split())


def _alone(q: Recording, at: int) -> bool:
    """Tell whether the person a far pronoun at `at` means is the only one named or heard since their last mention:
    no one else named, and no unnamed source of another role speaking ("According to New York-based dissident Fu
    Shenqi, …. …, the Beijing-based member said. ¶ “…,” he said": the pronoun may be the member's)."""
    found = q.people.alone_since(q.speaker, at)
    if found is None:
        return False
    person, last = found
    return not q.resolver.unnamed_spoke_between(last, at, person)


def story_subject(people: People, speaker: str | None, earlier: list[ExtractedQuote]) -> bool:
    """Tell whether the speaker is the one the story is about: their last name written at least MIN_SUBJECT_MENTIONS
    times, and SUBJECT_RATIO times as often as the last name of anyone else quoted before (an interview or a profile,
    where others are quoted or named only in passing)."""
    mentions = _last_name_count(people, speaker)
    others = {q.speaker for q in earlier if q.speaker and q.speaker != speaker and q.speaker[:1].isupper()}
    most = max((_last_name_count(people, other) for other in others), default=0)
    return mentions >= MIN_SUBJECT_MENTIONS and mentions >= SUBJECT_RATIO * max(1, most)


MIN_SUBJECT_MENTIONS = 3
SUBJECT_RATIO = 3


def _last_name_count(people: People, name: str | None) -> int:
    """How often the last word of a name is written as a word of its own."""
    words = NAME_WORD.findall(name or "")
    return people.times_written(words[-1]) if words else 0


def _spoke_just_before(previous: ExtractedQuote | None, speaker: str | None, para: _Paragraph,
                       article: _Article) -> bool:
    """Tell whether the quote before this one, in its paragraph or the two paragraphs before, is the same speaker's
    (“…,” says Blair. ¶ He is predictably withering about the Conservatives. ¶ “…,” he says)."""
    if previous is None or not speaker or previous.speaker != speaker:
        return False
    return previous.end >= _previous_paragraph(article.text, _previous_paragraph(article.text, para.lo))


_HOME_AFTER_NAME = re.compile(r"^((?:[A-Z][\w.’'-]* )+[A-Z][\w.’'-]*) of [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*$")


def _without_home(speaker: str | None, kind: str | None) -> str | None:
    """A person's name without the place that came with it ("Greg Taylor of Indianapolis" is Greg Taylor); a
    body keeps its whole name ("Bank of England")."""
    if speaker is None or kind not in {"name", "pronoun"}:
        return speaker
    found = _HOME_AFTER_NAME.match(speaker)
    return found.group(1) if found else speaker


_SENTENCE_ENDS_BETWEEN = re.compile(r"[.!?][\s”\"’'“‘]*$")  # “…,” she said. “…”: the attribution ends a sentence
_COLON_BETWEEN = re.compile(r":[\s”\"’'“‘]*$")  # “No, not even,” Perry countered: “If they …”: a new sentence
_ENDS_WITH_STOP = re.compile(r"[.!?…:;—–-][”\"’')\]]*$")


_CLAUSE_OPENERS = words("comma_clause_openers") | words("comma_clause_subjects")


def _joined_parts(original: str, parts: list[tuple[int, int]]) -> str:
    """The pieces of a quote as one text: “…a little bit,” she said. “I just feel …” joins as "…a little bit. I just
    feel …", since the speaker's full stop became the comma before the attribution; a piece that goes on in the
    same sentence (“We will,” he said, “invade …”) joins with a space only, or with its comma when it opens a new
    clause (“I got him down,” he recalls, “and put him …”). A paragraph break ends a sentence too, though the
    paragraph left it without a stop (unless it ends in a comma), and so does a colon before a piece that opens
    with a capital (“No, not even,” he countered: “If they …”). The full stop, or the comma, lets a claim of one
    piece read as a whole sentence or clause of the quote rather than one cut short."""
    joined = original[parts[0][0]:parts[0][1]].strip()
    for (_, end), (start, stop) in zip(parts, parts[1:]):
        between, piece = original[end:start], original[start:stop].strip()
        # (A line break between a word and one in lower case cut a sentence in two: "as weather conditions ¶
        # deteriorate".)
        broken = joined[-1:].isalpha() and piece[:1].islower()
        ends_sentence = _SENTENCE_ENDS_BETWEEN.search(between) or ("\n" in between and not between.startswith(",")
                                                                   and not broken) or (
            _COLON_BETWEEN.search(between) and piece[:1].isupper())
        if ends_sentence and not _ENDS_WITH_STOP.search(joined):
            joined += "."
        elif between.startswith(",") and piece.split(" ", 1)[0].casefold() in _CLAUSE_OPENERS:
            joined += ","
        joined += " " + piece
    return joined


def _tidy_title(title: str | None) -> str | None:
    """A speaker's title without a stray apostrophe's space or the article after an age ("45, a nurse"); none
    when it only told namesakes apart ("the elder Soros")."""
    if not title or title.casefold() in NAMESAKE_QUALIFIERS:
        return None
    return _AGE_THEN_ARTICLE.sub(r"\1", _LONE_APOSTROPHE.sub(r"\1", title))


def _date(attr: Attribution | None, para: _Paragraph, article: _Article) -> str | None:
    """The date the attribution's sentence gives; one that goes on from a quote before it in the same paragraph
    ("“…,” he told reporters Saturday. “…”") takes that quote's date too."""
    if attr is None or not para.lo <= attr.start < para.hi:
        return None
    s0 = para.sentence_start(attr.start)
    # (Around the attribution only: a sentence of thousands of quotations is not re-read for each.)
    clause_end = min(para.sentence_end(attr.start), attr.end + MAX_LEAD_IN)
    clause_text = article.text[max(s0, attr.start - MAX_LEAD_IN):clause_end]
    return date_in(_outside_quotes(clause_text), article.published) if clause_text else None


# Unions of word lists read in inner loops, built once.
_TITLE_LEADS_OR_LISTENERS = TITLE_LEADS | LISTENER_VERBS
