// Search the claims in the page's own index (no request to any server): by figure, claimant, speaker or words.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("claims-index").textContent);
  var input = document.getElementById("q"), list = document.getElementById("results"), count = document.getElementById("count");
  var scale = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9 };
  function norm(text) {
    return text.toLowerCase()
      .replace(/(\d+(?:[.,]\d+)?)\s*(thousand|million|billion|mn|k|m)\b/g, function (all, n, unit) {
        return String(Math.round(parseFloat(n.replace(",", ".")) * scale[unit]));
      })
      .replace(/(\d)[,\s\u00a0\u202f](?=\d{3}\b)/g, "$1");
  }
  var rows = data.map(function (c) { return { c: c, text: norm(c.text) }; });
  function show(query) {
    var terms = norm(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { count.textContent = data.length + " claims: type a figure, a claimant, a speaker or a word."; return; }
    var found = rows.filter(function (r) { return terms.every(function (t) { return r.text.indexOf(t) >= 0; }); });
    count.textContent = found.length + " of " + data.length + " claims match.";
    found.slice(0, 200).forEach(function (r) {
      var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("span");
      a.href = r.c.url; a.textContent = r.c.id + ": " + r.c.title;
      p.className = "meta"; p.textContent = " " + r.c.line;
      li.appendChild(a); li.appendChild(p); list.appendChild(li);
    });
  }
  var start = new URLSearchParams(window.location.search).get("q") || "";
  input.value = start;
  input.addEventListener("input", function () { show(input.value); });
  document.getElementById("search").addEventListener("submit", function (e) { e.preventDefault(); show(input.value); });
  show(start);
})();
