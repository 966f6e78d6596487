/**
 * `.deroule.yaml` → the settings it sets, and what is wrong in it (FORMAT.md §8). The text
 * is parsed by the parse layer (the `yaml` library, exact ranges) and validated with the
 * compiled `schemas/config.schema.json`; each problem is one `schema` (or `yaml-syntax`,
 * `multi-document`) diagnostic on the narrowest range. Only the values that are valid are
 * taken: what the file gets wrong keeps its default, so checking goes on.
 */
import type { ErrorObject } from 'ajv';
import { DiagnosticSink } from '../diagnostics';
import { messagesFor } from '../messages';
import { headRangeAt, keyRangeAt, parseDocument, valueRangeAt, type ParsedDocument } from '../parse';
import { ruleCodes } from '../rules/registry';
import { checkMultiDocument } from '../rules/multiDocument';
import { checkYamlSyntax } from '../rules/yamlSyntax';
import { nearest } from '../schema/suggest';
import { validate } from '../schema/validator';
import { resolveSettings, type DeepPartial, type DerouleDiagnostic, type Language, type Settings, type SeveritySetting } from '../types';
import { configMessagesEn, configMessagesFr, type ExpectedValue } from './configMessages';

export interface ProjectConfig {
  /** What the file sets, valid values only (absent keys: the host's settings or the defaults). */
  settings: DeepPartial<Settings>;
  /** Problems in the file, in `language`; empty for a well-formed file. */
  diagnostics: DerouleDiagnostic[];
}

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const TOP_KEYS = ['language', 'rules', 'maxDayMinutes', 'maxMinutesWithoutBreak', 'schemes', 'timeStyle'];
/** The schemes' keys in the file, and the field of the core's settings each one sets. */
const SCHEME_FIELDS = {
  'atelier-flash': { maxMonths: 'atelierFlashMaxMonths', sessions: 'atelierFlashSessions' },
  'atelier-local': { minMonths: 'atelierLocalMinMonths', maxMonths: 'atelierLocalMaxMonths', sessions: 'atelierLocalSessions' },
} as const;
const TIME_STYLES: Record<string, Settings['timeStyle']> = { '08:30': 'colon', colon: 'colon', '08h30': 'h', h: 'h' };
/** Keys of the VS Code settings that are a person's, not a project's. */
const EDITOR_ONLY = new Set(['maxTextLength']);

/** Reads a `.deroule.yaml` text; never throws. `language`: the language of the diagnostics. */
export function readConfig(uri: string, text: string, language: Language): ProjectConfig {
  const doc = parseDocument(uri, text);
  const sink = new DiagnosticSink(uri, resolveSettings({ language }));
  const m = messagesFor(language);
  checkYamlSyntax(doc, sink, m);
  checkMultiDocument(doc, sink, m);
  const cm = language === 'fr' ? configMessagesFr : configMessagesEn;
  const data = doc.data;
  // A file that does not parse sets nothing: a half-read value could be the wrong one.
  if (doc.syntax.length > 0 || data === undefined || data === null) return { settings: {}, diagnostics: [...sink.items] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    sink.report('schema', valueRangeAt(doc, []), cm.notAMapping);
    return { settings: {}, diagnostics: [...sink.items] };
  }
  const errors = validate('config', data);
  // `no-break: 3` is a number where a severity is expected: that is the one mistake to say.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) if (!(error.keyword === 'enum' && wrongType.has(error.instancePath))) reportError(doc, sink, cm, error);
  return { settings: settingsOf(data as Record<string, unknown>), diagnostics: inTextOrder(sink.items) };
}

type ConfigMessages = typeof configMessagesEn;

