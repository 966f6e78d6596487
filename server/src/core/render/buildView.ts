/**
 * Analysis → rendering model. Names replace ids, times are computed and written in the
 * programme's language, facilitator notes are kept only when asked for.
 */
import { countUpTo, MAX_HEAD_COUNT, MAX_POPULATION } from '../limits';
import type { Analysis } from '../languageService';
import { asArray, asObject, asString, type Raw } from '../model/read';
import type { MissionModel, ProgrammeModel, Slot } from '../model/types';
import { nodeAt } from '../parse/nodes';
import { enumValues, schemaAt } from '../schema/schemaLookup';
import { formatClock, formatDuration, formatLongDate } from '../time';
import type { DerouleDiagnostic } from '../types';
import { labelsFor } from './labels';
import type { DayView, MissionView, PersonView, ProgrammeView, RenderLanguage, RenderView, SlotView, TrackView } from './viewModel';

export interface BuildOptions {
  /** Facilitator notes in the output (never in participant exports unless asked). */
  withNotes?: boolean;
  /** Problems to show on their slot (the preview); exports pass none. */
  diagnostics?: DerouleDiagnostic[];
  /** A programme linked from a mission, by the path written in it. */
  linked?: (path: string) => { uri: string; analysis: Analysis } | undefined;
}

export function buildView(analysis: Analysis, options: BuildOptions = {}): RenderView | undefined {
  const model = analysis.model;
  if (!model) return undefined;
  return model.kind === 'programme' ? programmeView(analysis, model, options) : missionView(analysis, model, options);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  return asArray(value).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function locationText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const o = asObject(value);
  if (!o) return undefined;
  return [o.name, o.address, o.commune].filter((v) => typeof v === 'string' && v).join(', ') || undefined;
}

function label(kind: 'programme' | 'mission', path: (string | number)[], value: string, language: RenderLanguage): string {
  return enumValues(schemaAt(kind, path), language).find((v) => v.value === value)?.label ?? value;
}

