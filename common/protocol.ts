/**
 * Custom messages between the extension and the server, defined once and imported by both
 * sides (common/ is the only folder both may import). Everything else is plain LSP.
 *
 * No runtime dependency: the extension loads this module at activation, before the
 * language client library (client/src/languageClient.ts), so a request is only its method
 * name with its parameter and result types; the server makes a `RequestType` of it
 * (lsp/requests.ts) and the client sends `request.method`.
 */

/** A custom request: its method name, and (for the compiler) its parameter and result types. */
export interface DerouleRequest<P, R> {
  readonly method: string;
  /** Never set: carries the types. */
  readonly types?: { params: P; result: R };
}

const request = <P, R>(method: string): DerouleRequest<P, R> => ({ method });

/** A node of the Déroulé view: missions → (workstreams →) phases → programmes → days, and milestones; loose programmes by date. */
export interface ExplorerNode {
  label: string;
  description?: string;
  kind: 'mission' | 'workstream' | 'phase' | 'milestone' | 'programme' | 'day' | 'missing';
  /** File to open on click, and the line to reveal. */
  uri?: string;
  line?: number;
  /** Error and warning counts of the file. */
  problems?: { errors: number; warnings: number };
  children?: ExplorerNode[];
}

export interface ExplorerParams {
  /** Language of the labels. */
  language?: 'fr' | 'en';
}

export const explorerRequest = request<ExplorerParams, ExplorerNode[]>('deroule/explorer');

/** Settings the client sends as `initializationOptions` (the rest is read by workspace/configuration). */
export interface InitializationOptions {
  /** VS Code's display language, for `deroule.language: auto`. */
  locale?: string;
  /**
   * The URI of the docs/ folder the codes' links open, where the server cannot find it
   * itself (in the browser, the extension's own folder is not a path the worker can see).
   */
  docsUri?: string;
}

/**
 * Who a rendering is for (FORMAT.md 7.3): participants never see `visibility: team` slots,
 * notes or materials; the team sees them all, marked, with a materials checklist per day.
 */
export type Audience = 'participants' | 'team';

/** The preview of a document: the body markup of the rendering, for the version it was made from. */
export interface PreviewParams {
  uri: string;
  /** The team's form (everything, team items marked) unless `participants` is asked for. */
  for?: Audience;
  /** The earlier switch: `false` is the participants' form (when `for` is not given). */
  withNotes?: boolean;
}
export interface PreviewResult {
  uri: string;
  version: number | undefined;
  /** Rendered by the core with every user text escaped; shown in a webview under a strict CSP. */
  html: string;
  title: string;
  language: 'fr' | 'en';
}
export const previewRequest = request<PreviewParams, PreviewResult | null>('deroule/preview');

/** An export, made by the server from the open document's text. */
export interface ExportParams {
  uri: string;
  format: 'html' | 'md' | 'docx' | 'ics';
  /** The participants' form unless `team` is asked for. */
  for?: Audience;
  /** The earlier name of `for: 'team'` (when `for` is not given). */
  withNotes?: boolean;
  perDay?: boolean;
}
export interface ExportResult {
  /** Base64 of the file's bytes. */
  data: string;
  /** A clear reason when the export could not be made. */
  error?: string;
}
export const exportRequest = request<ExportParams, ExportResult>('deroule/export');

/** Import a programme written for humans (text, Markdown, Word), or only its slots (paste). */
export interface ImportParams {
  /** Base64 of the source file's bytes. */
  data: string;
  fileName: string;
  slotsOnly?: boolean;
}
export interface ImportReply {
  yaml: string;
  slots: number;
  unplaced: number;
  error?: string;
  /**
   * What the import recognised and the check of the result, in the settings' language
   * (issue 17): `short` for a notification, `lines` for the output channel. Not for slots only.
   */
  summary?: { short: string; lines: string[] };
}
export const importRequest = request<ImportParams, ImportReply>('deroule/import');
/**
 * The largest file an import reads (core/import/limits.ts's `fileBytes`, kept equal by a
 * test): the extension refuses a larger one before sending it, rather than sending tens of
 * megabytes for the server to refuse.
 */
export const IMPORT_FILE_BYTES = 20 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Editing from the preview (issue 19): a gesture on the preview becomes text edits computed
// by the core (server/src/core/gestures/), answered as a workspace edit the extension
// applies, so that undo reverts a gesture in one step.

