/**
 * The Déroulé view's tree: missions → phases → programmes → days, then the programmes that
 * no mission links, by date. Each file carries its error and warning counts.
 */
import type { CancellationToken } from 'vscode-languageserver/node';
import { normalUri, type Analysis } from '../core';
import type { ProgrammeModel } from '../core/model/types';
import { valueRangeAt } from '../core/parse/nodes';
import { formatDate } from '../core/time';
import type { ExplorerNode } from '../../../common/protocol';
import { yieldUnlessCancelled } from './safe';
import type { ServerState } from './server';

export async function buildExplorer(state: ServerState, language: 'fr' | 'en', token?: CancellationToken): Promise<ExplorerNode[]> {
  const analyses = new Map<string, Analysis>();
  let seen = 0;
  for (const uri of state.files.all()) {
    if (++seen % 20 === 0) await yieldUnlessCancelled(token);
    const text = state.files.readFile(uri);
    if (text !== undefined) analyses.set(uri, state.service.analyse(uri, text));
  }
  const linked = new Set<string>();
  const missions: ExplorerNode[] = [];
  const problems = (uri: string) => state.diagnostics.counts(uri);

  for (const [uri, a] of analyses) {
    if (a.model?.kind !== 'mission') continue;
    const phases: ExplorerNode[] = a.model.phases.map((phase) => ({
      kind: 'phase',
      label: phase.title ?? phase.id,
      description: [phase.start, phase.end].map((d) => (d === undefined ? '…' : formatDate(d))).join(' – '),
      uri,
      line: valueRangeAt(a.doc, phase.idPath).start.line,
      children: phase.programmes.map((link) => {
        const found = state.service.linked(uri, link.path);
        if (found) linked.add(normalUri(found.uri));
        const p = found?.analysis;
        if (!found || !p || p.model?.kind !== 'programme') {
          return { kind: 'missing', label: link.path, description: language === 'fr' ? 'introuvable' : 'not found', uri, line: valueRangeAt(a.doc, link.valuePath).start.line };
        }
        return programmeNode(found.uri, p.model, p, problems(found.uri));
      }),
    }));
    missions.push({
      kind: 'mission',
      label: a.model.title ?? uri,
      description: a.model.scheme ?? '',
      uri,
      line: 0,
      problems: problems(uri),
      children: phases,
    });
  }
  const loose = [...analyses]
    .filter(([uri, a]) => a.model?.kind === 'programme' && !linked.has(normalUri(uri)))
    .map(([uri, a]) => programmeNode(uri, a.model as ProgrammeModel, a, problems(uri)))
    .sort((x, y) => (x.description ?? '').localeCompare(y.description ?? '') || x.label.localeCompare(y.label));
  return [...missions.sort((x, y) => x.label.localeCompare(y.label)), ...loose];
}

function programmeNode(uri: string, model: ProgrammeModel, a: Analysis, problems: ExplorerNode['problems']): ExplorerNode {
  const dates = model.days.flatMap((d) => (d.date === undefined ? [] : [formatDate(d.date)]));
  const node: ExplorerNode = { kind: 'programme', label: model.title ?? uri.slice(uri.lastIndexOf('/') + 1), description: dates.join(', '), uri, line: 0 };
  if (problems) node.problems = problems;
  if (model.days.length > 1) {
    node.children = model.days.map((d) => ({
      kind: 'day',
      label: [d.dateText, d.title?.value ?? ''].filter(Boolean).join(' — '),
      uri,
      line: valueRangeAt(a.doc, d.datePath ?? d.path).start.line,
    }));
  }
  return node;
}
