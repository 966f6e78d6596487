/**
 * The core's phases, one function each, for the bench (bundled by bench/build.mjs into
 * bench/.data/core.cjs). The phases are the ones `LanguageService.check` runs in order
 * (server/src/core/languageService.ts): parse (YAML to document), model (document to typed
 * model), schema (JSON Schema diagnostics), rules (every rule of the registry on the
 * model); `check` is the real thing end to end, on a fresh service so nothing is cached.
 */
import { Lexer } from 'yaml';
import { DiagnosticSink } from '../server/src/core/diagnostics';
import { createLanguageService } from '../server/src/core/languageService';
import { messagesFor } from '../server/src/core/messages';
import { buildMission } from '../server/src/core/model/mission';
import { buildProgramme } from '../server/src/core/model/programme';
import type { Model } from '../server/src/core/model/types';
import { parseDocument, type ParsedDocument } from '../server/src/core/parse';
import { appliesTo, checkMultiDocument, checkYamlSyntax, ruleContext, rules as registry, type RuleContext } from '../server/src/core/rules';
import { checkSchema } from '../server/src/core/schema/schemaDiagnostics';
import { resolveSettings, type DerouleDiagnostic } from '../server/src/core/types';
import { noFiles } from '../server/src/core/workspace';
import type { Gesture, GestureOutcome } from '../server/src/core/gestures/types';

const settings = resolveSettings({ language: 'en' });
const m = messagesFor('en');

export function parse(uri: string, text: string): ParsedDocument {
  return parseDocument(uri, text, { maxTextLength: settings.maxTextLength });
}

export function model(doc: ParsedDocument): Model | undefined {
  const data = doc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return doc.kind === 'mission' ? buildMission(data as Record<string, unknown>) : buildProgramme(data as Record<string, unknown>);
}

/** The document checks that run before the model: syntax, multi-document, JSON Schema. */
export function schema(doc: ParsedDocument): number {
  const sink = new DiagnosticSink(doc.uri, settings);
  checkYamlSyntax(doc, sink, m);
  checkMultiDocument(doc, sink, m);
  checkSchema(doc, sink, m, settings.language);
  return sink.items.length;
}

/** Every rule of the registry on the model, with the context `LanguageService` gives them. */
export function rules(doc: ParsedDocument, built: Model | undefined): number {
  if (!built) return 0;
  const sink = new DiagnosticSink(doc.uri, settings);
  const ctx = ruleContext(doc, sink, settings, noFiles, () => undefined);
  for (const rule of registry) {
    if (!appliesTo(rule, doc.kind) || !sink.isEnabled(rule.code)) continue;
    (rule.check as (model: Model, ctx: RuleContext) => void)(built, ctx);
  }
  return sink.items.length;
}

/** A long-lived service, as the server keeps one (for the edit timings). */
export function service(): ReturnType<typeof createLanguageService> {
  return createLanguageService({ settings: { language: 'en' } });
}

/** The full check, as the CLI and the server run it. */
export function check(uri: string, text: string): DerouleDiagnostic[] {
  return createLanguageService({ settings: { language: 'en' } }).check(uri, text);
}

/** The floor: `yaml`'s lexer alone, fully iterated. Returns the token count. */
export function lex(text: string): number {
  let n = 0;
  for (const _ of new Lexer().lex(text)) n++;
  return n;
}

/** A gesture of the preview on a long-lived service's open document (issue 19). */
export function gesture(service: ReturnType<typeof createLanguageService>, uri: string, text: string, g: Gesture): GestureOutcome {
  return service.gesture({ uri, text }, g, 'en');
}
