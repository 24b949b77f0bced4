import { ServiceMetrics } from './service-metrics';

describe(ServiceMetrics.name, () => {
  it('given events handled, then the Prometheus text counts them by consumer, type and outcome, with latency', async () => {
    const sut = new ServiceMetrics('projection');
    sut.recordEvent('g', 'RevisionRecorded', 'processed', 0.004, 1_000);
    sut.recordEvent('g', 'RevisionRecorded', 'processed', 0.02, 2_000);
    sut.recordEvent('g', 'FigureChanged', 'dead-lettered', 0.001, 3_000);
    const text = await sut.render();
    expect(text).toContain(
      'palimpsest_events_processed_total{consumer="g",type="RevisionRecorded",outcome="processed",app="projection"} 2',
    );
    expect(text).toContain(
      'palimpsest_events_processed_total{consumer="g",type="FigureChanged",outcome="dead-lettered",app="projection"} 1',
    );
    expect(text).toContain(
      'palimpsest_event_processing_seconds_bucket{le="0.005",app="projection",consumer="g",type="RevisionRecorded"} 1',
    );
    expect(sut.lastProcessedAt('g')).toBe(2_000);
  });

  it('given a gauge, then it is read when the registry is scraped', async () => {
    const sut = new ServiceMetrics('diff');
    let lag = 3;
    sut.gauge('palimpsest_test_lag', 'lag', ['group'], (gauge) => gauge.set({ group: 'g' }, lag));
    expect(await sut.render()).toContain('palimpsest_test_lag{group="g",app="diff"} 3');
    lag = 0;
    expect(await sut.render()).toContain('palimpsest_test_lag{group="g",app="diff"} 0');
  });

  it('given two apps in one process, then their registries stay apart', async () => {
    const ingest = new ServiceMetrics('ingest');
    new ServiceMetrics('alerts').counter('palimpsest_only_alerts_total', 'x', []).inc();
    expect(await ingest.render()).not.toContain('palimpsest_only_alerts_total');
  });
});
