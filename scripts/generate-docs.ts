// Writes the generated parts of the guides: the channel capability matrix (docs/channels.md) from CHANNEL_CAPABILITIES
// and the limits tables (docs/limits.md) from LIMITS and BATCH_LIMITS with their TSDoc. Each part sits between marker
// comments; everything outside the markers is hand-written and left alone. test/docs/generated.test.ts fails when the
// committed files differ from what this script writes, so a changed limit or capability cannot leave the docs stale.
//
// Usage: npm run docs:generate            (rewrites the files)
//        npm run docs:generate -- --check (exits 1 and names the stale files, writes nothing)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  BATCH_LIMITS,
  CHANNEL_CAPABILITIES,
  CHANNELS,
  type ChannelFeature,
  CONTENT_TYPES,
  canCarry,
  DEFAULT_RETRY_POLICY,
  LIMITS,
  RETRIED_NETWORK_FAILURES,
  SAFE_RETRY_STATUSES,
  SUCCESS_STATUSES,
  supports,
} from '../src/index.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One generated part of a Markdown file. */
interface GeneratedSection {
  /** Name used in the marker comments, e.g. `channel-matrix`. */
  readonly name: string;
  /** Where its data comes from, named in the marker so a reader knows what to edit instead. */
  readonly source: string;
  readonly render: () => string;
}

/** A file whose generated sections are up to date (`expected`) or not (`current` differs). */
export interface GeneratedFile {
  /** Path relative to the repository root, e.g. `docs/channels.md`. */
  readonly path: string;
  readonly current: string;
  readonly expected: string;
}

/** The command that brings the generated parts up to date; the staleness test names it. */
export const GENERATE_COMMAND = 'npm run docs:generate';

const startMarker = (section: GeneratedSection) =>
  `<!-- BEGIN GENERATED ${section.name}: written by \`${GENERATE_COMMAND}\` from ${section.source}; do not edit by hand -->`;
const endMarker = (section: GeneratedSection) => `<!-- END GENERATED ${section.name} -->`;

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const formatNumber = (value: number) => value.toLocaleString('en-US');

function parseSource(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The text of a node's own TSDoc comment (`/** … *\/` right before it), without tags, on one line. */
function docText(node: ts.Node): string | undefined {
  const docs = (node as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.at(-1)?.comment;
  if (comment === undefined) return undefined;
  const text = typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment);
  return text?.replace(/\s+/g, ' ').trim();
}

function findExportedConst(file: ts.SourceFile, name: string): ts.ObjectLiteralExpression {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      let initializer = declaration.initializer;
      while (
        initializer !== undefined &&
        (ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer))
      ) {
        initializer = initializer.expression;
      }
      if (initializer !== undefined && ts.isObjectLiteralExpression(initializer)) return initializer;
    }
  }
  throw new Error(`${file.fileName}: no exported object literal named ${name}`);
}

function propertyName(property: ts.ObjectLiteralElementLike): string {
  if (
    !ts.isPropertyAssignment(property) ||
    !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
  ) {
    throw new Error(
      `unexpected property ${property.getText()}: only plain \`key: value\` entries are supported`,
    );
  }
  return property.name.text;
}

/**
 * The keys of a limits object, grouped the way their TSDoc groups them: a key without its own comment belongs to the
 * comment of the key above it (`minLength`/`maxLength` pairs share one sentence).
 */
function documentedRuns(object: ts.ObjectLiteralExpression, where: string) {
  const runs: { keys: string[]; description: string }[] = [];
  for (const property of object.properties) {
    const key = propertyName(property);
    const description = docText(property);
    if (description !== undefined) runs.push({ keys: [key], description });
    else if (runs.length > 0) runs.at(-1)?.keys.push(key);
    else throw new Error(`${where}.${key} has no TSDoc comment and no commented key above it: describe it`);
  }
  return runs;
}

// ——— which source files read each limit ———

interface SourceText {
  readonly path: string;
  readonly text: string;
}

