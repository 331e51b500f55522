// The file `8x8-chatapps templates pull` writes: the registry as a declared interface (`Templates`) with the module
// augmentation that makes the chain read it, and the same facts as data (`templates`). The type is written out, not
// inferred from the data: `typeof` an `as const` literal of 500 templates cost every program ~7,300 type
// instantiations, a declared interface none. The data is written under a type with mutable arrays and then handed
// out as `TemplateRegistryData`: checking 500 array literals against readonly arrays cost ~1,700 instantiations, one
// assignment of the declared type a few dozen. Same registry, same bytes: keys are sorted by code point and nothing
// else (no date, no source) goes in, so `templates check` can compare files byte for byte.
import type {
  TemplateButtonFacts,
  TemplateCardFacts,
  TemplateFacts,
  TemplateRegistryData,
} from './registry.js';

/** Options of {@link renderTemplateRegistry}. */
export interface RenderOptions {
  /** The module to augment: the package's name, as the project imports it ['8x8-chatapps']. */
  readonly module?: string;
  /** The statuses that were kept, for the header comment (they change what the file holds). */
  readonly statuses?: readonly string[] | 'all';
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted string literal. */
function quote(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

/** An object key: bare when it can be, quoted otherwise; `__proto__` computed, so it stays a key. */
function key(name: string): string {
  if (name === '__proto__') return `[${quote(name)}]`;
  return IDENTIFIER.test(name) ? name : quote(name);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How the facts are written: as data (`{ a: 1, b: [] }`) or as their type (`{ a: 1; b: readonly [] }`). */
interface Notation {
  /** After each field of an object. */
  readonly field: ',' | ';';
  /** Before an array's `[`. */
  readonly array: '' | 'readonly ';
}

const DATA: Notation = { field: ',', array: '' };
const TYPE: Notation = { field: ';', array: 'readonly ' };

/** An object on one line: `{ a: 1, b: 2 }` as data, `{ a: 1; b: 2 }` as a type. */
function inline(fields: readonly (readonly [string, string])[], notation: Notation): string {
  const separator = notation.field === ',' ? ', ' : '; ';
  return `{ ${fields.map(([name, value]) => `${name}: ${value}`).join(separator)} }`;
}

function renderButton(button: TemplateButtonFacts, notation: Notation): string {
  const subType = button.subType === null ? 'null' : quote(button.subType);
  return inline(
    [
      ['type', quote(button.type)],
      ['subType', subType],
      ['parameter', quote(button.parameter)],
    ],
    notation,
  );
}

/** The facts of a template's or a card's header, body and buttons. */
function renderPart(facts: TemplateCardFacts, indent: string, notation: Notation): string[] {
  const { field, array } = notation;
  const header =
    facts.header === null
      ? 'null'
      : inline(
          [
            ['format', quote(facts.header.format)],
            ['placeholders', String(facts.header.placeholders)],
          ],
          notation,
        );
  const lines = [
    `${indent}header: ${header}${field}`,
    `${indent}body: ${facts.body}${field}`,
    `${indent}bodyNames: ${array}[${facts.bodyNames.map(quote).join(', ')}]${field}`,
  ];
  if (facts.buttons.length === 0) lines.push(`${indent}buttons: ${array}[]${field}`);
  else {
    lines.push(`${indent}buttons: ${array}[`);
    for (const button of facts.buttons) lines.push(`${indent}  ${renderButton(button, notation)},`);
    lines.push(`${indent}]${field}`);
  }
  return lines;
}

function renderFacts(facts: TemplateFacts, indent: string, notation: Notation): string[] {
  const { field, array } = notation;
  const lines = [`${indent}status: ${quote(facts.status)}${field}`, ...renderPart(facts, indent, notation)];
  // Only a template with a carousel has cards: the other entries stay as they were.
  if (facts.cards !== undefined) {
    if (facts.cards.length === 0) lines.push(`${indent}cards: ${array}[]${field}`);
    else {
      lines.push(`${indent}cards: ${array}[`);
      for (const card of facts.cards) {
        lines.push(`${indent}  {`, ...renderPart(card, `${indent}    `, notation), `${indent}  },`);
      }
      lines.push(`${indent}]${field}`);
    }
  }
  return lines;
}

/** The registry's entries, names and languages sorted by code point: `{` … `}` lines of data or of its type. */
function renderEntries(registry: TemplateRegistryData, notation: Notation): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(registry).sort(byCodePoint)) {
    const languages = registry[name] as TemplateRegistryData[string];
    lines.push(`  ${key(name)}: {`);
    for (const language of Object.keys(languages).sort(byCodePoint)) {
      lines.push(`    ${key(language)}: {`);
      lines.push(...renderFacts(languages[language] as TemplateFacts, '      ', notation));
      lines.push(`    }${notation.field}`);
    }
    lines.push(`  }${notation.field}`);
  }
  return lines;
}

/**
 * The TypeScript file of a registry: `export const templates = {…} as const`, and the augmentation of
 * `TemplateRegistry` with its type. Deterministic: the same registry always gives the same text.
 */
export function renderTemplateRegistry(registry: TemplateRegistryData, options: RenderOptions = {}): string {
  const module = options.module ?? '8x8-chatapps';
  const statuses = options.statuses ?? ['APPROVED'];
  const kept = statuses === 'all' ? 'every status' : [...statuses].map((s) => s.toUpperCase()).join(', ');
  const lines = [
    '// Generated by `8x8-chatapps templates pull`: the WhatsApp templates of one channel, for a typed',
    '// `.template(name, language)` and for run-time checks (`build({ templates })`). Do not edit: pull again when',
    '// the templates change; `8x8-chatapps templates check` fails while this file is out of date.',
    `// Statuses kept: ${kept}.`,
    `import type { TemplateButtonFacts, TemplateCardFacts, TemplateFacts, TemplateRegistryData } from ${quote(module)};`,
    '',
    '/** The templates, by name and language: the type the chain reads (written out, so no program infers it). */',
    'export interface Templates {',
    ...renderEntries(registry, TYPE),
    '}',
    '',
    `declare module ${quote(module)} {`,
    '  // biome-ignore lint/suspicious/noEmptyInterface: the registry is this type; the interface only names it.',
    '  interface TemplateRegistry extends Templates {}',
    '}',
    '',
    '/** The data as written: arrays mutable, so that checking it compares no array literal with a readonly array. */',
    "type WrittenPart<Facts> = Omit<Facts, 'bodyNames' | 'buttons' | 'cards'> & {",
    '  readonly bodyNames: string[];',
    '  readonly buttons: TemplateButtonFacts[];',
    '};',
    'type Written = {',
    '  readonly [name: string]: {',
    '    readonly [language: string]: WrittenPart<TemplateFacts> & { readonly cards?: WrittenPart<TemplateCardFacts>[] };',
    '  };',
    '};',
    '',
    'const written: Written = {',
    ...renderEntries(registry, DATA),
    '};',
    '',
    '/** The same templates as data: pass them as `{ templates }` to build() or parseMessage. */',
    'export const templates: TemplateRegistryData = written;',
    '',
  ];
  return lines.join('\n');
}
