/**
 * A title typed in capitals (« IDENTIFIER ET METTRE EN ŒUVRE… COMMUNE DE POIX-DU-NORD »)
 * written in sentence case, as French typography and the Déroulé examples write titles:
 * the first letter in upper case, acronyms and initialisms as they are spelt (DDTM, PLUi,
 * SCoT), and proper names as the rest of the text writes them (« Poix-du-Nord »). A word
 * the text writes with a capital in the middle of a sentence is a proper name or an acronym
 * there; its case is copied, its accents are the title's.
 */
import { foldAccents } from '../../schema/suggest';

/** Acronyms and initialisms of the field, by their folded letters, as they are spelt. */
const ACRONYMS = new Map(
  [
    'DDTM', 'DDT', 'DDETS', 'DREAL', 'DEAL', 'DRIEAT', 'DGALN', 'DGCL', 'DHUP', 'ANCT', 'ANAH', 'ANRU', 'ADEME', 'CAUE', 'CVRH', 'CNFPT',
    'IFORE', 'ENTPE', 'EPCI', 'EPF', 'EPFL', 'PLU', 'PLUi', 'PLUiH', 'SCoT', 'CRTE', 'ZAN', 'OAP', 'PADD', 'SRADDET', 'PCAET', 'PLH', 'PDU',
    'PPRI', 'PPR', 'ABF', 'UDAP', 'ORT', 'PVD', 'ACV', 'NCT', 'QPV', 'ZAC', 'ZNIEFF', 'SDAGE', 'TVB', 'GEMAPI', 'EnR', 'PETR', 'PNR', 'SIG',
    'SGAR', 'OFB', 'ONF', 'INRAE', 'Cerema', 'COPIL', 'COTECH', 'AMO', 'MOA', 'MOE', 'BIM', 'ERP', 'PMR', 'DSIL', 'DETR', 'FNADT', 'FEDER',
    'RGPD', 'CNIL', 'SNCF', 'RN', 'RD', 'TER', 'UE', 'EU', 'PLUI-H', 'DDT(M)',
  ].map((a) => [foldAccents(a), a]),
);

/** Mostly capitals: at least 4 letters, 80 % of them upper case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.8;
}

const WORD = /[\p{L}\p{N}]+(?:[-(][\p{L}\p{N}]+\)?)*/gu;
/**
 * A capital is evidence of a name only in the middle of a sentence: after a word in lower
 * case, a comma or an elision (« de la DDTM », « à Poix du Nord », « l’État »), not at the
 * start of a line, after a full stop or after a clock (« 09h00/09h15 Présentation »).
 */
const MID_SENTENCE = /(?:[\p{Ll},]\s+|['’])$/u;

/**
 * Words written with a capital mid-sentence in the text (not in its lines in capitals), by
 * their folded form: « Poix-du-Nord », « Cambrai », « DDTM ». Hyphenated names are also
 * kept part by part, so « POIX-DU-NORD » finds « Poix » and « Nord » in « Poix du Nord ».
 */
export function namesIn(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.length > 3000 || isAllCaps(line)) continue;
    for (const m of line.matchAll(WORD)) {
      const word = m[0];
      if (!/\p{Lu}/u.test(word) || !MID_SENTENCE.test(line.slice(0, m.index))) continue;
      if (!names.has(foldAccents(word))) names.set(foldAccents(word), word);
      for (const part of word.split('-')) if (/^\p{Lu}/u.test(part) && !names.has(foldAccents(part))) names.set(foldAccents(part), part);
    }
  }
  return names;
}

/** The title's letters in the case of `model` (same letters, accents aside). */
function caseLike(word: string, model: string): string {
  const letters = [...word.toLowerCase()];
  const shape = [...model];
  if (letters.length !== shape.length) return model;
  return letters.map((c, i) => (shape[i] !== shape[i]!.toLowerCase() ? c.toUpperCase() : c)).join('');
}

function wordCase(word: string, names: Map<string, string>): string {
  const key = foldAccents(word);
  const acronym = ACRONYMS.get(key);
  if (acronym) return acronym;
  const name = names.get(key);
  if (name) return caseLike(word, name);
  if (/^[IVX]{2,4}$/.test(word)) return word;
  if (word.includes('-')) return word.split('-').map((p) => wordCase(p, names)).join('-');
  return word.toLowerCase();
}

/**
 * The title in sentence case when it is written in capitals (see the file's comment);
 * a title in mixed case is returned as it is. `context` is the rest of the document.
 */
export function sentenceCase(title: string, context = ''): string {
  if (!isAllCaps(title)) return title;
  const names = namesIn(context);
  const out = title.replace(WORD, (w) => wordCase(w, names));
  return out.replace(/^(\P{L}*)(\p{L})/u, (_m, lead: string, first: string) => lead + first.toUpperCase());
}
