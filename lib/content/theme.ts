/**
 * Whether the site is showing a dark theme: LinkedIn marks it with a class on <html>; otherwise the
 * page background's luminance decides. Read once per navigation (it costs a style computation).
 */
export function isDarkPage(doc: Document): boolean {
  const html = doc.documentElement;
  if (/\btheme--dark\b|\bdark\b/.test(html.className)) return true;
  if (/\btheme--light\b/.test(html.className)) return false;
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, html]) {
    if (!el) continue;
    const rgb = view.getComputedStyle(el).backgroundColor.match(/[\d.]+/g)?.map(Number);
    if (!rgb || rgb.length < 3 || rgb[3] === 0) continue;
    const [r, g, b] = rgb as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}
