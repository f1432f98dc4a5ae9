"""The reasons vocabulary: machine-readable words that say why a verdict is what it is.

A verify answer lists them in `reasons` (SPEC, "Verification"); the web page and the extension turn
each into a sentence. The README's *Verdicts* section documents the same list.
"""
from __future__ import annotations

# -- wording --------------------------------------------------------------------------------------
NUMBER_CHANGED = "number_changed"  # a number, sign, currency, percent or other symbol differs ("1,5" -> "15")
NEGATION_CHANGED = "negation_changed"  # a negation was added, dropped or replaced ("not", "never", "won't")
WORD_CHANGED = "word_changed"  # a word of the quote was replaced by another ("de-escalate" -> "escalate")
WORDS_ADDED = "words_added"  # the claim has words the quote does not (before, inside or after it)
WORDS_REMOVED = "words_removed"  # words of the quote are missing where no ellipsis marks an omission
OMISSION_CHANGES_MEANING = "omission_changes_meaning"  # an ellipsis drops a negation, number or limiting word
SPLIT_CLAIM_SKIPS_WORDS = "split_claim_skips_words"  # parts split by an attribution skip words between them
EXCERPT = "excerpt"  # the claim is part of a longer quote, or leaves out whole clauses at an ellipsis
# -- which words are claimed ----------------------------------------------------------------------
TOO_SHORT = "too_short"  # too few or too common words to single out one quote: not_found
NO_MATCH = "no_match"  # nothing in the index is close enough to the claimed words
CLOSEST_WORDS_OF_SPEAKER = "closest_words_of_speaker"  # no close match; the claimed speaker's nearest words shown
# -- who said it ----------------------------------------------------------------------------------
SPEAKER_DIFFERS = "speaker_differs"  # the quote's speaker is not the claimed one (misattributed)
PARTIAL_NAME = "partial_name"  # a source names the speaker with part of the claimed name's words, or the claim with
# part of the source's ("Te Kaurinui" for "Te Kaurinui Robert Parata"): perhaps the same person, told neither way
SPEAKER_UNKNOWN = "speaker_unknown"  # the matched source names no speaker: the claim can be neither confirmed
# nor contradicted
# -- evidence: how surely the sources credit the words ----------------------------------------------
CONFLICTING_SOURCES = "conflicting_sources"  # two speakers each have substantial support
WEAK_EVIDENCE = "weak_evidence"  # no speaker has strong support (a lone weak source, a guess)
NO_NAMED_SPEAKER = "no_named_speaker"  # the sources credit the words to nobody they can name
MISQUOTE_CIRCULATING = "misquote_circulating"  # the altered wording is itself published, later than the original
EARLIER_VARIANT = "earlier_variant"  # the same speaker's close but different wording was published earlier
# -- date -----------------------------------------------------------------------------------------
DATE_INCONSISTENT = "date_inconsistent"  # the claimed date is more than a week from every known date

ALL = (NUMBER_CHANGED, NEGATION_CHANGED, WORD_CHANGED, WORDS_ADDED, WORDS_REMOVED, OMISSION_CHANGES_MEANING,
       SPLIT_CLAIM_SKIPS_WORDS, EXCERPT, TOO_SHORT, NO_MATCH, CLOSEST_WORDS_OF_SPEAKER, SPEAKER_DIFFERS,
       PARTIAL_NAME, SPEAKER_UNKNOWN, CONFLICTING_SOURCES, WEAK_EVIDENCE, NO_NAMED_SPEAKER, MISQUOTE_CIRCULATING,
       EARLIER_VARIANT, DATE_INCONSISTENT)
