/**
 * The Déroulé view's tree: missions → phases → programmes → days, then the programmes that
 * no mission links, by date. A mission with workstreams lists its phases without one, then
 * each workstream (its status) with its phases; then its milestones by date. Each file carries its error and warning counts, which the host
 * gives (it knows the latest diagnostics).
 */
import type { Analysis } from '../languageService';
import { messagesFor } from '../messages';
import type { MissionModel, Path, Phase, ProgrammeModel, Workstream } from '../model/types';
import { valueRangeAt } from '../parse';
import { formatDate } from '../time';
import type { Language } from '../types';
import { normalUri } from '../uri';
import { milestoneDate, workstreamStatus } from './missionWords';

export interface ExplorerNode {
  label: string;
  description?: string;
  kind: 'mission' | 'workstream' | 'phase' | 'milestone' | 'programme' | 'day' | 'missing';
  /** File to open on click, and the line to reveal. */
  uri?: string;
  line?: number;
  /** Error and warning counts of the file. */
  problems?: { errors: number; warnings: number };
  children?: ExplorerNode[];
}

export interface ExplorerOptions {
  /** Language of the labels. */
  language: Language;
  /** Error and warning counts of a file, from the host's latest diagnostics. */
  problems?(uri: string): ExplorerNode['problems'];
  /**
   * Awaited between files of a large workspace: the host lets other work through and
   * throws to stop (a cancelled request).
   */
  pause?(): Promise<void>;
}

/** What the tree needs of the language service: the workspace's analyses and linked files. */
export interface ExplorerSource {
  analyses(pause?: () => Promise<void>): Promise<Map<string, Analysis>>;
  linked(fromUri: string, path: string): { uri: string; analysis: Analysis } | undefined;
}

export async function buildExplorer(source: ExplorerSource, options: ExplorerOptions): Promise<ExplorerNode[]> {
  const { language } = options;
  const analyses = await source.analyses(options.pause);
  const linked = new Set<string>();
  const missions: ExplorerNode[] = [];
  const problems = (uri: string) => options.problems?.(uri);

  for (const [uri, a] of analyses) {
    if (a.model?.kind !== 'mission') continue;
    const model = a.model;
    const line = (path: Path) => valueRangeAt(a.doc, path).start.line;
    const phaseNode = (phase: Phase): ExplorerNode => ({
      kind: 'phase',
      label: phase.title ?? phase.id,
      description: [phase.start, phase.end].map((d) => (d === undefined ? '…' : formatDate(d))).join(' – '),
      uri,
      line: line(phase.idPath),
      children: phase.programmes.map((link) => {
        const found = source.linked(uri, link.path);
        if (found) linked.add(normalUri(found.uri));
        const p = found?.analysis;
        if (!found || !p || p.model?.kind !== 'programme') {
          return { kind: 'missing', label: link.path, description: language === 'fr' ? 'introuvable' : 'not found', uri, line: line(link.valuePath) };
        }
        return programmeNode(found.uri, p.model, p, problems(found.uri));
      }),
    });
    const phases = lines(model).map(({ workstream, phases: own }) => {
      if (!workstream) return own.map(phaseNode);
      const status = workstreamStatus(workstream, messagesFor(language));
      return [{ kind: 'workstream', label: workstream.title ?? workstream.id, description: status, uri, line: line(workstream.idPath), children: own.map(phaseNode) } satisfies ExplorerNode];
    });
    const milestones: ExplorerNode[] = [...model.milestones]
      .sort((x, y) => (x.first ?? Infinity) - (y.first ?? Infinity))
      .map((s) => ({ kind: 'milestone', label: s.title ?? s.id, description: milestoneDate(s, language) ?? s.date?.value ?? '', uri, line: line(s.idPath) }));
    const mission: ExplorerNode = { kind: 'mission', label: a.model.title ?? uri, description: a.model.scheme ?? '', uri, line: 0, children: [...phases.flat(), ...milestones] };
    const counts = problems(uri);
    missions.push(counts ? { ...mission, problems: counts } : mission);
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

/**
 * A mission's lines of work in order: the phases without a workstream (or naming an unknown
 * one) first, then each workstream with its phases.
 */
function lines(model: MissionModel): { workstream?: Workstream; phases: Phase[] }[] {
  const known = new Set(model.workstreams.map((w) => w.id));
  const loose = model.phases.filter((p) => !p.workstream || !known.has(p.workstream.id));
  const streams = model.workstreams.map((workstream) => ({ workstream, phases: model.phases.filter((p) => p.workstream?.id === workstream.id) }));
  return [{ phases: loose }, ...streams];
}
