// The answer of `GET /api/v1/accounts/{accountId}/channels/{channelId}/templates` and the registry facts read from
// it: header format and placeholders, body placeholders, each button's send-time sub-type and value.
import * as v from 'valibot';
import { ValidationError } from '../errors/validation-error.js';
import { safeValidate } from '../wire/validate.js';
import {
  TEMPLATE_HEADER_FORMATS,
  type TemplateButtonFacts,
  type TemplateCardFacts,
  type TemplateFacts,
  type TemplateHeaderFormat,
  type TemplateRegistryData,
} from './registry.js';

const RegisteredButtonSchema = v.looseObject({
  type: v.string(),
  url: v.optional(v.nullable(v.string())),
});

const RegisteredCardComponentSchema = v.looseObject({
  type: v.optional(v.nullable(v.string())),
  format: v.optional(v.nullable(v.string())),
  text: v.optional(v.nullable(v.string())),
  buttons: v.optional(v.nullable(v.array(RegisteredButtonSchema))),
});

/** A carousel card as WhatsApp registers it: `{ components: [HEADER, BODY, BUTTONS] }`. */
const RegisteredCardSchema = v.looseObject({
  components: v.optional(v.nullable(v.array(RegisteredCardComponentSchema))),
});

const RegisteredComponentSchema = v.looseObject({
  ...RegisteredCardComponentSchema.entries,
  cards: v.optional(v.nullable(v.array(RegisteredCardSchema))),
});

const RegisteredTemplateSchema = v.looseObject({
  templateName: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  language: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  status: v.optional(v.nullable(v.string())),
  components: v.optional(v.nullable(v.array(RegisteredComponentSchema))),
});

/**
 * The answer of 8x8's template list (`GET /api/v1/accounts/{accountId}/channels/{channelId}/templates`), as far as
 * the registry reads it; other fields pass.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateListSchema } from '8x8-chatapps';
 *
 * v.is(TemplateListSchema, { templates: [{ templateName: 'order_shipped', language: 'en_US', status: 'APPROVED' }] }); // true
 * ```
 */
export const TemplateListSchema = v.looseObject({ templates: v.array(RegisteredTemplateSchema) });

/**
 * The template list as the registry reads it.
 *
 * @example
 * ```ts
 * import type { TemplateList } from '8x8-chatapps';
 *
 * const list: TemplateList = {
 *   templates: [{ templateName: 'order_shipped', language: 'en_US', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}' }] }],
 * };
 * ```
 */
export interface TemplateList {
  readonly templates: readonly ListedTemplate[];
  readonly [field: string]: unknown;
}

// The list's types are written out rather than inferred from the schema: inferred through the nested carousel cards,
// a strict user's check of the published declarations (skipLibCheck off) stopped with "Type instantiation is
// excessively deep" on TypeScript 7. test/types/wire-types.ts checks that they agree with TemplateListSchema.

/** A template language of the list, as far as the registry reads it; other fields pass. */
interface ListedTemplate {
  readonly templateName: string;
  readonly language: string;
  readonly status?: string | null | undefined;
  readonly components?: readonly ListedComponent[] | null | undefined;
  readonly [field: string]: unknown;
}

/** A component of a listed template (or of one of its carousel cards). */
interface ListedComponent {
  readonly type?: string | null | undefined;
  readonly format?: string | null | undefined;
  readonly text?: string | null | undefined;
  readonly buttons?: readonly ListedButton[] | null | undefined;
  readonly cards?:
    | readonly {
        readonly components?: readonly ListedComponent[] | null | undefined;
        readonly [field: string]: unknown;
      }[]
    | null
    | undefined;
  readonly [field: string]: unknown;
}

/** A button of a listed template. */
interface ListedButton {
  readonly type: string;
  readonly url?: string | null | undefined;
  readonly [field: string]: unknown;
}

