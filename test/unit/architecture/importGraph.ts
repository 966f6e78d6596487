/**
 * The import graph of the core's sources, read with regular expressions (the sources are
 * ours and written in one style): which modules a module imports, as values or as types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Import {
  /** The module's file, resolved (`…/core/parse/nodes.ts`); undefined for a package. */
  file: string | undefined;
  specifier: string;
  /** `import type …`, or braces of `type` names only: erased from the built code. */
  typeOnly: boolean;
}

/** Reads a source file; tests swap it to plant a violation without writing to disk. */
export type ReadSource = (file: string) => string | undefined;

export const readFromDisk: ReadSource = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

const STATIC = /^[ \t]*(?:import|export)\b([^'";]*?)\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function typeOnly(clause: string): boolean {
  const c = clause.trim();
  if (/^type\b/.test(c)) return true;
  const braces = /^\{([^}]*)\}$/.exec(c);
  if (!braces) return false;
  const names = braces[1]!.split(',').map((n) => n.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => /^type\s/.test(n));
}

function resolveModule(from: string, specifier: string, read: ReadSource): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const file of [base, `${base}.ts`, join(base, 'index.ts')]) if (file.endsWith('.ts') && read(file) !== undefined) return file;
  return `${base}.ts`;
}

export function importsOf(file: string, read: ReadSource): Import[] {
  const source = read(file) ?? '';
  const out: Import[] = [];
  for (const m of source.matchAll(STATIC)) out.push({ specifier: m[2]!, file: resolveModule(file, m[2]!, read), typeOnly: typeOnly(m[1]!) });
  for (const m of source.matchAll(BARE)) out.push({ specifier: m[1]!, file: resolveModule(file, m[1]!, read), typeOnly: false });
  for (const m of source.matchAll(DYNAMIC)) out.push({ specifier: m[1]!, file: resolveModule(file, m[1]!, read), typeOnly: false });
  return out;
}

/**
 * Every module `file` loads when it runs (value imports, followed transitively), each with
 * the chain that leads to it (`export/index.ts → render/buildView.ts → …`).
 */
export function loadedModules(file: string, read: ReadSource): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length) {
    const at = queue.shift()!;
    for (const imp of importsOf(at, read)) {
      if (imp.typeOnly || !imp.file || chains.has(imp.file)) continue;
      chains.set(imp.file, [...chains.get(at)!, imp.file]);
      queue.push(imp.file);
    }
  }
  return chains;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
