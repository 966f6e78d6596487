/**
 * The contact of a training (`contact`, FORMAT.md 7.3): `{ name, email, phone }` when the
 * text is nothing but a person's name, an e-mail address and a phone number (any of them,
 * in any order, with « tél. », « mail : » and separators), otherwise the text as written
 * (« Service formation du CVRH, formation@… » keeps the service's name).
 */
import { collapse, MAX_VALUE } from './fieldText';

export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
}

const EMAIL = /[^@\s<>()[\],;:]+@[^@\s<>()[\],;:]+\.[^@\s<>()[\],;:.]+/;
/** French numbers (`03 21 00 00 00`, `03.21.00.00.00`, `+33 3 21 00 00 00`) and other international ones. */
const PHONE = /(?:\+33\s?\(?0?\)?\s?[1-9]|(?<!\d)0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}(?!\d)/;
const WORDS = /(?<![\p{L}])(?:t[ée]l[ée]phone|t[ée]l\.?|tel|phone|mob\.?|mobile|portable|mail|e-mail|email|courriel|m[ée]l|contact|par|by)(?![\p{L}])/giu;
const HONORIFIC = /^(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Monsieur|Madame)\s+/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*|de|du|des|d'|d’|van|von|le|la)$/u;

/** The contact a text gives (see the file's comment), or undefined for an empty text. */
export function contactOf(text: string): string | ContactDetails | undefined {
  const written = collapse(text).replace(/[.;]+$/, '');
  if (!written) return undefined;
  if (written.length > MAX_VALUE) return written;
  const details: ContactDetails = {};
  let rest = written;
  const email = EMAIL.exec(rest);
  if (email) {
    details.email = email[0].replace(/[.]+$/, '');
    rest = rest.replace(email[0], ' ');
  }
  const phone = PHONE.exec(rest);
  if (phone) {
    details.phone = phone[0].trim();
    rest = rest.replace(phone[0], ' ');
  }
  rest = collapse(rest.replace(WORDS, ' ').replace(/[,;:|/()–—-]+/g, ' '));
  if (rest) {
    const name = rest.replace(HONORIFIC, '');
    const words = name.split(' ');
    if (words.length < 2 || words.length > 5 || !words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(name)) return written;
    details.name = name;
  }
  if (!details.email && !details.phone) return written;
  return details;
}