/** Placeholders: `{{1}}` (positional) or `{{first_name}}` (named). */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The different placeholders of a text, in order of first use. */
function placeholders(text: string | null | undefined): string[] {
  const seen: string[] = [];
  for (const match of (text ?? '').matchAll(PLACEHOLDER)) {
    const key = match[1] as string;
    if (!seen.includes(key)) seen.push(key);
  }
  return seen;
}

/** Enum values as 8x8 spells them in any letter case or separator style: `quick_reply`, `QuickReply` → `QUICKREPLY`. */
const spelled = (value: string) => value.replace(/[_\s-]/g, '').toUpperCase();

/** What a send gives each registered button type (unknown types take any value: nothing is refused on a guess). */
function buttonFacts(button: v.InferOutput<typeof RegisteredButtonSchema>): TemplateButtonFacts {
  const type = button.type.toUpperCase();
  switch (spelled(button.type)) {
    case 'QUICKREPLY':
      // A quick reply's payload is optional: without one, the button's text comes back.
      return { type, subType: 'QuickReply', parameter: 'optional' };
    case 'URL':
      // Only a dynamic URL (`https://example.com/track/{{1}}`) takes its variable end at send time.
      return {
        type,
        subType: 'Url',
        parameter:
          button.url === undefined || button.url === null
            ? 'optional'
            : placeholders(button.url).length > 0
              ? 'required'
              : 'none',
      };
    case 'COPYCODE':
      return { type, subType: 'CopyCode', parameter: 'required' };
    case 'OTP':
      // A one-time password button is sent as a Url button whose text is the code (docs/decisions.md).
      return { type, subType: 'Url', parameter: 'required' };
    case 'FLOW':
      return { type, subType: 'Flow', parameter: 'optional' };
    case 'VOICECALL':
      return { type, subType: 'VoiceCall', parameter: 'optional' };
    case 'PHONENUMBER':
    case 'REQUESTCONTACTINFO':
      return { type, subType: null, parameter: 'none' };
    default:
      return { type, subType: null, parameter: 'optional' };
  }
}

function headerFormat(format: string | null | undefined): TemplateHeaderFormat | undefined {
  return TEMPLATE_HEADER_FORMATS.find((known) => spelled(known) === spelled(format ?? ''));
}

/** The facts of the header, body and buttons among `components` (a template's, or a carousel card's). */
function partFacts(
  components: readonly v.InferOutput<typeof RegisteredCardComponentSchema>[],
  at: string,
  issues: { path: string; message: string }[],
): TemplateCardFacts {
  let header: TemplateCardFacts['header'] = null;
  let body: string[] = [];
  const buttons: TemplateButtonFacts[] = [];
  components.forEach((component, index) => {
    switch (spelled(component.type ?? 'BODY')) {
      case 'HEADER': {
        const format = headerFormat(component.format ?? 'Text');
        if (format === undefined) {
          issues.push({
            path: `${at}.components[${index}].format`,
            message: `must be one of ${TEMPLATE_HEADER_FORMATS.join(', ')}, got "${component.format}"`,
          });
          return;
        }
        header = { format, placeholders: format === 'Text' ? placeholders(component.text).length : 0 };
        return;
      }
      case 'BODY':
        body = placeholders(component.text);
        return;
      case 'BUTTONS':
        for (const button of component.buttons ?? []) buttons.push(buttonFacts(button));
        return;
      default:
        // FOOTER has no placeholders; CAROUSEL is read by templateFacts; others carry no send-time facts here.
        return;
    }
  });
  return {
    header,
    body: body.length,
    bodyNames: body.every((key) => /^\d+$/.test(key)) ? [] : body,
    buttons,
  };
}

