'use strict';
(function () {
  const { el, badge } = window.Console;
  const { formatFigure, formatInstant } = window.PalimpsestFormat;
  const MAX_ITEMS = 500;
  const list = document.getElementById('feed');
  const empty = document.getElementById('empty');
  const connection = document.getElementById('connection');
  const form = document.getElementById('filters');
  const seen = new Set();
  let source = null;

  function figureBadge(figure) {
    const before = figure.from ? formatFigure(figure.from) : null;
    const after = figure.to ? formatFigure(figure.to) : null;
    const text = before && after ? `${before} → ${after}` : after ? `+ ${after}` : `− ${before}`;
    return badge(text, `change-${figure.change}`);
  }

  function render(item) {
    const title = item.title || item.url;
    const link = el('a', { href: `/reports/${encodeURIComponent(item.reportId)}/view`, text: title });
    const details = el('span', { class: 'muted' }, [
      `${item.publisher} · revision ${item.revision} · effective ${formatInstant(item.effectiveAt)} `,
      item.revision > 1
        ? el('a', {
            href: `/reports/${encodeURIComponent(item.reportId)}/compare?from=${item.revision - 1}&to=${item.revision}`,
            text: 'diff',
          })
        : null,
    ]);
    const what = el('div', { class: 'what' }, [link, el('span', { text: item.summary }), details]);
    if (item.figure) what.append(el('span', {}, [figureBadge(item.figure)]));
    const kinds = el('div', {}, [badge(item.kind, item.kind), item.silentEdit ? badge('silent edit', 'silent') : null]);
    const classes = ['fresh', item.silentEdit ? 'silent' : ''].join(' ').trim();
    return el(
      'li',
      { class: classes, 'data-kind': item.kind, 'data-report': item.reportId, 'data-revision': item.revision },
      [el('time', { datetime: item.observedAt, text: formatInstant(item.observedAt) }), kinds, what],
    );
  }

  function add(item) {
    if (seen.has(item.id)) return;
    if (form.elements.silent.checked && !item.silentEdit) return;
    seen.add(item.id);
    list.prepend(render(item));
    while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
    empty.hidden = true;
  }

  function connect() {
    const params = new URLSearchParams();
    for (const name of ['publisher', 'report']) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    if (form.elements.silent.checked) params.set('silent', 'true');
    history.replaceState(null, '', params.toString() ? `/?${params}` : '/');
    if (source) source.close();
    seen.clear();
    list.replaceChildren();
    empty.hidden = false;
    source = new EventSource(`/events/stream?${params}`);
    source.addEventListener('feed', (message) => add(JSON.parse(message.data)));
    source.onopen = () => {
      connection.className = 'connection live';
      connection.textContent = 'live';
    };
    source.onerror = () => {
      connection.className = 'connection down';
      connection.textContent = 'reconnecting';
    };
  }

  const initial = new URLSearchParams(location.search);
  form.elements.publisher.value = initial.get('publisher') || '';
  form.elements.report.value = initial.get('report') || '';
  form.elements.silent.checked = initial.get('silent') === 'true';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    connect();
  });
  connect();
})();
