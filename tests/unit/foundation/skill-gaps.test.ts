import { describe, expect, it } from 'vitest';
import { skillGaps } from '@/lib/insights/skill-gaps';
import type { FitReport, Verdict } from '@/lib/model';

const report = (id: string, verdict: Verdict, missing: [string, boolean][]): FitReport => ({
  postingId: id, score: 60, verdict, summary: '', factors: [], matchedSkills: [], learningSkills: [], reasons: [],
  missingSkills: missing.map(([s, required]) => ({ id: s, label: s.toUpperCase(), required })), scorerVersion: 's', planVersion: 'p',
});

describe('skillGaps', () => {
  it('ranks what the postings on your path ask for, required first, ignoring off-path postings', () => {
    const gaps = skillGaps([
      report('a', 'career-step', [['sql', true], ['tableau', false]]),
      report('b', 'stretch', [['sql', true], ['python', true]]),
      report('c', 'career-step', [['python', false], ['sql', true]]),
      report('d', 'paycheck', [['cobol', true], ['cobol', true]]),
    ], new Set(['python']));
    expect(gaps.map((g) => g.id)).toEqual(['sql', 'python', 'tableau']);
    expect(gaps[0]).toMatchObject({ postings: 3, required: 3, priority: 1, learning: false });
    expect(gaps[1]).toMatchObject({ postings: 2, required: 1, learning: true });
  });

  it('is empty without postings on the path', () => {
    expect(skillGaps([report('x', 'off-plan', [['sql', true]])], new Set())).toEqual([]);
  });
});
