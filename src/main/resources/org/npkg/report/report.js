// npkg report: opens a matrix cell's evidence and filters the evidence index. Reads the data
// from the page's JSON element and builds text nodes only, so no sentence is ever parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var DOI = 'https://doi.org/';
  var byFinding = {};
  data.evidence.forEach(function (e) { byFinding[e.finding] = e; });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function doiLink(iri) {
    if (iri.indexOf(DOI) !== 0) { return el('span', 'doi', iri); }
    var a = el('a', 'doi', iri.substring(DOI.length));
    a.href = iri;
    a.rel = 'noopener noreferrer';
    return a;
  }

  function showCell(button) {
    var cell = data.matrix[Number(button.getAttribute('data-cell'))];
    var detail = document.getElementById('cell-detail');
    if (!cell || !detail) { return; }
    document.querySelectorAll('#convergence-matrix button.selected').forEach(function (b) { b.classList.remove('selected'); });
    button.classList.add('selected');
    detail.replaceChildren();
    var n = cell.findings.length;
    detail.appendChild(el('h3', null, cell.modality + ' \u2192 ' + cell.mechanism + ': ' + n + (n === 1 ? ' finding' : ' findings')));
    var list = el('ol');
    cell.findings.forEach(function (iri) {
      var e = byFinding[iri];
      if (!e) { return; }
      var item = el('li');
      item.appendChild(el('div', 'triple', e.subject + ' ' + e.relation + ' ' + e.object + (e.certainty === 'hedged' ? ' (hedged)' : '')));
      item.appendChild(el('q', 'sentence', e.sentence));
      item.appendChild(el('span', 'source', e.document + (e.section ? ' \u00b7 ' + e.section : '')));
      e.dois.forEach(function (doi) { item.appendChild(doiLink(doi)); });
      list.appendChild(item);
    });
    detail.appendChild(list);
  }

  var matrix = document.getElementById('convergence-matrix');
  if (matrix) {
    matrix.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-cell]');
      if (button) { showCell(button); }
    });
  }

  var filter = document.getElementById('evidence-filter');
  var count = document.getElementById('evidence-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#evidence-table tbody tr'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var keep = words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + ' of ' + rows.length + ' findings';
  }
  if (filter && count) {
    filter.addEventListener('input', applyFilter);
    applyFilter();
  }
  // Last, so the class says the data parsed and every handler is in place.
  document.documentElement.classList.add('scripted');
}());
