/**
 * English texts of every diagnostic. `fr.ts` has the same shape (the type checker enforces
 * it). Messages are one line, name the key or value with backquotes, and say how to fix.
 */
import { gesturesEn } from './gestures';
import { importShellEn } from './importShell';
import { missionGesturesEn } from './missionGestures';
import type { ImportLimits, ImportRefusal } from '../import/limits';
import { importReadingEn, importTableNotAgendaEn, importTableReadEn } from './importReading';

export type Noun =
  | 'programme'
  | 'mission'
  | 'slot'
  | 'day'
  | 'person'
  | 'group'
  | 'deliverable'
  | 'track'
  | 'location'
  | 'phase'
  | 'governance'
  | 'territory'
  | 'workstream'
  | 'milestone'
  | 'period'
  | 'indicator'
  | 'value'
  | 'price'
  | 'contact'
  | 'step';

export type Expected =
  | 'string'
  | 'array'
  | 'object'
  | 'integer'
  | 'number'
  | 'stringOrList'
  | 'stringOrObject'
  | 'allOrList'
  | 'duration'
  | 'boolean'
  | 'stringOrPrice'
  | 'stringOrContact'
  | 'stringOrStep';

const nouns: Record<Noun, string> = {
  programme: 'programme',
  mission: 'mission',
  slot: 'slot',
  day: 'day',
  person: 'person',
  group: 'group',
  deliverable: 'deliverable',
  track: 'track',
  location: 'location',
  phase: 'phase',
  governance: 'governance body',
  territory: 'territory',
  workstream: 'workstream',
  milestone: 'milestone',
  period: 'period',
  indicator: 'indicator',
  value: 'value',
  price: 'price',
  contact: 'contact',
  step: 'step',
};

const expected: Record<Expected, string> = {
  string: 'a text',
  array: 'a list',
  object: 'a set of keys',
  integer: 'a whole number',
  number: 'a number',
  stringOrList: 'a text or a list of texts',
  stringOrObject: 'a text or a set of keys (name, address, commune)',
  allOrList: '`all` or a list of group ids',
  duration: 'a duration such as `45min`, `1h30` or a number of minutes',
  boolean: '`true` or `false`',
  stringOrPrice: 'a text or a set of keys (amount, currency, per)',
  stringOrContact: 'a text or a set of keys (name, email, phone)',
  stringOrStep: 'a text or a set of keys (text, speakers, duration)',
};

export type TrainingField = 'objectives' | 'evaluation' | 'prerequisites' | 'audience' | 'accessibility' | 'duration' | 'price' | 'access' | 'contact' | 'methods';

const trainingFieldNames: Record<TrainingField, string> = {
  objectives: 'objectives',
  evaluation: 'assessment methods',
  prerequisites: 'prerequisites',
  audience: 'audience',
  accessibility: 'reception of people with disabilities',
  duration: 'duration',
  price: 'price',
  access: 'access conditions and deadlines',
  contact: 'contact',
  methods: 'teaching methods',
};

