'use strict';
(async function () {
  const { el, badge, getJson, reportIdFromPath, showError } = window.Console;
  const { formatFigure, formatInstant, formatNumber } = window.PalimpsestFormat;
  const { timeline, charts } = window.ReportParts;
  const reportId = reportIdFromPath();
  const base = `/reports/${encodeURIComponent(reportId)}`;
  const cells = (values, header) =>
    el(
      'tr',
      {},
      values.map((value) => el(header ? 'th' : 'td', {}, [value])),
    );

  function header(report) {
    document.title = `${report.title || report.url} · Palimpsest`;
    const exports = el('p', { class: 'exports' }, [
      'Export: ',
      el('a', { href: `${base}/history.csv`, text: 'figure history (CSV)' }),
      el('a', { href: `${base}/history.jsonl`, text: 'figure history (JSON Lines)' }),
      el('a', { href: `/changes.csv?report=${encodeURIComponent(reportId)}`, text: 'changes (CSV)' }),
      el('a', { href: `${base}/revisions`, text: 'revisions (JSON)' }),
    ]);
    document
      .getElementById('report')
      .replaceChildren(
        el('h1', { text: report.title || report.url }),
        el('p', { class: 'muted' }, [
          el('a', { href: report.url, text: report.url, rel: 'noreferrer' }),
          ` · ${report.publisher} · published ${report.publishedAt || 'unknown'} · first seen ${formatInstant(report.firstSeenAt)} · ${report.revisionCount} revision(s)`,
        ]),
        exports,
      );
  }

  function revisionsTable(revisions) {
    document.getElementById('revisions').replaceChildren(
      cells(['revision', 'observed', 'effective', 'figure changes', '', ''], true),
      ...revisions.map((r) =>
        cells([
          String(r.revision),
          formatInstant(r.observedAt),
          formatInstant(r.effectiveAt),
          r.analysis ? String(r.analysis.figureChanges) : 'analysing…',
          r.analysis && r.analysis.silentEdit ? badge('silent edit', 'silent') : '',
          r.revision > 1
            ? el('a', {
                href: `${base}/compare?from=${r.revision - 1}&to=${r.revision}`,
                text: `diff ${r.revision - 1}→${r.revision}`,
              })
            : '',
        ]),
      ),
    );
  }

  function figuresTable(figures) {
    document.getElementById('figures').replaceChildren(
      cells(['section', 'what is counted', 'figure', 'as written', 'revision'], true),
      ...figures.map((f) => {
        const row = cells([
          f.section || '',
          f.label,
          el('span', { class: 'figure-value', text: formatFigure(f) }),
          el('q', { text: f.text }),
          String(f.revision),
        ]);
        row.dataset.key = f.key;
        return row;
      }),
    );
  }

  function amendmentsList(amendments) {
    const container = document.getElementById('amendments');
    if (amendments.length === 0)
      return container.replaceChildren(el('p', { class: 'muted', text: 'No amendment notes.' }));
    container.replaceChildren(
      ...amendments.map((a) =>
        el('div', { class: 'panel' }, [
          badge(a.kind, 'amendment'),
          ` revision ${a.revision} · takes effect ${formatInstant(a.effectiveAt)}${a.timezone ? ` (stated in ${a.timezone})` : ''}`,
          el('p', { text: a.raw }),
          a.reason ? el('p', { class: 'muted', text: `Reason: ${a.reason}` }) : null,
        ]),
      ),
    );
  }

  function consistencyList(checks) {
    const container = document.getElementById('consistency');
    if (checks.length === 0)
      return container.replaceChildren(el('p', { class: 'muted', text: 'No stated totals to check.' }));
    container.replaceChildren(
      ...checks.map((check) =>
        el('p', {}, [
          `revision ${check.revision}: `,
          badge(check.consistent ? 'totals add up' : 'totals do not add up', check.consistent ? 'ok' : 'bad'),
          check.breaksEarlierSum ? badge('breaks a total that held before', 'silent') : null,
          ...check.sums.map((sum) =>
            el('span', {
              class: 'muted',
              text: ` · ${sum.total.label || sum.total.key}: ${formatFigure(sum.total)} stated, parts add to ${formatNumber(sum.partsSum)}`,
            }),
          ),
        ]),
      ),
    );
  }

  try {
    const [report, revisions, amendments, figures, history, consistency] = await Promise.all(
      ['', '/revisions', '/amendments', '/figures', '/history', '/consistency'].map((path) =>
        getJson(`${base}${path}`),
      ),
    );
    header(report);
    timeline(document.getElementById('timeline'), reportId, revisions.items);
    revisionsTable(revisions.items);
    charts(document.getElementById('charts'), history.items, revisions.items);
    figuresTable(figures.items);
    amendmentsList(amendments.items);
    consistencyList(consistency.items);
    document.body.dataset.ready = 'true';
  } catch (error) {
    showError(document.getElementById('report'), error);
  }
})();
