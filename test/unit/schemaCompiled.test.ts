/** The validation code generated from schemas/*.json is the one of the schemas as they are now. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

test('validators.generated.ts is up to date with schemas/ (node scripts/compileSchemas.mjs)', () => {
  // Exits non-zero, with the command to run, when a schema changed without regenerating.
  execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/compileSchemas.mjs'), '--check'], { stdio: 'pipe' });
});
