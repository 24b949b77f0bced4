'use strict';
// Renderers for the report page: the two-axis timeline and one uPlot chart per metric.
window.ReportParts = (function () {
  const { el } = window.Console;
  const { formatFigure, formatNumber, formatInstant } = window.PalimpsestFormat;
  const HOUR = 3600;

  /** Revisions as dots on two lanes: when we observed each text, and when the publisher says it took effect. */
  function timeline(container, reportId, revisions) {
    const times = revisions.flatMap((r) => [Date.parse(r.observedAt), Date.parse(r.effectiveAt)]);
    const min = Math.min(...times);
    const span = Math.max(Math.max(...times) - min, 1);
    const lanes = [
      ['observed', 'observedAt', 28],
      ['effective', 'effectiveAt', 66],
    ];
    const children = lanes.flatMap(([label, field, top]) => [
      el('span', { class: 'lane-label', style: `top:${top - 9}px`, text: label }),
      el('div', { class: 'lane', style: `top:${top}px` }),
      ...revisions.map((revision) => {
        const left = ((Date.parse(revision[field]) - min) / span) * 100;
        const silent = revision.analysis && revision.analysis.silentEdit;
        return el('a', {
          class: `dot${silent ? ' silent' : ''}`,
          style: `top:${top}px; left:calc(7rem + (100% - 8.25rem) * ${left / 100})`,
          href:
            revision.revision > 1
              ? `/reports/${encodeURIComponent(reportId)}/compare?from=${revision.revision - 1}&to=${revision.revision}`
              : null,
          title: `revision ${revision.revision}, ${label} ${formatInstant(revision[field])}`,
          text: String(revision.revision),
        });
      }),
    ]);
    container.replaceChildren(...children);
  }

  /**
   * A metric's value over effective time, held until it changed (a step line),
   * carried to the report's latest revision unless the figure was removed.
   */
  function metricSeries(points, lastEffectiveAt) {
    const xs = [];
    const ys = [];
    for (const point of points) {
      xs.push(Date.parse(point.effectiveAt) / 1000);
      ys.push(point.change === 'removed' ? null : point.value);
    }
    const last = points[points.length - 1];
    const end = Date.parse(lastEffectiveAt) / 1000;
    if (last && last.change !== 'removed' && end > xs[xs.length - 1]) {
      xs.push(end);
      ys.push(last.value);
    }
    return [xs, ys];
  }

  function chart(container, key, points, lastEffectiveAt) {
    const latest = points[points.length - 1];
    const box = el('div', { class: 'chart', 'data-key': key }, [
      el('h3', { text: `${latest.label || key}: ${formatFigure(latest)}` }),
      el('div', { class: 'key', text: key }),
    ]);
    container.append(box);
    const data = metricSeries(points, lastEffectiveAt);
    const xMin = Math.min(...data[0]);
    const xMax = Math.max(...data[0]);
    const pad = Math.max(HOUR, (xMax - xMin) * 0.05);
    const options = {
      width: Math.max(280, box.clientWidth - 16),
      height: 150,
      legend: { show: false },
      scales: {
        x: { time: true, range: [xMin - pad, xMax + pad] },
        y: { range: (u, lo, hi) => [Math.min(0, lo), hi * 1.15 || 1] },
      },
      axes: [{ size: 30 }, { size: 84, values: (u, ticks) => ticks.map((tick) => formatNumber(tick)) }],
      series: [
        {},
        {
          label: key,
          stroke: '#2459a8',
          width: 2,
          fill: 'rgba(36,89,168,0.08)',
          points: { show: true, size: 7 },
          paths: uPlot.paths.stepped({ align: 1 }),
        },
      ],
    };
    return new uPlot(options, data, box);
  }

  function charts(container, history, revisions) {
    const lastEffectiveAt = revisions.reduce(
      (latest, r) => (r.effectiveAt > latest ? r.effectiveAt : latest),
      revisions[0].effectiveAt,
    );
    const byKey = new Map();
    for (const point of history) byKey.set(point.key, (byKey.get(point.key) || []).concat(point));
    container.replaceChildren();
    for (const [key, points] of byKey) {
      points.sort((a, b) => a.revision - b.revision);
      chart(container, key, points, lastEffectiveAt);
    }
  }

  return { timeline, charts };
})();
