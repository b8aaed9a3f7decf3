/* What every page's chrome runs, in one shared file instead of inline in each page
   (issue 17: lighter output). Loaded in <head> without defer (overrides/partials/
   javascripts/base.html), so everything here is in place before the body is parsed
   and painted, as Material's inline scripts were. */

/* Material 9.8.1's partials/javascripts/base.html: the storage helpers its bundle and the
   palette restore read (__md_get, __md_set), keyed by the site's root. The root is found
   from this file's own address (assets/javascripts/ -> ../..), the same from every page,
   served or from disk, and on the 404 page a server shows at any depth. */
__md_scope = new URL("../..", document.currentScript.src);
__md_hash = e => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) { /* storage full or blocked */ }
};

/* Material 9.8.1's partials/palette.html and javascripts/palette.html: the header's scheme
   toggles written into its empty form, then the reader's chosen scheme put on <body> before
   it is painted. Called inline right after that form (overrides/partials/javascripts/
   palette.html). The toggles, one [media, scheme, primary, accent, toggle's name or null,
   icon's markup] a scheme, are the site's palette: hooks/site.py writes them on the next
   line of the built copy of this file. Material's bundle, loaded at the end of <body>,
   finds the toggles as if they were written in the page. Without scripts there are none. */
var __archive_toggles = [];
function __archive_palette() {
  var toggles = __archive_toggles;
  var form = document.querySelector("[data-md-component=palette]");
  toggles.forEach(function (option, index) {
    var input = document.createElement("input");
    input.className = "md-option";
    ["media", "scheme", "primary", "accent"].forEach(function (key, at) {
      input.setAttribute("data-md-color-" + key, option[at]);
    });
    if (option[4]) input.setAttribute("aria-label", option[4]);
    else input.setAttribute("aria-hidden", "true");
    input.type = "radio";
    input.name = "__palette";
    input.id = "__palette_" + index;
    form.appendChild(input);
    if (!option[4]) return;
    var label = document.createElement("label");
    label.className = "md-header__button md-icon";
    label.title = option[4];
    label.htmlFor = "__palette_" + (index + 1) % toggles.length;
    label.hidden = true;
    label.innerHTML = option[5];  /* the icon's empty <svg> (archive/output/icons.py) */
    form.appendChild(label);
  });
  var palette = __md_get("__palette");
  if (!palette || !palette.color) return;
  if (palette.color.media === "(prefers-color-scheme)") {
    var media = matchMedia("(prefers-color-scheme: light)");
    var input = document.querySelector(media.matches
      ? "[data-md-color-media='(prefers-color-scheme: light)']"
      : "[data-md-color-media='(prefers-color-scheme: dark)']");
    palette.color.media = input.getAttribute("data-md-color-media");
    palette.color.scheme = input.getAttribute("data-md-color-scheme");
    palette.color.primary = input.getAttribute("data-md-color-primary");
    palette.color.accent = input.getAttribute("data-md-color-accent");
  }
  for (var [key, value] of Object.entries(palette.color)) {
    document.body.setAttribute("data-md-color-" + key, value);
  }
}

/* Opened from disk (the offline copy): the footer says so instead of offering the zip
   the copy does not hold (overrides/partials/copyright.html; archive.css shows one of
   the two). A class on <html>, set before the first paint: no text swapped in view. */
if (location.protocol === "file:") document.documentElement.classList.add("archive-from-disk");

/* Search is written by a script (archive-search.js), so its button shows only where
   scripts run (archive.css hides it on an <html> without this class). */
document.documentElement.classList.add("archive-js");

/* The header's drawer button is a <label> (overrides/partials/header.html): Space works
   it as a button (Material's bundle already clicks a focused label on Enter), and it
   says whether the drawer is open. */
document.addEventListener("DOMContentLoaded", function () {
  var button = document.querySelector("[data-archive-drawer]");
  var drawer = document.getElementById("__drawer");
  if (!button || !drawer) return;
  button.addEventListener("keydown", function (e) {
    if (e.key === " ") { e.preventDefault(); button.click(); }
  });
  function state() { button.setAttribute("aria-expanded", drawer.checked ? "true" : "false"); }
  drawer.addEventListener("change", state);
  state();
});