const q = (s: string | number) => `\`${s}\``;
const didYouMean = (s?: string) => (s ? ` — did you mean ${q(s)}?` : '.');
/** `a`, `a and b`, `a, b and c`. */
export const listOf = (items: string[], and: string) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}` : (items[0] ?? '');
const existing = (ids: string[]) => (ids.length ? ` (existing ids: ${ids.map(q).join(', ')})` : '');

export const en = {
  noun: (n: Noun) => nouns[n],
  list: (items: string[]) => items.join(', '),
  duration: (min: number) => (min < 60 ? `${min} min` : `${Math.floor(min / 60)} h${min % 60 ? ` ${String(min % 60).padStart(2, '0')}` : ''}`),

  // yaml-syntax
  syntax: {
    BAD_INDENT: () => 'Bad indentation: align this line with the other keys of the same level.',
    TAB_AS_INDENT: () => 'Tabs cannot indent YAML: use spaces.',
    DUPLICATE_KEY: (key: string) => `The key ${q(key)} appears twice in the same block: keep one.`,
    MULTILINE_IMPLICIT_KEY: () => 'A key must fit on one line: is a `:` missing, or is this line mis-indented?',
    BLOCK_AS_IMPLICIT_KEY: () => 'A key must fit on one line: is a `:` missing, or is this line mis-indented?',
    colonInValue: (key: string, value: string) => `A value containing \`: \` must be in quotes: write \`${key}: "${value}"\`.`,
    unclosedFlow: (bracket: string) => `This list or set opened with \`${bracket === ']' ? '[' : '{'}\` is not closed: add \`${bracket}\`.`,
    unclosedQuote: () => 'A quoted text is not closed: add the closing quote.',
    UNEXPECTED_TOKEN: (detail: string) => `Unexpected text here (${detail}): check the indentation and the \`:\` after each key.`,
    BAD_SCALAR_START: (detail: string) => `This value cannot start like this (${detail}): put it in quotes.`,
    BAD_ALIAS: () => 'This alias (`*name`) refers to no anchor (`&name`).',
    NESTING: () => 'The text is nested far too deeply to be a programme: it is not analysed.',
    ALIAS_BOMB: () => 'Aliases (`*name`) expand to an enormous document: the file is not analysed.',
    TOO_LARGE: (size: number, limit: number) =>
      `This file is too large to be analysed as you type (${grouped(size, ',')} characters; the \`maxTextLength\` setting allows ${grouped(limit, ',')}): it is not checked until it is smaller.`,
    CONTROL_CHAR: (detail: string) => `A control character (${detail}) is not allowed in YAML: delete it.`,
    NOT_UTF8: (byte: string) =>
      `This file is not UTF-8 text (byte ${byte} here): it was probably saved as Windows-1252 (Latin-1), for example from Word. Save it again as UTF-8 (in VS Code: “Save with Encoding”): it is not checked until then.`,
    other: (detail: string) => `Invalid YAML: ${detail}.`,
  },
  multiDocument: () => 'One YAML document per file: remove this `---` or move what follows to its own file.',
  /** Why an import (`deroule import`, *Import a programme…*, paste as slots) was refused: the bound it passed, then every bound. */
  importRefused: (r: ImportRefusal, l: ImportLimits): string => {
    if (r.reason === 'binary') return 'it is not text (it holds binary data): import a text, Markdown, HTML, Word (.docx), LibreOffice (.odt) or PDF file';
    const kinds = { docx: 'Word (.docx)', odt: 'LibreOffice (.odt)', pdf: 'PDF' };
    if (r.reason === 'corrupt') return `it is not a readable ${kinds[r.format]} document (damaged, or another kind of file): open it and save it again, or export it as ${r.format === 'pdf' ? 'PDF' : '.docx or .odt'}`;
    if (r.reason === 'encrypted') return `it is encrypted (protected by a password): save a copy without a password as ${kinds[r.format]}, then import it`;
    if (r.reason === 'noText') return 'no text: scanned document? export it with text, or type it';
    const reason = {
      fileSize: () => `the file is ${megabytes(r.reason === 'fileSize' ? r.bytes : 0, 'MB', '.')}`,
      wordXmlSize: () => `its XML (Word or LibreOffice) unzips to more than ${megabytes(l.wordXmlBytes, 'MB', '.')}`,
      paragraphs: () => `it has ${grouped(r.reason === 'paragraphs' ? r.count : 0, ',')} paragraphs`,
      lines: () => `it has ${grouped(r.reason === 'lines' ? r.count : 0, ',')} lines`,
      characters: () => `it has ${grouped(r.reason === 'characters' ? r.count : 0, ',')} characters`,
      memory: () => `reading it needs more than ${l.memoryMb} MB of memory`,
      time: () => `reading it takes more than ${l.seconds} s`,
      pages: () => `it has ${grouped(r.reason === 'pages' ? r.count : 0, ',')} pages`,
    }[r.reason]();
    return `${reason}, over the bounds of an import (at most ${megabytes(l.fileBytes, 'MB', '.')} of file, ${megabytes(l.wordXmlBytes, 'MB', '.')} of XML once unzipped, ${grouped(l.paragraphs, ',')} paragraphs or lines, ${grouped(l.pages, ',')} PDF pages, ${grouped(l.characters, ',')} characters, ${l.memoryMb} MB of memory, ${l.seconds} s)`;
  },

  // schema
  emptyDocument: (kind: Noun): string =>
    kind === 'mission'
      ? 'The mission is empty: start with `title:` and `period:`.'
      : 'The programme is empty: start with `title:`, `date:` and `agenda:`.',
  notAMapping: (kind: Noun) => `A ${nouns[kind]} is a set of keys (\`title: …\`), not a single value or a list.`,
  unknownKey: (key: string, where: Noun, suggestion?: string) =>
    `${q(key)} is not a ${nouns[where]} key${didYouMean(suggestion)}`,
  missingKey: (key: string, where: Noun) => `Missing required key ${q(key)} in this ${nouns[where]}.`,
  wrongType: (key: string, exp: Expected) => `${q(key)} must be ${expected[exp]}.`,
  wrongItemType: (key: string, exp: Expected) => `Each item of ${q(key)} must be ${expected[exp]}.`,
  emptyValue: (key: string, exp: Expected) => `${q(key)} is empty: it must be ${expected[exp]}.`,
  badEnum: (key: string, value: string, allowed: string[], suggestion?: string) =>
    suggestion
      ? `${q(value)} is not a valid ${q(key)}${didYouMean(suggestion)}`
      : `${q(value)} is not a valid ${q(key)}; possible values: ${allowed.join(', ')}.`,
  badId: (value: string, suggestion: string) =>
    `${q(value)} is not a valid id: lowercase letters, digits, \`-\` and \`_\` only (for example ${q(suggestion)}).`,
  badEmail: (value: string) => `${q(value)} is not an e-mail address.`,
  badProgrammePath: (value: string) => `${q(value)} is not a programme file: the name must end in \`.programme.yaml\` or \`.programme.yml\`.`,
  tooSmall: (key: string, min: number) => `${q(key)} must be at least ${min}.`,
  tooLarge: (key: string, max: number) => `${q(key)} must be at most ${max}.`,
  mergeKey: () => 'YAML merge keys (`<<`) are not supported: write the keys here in full (an anchor `&` and an alias `*` may still repeat a whole value).',
  exclusiveForms: (key: string) =>
    `${q(key)} cannot be used with \`days\`: in a programme of several days, each day has its own \`date\`, \`start\` and \`agenda\`.`,
  schemaOther: (key: string, detail: string) => `${q(key)}: ${detail}.`,

  // time-format
  badClock: (value: string) => `${q(value)} is not a valid time: write \`08:30\`, \`8h30\` or \`14h\` (hours 0–23, minutes 0–59).`,
  badRange: (value: string) => `${q(value)} is not a valid time range: write \`08h30-09h00\` or \`9h à 10h30\`.`,
  durationTooLong: (value: string) => `${q(value)} is longer than a day: a slot or a turn lasts at most 24 h (1440 min).`,
  badDuration: (value: string) => `${q(value)} is not a valid duration: write \`45min\`, \`1h30\`, \`1:30\` or a number of minutes.`,
  badDate: (value: string) => `${q(value)} is not a valid date: write \`YYYY-MM-DD\`, for example \`2021-10-20\`.`,
  noSuchDate: (value: string, month?: string, days?: number) =>
    `${q(value)} is not a day of the calendar: ${month === undefined ? 'months go from 01 to 12' : `${month} has ${days} days`}.`,
  badMonthOrDate: (value: string) => `${q(value)} is not a valid month or date: write \`2023-03\` or \`2023-03-31\`.`,
  startAt24: (value: string) => `${q(value)}: \`24:00\` can only end a slot, not start it.`,

  // slot times
  timeOrder: (start: string, end: string) => `The slot ends at ${end} but starts at ${start}: check the times.`,
  timeOverlap: (overlap: string, previous: string, previousEnd: string) =>
    `This slot starts ${overlap} before the previous one (“${previous}”) ends at ${previousEnd}.`,
  timeGap: (gap: string, from: string, to: string) => `No slot covers the ${gap} between ${from} and ${to}.`,
  noStart: () => 'The start of this slot cannot be computed: give it a `start` or a `time`, or give the day a `start`.',
  noTime: () => 'This slot has no time: give it a `time` range, a `start`, or a `duration`.',
  afterUnknownEnd: () => 'The start of this slot cannot be computed: the previous slot has no end. Give one of them a time.',
  timeConflict: (a: string, av: string, b: string, bv: string) => `${q(a)} (${av}) and ${q(b)} (${bv}) disagree: keep one of them or make them agree.`,
  timeMidnight: (end: string) => `This slot runs past midnight (until ${end} the next day).`,
  dayTooLong: (total: string, max: string, from: string, to: string) => `This day lasts ${total} (${from} to ${to}), beyond the limit of ${max}.`,
  noBreak: (minutes: string, max: string) => `${minutes} of sessions without a break (limit ${max}): plan a break (\`break\`) before this slot.`,
  perGroupLong: (per: string, groups: number, needed: string, slot: string) =>
    `${per} × ${groups} group${groups > 1 ? 's' : ''} = ${needed}, but the slot lasts ${slot}.`,
  perGroupShort: (per: string, groups: number, needed: string, slot: string, free: string) =>
    `${per} × ${groups} group${groups > 1 ? 's' : ''} = ${needed}, but the slot lasts ${slot}: ${free} left free.`,
  dayOutOfOrder: (date: string, previous: string) => `This day (${date}) is earlier than the previous day (${previous}): put the days in date order.`,
  dayRepeated: (date: string) => `The date ${date} is already used by another day.`,

  // references
  refUnknown: (kind: Noun, id: string, suggestion?: string, ids: string[] = []) =>
    `No ${nouns[kind]} has the id ${q(id)}${suggestion ? didYouMean(suggestion) : `${existing(ids)}.`}`,
  refUnknownOwner: (id: string, suggestion?: string, ids: string[] = []) =>
    `No person or group has the id ${q(id)}, nor is it \`each-group\`${suggestion ? didYouMean(suggestion) : `${existing(ids)}.`}`,
  idDuplicate: (kind: Noun, id: string, line: number) => `The ${nouns[kind]} id ${q(id)} is already used (line ${line}).`,
  doubleBookedTracks: (who: string) => `${who} already leads or speaks in another parallel track of this slot.`,
  doubleBookedFiles: (who: string, title: string, file: string, from: string, to: string) =>
    `${who} is also involved in “${title}” (${file}) from ${from} to ${to} the same day.`,
  /** `files`: the first few other programmes; `more`: how many others are not named. */
  doubleBookedMany: (who: string, from: string, to: string, date: string, files: string[], more: number) =>
    `${who} is also involved during this slot (from ${from} to ${to} on ${date}) in ${
      more > 0 ? `${files.join(', ')} and ${grouped(more, ',')} other programme${more > 1 ? 's' : ''}` : listOf(files, 'and')
    }.`,
  unproduced: (id: string) => `No slot produces the deliverable ${q(id)}: add it to a slot's \`produces\`.`,
  unusedPerson: (id: string) => `The person ${q(id)} is never referenced (neither as a speaker, nor as a lead, nor as an owner).`,
  unusedGroup: (id: string) => `The group ${q(id)} is never referenced by a slot, track or deliverable.`,
  trainingField: (key: TrainingField) =>
    `A training programme must state its ${trainingFieldNames[key]} (Code du travail L6353-1, Qualiopi): add \`${key}\`.`,

  // missions
  phaseOverlap: (previous: string, previousEnd: string) => `This phase starts before the previous phase “${previous}” ends (${previousEnd}).`,
  phaseReversed: () => 'This phase ends before it starts.',
  periodReversed: (start: string, end: string) => `The mission period ends (${end}) before it starts (${start}).`,
  phaseBeforePeriod: (periodStart: string) => `This phase starts before the mission period (${periodStart}).`,
  phaseAfterPeriod: (periodEnd: string) => `This phase ends after the mission period (${periodEnd}).`,
  programmeOutside: (path: string) => `${q(path)} is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.`,
  programmeMissing: (path: string) => `No programme file at ${q(path)} (relative to this mission).`,
  programmeOutsidePhase: (path: string, first: string, last: string, phaseStart?: string, phaseEnd?: string) =>
    `The programme ${q(path)} takes place ${first === last ? `on ${first}` : `from ${first} to ${last}`}, outside its phase (${phaseStart ? `from ${phaseStart}` : ''}${phaseStart && phaseEnd ? ' ' : ''}${phaseEnd ? `to ${phaseEnd}` : ''}).`,
  flashTooLong: (months: string, max: number) => `An atelier flash lasts at most ${max} months; this period lasts ${months}.`,
  localOutside: (months: string, min: number, max: number) => `An atelier local lasts ${min} to ${max} months; this period lasts ${months}.`,
  months: (m: number) => `${Number.isInteger(m) ? m : m.toFixed(1)} months`,
  actions: {
    replace: (from: string, to: string) => `Replace \`${from}\` with \`${to}\``,
    create: (noun: Noun, id: string) => `Create the ${nouns[noun]} \`${id}\``,
    shift: (start: string) => `Start this slot at ${start}`,
    shiftAll: (minutes: string) => `Shift this slot and the following ones by ${minutes}`,
    extendPrevious: (end: string) => `Extend the previous slot to ${end}`,
    insertBreak: (from: string, to: string) => `Insert a break from ${from} to ${to}`,
    breakTitle: 'Pause',
    resize: (length: string) => `Make the slot last ${length} (per group × groups)`,
    addTrainingFields: 'Add the missing training fields',
    toStartDuration: 'Write as start + duration',
    toRange: 'Write as a time range',
    allColon: 'Write every time as 08:30',
    allH: 'Write every time as 08h30',
    todo: 'To be completed',
    moveDue: (due: string) => `Set \`due\` to \`${due}\`, the end of its phase`,
  },
  ui: {
    slotTime: (start: string, end: string, duration: string) => `${start} – ${end} (${duration})`,
    startsAfterPrevious: 'starts when the previous slot ends',
    time: 'Time:',
    person: 'Person',
    group: 'Group',
    deliverable: 'Deliverable',
    slot: 'Slot',
    governance: 'Governance body',
    programme: 'Programme',
    dates: 'Dates',
    notFound: 'File not found',
    dayTotal: (content: string, pauses?: string) => (pauses ? `${content} of content, ${pauses} of breaks` : `${content} of content, no break`),
    members: 'members',
    everyGroup: 'each group',
    teamMember: 'Team member',
    territory: 'Territory',
    workstream: 'Workstream',
    milestone: 'Milestone',
    territories: 'Territories:',
    workstreamLead: 'Lead:',
    inhabitants: (n: number) => `${grouped(n, ',')} inhabitants`,
    workstreamStatus: { planned: 'planned', 'in-progress': 'in progress', done: 'done', abandoned: 'abandoned' },
    milestoneKind: { launch: 'launch', committee: 'committee', signature: 'signature', deadline: 'deadline', restitution: 'report-back', other: 'other' },
    /** Hover on a training-sheet key of a `format: training` programme: the item of the sheet it answers, and the text that asks for it. */
    trainingSheetItem: (key: TrainingSheetKey) => `**Training sheet:** ${trainingSheetItems[key]}`,
    steps: 'Steps:',
    /** The steps' total against their slot (`slot` unknown when the slot has no time). */
    stepsAgainstSlot: (total: string, slot?: string, over?: string) =>
      slot === undefined ? `${total} in all` : over ? `${total}, ${over} more than the slot (${slot})` : `${total} of the slot's ${slot}`,
    stepsTimed: (timed: number, all: number) => ` (a duration for ${timed} of ${all} steps)`,
    /** Inlay hints: after a slot's `steps`, after a programme's `duration`. */
    stepsHint: (total: string, slot?: string) => (slot === undefined ? `steps: ${total}` : `steps: ${total} / ${slot}`),
    agendaHint: (content: string) => `agenda: ${content}`,
    /** The comment of the `duration` the training-fields quick fix writes. */
    durationToCheck: 'to be checked: the agenda’s content time',
  },
  /** Shown once by the server when an open file goes over the size limit. */
  largeFile: (name: string) =>
    `Déroulé does not analyse ${name}: the file is too large to be checked as you type (setting \`deroule.maxTextLength\`). Analysis resumes when it is smaller.`,
  sessions: (scheme: string, count: number, expected: number) =>
    `An ${scheme.replace('-', ' ')} has ${expected} on-site session${expected > 1 ? 's' : ''}; this mission links ${count}.`,

  // mission v2 (FORMAT.md 7.2, 7.4)
  badLink: (value: string, suggestion?: string) =>
    `${q(value)} is not a web address: a \`link\` starts with \`https://\` (or \`http://\`)${suggestion ? `, as in ${q(suggestion)}` : ''}.`,
  /** `what`: a milestone's date or a deliverable's due. */
  dateBeforePeriod: (what: DatedThing, periodStart: string) =>
    `${datedThing[what]} before the mission period starts (${periodStart}).`,
  dateAfterPeriod: (what: DatedThing, periodEnd: string) => `${datedThing[what]} after the mission period ends (${periodEnd}).`,
  dateBeforePhase: (what: DatedThing, phase: string, phaseStart: string) =>
    `${datedThing[what]} before its phase “${phase}” starts (${phaseStart}).`,
  dateAfterPhase: (what: DatedThing, phase: string, phaseEnd: string) => `${datedThing[what]} after its phase “${phase}” ends (${phaseEnd}).`,
  flashCoreTooLong: (months: string, max: number) => `An atelier flash lasts at most ${max} months; its core phases last ${months}.`,
  localCoreOutside: (months: string, min: number, max: number) =>
    `An atelier local lasts ${min} to ${max} months; its core phases last ${months}.`,
  sessionsCore: (scheme: string, count: number, expected: number) =>
    `An ${scheme.replace('-', ' ')} has ${expected} on-site session${expected > 1 ? 's' : ''}; the core phases of this mission link ${count} (programmes of preparation and follow-up phases are not sessions).`,
  unusedTerritory: (id: string) => `The territory id ${q(id)} is never referenced by a workstream.`,

  // programme v2 (FORMAT.md 7.3, 7.4)
  /** An object that needs one of two keys and has neither (a step without `text` or `speakers`). */
  missingOneOf: (a: string, b: string, where: Noun) => `This ${nouns[where]} has neither ${q(a)} nor ${q(b)}: write at least one of them.`,
  /** `{ role: Agent formé, co-animateur de table }`: the comma ended the value, and what follows was read as a key. */
  commaInFlowValue: (rest: string, key: string, whole: string) =>
    `${q(rest)} is not a key: in \`{ … }\` a comma ends the value. If it belongs to ${q(key)}, put the value in quotes: \`${key}: "${whole}"\`.`,
  durationMismatch: (declared: string, agenda: string) =>
    `The declared \`duration\` is ${declared}, but the agenda holds ${agenda} of content (breaks, meals, welcome, travel and team slots excluded).`,
  stepsTooLong: (steps: string, slot: string) => `The steps of this slot add up to ${steps}, but the slot lasts ${slot}.`,

  /** What the importer writes into a programme and says of it (messages/importReading.ts). */
  importReading: importReadingEn,
  /** The summary after an import and the errors of `deroule import` (issue 17). */
  importShell: importShellEn,
  importTableRead: importTableReadEn,
  importTableNotAgenda: importTableNotAgendaEn,
  /** The gestures of the preview: refusals and announcements (issue 19). */
  gestures: gesturesEn,
  /** Dragging a phase or a milestone on the mission Gantt (issue 19). */
  missionGestures: missionGesturesEn,
};

