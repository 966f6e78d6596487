/**
 * Outline: days, then slots named `08:30–09:00 Accueil des participants`; people, groups,
 * deliverables. Missions: the team, workstreams (their status as detail), phases with their
 * programmes, milestones (their date in words), governance, deliverables.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import { messagesFor } from '../messages';
import type { Entity, Path, Slot } from '../model/types';
import { headRangeAt, nodeAt, rangeOfNode, valueRangeAt } from '../parse';
import { formatClock, formatDate } from '../time';
import type { TimeStyle } from '../time';
import type { Language } from '../types';
import { milestoneDate, workstreamStatus } from './missionWords';

export function documentSymbols(analysis: Analysis, language: Language, style: TimeStyle = 'colon'): DocumentSymbol[] {
  const { doc, model } = analysis;
  if (!model) return [];
  const m = messagesFor(language);
  const whole = (path: Path) => rangeOfNode(doc, nodeAt(doc.tree()?.contents, path)) ?? headRangeAt(doc, path);
  const symbol = (name: string, kind: SymbolKind, path: Path, selection: Path, children?: DocumentSymbol[], detail?: string): DocumentSymbol => {
    const range = whole(path);
    const selectionRange = clamp(valueRangeAt(doc, selection), range);
    return { name: name || '—', kind, range, selectionRange, ...(detail ? { detail } : {}), ...(children?.length ? { children } : {}) };
  };
  const entities = (key: string, kind: SymbolKind, list: Entity[], label: (e: Entity) => string | undefined) =>
    list.length
      ? [symbol(key, SymbolKind.Namespace, [key], [key], list.map((e) => symbol(e.id, kind, e.path, e.idPath, undefined, label(e))))]
      : [];

  if (model.kind === 'programme') {
    const slotSymbol = (slot: Slot) => symbol(slotName(slot, style), SymbolKind.Event, slot.path, [...slot.path, 'title'], undefined, slot.type);
    const days = model.days.map((day) => {
      if (day.path.length === 0) return symbol(day.dateText ?? m.noun('day'), SymbolKind.Module, ['agenda'], ['agenda'], day.slots.map(slotSymbol));
      const name = [day.dateText, day.title?.value].filter(Boolean).join(' — ');
      return symbol(name || m.noun('day'), SymbolKind.Module, day.path, day.datePath ?? day.path, day.slots.map(slotSymbol));
    });
    return [
      ...days,
      ...entities('people', SymbolKind.Constructor, model.people, (e) => e.name),
      ...entities('groups', SymbolKind.Struct, model.groups, (e) => e.name),
      ...entities('deliverables', SymbolKind.Object, model.deliverables, (e) => e.title),
    ];
  }
  const phases = model.phases.map((phase) => {
    const links = phase.programmes.map((p) => symbol(p.path, SymbolKind.File, p.valuePath, p.valuePath));
    const dates = [phase.start, phase.end].map((d) => (d === undefined ? '…' : formatDate(d))).join(' – ');
    return symbol(phase.title ?? phase.id, SymbolKind.Module, phase.path, phase.idPath, links, dates);
  });
  const group = (key: string, children: DocumentSymbol[]) => (children.length ? [symbol(key, SymbolKind.Namespace, [key], [key], children)] : []);
  const workstreams = model.workstreams.map((w) => symbol(w.title ?? w.id, SymbolKind.Package, w.path, w.idPath, undefined, workstreamStatus(w, m)));
  const milestones = model.milestones.map((s) => symbol(s.title ?? s.id, SymbolKind.Event, s.path, s.idPath, undefined, milestoneDate(s, language)));
  return [
    ...entities('people', SymbolKind.Constructor, model.people, (e) => e.name),
    ...group('workstreams', workstreams),
    ...group('phases', phases),
    ...group('milestones', milestones),
    ...entities('governance', SymbolKind.Struct, model.governance, (e) => e.name),
    ...entities('deliverables', SymbolKind.Object, model.deliverables, (e) => e.title),
  ];
}

/** `08:30–09:00 Accueil des participants`, or just the title when the time is unknown. */
export function slotName(slot: Slot, style: TimeStyle = 'colon'): string {
  const time = slot.start !== undefined && slot.end !== undefined ? `${formatClock(slot.start, style)}–${formatClock(slot.end, style)} ` : '';
  return `${time}${slot.title}`.trim();
}

function clamp(inner: Range, outer: Range): Range {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  if (before(inner.start, outer.start) || before(outer.end, inner.end)) return { start: outer.start, end: outer.start };
  return inner;
}

