import { styleShadow, type UiKind } from './styles';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * A detached host element with an open shadow root, styled and ready to fill before it touches the page.
 *
 * The panel goes through WXT's `createShadowRootUi`; badges use this instead because a list may hold a
 * thousand of them. `createShadowRootUi` is async, adds a reset `<style>` to each root and runs the UI's
 * `onMount` after the host is already in the page, so every attribute and child written there restyles a
 * connected tree. Here the host is built whole, reset included in the shared adopted stylesheet, and goes
 * into the page with one insertion. The isolation is the same: an open shadow root per host, the page's
 * styles reset with `all: initial !important` on `:host`. Removal is the caller's (the annotator removes
 * every host it placed when the content script's context is invalidated).
 */
export function createShadowHost(doc: Document, name: string, kind: UiKind): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  styleShadow(shadow, kind);
  return { host, shadow };
}
