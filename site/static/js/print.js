// The printable documents' "Print" button. Without JavaScript it stays hidden, and the
// browser's own Print menu does the same.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
})();
