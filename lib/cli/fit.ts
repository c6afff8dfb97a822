import { readFile } from 'node:fs/promises';
import { CareerPlanSchema, check, PostingSchema, type Posting } from '../model';
import { scorePosting } from '../fit';
import { getSkillEngine } from '../skills';
import { parseNow } from './extract';
import { parseArgs, UsageError, type CliIO } from './io';

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
}

/** A posting file may hold one Posting, an array of them, or an `extract` result. */
function postingsIn(path: string, data: unknown): Posting[] {
  const list = Array.isArray(data) ? data : (data as { postings?: unknown })?.postings ?? [data];
  return (Array.isArray(list) ? list : [list]).map((item, i) => {
    const checked = check(PostingSchema, item);
    if (!checked.ok) throw new Error(`${path}: posting ${i}: ${checked.error}`);
    return checked.value;
  });
}

export async function fitCommand(args: string[], io: CliIO): Promise<void> {
  const { options, positional } = parseArgs(args, ['plan', 'now']);
  const planPath = options.get('plan');
  if (!planPath || positional.length === 0) throw new UsageError('fit needs --plan <plan.json> and at least one posting file');
  const plan = check(CareerPlanSchema, await readJson(planPath));
  if (!plan.ok) throw new Error(`${planPath}: not a valid career plan: ${plan.error}`);
  const now = options.has('now') ? parseNow(options.get('now')!) : new Date();
  const engine = getSkillEngine();
  const reports = [];
  for (const path of positional) {
    for (const posting of postingsIn(path, await readJson(path))) reports.push(scorePosting(plan.value, posting, now, engine));
  }
  io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
}
