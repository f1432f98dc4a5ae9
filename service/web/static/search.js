"use strict";
/*
 * The search view (/search?q=WORDS&speaker=NAME&page=N): quotes from GET /v1/quotes, a page at
 * a time. A plain GET form, so every search and every page of it has its own address.
 * checker.js calls it with its building blocks (`kit`).
 */
(function () {
  const PER_PAGE = 20;
  const views = window.quotecheckViews = window.quotecheckViews || {};

  function searchForm(kit, words, speaker) {
    const h = kit.h;
    return h("form", { class: "search-form", role: "search", action: `${kit.ROOT}/search`, method: "get" },
      h("div", { class: "field" }, h("label", { for: "search-q" }, "Words"),
        h("input", { id: "search-q", name: "q", type: "search", value: words, placeholder: "e.g. door remains open" })),
      h("div", { class: "field" }, h("label", { for: "search-speaker" }, "Speaker"),
        h("input", { id: "search-speaker", name: "speaker", type: "text", value: speaker, placeholder: "e.g. Blinken" })),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button-primary" }, "Search")));
  }

  function searchUrl(kit, words, speaker, page) {
    const query = new URLSearchParams();
    if (words) query.set("q", words);
    if (speaker) query.set("speaker", speaker);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return `${kit.ROOT}/search${text ? `?${text}` : ""}`;
  }

  views.search = async function search(kit, params) {
    const h = kit.h;
    const words = (params.get("q") || "").trim();
    const speaker = (params.get("speaker") || "").trim();
    const page = kit.pageNumber(params);
    const head = [h("h1", null, "Search quotes"), searchForm(kit, words, speaker)];
    kit.showBrowse([...head, h("p", { class: "status" }, "Searching…")]);
    document.title = "Search — quotecheck";
    const query = new URLSearchParams({ page: String(page), page_size: String(PER_PAGE) });
    if (words) query.set("q", words);
    if (speaker) query.set("speaker", speaker);
    try {
      const data = await kit.api("GET", `/quotes?${query}`);
      const quotes = data.items || [];
      const total = typeof data.total === "number" ? data.total : quotes.length;
      const what = [words && `“${words}”`, speaker && `by ${speaker}`].filter(Boolean).join(" ");
      kit.showBrowse([
        ...head,
        h("p", { class: "muted", "data-testid": "search-total" }, `${kit.plural(total, "quote")}${what ? ` ${what}` : ""}`),
        h("div", { class: "browse-card" },
          quotes.length
            ? h("ul", { class: "quote-list", "data-testid": "search-results" }, quotes.map((q) => kit.quoteListItem(q, true)))
            : h("p", null, "No quote matches.")),
        kit.pager(total, page, PER_PAGE, (n) => searchUrl(kit, words, speaker, n)),
      ]);
      if (what) document.title = `${what} — search — quotecheck`;
    } catch (error) {
      kit.browseError(error);
    }
  };
})();
