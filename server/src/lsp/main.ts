/** Entry point of the bundled server (dist/server.js): IPC from the extension, or --stdio. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { MAX_TEXT_LENGTH } from '../core';
import { boundedInput } from './boundedInput';
import { lifecycle } from './lifecycle';
import { startServer } from './server';
import { nodeHost } from '../node/serverHost';
import '../node/lazyBundles';

/**
 * Longest LSP message read over stdio, 64 MiB. It must hold a document of the longest
 * `maxTextLength` with every character taking 3 bytes in JSON (UTF-8 of a BMP character;
 * `"`, `\` and line breaks take 2), about 30 MB, and also the text of a file over the
 * setting, which must be read to be reported once as too large (a 50 MB mission-sized
 * paste: test/lsp/largeFile.test.ts). Longer messages are dropped unread.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
// A document under the largest maxTextLength always fits.
if (3 * MAX_TEXT_LENGTH + 1024 * 1024 > MAX_MESSAGE_BYTES) throw new Error('MAX_MESSAGE_BYTES is below the largest maxTextLength');

const gate = lifecycle();
const options = { messageStrategy: gate.strategy };
const connection = process.argv.includes('--stdio')
  ? createConnection(
      ProposedFeatures.all,
      process.stdin.pipe(
        boundedInput(MAX_MESSAGE_BYTES, (refusal) =>
          process.stderr.write(
            refusal.kind === 'body'
              ? `deroule: a message of ${refusal.length} bytes was refused unread (the limit is ${MAX_MESSAGE_BYTES} bytes)\n`
              : 'deroule: a message header longer than 16 KiB was refused unread\n',
          ),
        ),
      ),
      process.stdout,
      options,
    )
  : createConnection(ProposedFeatures.all, options);
if (process.argv.includes('--stdio')) {
  // stdout carries the protocol: what a library would print goes to stderr, the editor's log.
  for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = console.error;
}
gate.register(connection);
startServer(connection, nodeHost);
