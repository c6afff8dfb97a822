import { describe, expect, it } from 'vitest';
import { experienceFromJsonLd, experienceFromText, parseExperience } from '@/lib/normalize';

describe('parseExperience', () => {
  it.each([
    ['1-3 Yrs', { min: 1, max: 3 }],
    ['0-1 Yrs', { min: 0, max: 1 }],
    ['5 - 10 years', { min: 5, max: 10 }],
    ['3 to 5 years', { min: 3, max: 5 }],
    ['2+ years', { min: 2, max: null }],
    ['5+ yrs of experience in Python', { min: 5, max: null }],
    ['3 years or more', { min: 3, max: null }],
    ['Minimum 2 years', { min: 2, max: null }],
    ['Up to 2 years', { min: 0, max: 2 }],
    ['Fresher', { min: 0, max: 0 }],
    ['No experience required', { min: 0, max: 0 }],
    ['0 years', { min: 0, max: 0 }],
    ['1 year(s)', { min: 1, max: null }],
    ['6 months', { min: 0.5, max: null }],
  ])('%s', (text, expected) => {
    expect(parseExperience(text)).toEqual(expected);
  });

  it.each(['', 'Entry level', 'Mid-Senior level'])('%j → null', (text) => {
    expect(parseExperience(text)).toBeNull();
  });

  it('reads OccupationalExperienceRequirements', () => {
    expect(experienceFromJsonLd({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 })).toEqual({ min: 2, max: null });
    expect(experienceFromJsonLd('3+ years building data pipelines')).toEqual({ min: 3, max: null });
    expect(experienceFromJsonLd(42)).toBeNull();
  });
});

describe('experienceFromText', () => {
  it.each([
    ['We want 3-5 years of experience in analytics.', { min: 3, max: 5 }],
    ['You bring 2+ years of hands-on experience with SQL.', { min: 2, max: null }],
    ['Minimum 2 years experience in sales', { min: 2, max: null }],
    ['Founded 10 years ago, we serve 5 countries.', null],
    ['Experience with Python', null],
  ])('%s', (text, expected) => {
    expect(experienceFromText(text)).toEqual(expected);
  });
});
