import { FORMAT_FUNCTIONS } from './format-figure';

/**
 * The formatters as a browser script defining `window.PalimpsestFormat`: the
 * page shows figures through the same functions the unit specs pin, with no
 * bundler, because each function is sent as its compiled source.
 */
export function formatScript(): string {
  const sources = FORMAT_FUNCTIONS.map((fn) => fn.toString()).join('\n');
  const names = FORMAT_FUNCTIONS.map((fn) => fn.name).join(', ');
  return `'use strict';\nwindow.PalimpsestFormat = (function () {\n${sources}\nreturn { ${names} };\n})();\n`;
}
