/* Analytics page: reads the range form, loads the analytics API in parallel and draws cards and plotly charts. */
(function () {
  "use strict";

  const root = document.getElementById("analytics");
  if (!root) return;
  const api = root.dataset.api;
  const form = document.getElementById("analytics-filters");
  const statusLine = document.getElementById("analytics-status");
  const errorBox = document.getElementById("analytics-error");
  const emptyBox = document.getElementById("analytics-empty");
  const cardsList = document.getElementById("analytics-cards");
  const charts = document.getElementById("analytics-charts");
  const freshness = document.getElementById("analytics-freshness");
  const CARD_LABELS = {
    new_leads: "New leads",
    with_phone: "With phone",
    high_intent: "High intent",
    qualified_won: "Qualified or won",
    avg_score: "Average score",
  };
  const COLORS = ["#0b5cad", "#1e7a34", "#b35c00", "#7a3ea1", "#b3261e", "#00788a", "#5b6775", "#8a6d00"];
  // No plotly toolbar: it sat on top of the bars (issue 24); every chart has its data table below instead.
  const PLOT_CONFIG = { responsive: true, displaylogo: false, displayModeBar: false };
  let generation = 0;

  // Plotly reads a little HTML in labels; scraped platform/category/keyword text must show as plain text.
  function plain(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function params() {
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const [key, value] of data.entries()) {
      if (value && key !== "csrfmiddlewaretoken") query.set(key, value);
    }
    return query;
  }

  async function getJSON(path, query) {
    const response = await fetch(`${api}${path}?${query}`, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error((body && body.error && body.error.message) || `The server answered ${response.status}.`);
      error.fields = (body && body.error && body.error.fields) || {};
      throw error;
    }
    return body;
  }

  function setBusy(busy) {
    cardsList.setAttribute("aria-busy", String(busy));
    charts.setAttribute("aria-busy", String(busy));
  }

  function showError(error) {
    const fields = Object.entries(error.fields || {}).map(([field, messages]) => `${field}: ${[].concat(messages).join(" ")}`);
    errorBox.textContent = [error.message, ...fields].join(" ");
    errorBox.hidden = false;
    statusLine.textContent = "The numbers could not be loaded.";
  }

  function formatNumber(value) {
    if (value === null || value === undefined) return "–";
    return Number(value).toLocaleString(undefined, { maximumFractionDigits: 1 });
  }

  function renderCards(summary) {
    cardsList.replaceChildren();
    for (const card of summary.cards) {
      const item = document.createElement("li");
      item.dataset.card = card.key;
      const label = document.createElement("span");
      label.className = "card-label";
      label.textContent = CARD_LABELS[card.key] || card.key;
      const value = document.createElement("span");
      value.className = "card-value";
      value.textContent = formatNumber(card.value);
      const change = document.createElement("span");
      if (card.change_pct === null) {
        change.textContent = `previous: ${formatNumber(card.previous)}`;
        change.className = "muted";
      } else {
        const sign = card.change_pct > 0 ? "+" : "";
        change.textContent = `${sign}${card.change_pct}% vs ${formatNumber(card.previous)} before`;
        change.className = card.change_pct > 0 ? "up" : card.change_pct < 0 ? "down" : "muted";
      }
      item.append(label, value, change);
      cardsList.append(item);
    }
    const previous = `${summary.previous_from} – ${summary.previous_to}`;
    cardsList.setAttribute("aria-label", `${summary.date_from} – ${summary.date_to}, compared with ${previous}`);
  }

  function renderFreshness(info) {
    if (!info || !info.counted_until) {
      freshness.textContent = "The numbers have not been counted yet.";
    } else {
      const when = new Date(info.counted_until).toLocaleString();
      freshness.textContent = `Counted up to ${when}.` + (info.status === "failed" ? " The last recount failed." : "");
    }
  }

  function table(figure, headers, rows) {
    const holder = figure.querySelector(".chart-table");
    const tableEl = document.createElement("table");
    const head = tableEl.createTHead().insertRow();
    for (const text of headers) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = text;
      head.append(th);
    }
    const body = tableEl.createTBody();
    for (const row of rows) {
      const tr = body.insertRow();
      for (const cell of row) tr.insertCell().textContent = cell;
    }
    holder.replaceChildren(tableEl);
  }

  function plot(name, traces, layout, headers, rows) {
    const figure = charts.querySelector(`[data-chart="${name}"]`);
    const target = figure.querySelector(".chart-plot");
    table(figure, headers, rows);
    if (!rows.length) {
      window.Plotly.purge(target);
      const empty = document.createElement("p");
      empty.className = "chart-empty muted";
      empty.textContent = "Nothing to show for this range.";
      target.replaceChildren(empty);
      return;
    }
    target.replaceChildren();
    const base = {
      margin: { t: 10, r: 10, b: 40, l: 10 },
      font: { family: "system-ui, sans-serif", color: "#1d2733" },
      paper_bgcolor: "#ffffff",
      plot_bgcolor: "#ffffff",
      colorway: COLORS,
      legend: { orientation: "h", y: -0.2 },
    };
    window.Plotly.react(target, traces, { ...base, ...layout }, PLOT_CONFIG);
  }

  function renderTimeseries(series) {
    const x = series.points.map((point) => point.bucket);
    const line = (key, name) => ({ type: "scatter", mode: "lines+markers", name, x, y: series.points.map((p) => p[key]) });
    const total = series.points.reduce((sum, point) => sum + point.leads, 0);
    plot(
      "timeseries",
      [line("leads", "New leads"), line("with_phone", "With phone"), line("high_intent", "High intent"), line("qualified_won", "Qualified or won")],
      { xaxis: { type: "date", automargin: true }, yaxis: { rangemode: "tozero", automargin: true }, hovermode: "x unified" },
      ["Starting", "New leads", "With phone", "High intent", "Qualified or won"],
      total ? series.points.map((p) => [p.bucket, p.leads, p.with_phone, p.high_intent, p.qualified_won]) : []
    );
  }

  function breakdownRows(breakdown) {
    const items = breakdown.items.slice();
    if (breakdown.other) items.push(breakdown.other);
    return items;
  }

  function renderBreakdown(breakdown) {
    const items = breakdownRows(breakdown);
    const labels = items.map((item) => plain(item.label));
    const counts = items.map((item) => item.leads);
    const headers = ["Value", "Leads", "With phone", "High intent", "Average score"];
    const rows = items.map((i) => [i.label, i.leads, i.with_phone, i.high_intent, formatNumber(i.avg_score)]);
    let traces;
    let layout = {};
    if (breakdown.by === "status") {
      traces = [{ type: "funnel", y: labels, x: counts, textinfo: "value+percent initial", marker: { color: COLORS[0] } }];
      layout = { yaxis: { automargin: true } };
    } else if (breakdown.by === "intent" || breakdown.by === "sentiment") {
      traces = [{ type: "pie", hole: 0.45, labels, values: counts, sort: false, textinfo: "label+percent" }];
    } else {
      traces = [
        {
          type: "bar",
          orientation: "h",
          y: labels.slice().reverse(),
          x: counts.slice().reverse(),
          marker: { color: COLORS[0] },
          hovertemplate: "%{y}: %{x}<extra></extra>",
        },
      ];
      layout = { yaxis: { automargin: true }, xaxis: { rangemode: "tozero" } };
    }
    plot(breakdown.by, traces, layout, headers, rows);
  }

  function renderKeywords(result) {
    const words = result.keywords;
    plot(
      "keywords",
      [
        {
          type: "bar",
          orientation: "h",
          y: words.map((w) => plain(w.keyword)).reverse(),
          x: words.map((w) => w.leads).reverse(),
          marker: { color: COLORS[1] },
          hovertemplate: "%{y}: %{x}<extra></extra>",
        },
      ],
      { yaxis: { automargin: true }, xaxis: { rangemode: "tozero" } },
      ["Keyword", "Leads"],
      words.map((w) => [w.keyword, w.leads])
    );
  }

  // A date the browser could not read, or a range ending before it starts, is said so, never silently replaced.
  function rangeError() {
    const from = form.elements.date_from;
    const to = form.elements.date_to;
    if (from.validity.badInput) return "The start date is not a complete date (YYYY-MM-DD).";
    if (to.validity.badInput) return "The end date is not a complete date (YYYY-MM-DD).";
    if (from.value && to.value && from.value > to.value) {
      return `The start date ${from.value} is after the end date ${to.value}: swap them or pick another range.`;
    }
    return "";
  }

  async function load() {
    const problem = rangeError();
    if (problem) {
      ++generation;
      showError(new Error(problem));
      statusLine.textContent = "Nothing shown until the range is fixed.";
      return;
    }
    const mine = ++generation;
    const query = params();
    history.replaceState(null, "", `${location.pathname}?${query}`);
    errorBox.hidden = true;
    statusLine.textContent = "Loading numbers…";
    setBusy(true);
    const breakdowns = root.dataset.breakdowns.split(",");
    try {
      const [summary, series, keywords, ...parts] = await Promise.all([
        getJSON("summary", query),
        getJSON("timeseries", query),
        getJSON("keywords", query),
        ...breakdowns.map((by) => getJSON("breakdown", new URLSearchParams([...query, ["by", by]]))),
      ]);
      if (mine !== generation) return; // a newer request is on its way
      if (!window.Plotly) throw new Error("The chart library did not load; reload the page.");
      renderFreshness(summary.freshness);
      renderCards(summary);
      const newLeads = summary.cards.find((card) => card.key === "new_leads");
      emptyBox.hidden = Boolean(newLeads && newLeads.value);
      renderTimeseries(series);
      parts.forEach(renderBreakdown);
      renderKeywords(keywords);
      statusLine.textContent = `Showing ${summary.date_from} – ${summary.date_to}.`;
      root.dataset.loaded = "true";
    } catch (error) {
      if (mine === generation) showError(error);
    } finally {
      if (mine === generation) setBusy(false);
    }
  }

  async function recount(button) {
    const token = form.ownerDocument.querySelector("[name=csrfmiddlewaretoken]").value;
    button.disabled = true;
    statusLine.textContent = "Recounting…";
    try {
      const response = await fetch(`${api}refresh`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token },
        body: "{}",
      });
      if (!response.ok) throw new Error(`The recount could not be queued (${response.status}).`);
      setTimeout(load, 3000);
    } catch (error) {
      showError(error);
    } finally {
      setTimeout(() => (button.disabled = false), 3000);
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  form.querySelectorAll("input[name=period]").forEach((input) => input.addEventListener("change", load));
  const refresh = document.getElementById("analytics-refresh");
  if (refresh) refresh.addEventListener("click", () => recount(refresh));
  function start() {
    if (root.dataset.rangeError) {
      // The address held a date that is not one: say so, and draw nothing until the range is fixed.
      showError(new Error(root.dataset.rangeError));
      statusLine.textContent = "Nothing shown until the range is fixed.";
      return;
    }
    load();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
