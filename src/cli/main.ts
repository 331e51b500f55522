#!/usr/bin/env node
// The package's command (`npx 8x8-chatapps …`, the `bin` of package.json). Node only; never imported by the library.
import { runTemplatesCommand, USAGE } from './templates.js';

const [group, ...rest] = process.argv.slice(2);
const context = {
  env: process.env,
  cwd: process.cwd(),
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
};
if (group === 'templates') {
  process.exitCode = await runTemplatesCommand(rest, context);
} else if (group === '--help' || group === '-h') {
  context.stdout(USAGE);
} else {
  context.stderr(`${group === undefined ? 'Missing the command' : `Unknown command: ${group}`}\n\n${USAGE}`);
  process.exitCode = 2;
}
