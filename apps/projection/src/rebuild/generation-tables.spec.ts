import { createGenerationTablesSql, generationConsumer, READ_MODEL_TABLES, readModelTables } from './generation-tables';

describe(readModelTables.name, () => {
  it('given generation 1, then each read model is the table the migrations made', () => {
    expect(readModelTables(1).figure_history_v1).toBe('projection.figure_history_v1');
  });

  it('given a later generation, then every read model names its own copy in the projection schema', () => {
    const tables = readModelTables(3);
    for (const table of READ_MODEL_TABLES) expect(tables[table]).toBe(`projection.${table}_r3`);
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
