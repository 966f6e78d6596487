/**
 * ajv errors → `schema` diagnostics a methodologist understands: one per problem, on the
 * narrowest range (the unknown key, the bad value), naming the key and suggesting the
 * nearest valid key or value. Errors whose cause a rule explains better (a malformed time
 * → `time-format`) are left to that rule, so one cause never gives two diagnostics.
 */
import type { ErrorObject } from 'ajv';
import type { DiagnosticSink } from '../diagnostics';
import type { Expected, Messages, Noun } from '../messages';
import { lookup } from '../model/read';
import { headRangeAt, keyRangeAt, type ParsedDocument, type PathSegment, valueRangeAt } from '../parse';
import type { Language } from '../types';
import { enumSynonym, foldWords } from './enumSynonyms';
import { commaInFlowValue } from './flowComma';
import { frenchKeySuggestion } from './frenchKeys';
import { foldAccents, nearest, slugify } from './suggest';
import { validate } from './validator';
import { defineRule } from '../rules/ruleMeta';

/** $defs whose pattern errors belong to the `time-format` rule. */
const TIME_DEFS = /\/\$defs\/(clockTime|timeRange|duration|totalDuration|date|month|monthOrDate)\//;
/** What an item of each list is called in messages (`agenda: [slot…]`). */
const NOUN_OF_LIST: Record<string, Noun> = {
  agenda: 'slot',
  days: 'day',
  people: 'person',
  groups: 'group',
  deliverables: 'deliverable',
  tracks: 'track',
  phases: 'phase',
  governance: 'governance',
  territories: 'territory',
  indicators: 'indicator',
  workstreams: 'workstream',
  milestones: 'milestone',
  steps: 'step',
};
/** What the object under a key is called (`location: {…}`). */
const NOUN_OF_KEY: Record<string, Noun> = { location: 'location', period: 'period', price: 'price', contact: 'contact' };

/** `www.cerema.fr/rapport`, `cerema.fr`: a web address written without `https://`. */
const WEB_ADDRESS_WITHOUT_SCHEME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"]*)?$/i;

/** Words people write for "all the groups". */
const ALL_WORDS = new Set(['tous', 'toutes', 'tout', 'tous les groupes', 'all groups', 'ensemble', 'everyone', 'tout le monde']);

interface SchemaNode {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, unknown>;
  anyOf?: SchemaNode[];
  [key: string]: unknown;
}

export const meta = defineRule({
  code: 'schema',
  severity: 'error',
  files: 'both',
  description: {
    en: 'The data breaks the schema: unknown key, wrong type, missing key or bad value.',
    fr: 'Les données ne respectent pas le schéma : clé inconnue, mauvais type, clé manquante ou valeur invalide.',
  },
});

export function checkSchema(doc: ParsedDocument, sink: DiagnosticSink, m: Messages, language: Language): void {
  const kind = doc.kind;
  if (doc.data === undefined || doc.data === null) {
    // Nothing but comments (or nothing at all), and the YAML parsed: say what to write.
    if (doc.syntax.length === 0) sink.report('schema', headRangeAt(doc, []), m.emptyDocument(kind));
    return;
  }
  if (typeof doc.data !== 'object' || Array.isArray(doc.data)) {
    sink.report('schema', valueRangeAt(doc, []), m.notAMapping(kind));
    return;
  }
  const errors = simplify(validate(kind, doc.data));
  // `titre:` typed for `title:` is one mistake: the unknown key says it, so the "missing
  // title" that follows from it is not reported as well.
  const typoFor = new Set(
    errors.filter((e) => e.keyword === 'additionalProperties').map((e) => `${e.instancePath}|${keySuggestion(e)}`),
  );
  // A YAML merge key (`<<: *base`) is read as a key named `<<` (YAML 1.2 has no merge): the
  // keys it meant to bring in look missing. It is said once, at `<<`; what is missing in that
  // mapping is not reported as well.
  const merging = new Set(errors.filter(isMergeKey).map((e) => e.instancePath));
  // `visibility: 3` is a number where a text is expected: that is the mistake; that `3` is
  // not among the values follows from it and is not said as well.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword === 'enum' && wrongType.has(error.instancePath)) continue;
    if (error.keyword === 'required' && typoFor.has(`${error.instancePath}|${(error.params as { missingProperty: string }).missingProperty}`)) continue;
    if (error.keyword === 'required' && merging.has(error.instancePath)) continue;
    if (isMergeKey(error)) {
      const path = toPath(error.instancePath);
      sink.report('schema', keyRangeAt(doc, path, MERGE_KEY) ?? headRangeAt(doc, path), m.mergeKey(), { data: { kind: 'merge-key', path } });
      continue;
    }
    reportError(doc, sink, m, language, error);
  }
}

