/**
 * The overlay page's view and feed, as the browser runs it: reads its configuration from the
 * page, subscribes to the live feed, folds events with the model script, and puts the slot's
 * fields into the page as text (never as markup). It reconnects by itself with backoff, resumes
 * from the last seq it saw, and starts afresh from a snapshot when it finds a gap.
 *
 * `document.body.dataset.state` says connecting / live / reconnecting / error, for tests.
 */
export const OVERLAY_VIEW_SCRIPT = String.raw`
(function () {
  var config = JSON.parse(document.getElementById("overlay-config").textContent);
  var words = config.words;
  var box = document.getElementById("graphic");
  var body = document.body;
  var state = null;
  var held = null;
  var holdTimer = null;
  var socket = null;
  var delay = 1000;

  function render() {
    var picture = overlaySlot(state, config.slot, held, words);
    if (picture.on) {
      box.querySelectorAll("[data-field]").forEach(function (el) {
        el.textContent = picture.fields[el.getAttribute("data-field")] || "";
      });
    }
    box.setAttribute("data-tone", picture.tone || "");
    box.classList.toggle("on", picture.on);
    body.setAttribute("data-shown", picture.on ? "true" : "false");
  }

  function hold(voteId) {
    clearTimeout(holdTimer);
    held = config.resultHoldSeconds > 0 ? voteId : null;
    if (!held) return;
    holdTimer = setTimeout(function () {
      held = null;
      render();
    }, config.resultHoldSeconds * 1000);
  }

  function receive(message) {
    if (message.sessionId !== undefined && message.sessionId !== config.sessionId) return;
    if (message.type === "snapshot") {
      state = message.state;
      body.setAttribute("data-state", "live");
      return render();
    }
    if (message.type === "error") {
      body.setAttribute("data-state", "error");
      return body.setAttribute("data-error", message.code);
    }
    if (message.type !== "event" || !state) return;
    var event = message.event;
    if (event.seq <= state.seq) return;
    if (event.seq !== state.seq + 1) {
      state = null;
      return socket.close();
    }
    if (event.type === "vote_closed") hold(event.payload.voteId);
    if (event.type === "vote_opened" || event.type === "session_closed") hold(null);
    state = overlayApply(state, event);
    render();
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + config.livePath);
    socket.onopen = function () {
      var subscribe = { type: "subscribe", sessionId: config.sessionId };
      if (state) subscribe.since = state.seq;
      socket.send(JSON.stringify(subscribe));
      delay = 1000;
      if (state) body.setAttribute("data-state", "live");
    };
    socket.onmessage = function (m) {
      var message;
      try {
        message = JSON.parse(m.data);
      } catch (error) {
        return console.warn("overlay: unreadable message", error);
      }
      receive(message);
    };
    socket.onclose = function () {
      body.setAttribute("data-state", "reconnecting");
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  }

  render();
  connect();
})();
`;
