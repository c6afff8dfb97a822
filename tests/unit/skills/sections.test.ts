import { describe, expect, it } from 'vitest';
import { getSkillEngine } from '../../../lib/skills/index.ts';

const engine = getSkillEngine();
const find = (text: string, id: string) => engine.extract(text).find((m) => m.id === id);

const posting = `About us
Acme builds payroll software with Kotlin.

What you'll do
- Build APIs in Python

Requirements:
- 3+ years of experience with TypeScript
- Docker is a must

Nice to have:
- Kubernetes

Benefits
- Free Figma licence`;

describe('sections from headings', () => {
  it.each([
    ['kotlin', 'about-company', 'mentioned'],
    ['python', 'responsibilities', 'mentioned'],
    ['typescript', 'requirements', 'required'],
    ['docker', 'requirements', 'required'],
    ['kubernetes', 'nice-to-have', 'preferred'],
    ['figma', 'benefits', 'mentioned'],
  ])('%s is in %s, %s', (id, section, requirement) => {
    const m = find(posting, id);
    expect(m?.section).toBe(section);
    expect(m?.requirement).toBe(requirement);
  });

  it('is other before any heading', () => {
    expect(find('We use Python.', 'python')?.section).toBe('other');
  });
});

describe('cue phrases', () => {
  it.each([
    ['Python is a must have.', 'required'],
    ['Python required.', 'required'],
    ['Python preferred.', 'preferred'],
    ['Python is good to have.', 'preferred'],
    ['Bonus: Python', 'preferred'],
    ['Python experience is a plus.', 'preferred'],
    ['No prior Python experience needed.', 'not-required'],
    ['Python knowledge is not required', 'not-required'],
    ['We love Python.', 'mentioned'],
  ])('%s → %s', (text, requirement) => {
    expect(find(text, 'python')?.requirement).toBe(requirement);
  });

  it('limits a cue to its sentence', () => {
    const text = 'No prior Docker experience needed. Python is required.';
    expect(find(text, 'docker')?.requirement).toBe('not-required');
    expect(find(text, 'python')?.requirement).toBe('required');
  });
});

describe('years', () => {
  it.each([
    ['3+ years of Python', 3],
    ['at least 5 years experience with Java', 5],
    ['Python (2 years)', 2],
    ['2-4 yrs in Python', 2],
    ['three years of Python', 3],
    ['Python', null],
  ])('%s → %s', (text, years) => {
    const id = text.includes('Java') ? 'java' : 'python';
    expect(find(text, id)?.years).toBe(years);
  });

  it('does not lend years across sentences', () => {
    expect(find('We were founded 10 years ago. We use Python.', 'python')?.years).toBeNull();
  });
});