const MERGE_KEY = '<<';

function isMergeKey(e: ErrorObject): boolean {
  return e.keyword === 'additionalProperties' && (e.params as { additionalProperty: string }).additionalProperty === MERGE_KEY;
}

function keySuggestion(e: ErrorObject): string | undefined {
  const unknown = String((e.params as { additionalProperty: string }).additionalProperty);
  const allowed = Object.keys(((e.parentSchema ?? {}) as SchemaNode).properties ?? {});
  return frenchKeySuggestion(unknown, allowed) ?? nearest(unknown, allowed);
}

/**
 * Replaces each `anyOf` failure by the errors of the one branch whose type matches the data
 * (a string checked against the string branch), or by a single "wrong type" error when no
 * branch fits. This is what removes ajv's "must match a schema in anyOf" noise.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  let list = errors;
  for (;;) {
    const anyOf = list.find((e) => e.keyword === 'anyOf');
    if (!anyOf) return list;
    const prefix = `${anyOf.schemaPath}/`;
    const isBranchError = (e: ErrorObject) =>
      e !== anyOf && e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(anyOf.instancePath);
    const branches = (anyOf.schema as SchemaNode[]) ?? [];
    // `anyOf: [{required: [text]}, {required: [speakers]}]`: one of two keys is needed.
    const oneOf = requiredOneOf(branches);
    const matching = branches.findIndex((b) => typeMatches(b, anyOf.data));
    const replacement: ErrorObject[] = oneOf
      ? [{ ...anyOf, keyword: 'requiredOneOf', params: { keys: oneOf } }]
      : matching >= 0
        ? list.filter((e) => isBranchError(e) && e.schemaPath.startsWith(`${prefix}${matching}/`))
        : [{ ...anyOf, keyword: 'type', params: { expected: expectedOfUnion(branches) } }];
    const out: ErrorObject[] = [];
    for (const e of list) {
      if (e === anyOf) out.push(...replacement);
      else if (!isBranchError(e)) out.push(e);
    }
    list = out;
  }
}

function requiredOneOf(branches: SchemaNode[]): string[] | undefined {
  const keys = branches.map((b) => (b.type === undefined && Array.isArray(b.required) && b.required.length === 1 ? String(b.required[0]) : undefined));
  return keys.length > 1 && keys.every((k) => k !== undefined) ? (keys as string[]) : undefined;
}

function typeMatches(branch: SchemaNode, data: unknown): boolean {
  if ('const' in branch) return branch.const === data;
  const types = Array.isArray(branch.type) ? branch.type : branch.type ? [branch.type] : [];
  return types.some((t) => jsonType(data, t));
}

function jsonType(data: unknown, type: string): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(data);
    case 'object':
      return typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'integer':
      return typeof data === 'number';
    case 'null':
      return data === null;
    default:
      return typeof data === type;
  }
}

function expectedOfUnion(branches: SchemaNode[]): Expected {
  const kinds = branches.map((b) => ('const' in b ? 'const' : String(b.type)));
  if (kinds.includes('const')) return 'allOrList';
  if (kinds.includes('integer')) return 'duration';
  const object = branches.find((b) => b.type === 'object')?.properties ?? {};
  if ('amount' in object) return 'stringOrPrice';
  if ('email' in object) return 'stringOrContact';
  if ('text' in object) return 'stringOrStep';
  if (kinds.includes('object')) return 'stringOrObject';
  return 'stringOrList';
}

function reportError(doc: ParsedDocument, sink: DiagnosticSink, m: Messages, language: Language, e: ErrorObject): void {
  const path = toPath(e.instancePath);
  const key = keyName(path, doc.kind);
  const noun = nounOf(e.keyword === 'additionalProperties' || e.keyword === 'required' ? path : path.slice(0, -1), doc.kind);
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  switch (e.keyword) {
    case 'additionalProperties': {
      const unknown = String((e.params as { additionalProperty: string }).additionalProperty);
      const suggestion = keySuggestion(e);
      const cut = suggestion === undefined ? commaInFlowValue(doc, path, unknown) : undefined;
      if (cut) {
        sink.report('schema', keyRangeAt(doc, path, unknown) ?? headRangeAt(doc, path), m.commaInFlowValue(unknown, cut.key, cut.whole), {
          data: { kind: 'comma-in-flow', key: unknown, path, owner: cut.key, value: cut.whole },
        });
        return;
      }
      sink.report('schema', keyRangeAt(doc, path, unknown) ?? headRangeAt(doc, path), m.unknownKey(unknown, noun, suggestion), {
        data: { kind: 'unknown-key', key: unknown, path, suggestion },
      });
      return;
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      sink.report('schema', headRangeAt(doc, path), m.missingKey(missing, noun), { data: { kind: 'missing-key', key: missing, path } });
      return;
    }
    case 'requiredOneOf': {
      const [a, b] = (e.params as { keys: string[] }).keys;
      sink.report('schema', headRangeAt(doc, path), m.missingOneOf(a!, b!, nounOf(path, doc.kind)), { data: { kind: 'missing-one-of', path, keys: [a, b] } });
      return;
    }
    case 'type': {
      const expected = (e.params as { expected?: Expected | string; type?: string }).expected ?? parent.type;
      const exp = toExpected(expected);
      // `groups: tous` means `all`: say so, and let the quick fix write it.
      if (exp === 'allOrList' && typeof e.data === 'string' && ALL_WORDS.has(fold(e.data))) {
        sink.report('schema', valueRangeAt(doc, path), m.badEnum(key, e.data, ['all'], 'all'), { data: { kind: 'bad-enum', path, value: e.data, suggestion: 'all' } });
        return;
      }
      // `methods: [1, {a: b}]`: the items are wrong, not the list.
      const item = typeof path[path.length - 1] === 'number' && !lookup(NOUN_OF_LIST, key);
      const message = e.data === null ? m.emptyValue(key, exp) : item ? m.wrongItemType(key, exp) : m.wrongType(key, exp);
      sink.report('schema', valueRangeAt(doc, path), message, { data: { kind: 'wrong-type', path, expected: exp } });
      return;
    }
    case 'enum': {
      const values = (parent.enum ?? []).map(String);
      const labels = (parent[`x-enumLabels-${language}`] as string[] | undefined) ?? values;
      const value = String(e.data);
      const suggestion = suggestEnum(value, values, [labels, parent['x-enumLabels-fr'] as string[], parent['x-enumLabels-en'] as string[]]);
      // `epci (intercommunalité, EPCI)`: no brackets inside brackets.
      const allowed = values.map((v, i) => (labels[i] && labels[i] !== v ? `${v} (${labels[i]!.replace(/\s*\((.*)\)/, ', $1')})` : v));
      sink.report('schema', valueRangeAt(doc, path), m.badEnum(key, value, allowed, suggestion), {
        data: { kind: 'bad-enum', path, value, suggestion, allowed: values },
      });
      return;
    }
    case 'pattern': {
      if (TIME_DEFS.test(`${e.schemaPath}/`)) return; // the time-format rule explains it
      const value = String(e.data);
      let message: string;
      let data: Record<string, unknown> = { kind: 'pattern', path, value };
      if (/\/\$defs\/id\//.test(`${e.schemaPath}/`) || /\/(id|owner|due|lead)$/.test(e.instancePath)) {
        const suggestion = slugify(value);
        message = m.badId(value, suggestion);
        data = { kind: 'bad-id', path, value, suggestion };
      } else if (key === 'contact' || key === 'email') message = m.badEmail(value);
      else if (key === 'link') {
        // `www.cerema.fr`: the address without its scheme, which the quick fix adds.
        const suggestion = WEB_ADDRESS_WITHOUT_SCHEME.test(value) ? `https://${value}` : undefined;
        message = m.badLink(value, suggestion);
        if (suggestion) data = { kind: 'bad-link', path, value, suggestion };
      }
      else if (e.instancePath.includes('/programmes/')) message = m.badProgrammePath(value);
      else message = m.schemaOther(key, e.message ?? '');
      sink.report('schema', valueRangeAt(doc, path), message, { data });
      return;
    }
    case 'minimum':
    case 'exclusiveMinimum': {
      const limit = Number((e.params as { limit: number }).limit) + (e.keyword === 'exclusiveMinimum' ? 1 : 0);
      sink.report('schema', valueRangeAt(doc, path), m.tooSmall(key, limit), { data: { kind: 'too-small', path, minimum: limit } });
      return;
    }
    case 'maximum':
    case 'exclusiveMaximum': {
      const limit = Number((e.params as { limit: number }).limit) - (e.keyword === 'exclusiveMaximum' ? 1 : 0);
      sink.report('schema', valueRangeAt(doc, path), m.tooLarge(key, limit), { data: { kind: 'too-large', path, maximum: limit } });
      return;
    }
    case 'false schema': {
      const last = path[path.length - 1];
      sink.report('schema', keyRangeAt(doc, path.slice(0, -1), String(last)) ?? valueRangeAt(doc, path), m.exclusiveForms(String(last)), {
        data: { kind: 'exclusive', path },
      });
      return;
    }
    default:
      sink.report('schema', valueRangeAt(doc, path), m.schemaOther(key, e.message ?? e.keyword), { data: { kind: e.keyword, path } });
  }
}

function toExpected(expected: unknown): Expected {
  const t = Array.isArray(expected) ? expected[0] : expected;
  switch (t) {
    case 'array':
    case 'object':
    case 'integer':
    case 'number':
    case 'string':
    case 'stringOrList':
    case 'stringOrObject':
    case 'allOrList':
    case 'duration':
    case 'boolean':
    case 'stringOrPrice':
    case 'stringOrContact':
    case 'stringOrStep':
      return t;
    default:
      return 'string';
  }
}

/** Accepts the labels a French user would type (`atelier` → `workshop`) as suggestions too. */
function suggestEnum(value: string, values: string[], labelSets: (string[] | undefined)[]): string | undefined {
  const folded = fold(value);
  // `pause déjeuner` → `meal`, `Visite-de-terrain` → `site-visit`: labels and usual synonyms, as words.
  const words = foldWords(value);
  for (const labels of labelSets) {
    const i = labels?.findIndex((l) => foldWords(l) === words) ?? -1;
    if (i >= 0) return values[i];
  }
  const synonym = enumSynonym(value, values);
  if (synonym) return synonym;
  for (const labels of labelSets) {
    const i = labels?.findIndex((l) => fold(l) === folded) ?? -1;
    if (i >= 0) return values[i];
  }
  // `intercommunalite` for the label `intercommunalité (EPCI)`.
  for (const labels of labelSets) {
    const i = folded.length >= 4 ? (labels?.findIndex((l) => fold(l).split(/[\s(),]+/).includes(folded)) ?? -1) : -1;
    if (i >= 0) return values[i];
  }
  return nearest(value, values);
}

function fold(s: string): string {
  return foldAccents(s).trim();
}

function toPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The key a message names: the last key of the path (`speakers` for `/agenda/2/speakers/0`). */
function keyName(path: PathSegment[], kind: Noun): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return kind;
}

/** What the object at a data path is called: `['agenda', 2]` is a slot, `['days', 0]` a day… */
function nounOf(path: PathSegment[], kind: Noun): Noun {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg !== 'string') continue;
    const listed = typeof path[i + 1] === 'number';
    const noun = listed ? lookup(NOUN_OF_LIST, seg) : lookup(NOUN_OF_KEY, seg);
    if (noun) return noun;
  }
  return kind;
}
