/**
 * Writes the inline stylesheet and the small inline script of the HTML report. The page is
 * complete without the script: it only adds sorting of the ranking table, a name filter, and
 * opens every candidate section before printing. Nothing here loads a resource.
 */

export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5561; --line: #d0d7de; --soft: #f4f6f8; --accent: #0b5cad; --missing-ink: #7a2e00; --missing-bg: #fff3e0; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.45; }
main { max-width: 1200px; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.fingerprint { word-break: break-all; }
.lede { color: var(--muted); margin: 0 0 1rem; }
nav.toc ul { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.25rem; margin: 0; padding: 1rem 1.25rem; background: var(--soft); border-radius: 6px; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); padding: .25rem 0 .5rem; caption-side: top; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; text-align: left; }
thead th { background: var(--soft); border-bottom: 2px solid #aab4be; font-weight: 600; white-space: nowrap; }
th[scope="row"] { font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tbody tr:hover { background: #f8fafc; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
.filter { margin: .25rem 0 .75rem; }
.filter input { font: inherit; padding: .3rem .5rem; border: 1px solid #8c959f; border-radius: 4px; min-width: 16rem; }
.interval { display: flex; align-items: center; gap: .5rem; white-space: nowrap; }
svg.whisker .axis { stroke: #d0d7de; stroke-width: 1; }
svg.whisker .range, svg.whisker .tick { stroke: #24527a; stroke-width: 2; }
svg.whisker .dot { fill: #0b2e4f; }
svg.bar .track { fill: #eef1f4; }
svg.bar .grid { stroke: #fff; stroke-width: 1; opacity: .8; }
svg { vertical-align: middle; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; padding: .5rem 0; margin: 0 0 .5rem; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.move { white-space: nowrap; font-weight: 600; }
.move.up { color: #11652a; }
.move.down { color: #a4161a; }
.move.new { color: #5b3f99; }
.move.same { color: var(--muted); font-weight: 400; }
.missing-count.some { color: var(--missing-ink); font-weight: 600; }
.badge-missing { display: inline-block; color: var(--missing-ink); background: repeating-linear-gradient(135deg, var(--missing-bg), var(--missing-bg) 6px, #ffe2bf 6px, #ffe2bf 12px); border: 1px dashed #c46a00; border-radius: 3px; padding: 0 .4rem; font-style: italic; font-weight: 600; white-space: nowrap; }
details.candidate { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; background: #fff; }
details.candidate > summary { cursor: pointer; padding: .6rem .9rem; background: var(--soft); border-radius: 6px; list-style-position: inside; }
details.candidate[open] > summary { border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
details.candidate > summary .who { font-weight: 700; font-size: 1.05rem; }
details.candidate > summary .meta { color: var(--muted); margin-left: .5rem; }
.candidate-body { padding: .5rem .9rem 1rem; }
.idx-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: .75rem; margin-top: .75rem; }
.idx { border: 1px solid var(--line); border-left: 6px solid var(--c, #888); border-radius: 4px; padding: .5rem .7rem; break-inside: avoid; }
.idx.is-missing { border-left-style: dashed; background: #fffaf3; }
.idx header { display: flex; justify-content: space-between; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.idx .score { font-weight: 700; font-size: 1.05rem; white-space: nowrap; }
.idx .score .of { color: var(--muted); font-weight: 400; font-size: .85em; }
.idx .figures { color: var(--muted); font-size: .88rem; margin: .15rem 0 .35rem; }
.idx .why { margin: .25rem 0 .4rem; }
.idx ul.ev { margin: 0; padding-left: 1.1rem; font-size: .88rem; }
.idx ul.ev li { margin: .15rem 0; overflow-wrap: anywhere; }
.ev .when { font-variant-numeric: tabular-nums; color: var(--muted); }
.ev .kind { font-weight: 600; }
.ev .origin { color: var(--muted); }
.ev .unlinked { color: var(--muted); }
.more { color: var(--muted); font-style: italic; list-style: none; }
.empty { color: var(--muted); font-style: italic; font-size: .88rem; margin: 0; }
table.moves { table-layout: fixed; }
table.moves col.c-name { width: 24%; }
table.moves col.c-rank { width: 10%; }
table.moves col.c-change { width: 11%; }
table.moves col.c-drivers { width: 34%; }
table.moves th, table.moves td { white-space: normal; overflow-wrap: anywhere; }
.cid { color: var(--muted); font-size: .88rem; margin: .25rem 0 0; }
.back { font-size: .88rem; margin: .75rem 0 0; }
.method dl { display: grid; grid-template-columns: 12rem 1fr; gap: .3rem 1rem; margin: .25rem 0 1rem; }
.method dt { font-weight: 600; color: var(--muted); }
.method dd { margin: 0; }
.method .formula { font-family: "Cambria Math", "STIX Two Math", Georgia, serif; font-size: 1.15rem; background: var(--soft); padding: .5rem .9rem; border-radius: 4px; display: inline-block; }
.method section.index-method { border-top: 1px solid var(--line); }
pre.config { background: var(--soft); padding: .75rem 1rem; border-radius: 4px; overflow-x: auto; font-size: .82rem; max-height: 32rem; }
.warning { border-left: 4px solid #c46a00; background: var(--missing-bg); padding: .5rem .8rem; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; padding: 0; }
.counts strong { font-size: 1.2rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .75rem; }
@media (max-width: 720px) { main { padding: 1rem; } dl.facts, .method dl { grid-template-columns: 1fr; } .table-wrap { overflow-x: auto; } }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .filter, th button::after, .back, nav.toc { display: none !important; }
  details.candidate { break-inside: avoid-page; border-color: #999; }
  details.candidate::details-content { content-visibility: visible; display: block; }
  details.candidate > summary { background: none; }
  h2 { break-after: avoid; }
  tr, .idx { break-inside: avoid; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: #333; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
}
`;

/** Sorting, filtering and print support. Works on `data-v` values and `data-name` rows only. */
export const REPORT_JS = `
(function () {
  "use strict";
  var table = document.getElementById("ranking-table");
  if (table) {
    var body = table.tBodies[0];
    var lang = document.documentElement.lang;
    var fold = function (s) { return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase(); };
    var wrap = document.createElement("p");
    wrap.className = "filter";
    var input = document.createElement("input");
    input.type = "search";
    input.placeholder = table.getAttribute("data-filter-label");
    input.setAttribute("aria-label", table.getAttribute("data-filter-label"));
    input.setAttribute("aria-controls", "ranking-table");
    wrap.appendChild(input);
    table.parentNode.insertBefore(wrap, table);
    input.addEventListener("input", function () {
      var q = fold(input.value.trim());
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = q !== "" && fold(row.getAttribute("data-name") || "").indexOf(q) < 0;
      });
    });
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var type = th.getAttribute("data-sort");
      if (!type) return;
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      button.title = table.getAttribute("data-sort-label");
      th.appendChild(button);
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v");
          var d = type === "num" ? Number(x) - Number(y) : String(x).localeCompare(String(y), lang);
          if (d === 0) d = Number(a.getAttribute("data-rank")) - Number(b.getAttribute("data-rank"));
          return asc ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
})();
`;
