/**
 * A mission's view (FORMAT.md 4, 7.2, 7.5): every key that has a value, names in place of
 * ids (the pilot, a lead, an owner that is a person of the team), dates and months in words,
 * populations in « habitants », statuses and kinds as words, and for each linked programme
 * its dated days with their first start and last end (the Gantt and the calendar use them).
 */
import type { Analysis } from '../languageService';
import { phaseKind, type MissionModel } from '../model/types';
import { formatLongDate } from '../time';
import { labelsFor } from './labels';
import { byId, label, linesOf, personView, placeText, strings, type BuildOptions } from './viewParts';
import type { LinkedDayView, MilestoneView, MissionDeliverableView, MissionView, PhaseView, WorkstreamView } from './viewModel';
import { isMonth, populationText, spanText, writtenDayText } from './words';

export function missionView(analysis: Analysis, model: MissionModel, options: BuildOptions): MissionView {
  const language = options.missionLanguage ?? 'fr';
  const labels = labelsFor(language);
  const people = model.people.map(personView);
  const peopleById = byId(people, (p) => p);
  const personName = (id: string) => peopleById.get(id)?.name ?? id;
  const deliverableTitles = byId(model.deliverables, (d) => d.title ?? d.id);
  const governanceNames = byId(model.governance, (g) => g.name ?? g.id);
  const workstreamTitles = byId(model.workstreams, (w) => w.title ?? w.id);
  const phases = byId(model.phases, (p) => p);
  const territoryNames = new Map<string, string>();
  for (const t of model.territories) if (t.id !== undefined && !territoryNames.has(t.id)) territoryNames.set(t.id, t.name.value);
  const text = (value: { value: string } | undefined) => (value && value.value.trim() !== '' ? value.value : undefined);

  const workstreams = model.workstreams.map((w): WorkstreamView => {
    const status = w.status?.value ?? 'planned';
    const view: WorkstreamView = {
      line: linesOf(analysis, w.path)[0],
      id: w.id,
      title: w.title ?? w.id,
      territories: w.territories.map((r) => territoryNames.get(r.id) ?? r.id),
      status,
      statusLabel: labels.workstreamStatus[status],
    };
    if (w.lead) view.lead = personName(w.lead.id);
    optional(view, 'method', text(w.method));
    optional(view, 'description', text(w.description));
    return view;
  });

  const phaseViews = model.phases.map((p): PhaseView => {
    const kind = phaseKind(p);
    const view: PhaseView = {
      line: linesOf(analysis, p.path)[0],
      id: p.id,
      title: p.title ?? p.id,
      ...(p.start !== undefined ? { start: p.start } : {}),
      ...(p.end !== undefined ? { end: p.end } : {}),
      datesText: spanText(p.start, p.end, language, p.startIsMonth, p.endIsMonth),
      programmes: p.programmes.map((link) => {
        const linked = options.linked?.(link.path);
        const m = linked?.analysis.model;
        const days: LinkedDayView[] = [];
        if (m?.kind === 'programme') {
          for (const d of m.days) {
            if (d.date === undefined) continue;
            const timed = d.slots.filter((s) => s.start !== undefined && s.end !== undefined);
            const day: LinkedDayView = { date: d.date };
            if (timed.length) {
              day.start = Math.min(...timed.map((s) => s.start!));
              day.end = Math.max(...timed.map((s) => s.end!));
            }
            optional(day, 'title', d.title?.value);
            optional(day, 'location', placeText(d.location ?? m.location));
            days.push(day);
          }
        }
        const dates = days.map((d) => d.date);
        return {
          path: link.path,
          ...(linked ? { uri: linked.uri } : {}),
          title: (m?.kind === 'programme' ? m.title : undefined) ?? link.path,
          dates,
          datesText: dates.map((d) => formatLongDate(d, language)).join(', '),
          missing: !linked,
          days,
        };
      }),
      deliverables: p.deliverables.map((r) => deliverableTitles.get(r.id) ?? r.id),
      governance: p.governance.map((r) => governanceNames.get(r.id) ?? r.id),
      kind,
      index: Number(p.path[1]),
      ...(p.startIsMonth ? { startIsMonth: true } : {}),
      ...(p.endIsMonth ? { endIsMonth: true } : {}),
    };
    optional(view, 'description', text(p.description));
    if (kind !== 'core') view.kindLabel = labels.phaseKind[kind];
    if (p.workstream) {
      view.workstream = p.workstream.id;
      view.workstreamTitle = workstreamTitles.get(p.workstream.id) ?? p.workstream.id;
    }
    return view;
  });

  const milestones = model.milestones.map((m): MilestoneView => {
    const view: MilestoneView = { line: linesOf(analysis, m.path)[0], id: m.id, title: m.title ?? m.id, index: Number(m.path[1]) };
    if (m.first !== undefined && m.last !== undefined && m.date) {
      if (isMonth(m.date.value)) view.isMonth = true;
      view.first = m.first;
      view.last = m.last;
      view.day = isMonth(m.date.value) ? m.last : m.first;
      view.dateText = writtenDayText(m.date.value, m.first, language);
    }
    if (m.kind) {
      view.kind = m.kind.value;
      view.kindLabel = labels.milestoneKind[m.kind.value];
    }
    if (m.phase) view.phase = phases.get(m.phase.id)?.title ?? m.phase.id;
    if (m.governance) view.governance = governanceNames.get(m.governance.id) ?? m.governance.id;
    const workstream = m.workstream?.id ?? (m.phase ? phases.get(m.phase.id)?.workstream?.id : undefined);
    if (workstream !== undefined) {
      view.workstream = workstream;
      view.workstreamTitle = workstreamTitles.get(workstream) ?? workstream;
    }
    optional(view, 'description', text(m.description));
    return view;
  });

  const deliverables = model.deliverables.map((d): MissionDeliverableView => {
    const view: MissionDeliverableView = { line: linesOf(analysis, d.path)[0], id: d.id, title: d.title ?? d.id };
    if (d.dueDay !== undefined && d.due) {
      view.due = d.dueDay;
      view.dueText = writtenDayText(d.due.value, d.dueDay, language);
    }
    const owner = d.ownerRef ? personName(d.ownerRef.id) : text(d.owner);
    if (owner) view.owner = owner;
    if (d.status) {
      view.status = d.status.value;
      view.statusLabel = labels.deliverableStatus[d.status.value];
    }
    optional(view, 'link', d.link?.value.trim());
    optional(view, 'description', text(d.description));
    const workstream = model.phases.find((p) => p.deliverables.some((r) => r.id === d.id))?.workstream?.id;
    if (workstream !== undefined) view.workstream = workstream;
    return view;
  });

  const view: MissionView = {
    kind: 'mission',
    language,
    labels,
    title: model.title ?? '',
    partners: strings(model.partners),
    people,
    territories: model.territories.map((t) => ({
      ...(t.id !== undefined ? { id: t.id } : {}),
      name: t.name.value,
      ...(t.kind ? { kind: label('mission', ['territories', 0, 'kind'], t.kind.value, language) } : {}),
      ...(t.population ? { population: t.population.value, populationText: populationText(t.population.value, labels, language) } : {}),
    })),
    themes: strings(model.themes),
    needs: strings(model.needs),
    governance: model.governance.map((g) => ({ id: g.id, name: g.name ?? g.id, members: strings(g.members) })),
    workstreams,
    phases: phaseViews,
    milestones,
    deliverables,
    indicators: model.indicators.map((i) => ({
      label: i.label.value,
      ...(i.value ? { value: i.value.value } : {}),
      ...(i.target ? { target: i.target.value } : {}),
      ...(i.unit ? { unit: i.unit.value } : {}),
    })),
  };
  if (model.scheme) view.schemeLabel = label('mission', ['scheme'], model.scheme, language);
  optional(view, 'client', text(model.client));
  optional(view, 'pilot', model.pilotRef ? personName(model.pilotRef.id) : text(model.pilot));
  optional(view, 'contact', text(model.contact));
  optional(view, 'context', text(model.context));
  optional(view, 'funding', text(model.funding));
  optional(view, 'response', text(model.response));
  if (model.period) {
    optional(view, 'periodStart', model.period.start);
    optional(view, 'periodEnd', model.period.end);
    view.periodText = spanText(model.period.start, model.period.end, language);
  }
  return view;
}

/** Sets `key` only when there is a value: a view has no `undefined` members. */
function optional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}
