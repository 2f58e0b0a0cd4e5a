// The one script of every page, inlined (no network, no modules, works from
// file://). Plain ES2017 kept as text: a compiled function's source could carry
// build helpers the browser does not have. Each part looks for its elements and
// does nothing on pages without them.
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
  var live = document.getElementById('live');
  var say = function (message) { if (live) live.textContent = message; };
  var activate = function (el, handler) {
    el.addEventListener('click', handler);
    el.addEventListener('keydown', function (event) {
      if (event.target !== el) return;
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); handler(event); }
    });
  };

  // Sortable tables: a button in each header cell; numbers sort as numbers.
  all('table.sortable').forEach(function (table) {
    var heads = all('thead th', table);
    heads.forEach(function (th) {
      var button = th.querySelector('button.sort');
      if (!button) return;
      button.addEventListener('click', function () {
        var column = th.cellIndex;
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-kind') === 'number';
        var body = table.tBodies[0];
        var key = function (row) {
          var cell = row.cells[column];
          if (!cell) return '';
          var value = cell.getAttribute('data-sort');
          return value !== null ? value : cell.textContent.trim();
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        say('Sorted by ' + button.textContent.trim() + (ascending ? ', ascending' : ', descending'));
      });
    });
  });

  // Index search: rows whose article name or entity names contain the query.
  var search = document.getElementById('search');
  if (search) {
    var rows = all('tbody tr[data-search]');
    var status = document.getElementById('search-status');
    var filter = function () {
      var query = search.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var hit = !query || row.getAttribute('data-search').indexOf(query) >= 0;
        row.hidden = !hit;
        if (hit) shown++;
      });
      if (status) status.textContent = shown + ' of ' + rows.length + ' articles shown';
    };
    search.addEventListener('input', filter);
    filter();
  }

  // Linked entities: hovering or focusing a mention, a table cell or a graph node lights every element of the same entity.
  var byEntity = {};
  all('[data-entity]').forEach(function (el) {
    var id = el.getAttribute('data-entity');
    (byEntity[id] = byEntity[id] || []).push(el);
  });
  var edgesOf = {};
  all('.graph .edge').forEach(function (edge) {
    edge.getAttribute('data-ends').split(' ').forEach(function (id) { (edgesOf[id] = edgesOf[id] || []).push(edge); });
  });
  var light = function (id, on) {
    (byEntity[id] || []).forEach(function (el) { el.classList.toggle('same', on); });
    (edgesOf[id] || []).forEach(function (edge) { edge.classList.toggle('near', on); });
  };
  Object.keys(byEntity).forEach(function (id) {
    byEntity[id].forEach(function (el) {
      var on = function () { light(id, true); };
      var off = function () { light(id, false); };
      el.addEventListener('mouseenter', on);
      el.addEventListener('mouseleave', off);
      el.addEventListener('focus', on);
      el.addEventListener('blur', off);
    });
  });
  // Enter on a mention moves to the next mention of the same entity; elsewhere, to its first mention.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var el = event.target;
    if (!el || !el.getAttribute || !el.hasAttribute('data-entity')) return;
    var mentions = (byEntity[el.getAttribute('data-entity')] || []).filter(function (m) { return m.classList.contains('m'); });
    if (!mentions.length) return;
    event.preventDefault();
    var next = mentions[(mentions.indexOf(el) + 1) % mentions.length];
    next.focus();
    next.scrollIntoView({ block: 'center' });
    say('Mention ' + (mentions.indexOf(next) + 1) + ' of ' + mentions.length + ' of ' + next.getAttribute('title'));
  });

  // Facts: clicking a fact (or Enter on it) lights its evidence sentences in the text and scrolls to the first.
  var byEvidence = {};
  all('.text [data-ev]').forEach(function (el) {
    el.getAttribute('data-ev').split(' ').forEach(function (id) { (byEvidence[id] = byEvidence[id] || []).push(el); });
  });
  var lit = [];
  var clear = function () {
    lit.forEach(function (el) { el.classList.remove('lit'); });
    lit = [];
    all('tr.fact.active').forEach(function (row) { row.classList.remove('active'); row.removeAttribute('aria-current'); });
  };
  var showEvidence = function (ids, label, row, edgeFacts) {
    clear();
    ids.forEach(function (id) { (byEvidence[id] || []).forEach(function (el) { el.classList.add('lit'); lit.push(el); }); });
    all('.graph .edge').forEach(function (edge) {
      var facts = (edge.getAttribute('data-facts') || '').split(' ');
      if (edgeFacts.some(function (f) { return facts.indexOf(f) >= 0; })) { edge.classList.add('lit'); lit.push(edge); }
    });
    if (row) { row.classList.add('active'); row.setAttribute('aria-current', 'true'); }
    var first = lit.filter(function (el) { return el.closest('.text'); })[0];
    if (first) {
      first.scrollIntoView({ block: 'center' });
      say('Evidence of ' + label + ' highlighted in the text.');
    } else {
      say(document.querySelector('.text') ? 'The evidence of ' + label + ' is not in the text shown.' : 'The article text is not available, so its evidence cannot be shown.');
    }
  };
  var factRows = {};
  all('tr.fact').forEach(function (row) {
    factRows[row.getAttribute('data-fact')] = row;
    var ids = (row.getAttribute('data-evidence') || '').split(' ').filter(Boolean);
    activate(row, function () { showEvidence(ids, row.getAttribute('data-label'), row, [row.getAttribute('data-fact')]); });
  });
  all('button.evq').forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      var row = button.closest('tr.fact');
      showEvidence([button.getAttribute('data-evidence')], row.getAttribute('data-label') + ' (one quote)', row, [row.getAttribute('data-fact')]);
    });
  });
  all('.graph .edge').forEach(function (edge) {
    edge.addEventListener('click', function () {
      var facts = edge.getAttribute('data-facts').split(' ');
      var row = factRows[facts[0]];
      showEvidence(edge.getAttribute('data-evidence').split(' ').filter(Boolean), facts.join(', '), row, facts);
    });
  });
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { clear(); say('Highlights cleared.'); } });

  // Type labels after mentions can be hidden; underline styles still tell the types apart.
  var labels = document.getElementById('show-labels');
  if (labels) labels.addEventListener('change', function () { document.body.classList.toggle('no-labels', !labels.checked); });
})();
`;
