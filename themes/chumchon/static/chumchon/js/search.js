/*
 * Search UI, progressive enhancement over plain GET forms and links:
 *  - the header search box becomes an ARIA combobox listing suggestions from the
 *    autocomplete endpoint (data-suggest-url on the form) as the buyer types;
 *    arrow keys move, Enter follows, Escape closes. Thai IME input is respected:
 *    nothing is fetched between compositionstart and compositionend.
 *  - the sort select submits itself (its "Sort" button is for browsers without JS);
 *  - the facets <details> starts closed on narrow screens so products come first.
 * No dependency, no CDN.
 */
(function () {
    "use strict";
    if (window.chumchonSearch) { return; }
    window.chumchonSearch = true;

    var DEBOUNCE_MS = 150;

    function initCombobox(form) {
        var input = form.querySelector("input[name=q]");
        var listbox = form.querySelector("[role=listbox]");
        var url = form.getAttribute("data-suggest-url");
        var status = form.querySelector("[data-suggest-status]");
        var kinds = form.querySelector("[data-kind-product]");
        if (!input || !listbox || !url) { return; }

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        var composing = false;
        var timer = null;
        var active = -1;
        var items = [];
        var latest = 0;
        var cache = {};

        function close() {
            listbox.hidden = true;
            listbox.innerHTML = "";
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            items = [];
            active = -1;
        }

        function announce(count) {
            if (!status) { return; }
            var text = count === 0 ? status.getAttribute("data-template-none")
                : count === 1 ? status.getAttribute("data-template-one")
                : status.getAttribute("data-template-many").replace("__COUNT__", String(count));
            status.textContent = text;
        }

        function setActive(index) {
            var options = listbox.querySelectorAll("[role=option]");
            if (!options.length) { return; }
            if (index < 0) { index = options.length - 1; }
            if (index >= options.length) { index = 0; }
            for (var i = 0; i < options.length; i++) {
                options[i].setAttribute("aria-selected", i === index ? "true" : "false");
                options[i].classList.toggle("is-active", i === index);
            }
            active = index;
            input.setAttribute("aria-activedescendant", options[index].id);
            if (options[index].scrollIntoView) { options[index].scrollIntoView({block: "nearest"}); }
        }

        function render(suggestions) {
            listbox.innerHTML = "";
            items = suggestions;
            active = -1;
            input.removeAttribute("aria-activedescendant");
            suggestions.forEach(function (suggestion, index) {
                var option = document.createElement("li");
                option.id = listbox.id + "-" + index;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "site-search-suggestion";
                option.setAttribute("data-kind", suggestion.kind);
                var label = document.createElement("span");
                label.className = "site-search-suggestion-label";
                label.textContent = suggestion.label;  // seller-provided: text, never HTML
                option.appendChild(label);
                var kind = kinds && kinds.getAttribute("data-kind-" + suggestion.kind);
                if (kind) {
                    var badge = document.createElement("span");
                    badge.className = "site-search-suggestion-kind";
                    badge.textContent = kind;
                    option.appendChild(badge);
                }
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep focus in the input until we navigate
                });
                option.addEventListener("click", function () { follow(index); });
                listbox.appendChild(option);
            });
            var open = suggestions.length > 0;
            listbox.hidden = !open;
            input.setAttribute("aria-expanded", open ? "true" : "false");
            announce(suggestions.length);
        }

        function follow(index) {
            var suggestion = items[index];
            if (suggestion && suggestion.url) { window.location.assign(suggestion.url); }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (!query) { close(); return; }
            if (cache[query]) { render(cache[query]); return; }
            var ticket = ++latest;
            var request = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
            fetch(request, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (data) {
                    cache[query] = data.suggestions || [];
                    if (ticket === latest && input.value.trim() === query) { render(cache[query]); }
                })
                .catch(function () { if (ticket === latest) { close(); } });
        }

        function schedule() {
            if (composing) { return; }
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DEBOUNCE_MS);
        }

        input.addEventListener("compositionstart", function () { composing = true; });
        input.addEventListener("compositionend", function () { composing = false; schedule(); });
        input.addEventListener("input", function (event) {
            if (event.isComposing) { return; }
            schedule();
        });
        input.addEventListener("keydown", function (event) {
            if (event.isComposing || composing) { return; }
            var open = !listbox.hidden && items.length > 0;
            if (event.key === "ArrowDown") {
                if (open) { setActive(active + 1); } else { schedule(); }
                event.preventDefault();
            } else if (event.key === "ArrowUp") {
                if (open) { setActive(active - 1); event.preventDefault(); }
            } else if (event.key === "Enter") {
                if (open && active >= 0) { event.preventDefault(); follow(active); }
            } else if (event.key === "Escape") {
                if (open) { event.preventDefault(); close(); }
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    }

    function initSort(form) {
        var select = form.querySelector("select[name=sort_by]");
        var button = form.querySelector("[data-search-sort-apply]");
        if (!select) { return; }
        if (button) { button.hidden = true; }
        select.addEventListener("change", function () {
            if (!form.getAttribute("data-submitting")) {
                form.setAttribute("data-submitting", "1");
                form.submit();
            }
        });
    }

    function initFacets(details) {
        if (window.matchMedia && window.matchMedia("(max-width: 575.98px)").matches) {
            details.open = false;
        }
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll("form[data-suggest-url]"), initCombobox);
        Array.prototype.forEach.call(document.querySelectorAll("form[data-search-sort]"), initSort);
        Array.prototype.forEach.call(document.querySelectorAll("[data-search-facets]"), initFacets);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
