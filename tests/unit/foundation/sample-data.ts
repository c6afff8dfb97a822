import type { Posting } from '@/lib/model';

export function samplePosting(over: Partial<Posting> = {}): Posting {
  const nativeId = over.nativeId ?? '4012345678';
  return {
    id: `linkedin:${nativeId}`,
    site: 'linkedin',
    nativeId,
    url: `https://www.linkedin.com/jobs/view/${nativeId}/`,
    title: 'Data Analyst',
    company: 'Acme Analytics',
    locations: ['Bengaluru, Karnataka, India'],
    workplace: 'hybrid',
    employmentType: 'full-time',
    experience: { min: 1, max: 3 },
    pay: { min: 600000, max: 900000, currency: 'INR', period: 'year' },
    postedText: '2 days ago',
    postedAt: '2026-11-20',
    applicants: 87,
    deadline: null,
    description: 'We need SQL and Excel.\n\nPython is a plus.',
    listedSkills: [],
    extraction: {
      found: { title: 'selectors', company: 'selectors', description: 'selectors' },
      missing: ['deadline'],
      layout: 'linkedin/classic',
      degraded: false,
    },
    seenAt: '2026-11-22T10:00:00.000Z',
    ...over,
  };
}
