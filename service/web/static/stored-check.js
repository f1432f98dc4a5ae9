"use strict";
/*
 * A stored check's page (/c/ID): the request and the answer exactly as they were when the check
 * was made, and a button that checks the same request against today's index.
 * checker.js calls it with its building blocks (`kit`).
 */
(function () {
  const views = window.quotecheckViews = window.quotecheckViews || {};

  function when(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso
      : date.toLocaleString("en-GB", { timeZone: "UTC", dateStyle: "long", timeStyle: "short" }) + " UTC";
  }

  views.storedCheck = async function storedCheck(kit, id) {
    const h = kit.h;
    kit.showCheckView();
    kit.setStatus("Loading the check…");
    const mine = kit.newCheck();
    let check;
    try {
      check = await kit.api("GET", `/checks/${encodeURIComponent(id)}`);
    } catch (error) {
      kit.browseError(error);
      return;
    }
    const request = { text: check.request.text || "", speaker: check.request.speaker || "", date: check.request.date || "" };
    kit.fillForm(request);
    kit.setStatus("");
    const link = `${kit.ROOT}/c/${check.id}`;
    const recheck = h("button", { type: "button", class: "button", "data-testid": "recheck" }, "Re-check against today’s index");
    recheck.addEventListener("click", () => kit.runCheck(request, {
      link,
      note: h("p", { class: "check-note", "data-testid": "check-note" },
        "Checked again just now against today’s index. ", h("a", { href: link }, "The answer as first given")),
    }));
    const note = h("div", { class: "check-note", "data-testid": "check-note" },
      h("p", null, "The answer as it was when this check was made, ",
        h("time", { datetime: check.created }, when(check.created)), ". The index may have learnt more since."),
      recheck);
    if (kit.isCurrent(mine)) kit.renderAnswer(check.result, request, { link, note });
  };
})();