function programmeView(analysis: Analysis, model: ProgrammeModel, options: BuildOptions): ProgrammeView {
  const data = model.data;
  const language: RenderLanguage = data.language === 'en' ? 'en' : 'fr';
  const labels = labelsFor(language);
  const style = language === 'fr' ? 'h' : 'colon';
  const clock = (m: number) => formatClock(m, style);
  const rawPeople = asArray(data.people).map(asObject).filter((p): p is Raw => !!p);
  const people: PersonView[] = model.people.map((p) => {
    const raw = rawPeople.find((r) => r.id === p.id) ?? {};
    const role = asString(raw.role);
    const organisation = asString(raw.organisation);
    // Without a name, the role is what a reader understands ("Architecte conseil"), not the id.
    const view: PersonView = { id: p.id, name: p.name ?? role ?? p.id };
    if (role && p.name) view.role = role;
    if (organisation) view.organisation = organisation;
    return view;
  });
  const person = (id: string) => people.find((p) => p.id === id) ?? { id, name: id };
  const groupName = (id: string) => model.groups.find((g) => g.id === id)?.name ?? id;
  const deliverableTitle = (id: string) => model.deliverables.find((d) => d.id === id)?.title ?? id;
  const lineOf = (path: (string | number)[]) => {
    const r = nodeAt(analysis.doc.yaml?.contents, path)?.range;
    return r ? [analysis.doc.lines.positionAt(r[0]).line, analysis.doc.lines.positionAt(r[1]).line] : [0, 0];
  };

  const slotView = (slot: Slot): SlotView => {
    const raw = rawSlot(data, slot);
    const [line, endLine] = lineOf(slot.path);
    const groupIds = slot.groups === 'all' || slot.groups === undefined ? (slot.groups === 'all' ? model.groups.map((g) => g.id) : []) : slot.groups.map((r) => r.id);
    const view: SlotView = {
      line: line!,
      endLine: endLine!,
      title: slot.title,
      type: slot.type,
      typeLabel: label('programme', [...slot.path, 'type'], slot.type, language),
      isPause: slot.isPause,
      steps: strings(raw.steps),
      speakers: slot.speakers.map((r) => person(r.id)),
      groups: slot.groups === 'all' ? [labels.allGroups] : groupIds.map(groupName),
      tracks: slot.tracks.map((t): TrackView => {
        const rawTrack = asObject(asArray(raw.tracks)[Number(t.path[t.path.length - 1])]) ?? {};
        const track: TrackView = { title: t.title ?? '', groups: t.groups.map((g) => groupName(g.id)), speakers: t.speakers.map((r) => person(r.id)) };
        if (t.lead) track.lead = person(t.lead.id);
        const room = asString(rawTrack.room);
        const description = asString(rawTrack.description);
        if (room) track.room = room;
        if (description) track.description = description;
        return track;
      }),
      turns: [],
      materials: strings(raw.materials),
      produces: slot.produces.map((r) => deliverableTitle(r.id)),
      problems: (options.diagnostics ?? [])
        .filter((d) => d.range.start.line >= line! && d.range.start.line <= endLine!)
        .map((d) => ({ severity: d.severity, code: d.code, message: d.message })),
    };
    const description = asString(raw.description);
    if (description) view.description = description;
    if (options.withNotes && typeof raw.notes === 'string') view.notes = raw.notes;
    if (slot.start !== undefined && slot.end !== undefined) {
      view.start = slot.start;
      view.end = slot.end;
      view.startText = clock(slot.start);
      view.endText = clock(slot.end);
      view.durationText = formatDuration(slot.end - slot.start);
      if (slot.perGroup) {
        const names = (Array.isArray(slot.groups) ? slot.groups.map((r) => r.id) : model.groups.map((g) => g.id)).map(groupName);
        names.forEach((group, i) => {
          const s = slot.start! + i * slot.perGroup!.minutes;
          view.turns.push({ group, startText: clock(s), endText: clock(s + slot.perGroup!.minutes) });
        });
      }
    }
    return view;
  };

  const days: DayView[] = model.days.map((day) => {
    const rawDay = day.path.length ? (asObject(asArray(data.days)[day.index]) ?? {}) : data;
    const slots = day.slots.map(slotView);
    const timed = slots.filter((s) => s.start !== undefined && s.end !== undefined);
    const content = timed.filter((s) => !s.isPause).reduce((n, s) => n + (s.end! - s.start!), 0);
    const pauses = timed.filter((s) => s.isPause).reduce((n, s) => n + (s.end! - s.start!), 0);
    const perGroup = model.groups.map((g) => {
      const minutes = day.slots
        .filter((s) => s.start !== undefined && s.end !== undefined && !s.isPause)
        .filter((s) => s.groups === 'all' || (Array.isArray(s.groups) && s.groups.some((r) => r.id === g.id)) || s.tracks.some((t) => t.groups.some((r) => r.id === g.id)))
        .reduce((n, s) => n + (s.end! - s.start!), 0);
      return { group: g.name ?? g.id, durationText: formatDuration(minutes) };
    });
    const view: DayView = {
      line: lineOf(day.datePath ?? [...day.path, 'agenda'])[0]!,
      slots,
      summary: {
        contentText: formatDuration(content),
        pauseText: formatDuration(pauses),
        slots: slots.length,
        perGroup,
        ...(timed.length ? { startText: clock(Math.min(...timed.map((s) => s.start!))), endText: clock(Math.max(...timed.map((s) => s.end!))) } : {}),
      },
    };
    if (day.date !== undefined) {
      view.date = day.date;
      view.dateText = formatLongDate(day.date, language);
    }
    const title = asString(rawDay.title);
    if (day.path.length && title) view.title = title;
    const location = day.path.length ? locationText(rawDay.location) : undefined;
    if (location) view.location = location;
    return view;
  });

  const dates = days.flatMap((d) => (d.dateText ? [d.dateText] : []));
  const view: ProgrammeView = {
    kind: 'programme',
    language,
    labels,
    title: model.title ?? '',
    formatLabel: capitalise(label('programme', ['format'], model.format, language)),
    audience: strings(data.audience),
    objectives: strings(data.objectives),
    prerequisites: strings(data.prerequisites),
    evaluation: strings(data.evaluation),
    people,
    groups: asArray(data.groups)
      .map(asObject)
      .filter((g): g is Raw => !!g && typeof g.id === 'string')
      .map((g) => ({
        id: String(g.id),
        name: asString(g.name) ?? String(g.id),
        members: strings(g.members),
        ...(typeof g.lead === 'string' ? { lead: person(g.lead).name } : {}),
        ...(countUpTo(g.size, MAX_HEAD_COUNT, 1) !== undefined ? { size: g.size as number } : {}),
      })),
    deliverables: model.deliverables.map((d) => {
      const raw = asObject(asArray(data.deliverables).find((x) => asObject(x)?.id === d.id)) ?? {};
      const owner = d.owner ? (model.people.some((p) => p.id === d.owner!.id) ? person(d.owner.id).name : groupName(d.owner.id)) : raw.owner === 'each-group' ? labels.eachGroup : undefined;
      const due = d.due ? model.slots.find((s) => s.id?.id === d.due!.id) : undefined;
      return {
        id: d.id,
        title: d.title ?? d.id,
        ...(owner ? { owner } : {}),
        ...(due ? { dueText: `${due.title}${due.start !== undefined ? ` (${clock(due.start)})` : ''}` } : {}),
        ...(typeof raw.format === 'string' ? { format: raw.format } : {}),
      };
    }),
    days,
  };
  const optional: [keyof ProgrammeView, unknown][] = [
    ['subtitle', asString(data.subtitle)],
    ['organiser', asString(data.organiser)],
    ['datesText', dates.length ? dates.join(', ') : undefined],
    ['location', locationText(data.location)],
    ['participants', countUpTo(data.participants, MAX_HEAD_COUNT, 1)],
    ['accessibility', asString(data.accessibility)],
    ['context', asString(data.context)],
    ['notes', options.withNotes ? asString(data.notes) : undefined],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== '') (view as unknown as Record<string, unknown>)[key] = value;
  return view;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function rawSlot(data: Raw, slot: Slot): Raw {
  let node: unknown = data;
  for (const seg of slot.path) node = Array.isArray(node) ? node[seg as number] : asObject(node)?.[seg as string];
  return asObject(node) ?? {};
}

function missionView(analysis: Analysis, model: MissionModel, options: BuildOptions): MissionView {
  const data = model.data;
  const language: RenderLanguage = 'fr';
  const labels = labelsFor(language);
  const date = (d: number) => formatLongDate(d, language);
  const span = (a?: number, b?: number) => [a, b].map((d) => (d === undefined ? '…' : date(d))).join(' – ');
  const view: MissionView = {
    kind: 'mission',
    language,
    labels,
    title: model.title ?? '',
    partners: strings(data.partners),
    territories: asArray(data.territories)
      .map(asObject)
      .filter((t): t is Raw => !!t && typeof t.name === 'string')
      .map((t) => ({
        name: String(t.name),
        ...(typeof t.kind === 'string' ? { kind: label('mission', ['territories', 0, 'kind'], t.kind, language) } : {}),
        ...(countUpTo(t.population, MAX_POPULATION) !== undefined ? { population: t.population as number } : {}),
      })),
    themes: strings(data.themes),
    needs: strings(data.needs),
    governance: model.governance.map((g) => {
      const raw = asObject(asArray(data.governance).find((x) => asObject(x)?.id === g.id)) ?? {};
      return { id: g.id, name: g.name ?? g.id, members: strings(raw.members) };
    }),
    phases: model.phases.map((p) => {
      const raw = asObject(asArray(data.phases).find((x) => asObject(x)?.id === p.id)) ?? {};
      const r = nodeAt(analysis.doc.yaml?.contents, p.path)?.range;
      return {
        line: r ? analysis.doc.lines.positionAt(r[0]).line : 0,
        id: p.id,
        title: p.title ?? p.id,
        ...(p.start !== undefined ? { start: p.start } : {}),
        ...(p.end !== undefined ? { end: p.end } : {}),
        datesText: span(p.start, p.end),
        programmes: p.programmes.map((link) => {
          const linked = options.linked?.(link.path);
          const m = linked?.analysis.model;
          const dates = m?.kind === 'programme' ? m.days.flatMap((d) => (d.date === undefined ? [] : [d.date])) : [];
          return {
            path: link.path,
            ...(linked ? { uri: linked.uri } : {}),
            title: (m?.kind === 'programme' ? m.title : undefined) ?? link.path,
            dates,
            datesText: dates.map(date).join(', '),
            missing: !linked,
          };
        }),
        deliverables: strings(raw.deliverables).map((id) => model.deliverables.find((d) => d.id === id)?.title ?? id),
        governance: strings(raw.governance).map((id) => model.governance.find((g) => g.id === id)?.name ?? id),
      };
    }),
    deliverables: model.deliverables.map((d) => {
      const raw = asObject(asArray(data.deliverables).find((x) => asObject(x)?.id === d.id)) ?? {};
      const due = typeof raw.due === 'string' ? raw.due : undefined;
      return { id: d.id, title: d.title ?? d.id, ...(due ? { dueText: due } : {}) };
    }),
    indicators: asArray(data.indicators)
      .map(asObject)
      .filter((i): i is Raw => !!i && typeof i.label === 'string')
      .map((i) => ({
        label: String(i.label),
        ...(typeof i.value === 'number' ? { value: i.value } : {}),
        ...(typeof i.target === 'number' ? { target: i.target } : {}),
        ...(typeof i.unit === 'string' ? { unit: i.unit } : {}),
      })),
  };
  if (model.scheme) view.schemeLabel = label('mission', ['scheme'], model.scheme, language);
  const optional: [keyof MissionView, unknown][] = [
    ['client', asString(data.client)],
    ['pilot', asString(data.pilot)],
    ['contact', asString(data.contact)],
    ['response', asString(data.response)],
    ['periodStart', model.period?.start],
    ['periodEnd', model.period?.end],
    ['periodText', model.period ? span(model.period.start, model.period.end) : undefined],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== '') (view as unknown as Record<string, unknown>)[key] = value;
  return view;
}
