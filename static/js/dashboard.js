// Every dashboard page: a posted form shows that it is working and cannot be sent twice.
(function () {
  "use strict";
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (event.defaultPrevented || form.method.toLowerCase() !== "post") return;
    form.setAttribute("aria-busy", "true");
    form.querySelectorAll("button[type=submit]").forEach((button) => {
      button.disabled = true;
      button.dataset.label = button.textContent;
      button.textContent = "Working…";
    });
  });
  // Back/forward cache: a page restored after navigation must not keep its buttons disabled.
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[aria-busy=true] button[type=submit]").forEach((button) => {
      button.disabled = false;
      if (button.dataset.label) button.textContent = button.dataset.label;
    });
  });
  // The header's email is cut with an ellipsis on narrow rows: the whole of it (and the role) as its tooltip.
  const badge = document.querySelector("header.site .user-badge");
  if (badge) badge.title = badge.textContent.trim();
})();
