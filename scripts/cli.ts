// `npm run -s cli -- <command>`: JSON on stdout, errors on stderr with a non-zero exit.
import { runCli } from '../lib/cli/main';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
});
