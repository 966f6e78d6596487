/**
 * Sections of the programme's header: a heading or a `Label :` line opens one (objectives,
 * audience, prerequisites, people, context…), the lines under it fill it, and when it
 * closes its paragraphs go to its field, or to the notes when the section is not understood.
 */
import { findDates } from './dates';
import { deliverableFromLine, noteDatesAndPlace, setLocation } from './facts';
import { isAllCaps, type Line } from './lines';
import type { ReadState, Section, SectionKind } from './state';
import { collapse, fold, words } from './text';
import { cleanTitle, readTeamSection, sentenceCase } from './fields/index';
import { fieldOf } from './vocabulary';

/** The kind of section a line opens, or undefined when it is no heading. */
export function headingKind(l: Line): SectionKind | undefined {
  const text = l.text.replace(/\s*[:.]\s*$/, '');
  const field = fieldOf(text);
  const emphatic = l.heading > 0 || l.emphasised || isAllCaps(l.text);
  if (l.bullet && !emphatic) return undefined;
  if (field && (emphatic || /:\s*$/.test(l.text) || words(text) <= 4)) return field;
  if (emphatic && words(l.text) <= 16) return 'unknown';
  if (/:\s*$/.test(l.text) && words(l.text) <= 6 && !l.bullet) return 'unknown';
  return undefined;
}

/** A section (`Objectifs`, `Public visé :`, an unknown heading) whose lines follow. */
export function openSection(r: ReadState, kind: SectionKind, heading: string, line: number): void {
  closeSection(r);
  r.cursor.section = { kind, heading, line, paragraph: [], paragraphs: [], bullets: 0, pendingLeadIn: [] };
  if (kind === 'unknown' && heading) r.cursor.section.paragraph.push(heading);
  r.cursor.headerItems++;
}

/** A blank line inside a section: the paragraph ends. */
export function sectionBreak(r: ReadState): void {
  const s = r.cursor.section!;
  if (s.paragraph.length) s.paragraphs.push(s.paragraph);
  s.paragraph = [];
}

/** A line of the open section: an item of its list, or a line of its paragraph. */
export function sectionLine(r: ReadState, l: Line, afterBlank: boolean): void {
  const s = r.cursor.section!;
  const item = (list: string[]) => {
    // A line indented under a bullet, without a marker, continues it.
    if (!l.bullet && s.lastItem && s.lastItem.list === list && l.indent > s.lastItem.indent && !afterBlank) {
      list[s.lastItem.index] = `${list[s.lastItem.index]} ${l.text}`;
      return;
    }
    list.push(l.text);
    s.lastItem = { list, index: list.length - 1, indent: l.indent };
  };
  switch (s.kind) {
    case 'objectives':
      if (l.bullet || (s.lastItem && !afterBlank && l.indent > s.lastItem.indent)) {
        if (l.bullet && s.paragraph.length) {
          // The text just before the bullets introduces them ("… a pour objectif :").
          s.pendingLeadIn.push(...s.paragraph);
          s.paragraph = [];
        } else if (l.bullet && !s.bullets && s.paragraphs.length && words(s.paragraphs[s.paragraphs.length - 1]!.join(' ')) <= 40) {
          s.pendingLeadIn.push(...s.paragraphs.pop()!);
        }
        flushLeadIn(r, s);
        item(r.fields.objectives);
        s.bullets++;
      } else {
        s.lastItem = undefined;
        s.paragraph.push(l.text);
        noteDatesAndPlace(r, l.text, true);
      }
      return;
    case 'audience':
      if (l.bullet || s.lastItem) item(r.fields.audience);
      else r.fields.audience.push(l.text);
      return;
    case 'prerequisites':
      item(r.fields.prerequisites);
      return;
    case 'evaluation':
      item(r.fields.evaluation);
      return;
    case 'accessibility':
      r.fields.accessibility.push(l.text);
      return;
    case 'people':
      if (!l.bullet && s.lastItem && l.indent > s.lastItem.indent) return void r.notes.push({ lines: [l.display], line: l.no, unrecognised: true });
      r.people.personFromLine(l.text);
      return;
    case 'deliverables':
      deliverableFromLine(r, l.text);
      return;
    case 'training':
      // A line under a training field's label: a line of its value.
      if (s.trainingKey) (r.fields.training[s.trainingKey] ??= { lines: [], line: l.no }).lines.push(l.display);
      return;
    case 'date': {
      const dates = findDates(l.text);
      if (dates.length) r.dates.explicit.push(...dates);
      else s.paragraph.push(l.display);
      return;
    }
    case 'location':
      if (!r.fields.location || r.fields.locationImplied) setLocation(r, l.text, false);
      else r.fields.address = r.fields.address ? `${r.fields.address}, ${l.text}` : l.text;
      return;
    case 'title':
      if (!r.fields.title) r.fields.title = cleanTitle(l.text, { prefixes: false }).title;
      else s.paragraph.push(l.display);
      return;
    case 'organiser':
      if (!r.fields.organiser) r.fields.organiser = l.text;
      else s.paragraph.push(l.display);
      return;
    default:
      s.paragraph.push(s.kind === 'context' || s.kind === 'notes' ? l.text : l.display);
      if (s.kind === 'context') noteDatesAndPlace(r, l.text, false);
  }
}

