// The template registry: its types (filled by the file `8x8-chatapps templates pull` writes), the template list it
// is read from, and the run-time check of a template message against it.
export { templateIssues } from './check.js';
export {
  type TemplateList,
  TemplateListSchema,
  type TemplateRegistryOptions,
  templateRegistryFromList,
} from './list.js';
export * from './registry.js';
