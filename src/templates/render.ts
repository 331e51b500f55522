// The file `8x8-chatapps templates pull` writes: the registry's types, with the module augmentation that makes the
// chain read them, and the facts as data (`templates`) for the run-time check. The types are what each chain step
// takes, worked out here for each template language (the header's value, the body's count, each button's sub-type,
// the rule's sentence for each misfit, what is due before `.build()`), so that a chain step only looks them up
// instead of deriving them from the facts: that derivation at every step cost ~600 type instantiations a chain.
// The file starts with `// @ts-nocheck`: nothing in it is for a compiler to check (it is generated from checked
// values, and `templates check` keeps it current), and checking 500 templates' declarations and data cost every
// program more check time than its chains. Same registry, same bytes: keys are sorted by code point and nothing else
// (no date, no source) goes in, so `templates check` can compare files byte for byte.
import { TEMPLATE_BUTTON_SUBTYPES } from '../wire/template.js';
import {
  BUTTON_STEPS,
  bodyCountRule,
  buttonRule,
  dueValues,
  headerRule,
  headerTakesValue,
  noButtonRule,
} from './check.js';
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
  // Only a template with a carousel has cards (`null` when they could not be read): the other entries stay as they were.
  if (facts.cards === null) lines.push(`${indent}cards: null${field}`);
  else if (facts.cards !== undefined) {
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

/** Fields of a type on one line: `{ a: 1; b: 2 }`, or `{}`. */
const braces = (fields: readonly string[]) => (fields.length === 0 ? '{}' : `{ ${fields.join('; ')} }`);

/**
 * The mark that starts a rule's sentence in the types (✗). Written as an escape: the sentences are check.ts's, and
 * docs/channels.md quotes them from the chain's types (test/docs/rules.test.ts), not from this generator.
 */
const RULE_MARK = '\u2717';

/** A rule's sentence as the types carry it. */
const rule = (sentence: string) => quote(`${RULE_MARK} ${sentence}`);

/** An identifier made of a template's name and language, for the interface of its rules. */
function rulesName(name: string, language: string, taken: Set<string>): string {
  const part = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');
  const base = `${/^[0-9]/.test(name) ? '_' : ''}${part(name)}$${part(language)}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}$${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * The interface of one template language's rules (`TemplateRules`): what each chain step takes, each misfit's
 * sentence, and what `.build()` waits for, in order.
 */
function renderRules(typeName: string, label: string, facts: TemplateFacts): string[] {
  const anySubType = TEMPLATE_BUTTON_SUBTYPES.map(quote).join(' | ');
  const header =
    facts.header !== null && headerTakesValue(facts.header) ? quote(facts.header.format) : "'none'";
  const accepts = facts.buttons.map(
    (button, index) =>
      `${index}: ${button.parameter === 'none' ? 'never' : button.subType === null ? anySubType : quote(button.subType)}`,
  );
  const refusals = facts.buttons.flatMap((button, index) => {
    const sentence = buttonRule(label, button, index);
    return sentence === undefined ? [] : [`${index}: ${rule(sentence)}`];
  });
  const dueKeys = dueValues(label, facts).map(({ key: given }) =>
    typeof given === 'number' ? String(given) : quote(given),
  );
  const due = dueValues(label, facts).map(({ message }, at) => `readonly [${dueKeys[at]}, ${rule(message)}]`);
  // Each body value labelled as its placeholder (`[customer_name: string, order_id: string]`, `[text1: string]`).
  const texts = Array.from({ length: facts.body }, (_, at) => {
    const name = facts.bodyNames[at];
    return `${name !== undefined && IDENTIFIER.test(name) ? name : `text${at + 1}`}: string`;
  });
  const taking = (subType: (typeof TEMPLATE_BUTTON_SUBTYPES)[number]) =>
    facts.buttons.flatMap((button, at) =>
      button.parameter !== 'none' && (button.subType === null || button.subType === subType)
        ? [String(at)]
        : [],
    );
  const indexes = TEMPLATE_BUTTON_SUBTYPES.map((subType) => {
    const at = taking(subType);
    return `${subType}: ${at.length === 0 ? 'never' : at.join(' | ')}`;
  });
  // The one button whose value a sub-type gives, for a step's signature that is not generic (TemplateRules.onlyIndex).
  const onlyIndexes = TEMPLATE_BUTTON_SUBTYPES.flatMap((subType) => {
    if (subType === 'QuickReply') return [];
    const at = taking(subType);
    return [`${subType}: ${at.length === 1 ? at[0] : 'never'}`];
  });
  const lines = [
    `/** What the chain's steps take for ${label}. */`,
    `export interface ${typeName} {`,
    `  label: ${quote(label)};`,
    `  header: ${header};`,
    `  headerRule: ${rule(headerRule(label, facts.header))};`,
    `  body: ${facts.body};`,
    `  bodyRule: ${rule(bodyCountRule(label, facts.body))};`,
    `  bodyNames: readonly [${facts.bodyNames.map(quote).join(', ')}];`,
    `  bodyTexts: [${texts.join(', ')}];`,
    `  indexes: ${braces(indexes)};`,
    `  onlyIndex: ${braces(onlyIndexes)};`,
    `  buttons: ${braces(accepts)};`,
    `  buttonRules: ${braces(refusals)};`,
    `  noButton: ${rule(noButtonRule(label, facts.buttons.length))};`,
    `  dueKeys: ${dueKeys.length === 0 ? 'never' : dueKeys.join(' | ')};`,
    `  due: readonly [${due.join(', ')}];`,
    // A carousel whose cards the registry did not read takes any number of cards (they are not checked); a template
    // without a carousel none (`.card(…)` is refused: RegisteredTemplateDue's CardFill reads a count of 0 without cards).
    `  cardCount: ${facts.cards === null ? 'number' : (facts.cards?.length ?? 0)};`,
  ];
  if (facts.cards !== undefined && facts.cards !== null) {
    if (facts.cards.length === 0) lines.push('  cards: readonly [];');
    else {
      lines.push('  cards: readonly [');
      for (const card of facts.cards) lines.push('    {', ...renderPart(card, '      ', TYPE), '    },');
      lines.push('  ];');
    }
  }
  lines.push('}');
  return lines;
}

/**
 * The routings `.template(…)` reads the registry in (`TemplateCall`): after `.whatsapp()` (`W`), after
 * `.whatsapp().sms()`, where SMS's fallback text is due (`S`), and without channel steps (`A`); the first stage of a
 * registered template in each, and the stage of a name typed as plain `string` (not checked).
 */
const CALL_ROUTINGS = {
  W: { routing: "'WhatsApp'", fallbackDue: false, plain: "TemplateAt<'WhatsApp', false, never, 0>" },
  S: { routing: "'WhatsApp'", fallbackDue: true, plain: "TemplateAt<'WhatsApp', true, never, 0>" },
  A: {
    routing: "'auto:template'",
    fallbackDue: false,
    plain: "TemplateAt<'auto:template', false, never, 0>",
  },
} as const;

/**
 * A registered template's first stage, `RegisteredStage<routing, fallbackDue, rules, never, 0>` worked out here (the
 * type tests check that they are the same): complete (`RegisteredTemplateStep`) when the template needs no value, no
 * card and no fallback text, otherwise `RegisteredTemplateDue`. Written as the alias, every chain instantiated its
 * conditional type once more (~8 instantiations a chain).
 */
function firstStage(
  routing: (typeof CALL_ROUTINGS)[keyof typeof CALL_ROUTINGS],
  rules: string,
  facts: TemplateFacts,
): string {
  const complete =
    !routing.fallbackDue &&
    dueValues('', facts).length === 0 &&
    // No carousel, or one whose cards were not read (`null`: any number of cards, none due).
    (facts.cards?.length ?? 0) === 0;
  const given = closedSteps(facts);
  return complete
    ? `RegisteredTemplateStep<${routing.routing}, ${rules}, ${given}, 0>`
    : `RegisteredTemplateDue<${routing.routing}, ${routing.fallbackDue}, ${rules}, ${given}, 0>`;
}

/**
 * The component steps a template refuses before any is taken (`RegisteredClosed`, worked out here so that no chain
 * works it out): a header that takes no value, a button sub-type without a button that takes its value, `.button(…)`
 * where no button takes a value, `.card(…)` without a carousel. Named in the first stage's `Given`, so that the stage
 * strikes them through; `never` when none.
 */
function closedSteps(facts: TemplateFacts): string {
  const closed: string[] = [];
  if (facts.header === null || !headerTakesValue(facts.header)) closed.push('header');
  const taking = facts.buttons.filter((button) => button.parameter !== 'none');
  for (const subType of TEMPLATE_BUTTON_SUBTYPES)
    if (!taking.some((button) => button.subType === null || button.subType === subType))
      closed.push(BUTTON_STEPS[subType]);
  if (taking.length === 0) closed.push('button');
  if ((facts.cards?.length ?? 0) === 0 && facts.cards !== null) closed.push('card');
  return closed.length === 0 ? 'never' : closed.map(quote).join(' | ');
}

/** The registry's type: each name and language to the interface of its rules, then those interfaces. */
function renderRegistryType(registry: TemplateRegistryData): string[] {
  const index: string[] = [];
  const interfaces: string[] = [];
  const taken = new Set<string>();
  const typeNames = new Map<string, string>();
  for (const name of Object.keys(registry).sort(byCodePoint)) {
    const languages = registry[name] as TemplateRegistryData[string];
    index.push(`  ${key(name)}: {`);
    for (const language of Object.keys(languages).sort(byCodePoint)) {
      const typeName = rulesName(name, language, taken);
      typeNames.set(`${name}\u0000${language}`, typeName);
      index.push(`    ${key(language)}: ${typeName};`);
      interfaces.push(
        '',
        ...renderRules(typeName, `template ${name} (${language})`, languages[language] as TemplateFacts),
      );
    }
    index.push('  };');
  }
  // `.template(name, language)` of each routing: the first stage looked up by name and language (one generic
  // signature, whose lookup is all a fitting call instantiates), then the refusal, whose parameters are the rules, so
  // an unregistered name or language is refused on its argument.
  const calls: string[] = [];
  for (const [routing, call] of Object.entries(CALL_ROUTINGS)) {
    calls.push(`export interface TemplateStages${routing} {`);
    for (const name of Object.keys(registry).sort(byCodePoint)) {
      const languages = registry[name] as TemplateRegistryData[string];
      const entries = Object.keys(languages)
        .sort(byCodePoint)
        .map(
          (language) =>
            `${key(language)}: ${firstStage(call, typeNames.get(`${name}\u0000${language}`) as string, languages[language] as TemplateFacts)}`,
        );
      calls.push(`  ${key(name)}: { ${entries.join('; ')} };`);
    }
    calls.push(
      '}',
      `export interface TemplateCalls${routing} {`,
      `  <const N extends keyof TemplateStages${routing}, const L extends keyof TemplateStages${routing}[N]>(name: N, language: L): TemplateStages${routing}[N][L];`,
      `  <const N extends string, const L extends string>(name: TemplateNameRule<N>, language: TemplateLanguageRule<N, L>): ${call.plain};`,
      '}',
    );
  }
  return [
    "/** The templates, by name and language: each one's rules (written out, so that no program infers them). */",
    'export interface Templates {',
    ...index,
    '}',
    ...calls,
    ...interfaces,
  ];
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
    '// @ts-nocheck: generated from checked values; checking it would only cost every program time (see below).',
    '// Generated by `8x8-chatapps templates pull`: the WhatsApp templates of one channel, for a typed',
    '// `.template(name, language)` and for run-time checks (`build({ templates })`). Do not edit: pull again when',
    '// the templates change; `8x8-chatapps templates check` fails while this file is out of date.',
    `// Statuses kept: ${kept}.`,
    'import type {',
    '  RegisteredTemplateDue,',
    '  RegisteredTemplateStep,',
    '  TemplateAt,',
    '  TemplateLanguageRule,',
    '  TemplateNameRule,',
    '  TemplateRegistryData,',
    `} from ${quote(module)};`,
    '',
    ...renderRegistryType(registry),
    '',
    `declare module ${quote(module)} {`,
    '  // biome-ignore lint/suspicious/noEmptyInterface: the registry is this type; the interface only names it.',
    '  interface TemplateRegistry extends Templates {}',
    '  // `.template(name, language)` of each routing that reads the registry.',
    '  interface TemplateCalls {',
    '    W: TemplateCallsW;',
    '    S: TemplateCallsS;',
    '    A: TemplateCallsA;',
    '  }',
    '}',
    '',
    '/** The same templates as facts: pass them as `{ templates }` to build() or parseMessage. */',
    'export const templates: TemplateRegistryData = {',
    ...renderEntries(registry, DATA),
    '};',
    '',
  ];
  return lines.join('\n');
}
