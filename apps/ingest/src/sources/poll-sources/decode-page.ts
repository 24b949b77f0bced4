import { FetchFailedError } from '../fetch/fetch-errors';

export interface DecodedPage {
  field: 'html' | 'text';
  content: string;
}

const TEXTUAL = /^(text\/|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml)|$)/i;

/** The answer's body as text in its declared charset (UTF-8 when none or unknown), as HTML or plain text. */
export function decodePage(answer: { contentType: string; body: Buffer; url: string }): DecodedPage {
  const [mediaType, ...parameters] = answer.contentType.split(';').map((part) => part.trim());
  if (!TEXTUAL.test(mediaType)) throw new FetchFailedError(`${answer.url} answered ${mediaType}, not a page`);
  const charset = parameters
    .find((part) => /^charset=/i.test(part))
    ?.split('=')[1]
    ?.replace(/"/g, '');
  const content = decoderFor(charset).decode(answer.body);
  return { field: /^text\/plain$/i.test(mediaType) ? 'text' : 'html', content };
}

function decoderFor(charset: string | undefined) {
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    // An unknown label: UTF-8 is the web's default (WHATWG Encoding).
    return new TextDecoder('utf-8');
  }
}
