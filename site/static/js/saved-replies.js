// Saved replies in the artisan's reply form: choosing one puts its text in the reply box at
// once, after what the artisan already typed; choosing another swaps it. Without this script
// the "Put it in the reply box" button (hidden here) sends the form back and the server does
// the same.
(function () {
  "use strict";
  const form = document.querySelector("[data-saved-replies]");
  if (!form) return;
  const choice = form.querySelector("[data-saved-reply-choice]");
  const button = form.querySelector("[data-saved-reply-use]");
  const box = form.elements.body;
  if (!choice || !box) return;
  let typed = null; // what was in the box before a saved reply was put in
  let filled = null; // the box's text right after

  function fill() {
    const option = choice.options[choice.selectedIndex];
    if (!option || !option.value) return;
    if (typed === null || box.value !== filled) typed = box.value.trim();
    box.value = typed ? typed + "\n\n" + option.dataset.body : option.dataset.body;
    filled = box.value;
  }

  choice.addEventListener("change", fill);
  if (button) button.hidden = true; // choosing is enough
})();
