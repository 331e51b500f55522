// Starting the fault server process from a test, and asking it for its log over IPC.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaultReport } from './faults.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface FaultServer {
  readonly url: string;
  report(): Promise<FaultReport>;
  stop(): Promise<void>;
}

export async function startFaultServer(options: { seed: number; faultRate: number }): Promise<FaultServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'process.ts'), JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline !== -1) resolve((JSON.parse(text.slice(0, newline)) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`fault server exited (${code}) before listening`)));
  });
  return {
    url,
    report: () =>
      new Promise<FaultReport>((resolve, reject) => {
        const onMessage = (message: { type?: string; report?: FaultReport }) => {
          if (message.type !== 'report' || message.report === undefined) return;
          child.off('message', onMessage);
          resolve(message.report);
        };
        child.on('message', onMessage);
        child.once('exit', (code) => reject(new Error(`fault server exited (${code})`)));
        child.send({ type: 'report' });
      }),
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
