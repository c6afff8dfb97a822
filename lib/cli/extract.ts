import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extractPage } from '../sites';
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
    io.stdout(`${JSON.stringify({ page: result.page, cardCount: result.cardCount, postings: result.postings }, null, 2)}\n`);
    if (result.degraded) io.stderr(`extract: page degraded: ${result.problems.join('; ')}\n`);
  } finally {
    await window.happyDOM.close();
  }
}

export function parseNow(text: string): Date {
  const now = new Date(text);
  if (Number.isNaN(now.getTime())) throw new UsageError(`not an ISO time: ${text}`);
  return now;
}
