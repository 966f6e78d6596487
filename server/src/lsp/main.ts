/** Entry point of the bundled server (dist/server.js): IPC from the extension, or --stdio. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