/** What a date of a mission belongs to, for date-outside-period and date-outside-phase. */
export type DatedThing = 'milestone' | 'due';
const datedThing: Record<DatedThing, string> = { milestone: 'This milestone falls', due: 'This deliverable is due' };

/** The keys of a programme that answer an item of the French training sheet (FORMAT.md 7.3). */
export type TrainingSheetKey = 'objectives' | 'audience' | 'prerequisites' | 'evaluation' | 'accessibility' | 'duration' | 'price' | 'access' | 'contact' | 'methods';
const trainingSheetItems: Record<TrainingSheetKey, string> = {
  objectives: 'objectives — « objectifs » (Code du travail L6353-1, Qualiopi indicator 1)',
  audience: 'target audience — « public visé » (Qualiopi indicator 6)',
  prerequisites: 'prerequisites — « prérequis » (Qualiopi indicator 1)',
  evaluation: 'assessment methods — « modalités d’évaluation » (Code du travail L6353-1, Qualiopi indicator 1)',
  accessibility: 'accessibility for people with disabilities — « accessibilité aux personnes handicapées » (Qualiopi indicator 1)',
  duration: 'duration — « durée » (Code du travail L6353-1, Qualiopi indicator 1)',
  price: 'prices — « tarifs » (Qualiopi indicator 1)',
  access: 'access conditions and deadlines — « modalités et délais d’accès » (Qualiopi indicator 1)',
  contact: 'contacts — « contacts » (Qualiopi indicator 1)',
  methods: 'teaching methods — « méthodes mobilisées » (Code du travail L6353-1, Qualiopi indicator 1)',
};


export type Messages = typeof en;

/** 76546048 → `73 MB`; 1572864 → `1.5 MB` (binary megabytes, one decimal below 10). */
export function megabytes(bytes: number, unit: string, decimal: string): string {
  const mb = bytes / (1024 * 1024);
  return `${(mb < 10 ? String(Math.round(mb * 10) / 10) : String(Math.round(mb))).replace('.', decimal)} ${unit}`;
}

/** 10485760 → `10,485,760` (English) or `10 485 760` (French, with narrow no-break spaces). */
export function grouped(n: number, separator: string): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
