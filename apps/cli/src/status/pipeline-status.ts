/** The projection's GET /health/pipeline.json, as far as the terminal reads it. */
export interface PipelineStatus {
  checkedAt: string;
  broker: { reachable: boolean; detail: string };
  database: { reachable: boolean; detail: string };
  groups: Array<{
    app: string;
    group: string;
    state: string;
    running: boolean;
    lag: number;
    partitions: Array<{ topic: string; partition: number; committed: number | null; end: number; lag: number }>;
    eventsPerSecond: number | null;
    lastEventAgeSeconds: number | null;
  }>;
  deadLetters: { topic: string; total: number };
}
