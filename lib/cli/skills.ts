import { getSkillEngine } from '../skills';
import { lines, type CliIO } from './io';

/** JSON lines `{"id","text"}` in; `{"id","skills":[{"id","label","start","end","text"}]}` out, in input order. */
export async function skillsCommand(_args: string[], io: CliIO): Promise<void> {
  const engine = getSkillEngine();
  let lineNo = 0;
  let failures = 0;
  for await (const line of lines(io.stdin)) {
    lineNo++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      io.stderr(`skills: line ${lineNo}: not JSON\n`);
      failures++;
      continue;
    }
    const { id, text } = (input ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
      io.stderr(`skills: line ${lineNo}: expected {"id": string|number, "text": string}\n`);
      failures++;
      continue;
    }
    const skills = engine.extract(text).map(({ id, label, start, end, text }) => ({ id, label, start, end, text }));
    io.stdout(`${JSON.stringify({ id, skills })}\n`);
  }
  if (failures) throw new Error(`${failures} input line(s) could not be read`);
}
