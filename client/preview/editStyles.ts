/**
 * The preview's own styles for its editing controls (issue 19): appended to the export's
 * stylesheet in dist/preview.css only (esbuild.mjs), so an export never carries them. Colours
 * come from VS Code's theme variables, with the export's own as fallbacks.
 */
export const PREVIEW_EDIT_STYLES = `
.programme .slot[data-index] { position:relative; touch-action:none; padding-right:2.2em; }
.programme .slot[data-index]:not([data-pinned]) { cursor:grab; }
.programme .slot[data-index]:focus-visible { outline:2px solid var(--vscode-focusBorder, var(--accent)); outline-offset:1px; }
.slot-menu { position:absolute; top:.25em; right:.25em; font:inherit; line-height:1.1; padding:.05em .4em; color:var(--fg); background:var(--card); border:1px solid var(--line); border-radius:3px; cursor:pointer; }
.slot-menu:focus-visible, .slot-insert:focus-visible { outline:2px solid var(--vscode-focusBorder, var(--accent)); }
.slot-resize { position:absolute; left:0; right:0; bottom:-4px; height:9px; cursor:ns-resize; z-index:2; }
.slot-resize:hover, .slot.resizing .slot-resize { background:var(--vscode-focusBorder, var(--accent)); opacity:.55; }
.slot-insert { align-self:center; width:1.5em; height:1.5em; margin:-.5em 0; padding:0; border-radius:50%; border:1px solid var(--line); background:var(--bg); color:var(--fg); font:inherit; line-height:1; cursor:pointer; position:relative; z-index:1; }
.slot.dragging { z-index:5; box-shadow:0 6px 16px rgba(0,0,0,.35); cursor:grabbing; will-change:transform; }
.slot[data-live]::after { content:attr(data-live); position:absolute; right:2.4em; top:.25em; font-size:.85em; font-style:normal; font-variant-numeric:tabular-nums; background:var(--vscode-editorWidget-background, var(--bg)); color:var(--fg); border:1px solid var(--vscode-focusBorder, var(--accent)); border-radius:3px; padding:0 .35em; }
.slot[data-live-conflict]::after { border-color:var(--danger); color:var(--danger); }
.drop-indicator { position:absolute; left:0; top:0; height:3px; border-radius:2px; background:var(--vscode-focusBorder, var(--accent)); pointer-events:none; z-index:6; will-change:transform; }
.drop-indicator.refused { background:var(--danger); }
.gesture-menu { position:fixed; z-index:10; min-width:12em; max-height:70vh; overflow:auto; padding:.2em 0; background:var(--vscode-menu-background, var(--bg)); color:var(--vscode-menu-foreground, var(--fg)); border:1px solid var(--vscode-menu-border, var(--line)); border-radius:4px; box-shadow:0 2px 8px rgba(0,0,0,.35); }
.gesture-menu button { display:block; width:100%; text-align:left; font:inherit; color:inherit; background:none; border:0; padding:.2em .8em; cursor:pointer; }
.gesture-menu button:hover, .gesture-menu button:focus { background:var(--vscode-menu-selectionBackground, var(--accent)); color:var(--vscode-menu-selectionForeground, var(--bg)); outline:none; }
.gesture-menu [aria-checked="true"]::before { content:"✓ "; }
.gesture-menu-heading { margin:.3em .8em .1em; font-size:.8em; color:inherit; text-transform:uppercase; }
.slot-rename { font:inherit; font-weight:600; width:100%; color:var(--vscode-input-foreground, var(--fg)); background:var(--vscode-input-background, var(--bg)); border:1px solid var(--vscode-focusBorder, var(--accent)); }
.gesture-refused { position:sticky; top:0; z-index:8; margin:0 0 .5em; padding:.4em .6em; border:2px solid var(--danger); border-radius:4px; color:var(--fg); background:var(--bg); }
/* The mission Gantt's drag (client/preview/ganttDrag.ts). */
.gantt.preview [data-phase], .gantt.preview [data-milestone] { cursor:grab; touch-action:none; }
.gantt.preview .g-edge { position:absolute; top:0; bottom:0; width:6px; cursor:ew-resize; } .g-edge-start { left:0; } .g-edge-end { right:0; }
.gantt.preview .g-dragging { cursor:grabbing; z-index:2; outline:2px dashed var(--vscode-focusBorder, var(--fg)); }
.gantt.preview [tabindex]:focus-visible { outline:2px solid var(--vscode-focusBorder, var(--accent)); outline-offset:1px; }
.g-drag-label { position:fixed; z-index:3; padding:.1em .4em; font-size:.85em; white-space:nowrap; pointer-events:none; border-radius:3px; background:var(--vscode-editorHoverWidget-background, var(--card)); color:var(--vscode-editorHoverWidget-foreground, var(--fg)); border:1px solid var(--vscode-editorHoverWidget-border, var(--line)); }
/* A group dragged from one track to another (client/preview/groupDrag.ts). */
.programme .group-chip { display:inline-block; margin:.1em .15em 0 0; padding:0 .45em; border:1px solid var(--line); border-radius:.8em; background:var(--bg); cursor:grab; user-select:none; touch-action:none; }
.programme .group-chip:focus-visible { outline:2px solid var(--vscode-focusBorder, var(--accent)); outline-offset:1px; }
.programme .group-chip.group-chip-dragging { position:relative; z-index:6; cursor:grabbing; box-shadow:0 3px 8px rgba(0,0,0,.35); will-change:transform; pointer-events:none; }
.programme .track.group-drop-target { outline:2px dashed var(--vscode-focusBorder, var(--accent)); outline-offset:2px; background:var(--vscode-list-dropBackground, var(--card)); }
@media print { .slot-menu, .slot-resize, .slot-insert, .drop-indicator, .gesture-refused { display:none; } }
`;
