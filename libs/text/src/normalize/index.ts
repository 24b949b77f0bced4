export { contentHash } from './content-hash';
export { documentText } from './document-text';
export { normalizeHtml } from './html/normalize-html';
export { looksLikeHtml, normalizeCapture } from './normalize-capture';
export type { Capture } from './normalize-capture';
export { normalizeText } from './text/normalize-text';
