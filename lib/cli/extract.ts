import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extractPage, type PageExtraction } from '../sites';
import { parseArgs, UsageError, type CliIO } from './io';

export async function extractCommand(args: string[], io: CliIO): Promise<void> {
  const { options, positional } = parseArgs(args, ['url', 'now']);
  const rawUrl = options.get('url');
  if (!rawUrl || positional.length !== 1) throw new UsageError('extract needs --url <URL> and one HTML file');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UsageError(`not a URL: ${rawUrl}`);
  }
  const now = options.has('now') ? parseNow(options.get('now')!) : new Date();
  const html = await readFile(positional[0]!, 'utf8');
  // Scripts stay inert: the saved page is data, never code to run.
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } },
  });
  try {
    window.document.write(html);
    const result = extractPage(window.document as unknown as Document, url, now);
    // stdout is exactly the contract of issue 2 ({page, cardCount, postings}), which has no place for
    // the page's state: each posting says itself whether it is degraded and what is missing (its
    // `extraction`), and why the page gave less is told on stderr. The exit stays 0: the command
    // worked, and a page still loading or read in part is an answer, not an error.
    io.stdout(`${JSON.stringify({ page: result.page, cardCount: result.cardCount, postings: result.postings }, null, 2)}\n`);
    for (const line of diagnostics(result)) io.stderr(`extract: ${line}\n`);
  } finally {
    await window.happyDOM.close();
  }
}

/**
 * One line per reason the page gave fewer postings or fields than it shows: "page pending: …" for
 * content still on its way, "page degraded: …" for a page recognised but not read, "posting <id>
 * degraded: missing …" for a posting read without its title or company.
 */
export function diagnostics(result: PageExtraction): string[] {
  const lines: string[] = [];
  if (result.pending.length > 0) lines.push(`page pending: ${result.pending.join('; ')}`);
  const misread = result.problems.filter((p) => !result.pending.includes(p));
  if (result.degraded) lines.push(`page degraded: ${misread.join('; ') || 'not read'}`);
  else if (misread.length > 0) lines.push(`page not read: ${misread.join('; ')}`);
  for (const p of result.postings) {
    if (p.extraction.degraded) lines.push(`posting ${p.id} degraded: missing ${p.extraction.missing.join(', ')}`);
  }
  return lines;
}

export function parseNow(text: string): Date {
  const now = new Date(text);
  if (Number.isNaN(now.getTime())) throw new UsageError(`not an ISO time: ${text}`);
  return now;
}
