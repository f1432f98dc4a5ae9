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

  loadSettings().then(({ serviceUrl, apiKey }) => {
    urlInput.value = serviceUrl;
    keyInput.value = apiKey;
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
