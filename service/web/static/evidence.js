"use strict";
/*
 * quotecheck: the weight of the evidence, for the fact-checker page (checker.js calls it).
 *
 * Builds the "Who is credited" block of a verify answer (each candidate speaker with outlets, dates and
 * links, earliest first), the note on a misquote that circulates, and the
 * per-source credit line of a quote page. Nodes only, never innerHTML: text from the service stays text.
 */
(function () {
  const METHODS = {
    named: "named beside the quote",
    surname: "surname beside the quote",
    continued: "continues the quote before",
    pronoun_paragraph: "pronoun, person named in the paragraph",
    pronoun_previous: "pronoun, person named a paragraph before",
    pronoun_alone: "pronoun, person named paragraphs before, nobody since",
    pronoun_subject: "pronoun, the one the story is about, quoted just before",
    pronoun_run: "pronoun, person named paragraphs before, others since, quoted just before",
    pronoun_far: "pronoun, person named paragraphs before, others since",
    pronoun_described: "pronoun going back to a description, no name",
    description_previous: "a description (“the senator”) read as the person named a paragraph before",
    description_resolved: "a description (“the senator”) read as a person named elsewhere",
    description: "a description (“a spokesman”) kept as written",
    guess: "a guess: no clause credits it",
    extracted: "extracted",
    dataset: "the dataset's probability",
    record: "a record naming its speaker",
  };

  function percent(value) {
    return `${Math.round((Number(value) || 0) * 100)}%`;
  }

  /**
   * The candidates of a body of evidence, earliest first, each with support, outlets, date and sources.
   * `ui` carries the page's helpers: h, dateNode, link, speakerUrl.
   */
  function candidatesBlock(answer, ui) {
    const matches = answer.matches || [];
    const evidence = matches[0] && matches[0].evidence;
    if (!evidence || !(evidence.speakers || []).length) return null;
    const { h, dateNode, link } = ui;
    const candidates = evidence.speakers.slice().sort((a, b) =>
      (a.earliest || "9999").localeCompare(b.earliest || "9999") || (b.support - a.support));
    const items = candidates.map((c) => {
      const name = c.speaker ? c.speaker.name : "Nobody named";
      const nameNode = c.speaker && c.speaker.id != null
        ? h("a", { href: ui.speakerUrl(c.speaker.id), class: "speaker-name" }, name)
        : h("span", { class: "speaker-name" }, name);
      const sources = c.appearances || [];
      return h("li", { class: "candidate", "data-testid": "candidate" },
        h("div", { class: "candidate-head" }, nameNode,
          h("span", { class: "support", "data-testid": "support", title: "Independent sources combined" },
            `support ${percent(c.support)}`)),
        h("div", { class: "source-meta" },
          `${c.sources} source${c.sources === 1 ? "" : "s"}, ${c.outlets} outlet${c.outlets === 1 ? "" : "s"}`,
          c.earliest ? " · first " : null, c.earliest ? dateNode(c.earliest) : null),
        sources.length ? h("ul", { class: "candidate-sources" }, sources.map((s) => h("li", null,
          s.url ? link(s.url, s.outlet || s.title || s.url, { rel: "noopener noreferrer", target: "_blank" })
            : h("cite", null, s.outlet || s.title || "a source"),
          " · ", dateNode(s.published)))) : null);
    });
    const earliest = evidence.earliest;
    const first = [];
    if (earliest && earliest.published) {
      first.push("; first published ", dateNode(earliest.published));
      if (earliest.url) {
        first.push(" by ", link(earliest.url, earliest.outlet || earliest.title || earliest.url,
          { rel: "noopener noreferrer", target: "_blank" }));
      } else if (earliest.outlet) {
        first.push(` by ${earliest.outlet}`);
      }
    }
    return h("section", { class: "evidence", "data-testid": "evidence" },
      h("h3", null, "Who is credited"),
      h("p", { class: "source-meta", "data-testid": "earliest" },
        `${evidence.sources} source${evidence.sources === 1 ? "" : "s"} from ${evidence.outlets} outlet${evidence.outlets === 1 ? "" : "s"} ${evidence.sources === 1 ? "carries" : "carry"} these words`,
        ...first, "."),
      h("ol", { class: "candidates", "data-testid": "candidates" }, items));
  }

  function circulatingNote(answer, ui) {
    const c = answer.circulating;
    if (!c) return null;
    const { h, dateNode, link } = ui;
    const first = c.earliest || {};
    const seen = first.url ? [" (first seen at ", link(first.url, first.outlet || first.url,
      { rel: "noopener noreferrer", target: "_blank" }), ")"] : [];
    return h("p", { class: "circulating", "data-testid": "circulating" },
      "This misquote has circulated since ", c.since ? dateNode(c.since) : "an unknown date", ...seen,
      `, in ${c.sources} source${c.sources === 1 ? "" : "s"}.`);
  }

  /** "credits Jens Stoltenberg · 92% (named beside the quote)" for one source of a quote. */
  function creditLine(source, ui) {
    if (!source.speaker && source.confidence == null) return null;
    const who = source.speaker ? source.speaker.name : "nobody named";
    const how = METHODS[source.method] ? ` (${METHODS[source.method]})` : "";
    const sure = source.confidence != null ? ` · ${percent(source.confidence)} sure${how}` : "";
    return ui.h("div", { class: "credit", "data-testid": "credit" }, `credits ${who}${sure}`);
  }

  /** A dataset's other candidate speakers for a stored quote, with their probabilities. */
  function alternativesBlock(quote, ui) {
    const others = quote.alternatives || [];
    if (!others.length) return null;
    return [ui.h("h3", null, "Other candidates the dataset gave"),
      ui.h("ul", { class: "quote-list", "data-testid": "alternatives" }, others.map((a) =>
        ui.h("li", null, a.name || "Nobody named", ` · ${percent(a.probability)} probability`)))];
  }

  window.QuotecheckEvidence = { candidatesBlock, circulatingNote, creditLine, alternativesBlock };
})();
