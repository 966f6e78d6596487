/**
 * Every handler goes through `safe`: a failure is logged once per kind and answers with
 * an empty result, so one bad document never takes a feature (or the server) down.
 *
 * Requests also honour cancellation. Handlers are synchronous, so a `$/cancelRequest`
 * can only be seen between two turns of the event loop: `safe` waits one turn before
 * computing (a burst of requests the editor has already given up on is then dropped
 * unanswered by the core) and answers `RequestCancelled`, as LSP asks, when the token
 * says so. Long handlers can call `yieldUnlessCancelled` between two files.
 */
import { LSPErrorCodes, RAL, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

// The library's runtime layer: Node's setImmediate, a zero timeout in a browser's worker.
const turn = () => new Promise<void>((resolve) => void RAL().timer.setImmediate(resolve));

export const cancelled = () => new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

function isToken(value: unknown): value is CancellationToken {
  return typeof value === 'object' && value !== null && typeof (value as CancellationToken).isCancellationRequested === 'boolean';
}

/** Logs an error of the server (`deroule: <what>: <stack>`) to the client's output. */
export function logError(connection: Connection, what: string, error: unknown): void {
  connection.console.error(`deroule: ${what}: ${(error as Error)?.stack ?? String(error)}`);
}

/** Thrown by `yieldUnlessCancelled`; turned into the `RequestCancelled` answer by `safe`. */
class Cancelled extends Error {}

/** Lets the connection read pending messages, then stops the handler if it was cancelled. */
export async function yieldUnlessCancelled(token: CancellationToken | undefined): Promise<void> {
  await turn();
  if (token?.isCancellationRequested) throw new Cancelled();
}

export function safe<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R | ResponseError<never>> {
  return async (...args: A) => {
    // Handlers get (params, token, …): the token is the second argument.
    const token = isToken(args[1]) ? args[1] : undefined;
    try {
      await turn();
      if (token?.isCancellationRequested) return cancelled();
      return await handler(...args);
    } catch (e) {
      if (e instanceof Cancelled) return cancelled();
      logError(connection, `${name} failed`, e);
      return fallback;
    }
  };
}
