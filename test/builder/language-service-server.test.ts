// The TypeScript 7 language server the language-service tests start (language-service-project.ts) ends however it
// is: shut down when asked, and a server that has died makes a question fail and close() resolve at once, so a
// test on a loaded machine never waits on it nor leaves a process behind.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPTIONS, tsc7LanguageServer } from './language-service-project.js';

const dir = mkdtempSync(join(tmpdir(), 'tsc7-server-'));
const file = join(dir, 'a.mts');
const text = 'export const answer: number = 42;\n';
writeFileSync(file, text);
writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: OPTIONS, files: ['a.mts'] }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether a process of this id still exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("TypeScript 7's language server in the tests", () => {
  it('shuts down when closed, and closing it again resolves', async () => {
    const server = await tsc7LanguageServer(dir, new Map([[file, text]]));
    expect(await server.diagnostics(file)).toEqual([]);
    await server.close();
    expect(alive(server.pid!)).toBe(false);
    await server.close();
  }, 60_000);

  it('a server that died: a question fails at once and close() resolves', async () => {
    const server = await tsc7LanguageServer(dir, new Map([[file, text]]));
    process.kill(server.pid!, 'SIGKILL');
    await expect(server.hover(file, { line: 0, character: 13 })).rejects.toThrow(/language server/);
    await server.close();
    expect(alive(server.pid!)).toBe(false);
  }, 60_000);
});
