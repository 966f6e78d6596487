/**
 * What every diagnostic code declares about itself, in the module that reports it: the
 * registry (registry.ts) gathers these, and default severities, SARIF rule help, setting
 * descriptions and docs/rules.md's table of codes are all read from there.
 */
import type { Language, Severity } from '../types';

export interface RuleMeta<Code extends string = string> {
  readonly code: Code;
  /** Severity when neither the user's settings nor the finding say otherwise. */
  readonly severity: Severity;
  /** docs/rules.md only: which findings get another severity than the default. */
  readonly severityNote?: string;
  /** The kind of file it can appear in (docs/rules.md's table). */
  readonly files: 'programme' | 'mission' | 'both';
  /** One sentence: SARIF rule help, setting descriptions, docs/rules.md's table (English). */
  readonly description: Readonly<Record<Language, string>>;
}

/** Declares a code's metadata, keeping the code as its literal type (RuleCode is made of them). */
export function defineRule<Code extends string>(meta: RuleMeta<Code>): RuleMeta<Code> {
  return meta;
}
