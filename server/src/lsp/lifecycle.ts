/**
 * The LSP lifecycle the library leaves to servers (LSP 3.17, "Server lifecycle"): before
 * `initialize`, a request gets the error ServerNotInitialized (-32002) and notifications are
 * dropped, except `exit`; `initialize` may be sent only once, so a second one gets an error.
 *
 * It is a message strategy of the JSON-RPC connection: it sees each message before the
 * connection dispatches it. A request to refuse is renamed to one of the two methods below,
 * whose handlers answer with the error, so the answer goes through the connection's own
 * writer (with the request's id) like any other.
 */
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy } from 'vscode-languageserver';

/** The method that stands for a request dropped unread (boundedInput.ts); its params are `{ length, limit }`. */
export const TOO_LARGE_METHOD = 'deroule/$messageTooLarge';

type Next = Parameters<MessageStrategy['handleMessage']>[1];

const NOT_INITIALIZED = 'deroule/$notInitialized';
const INITIALIZED_TWICE = 'deroule/$initializedTwice';

export interface Lifecycle {
  strategy: MessageStrategy;
  /** Registers the handlers that answer refused requests; call once the connection exists. */
  register(connection: Connection): void;
}

export function lifecycle(): Lifecycle {
  let initializeSeen = false;
  return {
    strategy: {
      handleMessage(message: Message, next: Next): ReturnType<Next> {
        if (Message.isRequest(message)) {
          if (message.method === 'initialize') {
            if (initializeSeen) return next({ ...message, method: INITIALIZED_TWICE } as Message);
            initializeSeen = true;
          } else if (!initializeSeen) return next({ ...message, method: NOT_INITIALIZED } as Message);
        } else if (Message.isNotification(message) && !initializeSeen && message.method !== 'exit') {
          return; // dropped, as the specification asks
        }
        return next(message);
      },
    },
    register(connection) {
      connection.onRequest(NOT_INITIALIZED, () => new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized: send initialize first'));
      connection.onRequest(
        TOO_LARGE_METHOD,
        (params: { length?: number; limit?: number }) =>
        new ResponseError(ErrorCodes.InvalidRequest, `the message of ${Number(params?.length).toLocaleString('en')} bytes is over the server's limit of ${Number(params?.limit).toLocaleString('en')} bytes: refused unread`),
      );
      connection.onRequest(INITIALIZED_TWICE, () => new ResponseError(ErrorCodes.InvalidRequest, 'initialize may be sent only once'));
    },
  };
}
