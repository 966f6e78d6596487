/**
 * `deroule/gesture` (issue 19): a gesture of the preview on an open programme, answered with
 * the workspace edit that makes it (the extension applies it, so undo reverts it in one
 * step) or why it is refused. A gesture made on a version the preview no longer shows is
 * refused: its slot indices may name other slots now.
 */
import type { Connection } from 'vscode-languageserver';
import { messagesFor, type FeatureMethods, type Language } from '../core';
import { gestureRequest, type GestureParams, type GestureResult } from '../../../common/protocol';
import type { OpenSources } from './parts';
import { requestType } from './requests';
import { safe } from './safe';

export interface GestureParts {
  service: Pick<FeatureMethods, 'gesture'> & { readonly settings: { language: Language } };
  open: OpenSources;
}

export function registerGestures(connection: Connection, parts: GestureParts): void {
  connection.onRequest(
    requestType(gestureRequest),
    safe(connection, 'gesture', { refused: 'gesture failed' }, (params: GestureParams): GestureResult => {
      const language: Language = params.language === 'en' || params.language === 'fr' ? params.language : parts.service.settings.language;
      const m = messagesFor(language);
      const doc = parts.open(params.uri);
      if (!doc) return { refused: m.gestures.staleVersion };
      if (params.version !== doc.version) return { refused: m.gestures.staleVersion };
      const outcome = parts.service.gesture(doc, params.gesture, language);
      if ('refused' in outcome) return { refused: outcome.refused };
      return { edit: { changes: { [params.uri]: outcome.edits } }, announce: outcome.announce };
    }),
  );
}