/** The facts of one registered template language; issues are pushed for what cannot be read. */
function templateFacts(
  template: v.InferOutput<typeof RegisteredTemplateSchema>,
  at: string,
  issues: { path: string; message: string }[],
): TemplateFacts {
  const components = template.components ?? [];
  const facts: TemplateFacts = {
    status: (template.status ?? 'APPROVED').toUpperCase(),
    ...partFacts(components, at, issues),
  };
  const carouselAt = components.findIndex((component) => spelled(component.type ?? '') === 'CAROUSEL');
  // Without a CAROUSEL component the template takes no card (the facts have no `cards`).
  if (carouselAt === -1) return facts;
  const cards = components[carouselAt]?.cards;
  // A card is read only in WhatsApp's shape, `{ components: [...] }`: a carousel whose cards are not is left
  // unchecked (`cards: null`, docs/decisions.md), never refused on a guess.
  if (cards === undefined || cards === null || !cards.every((card) => Array.isArray(card.components))) {
    return { ...facts, cards: null };
  }
  return {
    ...facts,
    cards: cards.map((card, index) =>
      partFacts(card.components ?? [], `${at}.components[${carouselAt}].cards[${index}]`, issues),
    ),
  };
}

/**
 * Options of {@link templateRegistryFromList}.
 *
 * @example
 * ```ts
 * import type { TemplateRegistryOptions } from '8x8-chatapps';
 *
 * const everything: TemplateRegistryOptions = { statuses: 'all' };
 * ```
 */
export interface TemplateRegistryOptions {
  /** Which approval statuses to keep, any letter case: a list, or `'all'` [`['APPROVED']`]. */
  readonly statuses?: readonly string[] | 'all';
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads the facts of every template language from the template list's answer: approved ones only unless told
 * otherwise. Names and languages come out sorted, so the same list always gives the same registry.
 *
 * @throws {ValidationError} when the answer is not a template list, a header format is unknown, or one template
 * language is listed twice with different facts.
 * @example
 * ```ts
 * import { templateRegistryFromList } from '8x8-chatapps';
 *
 * const registry = templateRegistryFromList({
 *   templates: [{ templateName: 'order_shipped', language: 'en_US', status: 'APPROVED', components: [{ type: 'BODY', text: 'Hi {{1}}' }] }],
 * });
 * registry['order_shipped']?.['en_US']?.body; // 1
 * ```
 */
export function templateRegistryFromList(
  list: unknown,
  options: TemplateRegistryOptions = {},
): TemplateRegistryData {
  const parsed = safeValidate(TemplateListSchema, list, 'template list');
  if (!parsed.success) throw parsed.error;
  const statuses = options.statuses ?? ['APPROVED'];
  const keep = (status: string) =>
    statuses === 'all' || statuses.some((wanted) => wanted.toUpperCase() === status);
  const issues: { path: string; message: string }[] = [];
  const found = new Map<string, Map<string, TemplateFacts>>();
  parsed.output.templates.forEach((template, index) => {
    const at = `templates[${index}]`;
    const facts = templateFacts(template, at, issues);
    if (!keep(facts.status)) return;
    const languages = found.get(template.templateName) ?? new Map<string, TemplateFacts>();
    found.set(template.templateName, languages);
    const earlier = languages.get(template.language);
    if (earlier !== undefined && JSON.stringify(earlier) !== JSON.stringify(facts)) {
      issues.push({
        path: at,
        message: `lists ${template.templateName} (${template.language}) a second time, with other components`,
      });
    }
    languages.set(template.language, facts);
  });
  if (issues.length > 0) throw new ValidationError(issues, 'template list');
  const registry: Record<string, Record<string, TemplateFacts>> = {};
  for (const name of [...found.keys()].sort(byCodePoint)) {
    const languages = found.get(name) as Map<string, TemplateFacts>;
    // fromEntries defines keys, so a template named "__proto__" stays a key.
    const entries = [...languages.keys()]
      .sort(byCodePoint)
      .map((language) => [language, languages.get(language)]);
    Object.defineProperty(registry, name, {
      value: Object.fromEntries(entries),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return registry;
}
