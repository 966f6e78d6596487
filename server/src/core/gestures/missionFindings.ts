/**
 * What the mission rules would say of a gesture's result that they do not say now: the
 * mission is checked before and after the edits (the text after is parsed and modelled
 * again, as the editor will), and the findings of the result that were not there before
 * are returned, errors apart from the rest. A mission gesture is refused when it would
 * bring an error; the warnings it brings are said in its announcement.
 *
 * Checked with the default severities and without the workspace (a gesture's handler gets
 * neither): `programme-missing` is then reported before and after alike, and
 * `programme-outside-phase`, which reads the linked programmes, is not judged here.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import { DiagnosticSink } from '../diagnostics';
import type { Analysis } from '../languageService';
import { buildMission } from '../model/mission';
import type { MissionModel } from '../model/types';
import { parseDocument, type ParsedDocument } from '../parse';
import { appliesTo, ruleContext, rules, type RuleContext } from '../rules';
import { resolveSettings, type Language } from '../types';
import { noFiles } from '../workspace';

export interface NewFindings {
  errors: string[];
  warnings: string[];
}

/** The text after `edits` (which must not overlap). */
export function applyEdits(doc: ParsedDocument, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: doc.lines.offsetAt(e.range.start), end: doc.lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let text = doc.text;
  for (const s of spans) text = text.slice(0, s.start) + s.text + text.slice(s.end);
  return text;
}

export function newFindings(analysis: Analysis, edits: readonly TextEdit[], language: Language): NewFindings {
  const before = findings(analysis.doc, analysis.model?.kind === 'mission' ? analysis.model : undefined, language);
  const after = parseDocument(analysis.doc.uri, applyEdits(analysis.doc, edits), { kind: 'mission' });
  const data = after.data;
  const model = typeof data === 'object' && data !== null && !Array.isArray(data) ? buildMission(data as Record<string, unknown>) : undefined;
  // A finding is new when the result has it more times than the document has now.
  const seen = new Map<string, number>();
  for (const f of before) seen.set(f.key, (seen.get(f.key) ?? 0) + 1);
  const result: NewFindings = { errors: [], warnings: [] };
  for (const f of findings(after, model, language)) {
    const left = seen.get(f.key) ?? 0;
    if (left > 0) {
      seen.set(f.key, left - 1);
      continue;
    }
    (f.severity === 'error' ? result.errors : result.warnings).push(f.message);
  }
  return result;
}

function findings(doc: ParsedDocument, model: MissionModel | undefined, language: Language): { key: string; severity: string; message: string }[] {
  if (!model) return [];
  const settings = resolveSettings({ language });
  const sink = new DiagnosticSink(doc.uri, settings);
  const ctx: RuleContext = ruleContext(doc, sink, settings, noFiles, () => undefined);
  for (const rule of rules) {
    if (rule.kind === 'programme' || !appliesTo(rule, 'mission')) continue;
    (rule.check as (model: MissionModel, ctx: RuleContext) => void)(model, ctx);
  }
  // Ranges move with the edits; the code and the message say what a person reads.
  return sink.items.map((d) => ({ key: `${d.code}|${d.message}`, severity: d.severity, message: d.message }));
}