function reportError(doc: ParsedDocument, sink: DiagnosticSink, cm: ConfigMessages, e: ErrorObject): void {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = path[path.length - 1] ?? '';
  if (e.keyword === 'additionalProperties') {
    const extra = String((e.params as { additionalProperty: string }).additionalProperty);
    const range = keyRangeAt(doc, path, extra) ?? headRangeAt(doc, path);
    sink.report('schema', range, unknownKeyMessage(cm, path, extra));
    return;
  }
  const range = valueRangeAt(doc, path);
  const value = typeof e.data === 'string' ? e.data : JSON.stringify(e.data) ?? String(e.data);
  if (e.keyword === 'enum') {
    const allowed = ((e.schema as unknown[]) ?? []).map(String);
    const suggestion = nearest(value, allowed);
    sink.report('schema', range, path[0] === 'rules' ? cm.badSeverity(key, value, suggestion) : cm.badValue(key, value, allowed, suggestion));
  } else if (e.keyword === 'type' && path[0] === 'rules' && path.length === 2) {
    sink.report('schema', range, cm.badSeverity(key, value));
  } else if (e.keyword === 'type') {
    const type = String((e.params as { type: string }).type);
    const expected: ExpectedValue = type === 'object' ? 'mapping' : type === 'integer' ? 'wholeNumber' : 'text';
    sink.report('schema', range, cm.wrongType(key, expected));
  } else if (e.keyword === 'minimum') {
    sink.report('schema', range, cm.tooSmall(key, Number((e.params as { limit: number }).limit)));
  }
}

function unknownKeyMessage(cm: ConfigMessages, path: string[], extra: string): string {
  if (path.length === 0) return EDITOR_ONLY.has(extra) ? cm.editorOnly(extra) : cm.unknownKey(extra, nearest(extra, TOP_KEYS));
  if (path.length === 1 && path[0] === 'rules') return cm.unknownRule(extra, nearest(extra, ruleCodes));
  if (path.length === 1 && path[0] === 'schemes') {
    // `atelierFlashMaxMonths`: the name of the VS Code setting, which the file writes nested.
    for (const [scheme, fields] of Object.entries(SCHEME_FIELDS)) {
      for (const [nested, flat] of Object.entries(fields)) if (flat === extra) return cm.flatSchemeName(extra, scheme, nested);
    }
    return cm.unknownSchemeKey(extra, Object.keys(SCHEME_FIELDS), nearest(extra, Object.keys(SCHEME_FIELDS)));
  }
  const scheme = SCHEME_FIELDS[path[1] as keyof typeof SCHEME_FIELDS];
  const allowed = scheme ? Object.keys(scheme) : [];
  return cm.unknownSchemeKey(extra, allowed, nearest(extra, allowed));
}

/** The valid values of the file, as the core's settings (each one checked again: the schema only reported). */
function settingsOf(data: Record<string, unknown>): DeepPartial<Settings> {
  const out: DeepPartial<Settings> = {};
  const own = (o: unknown, key: string): unknown =>
    typeof o === 'object' && o !== null && !Array.isArray(o) && Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  const whole = (v: unknown, min: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min ? v : undefined);
  const language = own(data, 'language');
  if (language === 'fr' || language === 'en') out.language = language;
  const rules: Settings['rules'] = {};
  for (const code of ruleCodes) {
    const value = own(own(data, 'rules'), code);
    if (typeof value === 'string' && SEVERITIES.includes(value as SeveritySetting)) rules[code] = value as SeveritySetting;
  }
  if (Object.keys(rules).length) out.rules = rules;
  const maxDay = whole(own(data, 'maxDayMinutes'), 1);
  if (maxDay !== undefined) out.maxDayMinutes = maxDay;
  const maxNoBreak = whole(own(data, 'maxMinutesWithoutBreak'), 1);
  if (maxNoBreak !== undefined) out.maxMinutesWithoutBreak = maxNoBreak;
  const schemes: Partial<Settings['schemes']> = {};
  for (const [scheme, fields] of Object.entries(SCHEME_FIELDS)) {
    for (const [nested, field] of Object.entries(fields)) {
      const value = whole(own(own(own(data, 'schemes'), scheme), nested), 0);
      if (value !== undefined) schemes[field as keyof Settings['schemes']] = value;
    }
  }
  if (Object.keys(schemes).length) out.schemes = schemes;
  const style = own(data, 'timeStyle');
  if (typeof style === 'string' && Object.prototype.hasOwnProperty.call(TIME_STYLES, style)) out.timeStyle = TIME_STYLES[style];
  return out;
}

function inTextOrder(items: readonly DerouleDiagnostic[]): DerouleDiagnostic[] {
  return [...items].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
