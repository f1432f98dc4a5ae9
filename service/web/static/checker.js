"use strict";
/*
 * quotecheck fact-checker page.
 *
 * Views (all on one page, chosen by the query string so every view has a shareable address):
 *   /c/ID                                   a stored check: the answer as it was, and a re-check
 *   /?q=TEXT&speaker=NAME&date=YYYY-MM-DD   run a check on load (older links; new ones are /c/ID)
 *   /search?q=WORDS&speaker=NAME&page=N     search the quotes (search.js)
 *   /?view=speakers&page=N                  every speaker with a quote count, a page at a time
 *   /?speaker_id=ID                         one speaker: title, other spellings, quotes
 *   /?quote_id=ID                           one quote: context and every source it appears in
 *
 * Every node is built with createElement/textContent: text from the service or the reader never
 * reaches innerHTML, so a quote cannot inject markup.
 */
(function () {
  const API = document.body.dataset.api || "/v1";
  const HOME = document.body.dataset.home || "/";
  const ROOT = HOME.replace(/\/$/, "");
  const SPEAKERS_PER_PAGE = 50;
  // Views kept in their own files (search.js, stored-check.js) register here before this file runs.
  const VIEWS = window.quotecheckViews || {};

  const VERDICTS = {
    verified: { label: "Verified", icon: "✓" },
    misquoted: { label: "Misquoted", icon: "✗" },
    misattributed: { label: "Misattributed", icon: "⇄" },
    disputed: { label: "Disputed", icon: "⚖" },
    not_found: { label: "Not found", icon: "?" },
  };
  const ELLIPSES = new Set(["…", "..."]);
  const EVIDENCE = window.QuotecheckEvidence;

  const form = document.getElementById("check-form");
  const textInput = document.getElementById("quote-text");
  const speakerInput = document.getElementById("speaker");
  const dateInput = document.getElementById("date");
  const button = document.getElementById("check-button");
  const statusBox = document.getElementById("status");
  const resultBox = document.getElementById("result");
  const checkView = document.getElementById("check-view");
  const browseView = document.getElementById("browse-view");

  // ---------------------------------------------------------------- building blocks

  /** Build an element; props set attributes (or text/class), children are nodes or plain text. */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false || child === "") continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Only web addresses become links: a source URL of "javascript:..." must stay inert text. */
  function safeUrl(url) {
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function link(url, text, props) {
    const href = safeUrl(url);
    return href ? h("a", Object.assign({ href }, props || {}), text) : h("span", null, text);
  }

  /** "2022-01-28" -> "28 January 2022", in a <time> that keeps the ISO date for machines. */
  function dateNode(iso) {
    if (!iso) return h("span", { class: "unknown" }, "date unknown");
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m) return h("time", null, iso);
    const when = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const text = when.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
    return h("time", { datetime: m[0] }, text);
  }

  function wordCount(text) {
    return (text || "").split(/\s+/).filter(Boolean).length;
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  function pageUrl(params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    const text = query.toString();
    return text ? `${HOME}?${text}` : HOME;
  }

  function speakerUrl(id) { return pageUrl({ speaker_id: id }); }
  /** The helpers evidence.js builds its nodes with. */
  function ui() { return { h, dateNode, link, speakerUrl }; }
  function quoteUrl(id) { return pageUrl({ quote_id: id }); }

  function setStatus(message, isError) {
    statusBox.textContent = message || "";
    statusBox.classList.toggle("error", Boolean(isError));
  }

  /** Flatten a problem's `errors` (field -> messages, possibly nested) into one sentence. */
  function describeErrors(errors, prefix) {
    if (!errors || typeof errors !== "object") return [];
    const out = [];
    for (const [field, value] of Object.entries(errors)) {
      const name = prefix && !["json", "query", "_schema"].includes(prefix) ? `${prefix}.${field}` : field;
      if (Array.isArray(value)) out.push(`${name}: ${value.join(" ")}`);
      else if (typeof value === "string") out.push(`${name}: ${value}`);
      else out.push(...describeErrors(value, name));
    }
    return out;
  }

  /** Call the JSON API; a problem+json answer becomes an Error carrying its title and detail. */
  async function api(method, path, payload) {
    const init = { method, headers: { Accept: "application/json, application/problem+json" } };
    if (payload !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(payload);
    }
    let response;
    try {
      response = await fetch(API + path, init);
    } catch (_) {
      throw new Error("The quotecheck service could not be reached. Check your connection and try again.");
    }
    let data = null;
    try { data = await response.json(); } catch (_) { /* an empty or non-JSON body */ }
    if (!response.ok) {
      const problem = data || {};
      const details = describeErrors(problem.errors).join("; ");
      const message = [problem.title || `The service answered ${response.status}`, problem.detail, details]
        .filter(Boolean).join(" — ");
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function listOf(data) {
    if (Array.isArray(data)) return data;
    return (data && Array.isArray(data.items)) ? data.items : [];
  }

  // ---------------------------------------------------------------- the diff

  function isOmission(op) {
    return op.op === "delete" && ELLIPSES.has((op.submitted || "").trim());
  }

  function changeCounts(diff) {
    const counts = { replaced: 0, added: 0, removed: 0, omitted: 0 };
    for (const op of diff || []) {
      if (op.op === "replace") counts.replaced += Math.max(wordCount(op.original), 1);
      else if (op.op === "insert") counts.added += wordCount(op.submitted);
      else if (isOmission(op)) counts.omitted += wordCount(op.original);
      else if (op.op === "delete") counts.removed += wordCount(op.original);
    }
    return counts;
  }

  function describeChanges(diff) {
    const c = changeCounts(diff);
    const parts = [];
    if (c.replaced) parts.push(`${plural(c.replaced, "word")} replaced`);
    if (c.added) parts.push(`${plural(c.added, "word")} added`);
    if (c.removed) parts.push(`${plural(c.removed, "word")} removed`);
    return parts.join(", ");
  }

  /**
   * Writes the pieces of a diff one after another, putting back the space between two words
   * when neither piece carries it (an inserted phrase has no trailing whitespace of its own).
   */
  class DiffWriter {
    constructor(container) {
      this.container = container;
      this.last = "";
    }

    put(node, text) {
      if (!text) return;
      if (this.last && !/\s$/.test(this.last) && !/[(\[“‘"]$/.test(this.last) && !/^[\s,.;:!?)\]”’"]/.test(text)) {
        this.container.append(" ");
      }
      this.container.append(node);
      this.last = text;
    }

    text(text, className) {
      this.put(className ? h("span", { class: className }, text) : document.createTextNode(text), text);
    }

    /** A changed piece, then the whitespace that followed it in the original. */
    changed(node, text, original) {
      this.put(node, text);
      const trailing = /\s*$/.exec(original || "")[0];
      if (trailing) this.text(trailing);
    }
  }

  /** The whole stored quote, with the submitted span's changes marked word by word. */
  function renderQuoteDiff(quote, match) {
    const box = h("blockquote", { class: "quote-text", "data-testid": "quote-diff" });
    const text = quote.text || "";
    const diff = match.diff || [];
    if (!diff.length) {
      box.append(text);
      return box;
    }
    const span = match.span || { start: 0, end: text.length };
    const writer = new DiffWriter(box);
    writer.text(text.slice(0, span.start), "outside");
    for (const op of diff) {
      const original = (op.original || "").trim();
      const submitted = (op.submitted || "").trim();
      if (op.op === "equal") {
        writer.text(op.original || "");
      } else if (op.op === "replace") {
        const mark = h("mark", { title: `“${submitted}” in place of “${original}”` },
          h("del", null, original), h("span", { class: "arrow", "aria-hidden": "true" }, "→"), h("ins", null, submitted));
        writer.changed(mark, `${original} ${submitted}`, op.original);
      } else if (isOmission(op)) {
        const del = h("del", { class: "omission", title: "Left out; the submission marks it with an ellipsis" }, original);
        writer.changed(del, original, op.original);
      } else if (op.op === "delete") {
        writer.changed(h("del", { title: "Removed in the submission" }, original), original, op.original);
      } else if (op.op === "insert") {
        writer.changed(h("ins", { title: "Added in the submission" }, submitted), submitted, "");
      }
    }
    writer.text(text.slice(span.end), "outside");
    return box;
  }

  /** The key to the marks; shown whenever the submission differs from the quote at all. */
  function legend(diff) {
    const c = changeCounts(diff);
    if (!c.removed && !c.added && !c.replaced && !c.omitted) return null;
    const items = [
      h("li", null, h("del", null, "struck"), " said, but missing from the submission"),
      h("li", null, h("ins", null, "underlined"), " added in the submission"),
      h("li", null, h("mark", null, h("del", null, "said"), h("span", { class: "arrow", "aria-hidden": "true" }, "→"), h("ins", null, "submitted")), " word replaced"),
    ];
    if (c.omitted) items.push(h("li", null, h("del", { class: "omission" }, "dotted"), " left out, marked by “…”"));
    return h("ul", { class: "legend", "aria-label": "Key to the marks" }, h("li", { class: "legend-title" }, "Key:"), items);
  }

  // ---------------------------------------------------------------- the answer

  function speakerName(quote) {
    return (quote && quote.speaker && quote.speaker.name) || "an unknown speaker";
  }

  function summary(answer, top) {
    const quote = top && top.quote;
    const who = speakerName(quote);
    switch (answer.verdict) {
      case "verified":
        return answer.wording === "exact"
          ? `These are the exact words of ${who}.`
          : `A word-for-word excerpt of what ${who} said.`;
      case "misquoted": {
        const changes = describeChanges(top && top.diff);
        return `${who} said something close, but not this${changes ? `: ${changes}` : ""}.`;
      }
      case "misattributed": {
        const claimed = answer.claimed_speaker ? `, not ${answer.claimed_speaker}` : "";
        const altered = answer.wording === "altered" ? " The wording was changed as well." : "";
        return `${who} said this${claimed}.${altered}`;
      }
      case "disputed": {
        const evidence = (top && top.evidence) || {};
        const names = (evidence.speakers || []).filter((c) => c.speaker).map((c) => c.speaker.name);
        if (names.length > 1) return `Disputed: sources credit these words to ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}.`;
        if (names.length === 1) return `Disputed: only weak evidence credits these words to ${names[0]}.`;
        return "Disputed: no source names who said these words.";
      }
      case "not_found":
        return "Nothing in the index is close enough to this text.";
      default:
        return "";
    }
  }

  function badge(verdict) {
    const v = VERDICTS[verdict] || { label: String(verdict), icon: "•" };
    return h("span", { class: `badge badge-${verdict}`, "data-testid": "verdict", "data-verdict": verdict },
      h("span", { class: "icon", "aria-hidden": "true" }, v.icon), v.label);
  }

  function facts(answer, top) {
    const items = [];
    if (answer.wording) {
      const label = { exact: "Exact words", excerpt: "Verbatim excerpt", altered: "Wording altered" }[answer.wording] || `Wording: ${answer.wording}`;
      items.push(h("li", { class: answer.wording === "altered" ? "fact-bad" : "fact-ok" }, label));
    }
    if (answer.attribution && answer.attribution !== "not_claimed") {
      const claimed = answer.claimed_speaker ? ` (${answer.claimed_speaker})` : "";
      const from = answer.claim_from === "text" ? ", read from the text" : "";
      const tone = { contradicted: "fact-bad", disputed: "fact-warn" }[answer.attribution] || "fact-ok";
      items.push(h("li", { class: tone },
        `Attribution ${answer.attribution}${claimed}${from}`));
    }
    if (answer.date_check) {
      const realDate = answer.real_date || (top && top.quote && top.quote.date);
      const text = {
        consistent: ["Date consistent with the source"],
        inconsistent: ["Date inconsistent: said ", realDate ? dateNode(realDate) : "on another date"],
        unknown: ["Date could not be checked"],
      }[answer.date_check] || [`Date: ${answer.date_check}`];
      const tone = { inconsistent: "fact-bad", consistent: "fact-ok" }[answer.date_check];
      items.push(h("li", { class: tone, "data-testid": "date-check" }, text));
    }
    if (top && typeof top.score === "number") items.push(h("li", null, `Match score ${Math.round(top.score)}/100`));
    return items.length ? h("ul", { class: "facts" }, items) : null;
  }

  function sourceList(sources) {
    if (!sources || !sources.length) return h("span", { class: "unknown" }, "no source recorded");
    return h("ul", { class: "sources", "data-testid": "sources" }, sources.map((s) => {
      const title = s.title || s.url || s.outlet || "Untitled source";
      const meta = [s.outlet, s.author ? `by ${s.author}` : null].filter(Boolean).join(", ");
      return h("li", null,
        s.url ? link(s.url, title, { rel: "noopener noreferrer", target: "_blank" }) : h("cite", null, title),
        h("div", { class: "source-meta" }, meta ? `${meta} · ` : "", dateNode(s.published)),
        EVIDENCE ? EVIDENCE.creditLine(s, ui()) : null);
    }));
  }

  function speakerBlock(speaker) {
    if (!speaker) return h("span", { class: "unknown" }, "unknown");
    const name = speaker.id !== undefined && speaker.id !== null
      ? h("a", { href: speakerUrl(speaker.id), class: "speaker-name", "data-testid": "speaker" }, speaker.name)
      : h("span", { class: "speaker-name", "data-testid": "speaker" }, speaker.name);
    return h("div", null, name, speaker.title ? h("div", { class: "speaker-title", "data-testid": "speaker-title" }, speaker.title) : null);
  }

  function matchDetails(match, verdict) {
    const quote = match.quote || {};
    // A disputed answer names no speaker as the one who said it: this source only credits one.
    const whoLabel = verdict === "disputed" ? "Credited here to" : "Said by";
    const diff = match.diff || [];
    const parts = [
      h("h3", null, "What was said"),
      renderQuoteDiff(quote, match),
      legend(diff),
      h("dl", { class: "meta" },
        h("div", null, h("dt", null, whoLabel), h("dd", null, speakerBlock(quote.speaker))),
        h("div", null, h("dt", null, "Date"), h("dd", { "data-testid": "quote-date" }, dateNode(quote.date))),
        h("div", null, h("dt", null, (quote.sources || []).length > 1 ? "Sources" : "Source"), h("dd", null, sourceList(quote.sources)))),
    ];
    if (quote.context) {
      parts.push(h("details", { class: "context" }, h("summary", null, "Context in the source"), h("p", null, quote.context)));
    }
    if (quote.id !== undefined && quote.id !== null) {
      parts.push(h("p", null, h("a", { href: quoteUrl(quote.id) }, "All about this quote")));
    }
    return parts;
  }

  function otherMatches(matches) {
    if (!matches.length) return null;
    return [
      h("h3", null, "Other close matches"),
      h("ul", { class: "other-matches", "data-testid": "other-matches" }, matches.map((m) => {
        const quote = m.quote || {};
        const text = quote.text || "";
        const shown = text.length > 220 ? `${text.slice(0, 217)}…` : text;
        return h("li", null,
          h("q", null, shown), " ",
          h("div", null,
            quote.speaker && quote.speaker.id != null ? h("a", { href: speakerUrl(quote.speaker.id) }, speakerName(quote)) : speakerName(quote),
            quote.date ? [" · ", dateNode(quote.date)] : null,
            typeof m.score === "number" ? h("span", { class: "score" }, ` · score ${Math.round(m.score)}`) : null,
            quote.id != null ? [" · ", h("a", { href: quoteUrl(quote.id) }, "view")] : null));
      })),
    ];
  }

  /** The verify request of a check as the API takes it. */
  function verifyPayload(request) {
    const payload = { text: request.text, limit: 5 };
    if (request.speaker) payload.speaker = request.speaker;
    if (request.date) payload.date = request.date;
    return payload;
  }

  /**
   * The link to share a check: a stored check (/c/ID, short whatever the text's length). Given
   * `known` (on a stored check's page) it is shown at once; otherwise the check is stored first.
   */
  function permalinkRow(request, known) {
    const row = h("div", { class: "permalink-row" }, h("span", { class: "muted" }, "Making a link to share…"));
    const show = (path) => {
      const href = new URL(path, window.location.href).href;
      const anchor = h("a", { href, "data-testid": "permalink" }, "Link to this check");
      const copy = h("button", { type: "button", class: "button" }, "Copy link");
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(href);
          copy.textContent = "Copied";
        } catch (_) {
          copy.textContent = "Copy failed: use the link";
        }
      });
      row.replaceChildren(anchor, copy);
    };
    if (known) {
      show(known);
      return row;
    }
    const mine = checkCounter;
    api("POST", "/checks", verifyPayload(request)).then((stored) => {
      if (mine !== checkCounter) return; // another check is on screen now
      show(ROOT + stored.url);
      // The address bar holds the short link of the check on screen, never the text itself.
      history.replaceState(null, "", ROOT + stored.url);
    }, (error) => {
      if (mine === checkCounter) row.replaceChildren(h("span", { class: "muted" }, `No link to share: ${error.message}`));
    });
    return row;
  }

  function renderAnswer(answer, request, options) {
    const matches = answer.matches || [];
    const top = matches[0];
    const head = h("div", { class: "result-head" },
      badge(answer.verdict),
      h("h2", { id: "result-heading", "data-testid": "summary" }, summary(answer, top)));
    const reasons = window.quotecheckReasons ? window.quotecheckReasons.render(answer, document) : null;
    const children = [head, reasons, facts(answer, top)];
    if (EVIDENCE && top && answer.verdict !== "not_found") {
      children.push(EVIDENCE.circulatingNote(answer, ui()), EVIDENCE.candidatesBlock(answer, ui()));
    }
    if (top && answer.verdict !== "not_found") {
      children.push(...matchDetails(top, answer.verdict));
      children.push(otherMatches(matches.slice(1)));
    } else if (matches.length) {
      // Nothing is close enough, but what came nearest may still help the reader.
      children.push(otherMatches(matches));
    }
    children.push(permalinkRow(request, options && options.link));
    const note = options && options.note;
    resultBox.replaceChildren(...[note, ...children].flat().filter(Boolean));
    resultBox.dataset.verdict = answer.verdict;
    resultBox.hidden = false;
    document.title = `${(VERDICTS[answer.verdict] || {}).label || "Result"} — quotecheck`;
  }

  // ---------------------------------------------------------------- checking

  let checkCounter = 0;

  function requestFromForm() {
    return {
      text: textInput.value.trim(),
      speaker: speakerInput.value.trim(),
      date: dateInput.value,
    };
  }

  /** On a narrow screen the verdict lands below the form: bring it into view once it is there. */
  function revealResult() {
    const head = resultBox.querySelector(".result-head") || resultBox;
    const box = head.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) resultBox.scrollIntoView({ block: "start" });
  }

  async function runCheck(request, options) {
    const mine = ++checkCounter;
    const payload = verifyPayload(request);
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    setStatus("Checking…");
    try {
      const answer = await api("POST", "/verify", payload);
      if (mine !== checkCounter) return; // a newer check has started; its answer wins
      renderAnswer(answer, request, options);
      setStatus("");
      revealResult();
    } catch (error) {
      if (mine !== checkCounter) return;
      resultBox.hidden = true;
      setStatus(error.message, true);
    } finally {
      if (mine === checkCounter) {
        button.disabled = false;
        form.removeAttribute("aria-busy");
      }
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const request = requestFromForm();
    if (!request.text) {
      setStatus("Paste or type the quote to check.", true);
      textInput.focus();
      return;
    }
    // A new entry for the new check; its short link replaces it once the check is stored.
    history.pushState(null, "", HOME);
    runCheck(request);
  });

  // Enter checks the quote; Shift+Enter keeps the textarea's newline.
  textInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // ---------------------------------------------------------------- browse views

  function showBrowse(nodes) {
    checkView.hidden = true;
    browseView.hidden = false;
    browseView.replaceChildren(...nodes.flat().filter(Boolean));
  }

  function browseError(error) {
    const notFound = error.status === 404;
    showBrowse([
      h("h1", null, notFound ? "Not found" : "Something went wrong"),
      h("p", { class: "status error" }, error.message),
      h("p", null, h("a", { href: HOME }, "Check a quote")),
    ]);
    document.title = "quotecheck";
  }

  function quoteListItem(quote, withSpeaker) {
    return h("li", null,
      h("q", null, quote.text || ""),
      h("span", { class: "source-meta" },
        withSpeaker && quote.speaker ? [h("a", { href: speakerUrl(quote.speaker.id) }, quote.speaker.name), " · "] : null,
        dateNode(quote.date), quote.kind ? ` · ${quote.kind}` : "", " · ",
        h("a", { href: quoteUrl(quote.id) }, "sources and context")));
  }

  /** Previous / next links and "page N of M" for a list of `total` items shown `size` at a time. */
  function pager(total, page, size, urlOf) {
    const pages = Math.max(1, Math.ceil(total / size));
    if (pages <= 1) return null;
    return h("nav", { class: "pager", "aria-label": "Pages", "data-testid": "pager" },
      page > 1 ? h("a", { href: urlOf(page - 1), rel: "prev" }, "← Previous") : h("span", { class: "muted" }, "← Previous"),
      h("span", { class: "pager-where" }, `Page ${page} of ${pages}`),
      page < pages ? h("a", { href: urlOf(page + 1), rel: "next" }, "Next →") : h("span", { class: "muted" }, "Next →"));
  }

  function pageNumber(params) {
    const page = parseInt(params.get("page") || "1", 10);
    return Number.isFinite(page) && page > 0 ? page : 1;
  }

  async function showSpeakers(page) {
    showBrowse([h("h1", null, "Speakers"), h("p", { class: "status" }, "Loading…")]);
    try {
      const data = await api("GET", `/speakers?page_size=${SPEAKERS_PER_PAGE}&page=${page}`);
      const speakers = listOf(data);
      const total = typeof data.total === "number" ? data.total : speakers.length;
      const pages = pager(total, page, SPEAKERS_PER_PAGE, (n) => pageUrl({ view: "speakers", page: n }));
      showBrowse([
        h("h1", null, "Speakers"),
        h("p", { class: "muted", "data-testid": "speaker-total" }, plural(total, "speaker")),
        h("div", { class: "browse-card" },
          speakers.length
            ? h("ul", { class: "quote-list", "data-testid": "speaker-list" }, speakers.map((s) => h("li", null,
              h("a", { href: speakerUrl(s.id), class: "speaker-name" }, s.name),
              s.title ? h("span", { class: "speaker-title" }, ` — ${s.title}`) : null,
              typeof s.quote_count === "number" ? h("span", { class: "source-meta" }, plural(s.quote_count, "quote")) : null)))
            : h("p", null, "No speakers yet.")),
        pages,
      ]);
      document.title = page > 1 ? `Speakers, page ${page} — quotecheck` : "Speakers — quotecheck";
    } catch (error) {
      browseError(error);
    }
  }

  async function showSpeaker(id) {
    showBrowse([h("p", { class: "status" }, "Loading…")]);
    try {
      const speaker = await api("GET", `/speakers/${encodeURIComponent(id)}`);
      let quotes = listOf(speaker.quotes);
      if (!speaker.quotes) quotes = listOf(await api("GET", `/quotes?speaker=${encodeURIComponent(speaker.name)}&page_size=100`));
      const aliases = (speaker.aliases || []).filter((a) => a && a !== speaker.name);
      showBrowse([
        h("h1", { "data-testid": "speaker-heading" }, speaker.name),
        speaker.title ? h("p", { class: "speaker-title" }, speaker.title) : null,
        aliases.length ? h("p", { class: "aliases" }, `Also written as: ${aliases.join(", ")}`) : null,
        h("div", { class: "browse-card" },
          h("h2", null, `Quotes (${quotes.length})`),
          quotes.length ? h("ul", { class: "quote-list", "data-testid": "speaker-quotes" }, quotes.map((q) => quoteListItem(q, false)))
            : h("p", null, "No quotes yet.")),
      ]);
      document.title = `${speaker.name} — quotecheck`;
    } catch (error) {
      browseError(error);
    }
  }

  /** Check a stored quote in the check view (the text travels in the request, never in the address). */
  function checkThisButton(quote) {
    const button = h("button", { type: "button", class: "button" }, "Check this quote");
    button.addEventListener("click", () => {
      const request = { text: quote.text || "", speaker: (quote.speaker && quote.speaker.name) || "", date: "" };
      history.pushState(null, "", HOME);
      showCheckView();
      fillForm(request);
      runCheck(request);
    });
    return button;
  }

  async function showQuote(id) {
    showBrowse([h("p", { class: "status" }, "Loading…")]);
    try {
      const quote = await api("GET", `/quotes/${encodeURIComponent(id)}`);
      const sources = (quote.sources || []).map((s) => s.source ? Object.assign({}, s.source, s) : s);
      showBrowse([
        h("h1", null, "Quote"),
        h("div", { class: "browse-card" },
          h("blockquote", { class: "quote-text", "data-testid": "quote-text" }, quote.text || ""),
          h("dl", { class: "meta" },
            h("div", null, h("dt", null, "Said by"), h("dd", null, speakerBlock(quote.speaker))),
            h("div", null, h("dt", null, "Date"), h("dd", null, dateNode(quote.date))),
            h("div", null, h("dt", null, "Kind"), h("dd", null, quote.kind || "—")),
            h("div", null, h("dt", null, sources.length > 1 ? "Sources" : "Source"), h("dd", null, sourceList(sources)))),
          EVIDENCE ? EVIDENCE.alternativesBlock(quote, ui()) : null,
          quote.context ? [h("h3", null, "Context"), h("p", { class: "quote-text", "data-testid": "quote-context" }, quote.context)] : null,
          h("p", null, checkThisButton(quote))),
      ]);
      document.title = `Quote by ${speakerName(quote)} — quotecheck`;
    } catch (error) {
      browseError(error);
    }
  }

  // ---------------------------------------------------------------- routing

  /** Put a request in the form (a stored check's page shows what was asked). */
  function fillForm(request) {
    textInput.value = request.text || "";
    speakerInput.value = request.speaker || "";
    dateInput.value = request.date || "";
  }

  function showCheckView() {
    browseView.hidden = true;
    checkView.hidden = false;
  }

  // What the views in other files use.
  const kit = {
    h, api, link, dateNode, plural, pageUrl, pager, pageNumber, showBrowse, browseError, quoteListItem,
    renderAnswer, runCheck, setStatus, fillForm, showCheckView, ROOT, HOME,
    newCheck: () => ++checkCounter,
    isCurrent: (n) => n === checkCounter,
  };

  function route() {
    const params = new URLSearchParams(window.location.search);
    const path = window.location.pathname.slice(ROOT.length);
    const stored = /^\/c\/([^/]+)$/.exec(path);
    if (stored && VIEWS.storedCheck) return VIEWS.storedCheck(kit, decodeURIComponent(stored[1]));
    if (path === "/search" && VIEWS.search) return VIEWS.search(kit, params);
    if (params.has("speaker_id")) return showSpeaker(params.get("speaker_id"));
    if (params.has("quote_id")) return showQuote(params.get("quote_id"));
    if (params.get("view") === "speakers") return showSpeakers(pageNumber(params));

    browseView.hidden = true;
    checkView.hidden = false;
    document.title = "quotecheck — who really said it?";
    const request = {
      text: (params.get("q") || "").trim(),
      speaker: (params.get("speaker") || "").trim(),
      date: /^\d{4}-\d{2}-\d{2}$/.test(params.get("date") || "") ? params.get("date") : "",
    };
    textInput.value = request.text;
    speakerInput.value = request.speaker;
    dateInput.value = request.date;
    if (request.text) return runCheck(request);
    resultBox.hidden = true;
    setStatus("");
    return null;
  }

  window.addEventListener("popstate", route);
  route();
})();
