/** Shared by the gesture tests: a gesture on a text, the text after it, its diagnostics. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/core';
import type { Gesture, GestureOutcome } from '../../../server/src/core/gestures/types';

export const URI = 'file:///ws/atelier.programme.yaml';

export function gestureOn(text: string, gesture: Gesture, language: 'fr' | 'en' = 'en'): GestureOutcome {
  return createLanguageService({ settings: { language } }).gesture({ uri: URI, text }, gesture, language);
}

/** The text after the gesture; fails with the refusal when it is refused. */
export function after(text: string, gesture: Gesture, language: 'fr' | 'en' = 'en'): string {
  const outcome = gestureOn(text, gesture, language);
  if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`);
  return TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), outcome.edits);
}

export function refusal(text: string, gesture: Gesture, language: 'fr' | 'en' = 'en'): string | undefined {
  const outcome = gestureOn(text, gesture, language);
  return 'refused' in outcome ? outcome.refused : undefined;
}

export function announce(text: string, gesture: Gesture, language: 'fr' | 'en' = 'en'): string | undefined {
  const outcome = gestureOn(text, gesture, language);
  return 'announce' in outcome ? outcome.announce : undefined;
}

export function codes(text: string): string[] {
  return createLanguageService({ settings: { language: 'en' } }).check(URI, text).map((d) => d.code);
}
