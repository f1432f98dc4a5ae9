"""Reading a verify submission: which words are claimed, and whom the text itself says spoke them."""
from __future__ import annotations

import html
import re

from .extraction import extract_quotes
from .extraction.marks import quoted_parts
from .lexicon import (
    CUE_VERBS,
    FRAGMENT_CUES,
    NAME_CALLING,
    NON_NAMES,
    PARTICIPLE_CUES,
    PLURAL_PRESENT,
    PRONOUNS,
    words,
)
from .models import Claim
from .speakers import split_title
from .text import SPLIT_JOIN, has_ellipsis, strip_invisible

_ELLIPSIS_JOIN = " \u2026 "
_CUE = r"(?:%s)" % "|".join(sorted((re.escape(v) for v in CUE_VERBS), key=len, reverse=True))
# A speaker phrase: up to six words, none spanning sentence punctuation. Checked by `_speaker_in` afterwards.
_PHRASE = r"[^\s.,:;!?\"“”]+(?:\s+[^\s,:;!?\"“”]+){0,5}"
_AFTER = re.compile(r"^(?P<claim>.+?)[,\s]+according\s+to\s+(?P<who>%s)\s*[.!]?\s*$" % _PHRASE, re.S | re.I)
_SAID_AFTER = re.compile(r"^(?P<claim>.+?),\s*(?P<who>%s)\s+%s\s*[.!]?\s*$" % (_PHRASE, _CUE), re.S)
_INVERTED_AFTER = re.compile(r"^(?P<claim>.+?),\s*%s\s+(?P<who>%s)\s*[.!]?\s*$" % (_CUE, _PHRASE), re.S)
_SAID_BEFORE = re.compile(r"^\s*(?P<who>%s)\s+%s\s*[:,]?\s+(?:that\s+)?(?P<claim>.+)$" % (_PHRASE, _CUE), re.S)
_COLON_BEFORE = re.compile(r"^\s*(?P<who>%s)\s*:\s+(?P<claim>.+)$" % _PHRASE, re.S)
_ACCORDING_BEFORE = re.compile(r"^\s*according\s+to\s+(?P<who>%s)\s*,\s*(?P<claim>.+)$" % _PHRASE, re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MAX_FRAME_INPUT = 20_000  # frames are looked for at the edges only; longer texts are plain claims
# Quoted parts past which the article extractor is not asked who speaks (a paste of hundreds of fragments
# names its speaker, if at all, with the patterns above): the bound on fragments a verify considers.
MAX_EXTRACTED_PARTS = 24


MONTH_FORENAMES = words("month_forenames")  # months that are also forenames ("June Carter")
# Words no speaker's name contains ("WE'RE READY TO ACT:" in capitals is no name).
_NEVER_IN_NAMES = words("never_in_names")
# Lowercase words a name may hold ("Amy Klobuchar of Minnesota", "Ursula von der Leyen").
_LOWERCASE_NAME_WORDS = words("lowercase_name_words")


def _speaker_in(phrase: str) -> tuple[bool, str | None]:
    """Tell whether a phrase is a speaker reference; return (is_reference, name or None for a pronoun)."""
    words = phrase.strip().split()
    if words and len(words[-1]) > 3 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # "said Carly Fiorina." ends the sentence; "Jr." and "D.C." keep theirs
    if not words or len(words) > 6:
        return False, None
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return True, None
    title, name = split_title(" ".join(words))
    name_words = name.split()
    if not 1 <= len(name_words) <= 4:
        return False, None
    if not all(w[:1].isupper() or w.casefold() in _LOWERCASE_NAME_WORDS for w in name_words):
        return False, None
    if name_words[0] in NON_NAMES and name_words[0] not in MONTH_FORENAMES:
        return False, None  # "And then", "Meanwhile": words that start sentences
    if any(w.casefold().replace("’", "'") in _NEVER_IN_NAMES for w in name_words):
        return False, None  # "WE'RE READY TO ACT": words in capitals, not a name
    return True, name


def _frame(text: str) -> tuple[str, str | None, bool]:
    """Remove an attribution frame around unquoted words; return (claim, speaker, whether a frame was found)."""
    if len(text) > _MAX_FRAME_INPUT:
        return text, None, False
    for pattern in (_AFTER, _INVERTED_AFTER, _SAID_AFTER, _ACCORDING_BEFORE, _SAID_BEFORE, _COLON_BEFORE):
        match = pattern.match(text)
        if not match:
            continue
        is_reference, name = _speaker_in(match.group("who"))
        claim = match.group("claim").strip()
        if is_reference and len(claim.split()) >= 2:
            return claim, name, True
    return text, None, False


def _attribution(outside: str) -> str | None:
    """Find the speaker named in the text around quoted parts ("…,” Blinken said", "Blinken: “…”")."""
    outside = outside.strip()
    if not outside or len(outside) > _MAX_FRAME_INPUT:
        return None
    tries = [
        re.match(r"^[\s,.;:—–-]*according\s+to\s+(?P<who>%s)\s*[.,;!]?" % _PHRASE, outside, re.I),
        re.match(r"^[\s,.;:—–-]*(?P<who>%s)\s+%s\b" % (_PHRASE, _CUE), outside),
        re.match(r"^[\s,.;:—–-]*%s\s+(?P<who>%s)\s*[.,;!]?\s*$" % (_CUE, _PHRASE), outside),
        re.search(r"(?:^|[.!?]\s+)(?P<who>%s)\s+%s\s*(?:that\s*)?[:,]?\s*$" % (_PHRASE, _CUE), outside),
        re.search(r"(?:^|[.!?]\s+)(?P<who>%s)\s*:\s*$" % _PHRASE, outside),
        re.search(r"according\s+to\s+(?P<who>%s)\s*[.,;!]?\s*$" % _PHRASE, outside, re.I),
    ]
    for match in tries:
        if not match:
            continue
        who = match.group("who")
        # "Mike Johnson on X:", "Trump in a statement:": the words after a preposition say where, not who.
        who = re.split(r"\s+(?:on|in|at|via)\s+", who, maxsplit=1)[0]
        # The phrase may start with words of the sentence before the name ("Then Blinken"): try shorter tails.
        words = who.split()
        for start in range(len(words)):
            is_reference, name = _speaker_in(" ".join(words[start:]))
            if is_reference:
                return name
    return None


# An attribution standing between two parts of one quotation (“A,” Kettle said, “B”; “A,” said Jens Stoltenberg.
# “B”): the speaker, the cue and perhaps whom it was said to or when.
_SPLIT_ATTRIBUTION = re.compile(
    r"(?:(?P<before>%s)\s+%s|%s\s+(?P<after>%s)|according\s+to\s+(?P<source>%s))"
    r"(?:\s+(?:to\s+)?(?:reporters|journalists|(?-i:the\s+[A-Z]\w+))|\s+(?:on|in|at|during|after|before|to)\s+[^,.;:!?]{1,40}){0,2}"
    % (_PHRASE, _CUE, _CUE, _PHRASE, _PHRASE), re.S | re.I)
_EDGE = " \t\n,.;:\u2014\u2013\u2015-"
# Words that make the text around quoted words commentary about them ("critics call it", "he described it as").
# Verbs after a plural subject ("Critics call it", "Officials say"): such a subject is no person's name.
_PLURAL_VERBS = PLURAL_PRESENT | words("plural_commentary_verbs")
_COMMENTARY_WORDS = CUE_VERBS | PARTICIPLE_CUES | NAME_CALLING | FRAGMENT_CUES | _PLURAL_VERBS | words("quoting_words")


def _is_attribution(segment: str) -> bool:
    """Tell whether text outside quoted words is only an attribution ("Kettle said", "said he", "Blinken:")."""
    core = segment.strip(_EDGE + "\u2015")
    if not core:
        return True
    if len(core) > 200:
        return False
    match = _SPLIT_ATTRIBUTION.fullmatch(core)
    if match:
        who = match.group("before") or match.group("after") or match.group("source")
        return _speaker_in(who)[0]
    return segment.rstrip().endswith(":") and _speaker_in(core)[0]  # "Blinken: “…”"


def _is_commentary(segment: str) -> bool:
    """Tell whether text outside quoted words reports them: a speaker (a name or a pronoun) next to a cue verb
    ("Blinken said the", "he told reporters that", "Critics call it"), or "according to"."""
    found = re.findall(r"[\w’'.-]+", segment[:2000])
    for n, word in enumerate(found):
        folded = word.casefold().rstrip(".")
        if folded == "according":
            return True
        if folded not in _COMMENTARY_WORDS:
            continue
        before = [" ".join(found[max(0, n - k):n]) for k in range(1, 5) if n - k >= 0]
        after = [" ".join(found[n + 1:n + 1 + k]) for k in range(1, 5) if n + k < len(found) + 1]
        if any(phrase and _speaker_in(phrase)[0] for phrase in (*before, *after)):
            return True
    return False


def _plural_subject(text: str, name: str | None) -> bool:
    """Tell whether a one-word "name" is a plural subject ("Critics call it", "Officials say")."""
    if not name or " " in name:
        return False
    following = re.search(r"\b%s\s+(\w+)" % re.escape(name), text)
    return following is not None and following.group(1).casefold() in _PLURAL_VERBS


def _presented_whole(text: str, whole: str) -> bool:
    """Tell whether a submission with quoted parts may present all its words (less an attribution frame) as
    the quote: no words around the marks report the quoted ones.

    A frame after the words ("…, Kettle said") or before a colon ("Kettle: …") introduces direct speech,
    whose own inner marks are scare quotes or dialogue; a frame before the words without a colon ("Kettle
    said the country would “…”") introduces reported speech, which is commentary.
    """
    at = text.find(whole)
    if whole != text and at > 0 and ":" not in text[:at]:
        return False  # "Kettle said (that) …": reported speech
    inner = [(a, b) for a, b in quoted_parts(whole) if whole[a:b].strip(_EDGE)]
    segments = [seg for seg in _outside(whole, inner) if seg.strip(_EDGE)] if inner else [whole]
    # Words that report the quoted ones (an attribution or a speaker's cue) make the rest commentary too.
    return not any(_is_attribution(seg) or _is_commentary(seg) for seg in segments)


def _join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """Join the quoted parts of a submission: adjacent words across an attribution (“A,” he said, “B”), an
    omission (an ellipsis) across anything else or where the submitter wrote one."""
    pieces = [text[a:b].strip().rstrip(",").rstrip() for a, b in parts]
    joined = pieces[0]
    for n in range(1, len(parts)):
        between = text[parts[n - 1][1] + 1:max(parts[n - 1][1] + 1, parts[n][0] - 1)]
        adjacent = _is_attribution(between) and not has_ellipsis(between)
        # The comma before a closing mark belongs to the attribution ("“A,” he said"), not to the words.
        joined += (SPLIT_JOIN if adjacent else _ELLIPSIS_JOIN) + pieces[n]
    return joined


def _outside(text: str, parts: list[tuple[int, int]]) -> list[str]:
    """The stretches of a submission outside its quoted parts (the marks themselves left out)."""
    edges = [0, *(x for a, b in parts for x in (max(0, a - 1), min(len(text), b + 1))), len(text)]
    return [text[edges[i]:edges[i + 1]] for i in range(0, len(edges), 2)]


def parse_claim(text: str) -> Claim:
    """Read a verify submission: the claimed words and, when the text attributes them, the claimed speaker.

    With quotation marks and words outside them other than an attribution, the whole submission is a second
    reading (`Claim.whole`): quoted speech may itself hold inner marks. When no outside words report the
    quoted ones (no speaker beside a cue verb: prose with a line of dialogue, a passage with a scare-quoted
    phrase), the submitter may have presented all of it as the quote (`Claim.whole_presented`), which the
    verdict must not leave out.
    """
    text = _CONTROL.sub(" ", strip_invisible(text or ""))
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # text copied from a page's source: "&quot;…&#8217;s …&quot;"
    # A link copied with a post ("… https://t.co/xyz") is no word of the claim.
    text = _LINK.sub(" ", text)
    parts = quoted_parts(text)
    parts = [(a, b) for a, b in parts if text[a:b].strip(" \t\n,.;:")]
    if parts:
        claimed = _join_parts(text, parts)
        segments = [seg for seg in _outside(text, parts) if seg.strip(_EDGE)]
        outside = [seg for seg in segments if not _is_attribution(seg)]
        whole, framed_by, _ = _frame(text.strip()) if outside and len(text) <= _MAX_FRAME_INPUT else (None, None, False)
        unclear = whole is not None and _presented_whole(text.strip(), whole)
        # The attribution sits after the first part ("“A,” he said, “B”"), before it ("Blinken: “A”"), or at the end.
        first_a, first_b = parts[0]
        next_a = parts[1][0] - 1 if len(parts) > 1 else len(text)
        speaker = _attribution(text[first_b + 1:next_a]) or _attribution(text[: max(0, first_a - 1)])
        if speaker is None and len(parts) > 1:
            speaker = _attribution(text[parts[-1][1] + 1:])
        if speaker is None and len(text) <= _MAX_FRAME_INPUT and len(parts) <= MAX_EXTRACTED_PARTS:
            # The article extractor reads the shapes the patterns above do not ("…,” Trump shot back",
            # "…,” said former tech executive Carly Fiorina", "“…” ― Jane Doe").
            # Only a name counts: "the alliance chief told reporters: “…”" claims nobody in particular.
            named = (_speaker_in(q.speaker) for q in extract_quotes(text) if q.speaker)
            speaker = next((name for is_name, name in named if is_name and name), None)
        speaker = speaker or framed_by  # "Kettle: we will … a “tax on jobs” …"
        if _plural_subject(text, speaker):
            speaker = None
        return Claim(text=claimed, speaker=speaker, quoted=True, whole=whole, whole_presented=unclear)
    claimed, speaker, _ = _frame(text.strip())
    return Claim(text=claimed, speaker=speaker, quoted=False)
