/**
 * Lines of the programme's header: the title, `Label : value` fields (`Date :`, `Lieu :`,
 * `Public visé :`, `Intervenants :`…), fields written after a dash on one line, a subtitle
 * or format word right after the title, « Organisée par … ». What opens a section goes to
 * `sections.ts`; what is not understood is kept in the notes.
 */
import { findDates } from './dates';
import { deliverableFromLine, noteDatesAndPlace, setLocation, setTitle, unplaced } from './facts';
import { SALUTATION, type Line } from './lines';
import { PLACE } from './people';
import { closeSection, headingKind, kvHeading, openSection, sectionLine } from './sections';
import { currentDay, type ReadState } from './state';
import { collapse, fold, words } from './text';
import { cleanTitle, isTeamHeading } from './fields/index';
import { trainingLine } from './training';
import { FORMAT_LABELS, fieldOf, formatFromText, type Field } from './vocabulary';

const DOCUMENT_LABEL = /^(?:fiche(?: de)? formation|fiche (?:pedagogique|programme|descriptive|de stage)|programme de formation|training (?:sheet|course outline)|course outline)$/;

/** A line before the agenda (or between days) that is no day heading and no time line. */
export function headerLine(r: ReadState, l: Line, afterBlank: boolean): void {
  const f = fold(l.text);
  const kind = headingKind(l);
  // « FICHE FORMATION » above the title names the kind of document, not the event: a training sheet.
  if (!r.fields.title && !l.bullet && DOCUMENT_LABEL.test(collapse(f).replace(/[:.]$/, ''))) {
    if (/formation|training/.test(f)) r.fields.format ??= 'training';
    return;
  }
  // « Fiche de formation » after the title (as the exports write it, a heading or a printed line) heads the fields that follow: no content.
  if (r.fields.title && !l.bullet && (l.heading > 1 || !r.agenda.seenSlot) && DOCUMENT_LABEL.test(collapse(f).replace(/[:.]$/, ''))) {
    closeSection(r);
    return;
  }
  // Title: a Markdown heading of level 1, or the first significant line.
  if (!r.fields.title && l.heading === 1 && kind !== 'agenda' && kind !== 'objectives') {
    closeSection(r);
    setTitle(r, l);
    return;
  }
  if (l.heading === 1 && kind !== 'agenda' && kind !== 'objectives' && formatAboveTitle(r, l)) return;
  // The training sheet's fields, wherever they stand (an open section does not swallow them);
  // also as the Markdown export writes them, a top-level bullet with its label in bold.
  if ((!l.bullet || boldLabelItem(l)) && trainingLine(r, l, (field, value) => keyValue(r, field, value, l))) {
    r.cursor.headerItems++;
    return;
  }
  // "Atelier CRTE — Date : 5 juin 2025": the fields written after a dash are read as fields.
  const parts = l.heading || l.bullet ? [] : l.text.split(/\s+[—–|]\s+/);
  if (parts.length >= 2 && !r.agenda.seenSlot) {
    const fields = parts.map((p, k) => {
      const m = k > 0 ? /^(.{2,40}?)\s*:\s*(.+)$/.exec(p) : null;
      const field = m ? fieldOf(m[1]!) : undefined;
      return field && field !== 'agenda' && field !== 'objectives' && field !== 'context' ? { field, value: m![2]! } : undefined;
    });
    if (fields.some(Boolean)) {
      const kept = parts.filter((p, k) => !fields[k] || !keyValue(r, fields[k]!.field, fields[k]!.value, { ...l, text: p, display: p }));
      if (kept.length) headerLine(r, { ...l, text: kept.join(' — '), display: kept.join(' — ') }, afterBlank);
      r.cursor.headerItems++;
      return;
    }
  }
  // `Label : value` (also `- **Date** : 20 octobre 2021` as the Markdown export writes it)
  // …or `Label<tab>value`, as a PDF's label | value line reads (« Organisateur   DDTM 59 »).
  const kv = /^(.{2,60}?)\s*:\s*(.+)$/.exec(l.text) ?? /^([^\t:]{2,60}?)\t+([^\t]+)$/.exec(l.body.trim());
  if (kv && !l.heading) {
    const field = fieldOf(kv[1]!);
    if (field && keyValue(r, field, kv[2]!.trim(), l)) {
      r.cursor.headerItems++;
      return;
    }
  }
  if (kind && !(kind === 'unknown' && !r.fields.title && !l.heading && !l.bullet)) {
    closeSection(r);
    // « INTERVENTION DES CONSEILS DE LA DDTM » presents the team: its people and public context.
    openSection(r, kind === 'unknown' && isTeamHeading(l.text) ? 'team' : kind, l.text, l.no);
    return;
  }
  if (r.cursor.section) {
    sectionLine(r, l, afterBlank);
    return;
  }
  if (!r.fields.title && !r.fields.titleFromSubject && !l.bullet && !SALUTATION.test(f)) {
    setTitle(r, l);
    return;
  }
  // "Organisée par la DDT de l'Oise et …"
  const by = /^(?:organis[ée]e?s?\s+par|organi[sz]ed\s+by|propos[ée]e?\s+par|à l['’]initiative d[eu]|hosted\s+by)\s+(.+)$/i.exec(l.text);
  if (by && !r.fields.organiser && !r.agenda.seenSlot && words(l.text) <= 20) {
    r.fields.organiser = by[1]!.replace(/[.;]$/, '');
    r.cursor.headerItems++;
    return;
  }
  // Right after the title: a format word, or a short subtitle.
  const format = FORMAT_LABELS.get(collapse(f.replace(/[.:]+$/, '')));
  if (format && !r.fields.format && r.fields.title && r.cursor.headerItems <= 1 && !l.bullet && !r.agenda.seenSlot) {
    r.fields.format = format;
    r.cursor.headerItems++;
    return;
  }
  if (r.fields.title && r.cursor.headerItems === 0 && !l.bullet && !r.agenda.seenSlot) {
    if (!r.fields.subtitle && words(l.text) <= 16 && !/[.!?]$/.test(l.text) && !SALUTATION.test(f)) {
      if (formatAboveTitle(r, l)) return;
      r.fields.subtitle = l.text;
      noteDatesAndPlace(r, l.text, true);
      r.cursor.headerItems++;
      return;
    }
  }
  r.cursor.headerItems++;
  // « Bonjour à toutes et à tous, »: the e-mail's greeting, its envelope (the team's notes).
  if (SALUTATION.test(f) && words(l.text) <= 8) return void r.notes.push({ lines: [l.display], line: l.no, unrecognised: false });
  noteDatesAndPlace(r, l.text, true);
  unplaced(r, l, afterBlank);
}

/**
 * « ATELIER » or « Formation » alone, then the title (Déroulé's exports write the kind so):
 * the first line was the format's word, and this line is the title.
 */
function formatAboveTitle(r: ReadState, l: Line): boolean {
  const kind = FORMAT_LABELS.get(collapse(fold(r.fields.title ?? '').replace(/[.:]+$/, '')));
  if (!kind || r.fields.format || r.cursor.headerItems !== 0 || r.agenda.seenSlot) return false;
  r.fields.format = kind;
  setTitle(r, l);
  return true;
}

/** `- **Nombre de places** : 16`: a top-level bullet whose label is in bold, a field of a sheet rather than a list item. */
const boldLabelItem = (l: Line) => l.bullet && l.indent === 0 && /^[-*+•]\s+(\*\*|__)[^*_]{2,60}\1\s*:/.test(l.body.trim());

/** `Label : value` for a field: true when the value was taken (else the line is read as text). */
export function keyValue(r: ReadState, field: Field, value: string, l: Line): boolean {
  const v = value.trim();
  const list = (s: string) => s.split(/\s*;\s*/).filter(Boolean);
  switch (field) {
    case 'title':
      if (r.fields.title) return false;
      r.fields.title = cleanTitle(v, { prefixes: false }).title;
      noteDatesAndPlace(r, v, true);
      return true;
    case 'subject':
      if (r.fields.title || r.fields.titleFromSubject) return false;
      r.fields.titleFromSubject = v;
      return true;
    case 'subtitle':
      if (r.fields.subtitle) return false;
      r.fields.subtitle = v;
      return true;
    case 'date': {
      const dates = findDates(v);
      if (!dates.length) return false;
      r.dates.explicit.push(...dates.map((d) => ({ ...d, source: { text: l.text, line: l.no } })));
      // What follows the dates: a place ("à Albert", ", Cerema Lille"), else kept in notes.
      const rest = collapse(v.slice(dates[dates.length - 1]!.index + dates[dates.length - 1]!.length)).replace(/^[,;–—-]\s*/, '');
      const place = /^(?:(?:à|a|at|in)\s+)?(.+)$/i.exec(rest);
      if (place && !r.fields.location && (/^(?:à|a|at|in)\s/i.test(rest) || new RegExp(`^${PLACE}(?:\\s\\([^()]*\\))?$`, 'u').test(place[1]!))) r.fields.location = place[1]!.trim();
      else if (rest) r.notes.push({ lines: [l.text], line: l.no, unrecognised: true });
      return true;
    }
    case 'location':
      if (r.agenda.seenSlot || (currentDay(r).heading !== undefined && r.fields.location && !r.fields.locationImplied)) {
        if (currentDay(r).location) return false;
        currentDay(r).location = v;
      } else if (!r.fields.location || r.fields.locationImplied) setLocation(r, v, false);
      else if (!r.fields.address) r.fields.address = v;
      else return false;
      return true;
    case 'address':
      if (r.fields.address) return false;
      r.fields.address = v;
      return true;
    case 'audience':
      r.fields.audience.push(...list(v));
      openSection(r, 'audience', '', l.no);
      return true;
    case 'participants': {
      const n = /^(\d{1,4})(?:\s*(?:participants?|personnes?|people|persons?|stagiaires?|max(?:imum)?))?\.?$/i.exec(v);
      if (n && Number(n[1]) >= 1 && !r.fields.participants) r.fields.participants = Number(n[1]);
      else if (n) return false;
      else r.fields.audience.push(...list(v));
      return true;
    }
    case 'organiser':
      if (r.fields.organiser) return false;
      r.fields.organiser = v;
      return true;
    case 'format': {
      const format = FORMAT_LABELS.get(collapse(fold(v).replace(/[.:]+$/, ''))) ?? formatFromText(v);
      if (!format || (r.fields.format && r.fields.format !== format)) return false;
      r.fields.format = format;
      return true;
    }
    case 'objectives':
      openSection(r, 'objectives', '', l.no);
      r.fields.objectives.push(v);
      r.cursor.section!.bullets++;
      return true;
    case 'context':
      openSection(r, 'context', kvHeading(l.text), l.no);
      r.cursor.section!.paragraph.push(v);
      return true;
    case 'prerequisites':
      openSection(r, 'prerequisites', '', l.no);
      r.fields.prerequisites.push(v);
      return true;
    case 'evaluation':
      openSection(r, 'evaluation', '', l.no);
      r.fields.evaluation.push(v);
      return true;
    case 'accessibility':
      openSection(r, 'accessibility', '', l.no);
      r.fields.accessibility.push(v);
      return true;
    case 'people':
      for (const part of v.split(/\s*;\s*|\s+(?:et|and)\s+(?=\p{Lu})/u)) r.people.personFromLine(part);
      openSection(r, 'people', '', l.no);
      return true;
    case 'deliverables':
      openSection(r, 'deliverables', '', l.no);
      deliverableFromLine(r, v);
      return true;
    case 'notes':
      openSection(r, 'notes', '', l.no);
      r.cursor.section!.paragraph.push(v);
      return true;
    case 'agenda':
      return false;
  }
}

// --- sections
