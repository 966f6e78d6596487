import type { Language } from '../types';
import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages, Noun, Expected, TrainingField, DatedThing } from './en';

export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : fr;
}
export type { TrainingSheetKey } from './en';
