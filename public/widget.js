/*
 * The advisor's website chat widget. Embed with one tag:
 *   <script src="BASE/widget.js" data-title="..." data-accent="#hex" data-position="right|left" data-open="false"></script>
 * It adds a launcher button and a chat panel, loads Web Chat from BASE, talks Direct Line to BASE
 * (or to Azure when the server says so) and fires window "advisor:recommendation" events.
 * The conversation's token sits in sessionStorage so a reload in the same tab resumes it.
 */
/* global window, document, sessionStorage, fetch, CustomEvent, MutationObserver, URL */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__advisorWidget) return;
  window.__advisorWidget = true;

  var BASE = new URL(".", script.src).href.replace(/\/$/, "");
  var WEBCHAT_SRC = BASE + "/webchat/webchat.js?v=__WEBCHAT_VERSION__";
  var SESSION_KEY = "advisor.chat.session";
  var SEEN_KEY = "advisor.chat.events";
  var HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
  // Web Chat 4.x names the action DIRECT_LINE/INCOMING_ACTIVITY; older write-ups spell it DIRECTLINE/.
  var INCOMING = /^DIRECT_?LINE\/INCOMING_ACTIVITY$/;

  var data = script.dataset;
  var title = (data.title || "Chat with us").slice(0, 80);
  var accent = HEX.test(data.accent || "") ? data.accent : "#0b5cad";
  var position = data.position === "left" ? "left" : "right";
  var onAccent = readableOn(accent);

  function readableOn(hex) {
    var h = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, "#$1$1$2$2$3$3") : hex;
    var channel = function (i) {
      var c = parseInt(h.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return luminance > 0.4 ? "#111111" : "#ffffff";
  }

  function readJson(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key) || "null");
    } catch {
      return null;
    }
  }
  function writeJson(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      /* storage may be off (private mode): the chat still works, it just cannot resume */
    }
  }

  var CSS =
    ".advisor-chat{--advisor-accent:" +
    accent +
    ";--advisor-on-accent:" +
    onAccent +
    ";font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
    ".advisor-launcher{position:fixed;bottom:20px;" +
    position +
    ":20px;z-index:2147483000;width:60px;height:60px;border:0;border-radius:50%;" +
    "background:var(--advisor-accent);color:var(--advisor-on-accent);box-shadow:0 6px 20px rgba(0,0,0,.25);cursor:pointer;display:flex;align-items:center;justify-content:center}" +
    ".advisor-launcher:hover{transform:translateY(-1px)}" +
    ".advisor-launcher:focus-visible,.advisor-close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}" +
    ".advisor-launcher svg{width:28px;height:28px}" +
    ".advisor-panel{position:fixed;bottom:92px;" +
    position +
    ":20px;z-index:2147483000;width:380px;height:min(640px,calc(100vh - 120px));" +
    "background:#fff;color:#111;border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.28);display:flex;flex-direction:column;overflow:hidden}" +
    ".advisor-panel[hidden]{display:none}" +
    ".advisor-panel__header{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:10px 12px 10px 16px;" +
    "background:var(--advisor-accent);color:var(--advisor-on-accent)}" +
    ".advisor-panel__header h2{margin:0;font-size:16px;font-weight:600;line-height:1.3}" +
    ".advisor-close{flex:none;width:36px;height:36px;border:0;border-radius:6px;background:transparent;color:inherit;font-size:26px;line-height:1;cursor:pointer}" +
    ".advisor-close:hover{background:rgba(255,255,255,.18)}" +
    ".advisor-panel__body{position:relative;flex:1;min-height:0}" +
    ".advisor-webchat{height:100%}" +
    ".advisor-status{margin:0;padding:16px;font-size:14px}" +
    ".advisor-status[hidden]{display:none}" +
    ".advisor-status button{margin-top:8px;padding:6px 12px;border:1px solid var(--advisor-accent);border-radius:6px;background:#fff;color:#111;cursor:pointer}" +
    "@media (max-width:480px){.advisor-panel{top:0;right:0;bottom:0;left:0;width:auto;height:auto;border-radius:0}" +
    ".advisor-chat--open .advisor-launcher{display:none}}" +
    "@media (prefers-reduced-motion:reduce){.advisor-launcher:hover{transform:none}}";

  var style = document.createElement("style");
  style.textContent = CSS;
  document.head.appendChild(style);

  var root = document.createElement("div");
  root.className = "advisor-chat";
  root.innerHTML =
    '<button type="button" class="advisor-launcher" aria-expanded="false" aria-controls="advisor-chat-panel">' +
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>' +
    "</button>" +
    '<section id="advisor-chat-panel" class="advisor-panel" role="dialog" aria-modal="false" aria-labelledby="advisor-chat-title" hidden>' +
    '<div class="advisor-panel__header"><h2 id="advisor-chat-title"></h2>' +
    '<button type="button" class="advisor-close" aria-label="Close chat"><span aria-hidden="true">&times;</span></button></div>' +
    '<div class="advisor-panel__body"><div class="advisor-status" role="status"></div><div class="advisor-webchat"></div></div>' +
    "</section>";
  document.body.appendChild(root);

  var launcher = root.querySelector(".advisor-launcher");
  var panel = root.querySelector(".advisor-panel");
  var closeButton = root.querySelector(".advisor-close");
  var status = root.querySelector(".advisor-status");
  var container = root.querySelector(".advisor-webchat");
  launcher.setAttribute("aria-label", title);
  root.querySelector("#advisor-chat-title").textContent = title;

  var loading = null;
  var rendered = false;

  function loadWebChat() {
    if (window.WebChat) return Promise.resolve(window.WebChat);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = WEBCHAT_SRC;
        tag.async = true;
        tag.onload = function () {
          if (window.WebChat) resolve(window.WebChat);
          else reject(new Error("Web Chat did not load"));
        };
        tag.onerror = function () {
          loading = null;
          reject(new Error("Web Chat did not load"));
        };
        document.head.appendChild(tag);
      });
    }
    return loading;
  }

  function postJson(url, body, token) {
    var headers = { "Content-Type": "application/json" };
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(url, { method: "POST", headers: headers, body: JSON.stringify(body || {}) }).then(
      function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      },
    );
  }

  /** A conversation to talk in: the tab's earlier one (refreshed) or a new one. */
  function session() {
    var saved = readJson(SESSION_KEY);
    var fresh = function () {
      return postJson(BASE + "/api/directline/token").then(function (ticket) {
        var created = {
          token: ticket.token,
          conversationId: ticket.conversationId,
          domain: ticket.domain || BASE + "/v3/directline",
          webSocket: Boolean(ticket.domain),
        };
        writeJson(SESSION_KEY, created);
        return { session: created, resume: false };
      });
    };
    if (!saved || !saved.token || !saved.domain) return fresh();
    return postJson(saved.domain + "/tokens/refresh", {}, saved.token).then(
      function (ticket) {
        saved.token = ticket.token;
        writeJson(SESSION_KEY, saved);
        return { session: saved, resume: true };
      },
      function () {
        writeJson(SESSION_KEY, null);
        writeJson(SEEN_KEY, null);
        return fresh();
      },
    );
  }

  /** Turns the bot's recommendation event into the host page's CustomEvent, once per event. */
  function recommendationMiddleware() {
    return function (next) {
      return function (action) {
        var activity =
          action && INCOMING.test(action.type) && action.payload && action.payload.activity;
        if (
          activity &&
          activity.type === "event" &&
          activity.name === "advisor.recommendation" &&
          activity.value
        ) {
          var seen = readJson(SEEN_KEY) || [];
          if (seen.indexOf(activity.id) === -1) {
            writeJson(SEEN_KEY, seen.concat([activity.id]).slice(-20));
            window.dispatchEvent(
              new CustomEvent("advisor:recommendation", {
                detail: {
                  profile: activity.value.profile,
                  recommendation: activity.value.recommendation,
                },
              }),
            );
          }
        }
        return next(action);
      };
    };
  }

  function showStatus(text, retryLabel) {
    status.hidden = false;
    status.textContent = text;
    if (retryLabel) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = retryLabel;
      button.addEventListener("click", function () {
        start();
      });
      status.appendChild(document.createElement("br"));
      status.appendChild(button);
    }
  }

  function focusSendBox() {
    var find = function () {
      return container.querySelector('[data-id="webchat-sendbox-input"]');
    };
    var input = find();
    if (input) return input.focus();
    var observer = new MutationObserver(function () {
      var found = find();
      if (found) {
        observer.disconnect();
        if (!panel.hidden) found.focus();
      }
    });
    observer.observe(container, { childList: true, subtree: true });
    window.setTimeout(function () {
      observer.disconnect();
    }, 15000);
  }

  var current = null;

  function start() {
    rendered = true;
    if (current) current.end();
    current = null;
    // Web Chat renders into a fresh element each time, so a new conversation starts clean.
    var host = document.createElement("div");
    host.style.height = "100%";
    container.replaceChildren(host);
    showStatus("Connecting\u2026");
    Promise.all([loadWebChat(), session()])
      .then(function (ready) {
        var WebChat = ready[0];
        var chat = ready[1];
        var options = {
          token: chat.session.token,
          domain: chat.session.domain,
          webSocket: chat.session.webSocket,
        };
        // Our server holds an empty poll open until something arrives, so polling again soon after a
        // reply costs nothing and keeps back-and-forth quick (200 ms is Direct Line JS's lower bound).
        if (!chat.session.webSocket) options.pollingInterval = 200;
        if (chat.resume) options.conversationId = chat.session.conversationId;
        var directLine = WebChat.createDirectLine(options);
        current = directLine;
        directLine.connectionStatus$.subscribe(function (state) {
          // 4 = failed to connect, 5 = ended (the server no longer knows the conversation).
          if ((state === 4 || state === 5) && current === directLine) {
            writeJson(SESSION_KEY, null);
            writeJson(SEEN_KEY, null);
            showStatus("This conversation has ended.", "Start a new conversation");
          }
        });
        WebChat.renderWebChat(
          {
            directLine: directLine,
            store: WebChat.createStore({}, recommendationMiddleware),
            locale: "en-GB",
            styleOptions: {
              hideUploadButton: true,
              accent: accent,
              bubbleBorderRadius: 10,
              bubbleFromUserBorderRadius: 10,
              bubbleFromUserBackground: accent,
              bubbleFromUserTextColor: onAccent,
              bubbleFromUserBorderColor: accent,
              suggestedActionLayout: "flow",
              suggestedActionBorderRadius: 16,
              rootHeight: "100%",
              rootWidth: "100%",
            },
          },
          host,
        );
        status.hidden = true;
        if (!panel.hidden) focusSendBox();
      })
      .catch(function () {
        rendered = false;
        showStatus(
          "Sorry, the chat isn\u2019t available right now. Please try again in a minute.",
          "Try again",
        );
      });
  }

  function open() {
    panel.hidden = false;
    root.classList.add("advisor-chat--open");
    launcher.setAttribute("aria-expanded", "true");
    writeJson("advisor.chat.open", true);
    if (!rendered) start();
    else focusSendBox();
  }

  function close() {
    panel.hidden = true;
    root.classList.remove("advisor-chat--open");
    launcher.setAttribute("aria-expanded", "false");
    writeJson("advisor.chat.open", null);
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (panel.hidden) open();
    else close();
  });
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.stopPropagation();
      close();
    }
  });
  // Start fetching Web Chat as soon as the visitor shows interest, so opening feels instant.
  launcher.addEventListener("pointerenter", function () {
    loadWebChat().catch(function () {});
  });
  launcher.addEventListener("focus", function () {
    loadWebChat().catch(function () {});
  });

  if (data.open === "true" || readJson("advisor.chat.open") === true) open();
})();
