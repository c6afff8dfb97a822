// The word-level trie must find exactly what the character trie it replaced found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TaxonomyFile } from '../../../lib/skills/data-format.ts';
import taxonomy from '../../../lib/skills/data/taxonomy.json' with { type: 'json' };
import { normalizeKey, wordTable } from '../../../lib/skills/normalize.ts';
import { scan } from '../../../lib/skills/scan.ts';
import { buildTrie } from '../../../lib/skills/trie.ts';
import { Sentences, sentenceAround } from '../../../lib/skills/sections.ts';
import { buildTrie as buildCharTrie } from './reference/char-trie.ts';
import { scan as charScan } from './reference/char-scan.ts';

const keys = [...new Set((taxonomy as TaxonomyFile).skills.flatMap((s) => [s.label, ...s.aliases].map(normalizeKey)))];
const trie = buildTrie(keys, wordTable());
const charTrie = buildCharTrie(keys, wordTable());

const pieces = [...keys.slice(0, 400), 'C++', 'c#', '.NET', 'asp.net', 'Node.js', 'node', 'CI/CD', 'a/b testing', 'React  Native',
  'react\tnative', 'react\nnative', 'c++11', 'C+', 'x.net', 'foo.js', 'java@', 'java.', 'java.x', 'é', 'Ü', '😀', '中文', ' ', '  ',
  ',', '.', '/', '(', ')', '\n', '-', '+', '#', '@', '’', '\u00a0', 'and', 'the', 'of', 'Go', 'go', 'R', 'C'];
const textish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 30 }).map((p) => p.join(fc.sample(fc.constantFrom('', ' ', ', ', '\n'), 1)[0]));

describe('word-level scan', () => {
  it('agrees with the character trie on generated text', () => {
    fc.assert(
      fc.property(fc.oneof(textish, fc.string({ maxLength: 120 }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''))), (text) => {
        expect(scan(text, trie)).toEqual(charScan(text, charTrie));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on every alias written in a sentence, in several casings', () => {
    for (const k of keys) {
      const text = `Use ${k}, ${k.toUpperCase()} and (${k}).\n${k}`;
      expect(scan(text, trie), k).toEqual(charScan(text, charTrie));
    }
  });

  it('every match is its key’s own text, over many words a small trie does not hold', () => {
    // Distinct key tokens never collide (the seed is chosen so), and a text word colliding with one is caught by
    // verifying the match against its key; here thousands of other words sit where a key word would.
    const keysSmall = ['ab cd', 'x', 'c++', 'node.js'];
    const small = buildTrie(keysSmall, wordTable());
    for (let i = 0; i < 20000; i++) {
      const text = `ab ${i.toString(36)} x c++ node.${i.toString(36)}`;
      for (const c of scan(text, small)) expect(normalizeKey(text.slice(c.start, c.end))).toBe(keysSmall[c.alias]);
    }
  });
});

describe('sentence bounds by forward regex scans', () => {
  it('agree with sentenceAround for matches taken in text order', () => {
    const bits = ['a', 'bc', ' ', '  ', '.', '. ', '!', '?', ';', '•', '\n', '\t', ',', 'x.y', '\u00a0', 'e.g. ', 'C++'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, picks) => {
        const text = parts.join('');
        if (!text) return;
        const starts = [...new Set(picks.map((p) => p % text.length))].sort((x, y) => x - y);
        const sentences = new Sentences(text);
        for (const s of starts) {
          const e = Math.min(text.length, s + 1);
          sentences.around(s, e);
          expect({ from: sentences.from, to: sentences.to }).toEqual(sentenceAround(text, s, e));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
