// The monitor form's keywords: choosing a keyword set fills its name and keywords (editing them changes that set),
// "New keyword set…" empties them; the preview follows the keywords as they are typed.
(function () {
  "use strict";
  const box = document.getElementById("keywords");
  const data = document.getElementById("keyword-sets");
  if (!box || !data) return;
  const sets = JSON.parse(data.textContent);
  const select = document.getElementById("id_keyword_set");
  const name = document.getElementById("id_keyword_name");
  const expression = document.getElementById("id_keyword_expression");
  const loaded = document.getElementById("id_keyword_loaded");
  const shared = document.getElementById("keyword-shared");
  const out = document.getElementById("keyword-preview");

  function describeSharing() {
    const chosen = sets.find((s) => String(s.id) === select.value);
    const others = chosen ? chosen.monitors : 0;
    shared.hidden = !others;
    shared.textContent = others
      ? `${others === 1 ? "One monitor uses" : others + " monitors use"} this keyword set: changing its keywords changes ${others === 1 ? "it" : "them"} too.`
      : "";
  }

  select.addEventListener("change", function () {
    const chosen = sets.find((s) => String(s.id) === select.value);
    name.value = chosen ? chosen.name : "";
    expression.value = chosen ? chosen.expression : "";
    loaded.value = chosen ? chosen.id : "";
    describeSharing();
    preview();
  });

  let timer = null;
  let sent = 0;
  function preview() {
    const mine = ++sent;
    const url = box.dataset.previewUrl + "?" + new URLSearchParams({ expression: expression.value });
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then(function (result) {
        if (mine !== sent) return;
        const wrap = document.createElement("div");
        wrap.className = "preview" + (result.error ? " error" : "");
        const summary = document.createElement("p");
        const strong = document.createElement("strong");
        strong.textContent = result.summary;
        summary.appendChild(strong);
        wrap.appendChild(summary);
        if (result.examples.length) {
          const list = document.createElement("ul");
          list.className = "preview-examples";
          result.examples.forEach(function (example) {
            const item = document.createElement("li");
            const title = document.createElement(example.url ? "a" : "span");
            title.textContent = example.title || "(untitled)";
            if (example.url) {
              title.href = example.url;
              title.rel = "noopener noreferrer";
              title.target = "_blank";
            }
            const excerpt = document.createElement("span");
            excerpt.className = "muted";
            example.parts.forEach(function (part) {
              const piece = document.createElement(part.match ? "mark" : "span");
              piece.textContent = part.text;
              excerpt.appendChild(piece);
            });
            item.append(title, document.createElement("br"), excerpt);
            list.appendChild(item);
          });
          wrap.appendChild(list);
        }
        out.replaceChildren(wrap);
      })
      .catch(function () {});
  }
  expression.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 400);
  });
  describeSharing();
  if (expression.value.trim()) preview();
})();
