// Lists overlay candidates from the SkillSpan TECH *train* split: Knowledge spans the engine does not find, with
// how often annotators marked the words as Knowledge where they occur. A person reads the list and copies genuine
// skill names into scripts/skills/overlay/ (never sentence fragments). The dev and test splits are not read.
// Run: tsx scripts/skills/train-candidates.ts [--min 1] [--rate 0.3]
import { getSkillEngine } from '../../lib/skills/index.ts';
import { looseKey } from '../../lib/skills/normalize.ts';
import { joinTokens, occurrences } from './sources/harvest.ts';
import { sharedPath } from './sources/paths.ts';
import { readConll, spaced, spansOf, tokenRange } from './sources/skillspan.ts';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const minCount = arg('--min', 1);
const minRate = arg('--rate', 0.3);
const MAX_TOKENS = 4;

const sentences = readConll(sharedPath('skillspan/conll/skillspan_tech_train.conll'));
const engine = getSkillEngine();
const missed = new Map<string, { n: number; label: string; example: string }>();
for (const s of sentences) {
  const { text, starts } = spaced(s.tokens);
  const found = new Set<string>();
  for (const m of engine.extract(text)) {
    const range = tokenRange(starts, s.tokens, m.start, m.end);
    if (range) found.add(range);
  }
  for (const [a, b] of spansOf(s.knowledge)) {
    if (found.has(`${a}:${b}`) || b - a > MAX_TOKENS) continue;
    const label = joinTokens(s.tokens.slice(a, b)).replace(/^[^\p{L}\p{N}.]+|[^\p{L}\p{N}+#)]+$/gu, '');
    const key = looseKey(label);
    if (key.length < 2 || /<|^\d/.test(key)) continue;
    const e = missed.get(key) ?? { n: 0, label, example: s.tokens.slice(Math.max(0, a - 5), b + 5).join(' ') };
    e.n++;
    missed.set(key, e);
  }
}
// How often the same words occur anywhere in train, annotated or not.
const seen = occurrences(sentences, missed, MAX_TOKENS);
const rows = [...missed]
  .map(([key, e]) => ({ key, ...e, rate: e.n / Math.max(e.n, seen.get(key) ?? 0), known: engine.resolve(e.label)?.id ?? '' }))
  .filter((r) => r.n >= minCount && r.rate >= minRate)
  .sort((x, y) => y.n - x.n || y.rate - x.rate || (x.key < y.key ? -1 : 1));
console.log('missed\trate\tknown as\tspan\texample');
for (const r of rows) console.log(`${r.n}\t${r.rate.toFixed(2)}\t${r.known}\t${r.label}\t${r.example}`);
