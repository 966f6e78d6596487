/**
 * Import of a programme written for humans — plain text, Markdown, the text of a Word
 * document or of an e-mail — into a `.programme.yaml` (FORMAT.md §3).
 *
 * The reader works line by line: time lines (`08h30/09h00 Accueil`, `9h00 - 9h30 : Accueil
 * café`, `De 9h à 10h30 — Séquence 1`, `10h30 Pause`, Markdown table rows) open slots;
 * bulleted or indented lines under a slot are its steps; day headings (`Jour 1`, `Mardi 12
 * mars 2024`) open days; headings and `Label : value` lines before the agenda fill the
 * programme fields (title, date, place, objectives, context, audience…). The Markdown that
 * `deroule export --to md` writes is read back the same way, so an export imports to the
 * same agenda.
 *
 * Nothing is dropped: what the reader does not understand is kept, in the slot's
 * `description` or in the programme's `notes`, under a YAML comment saying so. Times are
 * written as the source wrote them (h or colon style); an inconsistent source (overlapping
 * times) is kept as it is, for the checker to report. The YAML is built as a `yaml`
 * Document, never by pasting user text into YAML syntax.
 */
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { enumValues, schemaAt } from '../schema/schemaLookup';
import { foldAccents } from '../schema/suggest';
import { parseClock, parseDate, parseDuration, parseRange } from '../time';

export interface ImportOptions {
  /** Name of the source file: the title when the text has none. */
  fileName?: string;
}

export interface ImportResult {
  /** Text of the `.programme.yaml`. */
  yaml: string;
  /** Number of slots found (all days). */
  slots: number;
  /** Number of source lines kept without being understood (in `notes` or a slot's `description`). */
  unplaced: number;
  /** What the reader could not do or had to assume, in the language of the source. */
  warnings: string[];
}

type Lang = 'fr' | 'en';

// ---------------------------------------------------------------------------------------
// Text helpers

/** Lower case, no accents, straight apostrophes: for matching words, not for output. */
function fold(s: string): string {
  // œ and æ are ligatures, not accented letters: NFD leaves them as they are.
  return foldAccents(s)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ´`]/g, "'");
}

/** Like `fold` but keeps every position: each code unit maps to one code unit. */
function foldSame(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    let c = ch.normalize('NFD')[0]!.toLowerCase();
    if (c.length !== 1) c = ch;
    if (c === '’' || c === '‘' || c === 'ʼ') c = "'";
    out += c;
  }
  return out;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** `\-`, `**bold**`, `&amp;`, links: Markdown inline syntax → the text it shows. */
function mdInline(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? text : `${text} (${url})`))
    // Bold; Word converters leave a space inside the closing marker (`__OBJECTIFS : __`).
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\s*\1(?![*_])/g, '$2')
    .replace(/(?<![\\*\p{L}\p{N}])\*(?=\S)([^*]+?)(?<=[^\s\\])\*(?!\*)/gu, '$1')
    .replace(/(?<![\\\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=[^\s\\])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#\d+);/g, (_m, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' || e === '#39' ? "'" : e === 'nbsp' ? ' ' : String.fromCodePoint(Number(e.slice(1))),
    )
    .replace(/\\([\\`*_[\]{}()#+\-.!|~>=@<&])/g, '$1')
    .replace(/^(\s*)\\(\d)/, '$1$2');
}

/** Word-conversion leftovers and invisible characters. */
function stripArtifacts(s: string): string {
  return s
    .replace(/\\?\[bookmark:[^\]]*\]/gi, '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    // Control characters are not allowed in YAML, even quoted; they carry no text.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

/** `Frédéric Applincourt` → `frederic-applincourt`, a valid FORMAT.md id. */
function slug(s: string): string {
  const v = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(.{0,40})(?:-.*)?$/, (all, head: string) => (all.length <= 40 ? all : head || all.slice(0, 40)))
    .replace(/-+$/, '');
  return v || 'x';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}

/** A title as written: spaces collapsed, one final full stop removed (not `etc.`). */
function cleanTitle(s: string): string {
  let t = collapse(s);
  if (/[^.]\.$/.test(t) && !/\b(?:etc|ex|cf|env|min|max|St|Ste|M|Mme|Dr|Pr)\.$/i.test(t)) t = t.slice(0, -1).trimEnd();
  // "Point d'étape du diagnostic :" announces the steps below it.
  if (/\s:$/.test(t) || /[^:]:$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

function kwRegex(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Longer lines are paragraphs: kept as they are, never searched for structure. */
const MAX_LINE = 3000;

// ---------------------------------------------------------------------------------------
// Clock times

interface Clock {
  /** As it will be written: the source's style, `H` → `h`, no inner spaces. */
  text: string;
  minutes: number | undefined;
  hours: number;
  index: number;
  end: number;
}

const CLOCK_FORMS: RegExp[] = [
  /(\d{1,2})\s?[hH]\s?(\d{2})?(?![\d\p{L}])/uy,
  /(\d{1,2}):(\d{2})(?!\d)(?:\s?([aApP])\.?[mM]\.?(?![\p{L}]))?/uy,
  /(\d{1,2})(?:\.(\d{2}))?\s?([aApP])\.?[mM]\.?(?![\p{L}])/uy,
];

function clockAt(text: string, index: number, afterSeparator = false): Clock | undefined {
  // Not inside a number or a date (`5/06/2025`, `1.30`), except right after a range separator.
  if (index > 0 && (/\d/.test(text[index - 1]!) || (!afterSeparator && /[.:/]/.test(text[index - 1]!)))) return undefined;
  for (let form = 0; form < CLOCK_FORMS.length; form++) {
    const re = CLOCK_FORMS[form]!;
    re.lastIndex = index;
    const m = re.exec(text);
    if (!m) continue;
    let hours = Number(m[1]);
    const mm = m[2];
    const ampm = form === 0 ? undefined : m[3]?.toLowerCase();
    let out: string;
    if (ampm) {
      if (hours < 1 || hours > 12) return undefined;
      hours = (hours % 12) + (ampm === 'p' ? 12 : 0);
      out = `${String(hours).padStart(2, '0')}:${mm ?? '00'}`;
    } else if (form === 0) out = `${m[1]}h${mm ?? ''}`;
    else out = `${m[1]}:${mm}`;
    if (hours > 24) return undefined;
    return { text: out, minutes: parseClock(out, true), hours, index, end: re.lastIndex };
  }
  return undefined;
}

const RANGE_SEP = /\s*(?:-{1,2}>?|–|—|\/|>|→|=>|\s(?:à|a|au|to|till|until|jusqu['’]à|jusqu['’]a)\s)\s*/y;
const TIME_PREFIX = /^(?:(?:de|du|from|dès|des|à partir de|a partir de|starting at|at|à|vers|env\.?|approx\.?)\s+)?/i;

interface TimeSpec {
  start: Clock;
  end?: Clock;
}

function rangeAt(text: string, index: number): (TimeSpec & { stop: number }) | undefined {
  const start = clockAt(text, index);
  if (!start) return undefined;
  RANGE_SEP.lastIndex = start.end;
  const sep = RANGE_SEP.exec(text);
  if (sep) {
    const end = clockAt(text, RANGE_SEP.lastIndex, true);
    if (end) return { start, end, stop: end.end };
  }
  return { start, stop: start.end };
}

interface TimeLine extends TimeSpec {
  rest: string;
}

/** A line that starts with a time or a range (or ends with a range): the times and the rest. */
function parseTimeLine(text: string): TimeLine | undefined {
  const prefix = TIME_PREFIX.exec(text)![0];
  const spec = /^\d/.test(text.slice(prefix.length)) ? rangeAt(text, prefix.length) : undefined;
  if (spec) {
    const rest = text
      .slice(spec.stop)
      .replace(/^[\s:|\-–—.,;)>\]]+/, '')
      .trim();
    // A lone small number of hours is a duration ("1h30 de visite"), not a time of day.
    if (!spec.end && (spec.start.hours < 6 || /^(?:de|d'|d’|of|par|per|min|mn|minutes?|heures?|hours?)\b/i.test(rest))) return undefined;
    if (!spec.end && prefix && !rest) return undefined;
    return { start: spec.start, ...(spec.end ? { end: spec.end } : {}), rest };
  }
  // "Accueil café (8h30 – 9h00)", "Séquence 1 : 9h30-10h15": a range at the end.
  for (const m of text.matchAll(/\d/g)) {
    const i = m.index!;
    const r = rangeAt(text, i);
    if (!r?.end) continue;
    if (!/^\s*[)\]]?\s*[.;]?\s*$/.test(text.slice(r.stop))) continue;
    const title = text
      .slice(0, i)
      .replace(/[\s(\[:,–—-]+$/, '')
      .replace(/\s+(?:de|from|between|entre)$/i, '')
      .trim();
    if (!title || words(title) > 20) return undefined;
    return { start: r.start, end: r.end, rest: title };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Dates

interface DateHit {
  day: number;
  month: number;
  year?: number;
  weekday?: number;
  index: number;
  length: number;
  /** Year taken from elsewhere in the text. */
  assumedYear?: boolean;
  /** The `Date :` line it was read from (kept in the notes when the date is not used). */
  source?: { text: string; line: number };
}

const FR_MONTHS: [string, number][] = [
  ['janvier', 1], ['janv', 1], ['fevrier', 2], ['fevr', 2], ['fev', 2], ['mars', 3], ['avril', 4], ['avr', 4], ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7],
  ['aout', 8], ['septembre', 9], ['sept', 9], ['octobre', 10], ['oct', 10], ['novembre', 11], ['nov', 11], ['decembre', 12], ['dec', 12],
];
const EN_MONTHS: [string, number][] = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
const MONTHS = new Map<string, number>([...FR_MONTHS, ...EN_MONTHS]);
const WEEKDAYS = new Map<string, number>([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ALT = [...WEEKDAYS.keys()].join('|');
const DAY_NUM = String.raw`(?:1er|\d{1,2})(?:st|nd|rd|th|er)?(?!\d)`;
const DAY_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_ALT}),?\s+)?(${DAY_NUM}(?:\s*(?:,|et|&|and|au|to|-|–)\s*(?:(?:${WEEKDAY_ALT})\s+)?${DAY_NUM}){0,6})\s+(?:de\s+|of\s+)?(${MONTH_ALT})\.?(?![\p{L}])(?:\s*,?\s*(\d{4})(?!\d))?`,
  'gu',
);
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${WEEKDAY_ALT}),?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(${DAY_NUM}(?:\s*(?:,|and|&|-|–|to)\s*${DAY_NUM}){0,6})(?:,?\s+(\d{4})(?!\d))?`,
  'gu',
);
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d./])/g;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

function dayNumbers(list: string): number[] {
  const parts = [...list.matchAll(/(1er|\d{1,2})(?:st|nd|rd|th|er)?|(au|to|-|–)/g)];
  const out: number[] = [];
  let range = false;
  for (const p of parts) {
    if (p[2]) {
      range = out.length > 0;
      continue;
    }
    const n = p[1] === '1er' ? 1 : Number(p[1]);
    if (range && out.length && n > out[out.length - 1]! && n - out[out.length - 1]! < 10) for (let d = out[out.length - 1]! + 1; d < n; d++) out.push(d);
    out.push(n);
    range = false;
  }
  return out;
}

/** Every date written in the text (French or English words, `5/06/2025`, ISO), in order. */
function findDates(text: string): DateHit[] {
  if (text.length > MAX_LINE) return [];
  const f = foldSame(text);
  const hits: DateHit[] = [];
  const covered: [number, number][] = [];
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && b > x);
  const push = (hit: DateHit) => {
    if (hit.month < 1 || hit.month > 12 || hit.day < 1 || hit.day > 31) return;
    hits.push(hit);
  };
  for (const m of f.matchAll(ISO_DATE)) {
    push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), index: m.index!, length: m[0].length });
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(DAY_FIRST)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const month = MONTHS.get(m[3]!)!;
    const weekday = m[1] ? WEEKDAYS.get(m[1]) : undefined;
    // "4 groupes de mars" is no date; a bare number and a short month word need a year or weekday.
    const days = dayNumbers(m[2]!);
    if (!m[4] && weekday === undefined && m[3]!.length <= 3 && days.length === 1) continue;
    days.forEach((day, k) => push({ day, month, ...(m[4] ? { year: Number(m[4]) } : {}), ...(k === 0 && weekday !== undefined ? { weekday } : {}), index: m.index!, length: m[0].length }));
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(MONTH_FIRST)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const month = MONTHS.get(m[2]!)!;
    const weekday = m[1] ? WEEKDAYS.get(m[1]) : undefined;
    if (!m[4] && weekday === undefined) continue;
    dayNumbers(m[3]!).forEach((day, k) => push({ day, month, ...(m[4] ? { year: Number(m[4]) } : {}), ...(k === 0 && weekday !== undefined ? { weekday } : {}), index: m.index!, length: m[0].length }));
    covered.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of f.matchAll(NUMERIC_DATE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    let [d, mo] = [Number(m[1]), Number(m[2])];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    push({ day: d, month: mo, year: y, index: m.index!, length: m[0].length });
    covered.push([m.index!, m.index! + m[0].length]);
  }
  return hits.sort((a, b) => a.index - b.index);
}

