/**
 * Hover: the description of every key and enum value (from the schema) in the UI language;
 * on a slot, its resolved start, end and duration; on a reference, what it points to; on a
 * linked programme, its title and dates; on a mission's people, territories, workstreams and
 * milestones, what missionHover.ts says of them; on a training's sheet keys and a step's
 * duration, what programmeHover.ts says of them.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import { messagesFor, type Messages } from '../messages';
import type { Entity, ProgrammeModel, Slot } from '../model/types';
import { locate, type PathSegment, rangeOfOffsets } from '../parse';
import { describe, enumValues, schemaAt, schemaNameOf } from '../schema/schemaLookup';
import { formatClock, formatDate, type TimeStyle } from '../time';
import type { Language, Position } from '../types';
import { describeMissionEntity, milestoneDateHover } from './missionHover';
import { stepDurationHover, trainingSheetHover } from './programmeHover';
import { idAt } from './references';

export interface HoverContext {
  language: Language;
  style: TimeStyle;
  /** A programme linked from a mission, by the path written in it. */
  linkedProgramme(path: string): Analysis | undefined;
}

export function hover(analysis: Analysis, position: Position, ctx: HoverContext): Hover | undefined {
  const { doc, model } = analysis;
  const here = locate(doc, position);
  if (here.path.length === 0 || !here.scalar) return undefined;
  const m = messagesFor(ctx.language);
  const range = rangeOfOffsets(doc, here.scalar.start, here.scalar.end);
  const parts: string[] = [];
  const key = lastKey(here.path);
  const schema = schemaAt(schemaNameOf(doc), here.path);

  if (here.onKey) {
    const text = describe(schema, ctx.language);
    if (text) parts.push(`**${key}** — ${text}`);
  } else {
    const value = enumValues(schema, ctx.language).find((v) => v.value === here.scalar!.value);
    if (value) parts.push(`**${value.value}** (${value.label}) — ${value.description}`);
    const id = model ? idAt(analysis, position) : undefined;
    if (id?.entity && model) {
      const mission = model.kind === 'mission' ? describeMissionEntity(id.namespace, id.entity, model, m, ctx.language) : undefined;
      parts.push(mission ?? describeEntity(id.namespace, id.entity, model as ProgrammeModel, m, ctx.style));
    }
    if (doc.kind === 'mission' && here.path.includes('programmes') && typeof here.scalar.value === 'string') {
      parts.push(describeLinked(here.scalar.value, ctx, m));
    }
    if (!value && !id && parts.length === 0) {
      const text = describe(schema, ctx.language);
      if (text && key) parts.push(`**${key}** — ${text}`);
    }
  }
  if (model?.kind === 'mission' && !here.onKey) {
    const date = milestoneDateHover(model, here.path, ctx.language);
    if (date) parts.push(date);
  }
  if (model?.kind === 'programme') {
    const slot = slotAround(model, here.path);
    if (slot) parts.push(slotTiming(slot, m, ctx.style));
    const sheet = trainingSheetHover(model, here.path, here.onKey, m);
    if (sheet) parts.push(sheet);
    const steps = stepDurationHover(model, here.path, m);
    if (steps) parts.push(steps);
  }
  if (parts.length === 0) return undefined;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range };
}

function lastKey(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '';
}

/** The slot whose own key or value is under the cursor (not inside its tracks). */
function slotAround(model: ProgrammeModel, path: readonly PathSegment[]): Slot | undefined {
  return model.slots.find((s) => path.length === s.path.length + 1 && s.path.every((seg, i) => path[i] === seg));
}

export function slotTiming(slot: Slot, m: Messages, style: TimeStyle): string {
  if (slot.start === undefined || slot.end === undefined) return '';
  const time = m.ui.slotTime(formatClock(slot.start, style), formatClock(slot.end, style), m.duration(slot.end - slot.start));
  return `**${m.ui.time}** ${time}${slot.explicitStart ? '' : ` — ${m.ui.startsAfterPrevious}`}`;
}

function describeEntity(namespace: string, entity: Entity, model: ProgrammeModel, m: Messages, style: TimeStyle): string {
  switch (namespace) {
    case 'person': {
      const person = model.people.find((p) => p.id === entity.id);
      const detail = [person?.role?.value, person?.organisation?.value].filter((v) => v !== undefined).join(', ');
      return `${m.ui.person} **${entity.name ?? entity.id}**${detail ? ` — ${detail}` : ''}`;
    }
    case 'group': {
      const group = model.groups.find((g) => g.id === entity.id);
      const lead = group?.lead ? model.people.find((p) => p.id === group.lead!.id) : undefined;
      const size = group?.size ? ` — ${group.size.value} ${m.ui.members}` : '';
      return `${m.ui.group} **${entity.name ?? entity.id}**${lead ? ` (${lead.name ?? lead.id})` : ''}${size}`;
    }
    case 'slot': {
      const slot = model.slots.find((s) => s.id?.id === entity.id);
      return `${m.ui.slot} **${entity.title ?? entity.id}**${slot ? `\n\n${slotTiming(slot, m, style)}` : ''}`;
    }
    case 'deliverable':
      return `${m.ui.deliverable} **${entity.title ?? entity.id}**`;
    default:
      return `**${entity.title ?? entity.name ?? entity.id}**`;
  }
}

function describeLinked(path: string, ctx: HoverContext, m: Messages): string {
  const linked = ctx.linkedProgramme(path);
  if (!linked) return `${m.ui.notFound}: \`${path}\``;
  const model = linked.model;
  if (model?.kind !== 'programme') return `${m.ui.programme} \`${path}\``;
  const dates = model.days.flatMap((d) => (d.date === undefined ? [] : [formatDate(d.date)]));
  return `${m.ui.programme} **${model.title ?? path}**${dates.length ? ` — ${dates.join(', ')}` : ''}`;
}
