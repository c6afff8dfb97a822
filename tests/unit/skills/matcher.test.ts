import { describe, expect, it } from 'vitest';
import { getSkillEngine } from '../../../lib/skills/index.ts';

const engine = getSkillEngine();
const ids = (text: string) => engine.extract(text).map((m) => m.id);
const texts = (text: string) => engine.extract(text).map((m) => m.text);

describe('peers’ known failures', () => {
  it('keeps C++ and C# whole instead of reading "c"', () => {
    expect(ids('We need C++ and C# experience')).toEqual(['cpp', 'csharp']);
  });

  it('does not find Java inside JavaScript', () => {
    expect(ids('Strong JavaScript skills')).toEqual(['javascript']);
  });

  it('prefers React Native over React, and still finds React alone', () => {
    expect(ids('Experience with React Native')).toEqual(['react-native']);
    expect(ids('Experience with React and Redux')).toEqual(['react', 'redux']);
  });

  it('tells Go the language from go the verb', () => {
    expect(ids('Go ahead and apply today!')).toEqual([]);
    expect(ids('You will go to client sites.')).toEqual([]);
    expect(ids('Services in Go and Python')).toEqual(['go', 'python']);
    expect(ids('We write golang microservices')).toContain('go');
    expect(ids('Skills: python, go, java')).toEqual(['python', 'go', 'java']);
  });

  it('gives offsets that quote the text', () => {
    const text = 'Must know Node.js, CI/CD and UI/UX; .NET a plus.';
    for (const m of engine.extract(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(texts(text)).toEqual(['Node.js', 'CI/CD', 'UI/UX', '.NET']);
  });
});

describe('word boundaries and names with symbols', () => {
  it('keeps dotted and slashed names intact', () => {
    expect(ids('ASP.NET, C#/.NET and Vue.js')).toEqual(['aspnet', 'csharp', 'dotnet', 'vue']);
  });

  it('does not match inside words', () => {
    expect(ids('rejavascripted scalability gorilla')).toEqual([]);
  });

  it('does not read C from C-level or plain prose', () => {
    expect(ids('Report to C-level executives. Plan A, B or C.')).toEqual([]);
  });

  it('matches across irregular spacing and case', () => {
    expect(ids('react   native, SPRING BOOT')).toEqual(['react-native', 'spring-boot']);
  });
});

describe('ambiguous names need evidence', () => {
  it.each([
    ['She will excel in a fast-paced team.', []],
    ['Advanced Excel and Power BI', ['advanced-excel', 'power-bi']],
    ['Proficiency in Excel', ['excel']],
    ['Spark joy in customers', []],
    ['Apache Spark and Kafka pipelines', ['spark', 'kafka']],
    ['Statistics in R and SQL', ['statistics', 'r', 'sql']],
    ['R programming', ['r']],
    ['The Swift rollout was quick', []],
    ['iOS apps in Swift and Objective-C', ['ios', 'swift', 'objective-c']],
    ['less than 3 years', []],
    ['Rust or C++ systems code', ['rust', 'cpp']],
    ['Chef and Puppet for configuration management', ['chef', 'puppet', 'configuration-management']],
    ['The chef cooks dinner', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('resolve, suggest, implied', () => {
  it('resolves the spellings users and pages use', () => {
    expect(engine.resolve('ReactJS')?.id).toBe('react');
    expect(engine.resolve('ms excel')?.id).toBe('excel');
    expect(engine.resolve('  Node JS ')?.id).toBe('nodejs');
    expect(engine.resolve('Go')?.id).toBe('go');
    expect(engine.resolve('no such skill zz')).toBeUndefined();
  });

  it('suggests well-known skills first', () => {
    expect(engine.suggest('rea', 3)[0]?.id).toBe('react');
    expect(engine.suggest('pyth', 5).map((s) => s.id)).toContain('python');
    expect(engine.suggest('')).toEqual([]);
  });

  it('follows implies transitively without the skill itself', () => {
    expect(engine.implied('react-native')).toEqual(expect.arrayContaining(['react', 'javascript']));
    expect(engine.implied('react-native')).not.toContain('react-native');
    expect(engine.implied('nope')).toEqual([]);
  });

  it('looks skills up by id', () => {
    expect(engine.skill('python')?.label).toBe('Python');
    expect(engine.size).toBeGreaterThanOrEqual(2000);
  });
});
