// The published types do not depend on which file the compiler checks first. With `skipLibCheck: true` (what
// `tsc --init` writes), a type the compiler cannot finish inside a declaration file becomes `any` without a word: an
// inferred wire type evaluated deep inside another (MessageRequest inferred through every schema) hit TypeScript's
// instantiation depth limit, so `Location` was `any` whenever a file using parseMessage was checked before the file
// calling `.location(…)`. The wire types are written out as interfaces (test/types/wire-types.ts keeps them equal to
// the schemas); this test type-checks a user project against the built declarations with its files in several orders,
// on TypeScript 7 (default and --singleThreaded) and TypeScript 6, and expects every refusal in every order.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../docs/examples.js';

/** The user's files, each using the library one way; the refusals are `@ts-expect-error` lines. */
const FILES: Readonly<Record<string, string>> = {
  'parse.ts': `
import { parseMessage, safeParseMessage, type MessageRequest } from '8x8-chatapps';
const request: MessageRequest = parseMessage({ user: { msisdn: '+6512345678' }, type: 'text', content: { text: 'Hi' } });
export const latitude = request.content.location?.latitude;
export const header = request.content.interactive?.header?.type;
const result = safeParseMessage(JSON.parse('{}'));
if (result.success) console.log(result.output.content.template?.components?.[0]?.parameters?.[0]?.location);
`,
  'batch.ts': `
import { parseBatch, type BatchRequest } from '8x8-chatapps';
export const batch: BatchRequest = parseBatch({ messages: [] });
export const first = batch.messages[0]?.content?.location;
`,
  'client.ts': `
import { createClient, Message } from '8x8-chatapps';
const client = createClient({ apiKey: 'key', subAccountId: 'acme_sub' });
export const sent = client.send(Message.to('+6512345678').whatsapp().text('Hi'));
export const outcome = client.trySend(Message.to('+6512345678').text('Hi').build());
`,
  'location.ts': `
import { Message } from '8x8-chatapps';
// @ts-expect-error a latitude is a number
Message.to('+6512345678').location({ latitude: 'north', longitude: 'west' });
// @ts-expect-error a latitude is a number
Message.to('+6512345678').whatsapp().location({ latitude: 'north', longitude: 'west' });
Message.to('+6512345678').location({ latitude: 1.28, longitude: 103.86 }).build();
`,
  'template-location.ts': `
import { Message } from '8x8-chatapps';
Message.to('+6512345678')
  .whatsapp()
  .template('store_pickup', 'en_US')
  // @ts-expect-error a latitude is a number
  .header({ location: { latitude: 'north', longitude: 'west' } });
`,
  'wire-types.ts': `
import type * as Wire from '8x8-chatapps';
// Each public wire type refuses a value of the wrong kind: none of them is any.
// @ts-expect-error not a Location
export const location: Wire.Location = Symbol();
// @ts-expect-error not a MessageRequest
export const request: Wire.MessageRequest = Symbol();
// @ts-expect-error not a MessageRequestInput
export const input: Wire.MessageRequestInput = Symbol();
// @ts-expect-error not a Content
export const content: Wire.Content = Symbol();
// @ts-expect-error not a User
export const user: Wire.User = Symbol();
// @ts-expect-error not a ChannelRoute
export const route: Wire.ChannelRoute = Symbol();
// @ts-expect-error not an Interactive
export const interactive: Wire.Interactive = Symbol();
// @ts-expect-error not a Template
export const template: Wire.Template = Symbol();
// @ts-expect-error not a TemplateParameter
export const parameter: Wire.TemplateParameter = Symbol();
// @ts-expect-error not a RichCard
export const richCard: Wire.RichCard = Symbol();
// @ts-expect-error not a Carousel
export const carousel: Wire.Carousel = Symbol();
// @ts-expect-error not a Suggestion
export const suggestion: Wire.Suggestion = Symbol();
// @ts-expect-error not a SendMessageResponse
export const response: Wire.SendMessageResponse = Symbol();
// @ts-expect-error not a BatchRequest
export const batch: Wire.BatchRequest = Symbol();
// @ts-expect-error not a message request
export const built: ReturnType<ReturnType<typeof Wire.Message.to>['build']> = Symbol();
`,
};

/** File orders: each file that reaches MessageRequest before the refusals, then everything forward and backward. */
const ORDERS: readonly (readonly string[])[] = [
  ['parse.ts', 'location.ts', 'template-location.ts', 'wire-types.ts'],
  ['batch.ts', 'template-location.ts', 'location.ts'],
  ['client.ts', 'location.ts', 'wire-types.ts'],
  ['wire-types.ts', 'parse.ts', 'template-location.ts', 'location.ts'],
  Object.keys(FILES).reverse(),
];

const COMPILERS: readonly {
  readonly name: string;
  readonly bin: string;
  readonly args: readonly string[];
}[] = [
  { name: 'TypeScript 7', bin: 'tsc', args: [] },
  { name: 'TypeScript 7 --singleThreaded', bin: 'tsc', args: ['--singleThreaded'] },
  { name: 'TypeScript 6', bin: 'tsc6', args: [] },
];

let work: string;
let app: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'check-order-'));
  // The package as a user installs it, for types: its package.json (exports) and the built declarations.
  const pkg = join(work, 'package');
  mkdirSync(pkg);
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  app = join(work, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(pkg, join(app, 'node_modules', '8x8-chatapps'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(app, name), text);
  return compile(
    'tsc',
    ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(pkg, 'dist'), '--emitDeclarationOnly'],
    ROOT,
  ).then(({ code, output }) => {
    if (code !== 0) throw new Error(`building the declarations failed:\n${output}`);
  });
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

function compile(
  bin: string,
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin', bin),
      args,
      { cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, out, err) =>
        resolve({
          code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1,
          output: out + err,
        }),
    );
  });
}

/** A tsconfig as a user has it (strict, skipLibCheck) that checks `files` in this order. */
function writeConfig(order: readonly string[]): string {
  const name = `tsconfig.${order.map((file) => file.replace(/\.ts$/, '')).join('+')}.json`;
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2023', 'dom'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  writeFileSync(join(app, name), JSON.stringify({ compilerOptions, files: order }));
  return name;
}

describe('the published types do not depend on the order files are checked in', () => {
  for (const order of ORDERS) {
    it(`refuses every wrong value with ${order.join(', ')} checked in this order`, async () => {
      const config = writeConfig(order);
      const results = [];
      for (const { name, bin, args } of COMPILERS) {
        const { code, output } = await compile(bin, ['-p', config, ...args], app);
        results.push({ compiler: name, code, output: output.trim() });
      }
      expect(results).toEqual(COMPILERS.map(({ name }) => ({ compiler: name, code: 0, output: '' })));
    }, 180_000);
  }
});
