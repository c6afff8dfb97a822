// SkillSpan TECH dev, Knowledge layer: span precision / recall / F1, strict (same tokens) and loose (overlap).
// Usage: npm run eval:skills [-- --split train|dev] [-- --errors]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getSkillEngine } from '../lib/skills/index.ts';
import { readConll, spaced, spansOf, tokenRange } from './skills/sources/skillspan.ts';
import { repoRoot } from './skills/sources/paths.ts';

const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'dev';
if (split !== 'dev' && split !== 'train') {
  console.error('eval-skills: --split must be dev or train (the test split is held out)');
  process.exit(1);
}
const path = resolve(repoRoot, `../shared/research/skills-data/skillspan/conll/skillspan_tech_${split}.conll`);
if (!existsSync(path)) {
  console.error(`eval-skills: SkillSpan not found at ${path} (expected ../shared beside the repo)`);
  process.exit(1);
}

const sentences = readConll(path);
// SkillSpan's JSON gives each line's posting (idx); its lines are the CoNLL sentences, in the same order.
const jsonPath = resolve(repoRoot, `../shared/research/skills-data/skillspan/json/${split}.json`);
const postingOf = existsSync(jsonPath)
  ? readFileSync(jsonPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { idx: number; source: string })
      .filter((l) => l.source === 'tech')
      .map((l) => l.idx)
  : [];
if (postingOf.length !== sentences.length) {
  console.error(`eval-skills: ${jsonPath} does not line up with the CoNLL file; reading it as one posting`);
  postingOf.length = 0;
}

// The postings as the product sees them: one posting at a time, one line per sentence, tokens joined by spaces,
// so that a heading in one posting does not set the section of the next.
const postings: { text: string; first: number; tokenStarts: number[][] }[] = [];
sentences.forEach((s, i) => {
  if (i === 0 || (postingOf.length && postingOf[i] !== postingOf[i - 1])) postings.push({ text: '', first: i, tokenStarts: [] });
  const p = postings.at(-1)!;
  if (p.text) p.text += '\n';
  const line = spaced(s.tokens, p.text.length);
  p.text += line.text;
  p.tokenStarts.push(line.starts);
});

const engine = getSkillEngine();
// SkillSpan splits Knowledge (things known: tools, languages, domains) from Skill (abilities). Our transversal
// soft skills ("communication", "creativity") belong to its Skill layer, so they are not scored as Knowledge.
// Human languages stay: SkillSpan tags "English" as Knowledge.
const SKILL_LAYER = new Set(['communication', 'teamwork', 'leadership', 'problem-solving', 'time-management', 'presentation-skills',
  'negotiation', 'customer-service', 'interpersonal-skills', 'attention-to-detail', 'adaptability', 'creativity', 'mentoring',
  'stakeholder-management', 'decision-making', 'emotional-intelligence', 'self-motivation']);

// Map each match to the sentence and token range it covers; several matches in one token count once.
const predicted = sentences.map(() => new Set<string>());
for (const p of postings) {
  const matches = engine.extract(p.text).filter((m) => !SKILL_LAYER.has(m.id));
  const lineStarts = p.tokenStarts.map((s) => s[0] ?? 0);
  let line = 0;
  for (const m of matches) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= m.start) line++;
    const si = p.first + line;
    const range = tokenRange(p.tokenStarts[line]!, sentences[si]!.tokens, m.start, m.end);
    if (range) predicted[si]!.add(range);
  }
}

let tp = 0, fp = 0, fn = 0, lp = 0, lpTotal = 0, lr = 0, lrTotal = 0;
const errors: string[] = [];
sentences.forEach((s, i) => {
  const gold = spansOf(s.knowledge).map(([a, b]) => `${a}:${b}`);
  const goldSet = new Set(gold);
  const pred = [...predicted[i]!];
  const range = (k: string) => k.split(':').map(Number) as [number, number];
  const overlaps = (x: string, y: string) => {
    const [a, b] = range(x);
    const [c, d] = range(y);
    return a < d && c < b;
  };
  for (const p of pred) {
    if (goldSet.has(p)) tp++;
    else {
      fp++;
      const near = gold.find((g) => overlaps(p, g));
      const kind = near ? `BOUND ${s.tokens.slice(...range(p)).join(' ')} ≠ ${s.tokens.slice(...range(near)).join(' ')}` : `FP ${s.tokens.slice(...range(p)).join(' ')}`;
      errors.push(`${kind}\t| ${s.tokens.join(' ').slice(0, 160)}`);
    }
    lpTotal++;
    if (gold.some((g) => overlaps(p, g))) lp++;
  }
  for (const g of gold) {
    if (!pred.includes(g)) {
      fn++;
      errors.push(`FN ${s.tokens.slice(...range(g)).join(' ')}\t| ${s.tokens.join(' ').slice(0, 160)}`);
    }
    lrTotal++;
    if (pred.some((p) => overlaps(p, g))) lr++;
  }
});

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const sp = tp / Math.max(1, tp + fp);
const sr = tp / Math.max(1, tp + fn);
const lP = lp / Math.max(1, lpTotal);
const lR = lr / Math.max(1, lrTotal);
const figures: [string, number][] = [
  ['strict_precision', sp], ['strict_recall', sr], ['strict_f1', f1(sp, sr)],
  ['loose_precision', lP], ['loose_recall', lR], ['loose_f1', f1(lP, lR)],
];
if (process.argv.includes('--errors')) for (const e of errors.sort()) console.log(e);
console.log(`SkillSpan TECH ${split}, Knowledge spans: ${tp + fn} gold, ${tp + fp} predicted, ${postings.length} postings, taxonomy ${engine.size} skills`);
console.log('          precision  recall     F1');
console.log(`strict    ${sp.toFixed(3)}      ${sr.toFixed(3)}      ${f1(sp, sr).toFixed(3)}`);
console.log(`loose     ${lP.toFixed(3)}      ${lR.toFixed(3)}      ${f1(lP, lR).toFixed(3)}`);
for (const [name, value] of figures) console.log(JSON.stringify({ name: `skills_${split}_${name}`, value: Number(value.toFixed(4)), unit: 'ratio' }));
