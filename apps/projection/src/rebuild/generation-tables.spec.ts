import { createGenerationTablesSql, generationConsumer, READ_MODEL_TABLES, sqlInGeneration } from './generation-tables';

describe(sqlInGeneration.name, () => {
  const sql = `INSERT INTO projection.figure_history_v1 SELECT * FROM projection.reports_v1 r
    JOIN projection.processed_events p ON true`;

  it('given generation 1, then the statement is unchanged', () => {
    expect(sqlInGeneration(sql, 1)).toBe(sql);
  });

  it('given a later generation, then read-model tables get its suffix and inbox tables keep their name', () => {
    expect(sqlInGeneration(sql, 3))
      .toBe(`INSERT INTO projection.figure_history_v1_r3 SELECT * FROM projection.reports_v1_r3 r
    JOIN projection.processed_events p ON true`);
  });

  it('given a table whose name starts like a read model, then it is not rewritten', () => {
    expect(sqlInGeneration('SELECT 1 FROM projection.reports_v1_archive', 2)).toBe(
      'SELECT 1 FROM projection.reports_v1_archive',
    );
  });
});

describe(createGenerationTablesSql.name, () => {
  it('given a generation, then it copies every read model with its keys and indexes', () => {
    const sql = createGenerationTablesSql(2);
    for (const table of READ_MODEL_TABLES) {
      expect(sql).toContain(`projection.${table}_r2 (LIKE projection.${table} INCLUDING ALL)`);
    }
  });
});

describe(generationConsumer.name, () => {
  it('given generation 1, then the live group name; else a name per generation', () => {
    expect(generationConsumer('palimpsest.projection', 1)).toBe('palimpsest.projection');
    expect(generationConsumer('palimpsest.projection', 2)).toBe('palimpsest.projection@r2');
  });
});