/**
 * A slot, as the preview knows it: the index of its day (0 for the one-day form's `agenda`)
 * and its index in that day's agenda. The preview's slot elements carry them as
 * `data-day` / `data-index`.
 */
export interface SlotRef {
  day: number;
  index: number;
}

/** A place between slots: before the slot at `index` of day `day` (`index` = the day's length: at its end). */
export interface SlotPlace {
  day: number;
  index: number;
}

/** A phase of a mission's Gantt: its index in `phases`, or in `workstreams[workstream].phases`. */
export interface PhaseRef {
  workstream?: number;
  index: number;
}

/** A milestone of a mission: its index in `milestones`, or in `workstreams[workstream].milestones`. */
export interface MilestoneRef {
  workstream?: number;
  index: number;
}

/** One gesture of the preview (issue 19). */
export type Gesture =
  /** Drag a slot to another place of its day or of another day; the times follow (pinned slots stay). */
  | { kind: 'move'; slot: SlotRef; to: SlotPlace }
  /** Drag a slot's lower edge: its new length in minutes (5-minute steps); `alone` (Alt): the following slots do not shift. */
  | { kind: 'resize'; slot: SlotRef; minutes: number; alone?: boolean }
  | { kind: 'rename'; slot: SlotRef; title: string }
  | { kind: 'setType'; slot: SlotRef; type: string }
  | { kind: 'duplicate'; slot: SlotRef }
  | { kind: 'delete'; slot: SlotRef }
  /** Mark a slot for the team (`visibility: team`) or back for everyone. */
  | { kind: 'setVisibility'; slot: SlotRef; visibility: 'public' | 'team' }
  /** The "+" between two slots: a new slot of `type` with its default length. */
  | { kind: 'insert'; at: SlotPlace; type: string }
  /** Drag a group from one track of a slot to another. */
  | { kind: 'moveGroup'; slot: SlotRef; group: string; fromTrack: number; toTrack: number }
  /** Drag a phase bar (`both`) or one of its edges on the Gantt, by whole months. */
  | { kind: 'movePhase'; phase: PhaseRef; months: number; edge: 'start' | 'end' | 'both' }
  /** Drag a milestone to another date (YYYY-MM-DD). */
  | { kind: 'moveMilestone'; milestone: MilestoneRef; date: string };

export interface GestureParams {
  uri: string;
  /** The document version the preview showed: a gesture on an older version is refused (the preview is redrawn). */
  version: number | undefined;
  gesture: Gesture;
  /** Language of a refusal's message. */
  language?: 'fr' | 'en';
}

/** A text edit in LSP's shape (0-based lines and UTF-16 characters). */
export interface GestureTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

export interface GestureResult {
  /** The edit to apply (LSP WorkspaceEdit shape: `changes` by URI); absent when refused. */
  edit?: { changes: Record<string, GestureTextEdit[]> };
  /** Why the gesture cannot be applied (« Le déplacement dépasserait minuit », « … chevaucherait le repas épinglé »), in the asked language. */
  refused?: string;
  /** A sentence for screen readers saying what was done (« Accueil déplacé à 10h00 »). */
  announce?: string;
}
export const gestureRequest = request<GestureParams, GestureResult>('deroule/gesture');

/**
 * The browser's language server runs in a web worker, which sees no disk: the extension
 * reads the workspace's programmes, missions and `.deroule.yaml` files through the editor's
 * file system (`workspace.fs`) and sends them, then each change (`text: null`: deleted).
 * `folders` (the workspace folders) comes with the first batch.
 */
export interface WorkspaceFilesParams {
  folders?: string[];
  files: { uri: string; text: string | null }[];
}
export const workspaceFilesNotification = request<WorkspaceFilesParams, void>('deroule/workspaceFiles');

/**
 * The browser's language server asks the extension for one of its bundles loaded only when
 * used (the Word export, the importer and its readers): a worker started from a Blob cannot
 * fetch the extension's files (code-server), so the extension reads them for it.
 */
export interface ModuleParams {
  /** A file name of dist/web/ (`export-docx.js`). */
  name: string;
}
export const moduleRequest = request<ModuleParams, { text: string } | { error: string }>('deroule/module');
