// ISO 4217 codes for currency marks written before or after an amount.

// Letter prefixes need a boundary before them and single letters must touch the "$": "a $48 million" is the article.
const PREFIX_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/(?<![A-Za-z.])(?:US|U\.S\.?|USD)\s?\$$/i, 'USD'],
  [/(?<![A-Za-z.])(?:CA|CAD|Can)\s?\$$|(?<![A-Za-z.])C\$$/i, 'CAD'],
  [/(?<![A-Za-z.])(?:AU|AUD)\s?\$$|(?<![A-Za-z.])A\$$/i, 'AUD'],
  [/(?<![A-Za-z.])(?:NZ|NZD)\s?\$$/i, 'NZD'],
  [/(?<![A-Za-z.])(?:HK|HKD)\s?\$$/i, 'HKD'],
  [/(?<![A-Za-z.])(?:SG|SGD)\s?\$$|(?<![A-Za-z.])S\$$/i, 'SGD'],
  [/(?<![A-Za-z.])(?:MX|Mex|MXN)\s?\$$/i, 'MXN'],
  [/(?<![A-Za-z.])R\$$/, 'BRL'],
  [/(?<![A-Za-z.])Rs\.?$/, 'INR'],
  [/(?<![A-Za-z])(USD|EUR|GBP|JPY|INR|CAD|AUD|CHF|CNY|MXN|NZD|HKD|SGD|BRL|KRW|RUB|ZAR|SEK|NOK|DKK|PLN|TRY|ILS)$/, ''],
  [/(?<![A-Za-z])RMB$/, 'CNY'],
];

/** Currency symbols, written before or after the amount. */
const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₪': 'ILS',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '₫': 'VND',
  '₱': 'PHP',
  '₦': 'NGN',
  '₴': 'UAH',
  '₸': 'KZT',
  '฿': 'THB',
  元: 'CNY',
  ரூ: 'LKR',
};
const SYMBOL_BEFORE = /\\?(\$|€|£|¥|₹|₩|₽|₺|₪|₡|₾|₭|₫|₱|₦|₴|₸|฿)$/;
const SYMBOL_AFTER = /^(€|£|¥|₹|₩|₽|₺|₪|₡|₾|₭|₫|₱|₦|₴|₸|฿|元|ரூ)/;

/** A currency mark right before an amount ("US$ ", "€", "C $", "EUR "): its code and the length it takes. */
export function currencyBefore(text: string, start: number): { code: string; length: number } | null {
  const window = text.slice(Math.max(0, start - 8), start);
  const trimmed = window.replace(/\s$/, '');
  if (!/[$A-Za-z.€£¥₹₩₽₺₪₡₾₭₫₱₦₴₸฿]$/.test(trimmed)) return null;
  for (const [pattern, code] of PREFIX_MARKS) {
    const match = pattern.exec(trimmed);
    if (match) return { code: code || match[1].toUpperCase(), length: window.length - match.index };
  }
  const symbol = SYMBOL_BEFORE.exec(trimmed);
  return symbol ? { code: SYMBOLS[symbol[1]], length: window.length - symbol.index } : null;
}

const NAMED: ReadonlyArray<[RegExp, string]> = [
  [/^(?:US|U\.S\.|American)\s+dollars?\b/i, 'USD'],
  [/^Canadian\s+dollars?\b/i, 'CAD'],
  [/^Australian\s+dollars?\b/i, 'AUD'],
  [/^New\s+Zealand\s+dollars?\b/i, 'NZD'],
  [/^Hong\s+Kong\s+dollars?\b/i, 'HKD'],
  [/^Singapore\s+dollars?\b/i, 'SGD'],
  [/^dollars?\b/i, 'USD'],
  [/^euros?\b/i, 'EUR'],
  [/^(?:British\s+)?pounds?(?:\s+sterling)?\b|^sterling\b/i, 'GBP'],
  [/^(?:Japanese\s+)?yen\b/i, 'JPY'],
  [/^(?:Chinese\s+)?(?:yuan|renminbi|rmb)\b|^元/i, 'CNY'],
  [/^(?:Indian\s+)?rupees?\b/i, 'INR'],
  [/^Swiss\s+francs?\b/i, 'CHF'],
  [/^(?:Russian\s+)?(?:roubles?|rubles?)\b/i, 'RUB'],
  [/^(?:Turkish\s+)?lira\b/i, 'TRY'],
  [/^(?:Brazilian\s+)?reais\b/i, 'BRL'],
  [/^(?:Mexican\s+)?pesos?\b/i, 'MXN'],
  [/^(USD|EUR|GBP|JPY|INR|CAD|AUD|CHF|CNY|MXN|NZD|HKD|SGD|BRL|KRW|RUB|ZAR|SEK|NOK|DKK|PLN|TRY|ILS)\b/, ''],
];

/** Minor units are converted to their major currency: 50 cents is 0.50 USD. */
const MINOR: ReadonlyArray<[RegExp, string]> = [
  [/^cents?\b/i, 'USD'],
  [/^(?:pence|penny)\b/i, 'GBP'],
];

export interface CurrencyAfter {
  code: string;
  length: number;
  divisor: number;
}

// First words of the names above; any other word cannot start a currency, which keeps the common case cheap.
const NAME_STARTS = new Set(
  `us u american canadian australian new hong singapore dollar dollars euro euros british pound pounds sterling
  japanese yen chinese yuan renminbi rmb indian rupee rupees swiss russian rouble roubles ruble rubles turkish lira
  brazilian reais mexican peso pesos cent cents pence penny`.split(/\s+/),
);

function mayNameCurrency(rest: string): boolean {
  const word = /^[A-Za-z]+/.exec(rest);
  if (!word) return !/^[\d\s,.;:)(]/.test(rest);
  return NAME_STARTS.has(word[0].toLowerCase()) || /^[A-Z]{3}$/.test(word[0]);
}

/** A currency named right after an amount ("dollars", "Canadian dollars", "euros", "EUR", "cents"). */
export function currencyAfter(text: string, end: number): CurrencyAfter | null {
  const window = text.slice(end, end + 32);
  const gap = /^[\s-]?/.exec(window)![0].length;
  const rest = window.slice(gap);
  if (!mayNameCurrency(rest)) return null;
  for (const [pattern, code] of NAMED) {
    const match = pattern.exec(rest);
    if (match) return { code: code || match[1], length: gap + match[0].length, divisor: 1 };
  }
  const symbol = SYMBOL_AFTER.exec(rest);
  if (symbol) return { code: SYMBOLS[symbol[1]], length: gap + symbol[0].length, divisor: 1 };
  for (const [pattern, code] of MINOR) {
    const match = pattern.exec(rest);
    if (match) return { code, length: gap + match[0].length, divisor: 100 };
  }
  return null;
}
