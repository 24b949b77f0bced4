import { Command, EXIT_OK, EXIT_USAGE } from '../command';
import { writeJson } from '../write-json';
import { formatCsv, formatTable } from './format-rows';
import { fetchJson, HistoryUnavailable, HttpGet, loadHistory } from './history-api';
import { readHistoryOptions } from './history-options';
import { asOfRows, historyRows } from './history-rows';

/** `palimpsest history`, reading through `get` so specs can answer for the API. */
export function createHistoryCommand(get: HttpGet): Command {
  return {
    name: 'history',
    summary: "Print a report's figure history, one metric's, or its figures as of an instant, from the query API.",
    operands: ['URL|ID'],
    options: {
      metric: { type: 'string' },
      'as-of': { type: 'string' },
      axis: { type: 'string' },
      format: { type: 'string' },
      api: { type: 'string' },
    },
    async run(args, io) {
      const fail = (message: string) => {
        io.stderr.write(`palimpsest history: ${message}\n`);
        return EXIT_USAGE;
      };
      const options = readHistoryOptions(args);
      if ('problem' in options) return fail(options.problem);
      let loaded;
      try {
        loaded = await loadHistory(options, get);
      } catch (error) {
        if (error instanceof HistoryUnavailable) return fail(error.message);
        throw error;
      }
      if (options.format === 'json') {
        writeJson(io, loaded.body);
        return EXIT_OK;
      }
      const rows = loaded.kind === 'as-of' ? asOfRows(loaded.body.items) : historyRows(loaded.body.items);
      const columns = rows.length > 0 ? Object.keys(rows[0]) : Object.keys(historyRows([{}])[0]);
      io.stdout.write(options.format === 'csv' ? formatCsv(rows, columns) : formatTable(rows, columns));
      return EXIT_OK;
    },
  };
}

export const historyCommand = createHistoryCommand(fetchJson);
