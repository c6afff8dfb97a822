// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allOfAny, firstOfAny } from '@/lib/sites/dom';

describe('selector alternatives', () => {
  const setup = () => {
    document.body.innerHTML = '<div class="b" id="1"></div><div class="a" id="2"></div><div class="b" id="3"></div>';
    return document.body;
  };

  it('finds every match of any alternative in page order', () => {
    expect(allOfAny(setup(), ['.a', '.b']).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(firstOfAny(setup(), ['.a', '.b'])?.id).toBe('1');
  });

  it('keeps page order when one alternative is one the engine rejects', () => {
    expect(allOfAny(setup(), ['.a', 'div[', '.b']).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(firstOfAny(setup(), ['div[', '.a'])?.id).toBe('2');
  });
});