function isoOf(hit: DateHit): string | undefined {
  if (hit.year === undefined) return undefined;
  const iso = `${hit.year}-${String(hit.month).padStart(2, '0')}-${String(hit.day).padStart(2, '0')}`;
  return parseDate(iso) === undefined ? undefined : iso;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

// ---------------------------------------------------------------------------------------
// Vocabulary

type SlotType = 'welcome' | 'plenary' | 'presentation' | 'discussion' | 'workshop' | 'group-work' | 'exercise' | 'site-visit' | 'report-back' | 'break' | 'meal' | 'travel' | 'closing' | 'evaluation' | 'other';

const MEAL = kwRegex(['dejeuner', 'dejeuners', 'repas', 'lunch', 'buffet', 'diner', 'dinner', 'pause meridienne', 'plateau-repas', 'plateaux-repas', 'cocktail dejeunatoire']);
const TYPE_WORDS: [SlotType, RegExp][] = [
  ['welcome', kwRegex(['accueil', 'emargement', 'welcome', 'registration', 'arrivee', 'arrivees', 'arrival', 'check-in'])],
  ['break', kwRegex(['pause', 'pauses', 'break', 'coffee break', 'pause-cafe', 'pause cafe'])],
  ['report-back', kwRegex(['restitution', 'restitutions', 'report back', 'report-back', 'reporting back', 'mise en commun', 'retour des groupes', 'retours des groupes', 'retour des ateliers', 'feedback from groups', 'feedback from the groups'])],
  ['closing', kwRegex(['conclusion', 'conclusions', 'cloture', 'fin', 'wrap-up', 'wrap up', 'closing', 'close of the day', 'end of the day', 'end of day', 'mot de la fin', 'conclure'])],
  ['evaluation', kwRegex(['evaluation', 'evaluations', 'questionnaire', 'questionnaires', 'assessment', 'quiz', 'bilan de la formation', 'bilan de formation', 'satisfaction'])],
  ['site-visit', kwRegex(['visite', 'visites', 'site visit', 'visit', 'field trip', 'balade', 'arpentage', 'sortie terrain', 'sortie sur le terrain', 'sortie sur site', 'walking tour', 'parcours commente'])],
  ['workshop', kwRegex(['atelier', 'ateliers', 'workshop', 'workshops'])],
  ['group-work', kwRegex(['travail en groupe', 'travail en groupes', 'travail en sous-groupe', 'travail en sous-groupes', 'travaux en groupe', 'travaux en groupes', 'travaux en sous-groupes', 'en sous-groupes', 'en groupes', 'en groupe', 'par groupe', 'par groupes', 'par sous-groupe', 'par sous-groupes', 'sous-groupes', 'group work', 'groupwork', 'breakout', 'break-out', 'breakout groups', 'in groups', 'in small groups', 'small groups'])],
  ['plenary', kwRegex(['pleniere', 'en pleniere', 'seance pleniere', 'plenary', 'ouverture', 'opening', 'introduction', 'mot d\'introduction', 'allocution', 'mot d\'accueil', 'mots d\'accueil', 'mot de bienvenue', 'mot d\'ouverture', 'discours', 'opening remarks', 'welcome address'])],
  ['group-work', /(?<![\p{L}])(?:travail|travaux|work(?:ing)?)\s+(?:en|in)\s+(?:\d+|deux|trois|quatre|cinq|six|two|three|four|five|petits)\s+(?:sous-)?(?:groupes|groups)(?![\p{L}])/gu],
  ['presentation', kwRegex(['presentation', 'presentations', 'expose', 'exposes', 'intervention', 'interventions', 'conference', 'keynote', 'talk', 'talks', 'lecture', 'temoignage', 'temoignages', 'point d\'information', 'apports', 'apport theorique', 'apports theoriques'])],
  ['discussion', kwRegex(['echange', 'echanges', 'table ronde', 'table-ronde', 'tables rondes', 'debat', 'debats', 'discussion', 'discussions', 'panel', 'questions', 'q&a', 'questions-reponses', 'questions/reponses', 'tour de table', 'dialogue', 'forum'])],
  ['exercise', kwRegex(['exercice', 'exercices', 'exercise', 'exercises', 'cas pratique', 'cas pratiques', 'mise en situation', 'jeu de role', 'jeu de roles', 'serious game', 'case study', 'etude de cas', 'simulation', 'hands-on'])],
  ['travel', kwRegex(['deplacement', 'deplacements', 'trajet', 'transfert', 'travel', 'transfer', 'navette', 'shuttle', 'depart en car', 'departure', 'retour en car'])],
];
/** "Préparation de la visite": what is prepared is not what happens. */
const PREPARED = /(?<![\p{L}])(?:preparation|preparer|prepare|preparing)\s+(?:de la |du |des |de l'|d'|de |for the |of the |the |for |of )?[\p{L}-]+/gu;

/** The slot type that the words of a text name: a meal wins, else the earliest word. */
function typeFromText(text: string): SlotType | undefined {
  const f = fold(text).replace(PREPARED, (m) => m.replace(/\S+$/, (w) => ' '.repeat(w.length)));
  MEAL.lastIndex = 0;
  if (MEAL.test(f)) return 'meal';
  let best: { type: SlotType; index: number; length: number } | undefined;
  for (const [type, re] of TYPE_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(f);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) best = { type, index: m.index, length: m[0].length };
  }
  return best?.type;
}

/** Slot type labels as the preview and the exports write them (`(accueil)`, `(group work)`). */
let typeLabels: Map<string, SlotType> | undefined;
function typeFromLabel(label: string): SlotType | undefined {
  if (!typeLabels) {
    typeLabels = new Map();
    const node = schemaAt('programme', ['agenda', 0, 'type']);
    for (const language of ['fr', 'en'] as const) for (const v of enumValues(node, language)) typeLabels.set(fold(v.label), v.value as SlotType);
    for (const v of enumValues(node, 'en')) typeLabels.set(fold(v.value), v.value as SlotType);
  }
  return typeLabels.get(fold(label).trim());
}

const FORMAT_WORDS: [string, RegExp][] = [
  ['seminar', kwRegex(['seminaire', 'seminar', 'journee d\'etude', 'journee d\'etudes', 'colloque', 'study day', 'conference'])],
  ['committee', kwRegex(['comite', 'copil', 'cotech', 'comite de pilotage', 'comite technique', 'steering committee', 'committee'])],
  ['training', kwRegex(['formation', 'training', 'stage', 'module de formation'])],
  ['site-visit', kwRegex(['visite de terrain', 'site visit', 'voyage d\'etude', 'study tour'])],
  ['meeting', kwRegex(['reunion', 'meeting'])],
  ['workshop', kwRegex(['atelier', 'workshop', 'ateliers'])],
];
const FORMAT_LABELS = new Map<string, string>([
  ['atelier', 'workshop'], ['workshop', 'workshop'], ['formation', 'training'], ['training', 'training'], ['seminaire', 'seminar'], ['seminar', 'seminar'],
  ['comite', 'committee'], ['committee', 'committee'], ['reunion', 'meeting'], ['meeting', 'meeting'], ['visite de terrain', 'site-visit'], ['site visit', 'site-visit'],
  ['autre', 'other'], ['other', 'other'],
]);

function formatFromText(text: string): string | undefined {
  const f = fold(text);
  let best: { format: string; index: number } | undefined;
  for (const [format, re] of FORMAT_WORDS) {
    re.lastIndex = 0;
    const m = re.exec(f);
    if (m && (!best || m.index < best.index)) best = { format, index: m.index };
  }
  return best?.format;
}

