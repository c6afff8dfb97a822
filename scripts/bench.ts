// `npm run bench`: one JSON line per figure, {"name","value","unit"}. Benchmarks report; they never fail
// CI. Each module in scripts/bench/ exports `run(report)`; `npm run bench -- skills fit` runs a subset.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Report = (name: string, value: number, unit: string) => void;
const only = process.argv.slice(2);
const dir = join(import.meta.dirname, 'bench');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const report: Report = (name, value, unit) => {
  console.log(JSON.stringify({ name, value: Number.isFinite(value) ? Number(value.toPrecision(4)) : value, unit }));
};
let failed = 0;
for (const name of modules) {
  try {
    const mod = (await import(join(dir, `${name}.ts`))) as { run: (report: Report) => Promise<void> };
    await mod.run(report);
  } catch (error) {
    failed++;
    console.error(`bench ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) process.exitCode = 1;
