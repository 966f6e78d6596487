/**
 * The line of each `## code` heading of a rules page (docs/rules.md, docs/rules.fr.md),
 * outside fenced code blocks: where the help of a diagnostic's code opens. Pure, so it is
 * tested without the editor.
 */
export function ruleHeadingLines(markdown: string): Map<string, number> {
  const lines = new Map<string, number>();
  let fence: string | undefined;
  markdown.split(/\r\n|\r|\n/).forEach((line, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    const code = fence ? undefined : /^## ([a-z][a-z0-9-]*)\s*$/.exec(line)?.[1];
    if (code && !lines.has(code)) lines.set(code, index);
  });
  return lines;
}

/** `rules.md` or `rules.fr.md` when `path` is such a page of a docs/ folder. */
export function rulesPageOf(path: string): string | undefined {
  return /\/docs\/(rules(?:\.fr)?\.md)$/.exec(path)?.[1];
}