const NUMBER_WORDS = new Map<string, number>([
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10],
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
const GROUP_COUNT = /(?<![\p{L}\d])(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)\s+(?:sous-groupes|groupes|sub-?groups|groups|equipes|teams)(?![\p{L}])/u;
const PER_GROUP = /(\d{1,3})\s*(?:min(?:utes?)?|mn|')\.?\s*(?:\/|par|per|pour chaque|pour|each|for each|a chaque|by)\s*(?:sous-|sub-?)?(?:groupe|group|equipe|team|atelier)s?(?![\p{L}])/u;
const BY_GROUP = /(?<![\p{L}])(?:par|en|by|in|per|each|chaque|pour chaque|for each)\s+(?:petits?\s+|small\s+)?(?:sous-|sub-?)?(?:groupe|group)s?(?![\p{L}])/u;

// ---------------------------------------------------------------------------------------
// People

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
const NAME_WORD = `(?:[${UPPER}][${LOWER}'’]+(?:-[${UPPER}][${LOWER}'’]+)*|[${UPPER}]{2,}(?:-[${UPPER}]{2,})*)`;
const FIRST_NAME = `(?:[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?|[${UPPER}]\\.(?:-[${UPPER}]\\.)?)`;
const PARTICLE = `(?:de|du|des|de la|d'|d’|van|von|van der|le|la|di|da|del)`;
const HONORIFIC = `(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Monsieur|Madame)`;
const NAME_STICKY = new RegExp(`(?:${HONORIFIC}\\s+)?(${FIRST_NAME}(?:\\s+(?:${PARTICLE}\\s*)?${NAME_WORD}){1,2})(?![${LOWER}${UPPER}])`, 'uy');
const NAME_AT_START = new RegExp(`^(?:${HONORIFIC}\\s+)?(${FIRST_NAME}(?:\\s+(?:${PARTICLE}\\s*)?${NAME_WORD}){1,2})(?![${LOWER}${UPPER}])`, 'u');
/** A place name: `Poix du Nord`, `Saint-Pol-sur-Ternoise`, `Friville-Escarbotin`. */
const PLACE_WORD = `[${UPPER}][\\p{L}'’]*(?:-[\\p{L}'’]+){0,6}`;
const PLACE = `${PLACE_WORD}(?:\\s(?:(?:du|de|des|la|le|les|sur|en|lès|lez)\\s|d['’]|l['’])?${PLACE_WORD}){0,5}`;
const NOT_NAME = new Set(
  (
    'groupe group groupes atelier ateliers table salle commune ville mairie region departement conseil conseils direction service agence parc maison centre communaute metropole prefecture etat state france ' +
    'nord sud est ouest pays hauts grand grande val mont rue place avenue boulevard chemin route saint sainte lac port pont bois foret plaine vallee haute basse ' +
    'visite pause accueil restitution conclusion presentation seance sequence session jour journee day matin apres-midi programme atelier projet projets plan ' +
    'intervention temoignage expose conference table ronde echange echanges ouverture cloture ' +
    'ddtm ddt dreal cerema caue anct ademe epf scot plui plu crte nct pnr epci'
  ).split(' '),
);
for (const w of [...MONTHS.keys(), ...WEEKDAYS.keys()]) NOT_NAME.add(w);
const SPEAKER_BEFORE =
  /(?:(?:intervention|interventions|temoignage|temoignages|expose|conference|allocution|mot d'accueil|mot d'ouverture|mot de bienvenue|propos introductifs?)\s+(?:de|d'|du|par)|par|avec|animee? par|presentee? par|introduit par|introduite par|by|with|led by|presented by|chaired by|moderated by|hosted by|speakers?\s*:|intervenants?\s*:|intervenantes?\s*:|animateurs?\s*:|animatrices?\s*:|animation\s*:|avec la participation de|en presence de|featuring)\s*$/;
const ORG_WORDS =
  /(?:\b(?:DDTM?|DREAL|DRAAF|DDPP|DDETS|Cerema|CAUE|ANCT|ADEME|ADIL|EPF|EPFL?|EPCI|PETR|PNR|SCoT|CCI|CMA|CA|CC|CD|ARS|OFB|ONF|Banque des Territoires|Agence|Région|Département|Conseil départemental|Conseil régional|Préfecture|Sous-préfecture|Mairie|Commune|Ville|Communauté|Agglo|Agglomération|Métropole|Syndicat|Université|Association|Cabinet|Bureau d'études|Office|Parc|CVRH|IFORE|CNFPT|Ministère|Ministry|Council|Agency|University|Department)\b)/i;

interface PersonDraft {
  id: string;
  name: string;
  role?: string;
  organisation?: string;
}

function isOrgLike(s: string): boolean {
  const t = s.trim();
  return ORG_WORDS.test(t) || /^[A-Z0-9][A-Z0-9 &'’.-]{1,14}$/.test(t);
}

function isNameLike(s: string): boolean {
  const m = NAME_AT_START.exec(s.trim());
  if (!m || m[0].length !== s.trim().length) return false;
  return !fold(m[1]!)
    .split(/[\s-]+/)
    .some((w) => NOT_NAME.has(w.replace(/\.$/, '')));
}

/** Role and organisation written after a name: `, RT sur ce secteur`, `(DDTM)`, `— Architecte — DDTM 59`. */
function roleAfter(rest: string): { role?: string; organisation?: string } {
  const out: { role?: string; organisation?: string } = {};
  const add = (part: string) => {
    const p = part.trim().replace(/[.;,]+$/, '');
    if (!p) return;
    if (!out.organisation && isOrgLike(p) && (out.role !== undefined || words(p) <= 4)) out.organisation = p;
    else if (!out.role) out.role = p;
    else out.role = `${out.role}, ${p}`;
  };
  const paren = /^\s*\(((?:[^()]|\([^()]*\))*)\)/.exec(rest);
  if (paren) {
    const inner = paren[1]!;
    const parts = inner.split(/\s*,\s*/);
    if (parts.length === 2 && isOrgLike(parts[1]!)) {
      add(parts[0]!);
      add(parts[1]!);
    } else add(inner);
    return out;
  }
  const comma = /^\s*(?:,|—|–|-|:)\s*([^;()]+?)(?=\s*(?:[;()]|$|\s(?:et|and|puis|then)\s))/.exec(rest);
  if (comma) {
    const text = comma[1]!.replace(/\s*,\s*$/, '');
    // ", juriste (DDT 60)": a role, then the organisation in brackets.
    const after = /^\s*\(([^()]*)\)/.exec(rest.slice(comma[0].length));
    if (after && !isNameLike(text) && words(text) <= 8) {
      add(text);
      if (isOrgLike(after[1]!)) out.organisation = after[1]!.trim();
      else out.role = `${out.role} (${after[1]!.trim()})`;
      return out;
    }
    if (!isNameLike(text.split(/\s*,\s*/)[0]!)) {
      const parts = text.split(/\s*(?:,|—|–)\s*/);
      if (parts.length >= 2 && isOrgLike(parts[parts.length - 1]!)) {
        add(parts.slice(0, -1).join(', '));
        add(parts[parts.length - 1]!);
      } else add(text.length > 80 ? text.slice(0, 80).replace(/\s\S*$/, '') : text);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Line shapes

const BULLET_RE = /^(?:[-–—•·◦▪▫■□►▸➢➤→⇒✓✔❖+]|\*(?!\*)|o(?=[\t ]))[\t ]*(?=\S)|^(?:\d{1,2}[.)]|[a-z]\))[\t ]+(?=\S)/;
const TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE_RE = /^(?:[-*_=]\s*){3,}$/;
const PART_OF_DAY = /^(?:matin|matinee|le matin|apres-midi|apres midi|l'apres-midi|soir|soiree|le soir|morning|afternoon|evening|am|pm|demi-journee \d|1ere demi-journee|2e demi-journee)$/;
const DAY_LABEL =
  /^(?:(?:jour|journee|day|j)\s*(\d{1,2}|un|une|deux|trois|quatre|cinq|one|two|three|four|five)(?![\p{L}\d])|(premiere|premier|deuxieme|seconde|second|troisieme|quatrieme|first|third|fourth)\s+(?:journee|jour|day)(?![\p{L}]))/u;
const SIGNATURE = /^(?:bien cordialement|tres cordialement|cordialement|bien a vous|sinceres salutations|salutations distinguees|bonne journee|best regards|kind regards|warm regards|regards|best wishes|--\s*)[,.!]*$/;
const SALUTATION = /^(?:bonjour|bonsoir|madame|monsieur|mesdames|messieurs|cher|chere|chers|cheres|hello|hi|dear|good morning|good afternoon)\b/;
const MAIL_HEADER = /^(?:de|from|envoye|envoye le|sent|a|to|cc|cci|bcc|objet|subject|date|importance|pieces jointes|attachments?)\s*:/;
const SUMMARY_LINE = /^(?:bilan de la journee|day summary)\s*:/;

type Field =
  | 'title' | 'subtitle' | 'subject' | 'date' | 'location' | 'address' | 'audience' | 'participants' | 'organiser' | 'format'
  | 'objectives' | 'context' | 'prerequisites' | 'evaluation' | 'accessibility' | 'people' | 'deliverables' | 'notes' | 'agenda';

const FIELD_LABELS: [RegExp, Field][] = [
  [/^(?:titre|intitule|intitule de l'action|title|nom de l'evenement|event)$/, 'title'],
  [/^(?:sous-titre|subtitle)$/, 'subtitle'],
  [/^(?:objet|subject|re|tr|fwd?)$/, 'subject'],
  [/^(?:dates?|date de la journee|date et horaires|dates et horaires|when|quand)$/, 'date'],
  [/^(?:lieu|lieux|lieu de la journee|lieu de l'atelier|lieu de la formation|venue|location|place|ou|where|rendez-vous|rdv)$/, 'location'],
  [/^(?:adresse|address)$/, 'address'],
  [/^(?:public|publics|public vise|public concerne|public cible|audience|target audience|destinataires|pour qui \??|cible|who should attend)$/, 'audience'],
  [/^(?:participants|nombre de participants|effectif|effectifs|number of participants|participants attendus)$/, 'participants'],
  [/^(?:organisateur|organisatrice|organisateurs|organisation|organise par|organisee par|organiser|organizer|organised by|organized by|porteur|pilotage|host|hosted by)$/, 'organiser'],
  [/^(?:format|type|nature|type d'evenement|type de session|event type)$/, 'format'],
  [/^(?:(?:les\s+)?objectifs?(?:\s+(?:de la journee|de l'atelier|de la formation|du seminaire|pedagogiques|operationnels|de la session|generaux))?|objectives?|learning objectives|aims?|goals?|buts?|finalites?)$/, 'objectives'],
  [/^(?:(?:le\s+)?contexte(?:\s+.*)?|context|background|site et contexte(?:\s+.*)?|site and context|presentation du site|le site)$/, 'context'],
  [/^(?:pre-?requis|prerequisites?|conditions d'acces)$/, 'prerequisites'],
  [/^(?:(?:modalites d'|methodes d')?evaluation|modalites d'evaluation|assessment|evaluation methods)$/, 'evaluation'],
  [/^(?:accessibilite|accessibility|handicap|accueil des personnes en situation de handicap)$/, 'accessibility'],
  [/^(?:intervenants?|intervenantes?|intervenant\(e\)s|speakers?|animation|animateurs?|animatrices?|animateurs et intervenants|facilitators?|facilitation|equipe d'animation|equipe pedagogique|formateurs?|formatrices?|trainers?|anime par|animee par)$/, 'people'],
  [/^(?:livrables?|deliverables?|productions? attendues?|outputs?)$/, 'deliverables'],
  [/^(?:notes?|notes d'animation|facilitator notes|notes pour l'animation)$/, 'notes'],
  [/^(?:(?:le\s+)?programme(?:\s+(?:de la journee|previsionnel|detaille|de l'atelier|de la formation|du seminaire))?|(?:le\s+)?deroule(?:ment)?(?:\s+(?:de la journee|de l'atelier|de la formation|previsionnel|detaille))?|ordre du jour|agenda|planning|schedule|timetable|programme (?:de la matinee|de l'apres-midi|du matin|de l'apres-midi)|programme of the day)$/, 'agenda'],
];

function fieldOf(label: string): Field | undefined {
  const f = collapse(fold(label).replace(/[:.]+$/, ''));
  if (!f || words(f) > 12) return undefined;
  return FIELD_LABELS.find(([re]) => re.test(f))?.[1];
}

interface Line {
  no: number;
  indent: number;
  /** Text after the indentation, Word artefacts removed, Markdown markers kept. */
  body: string;
  /** Markdown heading level. */
  heading: number;
  bullet: boolean;
  /** Whole line bold (`**Objectifs**`) or underlined (setext). */
  emphasised: boolean;
  /** Readable text: markers and inline Markdown removed, spaces collapsed. */
  text: string;
  /** The text with its bullet kept (for notes). */
  display: string;
  /** Too long to be anything but a paragraph. */
  long?: boolean;
}

function readLines(source: string): Line[] {
  const raw = source.replace(/^\ufeff/, '').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n');
  const lines: Line[] = [];
  raw.forEach((r, i) => {
    const cleaned = stripArtifacts(r).trimEnd();
    const lead = /^[\t ]*/.exec(cleaned)![0];
    const indent = [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
    let body = cleaned.slice(lead.length);
    if (body.length > MAX_LINE) {
      const text = collapse(body);
      lines.push({ no: i + 1, indent, body, heading: 0, bullet: false, emphasised: false, text, display: text, long: true });
      return;
    }
    let heading = 0;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(body);
    if (h) {
      heading = h[1]!.length;
      body = h[2]!;
    }
    let bullet = false;
    let content = body;
    if (!heading && !body.startsWith('|')) {
      const b = BULLET_RE.exec(body);
      // `- 9h00 …` is a bullet; `*Bilan…*` and `**Objectifs**` are emphasis, not bullets.
      if (b && !(b[0].startsWith('*') && /\*\s*$/.test(body))) {
        bullet = true;
        content = body.slice(b[0].length);
      }
    }
    const emphasised = /^(\*\*|__)[^*_].*\1\s*:?$/.test(content.trim());
    const text = collapse(mdInline(content));
    lines.push({ no: i + 1, indent, body, heading, bullet, emphasised, text, display: bullet ? `- ${text}` : text });
  });
  // Setext headings: a line underlined with === or ---.
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1]!;
    if (/^(?:=+|-{3,})$/.test(l.body) && prev.text && !prev.heading && !prev.bullet && !prev.long) {
      prev.heading = l.body.startsWith('=') ? 1 : 2;
      l.text = '';
      l.body = '';
    }
  }
  return lines;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8 && words(text) <= 16;
}

function splitCells(row: string): string[] {
  const t = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim());
}

// ---------------------------------------------------------------------------------------
// Drafts

interface SlotEntry {
  kind: 'step' | 'desc';
  text: string;
  indent: number;
  afterBlank: boolean;
  line: number;
  unrecognised?: boolean;
}

interface SlotDraft {
  line: number;
  indent: number;
  time?: string;
  start?: string;
  duration?: string;
  range?: { start: number; end: number };
  title: string;
  awaitingTitle: boolean;
  type?: SlotType;
  entries: SlotEntry[];
  who: string[];
  groupsAll: boolean;
  groupNames: string[];
  perGroup?: string;
  materials: string[];
  /** Deliverable titles as written (`Produit : …`), with their label. */
  produces: { title: string; label: string }[];
  notes: string[];
  comments: string[];
  id?: string;
  /** Read from a Markdown table row (its details are understood, not trailing text). */
  fromTable: boolean;
}

interface DayDraft {
  line: number;
  heading?: string;
  dates: DateHit[];
  title?: string;
  location?: string;
  slots: SlotDraft[];
}

interface Chunk {
  lines: string[];
  line: number;
  /** Kept but not understood: listed in the comment above `notes`. */
  unrecognised: boolean;
  /** Last source line of a chunk that later lines may continue. */
  lastLine?: number;
}

type SectionKind = Field | 'unknown' | 'trailer';

interface Section {
  kind: SectionKind;
  heading: string;
  line: number;
  /** Lines of the current paragraph, and the paragraphs before it. */
  paragraph: string[];
  paragraphs: string[][];
  bullets: number;
  /** Index in the target list of the last bullet (for continuation lines). */
  lastItem?: { list: string[]; index: number; indent: number };
  pendingLeadIn: string[];
}

const MESSAGES = {
  fr: {
    unrecognised: "non reconnu à l'import",
    unrecognisedWarn: (line: number, text: string, where: string) => `ligne ${line} : « ${text} » non reconnu, conservé dans ${where}`,
    noTitle: "titre non trouvé à l'import : à compléter",
    noTitleWarn: 'aucun titre trouvé',
    untitledSlot: 'Séquence',
    untitledSlotComment: "intitulé non trouvé à l'import : à compléter",
    noTimes: "aucun horaire reconnu : le déroulé n'a pas pu être importé",
    assumedYear: (d: string) => `année supposée à l'import : ${d}`,
    assumedDate: (d: string) => `date supposée à l'import : ${d}`,
    noDate: "date non trouvée à l'import : à compléter (AAAA-MM-JJ)",
    noDateWarn: (day: string) => `pas de date pour ${day}`,
    extraDates: (d: string) => `dates non placées : ${d}`,
    leadIn: 'introduction des objectifs dans le document source :',
    group: 'Groupe',
    untitled: 'Programme importé',
    notesWhere: 'notes',
    descWhere: 'la description de la séquence',
  },
  en: {
    unrecognised: 'not recognised on import',
    unrecognisedWarn: (line: number, text: string, where: string) => `line ${line}: "${text}" not recognised, kept in ${where}`,
    noTitle: 'no title found on import: to be completed',
    noTitleWarn: 'no title found',
    untitledSlot: 'Session',
    untitledSlotComment: 'no title found on import: to be completed',
    noTimes: 'no time recognised: the agenda could not be imported',
    assumedYear: (d: string) => `year assumed on import: ${d}`,
    assumedDate: (d: string) => `date assumed on import: ${d}`,
    noDate: 'no date found on import: to be completed (YYYY-MM-DD)',
    noDateWarn: (day: string) => `no date for ${day}`,
    extraDates: (d: string) => `dates not placed: ${d}`,
    leadIn: 'introduction of the objectives in the source document:',
    group: 'Group',
    untitled: 'Imported programme',
    notesWhere: 'notes',
    descWhere: "the session's description",
  },
};

function detectLanguage(text: string): Lang {
  const f = ` ${fold(text)} `;
  const count = (re: RegExp) => (f.match(re) ?? []).length;
  const fr = count(/\s(?:le|la|les|des|du|et|pour|avec|sur|une|journee|accueil|dejeuner|pause|groupe|groupes|objectifs?)\s/g);
  const en = count(/\s(?:the|and|of|for|with|on|to|day|welcome|lunch|break|group|groups|objectives?)\s/g);
  return en > fr * 1.2 ? 'en' : 'fr';
}

// ---------------------------------------------------------------------------------------
// The reader

class Reader {
  readonly lang: Lang;
  readonly m: (typeof MESSAGES)['fr'];
  title?: string;
  titleFromSubject?: string;
  subtitle?: string;
  format?: string;
  organiser?: string;
  audience: string[] = [];
  participants?: number;
  location?: string;
  address?: string;
  objectives: string[] = [];
  objectivesComment: string[] = [];
  prerequisites: string[] = [];
  evaluation: string[] = [];
  accessibility: string[] = [];
  context: string[] = [];
  explicitDates: DateHit[] = [];
  impliedDates: DateHit[] = [];
  people: PersonDraft[] = [];
  deliverables: { title: string; owner?: string; due?: string; rest?: string; parts: Record<string, string> }[] = [];
  notes: Chunk[] = [];
  days: DayDraft[] = [];
  warnings: string[] = [];
  groupCount = 0;

  private section: Section | undefined;
  private slot: SlotDraft | undefined;
  private blank = false;
  private headerItems = 0;
  private seenSlot = false;
  pendingSlotComments: string[] = [];
  private table: { columns: Map<string, number>; labels: string[] } | undefined;
  private readonly lines: Line[];

  /**
   * Text from Word (`extractRawText`) has a blank line after every paragraph and no bullet
   * markers: blank lines then mean nothing, and the paragraphs under a slot are its points.
   */
  private readonly doubleSpaced: boolean;

  constructor(source: string) {
    this.lines = readLines(source);
    let pairs = 0;
    let adjacent = 0;
    this.lines.forEach((l, i) => {
      const next = this.lines[i + 1];
      if (!l.text || !next) return;
      pairs++;
      if (next.text) adjacent++;
    });
    this.doubleSpaced = pairs >= 8 && adjacent / pairs < 0.1;
    this.lang = detectLanguage(this.lines.map((l) => l.text).join('\n'));
    this.m = MESSAGES[this.lang];
    this.days.push({ line: 0, dates: [], slots: [] });
  }

  get day(): DayDraft {
    return this.days[this.days.length - 1]!;
  }

  read(): void {
    const lines = this.lines;
    // An e-mail starts with its header lines: they say nothing of the programme.
    let i = 0;
    while (i < lines.length && !lines[i]!.text) i++;
    if (i < lines.length && MAIL_HEADER.test(fold(lines[i]!.text))) {
      const mail: string[] = [];
      const first = lines[i]!.no;
      for (; i < lines.length && lines[i]!.text && MAIL_HEADER.test(fold(lines[i]!.text)); i++) {
        const t = lines[i]!.text;
        const kv = /^([^:]+?)\s*:\s*(.*)$/.exec(t)!;
        if (/^(?:objet|subject)$/.test(fold(kv[1]!).trim()) && kv[2]) this.titleFromSubject = kv[2].replace(/^(?:(?:re|tr|fwd?)\s*:\s*)+/i, '');
        else mail.push(t);
      }
      if (mail.length) this.notes.push({ lines: mail, line: first, unrecognised: true });
    }
    for (; i < lines.length; i++) this.line(lines[i]!, lines[i + 1]);
    this.closeSlot();
    this.closeSection();
  }

  // --- dispatch

  private line(l: Line, next: Line | undefined): void {
    if (l.body.trim() && TABLE_SEP.test(l.body.trim())) return;
    if (!l.text) {
      this.blank = true;
      if (this.section) this.sectionBreak();
      this.table = undefined;
      return;
    }
    const afterBlank = this.blank && !this.doubleSpaced;
    this.blank = false;
    if (l.long) {
      if (this.slot) this.slotLine(l, afterBlank);
      else if (this.section) this.sectionLine(l, afterBlank);
      else this.unplaced(l, afterBlank);
      return;
    }
    const f = fold(l.text);

    if (this.section?.kind === 'trailer') {
      this.sectionLine(l, afterBlank);
      return;
    }
    if (RULE_RE.test(l.body) && !l.bullet) return;
    if (SUMMARY_LINE.test(f)) return; // a day summary written by an export: computed again from the agenda
    if (this.seenSlot && SIGNATURE.test(f)) {
      this.closeSlot();
      this.openSection('trailer', '', l.no);
      this.sectionLine(l, afterBlank);
      return;
    }

    // Markdown table rows
    if (l.body.startsWith('|')) {
      // A row above `|---|` is a header, unless it holds a time (a table without header).
      const timed = splitCells(l.body).some((c) => parseTimeLine(collapse(mdInline(c)))?.rest === '');
      if (next && TABLE_SEP.test(next.body.trim()) && !timed) {
        this.tableHeader(splitCells(l.body));
        return;
      }
      if (this.tableRow(l, afterBlank)) return;
    }

    // Part of the day ("Après-midi"), alone or with its hours: a comment before the next slot.
    const bare = f.replace(/[:.]+$/, '').trim();
    const withoutTimes = collapse(bare.replace(/[(\[]?\s*\d{1,2}\s?[h:]\s?\d{0,2}\s*(?:[-–—/à]|a)\s*\d{1,2}\s?[h:]\s?\d{0,2}\s*[)\]]?/g, '').replace(/[:.–—-]+$/, ''));
    if (PART_OF_DAY.test(withoutTimes)) {
      this.closeSlot();
      this.closeSection();
      this.pendingSlotComments.push(l.text);
      return;
    }

    // Time lines open slots (a timed bullet inside a slot's range is one of its steps).
    const time = parseTimeLine(l.text);
    if (time && !(this.slot && this.isSubTime(l, time))) {
      this.openSlot(l, time);
      return;
    }

    const dayHeading = this.dayHeading(l);
    if (dayHeading) return;

    // Inside the agenda, what is not a heading belongs to the current slot.
    if (this.slot) {
      const heading = this.headingKind(l);
      if (!heading) {
        this.slotLine(l, afterBlank);
        return;
      }
      this.closeSlot();
    }
    this.headerLine(l, afterBlank);
  }

  private isSubTime(l: Line, time: TimeLine): boolean {
    const s = this.slot!;
    if (!s.range || !(l.bullet || l.indent > s.indent) || l.indent <= s.indent) return false;
    const start = time.start.minutes;
    return start !== undefined && start >= s.range.start && start < s.range.end;
  }

  // --- headings and header fields

  /** The kind of section a line opens, or undefined when it is no heading. */
  private headingKind(l: Line): SectionKind | undefined {
    const text = l.text.replace(/\s*[:.]\s*$/, '');
    const field = fieldOf(text);
    const emphatic = l.heading > 0 || l.emphasised || isAllCaps(l.text);
    if (l.bullet && !emphatic) return undefined;
    if (field && (emphatic || /:\s*$/.test(l.text) || words(text) <= 4)) return field;
    if (emphatic && words(l.text) <= 16) return 'unknown';
    if (/:\s*$/.test(l.text) && words(l.text) <= 6 && !l.bullet) return 'unknown';
    return undefined;
  }

  private dayHeading(l: Line): boolean {
    const f = foldSame(l.text);
    const label = DAY_LABEL.exec(f);
    // "Jour 1 – mardi 12 mars": the number of the day is no date.
    const offset = label ? label[0].length : 0;
    const dates = findDates(l.text.slice(offset)).map((d) => ({ ...d, index: d.index + offset }));
    const lead = dates[0] ? f.slice(0, dates[0].index).trim() : '';
    const leadingDate = dates.length > 0 && /^(?:le|the|on|du|les|)\s*[:,-]?$/.test(lead) && words(l.text) <= 14 && !/[.!?]$/.test(l.text.replace(/\s*\(.*\)$/, ''));
    const weekdayOnly = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*:?$/.test(f.trim());
    if (!label && !leadingDate && !weekdayOnly) return false;
    if (label && words(l.text) > 16) return false;
    if (l.bullet && !label) return false;
    this.closeSlot();
    this.closeSection();
    const dayDates = dates.filter((d, k) => k === 0 || d.index === dates[0]!.index);
    // The rest of the heading, without the date (and the "le" before it): a title, or a place.
    let rest = l.text;
    if (dates[0]) {
      const before = rest.slice(0, dates[0].index).replace(/(?:^|\s)(?:le|the|on|du)\s*$/i, '');
      rest = `${before} ${rest.slice(dates[0].index + dates[0].length)}`;
    }
    rest = collapse(rest)
      .replace(/\s*[—–:,|-]+\s*(?=[—–:,|-])/g, ' ')
      .replace(/^[\s—–:,|.-]+|[\s—–:,|.-]+$/g, '')
      .replace(/\s+[—–:|-]\s+/g, ' — ');
    let location: string | undefined;
    // "Thursday, 6 March 2025, Toulouse": a place after a comma.
    const afterComma = dates[0] ? /^\s*,\s*/.test(l.text.slice(dates[0].index + dates[0].length)) : false;
    if (!label && afterComma && new RegExp(`^${PLACE}(?:\\s\\([^()]*\\))?$`, 'u').test(rest)) {
      location = rest;
      rest = '';
    }
    const at = /^(?:à|a|at|in)\s+(.+)$/i.exec(rest) ?? /^\(((?:salle|mairie|hôtel|hotel|maison|centre|lieu|site|cité|siège|préfecture|sous-préfecture|médiathèque|espace|campus|auditorium|amphithéâtre|cvrh)\b.*)\)$|^((?:salle|mairie|hôtel|hotel|maison|centre|lieu|site|cité|siège|préfecture|sous-préfecture|médiathèque|espace|campus|auditorium|amphithéâtre|cvrh)\b.*)$/i.exec(rest);
    if (at && !label) {
      location = (at[1] ?? at[2] ?? at[3])!.trim();
      rest = '';
    }
    const day: DayDraft = { line: l.no, heading: l.text, dates: dayDates, slots: [] };
    if (rest) day.title = rest;
    if (location) day.location = location;
    // Header dates before the agenda: a day heading with nothing in the day yet replaces it.
    const current = this.day;
    if (current.slots.length === 0 && current.heading === undefined && current.line === 0) this.days[this.days.length - 1] = day;
    else if (current.slots.length === 0 && current.heading !== undefined) {
      // A date line with nothing under it (the programme's dates, before the days): its
      // dates, place and title go to the programme. "JOUR 1" then "Mardi 12 mars" is one day.
      if (!day.title && current.title && DAY_LABEL.test(fold(current.title))) {
        day.title = current.title;
        delete current.title;
      }
      if (!day.dates.length && current.dates.length) {
        day.dates = current.dates;
        current.dates = [];
      }
      this.emptyDay(current);
      this.days[this.days.length - 1] = day;
    } else this.days.push(day);
    return true;
  }

  /** The place was guessed from a sentence ("… à Poix du Nord"): a `Lieu :` line replaces it. */
  private locationImplied = false;
  /** The empty day heading the guessed place came from (its text is kept if the place is replaced). */
  private locationHeading: DayDraft | undefined;

  private setLocation(value: string, implied: boolean): void {
    if (this.location && this.locationHeading) {
      this.notes.push({ lines: [this.locationHeading.heading ?? this.location], line: this.locationHeading.line, unrecognised: true });
      this.locationHeading = undefined;
    }
    this.location = value;
    this.locationImplied = implied;
  }

  /** Day headings with no slot under them: checked once the dates are placed. */
  private readonly emptyDays: { day: DayDraft; placed: boolean }[] = [];

  /** What a day heading without slots said, kept at the programme level. */
  private emptyDay(day: DayDraft): void {
    this.impliedDates.push(...day.dates);
    let placed = true;
    if (day.location && !this.location) {
      this.setLocation(day.location, true);
      this.locationHeading = day;
    } else if (day.location) placed = false;
    if (day.title && !(DAY_LABEL.test(fold(day.title)) && words(day.title) <= 2)) {
      if (!this.subtitle && !this.seenSlot) this.subtitle = day.title;
      else placed = false;
    }
    this.emptyDays.push({ day, placed });
  }

  /** An empty day heading whose title, place or date found no place: kept in the notes. */
  private keepEmptyDays(usedDates: Set<string>): void {
    for (const { day, placed } of this.emptyDays) {
      const dateUsed = !day.dates.length || day.dates.some((h) => usedDates.has(isoOf(h) ?? ''));
      if (!placed || !dateUsed) this.notes.push({ lines: [day.heading ?? day.title ?? ''], line: day.line, unrecognised: true });
    }
  }

  private headerLine(l: Line, afterBlank: boolean): void {
    const f = fold(l.text);
    const kind = this.headingKind(l);
    // Title: a Markdown heading of level 1, or the first significant line.
    if (!this.title && l.heading === 1 && kind !== 'agenda' && kind !== 'objectives') {
      this.closeSection();
      this.setTitle(l);
      return;
    }
    // "Atelier CRTE — Date : 5 juin 2025": the fields written after a dash are read as fields.
    const parts = l.heading || l.bullet ? [] : l.text.split(/\s+[—–|]\s+/);
    if (parts.length >= 2 && !this.seenSlot) {
      const fields = parts.map((p, k) => {
        const m = k > 0 ? /^(.{2,40}?)\s*:\s*(.+)$/.exec(p) : null;
        const field = m ? fieldOf(m[1]!) : undefined;
        return field && field !== 'agenda' && field !== 'objectives' && field !== 'context' ? { field, value: m![2]! } : undefined;
      });
      if (fields.some(Boolean)) {
        const kept = parts.filter((p, k) => !fields[k] || !this.keyValue(fields[k]!.field, fields[k]!.value, { ...l, text: p, display: p }));
        if (kept.length) this.headerLine({ ...l, text: kept.join(' — '), display: kept.join(' — ') }, afterBlank);
        this.headerItems++;
        return;
      }
    }
    // `Label : value` (also `- **Date** : 20 octobre 2021` as the Markdown export writes it)
    const kv = /^(.{2,60}?)\s*:\s*(.+)$/.exec(l.text);
    if (kv && !l.heading) {
      const field = fieldOf(kv[1]!);
      if (field && this.keyValue(field, kv[2]!.trim(), l)) {
        this.headerItems++;
        return;
      }
    }
    if (kind && !(kind === 'unknown' && !this.title && !l.heading && !l.bullet)) {
      this.closeSection();
      this.openSection(kind, l.text, l.no);
      return;
    }
    if (this.section) {
      this.sectionLine(l, afterBlank);
      return;
    }
    if (!this.title && !this.titleFromSubject && !l.bullet && !SALUTATION.test(f)) {
      this.setTitle(l);
      return;
    }
    // "Organisée par la DDT de l'Oise et …"
    const by = /^(?:organis[ée]e?s?\s+par|organi[sz]ed\s+by|propos[ée]e?\s+par|à l['’]initiative d[eu]|hosted\s+by)\s+(.+)$/i.exec(l.text);
    if (by && !this.organiser && !this.seenSlot && words(l.text) <= 20) {
      this.organiser = by[1]!.replace(/[.;]$/, '');
      this.headerItems++;
      return;
    }
    // Right after the title: a format word, or a short subtitle.
    const format = FORMAT_LABELS.get(collapse(f.replace(/[.:]+$/, '')));
    if (format && !this.format && this.title && this.headerItems <= 1 && !l.bullet && !this.seenSlot) {
      this.format = format;
      this.headerItems++;
      return;
    }
    if (this.title && this.headerItems === 0 && !l.bullet && !this.seenSlot) {
      if (!this.subtitle && words(l.text) <= 16 && !/[.!?]$/.test(l.text) && !SALUTATION.test(f)) {
        this.subtitle = l.text;
        this.noteDatesAndPlace(l.text, true);
        this.headerItems++;
        return;
      }
    }
    this.headerItems++;
    this.noteDatesAndPlace(l.text, true);
    this.unplaced(l, afterBlank);
  }

  private setTitle(l: Line): void {
    this.title = cleanTitle(l.text);
    this.noteDatesAndPlace(l.text, true);
  }

  /** Dates and a place (`à Poix du Nord`) written in the header, when none is given explicitly. */
  private noteDatesAndPlace(text: string, place: boolean): void {
    const dates = findDates(text);
    if (!dates.length) return;
    this.impliedDates.push(...dates);
    if (!place || this.location) return;
    const after = text.slice(dates[0]!.index + dates[0]!.length);
    const before = text.slice(0, dates[0]!.index);
    const re = new RegExp(`(?:^|[\\s,(])(?:à|a|at|in)\\s+(${PLACE}(?:\\s\\([^()]*\\))?)`, 'u');
    const m = re.exec(after) ?? re.exec(before);
    if (m && !NOT_NAME.has(fold(m[1]!.split(/\s/)[0]!))) {
      this.setLocation(m[1]!.trim(), true);
      return;
    }
    // "Journée de l'habitat – Amiens, le 25 novembre 2021"
    const comma = new RegExp(`(?:^|[–—-]\\s)(${PLACE}),\\s(?:(?:le|du|on|the)\\s?)?$`, 'u').exec(collapse(before) + (/\s$/.test(before) ? ' ' : ''));
    if (comma && !NOT_NAME.has(fold(comma[1]!.split(/\s/)[0]!))) this.setLocation(comma[1]!.trim(), true);
  }

  private keyValue(field: Field, value: string, l: Line): boolean {
    const v = value.trim();
    const list = (s: string) => s.split(/\s*;\s*/).filter(Boolean);
    switch (field) {
      case 'title':
        if (this.title) return false;
        this.title = cleanTitle(v);
        this.noteDatesAndPlace(v, true);
        return true;
      case 'subject':
        if (this.title || this.titleFromSubject) return false;
        this.titleFromSubject = v;
        return true;
      case 'subtitle':
        if (this.subtitle) return false;
        this.subtitle = v;
        return true;
      case 'date': {
        const dates = findDates(v);
        if (!dates.length) return false;
        this.explicitDates.push(...dates.map((d) => ({ ...d, source: { text: l.text, line: l.no } })));
        // What follows the dates: a place ("à Albert", ", Cerema Lille"), else kept in notes.
        const rest = collapse(v.slice(dates[dates.length - 1]!.index + dates[dates.length - 1]!.length)).replace(/^[,;–—-]\s*/, '');
        const place = /^(?:(?:à|a|at|in)\s+)?(.+)$/i.exec(rest);
        if (place && !this.location && (/^(?:à|a|at|in)\s/i.test(rest) || new RegExp(`^${PLACE}(?:\\s\\([^()]*\\))?$`, 'u').test(place[1]!))) this.location = place[1]!.trim();
        else if (rest) this.notes.push({ lines: [l.text], line: l.no, unrecognised: true });
        return true;
      }
      case 'location':
        if (this.seenSlot || (this.day.heading !== undefined && this.location && !this.locationImplied)) {
          if (this.day.location) return false;
          this.day.location = v;
        } else if (!this.location || this.locationImplied) this.setLocation(v, false);
        else if (!this.address) this.address = v;
        else return false;
        return true;
      case 'address':
        if (this.address) return false;
        this.address = v;
        return true;
      case 'audience':
        this.audience.push(...list(v));
        this.openSection('audience', '', l.no);
        return true;
      case 'participants': {
        const n = /^(\d{1,4})(?:\s*(?:participants?|personnes?|people|persons?|stagiaires?|max(?:imum)?))?\.?$/i.exec(v);
        if (n && Number(n[1]) >= 1 && !this.participants) this.participants = Number(n[1]);
        else if (n) return false;
        else this.audience.push(...list(v));
        return true;
      }
      case 'organiser':
        if (this.organiser) return false;
        this.organiser = v;
        return true;
      case 'format': {
        const format = FORMAT_LABELS.get(collapse(fold(v).replace(/[.:]+$/, ''))) ?? formatFromText(v);
        if (!format || (this.format && this.format !== format)) return false;
        this.format = format;
        return true;
      }
      case 'objectives':
        this.openSection('objectives', '', l.no);
        this.objectives.push(v);
        this.section!.bullets++;
        return true;
      case 'context':
        this.openSection('context', kvHeading(l.text), l.no);
        this.section!.paragraph.push(v);
        return true;
      case 'prerequisites':
        this.openSection('prerequisites', '', l.no);
        this.prerequisites.push(v);
        return true;
      case 'evaluation':
        this.openSection('evaluation', '', l.no);
        this.evaluation.push(v);
        return true;
      case 'accessibility':
        this.openSection('accessibility', '', l.no);
        this.accessibility.push(v);
        return true;
      case 'people':
        for (const part of v.split(/\s*;\s*|\s+(?:et|and)\s+(?=\p{Lu})/u)) this.personFromLine(part);
        this.openSection('people', '', l.no);
        return true;
      case 'deliverables':
        this.openSection('deliverables', '', l.no);
        this.deliverableFromLine(v);
        return true;
      case 'notes':
        this.openSection('notes', '', l.no);
        this.section!.paragraph.push(v);
        return true;
      case 'agenda':
        return false;
    }
  }

  // --- sections

  private openSection(kind: SectionKind, heading: string, line: number): void {
    this.closeSection();
    this.section = { kind, heading, line, paragraph: [], paragraphs: [], bullets: 0, pendingLeadIn: [] };
    if (kind === 'unknown' && heading) this.section.paragraph.push(heading);
    this.headerItems++;
  }

  private sectionBreak(): void {
    const s = this.section!;
    if (s.paragraph.length) s.paragraphs.push(s.paragraph);
    s.paragraph = [];
  }

  private sectionLine(l: Line, afterBlank: boolean): void {
    const s = this.section!;
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
          this.flushLeadIn(s);
          item(this.objectives);
          s.bullets++;
        } else {
          s.lastItem = undefined;
          s.paragraph.push(l.text);
          this.noteDatesAndPlace(l.text, true);
        }
        return;
      case 'audience':
        if (l.bullet || s.lastItem) item(this.audience);
        else this.audience.push(l.text);
        return;
      case 'prerequisites':
        item(this.prerequisites);
        return;
      case 'evaluation':
        item(this.evaluation);
        return;
      case 'accessibility':
        this.accessibility.push(l.text);
        return;
      case 'people':
        if (!l.bullet && s.lastItem && l.indent > s.lastItem.indent) return void this.notes.push({ lines: [l.display], line: l.no, unrecognised: true });
        this.personFromLine(l.text);
        return;
      case 'deliverables':
        this.deliverableFromLine(l.text);
        return;
      case 'date': {
        const dates = findDates(l.text);
        if (dates.length) this.explicitDates.push(...dates);
        else s.paragraph.push(l.display);
        return;
      }
      case 'location':
        if (!this.location || this.locationImplied) this.setLocation(l.text, false);
        else this.address = this.address ? `${this.address}, ${l.text}` : l.text;
        return;
      case 'title':
        if (!this.title) this.title = cleanTitle(l.text);
        else s.paragraph.push(l.display);
        return;
      case 'organiser':
        if (!this.organiser) this.organiser = l.text;
        else s.paragraph.push(l.display);
        return;
      default:
        s.paragraph.push(s.kind === 'context' || s.kind === 'notes' ? l.text : l.display);
        if (s.kind === 'context') this.noteDatesAndPlace(l.text, false);
    }
  }

  private flushLeadIn(s: Section): void {
    if (!s.pendingLeadIn.length) return;
    const text = s.pendingLeadIn.join(' ');
    // A short introduction ("L'atelier … a pour objectif") is kept as a comment; a long text is context.
    if (words(text) <= 40) this.objectivesComment.push(`${this.m.leadIn} ${text}`);
    else this.context.push(s.pendingLeadIn.join('\n'));
    s.pendingLeadIn = [];
  }

  private closeSection(): void {
    const s = this.section;
    if (!s) return;
    this.section = undefined;
    if (s.paragraph.length) s.paragraphs.push(s.paragraph);
    const text = (ps: string[][]) => ps.map((p) => p.join('\n')).join('\n\n');
    switch (s.kind) {
      case 'objectives':
        this.flushLeadIn(s);
        if (!s.paragraphs.length) return;
        if (s.bullets) {
          this.context.push(text(s.paragraphs));
          return;
        }
        // No bullets: short lines are objectives, a long text is context, "… a pour objectif :" introduces them.
        for (const line of s.paragraphs.flat()) {
          if (words(line) > 40) this.context.push(line);
          else if (/(?:objectifs?|objectives?|pour but|vise à|aims? to|de|to)\s*:?\s*$/i.test(line) || /:\s*$/.test(line)) this.objectivesComment.push(`${this.m.leadIn} ${line}`);
          else this.objectives.push(line);
        }
        return;
      case 'context': {
        const heading = contextHeadingExtra(s.heading);
        if (!s.paragraphs.length) {
          if (heading) this.notes.push({ lines: [s.heading], line: s.line, unrecognised: true });
          return;
        }
        this.context.push(heading ? `${heading}\n${text(s.paragraphs)}` : text(s.paragraphs));
        return;
      }
      case 'notes':
        if (s.paragraphs.length) this.notes.push({ lines: [text(s.paragraphs)], line: s.line, unrecognised: false });
        return;
      case 'agenda':
      case 'unknown':
      case 'trailer':
      default: {
        const lines = s.paragraphs.flatMap((p, k) => (k ? ['', ...p] : p));
        if (s.kind === 'agenda' && lines.length === 0) return;
        if (lines.length) this.notes.push({ lines, line: s.line, unrecognised: true });
      }
    }
  }

  private unplaced(l: Line, afterBlank: boolean): void {
    const last = this.notes[this.notes.length - 1];
    if (last && last.unrecognised && !afterBlank && last.lastLine === l.no - 1) {
      last.lines.push(l.display);
      last.lastLine = l.no;
      return;
    }
    this.notes.push({ lines: [l.display], line: l.no, unrecognised: true, lastLine: l.no });
  }

  // --- people and deliverables

  private person(name: string, role?: string, organisation?: string): PersonDraft {
    const n = collapse(name);
    let p = this.people.find((x) => fold(x.name) === fold(n));
    if (!p) {
      const taken = new Set(this.people.map((x) => x.id));
      p = { id: uniqueId(slug(n), taken), name: n };
      this.people.push(p);
    }
    if (role && !p.role) p.role = role;
    if (organisation && !p.organisation) p.organisation = organisation;
    return p;
  }

  /** `Claire Martin, architecte conseil (DDTM 59)`, `Frédéric Applincourt — RT — DDTM 59`. */
  personFromLine(text: string): PersonDraft | undefined {
    const t = collapse(text).replace(/[.;]$/, '');
    if (!t) return undefined;
    const dash = t.split(/\s+[—–]\s+|\s+-\s+/);
    if (dash.length >= 2) {
      const head = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(dash[0]!);
      const name = head ? head[1]! : dash[0]!;
      const info = roleAfter(head ? `(${head[2]})` : '');
      const parts = dash.slice(1);
      let role = info.role;
      let organisation = info.organisation;
      // "Name — role — organisation", as the exports list people.
      if (parts.length === 2 && !role && !organisation) return this.person(name, parts[0], parts[1]);
      for (const part of parts) {
        if (!organisation && isOrgLike(part) && (role !== undefined || parts.length === 1)) organisation = part;
        else role = role ? `${role}, ${part}` : part;
      }
      return this.person(name, role, organisation);
    }
    const m = NAME_AT_START.exec(t);
    if (m && isNameLike(m[1]!)) {
      const info = roleAfter(t.slice(m[0].length));
      const rest = t.slice(m[0].length).trim();
      if (!info.role && !info.organisation && rest) return this.person(m[1]!, rest.replace(/^[,:(–—-]\s*|\)$/g, ''));
      return this.person(m[1]!, info.role, info.organisation);
    }
    const colon = /^(.+?)\s*:\s*(.+)$/.exec(t);
    if (colon) return this.person(colon[1]!, colon[2]!);
    const paren = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(t);
    if (paren && paren[1]) {
      const info = roleAfter(`(${paren[2]})`);
      return this.person(paren[1], info.role, info.organisation);
    }
    return this.person(t);
  }

  /** People named in a slot after "par", "intervention de", "with", "by"… */
  peopleIn(text: string): PersonDraft[] {
    const out: PersonDraft[] = [];
    // Try at every capitalised word: "Intervention de Frédéric Applincourt" names Frédéric Applincourt.
    for (const w of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])[${UPPER}]`, 'gu'))) {
      const at = w.index!;
      NAME_STICKY.lastIndex = at;
      const m = NAME_STICKY.exec(text);
      if (!m) continue;
      const before = fold(text.slice(Math.max(0, at - 40), at)).trimEnd();
      const honorific = m[0] !== m[1];
      if (!honorific && !SPEAKER_BEFORE.test(before)) continue;
      if (!isNameLike(m[1]!)) continue;
      const info = roleAfter(text.slice(at + m[0].length));
      out.push(this.person(m[1]!, info.role, info.organisation));
    }
    return out;
  }

  private deliverableFromLine(text: string): void {
    const parts = collapse(text).split(/\s+[—–]\s+/);
    const d: Reader['deliverables'][number] = { title: parts[0]!, parts: {} };
    const rest: string[] = [];
    for (const part of parts.slice(1)) {
      const kv = /^(responsable|owner|échéance|echeance|due)\s*:\s*(.+)$/i.exec(part);
      if (kv && /^(responsable|owner)$/i.test(kv[1]!)) [d.owner, d.parts.owner] = [kv[2]!, part];
      else if (kv) [d.due, d.parts.due] = [kv[2]!, part];
      else rest.push(part);
    }
    if (rest.length) d.rest = rest.join(' — ');
    this.deliverables.push(d);
  }

  // --- slots

  private openSlot(l: Line, t: TimeLine): void {
    this.closeSlot();
    this.closeSection();
    const s = this.newSlot(l);
    if (t.end) {
      s.time = `${t.start.text}-${t.end.text}`;
      const r = parseRange(s.time);
      if (r) s.range = r;
    } else s.start = t.start.text;
    s.title = t.rest;
    s.awaitingTitle = !t.rest;
    this.slot = s;
  }

  private newSlot(l: Line): SlotDraft {
    const s: SlotDraft = {
      line: l.no,
      indent: l.indent,
      title: '',
      awaitingTitle: false,
      entries: [],
      who: [],
      groupsAll: false,
      groupNames: [],
      materials: [],
      produces: [],
      notes: [],
      comments: this.pendingSlotComments,
      fromTable: false,
    };
    this.pendingSlotComments = [];
    this.seenSlot = true;
    this.day.slots.push(s);
    return s;
  }

  private closeSlot(): void {
    this.slot = undefined;
  }

  private slotLine(l: Line, afterBlank: boolean): void {
    const s = this.slot!;
    if (s.awaitingTitle) {
      s.title = l.text;
      s.awaitingTitle = false;
      return;
    }
    const last = s.entries[s.entries.length - 1];
    // A marker-less line indented deeper than the bullet above continues it.
    if (!l.bullet && last?.kind === 'step' && !afterBlank && l.indent >= last.indent + 2 && l.indent > s.indent) {
      last.text = `${last.text} ${l.text}`;
      return;
    }
    const step = l.bullet || l.indent >= Math.max(2, s.indent + 2) || (this.doubleSpaced && !l.long);
    // A paragraph set apart from the slot by a blank line may not belong to it: said in a comment.
    const apart = !step && afterBlank && l.indent <= s.indent;
    s.entries.push({ kind: step ? 'step' : 'desc', text: l.text, indent: l.indent, afterBlank, line: l.no, ...(apart ? { unrecognised: true } : {}) });
  }

  // --- tables

  private tableHeader(cells: string[]): void {
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
    this.table = { columns, labels: cells.map((c) => collapse(mdInline(c))) };
  }

  private tableRow(l: Line, afterBlank: boolean): boolean {
    const raw = splitCells(l.body);
    const cells = raw.map((c) => collapse(mdInline(c)));
    if (cells.every((c) => !c)) return true;
    const cols = this.table?.columns;
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
    this.closeSlot();
    this.closeSection();
    const s = this.newSlot(l);
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
    if (!spec && !duration) s.comments.push(this.m.unrecognised);
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
          const label = [...(cols?.entries() ?? [])].find(([k]) => k === 'who') ? this.table!.labels[whoIndex] : '';
          s.entries.push({ kind: 'desc', text: label ? `${label} : ${who}` : who, indent: 0, afterBlank, line: l.no });
        } else s.who.push(who);
      }
    }
    // Details: `<br>`-separated lines; `• step`; `Supports : …`; `Passages : …`.
    raw.forEach((cell, i) => {
      if (used.has(i) || !cells[i]) return;
      for (const part of cell.split(/<br\s*\/?>/i)) {
        const text = collapse(mdInline(part));
        if (text) this.detailLine(s, text, l, afterBlank);
      }
    });
    return true;
  }

  private detailLine(s: SlotDraft, text: string, l: Line, afterBlank: boolean): void {
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
    else if (kv && /^(?:passages|turns)$/.test(key) && this.turns(s, kv[2]!)) return;
    else s.entries.push({ kind: 'desc', text, indent: 0, afterBlank, line: l.no });
  }

  /** `Groupe 1 16h00–16h15, Groupe 2 16h15–16h30`: the slot's groups and their time each. */
  private turns(s: SlotDraft, text: string): boolean {
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

  finish(): { data: Record<string, unknown>; comments: CommentPlan; slots: number; unplaced: number } {
    const m = this.m;
    const comments: CommentPlan = { keys: new Map(), slots: new Map(), slotKeys: new Map(), days: new Map(), deliverables: new Map() };
    const addKeyComment = (key: string, text: string) => comments.keys.set(key, [...(comments.keys.get(key) ?? []), text]);

    // Trailing text after the last slot of the document, after a blank line: not the slot's.
    const allSlots = this.days.flatMap((d) => d.slots);
    const lastSlot = allSlots[allSlots.length - 1];
    if (lastSlot && !lastSlot.fromTable) {
      const e = lastSlot.entries;
      const k = e.findIndex((x, i) => x.kind === 'desc' && x.afterBlank && e.slice(i).every((y) => y.kind === 'desc'));
      if (k >= 0) {
        const moved = e.splice(k);
        const lines: string[] = [];
        moved.forEach((x, i) => {
          if (i && x.afterBlank) lines.push('');
          lines.push(x.kind === 'step' ? `- ${x.text}` : x.text);
        });
        this.notes.push({ lines, line: moved[0]!.line, unrecognised: true });
      }
    }

    // Years: a date without one takes the year of the other dates (checked against its weekday).
    const allHits = [...this.explicitDates, ...this.impliedDates, ...this.days.flatMap((d) => d.dates)];
    const years = allHits.filter((h) => h.year !== undefined).map((h) => h.year!);
    for (const h of allHits) {
      if (h.year !== undefined) continue;
      // "Mardi 3 décembre" under "Dates : du 2 au 4 décembre 2024": the year is written, not assumed.
      const same = allHits.find((o) => o.year !== undefined && o.day === h.day && o.month === h.month);
      if (same) {
        h.year = same.year;
        continue;
      }
      // The year of the other dates, else this year; with a weekday, the nearest year where it fits.
      const base = years[0] ?? new Date().getUTCFullYear();
      let year = base;
      if (h.weekday !== undefined) {
        const fits = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((d) => base + d).find((y) => weekdayOf(y, h.month, h.day) === h.weekday);
        if (fits !== undefined) year = fits;
      }
      h.year = year;
      h.assumedYear = true;
    }

    // Slots: types, groups, people.
    const groupMentions: SlotDraft[] = [];
    for (const s of allSlots) {
      if (!s.title) {
        s.title = m.untitledSlot;
        s.comments.push(m.untitledSlotComment);
      }
      // A table cell holds the title exactly (the Markdown export writes it so): a final
      // full stop or colon there is part of it, not end-of-line punctuation.
      s.title = s.fromTable ? collapse(s.title) : cleanTitle(s.title);
      const texts = [s.title, ...s.entries.map((e) => e.text)];
      const joined = fold(texts.join('\n'));
      if (!s.type) s.type = typeFromText(s.title) ?? (s.entries.length ? typeFromText(s.entries[0]!.text) : undefined) ?? 'other';
      const per = PER_GROUP.exec(joined);
      if (per && !s.perGroup) s.perGroup = `${per[1]}min`;
      const count = GROUP_COUNT.exec(joined);
      if (count) {
        const n = NUMBER_WORDS.get(count[1]!) ?? Number(count[1]);
        if (n >= 2 && n <= 30) {
          this.groupCount = Math.max(this.groupCount, n);
          groupMentions.push(s);
        }
      }
      if (BY_GROUP.test(joined) || s.perGroup) groupMentions.push(s);
    }
    for (const text of [...this.objectives, ...this.context]) {
      const count = GROUP_COUNT.exec(fold(text));
      if (count) this.groupCount = Math.max(this.groupCount, NUMBER_WORDS.get(count[1]!) ?? Number(count[1]));
    }

    // Groups: named in the agenda (exports), or counted ("3 groupes").
    const groups: { id: string; name: string }[] = [];
    const groupIds = new Set<string>();
    const groupByName = new Map<string, string>();
    const addGroup = (name: string) => {
      const key = fold(name);
      if (groupByName.has(key)) return groupByName.get(key)!;
      const num = /^(?:groupe|group|g)\s*(\d+)$/.exec(key);
      const id = uniqueId(num ? `g${num[1]}` : slug(name), groupIds);
      groups.push({ id, name });
      groupByName.set(key, id);
      return id;
    };
    for (const s of allSlots) s.groupNames.forEach(addGroup);
    for (let i = 1; i <= this.groupCount && groups.length < this.groupCount; i++) addGroup(`${m.group} ${i}`);

    // People: the who column, names in the slot, known names mentioned again.
    const speakers = new Map<SlotDraft, string[]>();
    for (const s of allSlots) {
      const ids: string[] = [];
      for (const w of s.who) {
        const fw = fold(w).trim();
        if (/^(?:tous les groupes|all groups|chaque groupe|each group)$/.test(fw)) {
          s.groupsAll = true;
          continue;
        }
        const names = w.split(/\s*,\s*/);
        if (names.every((n) => groupByName.has(fold(n)) || /^(?:groupe|group)\s*\S+$/.test(fold(n)))) {
          s.groupNames.push(...names.filter((n) => !s.groupNames.includes(n)));
          names.forEach(addGroup);
          continue;
        }
        const paren = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(w);
        const p = paren && paren[1] ? this.person(paren[1], ...roleOrOrg(paren[2]!)) : this.person(w);
        ids.push(p.id);
      }
      for (const text of [s.title, ...s.entries.map((e) => e.text)]) for (const p of this.peopleIn(text)) ids.push(p.id);
      speakers.set(s, ids);
    }
    for (const s of allSlots) {
      const ids = speakers.get(s)!;
      const text = fold([s.title, ...s.entries.map((e) => e.text)].join('\n'));
      for (const p of this.people) if (p.name.includes(' ') && new RegExp(`(?<![\\p{L}])${escapeRe(fold(p.name))}(?![\\p{L}])`, 'u').test(text)) ids.push(p.id);
      speakers.set(s, [...new Set(ids)]);
    }

    // Slot groups: `all` where groups are mentioned, per group or by group.
    if (groups.length) for (const s of groupMentions) if (!s.groupNames.length) s.groupsAll = true;

    // Deliverables: ids, owners and due slots when they can be found.
    const deliverableIds = new Set<string>();
    const slotIds = new Set<string>();
    const deliverables = this.deliverables.map((d, k) => {
      const out: Record<string, unknown> = { id: uniqueId(slug(d.title), deliverableIds), title: d.title };
      const extra: string[] = [];
      if (d.owner) {
        const o = fold(d.owner).trim();
        const person = this.people.find((p) => fold(p.name) === o || fold(p.role ?? '') === o);
        const group = groupByName.get(o);
        if (/^(?:chaque groupe|each group|each-group)$/.test(o)) out.owner = 'each-group';
        else if (person) out.owner = person.id;
        else if (group) out.owner = group;
        else extra.push(d.parts.owner!);
      }
      if (d.due) {
        const due = fold(d.due.replace(/\s*\([^)]*\)\s*$/, '')).trim();
        const slot = allSlots.find((s) => fold(s.title) === due);
        if (slot) {
          slot.id ??= uniqueId(slug(slot.title), slotIds);
          out.due = slot.id;
        } else extra.push(d.parts.due!);
      }
      if (d.rest) extra.push(d.rest);
      // An owner or a due slot that matches nothing: kept in a comment, like any text not understood.
      if (extra.length) comments.deliverables.set(k, [this.unrecognisedComment(extra.join(' — '), true)]);
      return out;
    });
    const produced = new Map<SlotDraft, string[]>();
    for (const s of allSlots) {
      const ids: string[] = [];
      for (const p of s.produces) {
        const d = deliverables.find((x) => fold(String(x.title)) === fold(p.title));
        if (d) ids.push(String(d.id));
        else s.entries.push({ kind: 'desc', text: `${p.label} : ${p.title}`, indent: 0, afterBlank: false, line: s.line });
      }
      produced.set(s, ids);
    }

    // Days and dates.
    for (const d of this.days) if (!d.slots.length && d.heading !== undefined) this.emptyDay(d);
    const daysWithSlots = this.days.filter((d) => d.slots.length);
    const programmeDates = (this.explicitDates.length ? this.explicitDates : this.impliedDates).filter((h) => isoOf(h));
    const uniqueIso = (hits: DateHit[]) => [...new Set(hits.map((h) => isoOf(h)!))];
    const programmeIso = uniqueIso(programmeDates);
    const data: Record<string, unknown> = {};
    const title = this.title ?? this.titleFromSubject ?? (daysWithSlots.length === 1 ? daysWithSlots[0]!.title : undefined) ?? fileTitle(this.fileName);
    data.title = title ?? m.untitled;
    if (!title) {
      addKeyComment('title', m.noTitle);
      this.warnings.push(m.noTitleWarn);
    }
    if (this.subtitle) data.subtitle = this.subtitle;
    let format = this.format ?? formatFromText(`${this.title ?? ''} ${this.subtitle ?? ''} ${this.titleFromSubject ?? ''}`);
    // A training without objectives would fail the training check: keep the default format.
    if (format === 'training' && !this.objectives.length) format = undefined;
    if (format) data.format = format;
    if (this.lang === 'en') data.language = 'en';
    if (this.organiser) data.organiser = this.organiser;
    if (this.audience.length) data.audience = this.audience.length === 1 ? this.audience[0] : this.audience;
    if (this.participants) data.participants = this.participants;
    if (this.location && this.address) data.location = { name: this.location, address: this.address };
    else if (this.location ?? this.address) data.location = this.location ?? this.address;
    if (this.objectives.length) {
      data.objectives = this.objectives;
      for (const c of this.objectivesComment) addKeyComment('objectives', c);
    } else if (this.objectivesComment.length) this.notes.push({ lines: this.objectivesComment.map((c) => c.slice(m.leadIn.length + 1)), line: 0, unrecognised: true });
    if (this.prerequisites.length) data.prerequisites = this.prerequisites;
    if (this.evaluation.length) data.evaluation = this.evaluation.length === 1 ? this.evaluation[0] : this.evaluation;
    if (this.accessibility.length) data.accessibility = this.accessibility.join('\n');
    if (this.context.length) data.context = this.context.join('\n\n');

    const slotObject = (s: SlotDraft, i: number, dayKey: (string | number)[]) => {
      const o: Record<string, unknown> = {};
      if (s.id) o.id = s.id;
      if (s.time) o.time = s.time;
      if (s.start) o.start = s.start;
      if (s.duration) o.duration = s.duration;
      o.title = s.title;
      o.type = s.type;
      const desc = s.entries.filter((e) => e.kind === 'desc');
      const steps = s.entries.filter((e) => e.kind === 'step');
      if (desc.length) {
        o.description = desc.map((e, k) => (k && e.afterBlank ? `\n${e.text}` : e.text)).join('\n');
        const odd = desc.filter((e) => e.unrecognised);
        if (odd.length) comments.slotKeys.set([...dayKey, i, 'description'].join('\u0000'), odd.map((e) => this.unrecognisedComment(e.text)));
      }
      if (steps.length) o.steps = steps.map((e) => e.text);
      const sp = speakers.get(s)!;
      if (sp.length) o.speakers = sp;
      if (s.groupsAll) o.groups = 'all';
      else if (s.groupNames.length) o.groups = [...new Set(s.groupNames.map((n) => groupByName.get(fold(n))!))];
      if (s.perGroup) o.per_group = s.perGroup;
      if (s.materials.length) o.materials = s.materials;
      const produces = produced.get(s)!;
      if (produces.length) o.produces = produces;
      if (s.notes.length) o.notes = s.notes.join('\n');
      if (s.comments.length) comments.slots.set([...dayKey, i].join('\u0000'), s.comments);
      return o;
    };

    const singleDay = daysWithSlots.length <= 1;
    const day0 = daysWithSlots[0] ?? this.days.find((d) => d.dates.length);
    const usedDates = new Set<string>();
    if (singleDay) {
      const hit = day0?.dates.find((h) => isoOf(h)) ?? programmeDates[0];
      const iso = hit ? isoOf(hit) : undefined;
      if (iso) {
        data.date = iso;
        usedDates.add(iso);
        if (hit!.assumedYear) {
          addKeyComment('date', m.assumedYear(iso));
          this.warnings.push(m.assumedYear(iso));
        }
      }
      if (day0?.title && !this.title && data.title === day0.title) {
        /* used as the programme title */
      } else if (day0?.title && !DAY_LABEL.test(fold(day0.title))) {
        if (!data.subtitle) data.subtitle = day0.title;
        else if (data.subtitle !== day0.title) this.notes.push({ lines: [day0.heading ?? day0.title], line: day0.line, unrecognised: true });
      }
      if (day0?.location && !data.location) data.location = day0.location;
      else if (day0?.location && data.location !== day0.location) this.notes.push({ lines: [day0.location], line: day0.line, unrecognised: true });
    }
    this.placePeopleAndGroups(data, groups);
    if (deliverables.length) data.deliverables = deliverables;

    if (singleDay) {
      data.agenda = (day0?.slots ?? []).map((s, i) => slotObject(s, i, ['agenda']));
    } else {
      let previous: number | undefined;
      // Days before the first dated one: the days just before it.
      const firstDated = daysWithSlots.findIndex((d) => d.dates.some((h) => isoOf(h)));
      if (firstDated > 0 && !programmeDates.length) {
        const day = parseDate(isoOf(daysWithSlots[firstDated]!.dates.find((h) => isoOf(h))!)!)!;
        previous = day - firstDated - 1;
      }
      data.days = daysWithSlots.map((d, k) => {
        const o: Record<string, unknown> = {};
        let hit = d.dates.find((h) => isoOf(h));
        if (!hit && programmeIso.length > 1) {
          const free = programmeDates.filter((h) => !usedDates.has(isoOf(h)!));
          hit = free[0];
        }
        if (!hit && k === 0 && programmeDates[0]) hit = programmeDates[0];
        let iso = hit ? isoOf(hit) : undefined;
        const dayComments: string[] = [];
        if (hit?.assumedYear && iso) {
          dayComments.push(m.assumedYear(iso));
          this.warnings.push(m.assumedYear(iso));
        }
        if (!iso && previous !== undefined) {
          iso = new Date((previous + 1) * 86_400_000).toISOString().slice(0, 10);
          dayComments.push(m.assumedDate(iso));
          this.warnings.push(m.assumedDate(iso));
        }
        if (iso) {
          o.date = iso;
          usedDates.add(iso);
          previous = parseDate(iso);
        } else {
          dayComments.push(m.noDate);
          this.warnings.push(m.noDateWarn(d.heading ?? `#${k + 1}`));
        }
        if (d.title) o.title = d.title;
        if (d.location) o.location = d.location;
        o.agenda = d.slots.map((s, i) => slotObject(s, i, ['days', k, 'agenda']));
        if (dayComments.length) comments.days.set(k, dayComments);
        return o;
      });
    }
    this.keepEmptyDays(usedDates);
    // Explicit dates that no day took ("Dates : 12 et 13 mars" over a one-day agenda): their line is kept.
    const unused = new Map<string, number>();
    for (const h of this.explicitDates) if (h.source && !usedDates.has(isoOf(h) ?? '')) unused.set(h.source.text, h.source.line);
    for (const [text, line] of unused) {
      this.notes.push({ lines: [text], line, unrecognised: true });
      this.warnings.push(m.extraDates(text));
    }
    if (this.titleFromSubject && this.title) {
      if (!data.subtitle) data.subtitle = this.titleFromSubject;
      else this.notes.push({ lines: [this.titleFromSubject], line: 0, unrecognised: true });
    }
    if (!allSlots.length) this.warnings.push(m.noTimes);

    // Notes: understood notes first, then what was not understood, each announced in a comment.
    const understood = this.notes.filter((c) => !c.unrecognised);
    if (this.pendingSlotComments.length) this.notes.push({ lines: this.pendingSlotComments, line: 0, unrecognised: true });
    const odd = this.notes.filter((c) => c.unrecognised && c.lines.some((x) => x.trim())).sort((a, b) => a.line - b.line);
    let unplaced = odd.reduce((n, c) => n + c.lines.filter((x) => x.trim()).length, 0);
    if (understood.length || odd.length) {
      data.notes = [...understood, ...odd].map((c) => c.lines.join('\n')).join('\n\n');
      for (const c of odd) {
        const first = c.lines.find((x) => x.trim())!;
        const more = c.lines.filter((x) => x.trim()).length - 1;
        addKeyComment('notes', `${this.unrecognisedComment(first)}${more ? ` (+${more})` : ''}`);
        this.warnings.push(m.unrecognisedWarn(c.line, preview(first), m.notesWhere));
      }
    }
    for (const s of allSlots) {
      const oddLines = s.entries.filter((e) => e.unrecognised);
      unplaced += oddLines.length;
      for (const e of oddLines) this.warnings.push(m.unrecognisedWarn(e.line, preview(e.text), m.descWhere));
    }
    const ordered: Record<string, unknown> = {};
    for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
    return { data: ordered, comments, slots: allSlots.length, unplaced };
  }

  fileName: string | undefined;

  /** `non reconnu à l'import : « … »`, the comment above what was kept without being understood. */
  private unrecognisedComment(text: string, whole = false): string {
    const p = whole ? collapse(text) : preview(text);
    return this.lang === 'fr' ? `${this.m.unrecognised} : « ${p} »` : `${this.m.unrecognised}: "${p}"`;
  }

  private placePeopleAndGroups(data: Record<string, unknown>, groups: { id: string; name: string }[]): void {
    if (this.people.length)
      data.people = this.people.map((p) => {
        const o: Record<string, unknown> = { id: p.id, name: p.name };
        if (p.role) o.role = p.role;
        if (p.organisation) o.organisation = p.organisation;
        return o;
      });
    if (groups.length) data.groups = groups.map((g) => ({ id: g.id, name: g.name }));
  }
}

/** `Maire, DDTM 62 ; Claire Martin (architecte, CAUE)` → its parts, brackets kept whole. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if ((c === ';' || c === ',') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function preview(text: string): string {
  const t = collapse(text);
  return t.length > 70 ? `${t.slice(0, 70).trimEnd()}…` : t;
}

function roleOrOrg(text: string): [string | undefined, string | undefined] {
  const info = roleAfter(`(${text})`);
  return [info.role, info.organisation];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function kvHeading(text: string): string {
  return /^(.*?)\s*:/.exec(text)?.[1] ?? '';
}

/** A context heading that says more than "Contexte" ("Site et contexte constituant le support…"). */
function contextHeadingExtra(heading: string): string | undefined {
  const h = heading.replace(/\s*[:.]\s*$/, '').trim();
  if (!h) return undefined;
  return /^(?:(?:le\s+)?contexte|context|background|site et contexte|site and context|presentation du site|le site)$/.test(collapse(fold(h))) ? undefined : h;
}

function fileTitle(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const t = collapse(base.replace(/[_]+/g, ' '));
  return t || undefined;
}

// ---------------------------------------------------------------------------------------
// YAML

/** Top-level keys in the order of FORMAT.md's example. */
const KEY_ORDER = [
  'title', 'subtitle', 'format', 'language', 'organiser', 'audience', 'participants', 'location', 'objectives', 'prerequisites', 'evaluation', 'accessibility',
  'context', 'date', 'start', 'people', 'groups', 'deliverables', 'agenda', 'days', 'notes',
];

interface CommentPlan {
  /** Top-level key → comment lines. */
  keys: Map<string, string[]>;
  /** Path of a slot (joined with NUL) → comment lines before it. */
  slots: Map<string, string[]>;
  /** Path of a slot key → comment lines before the key. */
  slotKeys: Map<string, string[]>;
  /** Day index → comment lines before the day. */
  days: Map<number, string[]>;
  /** Deliverable index → comment lines before it. */
  deliverables: Map<number, string[]>;
}

function commentText(lines: string[]): string {
  return lines.map((l) => ` ${collapse(l)}`).join('\n');
}

function pairOf(map: YAMLMap, key: string): Pair<Scalar, Node> | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, Node> | undefined;
}

function keyComment(map: YAMLMap, key: string, lines: string[]): void {
  const pair = pairOf(map, key);
  if (!pair || !isScalar(pair.key)) return;
  const k = pair.key;
  k.commentBefore = k.commentBefore ? `${k.commentBefore}\n${commentText(lines)}` : commentText(lines);
}

function styleSlots(agenda: unknown): void {
  if (!isSeq(agenda)) return;
  agenda.items.forEach((slot, i) => {
    if (!isMap(slot)) return;
    if (i > 0) slot.spaceBefore = true;
    const start = pairOf(slot, 'start')?.value;
    if (isScalar(start)) start.type = 'QUOTE_DOUBLE';
    for (const key of ['speakers', 'groups', 'produces']) {
      const v = pairOf(slot, key)?.value;
      if (isSeq(v)) v.flow = true;
    }
  });
}

function toYaml(data: Record<string, unknown>, plan: CommentPlan): string {
  const doc = new Document(data);
  const root = doc.contents as YAMLMap;
  for (const [key, lines] of plan.keys) keyComment(root, key, lines);
  for (const key of ['people', 'groups', 'deliverables', 'agenda', 'days', 'notes', 'objectives', 'context']) {
    const pair = pairOf(root, key);
    if (pair && root.items.indexOf(pair) > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
  const daysSeq = pairOf(root, 'days')?.value;
  if (isSeq(daysSeq)) {
    daysSeq.items.forEach((day, k) => {
      if (!isMap(day)) return;
      if (k > 0) day.spaceBefore = true;
      const comments = plan.days.get(k);
      if (comments) day.commentBefore = commentText(comments);
      styleSlots(pairOf(day, 'agenda')?.value);
    });
  }
  styleSlots(pairOf(root, 'agenda')?.value);
  const deliverables = pairOf(root, 'deliverables')?.value;
  if (isSeq(deliverables))
    for (const [k, lines] of plan.deliverables) {
      const item = deliverables.items[k];
      if (isMap(item)) item.commentBefore = commentText(lines);
    }
  for (const [path, lines] of plan.slots) {
    const node = doc.getIn(path.split('\u0000').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true);
    if (isMap(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${commentText(lines)}` : commentText(lines);
  }
  for (const [path, lines] of plan.slotKeys) {
    const parts = path.split('\u0000').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const key = parts.pop() as string;
    const node = doc.getIn(parts, true);
    if (isMap(node)) keyComment(node, key, lines);
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false, blockQuote: 'literal' });
}

// ---------------------------------------------------------------------------------------

/**
 * Reads a programme written for humans (plain text or Markdown) and writes it as a
 * `.programme.yaml`. The result is meant to be checked at once by the language service.
 */
export function importProgramme(source: string, options: ImportOptions = {}): ImportResult {
  const reader = new Reader(source);
  reader.fileName = options.fileName;
  reader.read();
  const { data, comments, slots, unplaced } = reader.finish();
  return { yaml: toYaml(data, comments), slots, unplaced, warnings: reader.warnings };
}
