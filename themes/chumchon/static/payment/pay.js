/* The payment page (templates/payment/pay.html): PromptPay countdown and the card form.
 *
 * Real Stripe.js: Stripe's Payment Element, confirmed in the browser (confirmPayment),
 * then Stripe sends the buyer to the return page. localstripe's Stripe.js has no
 * Payment Element: its card field makes a token and our server confirms the intent
 * (payment:confirm-card). Either way only Stripe's webhook marks the order paid.
 */
(function () {
  "use strict";

  var expiry = document.getElementById("promptpay-expiry");
  if (expiry && expiry.dataset.expires) {
    var until = new Date(expiry.dataset.expires).getTime();
    var out = expiry.querySelector(".countdown");
    var tick = function () {
      var left = Math.max(0, Math.round((until - Date.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      out.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      if (left === 0) { window.location.reload(); } else { window.setTimeout(tick, 1000); }
    };
    tick();
  }

  var root = document.getElementById("card-payment");
  if (!root || typeof window.Stripe !== "function") { return; }
  var form = document.getElementById("card-form");
  var errorBox = document.getElementById("card-error");
  var button = document.getElementById("card-submit");
  var stripe = window.Stripe(root.dataset.key);

  function showError(message) {
    errorBox.textContent = message || root.dataset.errorGeneric;
    errorBox.classList.remove("d-none");
    button.disabled = false;
  }

  function csrfToken() {
    return form.querySelector("input[name=csrfmiddlewaretoken]").value;
  }

  if (typeof stripe.confirmPayment === "function") {
    var elements = stripe.elements({clientSecret: root.dataset.clientSecret});
    elements.create("payment").mount("#payment-element");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      button.disabled = true;
      stripe.confirmPayment({elements: elements, confirmParams: {return_url: root.dataset.returnUrl}})
        .then(function (result) { if (result.error) { showError(result.error.message); } });
    });
    return;
  }

  var card = stripe.elements().create("card");
  card.mount("#payment-element");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    errorBox.classList.add("d-none");
    stripe.createToken(card).then(function (result) {
      if (result.error || !result.token) { throw (result.error || {}); }
      var body = new URLSearchParams();
      body.append("payment_method", result.token.card.id);
      return fetch(root.dataset.confirmUrl, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken()}
      });
    }).then(function (response) {
      return response.json();
    }).then(function (data) {
      if (data.error) { throw {message: data.error}; }
      if (data.status === "requires_action") {
        return stripe.confirmCardPayment(data.client_secret).then(function (result) {
          if (result.error) { throw result.error; }
          window.location.href = data.redirect;
        });
      }
      window.location.href = data.redirect;
    }).catch(function (error) {
      showError(error && error.message);
    });
  });
})();
