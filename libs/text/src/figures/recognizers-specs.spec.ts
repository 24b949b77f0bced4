import { describeWithShared, RECOGNIZERS_SPECS_DIR } from '@palimpsest/shared-folder';
import { extractFiguresFromText } from './extract-from-text';
import { parseNumber } from './parse-number';
import type { SpecCase, SpecResult } from './recognizers-cases.spec-helper';
import {
  boundOf,
  expectedCurrency,
  figureAt,
  loadCases,
  nonFigureReason,
  sameValue,
  supportedInJavaScript,
  Tally,
} from './recognizers-cases.spec-helper';

// English specifications of Microsoft Recognizers-Text (MIT), read in place from the shared data folder.
// Floors sit just below the measured rates, so a regression fails the suite.
const FLOORS = {
  numberValues: 0.96,
  numberDetection: 0.83,
  numberRejection: 1,
  percentValues: 0.73,
  percentDetection: 0.73,
  currencyDetection: 0.9,
  rangeQualifiers: 0.83,
};

const resultsOf = (cases: SpecCase[]) =>
  cases.flatMap((spec) => spec.Results.map((result) => ({ input: spec.Input, result })));

function valueTally(items: Array<{ input: string; result: SpecResult }>, expected: (r: SpecResult) => number) {
  const tally = new Tally();
  for (const { result } of items) {
    if (sameValue(parseNumber(result.Text), expected(result))) tally.pass();
    else tally.fail(`${result.Text} -> ${parseNumber(result.Text)} (want ${expected(result)})`);
  }
  return tally;
}

function detectionTally(
  items: Array<{ input: string; result: SpecResult }>,
  matches: (input: string, result: SpecResult) => boolean,
) {
  const tally = new Tally();
  for (const { input, result } of items) {
    const reason = nonFigureReason(input, result);
    if (reason) tally.classify(reason);
    else if (matches(input, result)) tally.pass();
    else tally.fail(`${input} :: ${result.Text}`);
  }
  return tally;
}

const numberValue = (result: SpecResult) => Number(result.Resolution?.value);
const percentValue = (result: SpecResult) => Number(String(result.Resolution?.value).replace('%', ''));

describeWithShared('Recognizers-Text English specifications', [RECOGNIZERS_SPECS_DIR], () => {
  const rows: string[] = [];
  const report = (tally: Tally, name: string) => {
    rows.push(tally.row(name));
    if (process.env.SHOW_SPEC_FAILURES) console.log(`${name} failures:\n${tally.failures.join('\n')}`);
  };
  afterAll(() =>
    console.log(['model / check                      passed/all   rate  not figures by our rules', ...rows].join('\n')),
  );

  describe('NumberModel', () => {
    const cases = () => loadCases('Number-English-NumberModel.json').filter(supportedInJavaScript);
    const items = () => resultsOf(cases());

    it('given each expected number text, when parsed, then the value agrees', () => {
      const tally = valueTally(items(), numberValue);
      report(tally, 'NumberModel value');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.numberValues);
    });

    it('given each input, when scanned, then every expected number is a figure of that value or a named non-figure', () => {
      const tally = detectionTally(items(), (input, result) =>
        sameValue(figureAt(input, result)?.value, numberValue(result)),
      );
      report(tally, 'NumberModel detection');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.numberDetection);
    });

    it('given inputs with no number, when scanned, then no figure is found', () => {
      const tally = new Tally();
      for (const spec of cases().filter((c) => c.Results.length === 0)) {
        const figures = extractFiguresFromText(spec.Input);
        if (figures.length === 0) tally.pass();
        else tally.fail(`${spec.Input} -> ${figures.map((f) => f.text).join(', ')}`);
      }
      report(tally, 'NumberModel rejection');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.numberRejection);
    });
  });

  describe('PercentModel', () => {
    const items = () => resultsOf(loadCases('Number-English-PercentModel.json').filter(supportedInJavaScript));

    it('given each expected percentage text, when parsed, then the value agrees', () => {
      const tally = valueTally(items(), percentValue);
      report(tally, 'PercentModel value');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.percentValues);
    });

    it('given each input, when extracted, then a percent figure of that value covers the span', () => {
      const tally = detectionTally(items(), (input, result) => {
        const figure = figureAt(input, result);
        return figure?.unit === 'percent' && sameValue(figure.value, percentValue(result));
      });
      report(tally, 'PercentModel detection');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.percentDetection);
    });
  });

  describe('CurrencyModel', () => {
    const items = () => resultsOf(loadCases('NumberWithUnit-English-CurrencyModel.json').filter(supportedInJavaScript));

    it('given each input, when extracted, then a figure with the amount and ISO code covers the span', () => {
      const tally = new Tally();
      for (const { input, result } of items()) {
        const currency = expectedCurrency(result);
        if (result.Resolution?.value == null) tally.classify('unit-without-amount');
        else if (!currency) tally.classify('currency-without-iso-code');
        else {
          const figure = figureAt(input, result);
          const value = Number(result.Resolution.value) / currency.divisor;
          if (figure?.unit === currency.code && sameValue(figure.value, value)) tally.pass();
          else tally.fail(`${input} :: ${result.Text} -> ${figure?.value} ${figure?.unit}`);
        }
      }
      report(tally, 'CurrencyModel amount+ISO');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.currencyDetection);
    });
  });

  describe('NumberRangeModel', () => {
    // The JavaScript port has no range model, so nearly every case is marked NotSupported for javascript;
    // the marks describe that port, not our qualifier layer, which is scored on every case here.
    const items = () => resultsOf(loadCases('Number-English-NumberRangeModel.json'));

    it('given each comparative phrase, when extracted, then the qualifier and bound agree with the interval', () => {
      const tally = new Tally();
      for (const { input, result } of items()) {
        const bound = boundOf(String(result.Resolution?.value));
        if (bound === 'two-sided-range') tally.classify('two-sided-range');
        else {
          const figure = figureAt(input, result);
          if (bound && figure?.qualifier === bound.qualifier && sameValue(figure.value, bound.value)) tally.pass();
          else tally.fail(`${input} :: ${result.Text} -> ${figure?.qualifier} ${figure?.value}`);
        }
      }
      report(tally, 'NumberRangeModel qualifier');
      expect(tally.rate).toBeGreaterThanOrEqual(FLOORS.rangeQualifiers);
    });
  });
});
