// `8x8-chatapps templates pull | check`: writes the template registry file from the account's template list (read
// through the client, or from a JSON file of that endpoint's answer), and tells CI when the file is out of date.
// Node only: it reads the environment and files. The library's main entry never imports it.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '../client/client.js';
import { clientOptionsFromEnv } from '../client/env.js';
import { ValidationError } from '../errors/validation-error.js';
import { templateRegistryFromList } from '../templates/list.js';
import { renderTemplateRegistry } from '../templates/render.js';
import type { Transport } from '../transport/transport.js';

/** What the command reads and writes through, so tests run it in-process. */
export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The client's transport [the default one]; tests pass the sandbox's. */
  readonly transport?: Transport;
}

export const USAGE = `Usage:
  8x8-chatapps templates pull  [options]   write the template registry file
  8x8-chatapps templates check [options]   exit 1 when the file is not what pull would write

Where the templates come from (one of):
  --from <file.json>        a saved answer of GET /api/v1/accounts/{accountId}/channels/{channelId}/templates
  the API, with EIGHTX8_API_KEY, EIGHTX8_ACCOUNT_ID and EIGHTX8_CHANNEL_ID (and optionally EIGHTX8_REGION or
  EIGHTX8_BASE_URL) in the environment; --account <id> and --channel <id> override the last two

Options:
  --out <file.ts>           the registry file [whatsapp-templates.generated.ts]
  --status <A,B>            the approval statuses to keep [APPROVED]
  --all-statuses            keep every template, whatever its status
  --module <name>           the module the file augments [8x8-chatapps]
  --help                    this text
`;

/** Exit codes: 0 done (or up to date), 1 out of date, 2 the command could not run. */
export type ExitCode = 0 | 1 | 2;

/** The `name (language)` entries of a registry file and their text, to say what changed. */
function entriesOf(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  let name = '';
  let current: { key: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const nameMatch = /^ {2}(\S.*): \{$/.exec(line);
    const languageMatch = /^ {4}(\S.*): \{$/.exec(line);
    if (nameMatch !== null) name = nameMatch[1] ?? '';
    else if (languageMatch !== null) current = { key: `${name} (${languageMatch[1]})`, lines: [] };
    else if (current !== undefined && line === '    },') {
      entries.set(current.key, current.lines.join('\n'));
      current = undefined;
    } else current?.lines.push(line);
  }
  return entries;
}

/** What differs between the committed file and a fresh one, template by template. */
function describeChanges(before: string, after: string): string[] {
  const old = entriesOf(before);
  const fresh = entriesOf(after);
  const lines: string[] = [];
  for (const [key, text] of fresh) {
    if (!old.has(key)) lines.push(`  + ${key} is new`);
    else if (old.get(key) !== text) lines.push(`  ~ ${key} changed`);
  }
  for (const key of old.keys()) if (!fresh.has(key)) lines.push(`  - ${key} is gone`);
  return lines.length > 0
    ? lines
    : ['  (the file differs from what pull writes: it was edited, or written by another version)'];
}

async function readList(
  from: string | undefined,
  account: string | undefined,
  channel: string | undefined,
  context: CliContext,
): Promise<unknown> {
  if (from !== undefined) return JSON.parse(await readFile(resolve(context.cwd, from), 'utf8')) as unknown;
  const accountId = account ?? context.env['EIGHTX8_ACCOUNT_ID']?.trim();
  const channelId = channel ?? context.env['EIGHTX8_CHANNEL_ID']?.trim();
  const missing = [
    ...(accountId ? [] : ['EIGHTX8_ACCOUNT_ID (or --account)']),
    ...(channelId ? [] : ['EIGHTX8_CHANNEL_ID (or --channel)']),
  ];
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((what) => ({ path: what, message: 'is not set (or give --from <file.json>)' })),
      'environment',
    );
  }
  // The template list belongs to the account, not to a sub-account; the client still wants one, which this
  // request does not use.
  const options = clientOptionsFromEnv({
    ...context.env,
    EIGHTX8_SUBACCOUNT_ID: context.env['EIGHTX8_SUBACCOUNT_ID'] || 'templates',
  });
  const client = createClient(
    context.transport === undefined ? options : { ...options, transport: context.transport },
  );
  return client.listTemplates(accountId as string, channelId as string);
}

/** Runs `templates pull` or `templates check` with the command line's arguments (after `templates`). */
export async function runTemplatesCommand(args: readonly string[], context: CliContext): Promise<ExitCode> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    context.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help === true) {
    context.stdout(USAGE);
    return 0;
  }
  if ((command !== 'pull' && command !== 'check') || positionals.length > 1) {
    context.stderr(
      `${command === undefined ? 'Missing the command' : `Unknown command: ${positionals.join(' ')}`}\n\n${USAGE}`,
    );
    return 2;
  }
  const out = resolve(context.cwd, values.out ?? 'whatsapp-templates.generated.ts');
  const statuses =
    values['all-statuses'] === true
      ? ('all' as const)
      : (values.status ?? 'APPROVED')
          .split(',')
          .map((status) => status.trim())
          .filter(Boolean);
  try {
    const list = await readList(values.from, values.account, values.channel, context);
    const registry = templateRegistryFromList(list, { statuses });
    const text = renderTemplateRegistry(registry, {
      statuses,
      ...(values.module === undefined ? {} : { module: values.module }),
    });
    const count = Object.values(registry).reduce((sum, languages) => sum + Object.keys(languages).length, 0);
    if (command === 'pull') {
      await writeFile(out, text);
      context.stdout(`Wrote ${out}: ${Object.keys(registry).length} templates, ${count} languages.\n`);
      return 0;
    }
    let committed: string;
    try {
      committed = await readFile(out, 'utf8');
    } catch {
      context.stderr(`${out} does not exist: run 8x8-chatapps templates pull\n`);
      return 1;
    }
    if (committed === text) {
      context.stdout(`${out} is up to date (${count} template languages).\n`);
      return 0;
    }
    context.stderr(
      `${out} is out of date: run 8x8-chatapps templates pull and commit it.\n${describeChanges(committed, text).join('\n')}\n`,
    );
    return 1;
  } catch (error) {
    context.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      status: { type: 'string' },
      'all-statuses': { type: 'boolean' },
      module: { type: 'string' },
      account: { type: 'string' },
      channel: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
