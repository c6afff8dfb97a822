import { describe, expect, it } from 'vitest';
import { getSkillEngine } from '@/lib/skills';
import type { Skill, SkillEngine, SkillMatch } from '@/lib/skills/types';
import { detectSkills } from '@/lib/plan-editor/detect';

const engine = getSkillEngine();
const names = (text: string, plan: string[] = []) => detectSkills(text, engine, plan).map((s) => s.name);

describe('detectSkills with the shipped engine', () => {
  it('resolves a comma-separated list to canonical ids, in the order written', () => {
    expect(names('Python, SQL, MS Excel, Power BI, ReactJS')).toEqual(['python', 'sql', 'excel', 'power-bi', 'react']);
  });

  it('reads a pasted LinkedIn skills page without its endorsements and headings', () => {
    const text = [
      'Skills',
      'Python',
      'Python',
      'Endorsed by 3 colleagues at Infosys',
      'SQL',
      'Passed LinkedIn Skill Assessment',
      'Stakeholder Management',
      'Show all 24 skills',
      'Carnatic Vocals',
    ].join('\n');
    const found = detectSkills(text, engine, []);
    expect(found.map((s) => s.name)).toEqual(['python', 'sql', 'stakeholder-management', 'Carnatic Vocals']);
    const python = found[0]!;
    expect(python).toMatchObject({ label: 'Python', known: true, suggested: true, inPlan: false });
    expect(python.mentions).toBe(2);
    // Unknown entries are offered in the person's words, unticked.
    expect(found.at(-1)).toMatchObject({ known: false, suggested: false, label: 'Carnatic Vocals' });
  });

  it('finds skills inside resume prose, with years where the text says them', () => {
    const resume = `Riya Sharma | riya@example.com | +91 98765 43210
B.Tech, Computer Science, VIT Vellore, 2024
Data Analyst Intern at Zeta: built dashboards in Tableau and Power BI; 2+ years of Python.
Projects: a movie recommender using scikit-learn.`;
    const found = detectSkills(resume, engine, []);
    const ids = found.map((s) => s.name);
    expect(ids).toEqual(expect.arrayContaining(['tableau', 'power-bi', 'python', 'scikit-learn']));
    expect(found.find((s) => s.name === 'python')?.years).toBe(2);
    // Prose is not a list: its fragments are not offered as skills in the person's words.
    expect(found.filter((s) => !s.known)).toEqual([]);
  });

  it('marks skills the plan already has, by id or by spelling, and does not tick them', () => {
    const found = detectSkills('SQL, Excel, Python', engine, ['sql', 'MS Excel']);
    expect(found.map((s) => [s.name, s.inPlan, s.suggested])).toEqual([
      ['sql', true, false],
      ['excel', true, false],
      ['python', false, true],
    ]);
  });

  it('finds nothing in nothing', () => {
    expect(detectSkills('', engine, [])).toEqual([]);
    expect(detectSkills('\n , ;', engine, [])).toEqual([]);
  });
});

describe('detectSkills without the taxonomy', () => {
  it('offers list items in the person\'s words, unticked', () => {
    const found = detectSkills('Python\nTally ERP\nGST filing', null, ['python']);
    expect(found.map((s) => [s.name, s.known, s.inPlan, s.suggested])).toEqual([
      ['Python', false, true, false],
      ['Tally ERP', false, false, false],
      ['GST filing', false, false, false],
    ]);
  });

  it('does not count an extractor match twice when the list item resolves to it', () => {
    const skill: Skill = { id: 'excel', label: 'Microsoft Excel', aliases: ['ms excel'], category: 'office-analytics', implies: [] };
    const match = (start: number, text: string): SkillMatch => ({
      id: 'excel', label: skill.label, start, end: start + text.length, text, section: 'other', requirement: 'mentioned', years: null,
    });
    const fake: SkillEngine = {
      extract: (text) => [...text.matchAll(/ms excel/gi)].map((m) => match(m.index, m[0])),
      skill: (id) => (id === 'excel' ? skill : undefined),
      resolve: (name) => (/^(ms )?excel$/i.test(name.trim()) ? skill : undefined),
      suggest: () => [],
      implied: () => [],
      size: 1,
    };
    const found = detectSkills('MS Excel, Excel', fake, []);
    expect(found).toEqual([
      { name: 'excel', label: 'Microsoft Excel', known: true, mentions: 1, years: null, inPlan: false, suggested: true },
    ]);
  });
});
