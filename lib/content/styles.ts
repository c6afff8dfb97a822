import badgeCss from '@/components/page/badge.css?inline';
import panelCss from '@/components/page/panel.css?inline';
import tokensCss from '@/components/page/tokens.css?inline';

export type UiKind = 'badge' | 'panel';
// Badges are not made by createShadowRootUi (see shadow-host.ts), so their sheet carries its reset itself.
const BADGE_RESET = ':host { all: initial !important; }\n';
const TEXT: Record<UiKind, string> = { badge: BADGE_RESET + tokensCss + badgeCss, panel: tokensCss + panelCss };
const sheets = new Map<UiKind, CSSStyleSheet | null>();

/**
 * Styles a shadow root. One constructed stylesheet is parsed once and adopted by every badge (a
 * thousand cards must not mean a thousand parses of the same CSS); where a browser will not adopt a
 * sheet made in a content script, a <style> element does the same job.
 */
export function styleShadow(shadow: ShadowRoot, kind: UiKind): void {
  let sheet = sheets.get(kind);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT[kind]);
    } catch {
      sheet = null;
    }
    sheets.set(kind, sheet);
  }
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    } catch {
      sheets.set(kind, null);
    }
  }
  const style = document.createElement('style');
  style.textContent = TEXT[kind];
  shadow.prepend(style);
}
