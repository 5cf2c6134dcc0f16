// Checkout: each address level's choices follow the one above it, and the delivery options
// are priced again for the address. Without this script the form still works: the
// "Show delivery options" button sends it back to the server, which does the same.
(function () {
  "use strict";
  const form = document.querySelector("[data-checkout]");
  if (!form) return;
  const levels = ["province_code", "regency_code", "district_code", "village_code"].map(
    (name) => form.elements[name]
  );
  const country = form.elements.country;
  const postalCode = form.elements.postal_code;
  const delivery = form.querySelector("[data-delivery]");
  const updateButton = form.querySelector("[data-update]");
  if (updateButton) updateButton.hidden = true;

  function showAddressFor(code) {
    form.querySelectorAll("[data-address]").forEach((block) => {
      block.hidden = (block.dataset.address === "indonesia") !== (code === "ID");
    });
  }

  function clearBelow(index) {
    for (const select of levels.slice(index + 1)) {
      select.length = 1;
      select.value = "";
    }
  }

  async function fillChildren(index) {
    const parent = levels[index].value;
    const next = levels[index + 1];
    clearBelow(index);
    if (!parent || !next) return;
    const url = new URL(form.dataset.regionsUrl, window.location.href);
    url.searchParams.set("parent", parent);
    const response = await fetch(url);
    if (!response.ok) return;
    const { regions } = await response.json();
    for (const [code, name, postal] of regions) {
      const option = new Option(name, code);
      if (postal) option.dataset.postalCode = postal;
      next.add(option);
    }
  }

  let pending;
  async function refreshDelivery() {
    if (pending) pending.abort();
    pending = new AbortController();
    const url = new URL(form.dataset.deliveryUrl, window.location.href);
    url.searchParams.set("country", country.value);
    url.searchParams.set("province_code", levels[0].value);
    const chosen = form.querySelector("input[name=delivery]:checked");
    if (chosen) url.searchParams.set("delivery", chosen.value);
    try {
      const response = await fetch(url, { signal: pending.signal });
      if (!response.ok) return;
      const legend = delivery.querySelector("legend");
      delivery.innerHTML = await response.text();
      delivery.prepend(legend);
      const checked = delivery.querySelector("input[name=delivery]:checked");
      if (grandTotal) {
        grandTotal.textContent = checked ? checked.dataset.grandTotal : grandTotal.dataset.empty;
      }
    } catch (error) {
      if (error.name !== "AbortError") throw error;
    }
  }

  country.addEventListener("change", () => {
    showAddressFor(country.value);
    refreshDelivery();
  });
  levels.forEach((select, index) => {
    select.addEventListener("change", () => {
      if (index === 0) refreshDelivery();
      if (index < levels.length - 1) {
        fillChildren(index);
      } else {
        const postal = select.selectedOptions[0]?.dataset.postalCode;
        if (postal && (!postalCode.value || postalCode.dataset.filled === "auto")) {
          postalCode.value = postal;
          postalCode.dataset.filled = "auto";
        }
      }
    });
  });
  postalCode.addEventListener("input", () => delete postalCode.dataset.filled);

  // The total to pay follows the delivery chosen (each choice carries its own total).
  const grandTotal = form.querySelector("[data-total-to-pay]");
  form.addEventListener("change", (event) => {
    if (event.target.name === "delivery" && grandTotal) {
      grandTotal.textContent = event.target.dataset.grandTotal;
    }
  });
})();
