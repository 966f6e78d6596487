/**
 * Analysis → rendering model. Names replace ids, times are computed and written in the
 * programme's language. Team items (FORMAT.md 7.3: `visibility: team` slots, notes,
 * materials, the time per group) are in the team's form only, marked, with each day's
 * materials checklist; the participants' form (the default) has none of them.
 *
 * It reads the typed model only (never the raw data or the syntax tree): every key of the
 * format is on the model, once. Source lines for click-to-reveal come from
 * `analysis.lines`, the one range lookup a rendering needs.
 */
import type { Analysis } from '../languageService';
import { slotTypes, slotVisibility, type ProgrammeModel, type Slot, type Step } from '../model/types';
import { dayTime, timeKind } from '../model/dayTime';
import { formatClock, formatDuration, formatLongDate } from '../time';
import { labelsFor } from './labels';
import { missionView } from './missionView';
import { materialsChecklist } from './checklist';
import { trainingSheetView } from './trainingSheetView';
import { audienceOf, byId, capitalise, label, linesOf, personView, placeText, strings, type BuildOptions } from './viewParts';
import type { DayView, PersonView, ProgrammeView, RenderLanguage, RenderView, SlotView, TrackView } from './viewModel';

export type { BuildOptions } from './viewParts';

export function buildView(analysis: Analysis, options: BuildOptions = {}): RenderView | undefined {
  const model = analysis.model;
  if (!model) return undefined;
  return model.kind === 'programme' ? programmeView(analysis, model, options) : missionView(analysis, model, options);
}

