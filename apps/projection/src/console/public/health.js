'use strict';
(function () {
  const { el, badge, getJson, showError } = window.Console;
  const REFRESH_MS = 2000;

  const rate = (value) => (value === null ? '—' : value.toFixed(1));
  const age = (seconds) =>
    seconds === null ? '—' : seconds < 90 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds / 60)} min`;
  const reachability = (name, { reachable, detail }) =>
    el('p', {}, [
      badge(reachable ? `${name} up` : `${name} down`, reachable ? 'ok' : 'bad'),
      ' ',
      el('span', { class: 'muted', text: detail }),
    ]);
  const row = (cells, header) =>
    el(
      'tr',
      {},
      cells.map((cell) =>
        el(
          header ? 'th' : 'td',
          typeof cell === 'object' ? {} : { text: cell },
          typeof cell === 'object' ? [cell] : [],
        ),
      ),
    );

  function render(health) {
    document
      .getElementById('reachability')
      .replaceChildren(
        reachability('broker', health.broker),
        reachability('database', health.database),
        el('p', { class: 'muted', text: `checked ${health.checkedAt}` }),
      );
    document
      .getElementById('groups')
      .replaceChildren(
        row(['app', 'consumer group', 'state', 'lag', 'events/s', 'last event'], true),
        ...health.groups.map((group) =>
          el('tr', { 'data-group': group.group }, [
            el('td', { text: group.app }),
            el('td', { text: group.group }),
            el('td', {}, [
              badge(group.running ? group.state : `${group.state} (not running)`, group.running ? 'ok' : 'bad'),
            ]),
            el('td', { class: 'number lag', text: String(group.lag) }),
            el('td', { class: 'number', text: rate(group.eventsPerSecond) }),
            el('td', { class: 'number', text: age(group.lastEventAgeSeconds) }),
          ]),
        ),
      );
    document
      .getElementById('partitions')
      .replaceChildren(
        row(['consumer group', 'topic', 'partition', 'committed', 'end', 'lag'], true),
        ...health.groups.flatMap((group) =>
          group.partitions.map((p) =>
            row([
              group.group,
              p.topic,
              String(p.partition),
              p.committed === null ? '—' : String(p.committed),
              String(p.end),
              String(p.lag),
            ]),
          ),
        ),
      );
    const dlq = health.deadLetters;
    document
      .getElementById('dead-letters')
      .replaceChildren(
        el('p', {}, [
          badge(`${dlq.total} dead-lettered`, dlq.total === 0 ? 'ok' : 'bad'),
          el('span', { class: 'muted', text: ` on ${dlq.topic}` }),
        ]),
      );
  }

  async function refresh() {
    try {
      render(await getJson('/health/pipeline.json'));
    } catch (error) {
      showError(document.getElementById('reachability'), error);
    }
    setTimeout(refresh, REFRESH_MS);
  }
  refresh();
})();
