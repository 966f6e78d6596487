/** What a code action module implements. */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';
import type { TimeStyle } from '../time';
import type { RuleCode } from '../types';

export interface ActionContext {
  uri: string;
  analysis: Analysis;
  m: Messages;
  style: TimeStyle;
}

/** A quick fix for diagnostics of some codes; reads the diagnostic's `data`. */
export interface QuickFix {
  codes: RuleCode[];
  provide(diagnostic: Diagnostic & { data?: Record<string, unknown> }, ctx: ActionContext): CodeAction[];
}

/** A refactoring offered wherever the cursor is. */
export interface Refactor {
  provide(range: Range, ctx: ActionContext): CodeAction[];
}
