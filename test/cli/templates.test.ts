// `8x8-chatapps templates pull | check`, run in-process: the file from a saved list or from the API (the sandbox,
// through the client), the same bytes either way; check passes on an up-to-date file and fails, naming the
// templates, when a template changed, appeared or went away.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTemplatesCommand } from '../../src/cli/templates.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/server.js';
import { asOlderVersion, FIXTURE_DIR, templateList } from '../templates/fixture.js';

const LIST = fileURLToPath(new URL('whatsapp-templates.json', FIXTURE_DIR));
const COMMITTED = readFileSync(new URL('whatsapp-templates.generated.ts', FIXTURE_DIR), 'utf8');
const ACCOUNT = '9e1a3c5f-2b4d-4f6a-8c0e-1a2b3c4d5e6f';

let dir: string;
let sandbox: Sandbox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'templates-cli-'));
  sandbox = await startSandbox({ templates: templateList.templates as never });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox.close();
});

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runTemplatesCommand(args, {
    env,
    cwd: dir,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

function listFile(name: string, change: (templates: Record<string, unknown>[]) => Record<string, unknown>[]) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ templates: change(structuredClone(templateList.templates)) }));
  return path;
}

describe('templates pull', () => {
  it('writes the registry file from a saved list: the committed fixture, byte for byte', async () => {
    const { code, stdout } = await run(['pull', '--from', LIST, '--out', 'a.ts']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Wrote .*a\.ts: 14 templates, 18 languages\./);
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe(COMMITTED);
  });

  it('reads the same list from the API through the client (the sandbox serves it)', async () => {
    const env = {
      EIGHTX8_API_KEY: sandbox.clientOptions().apiKey,
      EIGHTX8_BASE_URL: sandbox.url,
      EIGHTX8_ACCOUNT_ID: ACCOUNT,
      EIGHTX8_CHANNEL_ID: '5b1f0e2a-7c3d-4e8f-9a10-2b3c4d5e6f70',
    };
    expect((await run(['pull', '--out', 'b.ts'], env)).code).toBe(0);
    expect(readFileSync(join(dir, 'b.ts'), 'utf8')).toBe(COMMITTED);
    const request = sandbox.requests.at(-1);
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe(
      `/api/v1/accounts/${ACCOUNT}/channels/5b1f0e2a-7c3d-4e8f-9a10-2b3c4d5e6f70/templates`,
    );
  });

  it('keeps other statuses when asked', async () => {
    await run(['pull', '--from', LIST, '--out', 'c.ts', '--status', 'approved,pending']);
    const text = readFileSync(join(dir, 'c.ts'), 'utf8');
    expect(text).toContain('// Statuses kept: APPROVED, PENDING.');
    expect(text).toContain('spring_promo: {');
    expect(text).not.toContain('old_offer');
    await run(['pull', '--from', LIST, '--out', 'd.ts', '--all-statuses']);
    expect(readFileSync(join(dir, 'd.ts'), 'utf8')).toContain("status: 'REJECTED'");
  });

  it('says what is missing to reach the API, and exits 2', async () => {
    const { code, stderr } = await run(['pull'], { EIGHTX8_API_KEY: 'key' });
    expect(code).toBe(2);
    expect(stderr).toContain('EIGHTX8_ACCOUNT_ID (or --account)');
    expect(stderr).toContain('EIGHTX8_CHANNEL_ID (or --channel)');
  });

  it('refuses an unknown command or option with the usage, exit 2', async () => {
    expect((await run(['push'])).code).toBe(2);
    expect((await run(['pull', '--form', LIST])).stderr).toContain('Usage:');
    expect((await run(['--help'])).code).toBe(0);
  });

  it('reports a file that is not a template list at its path, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ templates: [{ language: 'en' }] }));
    const { code, stderr } = await run(['pull', '--from', bad, '--out', 'e.ts']);
    expect(code).toBe(2);
    expect(stderr).toContain('templates[0].templateName');
  });
});

describe('templates check', () => {
  beforeAll(() => writeFileSync(join(dir, 'committed.ts'), COMMITTED));

  it('exits 0 on an up-to-date file', async () => {
    const { code, stdout } = await run(['check', '--from', LIST, '--out', 'committed.ts']);
    expect(code).toBe(0);
    expect(stdout).toContain('is up to date (18 template languages)');
  });

  it('exits 1 when a template changed, appeared or went away, naming each', async () => {
    const changed = listFile('changed.json', (templates) =>
      templates
        .map((template) =>
          template['templateName'] === 'order_shipped' && template['language'] === 'en_US'
            ? { ...template, components: [{ type: 'BODY', text: 'Hi {{1}}, order {{2}}' }] }
            : template,
        )
        .filter((template) => template['templateName'] !== 'share_contact')
        .concat([{ templateName: 'back_in_stock', language: 'en_US', status: 'APPROVED' }]),
    );
    const { code, stderr } = await run(['check', '--from', changed, '--out', 'committed.ts']);
    expect(code).toBe(1);
    expect(stderr).toContain('is out of date: run 8x8-chatapps templates pull and commit it.');
    expect(stderr).toContain('~ order_shipped (en_US) changed');
    expect(stderr).toContain('+ back_in_stock (en_US) is new');
    expect(stderr).toContain('- share_contact (en) is gone');
  });

  it('exits 1 when a template is approved since the pull (its status changed)', async () => {
    const approved = listFile('approved.json', (templates) =>
      templates.map((template) =>
        template['templateName'] === 'spring_promo' ? { ...template, status: 'APPROVED' } : template,
      ),
    );
    const { code, stderr } = await run(['check', '--from', approved, '--out', 'committed.ts']);
    expect(code).toBe(1);
    expect(stderr).toContain('+ spring_promo (en_US) is new');
  });

  it('exits 1 on a file written by an older version (the same templates), saying so', async () => {
    writeFileSync(join(dir, 'older.ts'), asOlderVersion(COMMITTED));
    const { code, stderr } = await run(['check', '--from', LIST, '--out', 'older.ts']);
    expect(code).toBe(1);
    expect(stderr).toContain('is out of date: run 8x8-chatapps templates pull and commit it.');
    expect(stderr).toContain(
      '(the file differs from what pull writes: it was edited, or written by another version)',
    );
  });

  it('exits 1 when the file is missing', async () => {
    const { code, stderr } = await run(['check', '--from', LIST, '--out', 'nowhere.ts']);
    expect(code).toBe(1);
    expect(stderr).toContain('does not exist');
  });
});

describe('the bin', () => {
  it('runs as `8x8-chatapps templates check` and exits 1 on a stale file', async () => {
    const stale = join(dir, 'stale.ts');
    writeFileSync(stale, COMMITTED.replace('body: 3,', 'body: 2,'));
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const exit = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(tsx, [main, 'templates', 'check', '--from', LIST, '--out', stale], (error, _stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stderr }),
      );
    });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain('changed');
  }, 60_000);
});
