"""Reading a verify submission: which words are claimed, and whom the text itself says spoke them."""
from __future__ import annotations

import html
import re

from .extract import extract_quotes
from .extract_marks import quoted_parts
from .lexicon import CUE_VERBS, PRONOUNS
from .models import Claim
from .speakers import split_title

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
    if not all(w[:1].isupper() or w.casefold() in {"of", "de", "van", "von", "da", "al", "bin", "la"}
               for w in name_words):
        return False, None
    if name_words[0] in {"The", "It", "This", "That", "We", "I", "You", "They", "He", "She"}:
        return False, None
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


def parse_claim(text: str) -> Claim:
    """Read a verify submission: the claimed words and, when the text attributes them, the claimed speaker."""
    text = _CONTROL.sub(" ", text or "")
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # text copied from a page's source: "&quot;…&#8217;s …&quot;"
    # A link copied with a post ("… https://t.co/xyz") is no word of the claim.
    text = _LINK.sub(" ", text)
    parts = quoted_parts(text)
    parts = [(a, b) for a, b in parts if text[a:b].strip(" \t\n,.;:")]
    if parts:
        # The comma before a closing mark belongs to the attribution ("“A,” he said"), not to the words.
        claimed = _ELLIPSIS_JOIN.join(text[a:b].strip().rstrip(",").rstrip() for a, b in parts)
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
        return Claim(text=claimed, speaker=speaker, quoted=True)
    claimed, speaker, _ = _frame(text.strip())
    return Claim(text=claimed, speaker=speaker, quoted=False)
