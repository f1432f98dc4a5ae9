"use strict";
/*
 * quotecheck service worker: the context-menu entries and the calls to the service.
 *
 * "Check quote" (on a selection) -> POST {serviceUrl}/v1/verify -> a card in the page.
 * "Check all quotes on this page" (page menu or toolbar button) -> POST /v1/verify/batch ->
 * each quotation marked in place.
 *
 * The page code (content.js) is injected only when the reader asks for a check, into the tab
 * they clicked in (activeTab), so the extension reads no page on its own.
 */
importScripts("settings.js");

const MENU_CHECK_SELECTION = "quotecheck-check-selection";
const MENU_CHECK_PAGE = "quotecheck-check-page";
const MAX_CLAIM_CHARS = 5000; // a selection longer than this is not a quote; the service bounds it too
const BATCH_SIZE = 100; // the service's batch limit
const MAX_PAGE_QUOTES = 300;

chrome.runtime.onInstalled.addListener((details) => {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: MENU_CHECK_SELECTION, title: "Check quote", contexts: ["selection"] });
    chrome.contextMenus.create({ id: MENU_CHECK_PAGE, title: "Check all quotes on this page", contexts: ["page"] });
  });
  // First run: the reader says where their service is (the options page tests the default for them),
  // instead of every check failing until someone finds the options.
  if (details && details.reason === "install") {
    chrome.tabs.create({ url: chrome.runtime.getURL("options.html?first-run=1") });
  }
});

// The page code asks for a shareable link when the reader opens the answer of one marked quotation.
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!message || message.type !== "quotecheck-share" || typeof message.text !== "string") return false;
  shareCheck(message.text).then((url) => sendResponse({ url }), (error) => sendResponse({ error: error.message }));
  return true; // answered asynchronously
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  handleMenuClick(info, tab);
});

chrome.action.onClicked.addListener((tab) => {
  if (tab && tab.id !== undefined) checkPage(tab.id);
});

/** What a context-menu click does; tests call it directly, as headless Chromium has no menus. */
async function handleMenuClick(info, tab) {
  if (!tab || tab.id === undefined) return null;
  if (info.menuItemId === MENU_CHECK_SELECTION) return checkSelection(tab.id, info.selectionText || "");
  if (info.menuItemId === MENU_CHECK_PAGE) return checkPage(tab.id);
  return null;
}

/** Describe a failed call from its problem+json body (title, detail, field errors). */
function problemMessage(status, problem) {
  const parts = [problem && problem.title ? problem.title : `The service answered ${status}`];
  if (problem && problem.detail) parts.push(problem.detail);
  if (status === 429) parts.push("Too many checks at once; try again in a moment.");
  return parts.join(" — ");
}

/** POST JSON to the service; resolves to the parsed answer or throws an Error a reader can act on. */
async function callService(path, payload) {
  const { serviceUrl, apiKey } = await quotecheckSettings.loadSettings();
  const headers = { "Content-Type": "application/json", Accept: "application/json, application/problem+json" };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  let response;
  try {
    response = await fetch(serviceUrl + path, { method: "POST", headers, body: JSON.stringify(payload) });
  } catch (_) {
    throw new Error(`The quotecheck service at ${serviceUrl} could not be reached. Is it running? `
      + "Its address can be changed in the extension's options.");
  }
  let data = null;
  try { data = await response.json(); } catch (_) { /* no JSON body */ }
  if (!response.ok) throw new Error(problemMessage(response.status, data));
  return { data, serviceUrl };
}

/** Make sure the page code is in the tab; it guards itself against running twice. */
async function injectPageCode(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ["reasons.js", "evidence.js", "content.js"] });
}

async function runInPage(tabId, func, args) {
  const [first] = await chrome.scripting.executeScript({ target: { tabId }, func, args: args || [] });
  return first ? first.result : undefined;
}

/** Show (or update) the result card in the tab. */
async function showCard(tabId, card) {
  await injectPageCode(tabId);
  await runInPage(tabId, (payload) => globalThis.quotecheckPage.showCard(payload), [card]);
}

/** Store a check of this text on the service; resolves to its page's address ({serviceUrl}/c/<id>). */
async function shareCheck(text) {
  const { data, serviceUrl } = await callService("/v1/checks", { text: String(text).slice(0, MAX_CLAIM_CHARS), limit: 3 });
  return serviceUrl + data.url;
}

/**
 * Check one selected text and show the answer in the page. Returns what the card shows, so the
 * same path can be driven without the context menu.
 */
async function checkSelection(tabId, text) {
  const claim = String(text || "").trim().slice(0, MAX_CLAIM_CHARS);
  if (!claim) return null;
  let card;
  try {
    await showCard(tabId, { state: "loading", text: claim });
  } catch (_) {
    // Pages the extension may not script (the browser's own pages, the web store): answer in a tab.
    let url;
    try {
      url = await shareCheck(claim);
    } catch (_) {
      url = (await quotecheckSettings.loadSettings()).serviceUrl + "/";
    }
    await chrome.tabs.create({ url });
    return { state: "opened-tab", text: claim };
  }
  try {
    const { data } = await callService("/v1/verify", { text: claim, limit: 3 });
    let link = null;
    try {
      link = await shareCheck(claim);
    } catch (_) {
      link = null; // the answer is still shown; only the link to it is missing
    }
    card = { state: "done", text: claim, answer: data, permalink: link };
  } catch (error) {
    card = { state: "error", text: claim, message: error.message };
  }
  await showCard(tabId, card);
  return card;
}

/** Check every quotation on the page in batches and mark each one where it stands. */
async function checkPage(tabId) {
  try {
    await injectPageCode(tabId);
  } catch (_) {
    return { state: "error", message: "This page cannot be checked." };
  }
  const found = (await runInPage(tabId, () => globalThis.quotecheckPage.collectQuotes())) || [];
  const items = found.slice(0, MAX_PAGE_QUOTES);
  if (!items.length) {
    const card = { state: "info", message: "No quotations found on this page." };
    await showCard(tabId, card);
    return card;
  }
  await showCard(tabId, { state: "loading", text: `${items.length} passage${items.length === 1 ? "" : "s"} with quotations` });
  const marked = [];
  try {
    for (let i = 0; i < items.length; i += BATCH_SIZE) {
      const chunk = items.slice(i, i + BATCH_SIZE);
      const { data } = await callService("/v1/verify/batch", {
        items: chunk.map((item) => ({ text: item.text, limit: 1 })),
      });
      const results = (data && data.results) || [];
      // No link yet: a stored check is made only for a quotation whose answer the reader opens.
      const answers = chunk.map((item, k) => ({ id: item.id, answer: results[k], shareText: item.text }));
      await runInPage(tabId, (list) => globalThis.quotecheckPage.markQuotes(list), [answers]);
      marked.push(...answers);
    }
  } catch (error) {
    const card = { state: "error", message: error.message };
    await showCard(tabId, card);
    return card;
  }
  const counts = {};
  for (const item of marked) {
    const verdict = (item.answer && item.answer.verdict) || "not_found";
    counts[verdict] = (counts[verdict] || 0) + 1;
  }
  const card = { state: "summary", counts, total: marked.length };
  await showCard(tabId, card);
  return card;
}
