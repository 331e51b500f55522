// What a user sees in the editor with a template registry: a registered template's `.build()` and `.toJSON()` are
// struck through in completion while a value the template needs (or SMS's fallback text) is due, and calling one
// reports the rule on its own line; the same refusals through TypeScript 7's `tsc --pretty false`. A program of its
// own, as in test/types/registry: the registry changes `.template(…)` for every file of a program. The registry is
// the tests' (test/fixtures/templates), written for the library's emitted declarations, as a user's project has it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TMP, emitLibraryDeclarations, specifierFrom } from '../../bench/fixtures/typecheck.js';
import { renderTemplateRegistry } from '../../src/templates/render.js';
import { registry } from '../templates/fixture.js';
import { createProbeService, OPTIONS, tsc7Refusals } from './language-service-project.js';

const work = join(BENCH_TMP, `language-service-registry-${process.pid}`);
const probes = join(work, 'probes');

const files = new Map<string, string>();
let library = '';
let service: ts.LanguageService;

const shipped = "Message.to('+15551234567').whatsapp().template('order_shipped', 'en_US')";
const image = "{ image: 'https://cdn.example.com/parcel.jpg' }";

/** Completion stages: the chain up to the dot, and whether `.build()` / `.toJSON()` are struck through there. */
const STAGES: Record<string, { readonly code: string; readonly struck: boolean }> = {
  'right after .template(…), everything due': { code: `${shipped}.`, struck: true },
  'header and body given, button 0 due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').`,
    struck: true,
  },
  'complete: nothing due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').`,
    struck: false,
  },
  'complete, then an optional button': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').quickReply(1, 'stop').`,
    struck: false,
  },
  'a delivery option while button 0 is due': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').clientMessageId('m-1').`,
    struck: true,
  },
  'complete, then a delivery option': {
    code: `${shipped}.header(${image}).body('a', 'b', 'c').url(0, 'A-1234').clientMessageId('m-1').`,
    struck: false,
  },
  'complete with SMS as a fallback: the fallback text is due': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').",
    struck: true,
  },
  'complete with SMS as a fallback, after .fallbackText(…)': {
    code: "Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').body('482910').url(0, '482910').fallbackText('Code 482910').",
    struck: false,
  },
  'a carousel template without its cards': {
    code: "Message.to('+15551234567').whatsapp().template('trail_gear', 'en_GB').",
    struck: true,
  },
};

/** `.build()` on a registered template while something is due: the error sits on `.build`, typed as the rule. */
const REFUSALS: Record<string, { readonly code: string; readonly rule: string }> = {
  'button 0 due': {
    code: `${shipped}\n  .header(${image})\n  .body('a', 'b', 'c')\n  .build(); // ✗`,
    rule: '✗ template order_shipped (en_US) needs a value for button 0: add .url(0, …)',
  },
  'the header due, after a delivery option': {
    code: `${shipped}\n  .body('a', 'b', 'c')\n  .url(0, 'x')\n  .clientMessageId('m-2')\n  .build(); // ✗`,
    rule: '✗ template order_shipped (en_US) needs its image header: add .header(…)',
  },
  'the fallback text due': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .sms()\n  .template('login_code', 'en_US')\n  .body('482910')\n  .url(0, '482910')\n  .build(); // ✗",
    rule: '✗ SMS is a fallback channel and carries text only: add .fallbackText(…) before .build()',
  },
  'the cards due': {
    code: "Message.to('+15551234567')\n  .whatsapp()\n  .template('trail_gear', 'en_GB')\n  .build(); // ✗",
    rule: '✗ template trail_gear (en_GB) needs its 3 cards: add .card(…) for each (0 given)',
  },
};

const head = (from: string) => `import { Message } from '${from}';\n\n`;

/** The refusals in one file; the 1-based line and column of each `.build` expected to be refused. */
function refusalsFile(from: string) {
  let text = head(from);
  const expected: { name: string; line: number; column: number; rule: string }[] = [];
  for (const [name, { code, rule }] of Object.entries(REFUSALS)) {
    text += `// ${name}\n`;
    const lines = code.split('\n');
    const at = lines.findIndex((line) => line.endsWith('// ✗'));
    expected.push({
      name,
      line: text.split('\n').length + at,
      column: lines[at]!.indexOf('.build') + 2,
      rule,
    });
    text += `${code}\n`;
  }
  return { text, expected };
}

/** What TypeScript writes for a refused `.build()`: not callable, its type the rule. */
const refusedBuild = (rule: string) =>
  new RegExp(
    `^This expression is not callable\\.\\s+Type 'Refused<"${rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">' has no call signatures`,
  );

function languageService(): ts.LanguageService {
  return createProbeService(files, probes);
}

