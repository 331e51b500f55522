// The realistic template list of the tests (every header format, positional and named placeholders, every button
// type, several languages, non-approved templates) and the registry read from it.
import { readFileSync } from 'node:fs';
import { templateRegistryFromList } from '../../src/templates/list.js';

export const FIXTURE_DIR = new URL('../fixtures/templates/', import.meta.url);
export const templateList = JSON.parse(
  readFileSync(new URL('whatsapp-templates.json', FIXTURE_DIR), 'utf8'),
) as { templates: Record<string, unknown>[] };
export const registry = templateRegistryFromList(templateList);

/**
 * A registry file as versions before the refused component steps were struck through wrote it: each template's first
 * stage names nothing in its `Given` (`RegisteredTemplateDue<'WhatsApp', false, rules, never, 0>`), where the generator
 * now names the steps the template refuses from the start. Fails when the text has no such stage to rewrite.
 */
export function asOlderVersion(text: string): string {
  let rewritten = 0;
  const older = text.replace(
    /(RegisteredTemplateDue<'[^']+', (?:true|false), [^,]+, |RegisteredTemplateStep<'[^']+', [^,]+, )[^,]+(, 0>)/g,
    (_, stage: string, end: string) => {
      rewritten++;
      return `${stage}never${end}`;
    },
  );
  if (rewritten === 0 || older === text) throw new Error('no first stage names a refused step');
  return older;
}
