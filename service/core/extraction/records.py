"""The quotes kept from the quotations found, and the speaker of a fragment whose clause does not parse."""
from __future__ import annotations

import bisect
import re

from ..lexicon import (
    CHANT_WORDS,
    CUE_VERBS,
    NAME_CALLING,
    OBJECTS,
    PRONOUNS,
    REPORTING,
    SPEECH_NOUNS,
    TITLE_LEADS,
    WORKS,
    is_place,
)
from ..models import ExtractedQuote
from .attribution import (
    _CONNECTIVES,
    _SENTENCE_END_INNER,
    _SPEECH_WORDS,
    MAX_OPENING_PHRASE,
    _claim_owner,
    _looks_like_title,
)
from .candidates import (
    Mention,
    Tok,
)
from .confidence import attribution_class, confidence_of
from .continuation import MAX_LEAD_IN, MIN_PARTIAL_WORDS
from .dates import date_in
from .paragraphs import _Found, _outside_quotes, _Paragraph, _sentence_tokens, _words
from .people import (
    People,
)
from .resolution import _is_person, _Resolver

MIN_SPEECH_FRAGMENT_WORDS = 4  # a fragment this long reads as words said, with or without a cue nearby


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


_LONE_APOSTROPHE = re.compile(r"(?<=\w)\s+([’'])(?=\s|$)")  # "St Thomas ’ Hospital": a plural possessive's mark

_AGE_THEN_ARTICLE = re.compile(r"^(\d{1,3}, )(?:a|an|the) ")  # "45, a nurse from Dayton" -> "45, nurse from Dayton"

_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s.]*")

_TERM_BEFORE = re.compile(r"\bso-called\s*$", re.IGNORECASE)

_JOINED = re.compile(r"[”\"’']?,?\s+(?:and|or)\s+")  # the words between “Miss Piggy” and “Miss Housekeeping”

_BYLINE_AFTER = re.compile(r"[,.][”\"’']\s+by\s+[A-Z]")  # “…,” by Times' Michael Paulson

MAX_CONTEXT = 2_000  # characters of a quote's paragraph kept as its context on either side of it


def quote_records(found: list[_Found], text: str, original: str, parsed: dict[int, _Paragraph], people: People,
                  resolver: _Resolver, published: str | None) -> list[ExtractedQuote]:
    """The quotes kept from the quotations found, each with its speaker, title, date and confidence."""
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
