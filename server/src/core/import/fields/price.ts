/**
 * The price of a training (`price`, FORMAT.md 7.3): a text, or `{ amount, currency, per }`.
 * An amount is given as an object only when the text says nothing more than the amount,
 * its currency, what it is per and a tax mention (« 450 € net de taxe par stagiaire »,
 * « 1 200 € HT / jour »); the tax mention, which the object has no key for, is returned as
 * `note` for the caller to keep beside the value. Anything else stays the text as written
 * (« Gratuit pour les agents de l'État », « 450 € pour les agents, 900 € pour les autres »).
 */
import { collapse, fold, MAX_VALUE } from './fieldText';

export type PricePer = 'participant' | 'group' | 'day';
export interface PriceAmount {
  amount: number;
  currency: string;
  per?: PricePer;
}
export interface PriceValue {
  value: string | PriceAmount;
  /** Words of the text the object has no key for (a tax mention: `net de taxe`, `HT`). */
  note?: string;
}

const CURRENCIES: [RegExp, string][] = [
  [/^(?:€|eur|euros?)$/, 'EUR'],
  [/^(?:\$|usd|dollars?)$/, 'USD'],
  [/^(?:£|gbp)$/, 'GBP'],
  [/^(?:chf)$/, 'CHF'],
  [/^(?:xpf|f cfp)$/, 'XPF'],
];
const CURRENCY = String.raw`€|eur(?:os?)?(?![\p{L}])|\$|usd(?![\p{L}])|dollars?(?![\p{L}])|£|gbp(?![\p{L}])|chf(?![\p{L}])|xpf(?![\p{L}])`;
const NUMBER = String.raw`(\d{1,3}(?:[  .]\d{3})+|\d+)(?:,(\d{1,2})|\.(\d{1,2})(?!\d))?`;
const AMOUNT_AFTER = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s*(${CURRENCY})`, 'gu');
const AMOUNT_BEFORE = new RegExp(String.raw`(${CURRENCY})\s*${NUMBER}`, 'gu');

const PER: [PricePer, RegExp][] = [
  ['participant', /(?:par|\/|pour|per|a|by)\s*(?:chaque\s+|each\s+)?(?:stagiaires?|participants?|personnes?|pers\.?|agents?|inscrits?|apprenants?|trainees?|persons?|people|head)(?![\p{L}])/u],
  ['group', /(?:par|\/|pour|per)\s*(?:le\s+|un\s+|the\s+)?(?:groupes?|groups?)(?![\p{L}])|forfait\s+groupe/u],
  ['day', /(?:par|\/|per|a|the)\s*(?:jour|journee|day)s?(?![\p{L}])/u],
];
const TAX = /(?<![\p{L}])(?:nets?\s+de\s+(?:taxes?|tva)|hors\s+taxes?|toutes\s+taxes\s+comprises|exoneres?\s+de\s+tva|tva\s+non\s+applicable|ht|ttc|net|nets|excl\.?\s+vat|incl\.?\s+vat|vat\s+included|excluding\s+vat|including\s+vat)(?![\p{L}])/gu;
const FREE = /^(?:gratuit|gratuite|gratuits|gratuites|sans frais|free|free of charge|no charge)(?![\p{L}])/u;

/** The price a text states (see the file's comment), or undefined for an empty text. */
export function priceOf(text: string): PriceValue | undefined {
  const written = collapse(text).replace(/[.;]+$/, '');
  if (!written) return undefined;
  if (written.length > MAX_VALUE) return { value: written };
  const f = fold(written);
  if (FREE.test(f)) return { value: written };
  const amounts = [...f.matchAll(AMOUNT_AFTER)].map((m) => ({ at: m.index!, length: m[0].length, number: numberOf(m[1]!, m[2] ?? m[3]), currency: m[4]! }));
  if (!amounts.length) for (const m of f.matchAll(AMOUNT_BEFORE)) amounts.push({ at: m.index!, length: m[0].length, number: numberOf(m[2]!, m[3] ?? m[4]), currency: m[1]! });
  if (amounts.length !== 1) return { value: written };
  const found = amounts[0]!;
  const currency = CURRENCIES.find(([re]) => re.test(found.currency))?.[1];
  if (!currency || !Number.isFinite(found.number)) return { value: written };
  let rest = f.slice(0, found.at) + ' ' + f.slice(found.at + found.length);
  const pers = PER.filter(([, re]) => re.test(rest));
  if (pers.length > 1) return { value: written };
  if (pers.length) rest = rest.replace(pers[0]![1], ' ');
  const taxes = [...rest.matchAll(TAX)].map((m) => m[0]);
  rest = rest.replace(TAX, ' ').replace(/[\s,.;:()/–—-]+/g, '');
  if (rest) return { value: written };
  const value: PriceAmount = { amount: found.number, currency, ...(pers.length ? { per: pers[0]![0] } : {}) };
  const note = taxNote(written, taxes.length);
  return note ? { value, note } : { value };
}

function numberOf(whole: string, decimals: string | undefined): number {
  return Number(whole.replace(/[  .]/g, '')) + (decimals ? Number(`0.${decimals}`) : 0);
}

/** The tax mention as the text writes it (accents and case kept), found again in the original. */
function taxNote(written: string, count: number): string | undefined {
  if (!count) return undefined;
  const original = [...written.matchAll(/(?<![\p{L}])(?:nets?\s+de\s+(?:taxes?|TVA)|hors\s+taxes?|toutes\s+taxes\s+comprises|exonérée?s?\s+de\s+TVA|TVA\s+non\s+applicable|HT|TTC|nets?|excl\.?\s+VAT|incl\.?\s+VAT|VAT\s+included|excluding\s+VAT|including\s+VAT)(?![\p{L}])/giu)].map((m) => m[0]);
  return original.length ? original.join(', ') : undefined;
}
