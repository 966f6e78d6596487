/**
 * The language service, the core's front door: text and settings in, typed model,
 * diagnostics and every editor feature out (see `features/featureMethods.ts`), over a
 * workspace the host gives. It knows nothing of VS Code or of an LSP connection; the CLI
 * and the server both call it.
 */
import { isConfigFile, readConfig, withProjectSettings } from './config';
import { DiagnosticSink } from './diagnostics';
import { dropConsequences } from './diagnosticPolicy';

import { featureMethods, type FeatureMethods } from './features/featureMethods';
import { messagesFor } from './messages';
import { buildMission } from './model/mission';
import { buildProgramme } from './model/programme';
import type { Model, Path } from './model/types';
import { documentKind, parseDocument, rangeAt, reparseEdit, valueRangeAt, type ParsedDocument } from './parse';
import { appliesTo, BookingIndex, checkBookingsAcrossFiles, checkMultiDocument, checkYamlSyntax, ruleContext, rules, type LinkedProgramme, type RuleContext } from './rules';
import { checkSchema } from './schema/schemaDiagnostics';
import { resolveSettings, type DeepPartial, type DerouleDiagnostic, type DocumentKind, type Range, type Settings } from './types';
import { normalUri } from './uri';
import { linkTarget, noFiles, type Workspace } from './workspace';

export interface LanguageServiceOptions {
  /** The host's files: linked programmes, the files listed for the explorer and workspace symbols. */
  workspace?: Workspace;
  /** The former name of `workspace`, still accepted. */
  files?: Workspace;
  settings?: DeepPartial<Settings>;
  /**
   * What a document's project sets over `settings` (its `.deroule.yaml`, FORMAT.md §8): the
   * host finds the file and gives `readConfig(…).settings`, keeping only the keys it lets
   * win, and returns the same object while the file is unchanged. Undefined: `settings` alone.
   */
  projectSettings?(uri: string): DeepPartial<Settings> | undefined;
}

export interface Analysis {
  doc: ParsedDocument;
  model: Model | undefined;
  /**
   * The first and last lines (0-based) of the value at a data path of the model, or
   * undefined when it is not in the text: the one range lookup the preview and the exports
   * need (click-to-reveal), so they read the model and never the parse layer.
   */
  lines(path: Path): { first: number; last: number } | undefined;
  /** The range of the value at a data path (the key's line when the value is missing): where an export's refusal points. */
  range(path: Path): Range;
}

export interface SourceText {
  uri: string;
  text: string;
  /** For texts whose name does not say it (an unsaved document). */
  kind?: DocumentKind;
}

export interface LanguageService extends FeatureMethods {
  readonly settings: Settings;
  updateSettings(settings: DeepPartial<Settings>): void;
  /** The settings of one document: `settings` with its project's over them. */
  settingsFor(uri: string): Settings;
  /** Parses and models a text; the result is cached until the text changes. */
  analyse(uri: string, text: string, kind?: DocumentKind): Analysis;
  /**
   * The programme a document links to with a path written in it (a mission's `programmes`),
   * analysed; undefined when the path must not be followed (see `linkTarget`) or the file
   * cannot be read. Rules, hover, the preview and exports all read linked files this way.
   */
  linked(fromUri: string, path: string): { uri: string; analysis: Analysis } | undefined;
  /** Every diagnostic of one document (mission rules read linked programmes through `files`). */
  check(uri: string, text: string): DerouleDiagnostic[];
  /**
   * Checks documents as one set: each alone, plus the rules across files. A document the
   * checker fails on (a bug) is passed to `onError` and the others are still checked.
   */
  checkSet(sources: SourceText[], onError?: (uri: string, error: unknown) => void): Map<string, DerouleDiagnostic[]>;
  /**
   * Drops what is cached for a document (it was closed or deleted): a long session that
   * opens many files keeps only the ones still in use. Reading it again re-analyses it.
   */
  forget(uri: string): void;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const files = options.workspace ?? options.files ?? noFiles;
  let hostSettings = options.settings ?? {};
  let settings = resolveSettings(hostSettings);
  /** Each project's settings merged with the host's, by the object the host gave (see `projectSettings`). */
  let merged = new WeakMap<object, Settings>();
  function settingsFor(uri: string): Settings {
    const project = options.projectSettings?.(uri);
    if (!project) return settings;
    let found = merged.get(project);
    if (!found) merged.set(project, (found = withProjectSettings(hostSettings, project)));
    return found;
  }
  const cache = new Map<string, Analysis & { text: string }>();
  /**
   * A programme's own diagnostics depend only on its text and the settings (rules across
   * files are added afterwards): an unchanged programme of the workspace is not re-checked
   * when another file changes. Missions read their linked programmes, so they always are.
   */
  const checked = new Map<string, { text: string; settings: Settings; items: DerouleDiagnostic[] }>();
  /**
   * The bookings of the programmes of the last set checked, kept for the next check of the
   * set: a keystroke re-indexes the file it changed, not every closed file of the workspace.
   */
  const bookings = new BookingIndex();

  function analyse(uri: string, text: string, kind?: DocumentKind): Analysis {
    const cached = cache.get(uri);
    if (cached && cached.text === text && (!kind || cached.doc.kind === kind)) return cached;
    // Typing inside one value of the cached version: patch its tree instead of parsing again.
    const sameKind = cached && cached.doc.kind === documentKind(uri, kind);
    const doc =
      (sameKind ? reparseEdit(cached.doc, text, settings.maxTextLength) : undefined) ??
      parseDocument(uri, text, kind ? { kind, maxTextLength: settings.maxTextLength } : { maxTextLength: settings.maxTextLength });
    // A `.deroule.yaml` has no model: it is read by config/readConfig.ts.
    const model = isConfigFile(uri) ? undefined : buildModel(doc);
    const entry = { doc, model, text, lines: (path: Path) => lineSpan(doc, path), range: (path: Path) => valueRangeAt(doc, path) };
    cache.set(uri, entry);
    return entry;
  }

