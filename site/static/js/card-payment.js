// Card payment on the order page, with Stripe.js and its Card Element: the card goes from
// the buyer's browser to Stripe, never to our server. On "Pay", the server gives the client
// secret of the order's PaymentIntent (its amount is the order's total, set by the server);
// Stripe.js confirms the card (with the bank's check when it asks for one); the form is then
// sent, and the server asks Stripe how the payment stands before showing the order paid.
(function () {
  "use strict";
  const form = document.querySelector("[data-card-payment]");
  if (!form) return;
  const button = form.querySelector("[data-card-submit]");
  const errorBox = form.querySelector("[data-card-error]");
  const buttonText = button.textContent;

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
    form.querySelector(".field").classList.toggle("field--error", Boolean(message));
  }

  function busy(isBusy) {
    button.disabled = isBusy;
    button.textContent = isBusy ? form.dataset.paying : buttonText;
  }

  if (typeof window.Stripe !== "function") {
    showError(form.dataset.unavailable);
    return;
  }
  const locale = (form.dataset.locale || "auto").slice(0, 2);
  const stripe = window.Stripe(form.dataset.publishableKey, { locale: locale });
  const card = stripe.elements({ locale: locale }).create("card", { hidePostalCode: true });
  card.mount(form.querySelector("[data-card-element]"));
  card.on("change", (event) => {
    showError(event && event.error ? event.error.message : "");
  });
  button.disabled = false;

  async function clientSecret() {
    const response = await fetch(form.dataset.intentUrl, {
      method: "POST",
      headers: { "X-CSRFToken": form.elements.csrfmiddlewaretoken.value },
      credentials: "same-origin",
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok || !answer.client_secret) {
      throw new Error(answer.error || form.dataset.unavailable);
    }
    return answer.client_secret;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    showError("");
    busy(true);
    let result;
    try {
      result = await stripe.confirmCardPayment(await clientSecret(), {
        payment_method: {
          card: card,
          billing_details: { name: form.dataset.name, email: form.dataset.email },
        },
      });
    } catch (error) {
      busy(false);
      showError(error.message || form.dataset.unavailable);
      return;
    }
    if (result.error) {
      busy(false);
      showError(result.error.message || form.dataset.notThrough);
      return;
    }
    const status = result.paymentIntent && result.paymentIntent.status;
    if (["succeeded", "processing", "requires_capture"].includes(status)) {
      form.submit(); // the server checks with Stripe; the order page shows the outcome
      return;
    }
    busy(false);
    showError(form.dataset.notThrough);
  });
})();
