/** The `deroule.*` settings of the client, turned into the core's settings. */
import { resolveSettings, ruleCodes, type DeepPartial, type Language, type Settings, type SeveritySetting } from '../core';
import type { TimeStyle } from '../core/time';
import { MAX_TEXT_LENGTH } from '../core/types';

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

export interface ServerSettings {
  core: Settings;
  /** Notation of the times the server writes (quick fixes, completion, outline). */
  style: TimeStyle;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function toServerSettings(client: ClientSettings | undefined, locale: string | undefined): ServerSettings {
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
  const style: TimeStyle = client?.timeStyle === 'colon' || client?.timeStyle === 'h' ? client.timeStyle : language === 'fr' ? 'h' : 'colon';
  return { core: resolveSettings(partial), style };
}
