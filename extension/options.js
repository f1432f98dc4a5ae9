"use strict";
/* Options page: the service address and the optional key. */
(function () {
  const { DEFAULT_SERVICE_URL, normalizeServiceUrl, originPattern, loadSettings, saveSettings } = self.quotecheckSettings;
  const form = document.getElementById("options-form");
  const urlInput = document.getElementById("service-url");
  const keyInput = document.getElementById("api-key");
  const status = document.getElementById("status");
  // Reachable without asking: the manifest's own host permissions.
  const BUILT_IN_HOSTS = new Set(["127.0.0.1", "localhost"]);

  function say(message, kind) {
    status.textContent = message;
    status.className = kind || "";
  }

  /** Ask for access to a service elsewhere; must run inside the click that saves. */
  function requestAccess(serviceUrl) {
    if (BUILT_IN_HOSTS.has(new URL(serviceUrl).hostname)) return Promise.resolve(true);
    return chrome.permissions.request({ origins: [originPattern(serviceUrl)] });
  }

  /** Tell whether a quotecheck service answers at this address. */
  async function answers(serviceUrl) {
    try {
      const response = await fetch(`${serviceUrl}/healthz`);
      return response.ok;
    } catch (_) {
      return false;
    }
  }

  loadSettings().then(async ({ serviceUrl, apiKey }) => {
    urlInput.value = serviceUrl;
    keyInput.value = apiKey;
    if (new URLSearchParams(location.search).has("first-run")) {
      // Opened by the install: try the default address, so the reader learns at once whether it works.
      document.getElementById("first-run").hidden = false;
      if (await answers(serviceUrl)) say(`A quotecheck service answers at ${serviceUrl}. Save to use it.`, "ok");
      else say(`No quotecheck service answers at ${serviceUrl}. Enter your service's address and Save.`, "error");
      urlInput.focus();
    }
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let serviceUrl;
    try {
      serviceUrl = normalizeServiceUrl(urlInput.value || DEFAULT_SERVICE_URL);
    } catch (error) {
      say(error.message || "That is not a web address.", "error");
      urlInput.focus();
      return;
    }
    const granted = await requestAccess(serviceUrl);
    if (!granted) {
      say(`Not saved: the extension needs permission to reach ${new URL(serviceUrl).origin}.`, "error");
      return;
    }
    await saveSettings({ serviceUrl, apiKey: keyInput.value });
    urlInput.value = serviceUrl;
    say("Saved.", "ok");
  });

  document.getElementById("test-connection").addEventListener("click", async () => {
    let serviceUrl;
    try {
      serviceUrl = normalizeServiceUrl(urlInput.value || DEFAULT_SERVICE_URL);
    } catch (error) {
      say(error.message, "error");
      return;
    }
    say("Testing…");
    try {
      const response = await fetch(`${serviceUrl}/healthz`);
      if (response.ok) say(`Connected to ${serviceUrl}.`, "ok");
      else say(`${serviceUrl} answered ${response.status}.`, "error");
    } catch (_) {
      say(`Cannot reach ${serviceUrl}. Is the service running, and was access granted when you saved?`, "error");
    }
  });
})();
