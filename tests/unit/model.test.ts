import { describe, expect, it } from 'vitest';
import { check, CareerPlanSchema, emptyPlan } from '@/lib/model';

describe('model', () => {
  it('accepts the empty plan', () => {
    expect(check(CareerPlanSchema, emptyPlan()).ok).toBe(true);
  });
});
