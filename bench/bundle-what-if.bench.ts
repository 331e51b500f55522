// How far issue 10's bundle aims are from today's design: upper bounds of what leaving features out of the library
// would save. Copies src/ under .bench-tmp/, removes the features of each row from the copy (edits that fail loudly
// when the source no longer reads as they expect), and bundles the two apps with an aim against the copy, as
// bench/bundle.bench.ts bundles them against src/. Not a proposal: every row removes public API; the figures say what
// the rest of the design costs.
//
//   npm run bench -- bundle-what-if
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_APPS, bundleSizes } from './fixtures/bundle.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APPS = BUNDLE_APPS.filter((app) => app.name === 'client + one text' || app.name === 'builder only');

/** One change to one file of the copy. */
interface Edit {
  readonly file: string;
  readonly apply: (source: string) => string;
}

/** `source` with `old` replaced by `by`; throws when `old` is not there once. */
function replaceOnce(source: string, old: string, by: string): string {
  const at = source.indexOf(old);
  if (at === -1 || source.indexOf(old, at + 1) !== -1) {
    throw new Error(`the edit no longer applies (not found once): ${JSON.stringify(old.slice(0, 80))}`);
  }
  return source.slice(0, at) + by + source.slice(at + old.length);
}

/** `source` without the text from `start` up to and including the first `end` after it. */
function cut(source: string, start: string, end: string): string {
  const from = source.indexOf(start);
  const to = from === -1 ? -1 : source.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`the edit no longer applies: ${JSON.stringify(start)}`);
  return source.slice(0, from) + source.slice(to + end.length);
}

/** The client object with send, trySend, sendMany and sendEach only, and the functions only the others use gone. */
const OTHER_ENDPOINTS: Edit = {
  file: 'client/client.ts',
  apply: (source) => {
    let out = cut(source, '  const client: Client = {', '\n  };\n');
    out = replaceOnce(
      out,
      '  // The queue worker reads it',
      '  const client = { subAccountId, baseUrl, send, trySend: (m: SendableMessage, o?: SendOptions) => ' +
        'trySend(m, o), sendMany, sendEach } as unknown as Client;\n  // The queue worker reads it',
    );
    for (const name of [
      'sendBatch',
      'getMessage',
      'listTemplates',
      'cancel',
      'markAsRead',
      'sendTypingIndicator',
    ])
      out = cut(out, `\n  async function ${name}(`, '\n  }\n');
    return cut(out, '\n  /** `value` checked as a GUID', '\n  }\n');
  },
};

/** send takes chains only: what the library's chain built, never a plain request checked with parseMessage. */
const PLAIN_REQUESTS: Edit = {
  file: 'client/client.ts',
  apply: (source) =>
    replaceOnce(
      replaceOnce(
        source,
        '    if (!isMessageSource(message)) return parseMessage(message);\n',
        '    if (!isMessageSource(message)) throw new Error("chains only");\n',
      ),
      '    return validatedBuild(message) ?? parseMessage(message.build());',
      '    const built = validatedBuild(message);\n    if (built === undefined) throw new Error("chains only");\n' +
        '    return built;',
    ),
};

/** The chain without `.template(…)` and its component steps, and without the template schema it registers. */
const TEMPLATE_STEP: Edit = {
  file: 'builder/message.ts',
  apply: (source) => {
    let out = cut(source, '  template(name: string, language: string): MessageChain {', '\n  }\n');
    out = cut(out, '  // Template components.', '\n  }\n\n  // Delivery options.\n');
    out = replaceOnce(
      out,
      '  fallbackText(text: string)',
      '  // Delivery options.\n  fallbackText(text: string)',
    );
    out = cut(out, '  /** `component` is owned', '\n  }\n');
    return replaceOnce(out, "registerContentSchema('template', TemplateSchema);", '');
  },
};

/** build({ templates }) and parseMessage(…, { templates }) without the registry check. */
const REGISTRY_CHECK: Edit = {
  file: 'wire/parse.ts',
  apply: (source) =>
    replaceOnce(
      source,
      'const misfits = messageTemplateIssues(output, options.templates);',
      'const misfits: ValidationIssue[] = [];',
    ),
};

const ROWS: readonly { readonly removed: string; readonly edits: readonly Edit[] }[] = [
  { removed: 'nothing (today)', edits: [] },
  { removed: 'the client methods other than send, trySend, sendMany, sendEach', edits: [OTHER_ENDPOINTS] },
  { removed: 'those, and plain requests in send (chains only)', edits: [OTHER_ENDPOINTS, PLAIN_REQUESTS] },
  { removed: 'the template step of the chain', edits: [TEMPLATE_STEP] },
  { removed: 'the template step and the registry check', edits: [TEMPLATE_STEP, REGISTRY_CHECK] },
  {
    removed: 'all of the above',
    edits: [OTHER_ENDPOINTS, PLAIN_REQUESTS, TEMPLATE_STEP, REGISTRY_CHECK],
  },
];

const dir = join(ROOT, '.bench-tmp', `what-if-${process.pid}`);
const results: string[][] = [];
try {
  let today: number[] | undefined;
  for (const [index, row] of ROWS.entries()) {
    const copy = join(dir, `row-${index}`, 'src');
    cpSync(join(ROOT, 'src'), copy, { recursive: true });
    for (const edit of row.edits) {
      const path = join(copy, edit.file);
      writeFileSync(path, edit.apply(readFileSync(path, 'utf8')));
    }
    const sizes = await bundleSizes(APPS, { library: join(copy, 'index.ts') });
    const gzipped = sizes.map((size) => size.gzipped);
    today ??= gzipped;
    const base = today;
    results.push([
      row.removed,
      ...gzipped.map((bytes, app) =>
        index === 0
          ? bytes.toLocaleString('en-US')
          : `${bytes.toLocaleString('en-US')} (${((bytes - base[app]!) / 1000).toFixed(1)} kB)`,
      ),
    ]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ['removed from the library', ...APPS.map((app) => app.name)];
const widths = header.map((_, column) => Math.max(...[header, ...results].map((row) => row[column]!.length)));
console.log(
  'Upper bounds, gzip -9 bytes loaded at start (as bench/bundle.bench.ts measures): each row removes features, and public\n' +
    'API, from a copy of src/ and bundles the apps with an aim against it (aims: client + one text <= 14.0 kB,\n' +
    'builder only <= 5.0 kB).\n',
);
for (const row of [header, ...results]) {
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '),
  );
}
