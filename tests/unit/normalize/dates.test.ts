import { describe, expect, it } from 'vitest';
import { isoFromAttr, looksLikePosted, parseDeadline, parsePosted } from '@/lib/normalize';

const now = new Date('2026-09-20T10:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const H = 3_600_000;
const D = 24 * H;

describe('parsePosted', () => {
  it.each([
    ['3 days ago', ago(3 * D)],
    ['1 Day Ago', ago(D)],
    ['Just Now', now.toISOString()],
    ['Today', now.toISOString()],
    ['30+ Days Ago', ago(30 * D)],
    ['Few hours ago', ago(3 * H)],
    ['2 weeks ago', ago(14 * D)],
    ['3 weeks ago', ago(21 * D)],
    ['1 month ago', ago(30 * D)],
    ['Reposted 2 days ago', ago(2 * D)],
    ['an hour ago', ago(H)],
    ['2 minutes agoWithin the past 24 hours', ago(2 * 60_000)],
    ['Posted 5 days ago', ago(5 * D)],
    ['Yesterday', ago(D)],
    ['Posted on 12 Sep 2026', '2026-09-12'],
  ])('%s', (text, expected) => {
    expect(parsePosted(text, now)).toBe(expected);
  });

  it.each(['', 'Actively hiring', '87 applicants', 'Bengaluru'])('%j → null', (text) => {
    expect(parsePosted(text, now)).toBeNull();
  });

  it.each([
    ['2 days ago', true],
    ['Reposted 1 week ago', true],
    ['Just now', true],
    ['Bengaluru, Karnataka, India', false],
    ['87 applicants', false],
  ])('looksLikePosted(%j) = %s', (text, expected) => {
    expect(looksLikePosted(text)).toBe(expected);
  });
});

describe('parseDeadline', () => {
  it.each([
    ["26 Sep' 26", '2026-09-26'],
    ["26 Sep'26", '2026-09-26'],
    ["1 Oct' 26", '2026-10-01'],
    ['26 Sep 2026', '2026-09-26'],
    ['Sep 26, 2026', '2026-09-26'],
    ['15 Jan', '2027-01-15'],
    ['25 Sep', '2026-09-25'],
    ['2026-10-31', '2026-10-31'],
  ])('%s', (text, expected) => {
    expect(parseDeadline(text, now)).toBe(expected);
  });

  it.each(['', 'Immediately', "31 Feb' 26"])('%j → null', (text) => {
    expect(parseDeadline(text, now)).toBeNull();
  });
});

describe('isoFromAttr', () => {
  it.each([
    ['2022-12-23', '2022-12-23'],
    ['2026-09-18T08:30:00Z', '2026-09-18T08:30:00.000Z'],
    ['2026-09-18T08:30:00+05:30', '2026-09-18T03:00:00.000Z'],
    ['2026-09-18T08:30:00', '2026-09-18T08:30:00.000Z'],
    ['2026-09-18T08:30', '2026-09-18T08:30:00.000Z'],
    ['yesterday', null],
    [null, null],
  ])('%j', (text, expected) => {
    expect(isoFromAttr(text)).toBe(expected);
  });
});
