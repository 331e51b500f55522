// The webhook corpus: realistic bodies of every version and kind 8x8 documents (test/fixtures/webhooks/*.json,
// written from 8x8's pages, not copied), read once for the tests that need them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIRECTORY = fileURLToPath(new URL('../fixtures/webhooks/', import.meta.url));

/** Every corpus body by file name (without `.json`), as the JSON text 8x8 would post. */
export const WEBHOOK_CORPUS: ReadonlyMap<string, string> = new Map(
  readdirSync(DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file.slice(0, -'.json'.length), readFileSync(`${DIRECTORY}${file}`, 'utf8')]),
);

/** One corpus body as JSON text. */
export function webhookText(name: string): string {
  const text = WEBHOOK_CORPUS.get(name);
  if (text === undefined) throw new Error(`no webhook fixture ${name}`);
  return text;
}

/** One corpus body, parsed. */
export function webhookBody(name: string): Record<string, unknown> {
  return JSON.parse(webhookText(name)) as Record<string, unknown>;
}
