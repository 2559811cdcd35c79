// Scraper page: follows one task over the live websocket (docs/live.md): state, replayed and live events, browser
// frames with the phones outlined. Falls back to the JSON log endpoint when websockets do not get through.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("task-config").textContent);
  const $ = (id) => document.getElementById(id);
  const logs = $("task-logs");
  const results = $("results-table").querySelector("tbody");
  const stream = $("stream");
  const frame = $("stream-frame");
  const note = $("stream-note");
  const seenLeads = new Set(Array.from(results.querySelectorAll("tr[data-lead-id]"), (row) => row.dataset.leadId));
  const ACTIVE = ["pending", "running", "paused"];
  const STATUS_LABELS = {
    pending: "Pending", running: "Running", paused: "Paused", completed: "Completed",
    failed: "Failed", cancelled: "Cancelled", blocked: "Blocked by the site",
  };
  const CONTROLS = {
    pending: ["pause", "stop"], running: ["pause", "stop"], paused: ["resume", "stop"],
    failed: ["retry"], cancelled: ["retry"], blocked: ["retry"],
  };
  let lastSeq = 0;
  let pagesLogged = 0; // "Page N: …" log lines: the engine adds a query's pages to its counter only when it ends
  let lastFrame = null;
  let state = { status: "pending", progress: 0, counters: {}, error: "" };
  let startedAt = null;

  function text(tag, value, className) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (className) el.className = className;
    return el;
  }

  function showError(message) {
    const error = $("task-error");
    error.textContent = message || "";
    error.hidden = !message;
  }

  function addLog(event) {
    const loading = logs.querySelector(".loading");
    if (loading) loading.remove();
    const time = event.at ? new Date(event.at).toLocaleTimeString() : "";
    logs.appendChild(text("li", time + "  " + event.message, event.level));
    logs.scrollTop = logs.scrollHeight;
  }

  function addResult(payload) {
    const id = String(payload.lead_id || "");
    if (!id || seenLeads.has(id)) return;
    seenLeads.add(id);
    const row = document.createElement("tr");
    row.dataset.leadId = id;
    const name = document.createElement("td");
    const link = text("a", payload.name || "Lead " + id);
    link.href = config.leadUrl + id + "/";
    name.append(link, text("div", payload.platform || "", "cell-sub"));
    const phones = document.createElement("td");
    (payload.phones || []).forEach((phone) => phones.appendChild(text("div", phone)));
    row.append(name, phones);
    results.prepend(row);
    $("results-empty").hidden = true;
  }

  function eta() {
    if (state.status !== "running" || !startedAt || !state.progress) return "";
    const elapsed = (Date.now() - startedAt) / 1000;
    const left = Math.max(0, Math.round(elapsed / state.progress - elapsed));
    return left >= 60 ? "about " + Math.round(left / 60) + " min left" : "about " + left + " s left";
  }

  function render() {
    const badge = $("task-status");
    badge.textContent = STATUS_LABELS[state.status] || state.status;
    badge.className = "badge " + state.status;
    $("task-progress").value = state.progress || 0;
    const counters = state.counters || {};
    $("count-leads").textContent = counters.leads || 0;
    $("count-items").textContent = counters.items || 0;
    $("count-pages").textContent = Math.max(counters.pages || 0, pagesLogged);
    $("task-eta").textContent = ACTIVE.includes(state.status) ? eta() : "finished";
    showError(state.error);
    // The "Task N is queued" banner of the start form is true only while the task waits for a worker.
    document.querySelectorAll(".messages li.task-banner").forEach((banner) => {
      if (state.status !== "pending") banner.remove();
    });
    document.querySelectorAll(".messages").forEach((list) => { if (!list.children.length) list.remove(); });
    const allowed = CONTROLS[state.status] || [];
    document.querySelectorAll("#task-controls form").forEach((form) => {
      form.hidden = !allowed.includes(form.dataset.control);
    });
  }

  function update(changes) {
    state = Object.assign({}, state, changes);
    if (changes.started_at) startedAt = Date.parse(changes.started_at);
    render();
  }

  // An event from the replay, the live stream or the JSON fallback (same fields).
  function handle(event) {
    if (!event.seq || event.seq <= lastSeq) return;
    lastSeq = event.seq;
    addLog(event);
    const payload = event.payload || {};
    if (event.kind === "log" && Number.isInteger(payload.page)) {
      pagesLogged += 1;
      render();
    }
    if (event.kind === "result") addResult(payload);
    if (event.kind === "progress") {
      const counters = Object.assign({}, state.counters, payload);
      delete counters.progress;
      update({ progress: payload.progress, counters: counters });
    }
    if (event.kind === "status") {
      update({ status: payload.status, error: payload.error || "" });
      if (payload.status === "running" && !startedAt) startedAt = Date.parse(event.at);
    }
  }

  // The same bands as the live page (static/js/live.js): green, amber, red.
  function confidenceClass(confidence) {
    if (confidence >= 0.9) return "high";
    if (confidence >= 0.7) return "medium";
    return "low";
  }

  function showBoxDetails(box, message) {
    const details = $("stream-details");
    const percent = Math.round((box.confidence || 0) * 100) + "%";
    details.replaceChildren(
      text("strong", box.e164),
      text("div", "As written: " + (box.raw || box.e164)),
      text("div", "Confidence " + percent + " · found by " + (box.layer || "unknown")),
      text("div", "On " + message.url, "muted"),
    );
    details.hidden = false;
  }

  // Boxes outline the number (a few pixels outside it, never filling it) so it stays readable; the label with the
  // number shows on hover, focus and after a click.
  const OUTSET = 3;
  function drawBoxes(message) {
    stream.querySelectorAll(".box").forEach((box) => box.remove());
    if (!message.width || !message.height) return;
    const scale = Math.min(stream.clientWidth / message.width, stream.clientHeight / message.height);
    const left = (stream.clientWidth - message.width * scale) / 2;
    const top = (stream.clientHeight - message.height * scale) / 2;
    (message.boxes || []).forEach((b) => {
      const box = document.createElement("button");
      box.type = "button";
      box.className = "box " + confidenceClass(b.confidence || 0);
      box.style.left = left + b.x * message.width * scale - OUTSET + "px";
      box.style.top = top + b.y * message.height * scale - OUTSET + "px";
      box.style.width = b.width * message.width * scale + 2 * OUTSET + "px";
      box.style.height = b.height * message.height * scale + 2 * OUTSET + "px";
      const percent = Math.round((b.confidence || 0) * 100) + "%";
      box.setAttribute("aria-label", "Phone " + b.e164 + " (" + percent + ", " + b.layer + "): show details");
      box.dataset.e164 = b.e164;
      box.appendChild(text("span", b.e164 + " · " + percent, "box-label"));
      box.addEventListener("click", () => {
        stream.querySelectorAll(".box.open").forEach((other) => other.classList.remove("open"));
        box.classList.add("open");
        showBoxDetails(b, message);
      });
      stream.appendChild(box);
    });
    stream.dataset.highlighted = (message.boxes || []).length ? "1" : "0";
  }

  // The panel takes the page's aspect ratio, so the frame fills it instead of sitting in a letterbox.
  function fitStream(message) {
    if (!message.width || !message.height) return;
    const ratio = message.width + " / " + message.height;
    if (stream.style.aspectRatio !== ratio) stream.style.aspectRatio = ratio;
  }

  if ("ResizeObserver" in window) {
    new ResizeObserver(() => { if (lastFrame) drawBoxes(lastFrame); }).observe(stream);
  }

  function showFrame(message) {
    lastFrame = message;
    fitStream(message);
    frame.src = "data:image/jpeg;base64," + message.jpeg;
    frame.alt = "The browser at " + message.url;
    frame.hidden = false;
    note.hidden = true;
    stream.dataset.frames = String(Number(stream.dataset.frames || 0) + 1);
    drawBoxes(message);
  }

  // --- websocket --------------------------------------------------------------------------------------------------
  let socket = null;
  let retry = 500;
  let drops = 0;

  function onMessage(message) {
    if (message.type === "state") {
      update(message.task);
    } else if (message.type === "frame") {
      showFrame(message);
      socket.send(JSON.stringify({ type: "frame_ack", frame: message.frame }));
    } else if (message.type === "error") {
      showError(message.message);
    } else if (message.seq) {
      handle({ seq: message.seq, kind: message.type, level: message.level, message: message.message,
        payload: message.payload, at: message.at });
    } else if (message.type === "replay_done" && !logs.querySelector("li:not(.loading)")) {
      logs.replaceChildren(text("li", "No log lines yet.", "muted"));
    }
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(scheme + "://" + location.host + "/ws/tasks/" + config.id + "/?after=" + lastSeq,
      ["insight.live.v1"]);
    socket.onopen = () => { retry = 500; drops = 0; showError(state.error); };
    socket.onmessage = (event) => onMessage(JSON.parse(event.data));
    socket.onclose = (event) => {
      if (event.code >= 4400 && event.code < 4500) return; // refused: the error message says why
      drops += 1;
      if (drops >= 3) { showError("The live connection keeps dropping; following the log instead."); poll(); return; }
      showError("Live connection lost; reconnecting…");
      setTimeout(connect, retry = Math.min(retry * 2, 10000));
    };
  }

  // --- fallback: the JSON log endpoint ------------------------------------------------------------------------------
  let failures = 0;
  async function poll() {
    try {
      const response = await fetch(config.eventsUrl + "?after=" + lastSeq, { credentials: "same-origin" });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const data = await response.json();
      data.events.forEach((e) => handle({ seq: e.seq, kind: e.kind, level: e.level, message: e.message,
        payload: e.payload, at: e.created_at }));
      update(data.task);
      failures = 0;
      const more = data.task.last_event_seq > lastSeq;
      if (ACTIVE.includes(data.task.status) || more) setTimeout(poll, more ? 100 : 1500);
    } catch (error) {
      failures += 1;
      showError("Lost contact with the server (" + error.message + "); retrying…");
      setTimeout(poll, Math.min(15000, 1000 * 2 ** failures));
    }
  }

  document.querySelectorAll("#task-controls form").forEach((form) => {
    form.addEventListener("submit", async (submit) => {
      submit.preventDefault();
      if (form.dataset.control === "stop" && !window.confirm(
        "Stop task #" + config.id + "? It ends now; the leads found so far are kept and you can retry it later.")) {
        return;
      }
      const body = new FormData(form);
      if (form.dataset.control === "stop") body.set("confirm", "1");  // the browser asked already
      const response = await fetch(form.action, {
        method: "POST",
        headers: { Accept: "application/json" },
        body,
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) showError(answer.error);
      else update({ status: answer.task_status });
    });
  });

  if ("WebSocket" in window) connect(); else poll();
})();