/** The text that introduces the objectives' bullets: a comment when short, else context. */
export function flushLeadIn(r: ReadState, s: Section): void {
  if (!s.pendingLeadIn.length) return;
  const text = s.pendingLeadIn.join(' ');
  // A short introduction ("L'atelier … a pour objectif") is kept as a comment; a long text is context.
  if (words(text) <= 40) r.fields.objectivesComment.push(`${r.m.leadIn} ${text}`);
  else r.fields.context.push(s.pendingLeadIn.join('\n'));
  s.pendingLeadIn = [];
}

/** The section ends: its paragraphs go to its field, or to the notes when not understood. */
export function closeSection(r: ReadState): void {
  const s = r.cursor.section;
  if (!s) return;
  r.cursor.section = undefined;
  if (s.paragraph.length) s.paragraphs.push(s.paragraph);
  const text = (ps: string[][]) => ps.map((p) => p.join('\n')).join('\n\n');
  switch (s.kind) {
    case 'objectives':
      flushLeadIn(r, s);
      if (!s.paragraphs.length) return;
      if (s.bullets) {
        r.fields.context.push(text(s.paragraphs));
        return;
      }
      // No bullets: short lines are objectives, a long text is context, "… a pour objectif :" introduces them.
      for (const line of s.paragraphs.flat()) {
        if (words(line) > 40) r.fields.context.push(line);
        else if (/(?:objectifs?|objectives?|pour but|vise à|aims? to|de|to)\s*:?\s*$/i.test(line) || /:\s*$/.test(line)) r.fields.objectivesComment.push(`${r.m.leadIn} ${line}`);
        else r.fields.objectives.push(line);
      }
      return;
    case 'context': {
      const heading = contextHeadingExtra(s.heading);
      if (!s.paragraphs.length) {
        if (heading) r.notes.push({ lines: [s.heading], line: s.line, unrecognised: true });
        return;
      }
      r.fields.context.push(heading ? `${heading}\n${text(s.paragraphs)}` : text(s.paragraphs));
      return;
    }
    case 'training':
      return;
    case 'team': {
      // Who will accompany the participants is public: the roles named become people, the text context.
      const team = readTeamSection(s.paragraphs.flat());
      for (const role of team.roles) r.people.person(role, role);
      const heading = sentenceCase(s.heading.replace(/\s*:\s*$/, ''));
      if (team.context) r.fields.context.push(`${heading}\n${team.context}`);
      else r.fields.context.push(heading);
      return;
    }
    case 'notes':
      if (s.paragraphs.length) r.notes.push({ lines: [text(s.paragraphs)], line: s.line, unrecognised: false });
      return;
    case 'agenda':
    case 'unknown':
    case 'trailer':
    default: {
      const lines = s.paragraphs.flatMap((p, k) => (k ? ['', ...p] : p));
      if (s.kind === 'agenda' && lines.length === 0) return;
      // An e-mail's signature is its envelope (the team's); anything else not understood is kept as public context.
      if (lines.length) r.notes.push({ lines, line: s.line, unrecognised: s.kind !== 'trailer' });
    }
  }
}

/** `Contexte du projet : …` → `Contexte du projet`. */
export function kvHeading(text: string): string {
  return /^(.*?)\s*:/.exec(text)?.[1] ?? '';
}

/** A context heading that says more than "Contexte" ("Site et contexte constituant le support…"). */
function contextHeadingExtra(heading: string): string | undefined {
  const h = heading.replace(/\s*[:.]\s*$/, '').trim();
  if (!h) return undefined;
  return /^(?:(?:le\s+)?contexte|context|background|site et contexte|site and context|presentation du site|le site)$/.test(collapse(fold(h))) ? undefined : h;
}
