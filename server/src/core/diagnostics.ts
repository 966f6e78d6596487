/**
 * Where rules put what they find. The sink applies the user's severity settings (or `off`)
 * and drops exact repeats, so no problem is ever shown twice.
 */
import { defaultSeverities } from './rules/registry';
import type { DerouleDiagnostic, Range, RuleCode, Settings, Severity } from './types';

export interface ReportOptions {
  data?: Record<string, unknown>;
  /** Overrides the code's default severity for this finding (still below the user's setting). */
  severity?: Severity;
  related?: DerouleDiagnostic['related'];
}

export class DiagnosticSink {
  readonly items: DerouleDiagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly uri: string,
    private readonly settings: Settings,
  ) {}

  /** A sink that already holds `items` (the cached findings of an unchanged document). */
  static of(uri: string, settings: Settings, items: readonly DerouleDiagnostic[]): DiagnosticSink {
    const sink = new DiagnosticSink(uri, settings);
    for (const d of items) {
      sink.seen.add(DiagnosticSink.key(d.code, d.range, d.message));
      sink.items.push(d);
    }
    return sink;
  }

  private static key(code: RuleCode, range: Range, message: string): string {
    return `${code}|${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}|${message}`;
  }

  isEnabled(code: RuleCode): boolean {
    return this.settings.rules[code] !== 'off';
  }

  /** Keeps only the diagnostics for which `keep` is true (used to drop consequences of a reported cause). */
  retain(keep: (d: DerouleDiagnostic) => boolean): void {
    const kept = this.items.filter(keep);
    this.items.splice(0, this.items.length, ...kept);
  }

  report(code: RuleCode, range: Range, message: string, options: ReportOptions = {}): void {
    const setting = this.settings.rules[code];
    if (setting === 'off') return;
    const key = DiagnosticSink.key(code, range, message);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const diagnostic: DerouleDiagnostic = {
      uri: this.uri,
      range,
      severity: setting ?? options.severity ?? defaultSeverities[code],
      code,
      message,
    };
    if (options.data) diagnostic.data = { code, ...options.data };
    if (options.related?.length) diagnostic.related = options.related;
    if (code === 'unused') diagnostic.unnecessary = true;
    this.items.push(diagnostic);
  }
}