function sourceFiles(directory: string): SourceText[] {
  const files: SourceText[] = [];
  for (const entry of readdirSync(join(ROOT, directory), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/');
    files.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Files (other than the one defining the table) that read `table.group.key`, directly or through an alias; with
 * `groupConst`, the constant that holds the group (`MESSAGE_LIMITS`), also `groupConst.key` and its aliases.
 */
function readersOf(
  files: readonly SourceText[],
  table: string,
  group: string | undefined,
  key: string,
  groupConst?: string,
): string[] {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return files
    .filter(({ text }) => {
      const full = group === undefined ? `${table}.${key}` : `${table}.${group}.${key}`;
      if (new RegExp(`\\b${escapeRegExp(full)}\\b`).test(text)) return true;
      if (group === undefined) return false;
      if (groupConst !== undefined) {
        if (new RegExp(`\\b${groupConst}\\.${key}\\b`).test(text)) return true;
        // `const I = INTERACTIVE_LIMITS;` … `I.buttonTitleMaxLength`
        const aliases = [
          ...text.matchAll(new RegExp(`\\b(?:const|let)\\s+(\\w+)\\s*=\\s*${groupConst}\\b`, 'g')),
        ];
        if (aliases.some(([, alias]) => new RegExp(`\\b${escapeRegExp(alias ?? '')}\\.${key}\\b`).test(text)))
          return true;
      }
      // In types: `Limits['interactive']['buttonTitleMaxLength']`, `(typeof LIMITS)['template']['buttonIndexMax']`.
      if (new RegExp(`\\[\\s*'${group}'\\s*\\]\\s*\\[\\s*'${key}'\\s*\\]`).test(text)) return true;
      // `const I = LIMITS.interactive;` … `I.buttonTitleMaxLength`
      const aliases = [
        ...text.matchAll(new RegExp(`\\b(?:const|let)\\s+(\\w+)\\s*=\\s*${table}\\.${group}\\b`, 'g')),
      ];
      return aliases.some(([, alias]) =>
        new RegExp(`\\b${escapeRegExp(alias ?? '')}\\.${key}\\b`).test(text),
      );
    })
    .map(({ path }) => path);
}

const GROUP_TITLES: Record<string, string> = {
  subAccountId: 'Sub-account',
  message: 'Message',
  directSend: 'WhatsApp Direct Send',
  interactive: 'WhatsApp interactive messages',
  template: 'Templates',
  rcs: 'RCS rich cards, carousels and suggestions',
  viber: 'Viber',
  geo: 'Coordinates',
  guards: 'Bounds the library sets on what it reads',
};

/** The two "where" cells of a limit: the schema files that check it at run time, and whether a builder counts it. */
function enforcement(
  files: readonly SourceText[],
  table: string,
  group: string | undefined,
  keys: readonly string[],
  groupConst?: string,
) {
  const readers = [...new Set(keys.flatMap((key) => readersOf(files, table, group, key, groupConst)))].sort();
  const schemas = readers.filter((path) => path.startsWith('src/wire/'));
  // Compile time: read in a type (`Limits['rcs']['cardSuggestionsMaxCount']`), not only by a builder at run time.
  const compileTime =
    group !== undefined &&
    keys.some((key) =>
      files.some(({ text }) => new RegExp(`\\[\\s*'${group}'\\s*\\]\\s*\\[\\s*'${key}'\\s*\\]`).test(text)),
    );
  return [
    schemas.length === 0 ? '—' : schemas.map((path) => `\`${path.slice('src/wire/'.length)}\``).join('<br>'),
    compileTime ? '✓' : '—',
  ];
}

const LIMIT_COLUMNS = ['Value', 'Rule', 'Schema', 'Types'];

function renderLimits(): string {
  const files = sourceFiles('src').filter(({ path }) => path !== 'src/limits.ts');
  const limitsFile = parseSource('src/limits.ts');
  const limits = findExportedConst(limitsFile, 'LIMITS');
  const sections: string[] = [];
  for (const group of limits.properties) {
    const groupName = propertyName(group);
    // Each group is a constant of its own (`message: MESSAGE_LIMITS`), which the schemas import.
    if (!ts.isPropertyAssignment(group) || !ts.isIdentifier(group.initializer)) {
      throw new Error(`LIMITS.${groupName} must name the constant of its group (message: MESSAGE_LIMITS)`);
    }
    const groupConst = group.initializer.text;
    const values = LIMITS[groupName as keyof typeof LIMITS] as Readonly<Record<string, number>>;
    const entries = findExportedConst(limitsFile, groupConst);
    const rows = documentedRuns(entries, `LIMITS.${groupName}`).map(({ keys, description }) => [
      keys.map((key) => `\`${key}\``).join('<br>'),
      keys.map((key) => formatNumber(values[key] as number)).join('<br>'),
      escapeCell(description),
      ...enforcement(files, 'LIMITS', groupName, keys, groupConst),
    ]);
    const title = GROUP_TITLES[groupName] ?? groupName;
    sections.push(
      `### ${title}\n\nKeys of \`LIMITS.${groupName}\`:\n\n${table(['Key', ...LIMIT_COLUMNS], rows)}`,
    );
  }

  const batch = findExportedConst(parseSource('src/wire/batch.ts'), 'BATCH_LIMITS');
  const batchRows = documentedRuns(batch, 'BATCH_LIMITS').map(({ keys, description }) => [
    keys.map((key) => `\`${key}\``).join('<br>'),
    keys.map((key) => formatNumber(BATCH_LIMITS[key as keyof typeof BATCH_LIMITS])).join('<br>'),
    escapeCell(description.replace(/^Rule: (.)/, (_, first: string) => first.toUpperCase())),
    ...enforcement(files, 'BATCH_LIMITS', undefined, keys),
  ]);
  sections.push(`### Batches\n\nKeys of \`BATCH_LIMITS\`:\n\n${table(['Key', ...LIMIT_COLUMNS], batchRows)}`);
  return sections.join('\n\n');
}

// ——— the channel matrix ———

/** The descriptions of each {@link ChannelFeature}, from the `- \`name\`: text` list of its TSDoc. */
function featureDescriptions(): Map<ChannelFeature, string> {
  const file = parseSource('src/channels.ts');
  const alias = file.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === 'ChannelFeature',
  );
  if (alias === undefined) throw new Error('src/channels.ts: type ChannelFeature not found');
  const comment = (alias as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1)?.comment;
  const text = typeof comment === 'string' ? comment : (ts.getTextOfJSDocComment(comment) ?? '');
  const descriptions = new Map<ChannelFeature, string>();
  for (const [, name, description] of text.matchAll(/^- `(\w+)`: (.+)$/gm)) {
    descriptions.set(name as ChannelFeature, (description ?? '').trim());
  }
  return descriptions;
}

function renderChannelMatrix(): string {
  const yes = '✓';
  const no = '—';
  const header = ['`type` / feature', ...CHANNELS];
  const contentRows = CONTENT_TYPES.map((type) => [
    `\`${type}\``,
    ...CHANNELS.map((channel) => (canCarry(channel, type) ? yes : no)),
  ]);
  const descriptions = featureDescriptions();
  const features = [...new Set(CHANNELS.flatMap((channel) => CHANNEL_CAPABILITIES[channel].features))];
  const featureRows = features.map((feature) => [
    `\`${feature}\` (feature)`,
    ...CHANNELS.map((channel) => (supports(channel, feature) ? yes : no)),
  ]);
  const statusRows = SUCCESS_STATUSES.map((status) => [
    `\`successStatus: "${status}"\``,
    ...CHANNELS.map((channel) =>
      (CHANNEL_CAPABILITIES[channel].statuses as readonly string[]).includes(status) ? yes : no,
    ),
  ]);
  const textRow = [
    'max. text',
    ...CHANNELS.map((channel) => formatNumber(CHANNEL_CAPABILITIES[channel].textMaxLength)),
  ];
  const featureList = features
    .map((feature) => {
      const description = descriptions.get(feature);
      if (description === undefined)
        throw new Error(`ChannelFeature \`${feature}\` is not described in its TSDoc`);
      return `- \`${feature}\`: ${description}`;
    })
    .join('\n');
  return `${table(header, [...contentRows, ...featureRows, ...statusRows, textRow])}\n\nFeatures:\n\n${featureList}`;
}

// ——— the retry policy ———

function findDeclaration<T extends ts.Node>(
  file: ts.SourceFile,
  name: string,
  is: (node: ts.Node) => node is T,
): T {
  const found = file.statements.find(
    (statement): statement is T & ts.Statement =>
      is(statement) && (statement as { name?: ts.Node }).name?.getText() === name,
  );
  if (found === undefined) throw new Error(`${file.fileName}: ${name} not found`);
  return found;
}

function rawDoc(node: ts.Node): string {
  const docs = (node as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.at(-1)?.comment;
  return typeof comment === 'string' ? comment : (ts.getTextOfJSDocComment(comment) ?? '');
}

function renderRetryPolicy(): string {
  // The decision table of the default transport, as its TSDoc states it.
  const transport = findDeclaration(
    parseSource('src/transport/ky-transport.ts'),
    'createKyTransport',
    ts.isFunctionDeclaration,
  );
  const decisions = rawDoc(transport)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  if (decisions.length < 3) throw new Error('createKyTransport: its TSDoc has no table of what is retried');

  const policy = findDeclaration(
    parseSource('src/transport/retry-policy.ts'),
    'RetryPolicy',
    ts.isInterfaceDeclaration,
  );
  const rows = policy.members.map((member) => {
    const name = member.name?.getText() ?? '';
    const value = DEFAULT_RETRY_POLICY[name as keyof typeof DEFAULT_RETRY_POLICY];
    const shown = Array.isArray(value) ? value.join(', ') : formatNumber(value as number);
    const description = (docText(member) ?? '')
      .replace(/\s*\[[^\]]*\]/, '')
      .replace(/\{@link (\w+)\}/g, '`$1`');
    return [`\`retry.${name}\``, shown, escapeCell(description)];
  });
  return [
    decisions.join('\n'),
    `Retried statuses (\`SAFE_RETRY_STATUSES\`): ${SAFE_RETRY_STATUSES.join(', ')}. Retried network failures ` +
      `(\`RETRIED_NETWORK_FAILURES\`): ${RETRIED_NETWORK_FAILURES.map((failure) => `\`${failure}\``).join(', ')}.`,
    `Defaults (\`DEFAULT_RETRY_POLICY\`):`,
    table(['Option', 'Default', 'Meaning'], rows),
  ].join('\n\n');
}

// ——— files ———

const GENERATED: Readonly<Record<string, readonly GeneratedSection[]>> = {
  'docs/channels.md': [
    {
      name: 'channel-matrix',
      source: '`CHANNEL_CAPABILITIES` in src/channels.ts',
      render: renderChannelMatrix,
    },
  ],
  'docs/errors-and-retries.md': [
    {
      name: 'retry-policy',
      source: 'the TSDoc of `createKyTransport` and `DEFAULT_RETRY_POLICY` in src/transport/',
      render: renderRetryPolicy,
    },
  ],
  'docs/limits.md': [
    {
      name: 'limits',
      source: '`LIMITS` in src/limits.ts and `BATCH_LIMITS` in src/wire/batch.ts',
      render: renderLimits,
    },
  ],
};

function replaceSection(path: string, text: string, section: GeneratedSection): string {
  const start = text.indexOf(`<!-- BEGIN GENERATED ${section.name}:`);
  const end = text.indexOf(endMarker(section));
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `${path}: the markers of the generated section "${section.name}" are missing. Put these two lines where it ` +
        `belongs:\n<!-- BEGIN GENERATED ${section.name}: -->\n${endMarker(section)}`,
    );
  }
  const body = `${startMarker(section)}\n\n${section.render()}\n\n${endMarker(section)}`;
  return text.slice(0, start) + body + text.slice(end + endMarker(section).length);
}

/** Every file with generated sections: its committed text and the text it should have. */
export function generatedFiles(): GeneratedFile[] {
  return Object.entries(GENERATED).map(([path, sections]) => {
    const current = readFileSync(join(ROOT, path), 'utf8');
    const expected = sections.reduce((text, section) => replaceSection(path, text, section), current);
    return { path, current, expected };
  });
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const stale = generatedFiles().filter(({ current, expected }) => current !== expected);
  if (check) {
    for (const { path } of stale) console.error(`${path} is stale: run \`${GENERATE_COMMAND}\``);
    return stale.length === 0 ? 0 : 1;
  }
  for (const { path, expected } of stale) writeFileSync(join(ROOT, path), expected);
  console.log(
    stale.length === 0
      ? 'Generated docs are up to date.'
      : `Updated ${stale.map(({ path }) => path).join(', ')}.`,
  );
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
