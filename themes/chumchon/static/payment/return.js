/* The return page (templates/payment/return.html): asks payment:status every two
 * seconds until the order is paid or can no longer be paid. It only reads the state. */
(function () {
  "use strict";
  var root = document.getElementById("payment-return");
  if (!root) { return; }
  var show = function (id, on) { document.getElementById(id).classList.toggle("d-none", !on); };
  var tries = 0;
  var poll = function () {
    fetch(root.dataset.statusUrl, {credentials: "same-origin", headers: {Accept: "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        root.dataset.status = data.status;
        show("state-paid", data.paid);
        show("state-waiting", !data.paid && data.payable);
        show("state-closed", !data.paid && !data.payable);
        document.getElementById("state-label").textContent = data.label;
        if (data.last_error) {
          document.getElementById("state-error").textContent = data.last_error;
          show("state-failed", true);
        }
        if (!data.paid && data.payable && tries++ < 450) { window.setTimeout(poll, 2000); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  };
  if (root.dataset.status === "pending-payment") { poll(); }
})();
