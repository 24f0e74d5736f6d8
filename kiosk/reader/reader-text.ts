// The reader engine speaks in message keys and builds documents with labels; this file fills both from
// the kiosk's string catalogue, so what the reader says is what the screen shows, in id or en.
import type { ReaderLabels } from '../../a11y/reader/document-builders.ts';
import type { ReaderMessage } from '../../a11y/reader/reader-vocabulary.ts';
import type { Language } from '../../content/model/language.ts';
import { formatDate } from '../components/format.ts';
import type { Strings } from '../i18n/id.ts';

/** Labels for the document builders, in the visitor's language. */
export function readerLabels(strings: Strings, language: Language): ReaderLabels {
  return {
    who: strings.programWho,
    benefits: strings.programBenefits,
    howToApply: strings.programHowToApply,
    documents: strings.programDocuments,
    noDocuments: strings.programNoDocuments,
    where: strings.programWhere,
    cost: strings.programCost,
    contact: strings.programContact,
    listIntro: strings.readerListIntro,
    itemNumber: strings.readerItemNumber,
    sampleFlag: strings.sampleFlag,
    category: strings.noticeCategory,
    when: (from, to) => strings.noticeWhen(formatDate(from, language), to && formatDate(to, language)),
    place: strings.noticePlace,
  };
}

/** What a reader message says, as one sentence. */
export function readerMessageText(message: ReaderMessage, strings: Strings): string {
  switch (message.key) {
    case 'no-such-pasal':
      return strings.readerNoSuchPasal(message.pasal);
    case 'no-such-ayat':
      return strings.readerNoSuchAyat(message.pasal, message.ayat);
    case 'where-am-i': {
      if (message.unit && message.index !== undefined) return strings.readerWhereInPasal(message.unit, message.ayat, message.total, message.percent);
      const partNames: Record<string, string> = { pembukaan: strings.nodePembukaan, penutup: strings.nodePenutup, penjelasan: strings.nodePenjelasan };
      const place = [message.part ? (partNames[message.part] ?? message.unit) : undefined, message.heading].filter(Boolean).join(', ');
      return strings.readerWhereElsewhere(place || undefined, message.percent);
    }
    default:
      return strings.readerMessages[message.key] ?? message.key;
  }
}
