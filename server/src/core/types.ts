/**
 * Types shared by the whole core. Positions and ranges are LSP's (0-based lines, UTF-16
 * columns) so the server can publish diagnostics as they are; the CLI converts to 1-based.
 */
import type { Range } from 'vscode-languageserver-types';
import type { RuleCode } from './rules/registry';
import type { TimeStyle } from './time';

export type { Range, Position } from 'vscode-languageserver-types';

export type Language = 'fr' | 'en';
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type DocumentKind = 'programme' | 'mission';

/**
 * Largest `maxTextLength` a client may set: the language server bounds the messages it reads
 * over stdio from it (lsp/main.ts), so a document under the setting always gets through.
 */
export const MAX_TEXT_LENGTH = 10_000_000;

/** Every diagnostic code of FORMAT.md §5: the codes of the rule registry. */
export type { RuleCode };

export interface SchemeLimits {
  /** `atelier-flash`: longest period, in months. */
  atelierFlashMaxMonths: number;
  atelierLocalMinMonths: number;
  atelierLocalMaxMonths: number;
  atelierFlashSessions: number;
  atelierLocalSessions: number;
}

export interface Settings {
  language: Language;
  /** Per-rule severity override, or `off`. */
  rules: Partial<Record<RuleCode, SeveritySetting>>;
  maxDayMinutes: number;
  maxMinutesWithoutBreak: number;
  schemes: SchemeLimits;
  /** Longer texts (UTF-16 units) are reported once and not analysed. */
  maxTextLength: number;
  /**
   * Notation of the times Déroulé writes (quick fixes, completion, outline, hints,
   * messages): `08h30` or `08:30`. Unset, it follows the language (`h` in French).
   */
  timeStyle: TimeStyle;
}

export const defaultSettings: Settings = {
  language: 'fr',
  timeStyle: 'h',
  rules: {},
  maxDayMinutes: 600,
  maxMinutesWithoutBreak: 180,
  maxTextLength: 4_000_000,
  schemes: {
    atelierFlashMaxMonths: 3,
    atelierLocalMinMonths: 8,
    atelierLocalMaxMonths: 12,
    atelierFlashSessions: 1,
    atelierLocalSessions: 3,
  },
};

/** Merges partial settings (as read from a config file or the client) over the defaults. */
export function resolveSettings(partial: DeepPartial<Settings> = {}): Settings {
  const language = partial.language ?? defaultSettings.language;
  return {
    ...defaultSettings,
    ...partial,
    timeStyle: partial.timeStyle === 'colon' || partial.timeStyle === 'h' ? partial.timeStyle : language === 'fr' ? 'h' : 'colon',
    rules: { ...partial.rules } as Settings['rules'],
    schemes: { ...defaultSettings.schemes, ...partial.schemes } as SchemeLimits,
  } as Settings;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A diagnostic as the core produces it: LSP-shaped, with a stable code and a fix payload. */
export interface DerouleDiagnostic {
  uri: string;
  range: Range;
  severity: Severity;
  code: RuleCode;
  message: string;
  /** Everything a quick fix needs, so it never has to recompute the rule. */
  data?: Record<string, unknown>;
  /** `unused` is shown faded. */
  unnecessary?: boolean;
  /** Other places that explain the problem (the slot it overlaps, the other booking). */
  related?: { uri: string; range: Range; message: string }[];
}
