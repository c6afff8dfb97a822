import { describe, expect, it } from 'vitest';
import { inferWorkplace, parseApplicants, parseEmploymentType, parseWorkplace } from '@/lib/normalize';

describe('parseWorkplace', () => {
  it.each([
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['On-site', 'onsite'],
    ['Onsite', 'onsite'],
    ['Work from home', 'remote'],
    ['TELECOMMUTE', 'remote'],
    ['Hybrid - Bengaluru, Pune', 'hybrid'],
    ['Matches your job preferences, workplace type is Hybrid.', 'hybrid'],
    ['Work from office', 'onsite'],
    ['Bengaluru', null],
    ['Full-time', null],
  ])('%s', (text, expected) => {
    expect(parseWorkplace(text)).toBe(expected);
  });
});

describe('inferWorkplace', () => {
  it.each([
    ['This is a fully remote role across India.', 'remote'],
    ['We follow a hybrid work model (3 days in office).', 'hybrid'],
    ['You will work from home with occasional travel.', 'remote'],
    ['This is not a remote role.', null],
    ['You will collaborate with remote teams.', null],
    ['This internship is fully remote for the first month, then in our Bengaluru office.', null],
    ['Work from home until the office reopens in March.', null],
  ])('%s', (text, expected) => {
    expect(inferWorkplace(text)).toBe(expected);
  });
});

describe('parseEmploymentType', () => {
  it.each([
    ['Full-time', 'full-time'],
    ['Full Time, Permanent', 'full-time'],
    ['Part time', 'part-time'],
    ['Internship', 'internship'],
    ['Contract', 'contract'],
    ['Temporary', 'temporary'],
    ['FULL_TIME', 'full-time'],
    ['INTERN', 'internship'],
    ['CONTRACTOR', 'contract'],
    [['PART_TIME', 'CONTRACTOR'], 'part-time'],
    [['FULL_TIME', 'CONTRACTOR'], 'full-time'],
    ['Matches your job preferences, job type is Full-time.', 'full-time'],
    ['Remote', null],
    ['Fresher Job', null],
  ])('%j', (text, expected) => {
    expect(parseEmploymentType(text)).toBe(expected);
  });
});

describe('parseApplicants', () => {
  it.each([
    ['87 applicants', 87],
    ['Over 200 applicants', 200],
    ['Be among the first 25 applicants', 0],
    ['100+ applicants', 100],
    ['1,234 applicants', 1234],
    ['9850', 9850],
    ['Be an early applicant', 0],
    ['12 people clicked apply', 12],
    ['', null],
    ['Actively hiring', null],
  ])('%s', (text, expected) => {
    expect(parseApplicants(text)).toBe(expected);
  });
});
