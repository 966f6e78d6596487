/**
 * Every handler goes through `safe`: a failure is logged once per kind and answers with
 * an empty result, so one bad document never takes a feature (or the server) down.
 */
import type { Connection } from 'vscode-languageserver/node';

export function safe<A extends unknown[], R>(connection: Connection, name: string, fallback: R, handler: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return handler(...args);
    } catch (e) {
      connection.console.error(`deroule: ${name} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fallback;
    }
  };
}
