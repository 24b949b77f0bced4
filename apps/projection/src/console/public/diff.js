'use strict';
(async function () {
  const { el, badge, getJson, reportIdFromPath, showError } = window.Console;
  const { formatFigure, formatInstant } = window.PalimpsestFormat;
  const reportId = reportIdFromPath();
  const base = `/reports/${encodeURIComponent(reportId)}`;
  const form = document.getElementById('choose');

  function figureBadge(change) {
    const before = change.from ? formatFigure(change.from) : null;
    const after = change.to ? formatFigure(change.to) : null;
    const value = before && after ? `${before} → ${after}` : after ? `added ${after}` : `removed ${before}`;
    const node = badge(`${change.label || change.key}: ${value}`, `change-${change.change}`);
    node.title = `${change.key} (${change.change})`;
    return node;
  }

  /** Word hunks as one text with insertions and deletions marked, or one side of it. */
  function hunksText(hunks, side) {
    return hunks
      .filter((hunk) => !side || hunk.op === 'equal' || (side === 'from' ? hunk.op === 'delete' : hunk.op === 'insert'))
      .map((hunk) =>
        hunk.op === 'insert'
          ? el('ins', { text: hunk.text })
          : hunk.op === 'delete'
            ? el('del', { text: hunk.text })
            : hunk.text,
      );
  }

  function sideText(block, side) {
    const ref = block[side];
    if (block.hunks && block.hunks.length) return hunksText(block.hunks, side);
    if (!ref) return [];
    return [
      block.change === 'added'
        ? el('ins', { text: ref.text })
        : block.change === 'removed'
          ? el('del', { text: ref.text })
          : ref.text,
    ];
  }

  function renderBlock(block, mode) {
    const label = badge(block.change, `change-${block.change === 'moved' ? 'changed' : block.change}`);
    if (mode === 'side') {
      return el('div', { class: 'block', 'data-change': block.change }, [
        el('div', { class: 'side-text' }, [label, ' ', ...sideText(block, 'from')]),
        el('div', { class: 'side-text' }, sideText(block, 'to')),
      ]);
    }
    const body =
      block.hunks && block.hunks.length ? hunksText(block.hunks, null) : sideText(block, block.to ? 'to' : 'from');
    return el('div', { class: 'block', 'data-change': block.change }, [label, ' ', ...body]);
  }

  function render(diff, mode) {
    document
      .getElementById('summary')
      .replaceChildren(
        el('p', { class: 'muted' }, [
          `revision ${diff.from.revision} (observed ${formatInstant(diff.from.observedAt)}) → revision ${diff.to.revision} (observed ${formatInstant(diff.to.observedAt)}, effective ${formatInstant(diff.to.effectiveAt)}) `,
          diff.silentEdit ? badge('silent edit: figures changed without an amendment note', 'silent') : null,
        ]),
      );
    const changes = document.getElementById('figure-changes');
    changes.replaceChildren(...diff.figureChanges.map(figureBadge));
    if (diff.figureChanges.length === 0) changes.append(el('span', { class: 'muted', text: 'No figure changed.' }));
    const blocks = document.getElementById('blocks');
    blocks.className = `blocks ${mode}`;
    blocks.replaceChildren(...diff.blocks.map((block) => renderBlock(block, mode)));
    if (diff.blocks.length === 0) blocks.append(el('p', { class: 'muted', text: 'The text is the same.' }));
  }

  async function compare() {
    const from = form.elements.from.value;
    const to = form.elements.to.value;
    const mode = form.elements.mode.value;
    history.replaceState(null, '', `${base}/compare?from=${from}&to=${to}&mode=${mode}`);
    try {
      render(await getJson(`${base}/diff?from=${from}&to=${to}`), mode);
      document.body.dataset.ready = 'true';
    } catch (error) {
      showError(document.getElementById('summary'), error);
    }
  }

  try {
    const [report, revisions] = await Promise.all([getJson(base), getJson(`${base}/revisions`)]);
    document.getElementById('title').textContent = `Compare revisions: ${report.title || report.url}`;
    const numbers = revisions.items.map((r) => r.revision);
    for (const name of ['from', 'to']) {
      form.elements[name].replaceChildren(...numbers.map((n) => el('option', { value: n, text: `revision ${n}` })));
    }
    const query = new URLSearchParams(location.search);
    const last = numbers[numbers.length - 1];
    form.elements.from.value = query.get('from') || String(Math.max(1, last - 1));
    form.elements.to.value = query.get('to') || String(last);
    form.elements.mode.value = query.get('mode') === 'side' ? 'side' : 'inline';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      compare();
    });
    form.elements.mode.addEventListener('change', compare);
    if (numbers.length > 1) await compare();
    else
      document
        .getElementById('summary')
        .replaceChildren(el('p', { class: 'muted', text: 'Only one revision so far.' }));
  } catch (error) {
    showError(document.getElementById('summary'), error);
  }
})();
