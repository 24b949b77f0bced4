import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { SequenceRecognizer } from '@microsoft/recognizers-text-sequence';
import { Culture } from '@microsoft/recognizers-text-suite';

/**
 * The suite's `recognizeX(text, culture)` helpers build a new recognizer (and
 * compile its resources) on every call; the models are built once here, as a
 * long-running user of the library would, so the peer is not charged for set-up.
 * These packages come with `@microsoft/recognizers-text-suite` at the same version.
 */
function buildModels() {
  const culture = Culture.English;
  const numbers = new NumberRecognizer(culture);
  return {
    number: numbers.getNumberModel(),
    percentage: numbers.getPercentageModel(),
    currency: new NumberWithUnitRecognizer(culture).getCurrencyModel(),
    dateTime: new DateTimeRecognizer(culture).getDateTimeModel(),
    phoneNumber: new SequenceRecognizer(culture).getPhoneNumberModel(),
  };
}

export type PeerModels = ReturnType<typeof buildModels>;

let models: PeerModels | null = null;

export function peerModels(): PeerModels {
  models ??= buildModels();
  return models;
}
