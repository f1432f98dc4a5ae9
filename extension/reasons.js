/*
 * quotecheck reasons: the `reasons` of a verify answer as sentences a reader understands
 * ("A number was changed: 1,5 → 15.", "The omitted words contained never, …").
 *
 * Shared by the web page and the browser extension (extension/reasons.js is a copy of this file;
 * a test keeps the two identical). Defines `globalThis.quotecheckReasons` with:
 *   explain(answer)          -> [{reason, parts}] where parts are strings or {em: string}
 *   render(answer, document) -> a <ul class="reasons"> element (text nodes only, never HTML)
 */
(function (root) {
  "use strict";

  const ELLIPSIS = "\u2026";
  const NEGATIONS = new Set(["not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere",
    "without", "cannot", "noone", "no-one", "hardly", "scarcely", "barely", "ain't"]);
  const LIMITING = new Set(["only", "unless", "except", "excepting", "if", "until", "till", "provided",
    "providing", "whether", "merely", "solely", "almost", "nearly", "partly", "partially"]);
  const NUMBER_WORDS = new Set(("zero one two three four five six seven eight nine ten eleven twelve twenty thirty " +
    "forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions " +
    "trillion dozen dozens half quarter twice double triple percent").split(" "));

  function words(text) {
    return String(text || "").replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}$€£¥%+\-−'.,]+/gu) || [];
  }

  function clean(word) {
    return word.replace(/^[.,']+|[.,']+$/g, "").toLowerCase();
  }

  function isNegation(word) {
    const w = clean(word);
    return NEGATIONS.has(w) || w.endsWith("n't");
  }

  function isNumber(word) {
    return /[\p{N}$€£¥%+−]/u.test(word) || NUMBER_WORDS.has(clean(word));
  }

  function turnsMeaning(word) {
    return isNegation(word) || isNumber(word) || LIMITING.has(clean(word));
  }

  function trim(text) {
    return String(text || "").trim().replace(/^[,;:]+|[,;:]+$/g, "").trim();
  }

  function diffOf(answer) {
    const top = (answer.matches || [])[0];
    return (top && top.diff) || [];
  }

  /** The first changed operation whose words pass `test`, on either side. */
  function findOp(diff, test, ops) {
    return diff.find((d) => (ops || ["replace", "insert", "delete"]).includes(d.op) && d.submitted !== ELLIPSIS &&
      (words(d.original).some(test) || words(d.submitted).some(test)));
  }

  /** "X → Y", "added: Y" or "left out: X" for one diff operation. */
  function change(d) {
    if (d.op === "replace") return [trim(d.original), " \u2192 ", trim(d.submitted)];
    if (d.op === "insert") return ["added: ", trim(d.submitted)];
    return ["left out: ", trim(d.original)];
  }

  function quoted(text) {
    return `\u201c${trim(text)}\u201d`;
  }

  const SENTENCES = {
    number_changed(answer, diff) {
      const d = findOp(diff, isNumber);
      return d ? [`A number was ${d.op === "replace" ? "changed" : d.op === "insert" ? "added" : "left out"}: `,
        ...(d.op === "replace" ? change(d) : [trim(d.op === "insert" ? d.submitted : d.original)]), "."]
        : ["A number, sign or symbol was changed."];
    },
    negation_changed(answer, diff) {
      const d = findOp(diff, isNegation);
      if (!d) return ["A negation was changed."];
      const word = words(d.op === "insert" ? d.submitted : d.original).find(isNegation) ||
        words(d.submitted).find(isNegation);
      const how = d.op === "replace" ? "changed" : d.op === "insert" ? "added" : "left out";
      return [`A negation was ${how}: `, { em: word || "" }, d.op === "replace" ? ` (${trim(d.original)} \u2192 ${trim(d.submitted)}).` : "."];
    },
    word_changed(answer, diff) {
      const d = diff.find((op) => op.op === "replace");
      return d ? ["A word was changed: ", ...change(d), "."] : ["A word was changed."];
    },
    words_added(answer, diff) {
      const d = diff.find((op) => op.op === "insert");
      return d ? ["Words were added: ", quoted(d.submitted), "."] : ["Words were added."];
    },
    words_removed(answer, diff) {
      const d = diff.find((op) => op.op === "delete" && op.submitted !== ELLIPSIS);
      return d ? ["Words of the quote were left out: ", quoted(d.original), "."] : ["Words of the quote were left out."];
    },
    omission_changes_meaning(answer, diff) {
      const omitted = diff.filter((d) => d.op === "delete");
      const word = omitted.map((d) => words(d.original).find(turnsMeaning)).find(Boolean);
      return word ? ["The omitted words contained ", { em: clean(word) }, ": leaving them out changes the meaning."]
        : ["The omitted words change the meaning."];
    },
    split_claim_skips_words(answer, diff) {
      const d = diff.find((op) => op.op === "delete" && op.submitted !== ELLIPSIS);
      return ["The parts around the attribution skip words of the quote", d ? [": ", quoted(d.original)] : "", "."].flat();
    },
    excerpt: () => ["An excerpt of a longer quote: nothing left out changes the meaning."],
    too_short: () => ["Too few or too common words to single out one quote."],
    no_match: () => ["Nothing close enough in the quotecheck index."],
    closest_words_of_speaker: () => ["No quote matches closely: this is what the claimed speaker said that comes nearest."],
    speaker_differs(answer) {
      const top = (answer.matches || [])[0];
      const name = top && top.quote && top.quote.speaker && top.quote.speaker.name;
      return [`Said by ${name || "someone else"}`, answer.claimed_speaker ? `, not ${answer.claimed_speaker}` : "", "."];
    },
    partial_name(answer) {
      const top = (answer.matches || [])[0];
      const name = top && top.quote && top.quote.speaker && top.quote.speaker.name;
      return [`The source names the speaker ${name ? `"${name}", ` : ""}with part of the claimed name: perhaps the same person, so the attribution can be neither confirmed nor contradicted.`];
    },
    speaker_unknown: () => ["The source names no speaker, so the attribution can be neither confirmed nor contradicted."],
    conflicting_sources: () => ["Published sources credit these words to different people."],
    weak_evidence: () => ["The evidence is weak: no source credits the words surely enough to decide who said them."],
    no_named_speaker: () => ["The sources that carry these words name nobody as their speaker."],
    misquote_circulating: () => ["The altered wording is itself published: a misquote in circulation."],
    earlier_variant: () => ["A different wording credited to the same speaker was published earlier: check which is the original."],
    date_inconsistent(answer) {
      return [`The date does not fit${answer.real_date ? `: it was said on ${answer.real_date}` : ""}.`];
    },
  };

  /** The reasons of an answer as sentences, in the answer's order; an unknown reason reads as its words. */
  function explain(answer) {
    const diff = diffOf(answer || {});
    return ((answer && answer.reasons) || []).map((reason) => {
      const sentence = SENTENCES[reason];
      const parts = sentence ? sentence(answer, diff) : [String(reason).replace(/_/g, " ") + "."];
      return { reason, parts: parts.filter((p) => p !== "") };
    });
  }

  /** A list element of the answer's reasons, built from text nodes only; null when there are none. */
  function render(answer, doc) {
    const items = explain(answer);
    if (!items.length) return null;
    const list = doc.createElement("ul");
    list.className = "reasons";
    list.setAttribute("data-testid", "reasons");
    for (const item of items) {
      const li = doc.createElement("li");
      li.setAttribute("data-reason", item.reason);
      for (const part of item.parts) {
        if (typeof part === "string") {
          li.append(doc.createTextNode(part));
        } else {
          const em = doc.createElement("em");
          em.textContent = part.em;
          li.append(em);
        }
      }
      list.append(li);
    }
    return list;
  }

  root.quotecheckReasons = { explain, render };
})(typeof globalThis !== "undefined" ? globalThis : this);
