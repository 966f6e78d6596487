/**
 * The French training sheet (FORMAT.md 7.3; Code du travail L6353-1, Qualiopi indicator 1)
 * as a reader sees it: the duration with its days (« 14 h sur 2 jours »), the price, the
 * access conditions, the contact and the teaching methods. The other fields of the sheet
 * (objectives, audience, prerequisites, dates, place, evaluation, accessibility) are already
 * on the programme's view.
 */
import { contentMinutes } from '../model/dayTime';
import type { ProgrammeModel } from '../model/types';
import { formatDuration } from '../time';
import type { Labels, ProgrammeView, RenderLanguage, TrainingSheetView } from './viewModel';
import { strings } from './viewParts';

/** The sheet of a `format: training` programme, or of any programme that writes one of the sheet's own keys. */
export function trainingSheetView(model: ProgrammeModel, labels: Labels, language: RenderLanguage): TrainingSheetView | undefined {
  const ownKeys = model.duration || model.price || model.access || model.contact || model.methods;
  if (model.format !== 'training' && !ownKeys) return undefined;
  const sheet: TrainingSheetView = { methods: strings(model.methods) };
  const durationText = sheetDuration(model, labels);
  if (durationText) sheet.durationText = durationText;
  const priceText = sheetPrice(model, labels, language);
  if (priceText) sheet.priceText = priceText;
  if (model.access?.value.trim()) sheet.access = model.access.value;
  const contactText = sheetContact(model);
  if (contactText) sheet.contactText = contactText;
  return sheet;
}

/**
 * The fields under a programme's title: the organiser, then (without a training sheet,
 * which gives them itself) the dates, place, audience and head count. HTML and Markdown
 * lay out this one list.
 */
export function headerFields(v: ProgrammeView): [label: string, value: string | number | undefined][] {
  const L = v.labels;
  if (v.sheet) return [[L.organiser, v.organiser]];
  return [
    [L.organiser, v.organiser],
    [v.days.length > 1 ? L.dates : L.date, v.datesText],
    [L.location, v.location],
    [L.audience, v.audience.join(' ; ')],
    [L.participants, v.participants],
  ];
}

/** One row of the sheet: its label and its value, one text or a list. */
export interface SheetRow {
  label: string;
  value: string | string[];
}

/**
 * The sheet's rows in the order a training organisation publishes them, only those with a
 * value: the HTML, Word and Markdown exports all lay out this one list.
 */
export function trainingSheetRows(v: ProgrammeView): SheetRow[] {
  const sheet = v.sheet;
  if (!sheet) return [];
  const L = v.labels;
  const rows: [string, string | string[] | undefined][] = [
    [L.objectives, v.objectives],
    [L.audience, v.audience],
    [L.places, v.participants?.toLocaleString(v.language === 'en' ? 'en-GB' : 'fr-FR')],
    [L.prerequisites, v.prerequisites],
    [L.duration, sheet.durationText],
    [v.days.length > 1 ? L.dates : L.date, v.datesText],
    [L.location, v.location],
    [L.price, sheet.priceText],
    [L.access, sheet.access],
    [L.contact, sheet.contactText],
    [L.methods, sheet.methods],
    [L.evaluation, v.evaluation],
    [L.accessibility, v.accessibility],
  ];
  return rows
    .map(([label, value]) => ({ label, value: Array.isArray(value) && value.length === 1 ? value[0]! : value }))
    .filter((row): row is SheetRow => (Array.isArray(row.value) ? row.value.length > 0 : row.value !== undefined && row.value.trim() !== ''));
}

/** The declared `duration`, else the agenda's content time (pauses, travel and the team's own slots left out), with the number of days. */
function sheetDuration(model: ProgrammeModel, labels: Labels): string | undefined {
  const content = contentMinutes(model);
  const minutes = model.duration?.value ?? (content ? content : undefined);
  if (minutes === undefined) return undefined;
  const days = model.days.length;
  const duration = formatDuration(minutes);
  return days > 0 ? `${duration} ${labels.overDays} ${days} ${days > 1 ? labels.manyDays : labels.oneDay}` : duration;
}

function sheetPrice(model: ProgrammeModel, labels: Labels, language: RenderLanguage): string | undefined {
  const price = model.price;
  if (!price) return undefined;
  if ('text' in price) return price.text.value.trim() || undefined;
  if (!price.amount) return undefined;
  const amount = money(price.amount.value, price.currency?.value ?? 'EUR', language);
  return price.per ? `${amount} ${labels.pricePer[price.per.value]}` : amount;
}

/** `450 €` / `€450`; an amount in a currency the platform does not know is written with its code. */
function money(amount: number, currency: string, language: RenderLanguage): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  } catch {
    return `${amount.toLocaleString(language === 'en' ? 'en-GB' : 'fr-FR')} ${currency}`;
  }
}

function sheetContact(model: ProgrammeModel): string | undefined {
  const contact = model.contact;
  if (!contact) return undefined;
  if ('text' in contact) return contact.text.value.trim() || undefined;
  const parts = [contact.name?.value, contact.email?.value, contact.phone?.value].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length ? parts.join(' — ') : undefined;
}
