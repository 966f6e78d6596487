/**
 * The words the editor features use for a mission's values: a milestone's date in words
 * (« 15 décembre 2021 », « décembre 2021 » for a month), its weekday, a workstream's
 * status, a milestone's kind and a territory's kind and population. Hover, the outline,
 * inlay hints and the Déroulé view say them the same way.
 */
import type { Messages } from '../messages';
import type { Milestone, Territory, Workstream } from '../model/types';
import { enumValues, schemaAt } from '../schema/schemaLookup';
import { formatLongDate } from '../time';
import type { Language } from '../types';

const MONTH_YEAR: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const WEEKDAY: Partial<Record<Language, Intl.DateTimeFormat>> = {};

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** Whether a milestone is one day (a date), not a month. */
export function isFullDate(milestone: Milestone): boolean {
  return milestone.first !== undefined && milestone.first === milestone.last;
}

/** « 15 décembre 2021 » for a date, « décembre 2021 » for a month; undefined when not readable. */
export function milestoneDate(milestone: Milestone, language: Language): string | undefined {
  if (milestone.first === undefined) return undefined;
  if (isFullDate(milestone)) return formatLongDate(milestone.first, language);
  MONTH_YEAR[language] ??= new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const date = new Date(milestone.first * 86_400_000);
  return MONTH_YEAR[language]!.formatToParts(date)
    .map((p) => (p.type === 'year' ? String(date.getUTCFullYear()).padStart(4, '0') : p.value))
    .join('');
}

/** `mercredi` / `Wednesday`. */
export function weekday(day: number, language: Language): string {
  WEEKDAY[language] ??= new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' });
  return WEEKDAY[language]!.format(new Date(day * 86_400_000));
}

/** The status in words, `planned` when not written (FORMAT.md 7.2). */
export function workstreamStatus(workstream: Workstream, m: Messages): string {
  return m.ui.workstreamStatus[workstream.status?.value ?? 'planned'];
}

/** The kind in words, or undefined when not written. */
export function milestoneKind(milestone: Milestone, m: Messages): string | undefined {
  return milestone.kind ? m.ui.milestoneKind[milestone.kind.value] : undefined;
}

/** `intercommunalité (EPCI), 30 000 habitants`: what is known of a territory besides its name. */
export function territoryDetail(territory: Territory, m: Messages, language: Language): string {
  const kind = territory.kind && enumValues(schemaAt('mission', ['territories', 0, 'kind']), language).find((v) => v.value === territory.kind!.value);
  const parts = [kind?.label ?? territory.kind?.value, territory.population && m.ui.inhabitants(territory.population.value)];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}
