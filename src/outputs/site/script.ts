/**
 * The site's one script, as a file (the CSP allows no inline script): the
 * search box over the index in zoekindex.js, and, when the preview server
 * marks the page, the reload channel and the error overlay. Without it every
 * page still reads fine; only the search box stays hidden.
 */
export const SITE_SCRIPT = String.raw`'use strict';
(function () {
  var root = document.documentElement.getAttribute('data-root') || '';
  var norm = function (s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  };
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };

  var form = document.querySelector('form.search');
  var index = window.toolkitZoekindex;
  if (form && index) {
    var input = form.querySelector('input');
    var status = form.querySelector('[role=status]');
    var list = form.querySelector('.results');
    var toggle = document.querySelector('.search-toggle');
    var entries = index.map(function (e) { return { kind: e[0], title: e[1], url: e[2], text: e[3], where: e[4], s: norm(e[1] + ' ' + e[3]), t: norm(e[1]) }; });
    form.hidden = false;
    // On a narrow screen (or at 400 % zoom) the search box folds away behind a button, so the header stays one line.
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        form.classList.toggle('open', open);
        if (open) input.focus();
      });
      // Escape folds it away again, back to the button.
      form.addEventListener('keydown', function (ev) {
        if (ev.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true' || getComputedStyle(toggle).display === 'none') return;
        toggle.setAttribute('aria-expanded', 'false');
        form.classList.remove('open');
        toggle.focus();
      });
    }
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    // The list is rebuilt at once and silently; the status line, a live region, is set once typing pauses, with only the count.
    var timer;
    var show = function () {
      var q = norm(input.value);
      list.textContent = '';
      list.hidden = true;
      clearTimeout(timer);
      if (q.length < 2) { status.textContent = ''; return; }
      var words = q.split(' ');
      var found = entries
        .filter(function (e) { return words.every(function (w) { return e.s.indexOf(w) >= 0; }); })
        .map(function (e) { return { e: e, score: (e.t.indexOf(q) >= 0 ? 4 : 0) + (e.s.indexOf(q) >= 0 ? 2 : 0) + (e.kind === 'Werkpakket' ? 1 : 0) }; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 30);
      found.forEach(function (f) {
        var li = el('li');
        var a = el('a', '', f.e.title);
        a.href = root + f.e.url;
        li.appendChild(a);
        li.appendChild(el('span', 'where', ' ' + f.e.kind + (f.e.where ? ', ' + f.e.where : '')));
        if (f.e.text && f.e.text !== f.e.title) li.appendChild(el('p', '', f.e.text.length > 160 ? f.e.text.slice(0, 157) + '...' : f.e.text));
        list.appendChild(li);
      });
      list.hidden = !found.length;
      var said = found.length ? (found.length === 1 ? '1 resultaat' : found.length + (found.length === 30 ? ' of meer' : '') + ' resultaten') + ' voor ‘' + input.value.trim() + '’' : 'Niets gevonden voor ‘' + input.value.trim() + '’. Probeer een ander woord.';
      timer = setTimeout(function () { status.textContent = said; }, 300);
    };
    input.addEventListener('input', show);
    if (input.value) show();
  }

  // Only pages served by toolkit preview carry this tag.
  var live = document.querySelector('meta[name="toolkit-preview"]');
  if (live && window.EventSource) {
    var source = new EventSource(live.getAttribute('content'));
    var overlay;
    source.addEventListener('reload', function () { location.reload(); });
    // Back after the preview was gone (restarted with new code): show what it serves now.
    var lost = false;
    source.addEventListener('error', function () { lost = true; });
    source.addEventListener('open', function () { if (lost) location.reload(); });
    source.addEventListener('problems', function (ev) {
      var problems = JSON.parse(ev.data);
      if (overlay) { overlay.remove(); overlay = undefined; }
      if (!problems.length) return;
      overlay = el('div', 'toolkit-overlay');
      overlay.setAttribute('role', 'alert');
      var texts = problems.length === 1 ? 'Er is een fout in je teksten' : 'Er zijn ' + problems.length + ' fouten in je teksten';
      overlay.appendChild(el('h2', '', texts));
      var list = el('ul');
      problems.forEach(function (p) {
        var li = el('li');
        li.appendChild(el('code', '', p.where));
        li.appendChild(el('span', '', ' ' + p.message));
        if (p.hint) li.appendChild(el('p', 'hint', p.hint));
        list.appendChild(li);
      });
      overlay.appendChild(list);
      overlay.appendChild(el('p', '', 'Sla het bestand op als het klopt: deze melding gaat dan vanzelf weg.'));
      document.body.insertBefore(overlay, document.body.firstChild);
    });
  }
})();
`;
