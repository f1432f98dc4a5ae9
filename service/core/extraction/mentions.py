"""Who an article mentions, read before any quotation is attributed: the people it names, and the subjects of
its sentences that a later "he", "she" or surname may stand for."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import attrgetter

from ..lexicon import (
    CUE_FILLERS,
    CUE_VERBS,
    NON_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PHRASAL_CUES,
    PRONOUNS,
    REPORTING,
    is_place,
    words,
)
from .attribution import (
    _CLAUSE_JOINS,
    _capitalised_description,
    _headline_subject,
    _institution,
    _introduced_by_name,
    _is_headline,
    _notable_description,
    _reports,
    _sentence_subject,
    _topic,
    _with_clause_subject,
)
from .candidates import Attribution, Mention
from .paragraphs import Stretch, _Paragraph
from .people import People
from .resolution import _Resolver
from .subjects import MAX_DASHED_ASIDE, _index_at, _name_then_relative_clause
from .tokens import LOWER_CASE_NAME, Token

OPENING_TOKENS = 24  # tokens of a sentence read for the subject it opens with
_start = attrgetter("start")
_text = attrgetter("text")

JOINED_CLAUSE_TOKENS = 24  # tokens of a clause joined after a comma read for its subject
_JOINS_OR_WITH = _CLAUSE_JOINS | {"while", "with"}
_DASHES = frozenset({"-", "—", "–"})
_SUBORDINATORS = words("subordinators")


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    """What the reading of an article's mentions writes to and reads from: its people, the resolver that notes
    each subject for later pronouns, and the test of whether a name mention is a name the article uses."""

    people: People
    resolver: _Resolver
    known: Callable[[Mention], bool]


def read_mentions(text: str, paras: list[tuple[int, int]], parsed: dict[int, _Paragraph], people: People,
                  resolver: _Resolver, last_quoted: int = -1) -> Callable[[Mention], bool]:
    """Note every person and subject the article mentions with `people` and `resolver`; return the test of
    whether a name mention is a name the article uses. Subjects and speakers are noted up to the paragraph after
    `last_quoted`, the last paragraph a quotation touches (its speaker may be named there): later ones can tell
    no quotation's speaker, while every name is registered, since a full name written late still completes a
    surname written early."""
    headlines = {0} if paras and _is_headline(text[paras[0][0]:paras[0][1]]) else set()
    mid_sentence_caps, resolver.acting = _scan_people(parsed, people, headlines)
    article = ArticleMentions(people, resolver, _known_names(people, mid_sentence_caps | resolver.acting))
    resolver.known = article.known
    for n, para in parsed.items():
        if n > last_quoted + 1:
            break
        _note_attributions(para, resolver)
        for stretch in para.stretches:
            _note_sentence_openings(article, para, stretch, headline=n in headlines)
            _note_joined_subjects(article, stretch.toks)
            _note_reported_views(article, stretch.toks)
            _note_introductions(article, stretch.toks)
    _settle(text, people, resolver)
    return article.known


def _scan_people(parsed: dict[int, _Paragraph], people: People, headlines: set[int]) -> tuple[set[str], set[str]]:
    """Register every name the article writes with `people`; return the capitalised words it writes mid-sentence
    (after a lower-case word), which are names wherever they stand, and its acting names (`_acts`)."""
    mid_sentence_caps: set[str] = set()
    acting: set[str] = set()
    for n, para in parsed.items():
        for stretch in para.stretches:
            toks = stretch.toks
            people.scan(toks, headline=n in headlines)
            for k in [k for k, tok in enumerate(toks) if tok.is_cap]:
                if k > 0 and toks[k].text[:1].isupper() and toks[k - 1].text[:1].islower():
                    mid_sentence_caps.add(toks[k].text)
                elif _acts(toks, k):
                    acting.add(toks[k].text)
    return mid_sentence_caps, acting


MAX_FILLERS = 2  # words between a name and its verb: "Dencia has since hit out at"


def _acts(toks: list[Token], k: int) -> bool:
    """Tell whether the capitalised word at k opens a clause and is the subject of a verb of saying or judging
    ("Dencia has hit out at Lupita Nyong'o", "Rihanna slammed the deal"): a one-word name, though a sentence's
    first word proves nothing by its capital."""
    # (The verb before the name test: it is a few set lookups, where the name test reads the lists of places.)
    return k + 1 < len(toks) and (k == 0 or not toks[k - 1].text[:1].isalpha()) and (
        _verb_of_saying_at(toks, k + 1) and _may_be_one_word_name(toks[k].text))


def _may_be_one_word_name(word: str) -> bool:
    """Tell whether a capitalised word may be a one-word name: no pronoun, common word, plural, body or place."""
    low = word.casefold()
    return word.isalpha() and word[:1].isupper() and word[1:].islower() and not low.endswith("s") and not (
        word in NON_NAMES or low in PRONOUNS or low in ORG_WORDS or low in PERSON_NOUNS or low in CUE_VERBS or (
            is_place(word)))


def _verb_of_saying_at(toks: list[Token], k: int) -> bool:
    """Tell whether a verb of saying or judging comes at `toks[k]`, after an age and at most MAX_FILLERS words such
    as "has" or "later" ("said", "has hit out at", ", 33, slammed")."""
    if k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].text.isdigit() and toks[k + 2].text == ",":
        k += 3  # "Dencia, 33, slammed": an age between the name and its verb
    for j in range(k, min(len(toks), k + MAX_FILLERS + 1)):
        word = toks[j].text
        if word in REPORTING or word in CUE_VERBS or (word in PHRASAL_CUES and j + 1 < len(toks) and (
                toks[j + 1].text in PHRASAL_CUES[word])):
            return True
        if word not in CUE_FILLERS:
            return False
    return False


def _known_names(people: People, mid_sentence_caps: set[str]) -> Callable[[Mention], bool]:
    """The test of whether a name mention is a name the article uses (not a capitalised opening word)."""

    def known(mention: Mention) -> bool:
        """Tell whether a name mention is a name the article uses (not a capitalised opening word)."""
        words = mention.text.split()
        # (An acronym is a name wherever it stands: "The RNC, in its daily media summary, emailed".)
        return len(words) >= 2 or bool(mention.title) or words[0] in mid_sentence_caps or (
            len(words[0]) > 1 and words[0].isupper()) or bool(LOWER_CASE_NAME.match(words[0])) or (
            people.lookup(mention.text, mention.start) is not None)
    return known


def _note_attributions(para: _Paragraph, resolver: _Resolver) -> None:
    """Note the speaker of every attribution clause of a paragraph."""
    for stretch in para.stretches:
        for attr in stretch.attrs:
            resolver.note(attr)


def _note_sentence_openings(article: ArticleMentions, para: _Paragraph, stretch: Stretch, headline: bool) -> None:
    """Whoever a sentence opens with is who a later "he" or "she" most likely means: note the subject each
    sentence of an unquoted stretch opens with."""
    for sentence in _sentence_openings(para, stretch):
        opening = _topic(sentence) or _sentence_subject(sentence, article.known) or (
            _name_then_relative_clause(sentence, article.known))
        if opening is not None and headline:
            opening = _headline_subject(opening)
        if opening is not None and _may_be_meant(opening, article.people):
            article.resolver.note(opening, "subject")


def _sentence_openings(para: _Paragraph, stretch: Stretch) -> Iterator[list[Token]]:
    """The opening tokens of each sentence that starts in an unquoted stretch of a paragraph (at most
    OPENING_TOKENS, all within the sentence: a comma in the next one is no end of this one's opening phrase)."""
    lo, hi, toks = stretch.lo, stretch.hi, stretch.toks
    first, last = bisect.bisect_right(para.breaks, lo), bisect.bisect_left(para.breaks, hi)
    starts = [lo] + para.breaks[first:last]
    for number, start in enumerate(starts):
        k = bisect.bisect_left(toks, start, key=_start)
        stop = starts[number + 1] if number + 1 < len(starts) else hi
        window = toks[k:k + OPENING_TOKENS]
        if len(window) == OPENING_TOKENS and any(map(_DASHES.__contains__, map(_text, window))):
            window = toks[k:k + OPENING_TOKENS + MAX_DASHED_ASIDE]  # ("Whit Ayres -- author of … -- is skeptical")
        if number == 0 and window and window[0].text[:1].islower() and lo > para.lo:
            # “…,” said Denise Ortiz, a mother of two who …: words after a quotation go on its sentence; but a
            # subordinate clause holding the quotation ends at a comma, and the main clause's subject follows it
            # ("Although he said it was “wild” to see himself, Isaac stopped short").
            main = _main_clause_after_quotation(para, window)
            if main:
                yield main[:bisect.bisect_left(main, stop, key=_start)]
            continue
        yield window[:bisect.bisect_left(window, stop, key=_start)]  # (tokens stand in order: no need to test each)


def _main_clause_after_quotation(para: _Paragraph, window: list[Token]) -> list[Token]:
    """The tokens after the first comma of words that go on a sentence past a quotation, when the sentence opens
    with a subordinate clause ("Although he said …"), else none."""
    opening = para.sentence_start(window[0].start)
    stretch = para.stretch_at(opening, window[0].start)
    if not stretch or not stretch.toks or stretch.toks[0].folded not in _SUBORDINATORS:
        return []
    comma = next((n for n, t in enumerate(window) if t.text == ","), None)
    return window[comma + 1:] if comma is not None else []


def _may_be_meant(opening: Attribution, people: People) -> bool:
    """Tell whether a sentence's subject is someone a later pronoun may mean: a name, an institution, or a
    description of someone notable or written with capitals."""
    speaker = opening.speaker
    return speaker.kind == "name" or _institution(speaker) or (speaker.kind == "nominal" and (
        _notable_description(speaker, people) or _capitalised_description(speaker.text)))


def _note_joined_subjects(article: ArticleMentions, toks: list[Token]) -> None:
    """"The moderators were ready to move on, but Christie wasn't having it.", "Sanders held a rally while Clinton
    hosted an event": the subject of a clause joined after a comma, or after "while", is who the sentence ends on;
    so is the person a "with" clause is about."""
    for j in [j for j in range(1, len(toks) - 1) if toks[j].text in _JOINS_OR_WITH]:
        if (toks[j].text in _CLAUSE_JOINS and toks[j - 1].text in {",", ";"} or toks[j].text == "while") and (
                toks[j + 1].text[:1].isupper()):
            joined = _sentence_subject(toks[j + 1:j + 1 + JOINED_CLAUSE_TOKENS], article.known)
            if joined is not None and joined.speaker.kind == "name" and not _verb_ends_phrase(toks, joined):
                article.resolver.note(joined, "subject")
        elif toks[j].text == "with" and toks[j + 1].is_cap:
            doing = _with_clause_subject(toks, j)
            if doing is not None:
                article.resolver.note(doing, "subject")


def _verb_ends_phrase(toks: list[Token], clause: Attribution) -> bool:
    """Tell whether the word read as a clause's verb is followed by a comma: more likely a noun ending a list ("he
    enjoys bike riding, he said, and Packers football, though …") than a verb whose subject a "he" may mean."""
    k = _index_at(toks, clause.cue_start)
    return k + 1 < len(toks) and toks[k + 1].text == ","


def _note_reported_views(article: ArticleMentions, toks: list[Token]) -> None:
    """"Trump believes", "Clinton called it": note the people whose views the article reports."""
    for subject in _reports(toks):
        article.resolver.note(subject, "report")


def _note_introductions(article: ArticleMentions, toks: list[Token]) -> None:
    """Note the people a sentence introduces by name ("a 52-year-old resident named Caroline")."""
    for named in _introduced_by_name(toks):
        article.resolver.note(named, "subject")


def _settle(text: str, people: People, resolver: _Resolver) -> None:
    """Put the notes in text order, for the lookups by position that follow, and learn genders from the text."""
    resolver.history.sort(key=lambda h: h[0])
    resolver._positions = [h[0] for h in resolver.history]
    people.mentions.sort(key=lambda m: m[0])
    people.learn_genders(text)
