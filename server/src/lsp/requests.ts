/** The server side of the custom requests of protocol.ts: each as the library's `RequestType`. */
import { RequestType } from 'vscode-languageserver';
import type { DerouleRequest } from '../../../common/protocol';

export function requestType<P, R>(request: DerouleRequest<P, R>): RequestType<P, R, void> {
  return new RequestType<P, R, void>(request.method);
}
