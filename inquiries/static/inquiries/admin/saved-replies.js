// The thread page of the council's inbox: choosing a saved reply puts its text in the reply
// box at once, after what the editor typed; choosing another swaps it. Without this script the
// "Use this saved reply" button sends the form back and the server does the same.
document.addEventListener("DOMContentLoaded", () => {
  "use strict";
  const data = document.getElementById("saved-replies");
  const select = document.getElementById("id_saved_reply");
  const box = document.getElementById("id_body");
  if (!data || !select || !box) return;
  const replies = JSON.parse(data.textContent);
  const button = document.querySelector("[data-saved-reply-button]");
  if (button) button.hidden = true;
  let typed = null; // what was in the box before a saved reply was put in
  let filled = null; // the box's text right after
  select.addEventListener("change", () => {
    const text = replies[select.value];
    if (!text) return;
    if (typed === null || box.value !== filled) typed = box.value.trimEnd();
    box.value = typed ? `${typed}\n\n${text}` : text;
    filled = box.value;
    box.focus();
  });
});
