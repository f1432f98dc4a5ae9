"""The quotes kept from the quotations found, and the speaker of a fragment whose clause does not parse."""
from __future__ import annotations

import bisect

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
from .attribution import _CONNECTIVES, _SENTENCE_END_INNER, _SPEECH_WORDS, MAX_OPENING_PHRASE, _claim_owner
from .candidates import (
    Mention,
    Tok,
)
from .paragraphs import _Found, _Paragraph, _sentence_tokens, _words
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
