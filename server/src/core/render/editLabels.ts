/**
 * The words of the preview's editing controls (issue 19), in their own file so that the view
 * model (viewModel.ts) stays small; `{0}` is a slot's time and title.
 */
export interface EditLabels {
  /** A slot's accessible name's tail: the keys that act on it. */
  slotKeys: string;
  actions: string;
  changeType: string;
  duplicate: string;
  delete: string;
  forTeam: string;
  forEveryone: string;
  insert: string;
  insertAtEnd: string;
  rename: string;
  resize: string;
  newTitle: string;
  /** A group chip's accessible name in a track (`{0}` the group, `{1}` the track). */
  groupChip: string;
  /** The keys that act on a focused group chip. */
  groupKeys: string;
}