const stageFile = (name: string) => join(probes, `${name.replace(/\W+/g, '-')}.mts`);
const REFUSALS_FILE = () => join(probes, 'refusals.mts');
let refusals: ReturnType<typeof refusalsFile>;

beforeAll(async () => {
  library = await emitLibraryDeclarations(join(work, 'lib'));
  mkdirSync(probes, { recursive: true });
  const from = specifierFrom(probes, library);
  files.set(
    join(probes, 'whatsapp-templates.generated.mts'),
    renderTemplateRegistry(registry, { module: from }),
  );
  for (const [name, { code }] of Object.entries(STAGES)) files.set(stageFile(name), `${head(from)}${code}`);
  refusals = refusalsFile(from);
  files.set(REFUSALS_FILE(), refusals.text);
  service = languageService();
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const deprecated = (entry: ts.CompletionEntry | undefined) =>
  (entry?.kindModifiers ?? '').split(',').includes('deprecated');

describe('a registered template in completion (TypeScript 6 language service)', () => {
  it.each(Object.entries(STAGES))('%s', (name, { struck }) => {
    const file = stageFile(name);
    const completions = service.getCompletionsAtPosition(file, files.get(file)!.length, {});
    const entries = new Map((completions?.entries ?? []).map((entry) => [entry.name, entry]));
    for (const step of ['build', 'toJSON']) {
      expect(entries.has(step), `${step} is offered`).toBe(true);
      expect(deprecated(entries.get(step)), `${step} is ${struck ? '' : 'not '}struck through`).toBe(struck);
    }
    // The delivery options are never struck through: they keep what is due.
    expect(deprecated(entries.get('clientMessageId'))).toBe(false);
  });

  it('the struck-through .build() shows what is due in its details', () => {
    const file = stageFile('header and body given, button 0 due');
    const details = service.getCompletionEntryDetails(
      file,
      files.get(file)!.length,
      'build',
      {},
      undefined,
      {},
      undefined,
    );
    expect(ts.displayPartsToString(details?.displayParts)).toContain(
      '✗ template order_shipped (en_US) needs a value for button 0: add .url(0, …)',
    );
    expect(details?.tags?.map((tag) => tag.name)).toContain('deprecated');
  });

  it('offers the registered names in .template(…)', () => {
    const file = join(probes, 'names.mts');
    const code = `${head(specifierFrom(probes, library))}Message.to('+15551234567').whatsapp().template('`;
    files.set(file, code);
    const names = service.getCompletionsAtPosition(file, code.length, {})?.entries.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['order_shipped', 'login_code', 'trail_gear']));
    expect(names).not.toContain('spring_promo'); // pending: not pulled
  });
});

describe('a registered template: .build() while something is due is refused on its line', () => {
  it('TypeScript 6 (language service)', () => {
    const source = service.getProgram()!.getSourceFile(REFUSALS_FILE())!;
    const found = service.getSemanticDiagnostics(REFUSALS_FILE()).map((diagnostic) => {
      const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start!);
      return {
        line: line + 1,
        column: character + 1,
        underlined: source.text.slice(diagnostic.start!, diagnostic.start! + diagnostic.length!),
        message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      };
    });
    expect(found.map(({ line }) => line)).toEqual(refusals.expected.map(({ line }) => line));
    refusals.expected.forEach(({ name, line, column, rule }, i) => {
      expect({
        name,
        line: found[i]!.line,
        column: found[i]!.column,
        underlined: found[i]!.underlined,
      }).toEqual({
        name,
        line,
        column,
        underlined: 'build',
      });
      expect(found[i]!.message, name).toMatch(refusedBuild(rule));
    });
  });

  it('TypeScript 7 (tsc --pretty false): the same lines, columns and rules', async () => {
    const dir = join(work, 'tsc7');
    mkdirSync(dir, { recursive: true });
    const from = specifierFrom(dir, library);
    writeFileSync(join(dir, 'refusals.mts'), refusalsFile(from).text);
    writeFileSync(
      join(dir, 'whatsapp-templates.generated.mts'),
      renderTemplateRegistry(registry, { module: from }),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: OPTIONS,
        files: ['refusals.mts', 'whatsapp-templates.generated.mts'],
      }),
    );
    const { output, errors } = await tsc7Refusals(dir);
    expect(
      errors.map(({ line }) => line),
      output,
    ).toEqual(refusals.expected.map(({ line }) => line));
    refusals.expected.forEach(({ name, line, column, rule }, i) => {
      expect({ name, line: errors[i]!.line, column: errors[i]!.column }).toEqual({ name, line, column });
      expect(errors[i]!.message, name).toMatch(refusedBuild(rule));
    });
  });
});
