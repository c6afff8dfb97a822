import { describe, expect, it } from 'vitest';
import { addTexts, moveItem, removeAt, sameKey, splitItems, toggleIn } from '@/lib/plan-editor/lists';
import { WORKPLACES } from '@/lib/model';

describe('moveItem', () => {
  const list = ['a', 'b', 'c', 'd'];

  it.each([
    [0, 1, ['b', 'a', 'c', 'd']],
    [3, -1, ['a', 'b', 'd', 'c']],
    [1, 2, ['a', 'c', 'd', 'b']],
    [2, -5, ['c', 'a', 'b', 'd']],
  ])('moves index %i by %i', (index, delta, expected) => {
    expect(moveItem(list, index, delta)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns the same array when nothing moves', () => {
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 3, 1)).toBe(list);
    expect(moveItem(list, 7, 1)).toBe(list);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it('keeps object identity (the editor keys rows by object)', () => {
    const rows = [{ t: 1 }, { t: 2 }];
    const moved = moveItem(rows, 1, -1);
    expect(moved[0]).toBe(rows[1]);
    expect(moved[1]).toBe(rows[0]);
  });
});

describe('removeAt', () => {
  it('removes one item and ignores bad indexes', () => {
    const list = ['a', 'b', 'c'];
    expect(removeAt(list, 1)).toEqual(['a', 'c']);
    expect(removeAt(list, -1)).toBe(list);
    expect(removeAt(list, 3)).toBe(list);
  });
});

describe('splitItems', () => {
  it('splits on commas, semicolons, new lines, tabs and bullets', () => {
    expect(splitItems('Python, SQL;Excel\n• Power BI\n- Tableau\r\n* R\t1. Git  |  Jira · Figma')).toEqual([
      'Python', 'SQL', 'Excel', 'Power BI', 'Tableau', 'R', 'Git', 'Jira', 'Figma',
    ]);
  });

  it('keeps dots inside names and drops blanks', () => {
    expect(splitItems('Node.js,, ,ASP.NET\n\n')).toEqual(['Node.js', 'ASP.NET']);
  });
});

describe('addTexts', () => {
  it('adds new entries and skips repeats in any spelling', () => {
    const result = addTexts(['Bengaluru'], 'bengaluru, Pune,  pune , Chennai');
    expect(result.list).toEqual(['Bengaluru', 'Pune', 'Chennai']);
    expect(result.added).toEqual(['Pune', 'Chennai']);
    expect(result.skipped).toEqual(['bengaluru', 'pune']);
  });

  it('returns the same array when nothing was added', () => {
    const list = ['Remote work'];
    expect(addTexts(list, '  ').list).toBe(list);
    expect(addTexts(list, 'remote-work').list).toBe(list);
  });

  it('stops at the maximum', () => {
    expect(addTexts(['a'], 'b, c, d', 2).list).toEqual(['a', 'b']);
  });
});

describe('toggleIn', () => {
  it('adds and removes keeping the canonical order', () => {
    expect(toggleIn(['onsite'], 'remote', true, WORKPLACES)).toEqual(['remote', 'onsite']);
    expect(toggleIn(['remote', 'onsite'], 'remote', false, WORKPLACES)).toEqual(['onsite']);
    expect(toggleIn(['remote'], 'remote', true, WORKPLACES)).toEqual(['remote']);
  });
});

describe('sameKey', () => {
  it('ignores case, accents, spacing and punctuation but keeps C++ and C#', () => {
    expect(sameKey('  Café  Coffee-Day ')).toBe(sameKey('cafe coffee day'));
    expect(sameKey('C++')).not.toBe(sameKey('C#'));
    expect(sameKey('C++')).not.toBe(sameKey('C'));
    expect(sameKey(' , ')).toBe('');
  });
});
