"use strict";
/*
 * Where the quotecheck service lives and the optional key, shared by the service worker
 * (importScripts) and the options page (<script>). The address syncs with the browser profile;
 * the key stays on this machine.
 */
(function (scope) {
  const DEFAULT_SERVICE_URL = "http://127.0.0.1:8000";

  /** "http://host:8000/" -> "http://host:8000"; anything but an http(s) address is refused. */
  function normalizeServiceUrl(value) {
    const text = String(value || "").trim() || DEFAULT_SERVICE_URL;
    const url = new URL(text);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error("The service address must start with http:// or https://");
    }
    return (url.origin + url.pathname).replace(/\/+$/, "");
  }

  /** The host permission pattern that lets the extension call this service. */
  function originPattern(serviceUrl) {
    return `${new URL(serviceUrl).origin}/*`;
  }

  async function loadSettings() {
    const synced = await chrome.storage.sync.get({ serviceUrl: DEFAULT_SERVICE_URL });
    const local = await chrome.storage.local.get({ apiKey: "" });
    let serviceUrl;
    try {
      serviceUrl = normalizeServiceUrl(synced.serviceUrl);
    } catch (_) {
      serviceUrl = DEFAULT_SERVICE_URL;
    }
    return { serviceUrl, apiKey: String(local.apiKey || "").trim() };
  }

  async function saveSettings({ serviceUrl, apiKey }) {
    const normalized = normalizeServiceUrl(serviceUrl);
    await chrome.storage.sync.set({ serviceUrl: normalized });
    await chrome.storage.local.set({ apiKey: String(apiKey || "").trim() });
    return normalized;
  }

  scope.quotecheckSettings = { DEFAULT_SERVICE_URL, normalizeServiceUrl, originPattern, loadSettings, saveSettings };
})(self);
