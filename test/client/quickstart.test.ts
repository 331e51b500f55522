// The README's main job: `npm start` runs the quickstart against the in-process sandbox and exits 0 on its own
// (every demo message accepted, the unroutable number refused with 1002, no handle left open).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('examples/quickstart.ts', () => {
  it('sends the demo messages to the sandbox, prints requests and answers, and exits 0', () => {
    const env = { ...process.env };
    for (const name of ['EIGHTX8_API_KEY', 'EIGHTX8_SUBACCOUNT_ID', 'EIGHTX8_REGION', 'EIGHTX8_BASE_URL']) {
      delete env[name];
    }
    // A generous limit: it only catches a quickstart that never exits (an open handle), not a slow machine.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/quickstart.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('5 of 5 messages accepted');
    expect(run.stdout).toContain('refused with ApiError 1002, as expected');
    expect(run.stdout).toContain('"type": "carousel"');
    expect(run.stdout).toContain('authorization: [redacted]');
    expect(run.stdout).not.toMatch(/Bearer sandbox-/);
    expect(run.stdout).toContain('← webhook: receipt whatsapp undelivered (rejected_by_operator)');
    expect(run.stdout).toContain('← webhook: receipt sms delivered (delivered_to_recipient)');
    expect(run.stdout).toContain('← webhook: inbound buttonReply "Morning"');
    expect(run.stdout).toContain('details: 1. WhatsApp undelivered, 2. SMS delivered');
  }, 70_000);

  it('with half the credentials, names the missing variable and sends nothing', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, EIGHTX8_API_KEY: 'not-a-real-key' };
    delete env['EIGHTX8_SUBACCOUNT_ID'];
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'examples/quickstart.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('EIGHTX8_SUBACCOUNT_ID: is not set');
    expect(run.stderr + run.stdout).not.toContain('not-a-real-key');
  }, 70_000);
});
