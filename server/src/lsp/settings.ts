/** The `deroule.*` settings of the client, turned into the core's settings. */
import { MAX_TEXT_LENGTH, resolveSettings, ruleCodes, type DeepPartial, type Language, type Settings, type SeveritySetting, type TimeStyle } from '../core';

/** What the client's configuration holds under `deroule`. */
export interface ClientSettings {
  language?: 'auto' | Language;
  rules?: Record<string, SeveritySetting>;
  maxDayMinutes?: number;
  maxMinutesWithoutBreak?: number;
  maxTextLength?: number;
  timeStyle?: 'auto' | TimeStyle;
  schemes?: DeepPartial<Settings['schemes']>;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** The core's settings from the client's (`auto` time style: the core's default for the language). */
export function toCoreSettings(client: ClientSettings | undefined, locale: string | undefined): Settings {
  const language: Language =
    client?.language === 'fr' || client?.language === 'en' ? client.language : (locale ?? 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
  const rules: Settings['rules'] = {};
  for (const code of ruleCodes) {
    const value = client?.rules?.[code];
    if (typeof value === 'string' && SEVERITIES.has(value)) rules[code] = value;
  }
  const positive = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined);
  const partial: DeepPartial<Settings> = { language, rules };
  const maxDay = positive(client?.maxDayMinutes);
  const maxNoBreak = positive(client?.maxMinutesWithoutBreak);
  const maxText = positive(client?.maxTextLength) && Math.min(client!.maxTextLength!, MAX_TEXT_LENGTH);
  if (maxDay) partial.maxDayMinutes = maxDay;
  if (maxNoBreak) partial.maxMinutesWithoutBreak = maxNoBreak;
  if (maxText) partial.maxTextLength = maxText;
  if (client?.schemes) partial.schemes = client.schemes;
  if (client?.timeStyle === 'colon' || client?.timeStyle === 'h') partial.timeStyle = client.timeStyle;
  return resolveSettings(partial);
}
