/**
 * `npm run test:vscode`: the end-to-end scenarios in a VS Code downloaded by
 * @vscode/test-electron (machines with internet access; here code-server runs them, see
 * test/e2e). The packaged extension's files are used as they are in the .vsix.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../../..');
  const workspace = mkdtempSync(join(tmpdir(), 'deroule-vscode-'));
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(__dirname, 'suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