  /**
   * Texts of the set being checked, by `normalUri`: a mission sees its programmes as given,
   * saved or not, whichever spelling of their URI the host used.
   */
  let inSet = new Map<string, string>();

  function linkedProgramme(uri: string): (LinkedProgramme & Pick<Analysis, 'lines' | 'range'>) | undefined {
    const text = inSet.get(normalUri(uri)) ?? files.readFile(uri);
    if (text === undefined) return undefined;
    const { doc, model, lines, range } = analyse(uri, text, 'programme');
    return { uri, doc, model: model?.kind === 'programme' ? model : undefined, lines, range };
  }

  function checkOne(uri: string, text: string, kind?: DocumentKind): { sink: DiagnosticSink; analysis: Analysis } {
    const analysis = analyse(uri, text, kind);
    if (isConfigFile(uri)) {
      // Said in the host's language: the file's own `language` may be what is wrong in it.
      const host = service.settings;
      return { sink: DiagnosticSink.of(uri, host, readConfig(uri, text, host.language).diagnostics), analysis };
    }
    const settings = settingsFor(uri);
    const previous = checked.get(uri);
    if (previous && previous.text === text && previous.settings === settings && analysis.doc.kind === 'programme') {
      return { sink: DiagnosticSink.of(uri, settings, previous.items), analysis };
    }
    const result = checkAlone(uri, analysis);
    if (analysis.doc.kind === 'programme') checked.set(uri, { text, settings, items: [...result.sink.items] });
    else checked.delete(uri);
    return result;
  }

  function checkAlone(uri: string, analysis: Analysis): { sink: DiagnosticSink; analysis: Analysis } {
    const { doc, model } = analysis;
    const settings = settingsFor(uri);
    const sink = new DiagnosticSink(uri, settings);
    const m = messagesFor(settings.language);
    checkYamlSyntax(doc, sink, m);
    checkMultiDocument(doc, sink, m);
    checkSchema(doc, sink, m, settings.language);
    if (model) {
      const ctx = ruleContext(doc, sink, settings, files, linkedProgramme);
      for (const rule of rules) {
        if (!appliesTo(rule, doc.kind) || !sink.isEnabled(rule.code)) continue;
        (rule.check as (model: Model, ctx: RuleContext) => void)(model, ctx);
      }
    }
    dropConsequences(sink, doc);
    return { sink, analysis };
  }

  const service = {
    get settings() {
      return settings;
    },
    updateSettings(next) {
      hostSettings = next;
      settings = resolveSettings(next);
      merged = new WeakMap();
    },
    settingsFor,
    analyse,
    linked(fromUri, path) {
      const uri = linkTarget(files, fromUri, path);
      const programme = uri === undefined ? undefined : linkedProgramme(uri);
      return programme && { uri: programme.uri, analysis: programme };
    },
    check(uri, text) {
      return sorted(checkOne(uri, text).sink.items);
    },
    checkSet(sources, onError) {
      inSet = new Map(sources.map((s) => [normalUri(s.uri), s.text]));
      const results: ReturnType<typeof checkOne>[] = [];
      try {
        for (const s of sources) {
          try {
            results.push(checkOne(s.uri, s.text, s.kind));
          } catch (e) {
            if (!onError) throw e;
            onError(s.uri, e);
          }
        }
      } finally {
        inSet = new Map();
      }
      const programmes = results.flatMap((r) =>
        r.analysis.model?.kind === 'programme' ? [{ uri: r.analysis.doc.uri, doc: r.analysis.doc, model: r.analysis.model }] : [],
      );
      // A set of one programme (the preview checks its document alone) leaves the index of
      // the workspace as it is: bookings are only compared across programmes.
      // Each file's sink applies its own project's severity (or `off`) to what it is told.
      if (programmes.some((p) => settingsFor(p.uri).rules['double-booked'] !== 'off') && programmes.length > 1) {
        bookings.update(programmes);
        checkBookingsAcrossFiles(bookings, new Map(results.map((r) => [r.analysis.doc.uri, r.sink])), settings.language);
      }
      return new Map(results.map((r) => [r.analysis.doc.uri, sorted(r.sink.items)]));
    },
    forget(uri: string) {
      cache.delete(uri);
      checked.delete(uri);
    },
  } satisfies Omit<LanguageService, keyof FeatureMethods>;
  // A file deleted in the host is forgotten: its analysis is not kept for a long session.
  files.onDidChange?.((change) => {
    if (change.deleted) service.forget(change.uri);
  });
  const host = { settings: (uri?: string) => (uri === undefined ? settings : settingsFor(uri)), workspace: files, analyse, linked: service.linked, checkSet: (sources: SourceText[]) => service.checkSet(sources, undefined), forget: service.forget };
  return Object.assign(service, featureMethods(host));
}

function buildModel(doc: ParsedDocument): Model | undefined {
  const data = doc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const raw = data as Record<string, unknown>;
  return doc.kind === 'mission' ? buildMission(raw) : buildProgramme(raw);
}

function lineSpan(doc: ParsedDocument, path: Path): { first: number; last: number } | undefined {
  const range = rangeAt(doc, path);
  return range && { first: range.start.line, last: range.end.line };
}

function sorted(items: DerouleDiagnostic[]): DerouleDiagnostic[] {
  return [...items].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code),
  );
}
