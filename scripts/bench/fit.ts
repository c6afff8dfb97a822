// Career-fit speed: extracting skills from and scoring one 5 KB posting, and re-scoring 1,000 stored
// postings after a plan change (with the analysis cache warm, as in a running worker, and cold, as after
// the worker was stopped).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scorePosting } from '../../lib/fit/index.ts';
import type { Posting } from '../../lib/model/index.ts';
import { SAMPLE_PLANS } from '../../lib/plans/index.ts';
import { getSkillEngine } from '../../lib/skills/index.ts';

type Report = (name: string, value: number, unit: string) => void;

const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/fit');

function fixtures(): Posting[] {
  return readdirSync(FIXTURES).flatMap((plan) =>
    readdirSync(join(FIXTURES, plan)).map((f) => JSON.parse(readFileSync(join(FIXTURES, plan, f), 'utf8')) as Posting),
  );
}

/** `n` distinct postings of about `size` characters, each a fixture with other fixtures' text appended. */
function postings(n: number, size: number, tag: string): Posting[] {
  const base = fixtures();
  const texts = base.map((p) => p.description ?? '').filter(Boolean);
  return Array.from({ length: n }, (_, i) => {
    const p = base[i % base.length]!;
    let description = p.description ?? '';
    for (let k = 1; description.length < size; k++) description += `\n\n${texts[(i + k) % texts.length]}`;
    const nativeId = `${tag}${i}`;
    return { ...p, id: `other:${nativeId}`, site: 'other', nativeId, description: `${description.slice(0, size)} #${i}` };
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(report: Report): Promise<void> {
  const engine = getSkillEngine();
  const now = new Date('2026-03-10T12:00:00Z');
  const [a, b] = [SAMPLE_PLANS[0]!.plan, SAMPLE_PLANS[1]!.plan];

  // Warm up the engine and the JIT on postings not measured below.
  for (const p of postings(200, 5000, 'warm')) scorePosting(a, p, now, engine);

  // Each measured posting is new, so every call extracts skills: the cost of a posting arriving.
  const times: number[] = [];
  for (const p of postings(500, 5000, 'one')) {
    const t = performance.now();
    scorePosting(a, p, now, engine);
    times.push(performance.now() - t);
  }
  report('fit_extract_and_score_5kb_median', median(times), 'ms');

  const stored = postings(1000, 5000, 'stored');
  for (const p of stored) scorePosting(a, p, now, engine);
  let t = performance.now();
  for (const p of stored) scorePosting(b, p, now, engine);
  report('fit_rescore_1000_after_plan_change', performance.now() - t, 'ms');

  const cold = postings(1000, 5000, 'cold');
  t = performance.now();
  for (const p of cold) scorePosting(b, p, now, engine);
  report('fit_rescore_1000_cold', performance.now() - t, 'ms');
}
