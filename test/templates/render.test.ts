// The generated registry file: deterministic (same list, same bytes), its data equal to the registry it was written
// from, and the committed fixture up to date (the type tests of test/types/registry compile against it).
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_TMP, ROOT } from '../../bench/fixtures/typecheck.js';
import { templateRegistryFromList } from '../../src/templates/list.js';
import { renderTemplateRegistry } from '../../src/templates/render.js';
import { FIXTURE_DIR, registry, templateList } from './fixture.js';

const GENERATED = new URL('whatsapp-templates.generated.ts', FIXTURE_DIR);

describe('renderTemplateRegistry', () => {
  it('gives the same bytes for the same list, in any order', () => {
    const shuffled = { templates: [...templateList.templates].sort(() => 0.5 - Math.random()) };
    expect(renderTemplateRegistry(templateRegistryFromList(shuffled))).toBe(renderTemplateRegistry(registry));
  });

  it('is what the committed fixture holds (regenerate it with the command in its first line if not)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderTemplateRegistry(registry));
  });

  it('exports the registry as data, equal to what it was written from', async () => {
    // A computed specifier: the type-checked programs must not load the file, whose augmentation fills the registry.
    const specifier = GENERATED.href;
    const module = (await import(specifier)) as { templates: unknown };
    expect(module.templates).toEqual(registry);
  });

  it('writes names that are not identifiers as quoted keys, and __proto__ as a computed one', () => {
    const facts = { status: 'APPROVED', header: null, body: 0, bodyNames: [], buttons: [] };
    const text = renderTemplateRegistry(
      Object.fromEntries([
        ["it's-odd", { 'en-US': facts }],
        ['__proto__', { en: facts }],
      ]),
    );
    expect(text).toContain("  'it\\'s-odd': {\n    'en-US': {");
    expect(text).toContain("  ['__proto__']: {");
  });

  it('names the statuses kept and the module augmented', () => {
    const text = renderTemplateRegistry(registry, {
      statuses: ['approved', 'pending'],
      module: '@acme/chatapps',
    });
    expect(text).toContain('// Statuses kept: APPROVED, PENDING.');
    expect(text).toContain("declare module '@acme/chatapps' {");
    expect(text).toContain('\n  TemplateRegistryData,\n');
    expect(text).toContain("\n} from '@acme/chatapps';\n");
  });

  it('is not type-checked itself (its first line), and writes the rules of each template language as an interface', () => {
    const text = renderTemplateRegistry(registry);
    expect(text.startsWith('// @ts-nocheck')).toBe(true);
    expect(text).toContain('    en_US: order_shipped$en_US;');
    expect(text).toContain(
      "  headerRule: '✗ template order_shipped (en_US) has an image header: .header(…) takes { image: url }';",
    );
    expect(text).toContain('  bodyTexts: [customer_name: string, order_id: string];');
    expect(text).toContain(
      '  indexes: { QuickReply: 1; Url: 0; CopyCode: never; Flow: never; VoiceCall: never };',
    );
    expect(text).toContain("  dueKeys: 'header' | 'body' | 0;");
    // `.template(…)` looks the first stage up by name and language, in each routing that reads the registry: the
    // stage RegisteredStage would pick, written out, its `Given` naming the steps the template refuses from the start
    // (test/types/registry/chain.ts checks that they are the same, and RegisteredClosed's).
    expect(text).toContain(
      "  order_shipped: { en_US: RegisteredTemplateDue<'WhatsApp', false, order_shipped$en_US, 'copyCode' | 'flow' | 'voiceCall' | 'card', 0>;",
    );
    const signUp =
      "sign_up_flow$en_US, 'header' | 'quickReply' | 'url' | 'copyCode' | 'voiceCall' | 'card', 0>";
    expect(text).toContain(`  sign_up_flow: { en_US: RegisteredTemplateStep<'WhatsApp', ${signUp} };`);
    expect(text).toContain(`  sign_up_flow: { en_US: RegisteredTemplateDue<'WhatsApp', true, ${signUp} };`);
    // A template with every kind of button and a carousel whose cards were not read refuses nothing from the start.
    const open = renderTemplateRegistry({
      every_step: {
        en: {
          status: 'APPROVED',
          header: { format: 'Text', placeholders: 1 },
          body: 1,
          bodyNames: [],
          buttons: [{ type: 'CUSTOM', subType: null, parameter: 'optional' }],
          cards: null,
        },
      },
    });
    expect(open).toContain(
      "  every_step: { en: RegisteredTemplateDue<'WhatsApp', false, every_step$en, never, 0> };",
    );
    // One that takes no header value, no button value and no card refuses each of those steps.
    const closed = renderTemplateRegistry({
      nothing_but_text: {
        en: {
          status: 'APPROVED',
          header: { format: 'Text', placeholders: 0 },
          body: 0,
          bodyNames: [],
          buttons: [{ type: 'PHONE_NUMBER', subType: null, parameter: 'none' }],
        },
      },
    });
    expect(closed).toContain(
      "  nothing_but_text: { en: RegisteredTemplateStep<'WhatsApp', nothing_but_text$en, 'header' | 'quickReply' | 'url' | 'copyCode' | 'flow' | 'voiceCall' | 'button' | 'card', 0> };",
    );
    expect(text).toContain(
      "  <const N extends string, const L extends string>(name: TemplateNameRule<N>, language: TemplateLanguageRule<N, L>): TemplateAt<'WhatsApp', true, never, 0>;",
    );
  });

  it('type-checks without its // @ts-nocheck line, against the library (TypeScript 7)', {
    timeout: 120_000,
  }, async () => {
    // The file is not checked where it is used; this is where a change of the library that it no longer fits shows.
    const dir = join(BENCH_TMP, `render-check-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const text = renderTemplateRegistry(registry);
    writeFileSync(join(dir, 'whatsapp-templates.generated.ts'), text.slice(text.indexOf('\n') + 1));
    const tsconfig = {
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        noEmit: true,
        rootDir: ROOT,
        paths: { '8x8-chatapps': [join(ROOT, 'src/index.ts')] },
      },
      include: ['whatsapp-templates.generated.ts'],
      exclude: [],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
    const output = await new Promise<string>((resolve) => {
      execFile(
        join(ROOT, 'node_modules', '.bin', 'tsc'),
        ['-p', dir, '--pretty', 'false'],
        (error, stdout, stderr) => resolve(error === null ? '' : `${stdout}${stderr}`),
      );
    });
    rmSync(dir, { recursive: true, force: true });
    expect(output).toBe('');
  });

  it('names the rules of names and languages that are not identifiers apart', () => {
    const facts = { status: 'APPROVED', header: null, body: 0, bodyNames: [], buttons: [] };
    const text = renderTemplateRegistry({
      'a-b': { 'en-US': facts },
      a_b: { en_US: facts },
      '1x': { en: facts },
    });
    expect(text).toContain("    'en-US': a_b$en_US;");
    expect(text).toContain('    en_US: a_b$en_US$2;');
    expect(text).toContain('    en: _1x$en;');
  });
});
