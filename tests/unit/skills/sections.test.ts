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

describe('list items and the headings of Indian job boards', () => {
  it.each([
    'Must have:\n- Kotlin\n\nNice to have:\n- Experience with React Native or Flutter\n- Docker',
    'GOOD TO HAVE\n* Knowledge of Swift / iOS development\n* Docker',
    'Bonus:\n• Experience with Xcode, CocoaPods and Swift Package Manager\n• Docker',
    'Nice to have:\n1. Experience with Kubernetes\n2. Docker',
  ])('a short bullet is an item, not a heading: %j', (text) => {
    const m = find(text, 'docker');
    expect(m?.section).toBe('nice-to-have');
    expect(m?.requirement).toBe('preferred');
  });

  it.each([
    ['Desired Candidate Profile\nKnowledge of Java.', 'requirements', 'required'],
    ['Required Candidate Profile\n* B.Com with 2 yrs in Java', 'requirements', 'required'],
    ['Skill(s) required: Python, Java', 'requirements', 'required'],
    ['Roles and responsibilities\nWrite Java code', 'responsibilities', 'mentioned'],
    ['ROLES & RESPONSIBILITIES\nWrite Java code', 'responsibilities', 'mentioned'],
    ["What you'll be doing\nWrite Java code", 'responsibilities', 'mentioned'],
    ['What you will do\nWrite Java code', 'responsibilities', 'mentioned'],
    ["What we're looking for\nJava", 'requirements', 'required'],
    ['**What we need**\nJava', 'requirements', 'required'],
    ["**What you'll be doing**\nWrite Java code", 'responsibilities', 'mentioned'],
    ['About the job\nBuild services in Java.', 'responsibilities', 'mentioned'],
    ['About the role\nBuild services in Java.', 'responsibilities', 'mentioned'],
    ['ABOUT THE ROLE\nWrite Java code', 'responsibilities', 'mentioned'],
  ])('%j → %s', (text, section, requirement) => {
    const m = find(text, 'java');
    expect(m?.section).toBe(section);
    expect(m?.requirement).toBe(requirement);
  });

  it('"About us" is still the company', () => {
    expect(find('About us\nWe build in Java.', 'java')?.section).toBe('about-company');
  });

  it.each([
    ['About us\nWe sell shoes.\nKey Skills: Java, Spring Boot, SQL, Hibernate, REST APIs, Microservices, Docker, Kafka, AWS', 'requirements'],
    ['Our benefits\nMeals.\nQualification: B.Tech in CSE with good knowledge of Java and SQL and sound problem solving abilities.', 'requirements'],
    ['Perks\nMeals.\nSkills required: Canva, English, Java and a good eye for design in social media posts', 'requirements'],
    ['Requirements\n- Python\nAdditional skills (good to have): AWS Lambda, Go, Java', 'nice-to-have'],
  ])('a label opening a long line sets the section of its content: %j', (text, section) => {
    expect(find(text, 'java')?.section).toBe(section);
  });

  it.each([
    'Requirements:\n- Kotlin\n• Nice to have:\n- Docker',
    'Requirements:\n- Kotlin\n- Good to have:\n- Docker',
  ])('a bulleted line that is only a label is a heading: %j', (text) => {
    expect(find(text, 'docker')?.section).toBe('nice-to-have');
    expect(find(text, 'kotlin')?.section).toBe('requirements');
  });

  it('a labelled bullet sets its own line only', () => {
    const text = 'Requirements:\n- SolidWorks\n- Good to have: CATIA, Creo\n- Java';
    expect(find(text, engine.resolve('CATIA')!.id)?.section).toBe('nice-to-have');
    expect(find(text, 'java')?.section).toBe('requirements');
    expect(find(text, 'java')?.requirement).toBe('required');
  });
});

describe('a preference cue reaches its own clause', () => {
  const line =
    'Skills:\nKnowledge of MS Office (Word, Excel, PowerPoint), typing speed 35 wpm, basic English, good communication skills, knowledge of Tally will be an added advantage.';

  it('at the end of a long list prefers only the last ask', () => {
    expect(find(line, 'tally')?.requirement).toBe('preferred');
    for (const id of ['ms-office', 'ms-word', 'excel', 'powerpoint', 'typing', 'english']) expect(find(line, id)?.requirement, id).toBe('required');
  });

  it.each([
    ['Experience with Docker, Kubernetes and Terraform is a plus.', 'kubernetes', 'preferred'],
    ['Experience with Docker, Kubernetes and Terraform is a plus.', 'docker', 'preferred'],
    ['Strong Python and knowledge of Docker is a plus.', 'python', 'required'],
    ['Strong Python and knowledge of Docker is a plus.', 'docker', 'preferred'],
    ['Strong Python programming and familiarity with PyTorch or TensorFlow', 'python', 'required'],
    ['Python, preferably Django.', 'django', 'preferred'],
    ['Python, preferably Django.', 'python', 'mentioned'],
  ])('%j: %s is %s', (text, id, requirement) => {
    expect(find(text, id)?.requirement).toBe(requirement);
  });

  it('training the posting provides is not asked', () => {
    expect(find('No experience required. Training on Salesforce will be provided.', 'salesforce')?.requirement).toBe('not-required');
  });
});
