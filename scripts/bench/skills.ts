// Skill engine speed: trie matcher vs one-regex-per-skill on the same postings, 5 KB latency, build cost.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import taxonomy from '../../lib/skills/data/taxonomy.json' with { type: 'json' };
import type { TaxonomyFile } from '../../lib/skills/data-format.ts';
import { createSkillEngine } from '../../lib/skills/engine.ts';
import { readConll } from '../skills/sources/skillspan.ts';
import { repoRoot } from '../skills/sources/paths.ts';

type Report = (name: string, value: number, unit: string) => void;

/** Postings of about `size` chars made of SkillSpan train/dev sentences (real StackOverflow and STAR ads). */
function corpus(size: number): string[] {
  const dir = resolve(repoRoot, '../shared/research/skills-data/skillspan/conll');
  if (!existsSync(dir)) throw new Error(`SkillSpan not found at ${dir}`);
  const postings: string[] = [];
  let cur = '';
  for (const split of ['tech_train', 'tech_dev', 'house_train', 'house_dev'])
    for (const s of readConll(resolve(dir, `skillspan_${split}.conll`))) {
      cur += s.tokens.join(' ') + '\n';
      if (cur.length >= size) postings.push(cur.slice(0, size)), (cur = '');
    }
  return postings;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function run(report: Report): Promise<void> {
  const skills = (taxonomy as TaxonomyFile).skills;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const engine = createSkillEngine(skills);
  const buildMs = performance.now() - t0;
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  report('skills_build_time', buildMs, 'ms');
  report('skills_build_memory', heapMb, 'MB');
  report('skills_taxonomy_size', engine.size, 'skills');

  const postings = corpus(5000);
  const bytes = postings.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const p of postings.slice(0, 50)) engine.extract(p); // warm up the JIT
  let passes = 0;
  const start = performance.now();
  let found = 0;
  while (performance.now() - start < 2000 || passes < 2) {
    for (const p of postings) found += engine.extract(p).length;
    passes++;
  }
  const trieSec = (performance.now() - start) / 1000;
  const trieMBs = (bytes * passes) / 2 ** 20 / trieSec;
  report('skills_throughput', trieMBs, 'MB/s');

  const times: number[] = [];
  for (let r = 0; r < 5; r++)
    for (const p of postings) {
      const t = performance.now();
      engine.extract(p);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  report('skills_5kb_posting_median', times[times.length >> 1]!, 'ms');
  report('skills_5kb_posting_p95', times[Math.floor(times.length * 0.95)]!, 'ms');

  // The common extension approach: one case-insensitive, word-bounded regex per skill over its spellings.
  const regexes = skills.map((s) => new RegExp(`(?<![\\w.])(?:${[s.label, ...s.aliases].map(escape).join('|')})(?![\\w+#])`, 'gi'));
  const sample = postings.slice(0, 40);
  const sampleBytes = sample.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const rStart = performance.now();
  let naiveFound = 0;
  for (const p of sample) for (const re of regexes) for (const _ of p.matchAll(re)) naiveFound++;
  const naiveMBs = sampleBytes / 2 ** 20 / ((performance.now() - rStart) / 1000);
  report('skills_regex_per_skill_throughput', naiveMBs, 'MB/s');
  report('skills_speedup_vs_regex_per_skill', trieMBs / naiveMBs, 'x');
  if (found < 0 || naiveFound < 0) throw new Error('unreachable: keeps results alive');
}
