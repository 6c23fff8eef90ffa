// The ticket page has a form for the reply, one for the internal note and one for the triage, and the browser sends
// only the form whose button was pressed. So that nothing typed is lost, what the other forms' boxes hold goes along
// in hidden fields; the page that comes back puts it into its boxes again, with a notice (contact.inbox.views.ticket).
(function () {
  "use strict";
  var forms = document.querySelectorAll("form[data-ticket-form]");

  function carryOtherBoxes(sent) {
    sent.querySelectorAll("input[data-carried]").forEach(function (carried) {
      carried.remove();
    });
    forms.forEach(function (form) {
      if (form === sent) {
        return;
      }
      form.querySelectorAll("textarea").forEach(function (box) {
        if (!box.value.trim()) {
          return;
        }
        var carried = document.createElement("input");
        carried.type = "hidden";
        carried.name = box.name;
        carried.value = box.value;
        carried.setAttribute("data-carried", "");
        sent.appendChild(carried);
      });
    });
  }

  forms.forEach(function (form) {
    form.addEventListener("submit", function () {
      carryOtherBoxes(form);
    });
  });
})();
