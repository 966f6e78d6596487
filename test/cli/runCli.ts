/** Runs the built CLI (`dist/cli.js`, made by `node esbuild.mjs`) as a pipeline would. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `deroule <args>` in `cwd`. `env` is added to the test's own environment (the locale
 * variables decide the language of messages); without it the CLI inherits that environment.
 */
export function runCli(args: string[], cwd: string, env?: Record<string, string>): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(env ? { env: { ...process.env, ...env } } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
