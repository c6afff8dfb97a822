import { execFileSync } from 'node:child_process';
import type { SkillCategory } from '../../../lib/skills/types.ts';
import type { SourceName } from './onet.ts';

/** RFC 4180 rows: quoted fields may hold commas, quotes and newlines (ESCO's altLabels do). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

function readZipEntry(zip: string, entry: string): string {
  return execFileSync('unzip', ['-p', zip, entry], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * Lower-case words of ESCO's occupation and skill descriptions, with their counts: plain English about work,
 * so a product name that occurs there in lower case ("calendar", "publisher", "painter") is an everyday word.
 */
export function escoProseWords(zip: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of ['occupations_en.csv', 'skills_en.csv']) {
    for (const m of readZipEntry(zip, entry).matchAll(/(?<![A-Za-z])[a-z]+(?![A-Za-z])/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}

const PROGRAMMING = /computer programming|software and applications development/;

function categoryOf(broader: string, label: string): SkillCategory {
  if (PROGRAMMING.test(broader)) return 'language';
  if (/database/i.test(broader + label)) return 'database';
  if (/security|cyber/i.test(label)) return 'security';
  if (/network/i.test(label)) return 'it-networking';
  if (/test/i.test(label)) return 'testing';
  return 'tool';
}

/** Short altLabels only: ESCO's long paraphrases ("ability to comprehend spoken and written ...") never appear verbatim. */
function shortLabels(s: string): string[] {
  return s
    .split('\n')
    .map((a) => a.trim())
    .filter((a) => a && a.length <= 40 && a.split(' ').length <= 4 && !/^(the|a|an|competent|ability)\b/i.test(a));
}

/** ESCO 1.1.1 knowledge concepts from the digital and language collections. */
export function readEsco(zip: string): SourceName[] {
  const out: SourceName[] = [];
  for (const row of parseCsv(readZipEntry(zip, 'digitalSkillsCollection_en.csv'))) {
    if (row.skillType !== 'knowledge' || row.preferredLabel!.length > 40) continue;
    const label = row.preferredLabel!.trim();
    // "Python (computer programming)", "Unity (digital game creation systems)": the name without ESCO's qualifier
    // lets it join the curated skill of that name.
    const bare = label.replace(/\s*\([^)]*\)$/, '');
    const variants = shortLabels(row.altLabels ?? '').slice(0, 6);
    const joins = bare !== label ? bare : undefined;
    out.push({ name: label, category: categoryOf(row.broaderConceptPT ?? '', label), variants, joins });
  }
  for (const row of parseCsv(readZipEntry(zip, 'languageSkillsCollection_en.csv'))) {
    if (row.skillType !== 'knowledge') continue;
    const label = row.preferredLabel!.trim();
    // A language name on its own is also a nationality adjective: evidence comes from the engine's rules.
    out.push({ name: label, category: 'soft', variants: [] });
  }
  return out;
}
