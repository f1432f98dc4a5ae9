"use strict";
/*
 * quotecheck page code, injected on demand by the service worker.
 *
 * It draws the result card (inside a shadow root, so the page's styles and ours never mix) and
 * finds and marks the quotations on a page. Every piece of text is set with textContent: a
 * quote from a page or from the service never becomes markup.
 */
(function () {
  if (globalThis.quotecheckPage) return; // already injected into this tab

  const CARD_ID = "quotecheck-card";
  const VERDICTS = {
    verified: { label: "Verified", icon: "✓", color: "#116329", background: "#dafbe1" },
    misquoted: { label: "Misquoted", icon: "✗", color: "#a40e26", background: "#ffebe9" },
    misattributed: { label: "Misattributed", icon: "⇄", color: "#6639ba", background: "#fbefff" },
    disputed: { label: "Disputed", icon: "⚖", color: "#7d4e00", background: "#fff8c5" },
    not_found: { label: "Not found", icon: "?", color: "#424a53", background: "#eaeef2" },
  };
  // A quotation: opening mark, at least a few words, closing mark.
  const QUOTATION = /[“"«„]([^“”"«»„]{12,}?)[”"»“]/g;
  const BLOCKS = "p, blockquote, li, dd, figcaption, td";

  const CARD_CSS = `
    :host { all: initial; }
    .card {
      position: fixed; top: 16px; right: 16px; z-index: 2147483647;
      width: min(380px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
      box-sizing: border-box; padding: 14px 16px 16px;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      color: #1b1f24; background: #fff; border: 1px solid #d0d7de; border-radius: 12px;
      box-shadow: 0 12px 32px rgba(16, 36, 62, .28);
    }
    .top { display: flex; align-items: center; justify-content: space-between; margin-bottom: 10px; }
    .brand { font-weight: 700; color: #10243e; }
    .brand span { color: #bf8700; font-family: Georgia, serif; font-size: 18px; }
    .close {
      font: inherit; font-size: 18px; line-height: 1; border: 0; background: transparent; color: #57606a;
      cursor: pointer; padding: 4px 8px; border-radius: 6px;
    }
    .close:hover { background: #eaeef2; }
    :focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
    .badge {
      display: inline-flex; gap: 6px; align-items: center; font-weight: 800; text-transform: uppercase;
      letter-spacing: .05em; padding: 3px 10px; border-radius: 999px; border: 2px solid currentColor;
    }
    .who { margin: 10px 0 4px; font-weight: 600; }
    .who small { display: block; font-weight: 400; color: #57606a; font-size: 13px; }
    .claimed { color: #a40e26; font-size: 13px; margin: 2px 0 0; }
    blockquote {
      margin: 8px 0; padding: 6px 10px; border-left: 3px solid #d0d7de; background: #f6f8fa;
      font-family: Georgia, serif; font-size: 15px;
    }
    del { background: #ffd7d5; color: #82071e; text-decoration: line-through 2px; padding: 0 2px; border-radius: 3px; }
    ins { background: #ccf2d6; color: #0a4a1f; text-decoration: underline 2px; padding: 0 2px; border-radius: 3px; }
    del.omission { background: none; color: #57606a; text-decoration: line-through 1px dotted; }
    .source { color: #57606a; font-size: 13px; margin: 6px 0 0; }
    a { color: #0b57d0; }
    .full { display: inline-block; margin-top: 12px; font-weight: 600; }
    .message { margin: 4px 0 0; }
    .error { color: #a40e26; }
    .counts { margin: 6px 0 0; padding: 0; list-style: none; }
    .card[data-state="summary"] { width: min(300px, calc(100vw - 32px)); padding: 10px 14px 12px; }
    .card.at-bottom { top: auto; bottom: 16px; }
    .card.at-left { right: auto; left: 16px; }
    .muted { color: #57606a; }
  `;

  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false || child === "") continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(url, location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function externalLink(url, text, className) {
    const href = safeUrl(url);
    return href ? h("a", { href, target: "_blank", rel: "noopener noreferrer", class: className }, text) : h("span", null, text);
  }

  /** Styles that only the shadow root sees; constructed, so a strict page CSP does not block them. */
  function applyStyles(root, css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch (_) {
      root.append(h("style", null, css));
    }
  }

  function badge(verdict) {
    const v = VERDICTS[verdict] || VERDICTS.not_found;
    const node = h("span", { class: "badge", "data-verdict": verdict }, h("span", { "aria-hidden": "true" }, v.icon), v.label);
    node.style.color = v.color;
    node.style.background = v.background;
    return node;
  }

  /** The changed words of the best match, as the web page shows them, in brief. */
  function diffQuote(match) {
    const quote = h("blockquote", null);
    const diff = match.diff || [];
    if (!diff.length) {
      quote.append(match.quote && match.quote.text ? match.quote.text : "");
      return quote;
    }
    for (const op of diff) {
      const original = (op.original || "").trim();
      const submitted = (op.submitted || "").trim();
      const space = " ";
      if (op.op === "equal") quote.append(op.original || "");
      else if (op.op === "replace") quote.append(h("del", null, original), " ", h("ins", null, submitted), space);
      else if (op.op === "insert") quote.append(h("ins", null, submitted), space);
      else if (op.op === "delete") {
        const omitted = submitted === "…" || submitted === "...";
        quote.append(h("del", omitted ? { class: "omission" } : null, original), space);
      }
    }
    return quote;
  }

  function answerBody(card) {
    const answer = card.answer || {};
    const matches = answer.matches || [];
    const top = matches[0];
    const parts = [badge(answer.verdict)];
    const reasons = globalThis.quotecheckReasons ? globalThis.quotecheckReasons.render(answer, document) : null;
    if (reasons) parts.push(reasons);
    const evidence = globalThis.quotecheckEvidence;
    if (top && answer.verdict === "disputed" && evidence) {
      // No single speaker to name: every candidate, with its outlets, dates and links.
      parts.push(...evidence.disputedBody(answer, h, (url, text) => externalLink(url, text)), diffQuote(top));
    } else if (top && answer.verdict !== "not_found") {
      const quote = top.quote || {};
      const speaker = quote.speaker || {};
      parts.push(h("p", { class: "who" }, `Said by ${speaker.name || "an unknown speaker"}`,
        speaker.title ? h("small", null, speaker.title) : null));
      if (answer.verdict === "misattributed" && answer.claimed_speaker) {
        parts.push(h("p", { class: "claimed" }, `Not by ${answer.claimed_speaker}, as claimed.`));
      }
      parts.push(diffQuote(top));
      const source = (quote.sources || [])[0];
      if (source) {
        const when = source.published || quote.date;
        parts.push(h("p", { class: "source" },
          externalLink(source.url, source.title || source.url || source.outlet || "Source"),
          source.outlet ? ` · ${source.outlet}` : "", when ? ` · ${when}` : ""));
      }
    } else {
      parts.push(h("p", { class: "message" }, "Nothing close enough in the quotecheck index."));
    }
    if (card.permalink) parts.push(externalLink(card.permalink, "Full answer on quotecheck →", "full"));
    else if (card.shareText) parts.push(shareLink(card.shareText));
    return parts;
  }

  /** A "Full answer" link whose address the service worker makes (a stored check) when the card opens. */
  function shareLink(text) {
    const slot = h("span", { class: "full muted" }, "Making a link to the full answer…");
    try {
      chrome.runtime.sendMessage({ type: "quotecheck-share", text }, (reply) => {
        if (reply && reply.url) slot.replaceWith(externalLink(reply.url, "Full answer on quotecheck →", "full"));
        else slot.textContent = `No link to the full answer: ${(reply && reply.error) || "the service did not answer"}`;
      });
    } catch (_) {
      slot.textContent = "No link to the full answer.";
    }
    return slot;
  }

  function cardBody(card) {
    switch (card.state) {
      case "loading":
        return [h("p", { class: "message muted" }, "Checking…"), card.text ? h("blockquote", null, card.text) : null];
      case "error":
        return [h("p", { class: "message error", role: "alert" }, card.message || "The check failed.")];
      case "info":
        return [h("p", { class: "message" }, card.message || "")];
      case "summary": {
        const items = Object.entries(card.counts || {}).map(([verdict, n]) => h("li", null, badge(verdict), ` × ${n}`));
        return [h("p", { class: "message" }, `Checked ${card.total} passage${card.total === 1 ? "" : "s"} with quotations; each is marked where it stands.`),
          h("ul", { class: "counts" }, items)];
      }
      default:
        return answerBody(card);
    }
  }

  function dismissCard() {
    const host = document.getElementById(CARD_ID);
    if (host) host.remove();
  }

  /** Show the card, replacing any earlier one; it stays until the reader dismisses it. */
  function showCard(card) {
    let host = document.getElementById(CARD_ID);
    if (!host) {
      host = h("div", { id: CARD_ID, "data-quotecheck-card": "" });
      // Open, so assistive technology and automated tests can reach inside.
      const root = host.attachShadow({ mode: "open" });
      applyStyles(root, CARD_CSS + ((globalThis.quotecheckEvidence || {}).CSS || ""));
      document.documentElement.append(host);
    }
    const root = host.shadowRoot;
    const close = h("button", { type: "button", class: "close", "aria-label": "Dismiss quotecheck result", title: "Dismiss" }, "×");
    close.addEventListener("click", dismissCard);
    const panel = h("section", { class: "card", role: "region", "aria-label": "quotecheck result", "data-state": card.state },
      h("div", { class: "top" }, h("span", { class: "brand" }, h("span", { "aria-hidden": "true" }, "“"), "quotecheck"), close),
      cardBody(card));
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") dismissCard();
    });
    for (const old of root.querySelectorAll(".card")) old.remove();
    root.append(panel);
    if (card.state === "summary") keepClearOfFirstQuote(panel);
    if (card.state !== "loading") close.focus({ preventScroll: true });
    return true;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /** Put the page-wide summary in a corner where it does not hide the first marked quotation. */
  function keepClearOfFirstQuote(panel) {
    const first = document.querySelector("[data-quotecheck-id]");
    if (!first) return;
    const quote = first.getBoundingClientRect();
    for (const place of [["at-bottom"], ["at-bottom", "at-left"], [], ["at-left"]]) {
      panel.classList.remove("at-bottom", "at-left");
      panel.classList.add(...place);
      if (!overlaps(panel.getBoundingClientRect(), quote)) return;
    }
    // No corner is free (a narrow screen): the page moves so the quotation shows below the card.
    panel.classList.remove("at-bottom", "at-left");
    window.scrollBy(0, quote.top - panel.getBoundingClientRect().bottom - 12);
  }

  // ---------------------------------------------------------------- whole-page checks

  /** Blocks of text holding a quotation (innermost only), numbered so marks can find them again. */
  function collectQuotes() {
    const found = [];
    let counter = 0;
    for (const block of document.querySelectorAll(BLOCKS)) {
      if (block.closest("[data-quotecheck-card]") || block.querySelector(BLOCKS)) continue;
      const text = (block.innerText || block.textContent || "").replace(/\s+/g, " ").trim();
      QUOTATION.lastIndex = 0;
      const isQuote = block.tagName === "BLOCKQUOTE" || QUOTATION.test(text);
      if (!text || !isQuote) continue;
      const id = `q${++counter}`;
      block.setAttribute("data-quotecheck-id", id);
      found.push({ id, text: text.slice(0, 5000) });
    }
    return found;
  }

  function unmark(block) {
    for (const old of block.querySelectorAll("[data-quotecheck-badge]")) old.remove();
    for (const mark of block.querySelectorAll("[data-quotecheck-mark]")) mark.replaceWith(...mark.childNodes);
    block.normalize();
  }

  /** Underline each quotation found inside a single text node in the verdict's colour. */
  function underlineQuotations(block, verdict) {
    const colour = (VERDICTS[verdict] || VERDICTS.not_found).color;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    let marked = 0;
    for (const node of nodes) {
      QUOTATION.lastIndex = 0;
      const hits = [...node.data.matchAll(QUOTATION)];
      for (const hit of hits.reverse()) {
        const range = document.createRange();
        range.setStart(node, hit.index);
        range.setEnd(node, hit.index + hit[0].length);
        const mark = h("span", { "data-quotecheck-mark": verdict });
        mark.style.textDecoration = `underline 3px solid ${colour}`;
        mark.style.textUnderlineOffset = "3px";
        mark.style.textDecorationSkipInk = "none";
        range.surroundContents(mark);
        marked += 1;
      }
    }
    return marked;
  }

  function verdictChip(item) {
    const answer = item.answer || { verdict: "not_found", matches: [] };
    const v = VERDICTS[answer.verdict] || VERDICTS.not_found;
    const top = (answer.matches || [])[0];
    const named = top && top.quote && top.quote.speaker && !["not_found", "disputed"].includes(answer.verdict);
    const who = named ? ` · ${top.quote.speaker.name}` : "";
    const host = h("span", { "data-quotecheck-badge": answer.verdict });
    const root = host.attachShadow({ mode: "open" });
    applyStyles(root, `
      button { all: initial; cursor: pointer; margin-left: 6px; padding: 1px 8px; border-radius: 999px;
        font: 600 12px/1.6 system-ui, sans-serif; border: 1.5px solid currentColor; white-space: nowrap; }
      button:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }`);
    const chip = h("button", { type: "button", title: "quotecheck: show the answer" }, `${v.icon} ${v.label}${who}`);
    chip.style.color = v.color;
    chip.style.background = v.background;
    chip.addEventListener("click", () => showCard({ state: "done", answer, permalink: item.permalink, shareText: item.shareText }));
    root.append(chip);
    return host;
  }

  /** Mark each checked block: its quotations underlined, a verdict chip at its end. */
  function markQuotes(items) {
    let marked = 0;
    for (const item of items) {
      const block = document.querySelector(`[data-quotecheck-id="${CSS.escape(item.id)}"]`);
      if (!block) continue;
      unmark(block);
      underlineQuotations(block, (item.answer && item.answer.verdict) || "not_found");
      block.append(verdictChip(item));
      marked += 1;
    }
    return marked;
  }

  globalThis.quotecheckPage = { showCard, dismissCard, collectQuotes, markQuotes };
})();
