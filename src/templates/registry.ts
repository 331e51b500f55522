// The template registry: what the message chain knows about the WhatsApp templates of your account once
// `8x8-chatapps templates pull` has written them down. The interface is empty in the library and filled by module
// augmentation in the generated file; the same facts come as data for the run-time check (check.ts).
import type { TemplateButtonSubType } from '../builder/template.js';

/**
 * The WhatsApp templates of your account, by name and then language: empty until the file written by
 * `npx 8x8-chatapps templates pull` augments it. While it is empty, `.template(name, language)` takes any strings;
 * once it has entries, the chain checks each template's header, body and buttons against them.
 *
 * The generated file declares `declare module '8x8-chatapps' { interface TemplateRegistry extends Templates {} }`,
 * where `Templates` is the type of its `templates` data (see docs/templates.md, "Typed templates").
 *
 * @example
 * ```ts
 * import type { TemplateRegistry } from '8x8-chatapps';
 *
 * // The registered template names (none until the generated file is part of the program).
 * type TemplateName = keyof TemplateRegistry;
 * ```
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation in the generated file.
export interface TemplateRegistry {}

/**
 * Header formats of a registered template (the `format` of its HEADER component).
 *
 * @example
 * ```ts
 * import { TEMPLATE_HEADER_FORMATS } from '8x8-chatapps';
 *
 * TEMPLATE_HEADER_FORMATS.includes('Document'); // true
 * ```
 */
export const TEMPLATE_HEADER_FORMATS = ['Text', 'Image', 'Gif', 'Video', 'Document', 'Location'] as const;

/**
 * A header format of a registered template.
 *
 * @example
 * ```ts
 * import type { TemplateHeaderFormat } from '8x8-chatapps';
 *
 * const format: TemplateHeaderFormat = 'Video';
 * ```
 */
export type TemplateHeaderFormat = (typeof TEMPLATE_HEADER_FORMATS)[number];

/**
 * Whether a template button takes a value when sending: `required` (a dynamic URL's suffix, a coupon code, a
 * one-time password), `optional` (a quick reply's payload, a Flow's action data, a call button's TTL) or `none`
 * (a phone number, a static URL: the template holds everything).
 *
 * @example
 * ```ts
 * import type { TemplateButtonValue } from '8x8-chatapps';
 *
 * const couponCode: TemplateButtonValue = 'required';
 * ```
 */
export type TemplateButtonValue = 'required' | 'optional' | 'none';

/**
 * What the registry knows about one button of a template, at its index.
 *
 * @example
 * ```ts
 * import type { TemplateButtonFacts } from '8x8-chatapps';
 *
 * const trackParcel: TemplateButtonFacts = { type: 'URL', subType: 'Url', parameter: 'required' };
 * const callUs: TemplateButtonFacts = { type: 'PHONE_NUMBER', subType: null, parameter: 'none' };
 * ```
 */
export interface TemplateButtonFacts {
  /** The button type as registered (`QUICK_REPLY`, `URL`, `COPY_CODE`, `OTP`, `FLOW`, `VOICE_CALL`, `PHONE_NUMBER`…). */
  readonly type: string;
  /** The sub-type a send gives this button, or `null` when a send gives it nothing (or the type is unknown). */
  readonly subType: TemplateButtonSubType | null;
  readonly parameter: TemplateButtonValue;
}

/**
 * What the registry knows about the values a template, or one card of its carousel, takes: its header, body and
 * buttons.
 *
 * @example
 * ```ts
 * import type { TemplateCardFacts } from '8x8-chatapps';
 *
 * const bootsCard: TemplateCardFacts = {
 *   header: { format: 'Image', placeholders: 0 },
 *   body: 1,
 *   bodyNames: [],
 *   buttons: [{ type: 'QUICK_REPLY', subType: 'QuickReply', parameter: 'optional' }],
 * };
 * ```
 */
export interface TemplateCardFacts {
  /** The header's format and how many placeholders a text header has; `null` without a header. */
  readonly header: { readonly format: TemplateHeaderFormat; readonly placeholders: number } | null;
  /** How many different placeholders the body has (`{{1}}`, `{{2}}` or named `{{first_name}}`). */
  readonly body: number;
  /** The names of a body's named placeholders, in order of first use; empty for positional ones. */
  readonly bodyNames: readonly string[];
  /** The buttons, by index. */
  readonly buttons: readonly TemplateButtonFacts[];
}

/**
 * What the registry knows about one language of a template.
 *
 * @example
 * ```ts
 * import type { TemplateFacts } from '8x8-chatapps';
 *
 * const orderShipped: TemplateFacts = {
 *   status: 'APPROVED',
 *   header: { format: 'Image', placeholders: 0 },
 *   body: 3,
 *   bodyNames: [],
 *   buttons: [{ type: 'URL', subType: 'Url', parameter: 'required' }],
 * };
 * ```
 */
export interface TemplateFacts extends TemplateCardFacts {
  /** The approval status as registered (`APPROVED`, `PENDING`, `REJECTED`, `PAUSED`…). */
  readonly status: string;
  /**
   * The cards of the template's carousel, by card index; absent when the template has no carousel (then `.card(…)` is
   * refused); `null` when it has one whose cards could not be read (then cards are not checked).
   */
  readonly cards?: readonly TemplateCardFacts[] | null;
}

/**
 * The registry as data, by template name and language: what the generated file exports as `templates`, for
 * `build({ templates })`, `parseMessage(input, { templates })` and the sandbox.
 *
 * @example
 * ```ts
 * import type { TemplateRegistryData } from '8x8-chatapps';
 *
 * const templates: TemplateRegistryData = {
 *   order_shipped: { en_US: { status: 'APPROVED', header: null, body: 1, bodyNames: [], buttons: [] } },
 * };
 * ```
 */
export type TemplateRegistryData = {
  readonly [name: string]: { readonly [language: string]: TemplateFacts };
};
