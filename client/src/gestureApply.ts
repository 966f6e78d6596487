/**
 * A gesture on the preview (issue 19), made: asked of the server (`deroule/gesture`, which the
 * core computes as text edits), applied as one workspace edit (one step of the editor's undo),
 * then answered to the preview — what was done, for its screen-reader announcement, and the
 * slot to focus; or why nothing was done, in the preview and as a warning.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ToPreview } from '../../common/previewMessages';
import { gestureRequest, type Gesture, type GestureParams, type GestureResult, type SlotRef } from '../../common/protocol';

type Answer = Extract<ToPreview, { type: 'gestureDone' | 'gestureRefused' }>;

/** Where the slot a gesture acted on is once it is made: the preview focuses it after redrawing. */
export function focusAfter(gesture: Gesture): SlotRef | undefined {
  switch (gesture.kind) {
    case 'move': {
      const { slot, to } = gesture;
      return { day: to.day, index: to.day === slot.day && to.index > slot.index ? to.index - 1 : to.index };
    }
    case 'insert':
      return gesture.at;
    case 'duplicate':
      return { day: gesture.slot.day, index: gesture.slot.index + 1 };
    case 'resize':
    case 'rename':
    case 'setType':
    case 'setVisibility':
    case 'moveGroup':
    // After a delete, the slot that took its place (the preview skips it when there is none).
    case 'delete':
      return gesture.slot;
    default:
      return undefined;
  }
}

/**
 * Asks for the gesture's edit and applies it to `document`; `redraw` updates the preview from
 * the edited document before the answer (so the focus finds the slot at its new place).
 */
export async function applyGesture(client: LanguageClient, document: vscode.TextDocument, version: number | undefined, gesture: Gesture, redraw: () => Promise<void>): Promise<Answer> {
  const uri = document.uri.toString();
  const refuse = (message: string): Answer => {
    void vscode.window.showWarningMessage(message);
    return { type: 'gestureRefused', uri, message };
  };
  let result: GestureResult | null;
  try {
    const params: GestureParams = { uri, version, gesture, language: vscode.env.language.startsWith('fr') ? 'fr' : 'en' };
    result = await client.sendRequest<GestureResult | null>(gestureRequest.method, params);
  } catch (error) {
    return refuse(vscode.l10n.t('The change could not be made: {0}', error instanceof Error ? error.message : String(error)));
  }
  if (!result || result.refused !== undefined || !result.edit) return refuse(result?.refused ?? vscode.l10n.t('The change could not be made.'));
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) return refuse(vscode.l10n.t('The document changed before the change could be made: try again.'));
  await redraw();
  const focus = focusAfter(gesture);
  return { type: 'gestureDone', uri, announce: result.announce ?? '', ...(focus ? { focus } : {}) };
}
