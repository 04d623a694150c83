// Sends the CSRF token with every htmx request, read from the layout's meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The language switch keeps what was typed: on a click on a language, the page's form fields (never passwords,
// hidden fields or files) are kept in this tab's sessionStorage; the page in the other language puts them back
// into the same forms (by action and name) and forgets them.
(function () {
  var KEY = "koshi-typed-input";

  function kept(field) {
    return field.name && !/^(password|hidden|file|submit|button|reset|image)$/.test(field.type);
  }

  function formKey(form) {
    return new URL(form.getAttribute("action") || location.pathname, location.href).pathname + "#" +
        Array.prototype.filter.call(document.forms, function (f) { return f.action === form.action; }).indexOf(form);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".languages a") : null;
    if (!link) {
      return;
    }
    var fields = [];
    Array.prototype.forEach.call(document.forms, function (form) {
      Array.prototype.filter.call(form.elements, kept).forEach(function (f) {
        fields.push({form: formKey(form), name: f.name, value: f.value,
          checked: (f.type === "checkbox" || f.type === "radio") ? f.checked : null});
      });
    });
    sessionStorage.setItem(KEY, JSON.stringify({path: new URL(link.href).pathname, fields: fields}));
  });

  document.addEventListener("DOMContentLoaded", function () {
    var saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
    sessionStorage.removeItem(KEY);
    if (!saved || saved.path !== location.pathname) {
      return;
    }
    Array.prototype.forEach.call(document.forms, function (form) {
      var key = formKey(form);
      saved.fields.filter(function (s) { return s.form === key; }).forEach(function (s) {
        Array.prototype.filter.call(form.elements, function (f) { return f.name === s.name && kept(f); }).forEach(function (f) {
          if (s.checked === null) {
            f.value = s.value;
          } else if (f.value === s.value) {
            f.checked = s.checked;
          }
        });
      });
    });
  });

  // A search that updates the address as one types (hx-push-url) keeps its query in the switch's links.
  document.addEventListener("htmx:pushedIntoHistory", function () {
    document.querySelectorAll(".languages a[lang]").forEach(function (a) {
      var url = new URL(location.href);
      url.searchParams.set("lang", a.getAttribute("lang"));
      a.href = url.pathname + url.search;
    });
  });
})();
