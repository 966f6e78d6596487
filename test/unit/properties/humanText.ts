/**
 * Random programmes as people write them (the importer's input): a title, a date in words,
 * then one line per slot in the usual forms (`08h30/09h00 Accueil`, `9h00 - 9h30 : Accueil
 * café`, `De 9h à 10h30 — Séquence 1`, `10h30 Pause` followed by the next start), bullets
 * for steps, `Jour 1` headings for several days.
 */
import fc from 'fast-check';
import { chance, clock, int, pick, type G } from './notation';
import { programmeSpec, type SlotSpec } from './programmeArb';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function dateInWords(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function slotLine(g: G, s: SlotSpec): string {
  const a = clock(g, s.start);
  const b = clock(g, s.end);
  switch (int(g, 0, 3)) {
    case 0:
      return `${a}/${b} ${s.title}`;
    case 1:
      return `${a} - ${b} : ${s.title}`;
    case 2:
      return `De ${a} à ${b} — ${s.title}`;
    default:
      return `${a}-${b}\t${s.title}`;
  }
}

/** Titles that a person would write on a programme line (no times or list markers inside). */
const readable = (t: string) => /^[\p{L}][\p{L}\p{N} ,'’()«»:—-]*$/u.test(t) && !/\d/.test(t);

export const humanProgramme: fc.Arbitrary<string> = fc.gen().map((g) => {
  const spec = programmeSpec(g);
  const lines = [spec.title.replace(/\d/g, ''), ''];
  if (!readable(lines[0]!)) lines[0] = 'Atelier territorial';
  if (spec.days.length === 1) lines.push(`Date : ${dateInWords(spec.days[0]!.date)}`, '');
  spec.days.forEach((day, i) => {
    if (spec.days.length > 1) lines.push(chance(g, 0.5) ? `Jour ${i + 1} — ${dateInWords(day.date)}` : `Jour ${i + 1} : ${dateInWords(day.date)}`, '');
    for (const s of day.slots) {
      if (s.end <= s.start) continue;
      if (!readable(s.title)) s.title = pick(g, ['Accueil des participants', 'Atelier', 'Restitution', 'Pause']);
      lines.push(slotLine(g, s));
      for (const step of s.steps) lines.push(`   - ${step}`);
    }
    lines.push('');
  });
  return lines.join(chance(g, 0.1) ? '\r\n' : '\n');
});
