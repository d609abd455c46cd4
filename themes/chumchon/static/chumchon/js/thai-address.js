/*
 * Thai address cascade, progressive enhancement over the server-rendered form
 * (oscar/address/partials/thai_address_fields.html):
 *  - choosing a province lists its districts, a district its subdistricts, at once,
 *    from the JSON look-ups under /shop/address/ (cached by the browser for a day);
 *  - choosing a subdistrict fills in its postcode;
 *  - typing a postcode first narrows the three lists to the areas it covers and
 *    chooses any level that has only one possibility;
 *  - the district/subdistrict labels follow the province's words (Bangkok: เขต/แขวง);
 *  - each change is announced in a polite live region for screen readers.
 * Without JavaScript the server does the same narrowing when the form is re-displayed.
 */
(function () {
    "use strict";

    var cache = {};

    function getJSON(url) {
        if (!cache[url]) {
            cache[url] = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.json().then(function (data) {
                        if (!response.ok) { data.failed = true; }
                        return data;
                    });
                })
                .catch(function (error) { delete cache[url]; throw error; });
        }
        return cache[url];
    }

    function format(template, values) {
        return (template || "").replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
    }

    function fill(select, placeholder, items, keep) {
        var current = keep ? select.value : "";
        select.innerHTML = "";
        select.appendChild(new Option(placeholder, ""));
        items.forEach(function (item) {
            var label = item.name + (item.postcodes ? " (" + item.postcodes.join(", ") + ")" : "");
            var option = new Option(label, item.code);
            if (item.postcodes) { option.setAttribute("data-postcodes", item.postcodes.join(" ")); }
            select.appendChild(option);
        });
        select.value = current;
        if (select.value !== current) { select.value = ""; }
        if (items.length === 1 && !select.value) { select.value = items[0].code; }
        select.disabled = false;
    }

    function init(root) {
        var prefix = root.getAttribute("data-prefix");
        prefix = prefix ? prefix + "-" : "";
        function field(name) { return root.querySelector("[name='" + prefix + name + "']"); }
        function msg(name) { return root.getAttribute("data-msg-" + name) || ""; }
        var province = field("province_code");
        var district = field("district_code");
        var subdistrict = field("subdistrict_code");
        var postcode = field("postcode");
        var status = root.querySelector("[data-thai-address-status]");
        if (!province || !district || !subdistrict || !postcode) { return; }

        var narrowed = null; // the typed postcode's candidates, or null

        function say(text) { if (status) { status.textContent = text; } }
        function allowed(level) {
            if (!narrowed) { return null; }
            return narrowed.map(function (c) { return c[level].code; });
        }
        function only(items, level) {
            var codes = allowed(level);
            return codes ? items.filter(function (item) { return codes.indexOf(item.code) !== -1; }) : items;
        }
        function setLabels(bangkok) {
            var suffix = bangkok ? "bkk" : "other";
            var dl = root.querySelector("label[for='" + district.id + "']");
            var sl = root.querySelector("label[for='" + subdistrict.id + "']");
            if (dl) { dl.textContent = root.getAttribute("data-label-district-" + suffix) + " "; }
            if (sl) { sl.textContent = root.getAttribute("data-label-subdistrict-" + suffix) + " "; }
        }
        function offline() { say(msg("offline")); }

        function loadProvinces() {
            return getJSON(root.getAttribute("data-provinces-url")).then(function (data) {
                fill(province, msg("province"), only(data.provinces || [], "province"), true);
            });
        }

        function loadDistricts(keep) {
            if (!province.value) {
                fill(district, msg("choose-province"), [], false);
                fill(subdistrict, msg("choose-district"), [], false);
                return Promise.resolve();
            }
            var url = root.getAttribute("data-districts-url") + "?province=" + encodeURIComponent(province.value);
            district.setAttribute("aria-busy", "true");
            return getJSON(url).then(function (data) {
                district.removeAttribute("aria-busy");
                if (data.failed) { return; }
                setLabels(data.bangkok);
                var items = only(data.districts, "district");
                fill(district, msg("district"), items, keep);
                if (!keep) { say(format(msg("districts-loaded"), { count: items.length })); }
                return loadSubdistricts(keep);
            }, offline);
        }

        function loadSubdistricts(keep) {
            if (!district.value) {
                fill(subdistrict, msg("choose-district"), [], false);
                return Promise.resolve();
            }
            var url = root.getAttribute("data-subdistricts-url") + "?district=" + encodeURIComponent(district.value);
            subdistrict.setAttribute("aria-busy", "true");
            return getJSON(url).then(function (data) {
                subdistrict.removeAttribute("aria-busy");
                if (data.failed) { return; }
                var items = only(data.subdistricts, "subdistrict");
                fill(subdistrict, msg("subdistrict"), items, keep);
                if (!keep) { say(format(msg("subdistricts-loaded"), { count: items.length })); }
                fillPostcode();
            }, offline);
        }

        function fillPostcode() {
            var option = subdistrict.options[subdistrict.selectedIndex];
            var codes = option && option.getAttribute("data-postcodes");
            if (!codes) { return; }
            codes = codes.split(" ");
            if (codes.indexOf(postcode.value.trim()) !== -1) { return; }
            if (codes.length === 1) {
                postcode.value = codes[0];
                say(format(msg("postcode-filled"), { postcode: codes[0] }));
            } else {
                postcode.value = "";
            }
        }

        function onPostcode() {
            var code = postcode.value.replace(/\s/g, "");
            if (!/^\d{5}$/.test(code)) {
                if (narrowed) { narrowed = null; loadProvinces().then(function () { return loadDistricts(true); }); }
                return;
            }
            var url = root.getAttribute("data-postcode-url").replace("00000", code);
            getJSON(url).then(function (data) {
                if (data.failed) {
                    var wasNarrowed = narrowed;
                    narrowed = null;
                    say(format(msg("postcode-unknown"), { postcode: code }));
                    if (wasNarrowed) { loadProvinces().then(function () { return loadDistricts(true); }); }
                    return;
                }
                var chosen = subdistrict.value;
                var match = data.candidates.some(function (c) { return c.subdistrict.code === chosen; });
                if (match) { narrowed = data.candidates; return; } // already consistent
                narrowed = data.candidates;
                province.value = "";
                district.value = "";
                subdistrict.value = "";
                return loadProvinces().then(function () { return loadDistricts(true); }).then(function () {
                    say(format(msg("postcode-narrowed"), { postcode: code, count: data.candidates.length }));
                });
            }, offline);
        }

        // A re-displayed form may already hold a postcode the server narrowed the lists
        // by: remember its areas so clearing the postcode widens the lists again.
        var typed = postcode.value.replace(/\s/g, "");
        if (/^\d{5}$/.test(typed)) {
            getJSON(root.getAttribute("data-postcode-url").replace("00000", typed)).then(function (data) {
                if (!data.failed) { narrowed = data.candidates; }
            }, function () {});
        }

        province.addEventListener("change", function () { district.value = ""; loadDistricts(false); });
        district.addEventListener("change", function () { subdistrict.value = ""; loadSubdistricts(false); });
        subdistrict.addEventListener("change", fillPostcode);
        postcode.addEventListener("input", onPostcode);
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-thai-address]"), function (root) {
            if (root.getAttribute("data-thai-address-ready")) { return; }
            root.setAttribute("data-thai-address-ready", "1");
            init(root);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
