import { describe, expect, it } from 'vitest';
import { parsePay, payFromMonetaryAmount } from '@/lib/normalize';

describe('parsePay', () => {
  it.each([
    ['3-6 Lacs PA', {}, { min: 300000, max: 600000, currency: 'INR', period: 'year' }],
    ['12-18 Lacs P.A.', {}, { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    ['2.25-6 Lacs P.A. ', {}, { min: 225000, max: 600000, currency: 'INR', period: 'year' }],
    ['₹ 10,000 /month', {}, { min: 10000, max: 10000, currency: 'INR', period: 'month' }],
    ['₹ 5,000-10,000 /month', {}, { min: 5000, max: 10000, currency: 'INR', period: 'month' }],
    ['₹ 3,00,000 - 4,50,000 /year', {}, { min: 300000, max: 450000, currency: 'INR', period: 'year' }],
    ['₹ 2,50,000', { period: 'year' as const }, { min: 250000, max: 250000, currency: 'INR', period: 'year' }],
    ['₹8L/yr - ₹12L/yr', {}, { min: 800000, max: 1200000, currency: 'INR', period: 'year' }],
    ['$120K/yr - $150K/yr', {}, { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['$50/hr - $65/hr', {}, { min: 50, max: 65, currency: 'USD', period: 'hour' }],
    ['£40,000 - £50,000 a year', {}, { min: 40000, max: 50000, currency: 'GBP', period: 'year' }],
    ['10 LPA', {}, { min: 1000000, max: 1000000, currency: 'INR', period: 'year' }],
    ['50 Lacs - 1.2 Cr PA', {}, { min: 5000000, max: 12000000, currency: 'INR', period: 'year' }],
    ['Up to ₹ 50,000 /month', {}, { min: null, max: 50000, currency: 'INR', period: 'month' }],
    ['₹ 10,000 /month + Incentives', {}, { min: 10000, max: 10000, currency: 'INR', period: 'month' }],
    ['4-7 Lacs PA', { currency: 'INR' }, { min: 400000, max: 700000, currency: 'INR', period: 'year' }],
    ['Unpaid', { currency: 'INR' }, { min: 0, max: 0, currency: 'INR', period: 'month' }],
    // Internshala stipends
    ['₹ 1,500 /week', { currency: 'INR', period: 'month' as const }, { min: 1500, max: 1500, currency: 'INR', period: 'week' }],
    ['₹ 8,000 - 15,000 /month', { currency: 'INR', period: 'month' as const }, { min: 8000, max: 15000, currency: 'INR', period: 'month' }],
    ['₹ 5,000-10,000 /month + Incentives', {}, { min: 5000, max: 10000, currency: 'INR', period: 'month' }],
    ['₹ 5,000 /month +  Incentives', {}, { min: 5000, max: 5000, currency: 'INR', period: 'month' }],
    // the incentive's amount is not the top of a range
    ['₹ 12,000 /month + ₹ 3,000 incentives', {}, { min: 12000, max: 12000, currency: 'INR', period: 'month' }],
    ['₹ 10,000 + Incentives /month', {}, { min: 10000, max: 10000, currency: 'INR', period: 'month' }],
  ])('%s', (text, hints, expected) => {
    expect(parsePay(text, hints)).toEqual(expected);
  });

  it.each(['Not disclosed', 'Not Disclosed', 'Competitive', 'Performance based', '', 'Full-time', 'Entry level', '1,200 (no currency known)'])(
    '%j → null',
    (text) => {
      expect(parsePay(text)).toBeNull();
    },
  );

  // A lump sum is paid once, for the whole internship: no hour, day, week, month or year is true of it,
  // so it is not stated rather than read in the period the page's context would default to.
  it.each(['₹ 7,000 lump sum', '₹ 7,000 /lump sum', '₹ 3,000 - 5,000 Lump-sum', '₹ 10,000 lumpsum', '₹ 7,000 lump sum + Incentives', '₹ 20,000 one-time'])(
    '%j → null, whatever the context says the period would be',
    (text) => {
      expect(parsePay(text)).toBeNull();
      expect(parsePay(text, { currency: 'INR', period: 'month' })).toBeNull();
      expect(parsePay(text, { currency: 'INR', period: 'year' })).toBeNull();
    },
  );

  it('a monthly stipend with a one-off bonus beside it is the monthly stipend', () => {
    expect(parsePay('₹ 15,000 /month (one time joining bonus ₹ 5,000)')).toEqual({ min: 15000, max: 15000, currency: 'INR', period: 'month' });
    expect(parsePay('₹ 10,000 - 15,000 /month (incentives extra)')).toEqual({ min: 10000, max: 15000, currency: 'INR', period: 'month' });
  });

  it.each(['Performance based', 'Performance Based', '₹ 0 /month + Incentives'])('%j (pay only by performance) → null, not unpaid', (text) => {
    expect(parsePay(text, { currency: 'INR', period: 'month' })).toBeNull();
  });
});

describe('payFromMonetaryAmount', () => {
  it.each([
    [
      { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 150000, unitText: 'YEAR' } },
      { min: 120000, max: 150000, currency: 'USD', period: 'year' },
    ],
    [{ currency: 'INR', value: { value: '25000', unitText: 'MONTH' } }, { min: 25000, max: 25000, currency: 'INR', period: 'month' }],
    [{ currency: 'eur', value: 40, unitText: 'HOUR' }, { min: 40, max: 40, currency: 'EUR', period: 'hour' }],
    [[{ currency: 'GBP', value: { minValue: 50000, unitText: 'YEAR' } }], { min: 50000, max: null, currency: 'GBP', period: 'year' }],
  ])('%j', (input, expected) => {
    expect(payFromMonetaryAmount(input)).toEqual(expected);
  });

  it.each([null, 'x', { currency: 'USD' }, { value: { minValue: 1 } }, { currency: 'INR', value: { value: 7000, unitText: 'LUMP_SUM' } }])('%j → null', (input) => {
    expect(payFromMonetaryAmount(input)).toBeNull();
  });
});
