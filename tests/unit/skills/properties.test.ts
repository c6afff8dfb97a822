import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getSkillEngine } from '../../../lib/skills/index.ts';

const engine = getSkillEngine();
const words = ['C++', 'C#', '.NET', 'Node.js', 'CI/CD', 'React Native', 'react', 'Go', 'go', 'Java', 'JavaScript', 'Excel', 'excel',
  'python', 'ASP.NET', 'k8s', 'and', 'or', 'the', ',', '.', '/', '(', ')', '\n', ' ', '-', '3+ years of', 'Requirements:', 'é', '😀', 'R', 'C'];

const postingish = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('extract properties', () => {
  it('offsets always slice to the matched text, in order, never overlapping', () => {
    fc.assert(
      fc.property(fc.oneof(postingish, fc.string({ maxLength: 200 })), (text) => {
        let lastEnd = 0;
        for (const m of engine.extract(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(engine.skill(m.id)?.label).toBe(m.label);
          lastEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same skills wherever the text sits', () => {
    fc.assert(
      fc.property(postingish, fc.string({ maxLength: 20 }).filter((s) => !/[\p{L}\p{N}.+#]/u.test(s)), (text, pad) => {
        const shift = pad.length + 1;
        const a = engine.extract(text);
        const b = engine.extract(`${pad}\n${text}`);
        expect(b.map((m) => [m.id, m.start - shift])).toEqual(a.map((m) => [m.id, m.start]));
      }),
      { numRuns: 200 },
    );
  });
});
