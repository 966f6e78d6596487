/**
 * The programme's title as the assembly writes it: an e-mail subject's prefixes dropped
 * (« TR : », « [EXT] »), a bracketed organisation (« [CVRH Arras] ») or an organisation
 * prefix (« DDTM 59 – ») moved to `organiser`, the format word that introduces a quoted
 * title (« Formation « PLUi et sobriété foncière » ») and the dates after it dropped (the
 * dates are noted as the programme's), and a title typed in capitals written in sentence case.
 */
import { findDates } from './dates';
import { noteDatesAndPlace } from './facts';
import { cleanTitle as titleParts, sentenceCase } from './fields/index';
import type { ReadState } from './state';
import { collapse } from './text';

/** « Formation « X » », « Formation : x »: the training word before the title itself (the format says it). */
const FORMAT_LEAD = /^(?:formation|stage|session de formation|module de formation|training|training course)\s*(?:«\s*([^»]+?)\s*»|"([^"]+)"|“([^”]+)”|:\s+(.+)$)/iu;

/** The title cleaned (see the file's comment); the organiser it names is set when none is written. */
export function settleTitle(r: ReadState, raw: string): string {
  const parts = titleParts(raw);
  if (parts.organiser && !r.fields.organiser) r.fields.organiser = parts.organiser;
  let title = parts.title || collapse(raw);
  const lead = FORMAT_LEAD.exec(title);
  if (lead) {
    const quoted = lead[1] ?? lead[2] ?? lead[3];
    const inner = quoted ?? lead[4]!;
    // What follows the quoted title: dates (« – 16 et 17 avril 2026 ») are the programme's, not the title's.
    const after = quoted ? collapse(title.slice(lead[0].length)).replace(/^[\s,–—-]+/, '') : '';
    const dates = after ? findDates(after) : [];
    if (after && dates.length) noteDatesAndPlace(r, after, true);
    if (!after || dates.length) title = inner;
  }
  title = sentenceCase(title, r.lines.map((l) => l.text).join('\n'));
  // A title cut out of a longer line (« Formation : mener une concertation ») starts with a capital; one written so is kept as written.
  if (title === collapse(raw)) return title;
  return title.replace(/^(\P{L}*)(\p{Ll})/u, (_m, before: string, first: string) => before + first.toUpperCase());
}
