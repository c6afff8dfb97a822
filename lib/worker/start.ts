import { browser } from 'wxt/browser';
import type { AnyResponse } from '../messages/protocol';
import { announceChange } from '../store/change-signal';
import { deletePageStatus } from '../store';
import { handleMessage, type WorkerContext } from './handlers';
import type { Scorer } from './scorer';

/** Registers the worker's listeners. Called synchronously at worker start-up (MV3 requires it). */
export function startWorker(scorer: Scorer | null): void {
  const ctx: WorkerContext = {
    selfId: browser.runtime.id,
    selfOrigin: browser.runtime.getURL('/'),
    scorer,
    now: () => new Date(),
    announce: announceChange,
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
    },
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: AnyResponse) => void) => {
    const info = { extensionId: sender.id, url: sender.url, tabId: sender.tab?.id };
    void handleMessage(message, info, ctx).then(sendResponse);
    return true; // answer asynchronously through sendResponse (works in Chromium and Firefox alike)
  });
  browser.tabs?.onRemoved.addListener((tabId) => void deletePageStatus(tabId));
}
