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

// The border booth. A document reader types the MRZ lines, each followed by Enter: the Enter that completes an MRZ
// (2 lines of 36 or 44 characters, or 3 of 30) reads it at once instead of adding a line; a pasted MRZ is read too.
// When every check digit agrees, focus goes to "Record", so the officer's next Enter records the crossing. On a held
// crossing, key 1 goes to the reason for letting it through and key 2 stops it (never while typing in a field).
(function () {
  function complete(text) {
    var lines = text.trim().split(/\s*\n\s*/).map(function (l) { return l.replace(/\s/g, "").length; });
    return (lines.length === 2 && lines[0] === lines[1] && (lines[0] === 44 || lines[0] === 36))
        || (lines.length === 3 && lines.every(function (n) { return n === 30; }));
  }

  function read(field) {
    field.dataset.read = field.value;
    htmx.trigger(field, "mrz-read");
  }

  document.addEventListener("keydown", function (event) {
    var field = event.target;
    if (field.matches && field.matches("textarea[data-mrz]")) {
      if (event.key === "Enter" && !event.shiftKey && complete(field.value)) {
        event.preventDefault();
        read(field);
      }
      return;
    }
    if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.altKey || event.metaKey
        || (field.closest && field.closest("input, textarea, select"))) {
      return;
    }
    var target = document.querySelector('[data-key="' + event.key + '"]');
    if (target) {
      event.preventDefault();
      target.tagName === "BUTTON" ? target.click() : target.focus();
    }
  });

  document.addEventListener("paste", function (event) {
    var field = event.target;
    if (field.matches && field.matches("textarea[data-mrz]")) {
      setTimeout(function () { if (complete(field.value)) { read(field); } }, 0);
    }
  });

  document.addEventListener("change", function (event) {
    var field = event.target;
    if (field.matches && field.matches("textarea[data-mrz]") && field.value.trim() && field.value !== field.dataset.read) {
      read(field);
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id !== "crossing-fields") {
      return;
    }
    var valid = document.querySelector('#crossing-fields [data-mrz-valid="true"]');
    var next = valid ? document.getElementById("record") : document.getElementById("mrz");
    if (next) {
      next.focus();
    }
  });
})();

// The header's sections are links as far as they fit on its one row; those that do not (a narrow window, long names)
// move, in order, into the "More" menu at its end (a <details>). Escape or a click elsewhere closes the menu.
(function () {
  // A link that ends even half a pixel past the list is cut off (scrollWidth is rounded, so it is not enough alone).
  function overflows(links) {
    var last = links.lastElementChild;
    return links.scrollWidth > links.clientWidth + 1
        || (last !== null && last.getBoundingClientRect().right > links.getBoundingClientRect().right + 0.5);
  }

  function fit() {
    var nav = document.querySelector(".main-nav");
    if (!nav) {
      return;
    }
    var links = nav.querySelector(".nav-links");
    var more = nav.querySelector(".nav-overflow");
    while (more.firstElementChild) {
      links.appendChild(more.firstElementChild);
    }
    nav.classList.remove("overflowing");
    if (!overflows(links)) {
      nav.querySelector(".nav-more").open = false;
      return;
    }
    nav.classList.add("overflowing");
    while (links.children.length > 0 && overflows(links)) {
      more.insertBefore(links.lastElementChild, more.firstElementChild);
    }
    // All of them in the menu: it is named "Sections", not "More".
    var summary = nav.querySelector(".nav-more > summary");
    summary.textContent = links.children.length ? summary.dataset.more : summary.dataset.all;
  }

  var pending = false;
  window.addEventListener("resize", function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(function () { pending = false; fit(); });
    }
  });
  document.addEventListener("DOMContentLoaded", fit);

  document.addEventListener("keydown", function (event) {
    var menu = document.querySelector(".nav-more[open]");
    if (event.key === "Escape" && menu) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });

  document.addEventListener("click", function (event) {
    var menu = document.querySelector(".nav-more[open]");
    if (menu && !menu.contains(event.target)) {
      menu.open = false;
    }
  });
})();

// Wide tables scroll inside themselves, never the page: each table.data gets a wrapper that can scroll sideways (and be
// scrolled by keyboard), also in what htmx swaps in.
(function () {
  function wrap(root) {
    (root.querySelectorAll ? root.querySelectorAll("table.data") : []).forEach(function (table) {
      if (table.parentElement.classList.contains("table-scroll")) {
        return;
      }
      var box = document.createElement("div");
      box.className = "table-scroll";
      box.tabIndex = 0;
      var caption = table.querySelector("caption");
      if (caption) {
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", caption.textContent.trim());
      }
      table.parentElement.insertBefore(box, table);
      box.appendChild(table);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { wrap(document); });
  document.addEventListener("htmx:load", function (event) { wrap(event.detail.elt); });
})();

// A form marked data-submit-once (a run of the daily sweep) is sent once: a second click while the page loads does nothing.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute("data-submit-once")) {
    return;
  }
  if (form.dataset.sent === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sent = "true";
  form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
});
