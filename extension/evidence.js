"use strict";
/*
 * quotecheck page code for the weight of the evidence, injected before content.js.
 *
 * A disputed answer names no single speaker: the card lists each candidate the sources credit, with
 * support, outlets, the first date and links, earliest first, and says in words why it is disputed.
 * Text is set with textContent only (through the card's own `h`).
 */
(function () {
  if (globalThis.quotecheckEvidence) return;


  const CSS = `
    .disputed-head { margin: 10px 0 4px; font-weight: 600; color: #7d4e00; }
    .reasons { margin: 4px 0 8px; padding-left: 18px; color: #7d4e00; font-size: 13px; }
    .candidates { margin: 6px 0; padding: 0; list-style: none; display: grid; gap: 6px; }
    .candidate { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 8px; }
    .candidate .name { font-weight: 600; }
    .candidate .support { float: right; font-variant-numeric: tabular-nums; color: #57606a; }
    .candidate .meta { color: #57606a; font-size: 12px; }
    .candidate ul { margin: 2px 0 0; padding-left: 16px; font-size: 12px; }
  `;

  function percent(value) {
    return `${Math.round((Number(value) || 0) * 100)}%`;
  }

  /** Each candidate speaker of the best match's words, earliest first. */
  function candidates(answer, h, link) {
    const top = (answer.matches || [])[0];
    const speakers = ((top && top.evidence && top.evidence.speakers) || []).slice()
      .sort((a, b) => (a.earliest || "9999").localeCompare(b.earliest || "9999") || (b.support - a.support));
    if (!speakers.length) return null;
    return h("ol", { class: "candidates" }, speakers.map((c) => h("li", { class: "candidate" },
      h("span", { class: "support" }, `support ${percent(c.support)}`),
      h("span", { class: "name" }, c.speaker ? c.speaker.name : "Nobody named"),
      h("div", { class: "meta" }, `${c.outlets} outlet${c.outlets === 1 ? "" : "s"}`,
        c.earliest ? ` · since ${c.earliest}` : ""),
      (c.appearances || []).length ? h("ul", null, c.appearances.slice(0, 3).map((s) => h("li", null,
        link(s.url, s.outlet || s.title || s.url || "source"), s.published ? ` · ${s.published}` : ""))) : null)));
  }

  /** The body of a card whose verdict is disputed. */
  function disputedBody(answer, h, link) {
    const claimed = answer.claimed_speaker ? ` Claimed: ${answer.claimed_speaker}.` : "";
    return [h("p", { class: "disputed-head" }, `Who said this is disputed.${claimed}`), candidates(answer, h, link)];
  }

  globalThis.quotecheckEvidence = { CSS, disputedBody };
})();
