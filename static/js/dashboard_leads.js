// Leads list: keyboard triage (j/k move, x select, o open, g/n/i label, c/d status, m take, / search), the bulk bar
// and export of the selected rows.
(function () {
  "use strict";
  const table = document.getElementById("lead-table");
  const form = document.getElementById("lead-table-form");
  if (!table || !form) return;
  const rows = Array.from(table.querySelectorAll("tbody tr[data-lead-id]"));
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
  const live = document.getElementById("triage-status");
  const counter = document.getElementById("selected-count");
  const selectAll = document.getElementById("select-all");
  const actionSelect = document.getElementById("bulk-action");
  let current = -1;

  function announce(text) { if (live) live.textContent = text; }

  function focusRow(index) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle("current", i === current));
    const link = rows[current].querySelector("a.cell-title");
    if (link) link.focus();
  }

  function updateCount() {
    if (!counter) return;
    const n = form.querySelectorAll("input[name=ids]:checked").length;
    counter.textContent = n + " selected";
  }

  function showBulkField() {
    if (!actionSelect) return;
    form.querySelectorAll(".bulk [data-for]").forEach((el) => {
      const shown = el.dataset.for === actionSelect.value;
      el.hidden = !shown;
      el.disabled = !shown;
    });
  }

  async function post(row, path, body) {
    const data = new URLSearchParams(body);
    data.set("csrfmiddlewaretoken", csrf.value);
    try {
      const response = await fetch(row.dataset.url + path, {
        method: "POST",
        headers: { Accept: "application/json", "X-CSRFToken": csrf.value },
        body: data,
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) { announce(answer.error || "That did not work."); row.classList.add("failed"); return null; }
      announce(answer.message);
      return answer;
    } catch (error) {
      announce("Network error: nothing was changed.");
      return null;
    }
  }

  async function label(row, kind) {
    const answer = await post(row, "label/", { kind: kind });
    if (answer) row.querySelector("[data-role=labels]").textContent = answer.label_count;
  }

  async function update(row, body) {
    const answer = await post(row, "update/", body);
    if (!answer) return;
    const badge = row.querySelector("[data-role=status]");
    badge.textContent = answer.status_label;
    badge.className = "badge " + answer.status_value;
    const owner = row.querySelector("[data-role=owner]");
    if (owner) owner.textContent = answer.owner;
  }

  const keys = {
    j: () => focusRow(current + 1),
    k: () => focusRow(current - 1),
    o: (row) => { window.location.href = row.dataset.url; },
    x: (row) => {
      const box = row.querySelector("input[name=ids]");
      if (box) { box.checked = !box.checked; updateCount(); }
    },
    g: (row) => label(row, "good_lead"),
    n: (row) => label(row, "not_a_lead"),
    i: (row) => label(row, "wrong_intent"),
    c: (row) => update(row, { status: "contacted" }),
    d: (row) => update(row, { status: "discarded" }),
    m: (row) => update(row, { owner: "me" }),
  };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.matches("input:not([type=checkbox]), select, textarea")) return;
    if (event.key === "/") {
      event.preventDefault();
      document.getElementById("f-q").focus();
      return;
    }
    const handler = keys[event.key];
    if (!handler) return;
    if (current < 0 && event.key !== "j" && event.key !== "k") return;
    event.preventDefault();
    // Everyone may select rows (to export them); only editors get the bulk bar's action select and triage keys.
    const canEdit = Boolean(csrf && actionSelect);
    if (!canEdit && "gnicdm".includes(event.key)) return;
    handler(rows[current]);
  });

  rows.forEach((row, index) => row.addEventListener("focusin", () => {
    current = index;
    rows.forEach((r, i) => r.classList.toggle("current", i === index));
  }));
  form.addEventListener("change", updateCount);
  if (selectAll) selectAll.addEventListener("change", () => {
    form.querySelectorAll("input[name=ids]").forEach((box) => { box.checked = selectAll.checked; });
    updateCount();
  });
  if (actionSelect) { actionSelect.addEventListener("change", showBulkField); showBulkField(); }

  // Export of the selected rows: a GET straight to the export API, so the download leaves this page (and its
  // selection) as it is. Without script, or with nothing selected, the buttons post to the server instead.
  const exportBox = form.querySelector(".bulk-export[data-export-url]");
  if (exportBox) exportBox.addEventListener("click", (event) => {
    const button = event.target.closest("button[name=format]");
    if (!button) return;
    const ids = Array.from(form.querySelectorAll("input[name=ids]:checked"), (box) => box.value);
    if (!ids.length) return;
    event.preventDefault();
    const query = new URLSearchParams({ ids: ids.join(","), format: button.value });
    window.location.assign(exportBox.dataset.exportUrl + "?" + query.toString().replace(/%2C/g, ","));
    announce("Exporting " + ids.length + (ids.length === 1 ? " lead." : " leads."));
  });
})();
