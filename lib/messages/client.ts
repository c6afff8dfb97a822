import { browser } from 'wxt/browser';
import type { AnyResponse, ErrorCode, RequestOf, RequestType, ResponseMap } from './protocol';

export class MessageError extends Error {
  constructor(readonly code: ErrorCode | 'no-response', message: string) {
    super(message);
  }
}

/** Sends one typed request to the worker and resolves with its data, or rejects with a MessageError. */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  const response = (await browser.runtime.sendMessage(request)) as AnyResponse | undefined;
  if (!response || typeof response !== 'object') throw new MessageError('no-response', 'the worker did not answer');
  if (!response.ok) throw new MessageError(response.error.code, response.error.message);
  return response.data as ResponseMap[T];
}