function programmeView(analysis: Analysis, model: ProgrammeModel, options: BuildOptions): ProgrammeView {
  const language: RenderLanguage = model.language?.value === 'en' ? 'en' : 'fr';
  const labels = labelsFor(language);
  const form = audienceOf(options);
  const forTeam = form === 'team';
  const shown = (slot: Slot) => forTeam || slotVisibility(slot) !== 'team';
  const style = language === 'fr' ? 'h' : 'colon';
  const clock = (m: number) => formatClock(m, style);
  const people: PersonView[] = model.people.map(personView);
  const peopleById = byId(people, (p) => p);
  const person = (id: string) => peopleById.get(id) ?? { id, name: id };
  const groupNames = byId(model.groups, (g) => g.name ?? g.id);
  const groupName = (id: string) => groupNames.get(id) ?? id;
  const deliverableTitles = byId(model.deliverables, (d) => d.title ?? d.id);
  const deliverableTitle = (id: string) => deliverableTitles.get(id) ?? id;
  const slotsById = byId(
    model.slots.flatMap((s) => (s.id ? [{ id: s.id.id, slot: s }] : [])),
    (e) => e.slot,
  );

  /**
   * A step as every output shows it: its text, who speaks in it and its indicative length
   * (« Présentation du site d'étude — Romain Tessier (10 min) »); a step of speakers only is
   * their names.
   */
  const stepText = (step: Step): string => {
    const names = step.speakers.map((r) => person(r.id).name).join(', ');
    const text = step.text?.value;
    const head = text && names ? `${text} — ${names}` : (text ?? names);
    return step.duration ? `${head} (${formatDuration(step.duration.value)})` : head;
  };

  const slotView = (slot: Slot): SlotView => {
    const [line, endLine] = linesOf(analysis, slot.path);
    const groupIds = slot.groups === 'all' || slot.groups === undefined ? (slot.groups === 'all' ? model.groups.map((g) => g.id) : []) : slot.groups.map((r) => r.id);
    const view: SlotView = {
      line,
      endLine,
      day: slot.dayIndex,
      // The slot's index in its day's `agenda` (the model's `index` counts across days).
      index: Number(slot.path[slot.path.length - 1]),
      title: slot.title,
      type: slot.type,
      typeLabel: label('programme', [...slot.path, 'type'], slot.type, language),
      isPause: slot.isPause,
      steps: slot.stepDetails ? slot.stepDetails.map(stepText).filter(Boolean) : strings(slot.steps),
      speakers: slot.speakers.map((r) => person(r.id)),
      groups: slot.groups === 'all' ? [labels.allGroups] : groupIds.map(groupName),
      tracks: slot.tracks.map((t): TrackView => {
        const track: TrackView = { title: t.title ?? '', groups: t.groups.map((g) => groupName(g.id)), groupIds: t.groups.map((g) => g.id), speakers: t.speakers.map((r) => person(r.id)) };
        if (t.lead) track.lead = person(t.lead.id);
        if (t.room?.value) track.room = t.room.value;
        if (t.description?.value) track.description = t.description.value;
        return track;
      }),
      turns: [],
      materials: forTeam ? strings(slot.materials) : [],
      produces: slot.produces.map((r) => deliverableTitle(r.id)),
      problems: (options.diagnostics ?? [])
        .filter((d) => d.range.start.line >= line && d.range.start.line <= endLine)
        .map((d) => ({ severity: d.severity, code: d.code, message: d.message })),
    };
    if (slot.description?.value) view.description = slot.description.value;
    if (forTeam && slot.notes) view.notes = slot.notes.value;
    if (slotVisibility(slot) === 'team') view.team = true;
    if (slot.pinned?.value === true) view.pinned = true;
    if (!slot.explicitStart) view.follows = true;
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
    const visible = day.slots.filter(shown);
    const slots = visible.map(slotView);
    const timed = slots.filter((s) => s.start !== undefined && s.end !== undefined);
    // The participants' form counts only the slots it shows (a team slot is not their time).
    const time = dayTime({ ...day, slots: visible });
    // The time per group is the team's accounting (participants see their turns, not this).
    const perGroup = (forTeam ? model.groups : []).map((g) => {
      const minutes = visible
        .filter((s) => s.start !== undefined && s.end !== undefined && timeKind(s) === 'content')
        .filter((s) => s.groups === 'all' || (Array.isArray(s.groups) && s.groups.some((r) => r.id === g.id)) || s.tracks.some((t) => t.groups.some((r) => r.id === g.id)))
        .reduce((n, s) => n + (s.end! - s.start!), 0);
      return { group: g.name ?? g.id, durationText: formatDuration(minutes) };
    });
    const view: DayView = {
      line: linesOf(analysis, day.datePath ?? [...day.path, 'agenda'])[0],
      slots,
      summary: {
        contentText: formatDuration(time.content),
        pauseText: formatDuration(time.pauses),
        ...(time.travel ? { travelText: formatDuration(time.travel) } : {}),
        ...(time.team ? { teamText: formatDuration(time.team) } : {}),
        slots: slots.length,
        perGroup,
        ...(timed.length ? { startText: clock(Math.min(...timed.map((s) => s.start!))), endText: clock(Math.max(...timed.map((s) => s.end!))) } : {}),
      },
    };
    if (day.date !== undefined) {
      view.date = day.date;
      view.dateText = formatLongDate(day.date, language);
    }
    if (day.title?.value) view.title = day.title.value;
    if (day.start?.value !== undefined) view.start = day.start.value;
    if (forTeam) view.materials = materialsChecklist(slots);
    const location = placeText(day.location);
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
    audience: strings(model.audience),
    objectives: strings(model.objectives),
    prerequisites: strings(model.prerequisites),
    evaluation: strings(model.evaluation),
    people,
    groups: model.groups.map((g) => ({
      id: g.id,
      name: g.name ?? g.id,
      members: strings(g.members),
      ...(g.lead ? { lead: person(g.lead.id).name } : {}),
      ...(g.size ? { size: g.size.value } : {}),
    })),
    deliverables: model.deliverables.map((d) => {
      const owner = d.owner ? (peopleById.has(d.owner.id) ? person(d.owner.id).name : groupName(d.owner.id)) : d.eachGroup ? labels.eachGroup : undefined;
      const due = d.due ? slotsById.get(d.due.id) : undefined;
      return {
        id: d.id,
        title: d.title ?? d.id,
        ...(owner ? { owner } : {}),
        ...(due ? { dueText: `${due.title}${due.start !== undefined ? ` (${clock(due.start)})` : ''}` } : {}),
        ...(d.format ? { format: d.format.value } : {}),
      };
    }),
    days,
    form,
    slotTypes: slotTypes.map((type) => ({ type, label: label('programme', ['agenda', 0, 'type'], type, language) })),
  };
  const sheet = trainingSheetView(model, labels, language);
  if (sheet) view.sheet = sheet;
  const optional: [keyof ProgrammeView, unknown][] = [
    ['subtitle', model.subtitle?.value],
    ['organiser', model.organiser?.value],
    ['datesText', dates.length ? dates.join(', ') : undefined],
    ['location', placeText(model.location)],
    ['participants', model.participants?.value],
    ['accessibility', model.accessibility?.value],
    ['context', model.context?.value],
    ['notes', forTeam ? model.notes?.value : undefined],
  ];
  for (const [key, value] of optional) if (value !== undefined && value !== '') (view as unknown as Record<string, unknown>)[key] = value;
  return view;
}

