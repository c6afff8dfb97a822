import * as v from 'valibot';
import { CareerPlanSchema, type CareerPlan } from '../model';
import itSupportSecurity from './it-support-security.json';
import studentData from './student-data.json';
import switcherFrontend from './switcher-frontend.json';

// Three plans a new user can start from (issue 5, "Fast start"). They are validated here, at load, so a
// broken edit to the JSON fails every test that imports them rather than reaching the options page.

export interface SamplePlan {
  id: string;
  name: string;
  /** one line for the picker */
  blurb: string;
  plan: CareerPlan;
}

export const SAMPLE_PLANS: readonly SamplePlan[] = [
  {
    id: 'student-data',
    name: 'Student aiming at data analysis',
    blurb: 'Data Analyst Intern now → Data Analyst → Data Scientist → ML Lead',
    plan: v.parse(CareerPlanSchema, studentData),
  },
  {
    id: 'switcher-frontend',
    name: 'Career switcher into front-end development',
    blurb: 'Teacher turning Junior Frontend Developer → Frontend Developer → Frontend Lead',
    plan: v.parse(CareerPlanSchema, switcherFrontend),
  },
  {
    id: 'it-support-security',
    name: 'IT support engineer heading for security',
    blurb: 'IT help desk → SOC Analyst → Security Engineer → Security Architect',
    plan: v.parse(CareerPlanSchema, itSupportSecurity),
  },
];

/** A fresh copy of a sample plan, safe to edit. */
export function samplePlan(id: string): CareerPlan | undefined {
  const found = SAMPLE_PLANS.find((p) => p.id === id);
  return found ? structuredClone(found.plan) : undefined;
}
