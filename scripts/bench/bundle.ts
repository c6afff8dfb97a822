// Sizes of the built extension: what every job page pays to load (the content script) and in total.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD } from '../browser/chromium';

function totalSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  if (!existsSync(CHROME_BUILD)) throw new Error('build the extension first: npm run build');
  const content = join(CHROME_BUILD, 'content-scripts/jobs.js');
  if (existsSync(content)) report('bundle.content-script', statSync(content).size / 1024, 'KiB');
  report('bundle.background', statSync(join(CHROME_BUILD, 'background.js')).size / 1024, 'KiB');
  report('bundle.total', totalSize(CHROME_BUILD) / 1024, 'KiB');
}
