export type InputFormat = 'html' | 'text';

const HTML_EXTENSION = /\.(x?html?)$/i;

/**
 * A page saved as .html is HTML; anything else (stdin included) is passed on
 * as text, which `normalizeCapture` still recognises as markup when it is.
 */
export function detectFormat(name: string): InputFormat {
  return HTML_EXTENSION.test(name) ? 'html' : 'text';
}
