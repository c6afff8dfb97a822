import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so scripts run from any working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Shared research data lives beside the repository (`../shared`), read-only. */
export function sharedPath(...parts: string[]): string {
  const path = resolve(repoRoot, '../shared/research/skills-data', ...parts);
  if (!existsSync(path)) {
    console.error(`missing ${path}: the shared skills data must sit beside the repository (../shared)`);
    process.exit(1);
  }
  return path;
}
