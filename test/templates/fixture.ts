// The realistic template list of the tests (every header format, positional and named placeholders, every button
// type, several languages, non-approved templates) and the registry read from it.
import { readFileSync } from 'node:fs';
import { templateRegistryFromList } from '../../src/templates/list.js';

export const FIXTURE_DIR = new URL('../fixtures/templates/', import.meta.url);
export const templateList = JSON.parse(
  readFileSync(new URL('whatsapp-templates.json', FIXTURE_DIR), 'utf8'),
) as { templates: Record<string, unknown>[] };
export const registry = templateRegistryFromList(templateList);
