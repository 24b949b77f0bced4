import type { Send } from '../app-api';
import { API_OPTIONS, appApiFrom } from '../app-api';
import type { Command } from '../command';
import { complain, EXIT_OK } from '../command';
import { writeJson } from '../write-json';
import { formatCsv, formatTable } from './format-rows';
import { HistoryUnavailable, loadHistory } from './history-api';
import { readHistoryOptions } from './history-options';
import { asOfRows, historyRows } from './history-rows';

/** `palimpsest history`, sending through `send` so specs can answer for the API. */
export function createHistoryCommand(send: Send): Command {
  return {
    name: 'history',
    summary: "Print a report's figure history, one metric's, or its figures as of an instant, from the query API.",
    operands: ['URL|ID'],
    options: {
      metric: { type: 'string', description: 'one figure key, e.g. followers/account-follow-page' },
      'as-of': { type: 'string', description: 'the figures in effect at this ISO 8601 instant' },
      axis: { type: 'string', description: 'with --as-of: effective (default) or observed' },
      format: { type: 'string', description: 'table (default), csv or json' },
      ...API_OPTIONS,
    },
    async run(args, io) {
      const options = readHistoryOptions(args);
      if (!options.ok) return complain(io, 'history', options.reason);
      const api = appApiFrom('projection', args.values, process.env);
      if (!api.ok) return complain(io, 'history', api.reason);
      let loaded;
      try {
        loaded = await loadHistory(options.value, api.value, send);
      } catch (error) {
        if (error instanceof HistoryUnavailable) return complain(io, 'history', error.message);
        throw error;
      }
      const { format } = options.value;
      if (format === 'json') {
        writeJson(io, loaded.body);
        return EXIT_OK;
      }
      const rows = loaded.kind === 'as-of' ? asOfRows(loaded.body.items) : historyRows(loaded.body.items);
      const columns = rows.length > 0 ? Object.keys(rows[0]) : Object.keys(historyRows([{}])[0]);
      io.stdout.write(format === 'csv' ? formatCsv(rows, columns) : formatTable(rows, columns));
      return EXIT_OK;
    },
  };
}

export const historyCommand = createHistoryCommand(fetch);
