// LinkedIn job ids from URLs and markup.

/** Real URLs: /jobs/view/4012345678/, /jobs/view/data-analyst-at-acme-4012345678, ?currentJobId=4012345678 */
export function idFromUrl(url: URL): string | null {
  const view = /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})\/?$/.exec(url.pathname.replace(/\/+$/, '/'));
  if (view) return view[1]!;
  const current = url.searchParams.get('currentJobId');
  return current && /^\d{6,}$/.test(current) ? current : null;
}

export function isViewPage(url: URL): boolean {
  return /\/jobs\/view\//.test(url.pathname);
}

const ATTRS = ['data-occludable-job-id', 'data-job-id'] as const;

/** The id an element carries: occludable/job-id attributes, a jobPosting urn, or a 2026 componentkey. */
export function idFromElement(el: Element): string | null {
  for (const attr of ATTRS) {
    const v = el.getAttribute(attr);
    if (v && /^\d+$/.test(v.trim())) return v.trim();
  }
  const urn = el.getAttribute('data-entity-urn');
  const fromUrn = urn ? /jobPosting:(\d+)/.exec(urn) : null;
  if (fromUrn) return fromUrn[1]!;
  const key = el.getAttribute('componentkey');
  const fromKey = key ? /job-card-component-ref-(\d+)/.exec(key) : null;
  return fromKey ? fromKey[1]! : null;
}

export function idFromHref(href: string | null): string | null {
  if (!href) return null;
  return /\/jobs\/view\/(?:[^/?#]*?-)?(\d{6,})/.exec(href)?.[1] ?? /currentJobId=(\d{6,})/.exec(href)?.[1] ?? null;
}

export function canonicalUrl(id: string): string {
  return `https://www.linkedin.com/jobs/view/${id}/`;
}
