/* Live view of a scrape task: the websocket client of docs/live.md and the page of templates/live/task.html.
 * Scraped text is untrusted: everything is written with textContent, never innerHTML. */
(function () {
  "use strict";

  const SUBPROTOCOL = "insight.live.v1";

  /** Connect to ws/tasks/<id>/ and keep the connection, resuming after the last seq seen.
   * handlers: {onMessage(m), onOpen(), onClose(event, willRetry)}; options: {token, after, frames}.
   * Acknowledges each frame after onMessage returns. Returns {close()}. */
  function connect(taskId, handlers, options) {
    options = options || {};
    let lastSeq = options.after === undefined ? null : options.after;
    let socket = null;
    let retry = 500;
    let closed = false;

    function url() {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const query = new URLSearchParams();
      if (lastSeq !== null) query.set("after", String(lastSeq));
      if (options.frames === false) query.set("frames", "0");
      const text = query.toString();
      return `${scheme}://${location.host}/ws/tasks/${taskId}/` + (text ? `?${text}` : "");
    }

    function open() {
      const protocols = options.token ? [SUBPROTOCOL, "bearer." + options.token] : [SUBPROTOCOL];
      socket = new WebSocket(url(), protocols);
      socket.onopen = () => {
        retry = 500;
        if (handlers.onOpen) handlers.onOpen();
      };
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (typeof message.seq === "number") lastSeq = message.seq;
        if (message.type === "replay_done" && lastSeq === null) lastSeq = message.last_seq;
        if (handlers.onMessage) handlers.onMessage(message);
        if (message.type === "frame" && socket.readyState === WebSocket.OPEN) {
          socket.send(JSON.stringify({type: "frame_ack", frame: message.frame}));
        }
      };
      socket.onclose = (event) => {
        const refused = event.code >= 4400 && event.code < 4500;
        const willRetry = !closed && !refused;
        if (handlers.onClose) handlers.onClose(event, willRetry);
        if (willRetry) {
          setTimeout(open, retry);
          retry = Math.min(retry * 2, 10000);
        }
      };
    }

    open();
    return {
      close() {
        closed = true;
        if (socket) socket.close();
      },
    };
  }

  function confidenceClass(confidence) {
    if (confidence >= 0.9) return "high";
    if (confidence >= 0.7) return "medium";
    return "low";
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  const LOG_LIMIT = 500;

  function page(root) {
    const $ = (id) => document.getElementById(id);
    const taskId = root.dataset.taskId;
    const frame = $("live-frame");
    const boxes = $("live-boxes");
    const details = $("live-details");
    const log = $("live-log");
    const results = $("live-results");
    const seenResults = new Set();
    let resultCount = 0;

    function setStatus(status) {
      const node = $("live-status");
      node.textContent = status;
      node.dataset.status = status;
    }

    // "Page N" log lines count pages as they are read; the engine adds them to its counter when a query ends.
    let pagesLogged = 0;
    let lastCounters = null;
    function setProgress(fraction, counters) {
      if (fraction !== null && fraction !== undefined) $("live-progress").value = fraction || 0;
      counters = counters || lastCounters;
      if (counters) {
        lastCounters = counters;
        counters = Object.assign({}, counters, {pages: Math.max(counters.pages || 0, pagesLogged)});
        const parts = [];
        if (counters.leads !== undefined) parts.push(`${counters.leads} lead(s)`);
        if (counters.pages !== undefined) parts.push(`${counters.pages} page(s)`);
        if (counters.items !== undefined) parts.push(`${counters.items} item(s)`);
        if (counters.filtered) parts.push(`${counters.filtered} filtered`);
        $("live-counters").textContent = parts.join(" · ");
      }
    }

    function addLog(message) {
      const item = element("li", null, message.level || "info");
      const time = message.at ? new Date(message.at).toLocaleTimeString() : "";
      item.textContent = `#${message.seq} ${time} ${message.message}`;
      item.title = message.type;
      log.appendChild(item);
      while (log.children.length > LOG_LIMIT) log.removeChild(log.firstChild);
      log.scrollTop = log.scrollHeight;
      $("live-log-empty").hidden = true;
    }

    function addResult(message) {
      const p = message.payload || {};
      if (seenResults.has(p.lead_id)) return;
      seenResults.add(p.lead_id);
      resultCount += 1;
      const row = element("tr", null, "fresh");
      row.dataset.leadId = p.lead_id;
      row.appendChild(element("td", resultCount));
      const name = element("td");
      if (p.url && /^https?:\/\//.test(p.url)) {
        const link = element("a", p.name);
        link.href = p.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        name.appendChild(link);
      } else {
        name.textContent = p.name || "";
      }
      row.appendChild(name);
      const phones = element("td");
      const detailsList = p.phone_details || (p.phones || []).map((e164) => ({e164}));
      detailsList.forEach((phone, index) => {
        if (index) phones.appendChild(document.createElement("br"));
        const span = element("span", phone.e164, "confidence " + confidenceClass(phone.confidence || 0));
        if (phone.confidence !== undefined && phone.confidence !== null) {
          span.title = `confidence ${phone.confidence} (${phone.layer || "?"})`;
        }
        phones.appendChild(span);
      });
      row.appendChild(phones);
      row.appendChild(element("td", p.platform));
      row.appendChild(element("td", p.category));
      row.appendChild(element("td", p.location));
      results.appendChild(row);
      $("live-result-count").textContent = `(${resultCount})`;
      $("live-results-empty").hidden = true;
    }

    function showDetails(box, frameMessage) {
      details.replaceChildren(
        element("strong", box.e164),
        element("div", `as written: ${box.raw}`),
        element("div", `confidence ${box.confidence} · found by ${box.layer || "?"}`),
        element("div", `on ${frameMessage.url}`, "muted"),
      );
      details.hidden = false;
    }

    function drawFrame(message) {
      frame.src = "data:image/jpeg;base64," + message.jpeg;
      frame.hidden = false;
      $("live-empty").hidden = true;
      const nodes = (message.boxes || []).map((box) => {
        const node = element("button", null, "live-box " + confidenceClass(box.confidence));
        node.type = "button";
        // Outlined a few pixels outside the number, so the number stays readable inside the box.
        node.style.left = `calc(${box.x * 100}% - 3px)`;
        node.style.top = `calc(${box.y * 100}% - 3px)`;
        node.style.width = `calc(${box.width * 100}% + 6px)`;
        node.style.height = `calc(${box.height * 100}% + 6px)`;
        node.appendChild(element("span", `${box.e164} · ${Math.round((box.confidence || 0) * 100)}%`, "box-label"));
        node.setAttribute("aria-label", `Phone ${box.e164}, confidence ${box.confidence}`);
        node.dataset.e164 = box.e164;
        node.addEventListener("click", () => {
          boxes.querySelectorAll(".live-box.open").forEach((other) => other.classList.remove("open"));
          node.classList.add("open");
          showDetails(box, message);
        });
        return node;
      });
      boxes.replaceChildren(...nodes);
    }

    const handlers = {
      onOpen() {
        $("live-connection").textContent = "live";
      },
      onClose(event, willRetry) {
        $("live-connection").textContent = willRetry ? "reconnecting…" : `closed (${event.code})`;
      },
      onMessage(message) {
        switch (message.type) {
          case "state":
            setStatus(message.task.status);
            setProgress(message.task.progress, message.task.counters);
            break;
          case "log":
            addLog(message);
            if (Number.isInteger((message.payload || {}).page)) {
              pagesLogged += 1;
              setProgress(null, lastCounters || {pages: 0});
            }
            break;
          case "progress":
            addLog(message);
            setProgress(message.payload.progress, message.payload);
            break;
          case "result":
            addLog(message);
            addResult(message);
            break;
          case "status":
            addLog(message);
            setStatus(message.payload.status);
            break;
          case "frame":
            drawFrame(message);
            break;
          case "error":
            $("live-connection").textContent = message.message;
            break;
          default:
            break;
        }
      },
    };
    // after=0: the whole log, so the results table lists every lead of the task.
    return connect(taskId, handlers, {after: 0});
  }

  window.InsightLive = {connect, confidenceClass};
  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("live");
    if (root) window.InsightLive.page = page(root);
  });
})();
