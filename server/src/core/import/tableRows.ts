/**
 * Pipe tables (`| 9h00 – 9h30 | Accueil | café |`): a header row names the columns (time,
 * end, duration, title, speakers, details), each row with a time (or in a table with a time
 * column) is a slot. The Markdown export writes its agenda so; a `TableBlock` of a
 * structured source comes here through `readTableBlock`.
 */
import { clockAt, parseTimeLine, rangeAt, type TimeLine } from './clocks';
import { newSlot, closeSlot } from './agenda';
import { splitCells, type Line } from './lines';
import { closeSection } from './sections';
import type { ReadState, SlotDraft } from './state';
import { collapse, fold, mdInline, splitOutsideBrackets } from './text';
import { typeFromLabel } from './vocabulary';
import { parseDuration, parseRange } from '../time';

/** The header row: which column holds what, by its words. */
export function tableHeader(r: ReadState, cells: string[]): void {
  const columns = new Map<string, number>();
  cells.forEach((c, i) => {
    const f = fold(mdInline(c)).trim();
    const set = (k: string) => {
      if (!columns.has(k)) columns.set(k, i);
    };
    if (/^(?:horaires?|heures?|time|times|timing|quand|when|creneau|horaire\s*\/\s*duree|debut|start|from)$/.test(f)) set(columns.has('time') ? 'end' : 'time');
    else if (/^(?:fin|end|to|jusqu'a)$/.test(f)) set('end');
    else if (/^(?:duree|duration|temps|length)$/.test(f)) set('duration');
    else if (/^(?:sequence|sequences|session|sessions|intitule|activite|activites|activity|theme|titre|title|sujet|subject|topic|item|atelier|programme|deroule|etape|etapes|temps fort)$/.test(f)) set('title');
    else if (/^(?:intervenants?|intervenant\(e\)s|who|speakers?|animateurs?|animation|qui|responsables?|pilotes?|lead|facilitator|par)$/.test(f)) set('who');
    else if (/^(?:contenus?|details?|description|descriptif|modalites|content|contents|notes?|commentaires?|methodes?|deroulement|objectifs?|supports?|observations)$/.test(f)) set('details');
  });
  if (!columns.has('title') && columns.has('details')) {
    columns.set('title', columns.get('details')!);
    columns.delete('details');
  }
  r.agenda.table = { columns, labels: cells.map((c) => collapse(mdInline(c))) };
}

/** A row: a slot (true), or false when it is no agenda row (read as an ordinary line). */
export function tableRow(r: ReadState, l: Line, afterBlank: boolean): boolean {
  const raw = splitCells(l.body);
  const cells = raw.map((c) => collapse(mdInline(c)));
  if (cells.every((c) => !c)) return true;
  const cols = r.agenda.table?.columns;
  let timeIndex = cols?.get('time');
  let spec: TimeLine | undefined;
  if (timeIndex !== undefined && cells[timeIndex]) spec = parseTimeLine(cells[timeIndex]!);
  if (!spec) {
    timeIndex = cells.findIndex((c) => c && parseTimeLine(c) && !parseTimeLine(c)!.rest);
    if (timeIndex >= 0) spec = parseTimeLine(cells[timeIndex]!);
  }
  const endIndex = cols?.get('end');
  if (spec && !spec.end && endIndex !== undefined && cells[endIndex]) {
    const end = clockAt(cells[endIndex]!, 0);
    if (end) spec = { ...spec, end };
  }
  const durationIndex = cols?.get('duration');
  const duration = durationIndex !== undefined && cells[durationIndex] ? parseDuration(cells[durationIndex]!.replace(/\s+/g, ' ')) : undefined;
  if (!spec && !cols?.has('time')) return false; // no agenda table: an ordinary line with pipes
  // Title: the title column, or the first other non-empty cell.
  const used = new Set([timeIndex, endIndex, durationIndex].filter((x): x is number => x !== undefined && x >= 0));
  let titleIndex = cols?.get('title');
  if (titleIndex === undefined || !cells[titleIndex]) titleIndex = cells.findIndex((c, i) => c && !used.has(i) && i !== cols?.get('who') && parseDuration(c) === undefined);
  if (titleIndex === undefined || titleIndex < 0) {
    if (!spec) return false;
    titleIndex = -1;
  }
  closeSlot(r);
  closeSection(r);
  const s = newSlot(r, l);
  s.fromTable = true;
  if (spec?.end) {
    if (spec.start.minutes !== undefined && spec.start.minutes === spec.end.minutes) s.start = spec.start.text;
    else {
      s.time = `${spec.start.text}-${spec.end.text}`;
      const r = parseRange(s.time);
      if (r) s.range = r;
    }
  } else if (spec) s.start = spec.start.text;
  else if (duration) s.duration = cells[durationIndex!]!.replace(/\s+/g, '');
  if (!spec && !duration) s.comments.push(r.m.unrecognised);
  // `**Title** (type label)`, as the exports write it.
  const titleRaw = titleIndex >= 0 ? raw[titleIndex]! : '';
  const typed = /^\*\*((?:\\.|[^*\\]|\*(?!\*))*)\*\*\s*(?:\(([^()]*)\))?\s*$/.exec(titleRaw);
  if (typed) {
    s.title = collapse(mdInline(typed[1]!));
    const type = typed[2] !== undefined ? typeFromLabel(mdInline(typed[2])) : undefined;
    if (type) s.type = type;
    else if (typed[2] !== undefined) s.title = `${s.title} (${collapse(mdInline(typed[2]))})`;
  } else s.title = titleIndex >= 0 ? cells[titleIndex]! : '';
  s.awaitingTitle = !s.title;
  used.add(titleIndex);
  // Who
  const whoIndex = cols?.get('who');
  if (whoIndex !== undefined && cells[whoIndex]) {
    used.add(whoIndex);
    for (const who of splitOutsideBrackets(cells[whoIndex]!)) {
      // "Tous", "Everyone": nobody in particular; kept as written.
      if (/^(?:tous|toutes|tout le monde|tous les participants|l'ensemble des participants|ensemble|everyone|everybody|all|all participants|collectif|pleniere)$/.test(fold(who))) {
        const label = [...(cols?.entries() ?? [])].find(([k]) => k === 'who') ? r.agenda.table!.labels[whoIndex] : '';
        s.entries.push({ kind: 'desc', text: label ? `${label} : ${who}` : who, indent: 0, afterBlank, line: l.no });
      } else s.who.push(who);
    }
  }
  // Details: `<br>`-separated lines; `• step`; `Supports : …`; `Passages : …`.
  raw.forEach((cell, i) => {
    if (used.has(i) || !cells[i]) return;
    for (const part of cell.split(/<br\s*\/?>/i)) {
      const text = collapse(mdInline(part));
      if (text) detailLine(s, text, l, afterBlank);
    }
  });
  return true;
}

/** A line of a details cell: a step, materials, deliverables, facilitator notes, turns, or description. */
export function detailLine(s: SlotDraft, text: string, l: Line, afterBlank: boolean): void {
  const bullet = /^[•·◦▪\-–*]\s*/.exec(text);
  if (bullet) {
    s.entries.push({ kind: 'step', text: text.slice(bullet[0].length), indent: 0, afterBlank, line: l.no });
    return;
  }
  const kv = /^([^:]{2,30}?)\s*:\s*(.+)$/.exec(text);
  const key = kv ? fold(kv[1]!).trim() : '';
  if (kv && /^(?:supports?|materials?|materiel)$/.test(key)) s.materials.push(...kv[2]!.split(/\s*,\s*/).filter(Boolean));
  else if (kv && /^(?:produit|produits|produces|livrables?)$/.test(key)) s.produces.push(...kv[2]!.split(/\s*,\s*/).filter(Boolean).map((title) => ({ title, label: kv[1]! })));
  else if (kv && /^(?:notes d'animation|facilitator notes)$/.test(key)) s.notes.push(kv[2]!);
  else if (kv && /^(?:passages|turns)$/.test(key) && groupTurns(s, kv[2]!)) return;
  else s.entries.push({ kind: 'desc', text, indent: 0, afterBlank, line: l.no });
}

/** `Groupe 1 16h00–16h15, Groupe 2 16h15–16h30`: the slot's groups and their time each. */
function groupTurns(s: SlotDraft, text: string): boolean {
  const turns = text.split(/\s*,\s*(?=\S+.*?\d{1,2}\s?[h:])/).map((t) => {
    const i = t.search(/\d{1,2}\s?[h:]\d{0,2}\s*[–—/-]/);
    const r = i > 0 ? rangeAt(t, i) : undefined;
    return r?.end && r.start.minutes !== undefined && r.end.minutes !== undefined ? { group: t.slice(0, i).trim(), minutes: r.end.minutes - r.start.minutes } : undefined;
  });
  if (!turns.length || turns.some((t) => !t || !t.group)) return false;
  const minutes = turns[0]!.minutes;
  if (turns.some((t) => t!.minutes !== minutes) || minutes <= 0) return false;
  s.perGroup = `${minutes}min`;
  s.groupNames.push(...turns.map((t) => t!.group));
  return true;
}

// --- finishing
