import { UsageError, type CliIO } from './io';

const USAGE = `usage: npm run -s cli -- <command>
  extract --url <URL> <file.html>                    read a saved page as the content scripts would
  skills                                             JSON lines {"id","text"} in, {"id","skills":[...]} out
  fit --plan <plan.json> [--now <ISO time>] <posting.json>...   print one FitReport per posting
`;

type Command = (args: string[], io: CliIO) => Promise<void>;

// Commands load lazily: `extract` need not build the skill taxonomy, `skills` need not load a DOM.
const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract')).extractCommand,
  skills: async () => (await import('./skills')).skillsCommand,
  fit: async () => (await import('./fit')).fitCommand,
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    io.stderr(name ? `unknown command: ${name}\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    await (await load())(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${name}: ${error.message}\n${USAGE}`);
      return 2;
    }
    io.stderr(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
