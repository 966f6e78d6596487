/** The code action registry: quick fixes by diagnostic code, and refactorings. */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { ActionContext, QuickFix, Refactor } from './action';
import { closeGap } from './closeGap';
import { convertTimes } from './convertTimes';
import { createMissing } from './createMissing';
import { moveDue } from './moveDue';
import { replaceWithSuggestion } from './replaceWithSuggestion';
import { resizeRestitution } from './resizeRestitution';
import { shiftSlots } from './shiftSlots';
import { trainingSkeleton } from './trainingSkeleton';

const quickFixes: QuickFix[] = [replaceWithSuggestion, createMissing, shiftSlots, closeGap, resizeRestitution, trainingSkeleton, moveDue];
const refactors: Refactor[] = [convertTimes];

export function codeActions(range: Range, diagnostics: Diagnostic[], ctx: ActionContext, only?: string[]): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants('quickfix')) {
    for (const diagnostic of diagnostics) {
      for (const fix of quickFixes) {
        if (fix.codes.includes(diagnostic.code as never)) out.push(...fix.provide(diagnostic as Diagnostic & { data?: Record<string, unknown> }, ctx));
      }
    }
  }
  if (wants('refactor.rewrite')) for (const refactor of refactors) out.push(...refactor.provide(range, ctx));
  return out;
}

export type { ActionContext } from './action';
