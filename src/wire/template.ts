// WhatsApp (and Viber/Zalo) templates (`content.template`): components, their parameters, and carousel cards.
import * as v from 'valibot';
import { INTERACTIVE_LIMITS, TEMPLATE_LIMITS } from '../limits.js';
import { FlowDataSchema } from './flow-data.js';
import {
  asArray,
  asRecord,
  has,
  httpUrl,
  integerIn,
  type Loose,
  latitude,
  list,
  longitude,
  nonEmpty,
  object,
  type Report,
  rules,
} from './primitives.js';

const T = TEMPLATE_LIMITS;

/**
 * Parameter types of a template component.
 *
 * @example
 * ```ts
 * import { TEMPLATE_PARAMETER_TYPES } from '8x8-chatapps';
 *
 * TEMPLATE_PARAMETER_TYPES.includes('couponCode'); // true
 * ```
 */
export const TEMPLATE_PARAMETER_TYPES = [
  'text',
  'image',
  'gif',
  'video',
  'document',
  'location',
  'payload',
  'couponCode',
  'action',
  'ttlMinutes',
] as const;

/**
 * Parameter types of a template carousel card's component (no gif, action or ttlMinutes).
 *
 * @example
 * ```ts
 * import { CARD_PARAMETER_TYPES } from '8x8-chatapps';
 *
 * CARD_PARAMETER_TYPES.includes('image'); // true
 * ```
 */
export const CARD_PARAMETER_TYPES = [
  'text',
  'image',
  'video',
  'document',
  'location',
  'payload',
  'couponCode',
] as const;

/**
 * Component types of a template.
 *
 * @example
 * ```ts
 * import { TEMPLATE_COMPONENT_TYPES } from '8x8-chatapps';
 *
 * TEMPLATE_COMPONENT_TYPES.includes('carousel'); // true
 * ```
 */
export const TEMPLATE_COMPONENT_TYPES = [
  'header',
  'footer',
  'body',
  'button',
  'carousel',
  'call_permission_request',
  'request_contact_info',
] as const;

/** Component types of a template carousel card. */
const CARD_COMPONENT_TYPES = ['header', 'body', 'button'] as const;

/**
 * Button sub-types of a template button component.
 *
 * @example
 * ```ts
 * import { TEMPLATE_BUTTON_SUBTYPES } from '8x8-chatapps';
 *
 * TEMPLATE_BUTTON_SUBTYPES.includes('CopyCode'); // true
 * ```
 */
export const TEMPLATE_BUTTON_SUBTYPES = ['QuickReply', 'Url', 'CopyCode', 'Flow', 'VoiceCall'] as const;

/** The field each parameter type must carry. */
const VALUE_FIELD_OF: Record<(typeof TEMPLATE_PARAMETER_TYPES)[number], string | undefined> = {
  text: 'text',
  image: 'url',
  gif: 'url',
  video: 'url',
  document: 'url',
  location: 'location',
  payload: 'payload',
  couponCode: 'couponCode',
  action: undefined, // flowActionData is optional
  ttlMinutes: 'ttlMinutes',
};

/** Parameter types each button sub-type takes. */
const PARAMETER_TYPES_OF_BUTTON: Record<(typeof TEMPLATE_BUTTON_SUBTYPES)[number], readonly string[]> = {
  QuickReply: ['payload', 'text'],
  Url: ['text'],
  CopyCode: ['couponCode'],
  Flow: ['action'],
  // ttlMinutes is VoiceCall-only; a VoiceCall button may also carry a payload (8x8's examples send one).
  VoiceCall: ['ttlMinutes', 'payload'],
};

/** Parameter types that only make sense on a button. */
const BUTTON_ONLY_PARAMETER_TYPES = ['payload', 'couponCode', 'action', 'ttlMinutes'];

const TemplateLocationSchema = object({
  latitude,
  longitude,
  name: v.optional(v.string()),
  address: v.optional(v.string()),
});

/** Checks that a parameter of one of `types` carries its value; other types are the picklist's to report. */
const checkParameterOf = (types: readonly string[]) => (parameter: Loose, report: Report) => {
  const type = parameter['type'];
  if (typeof type !== 'string' || !types.includes(type)) return;
  // Each parameter type carries its value in the field of the same meaning (url for media types).
  const field = VALUE_FIELD_OF[type as keyof typeof VALUE_FIELD_OF];
  if (field !== undefined && !has(parameter, field)) report([field], `is required for a "${type}" parameter`);
  // For type gif, the url must point to a video file, not a .gif.
  const url = parameter['url'];
  if (type === 'gif' && typeof url === 'string' && namesGifFile(url)) {
    report(['url'], 'must point to a video file (WhatsApp plays a "gif" parameter as a video), not a .gif');
  }
};

/** Whether a URL's path names a .gif file (any letter case; its query and fragment are not its file). */
function namesGifFile(url: string): boolean {
  if (!URL.canParse(url)) return false;
  return /\.gif$/i.test(new URL(url).pathname);
}

const parameterEntries = {
  // A named placeholder's name (Zalo templates, WhatsApp named parameters); positional without it.
  name: v.optional(nonEmpty),
  text: v.optional(v.string()),
  url: v.optional(httpUrl),
  location: v.optional(TemplateLocationSchema),
  payload: v.optional(v.string()),
  couponCode: v.optional(v.string()),
};

/**
 * A template placeholder value.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateParameterSchema } from '8x8-chatapps';
 *
 * v.is(TemplateParameterSchema, { type: 'text', text: 'Alice' }); // true
 * ```
 */
export const TemplateParameterSchema = v.pipe(
  object({
    type: v.picklist(TEMPLATE_PARAMETER_TYPES),
    ...parameterEntries,
    flowActionData: v.optional(
      object({
        screen: v.optional(nonEmpty),
        data: v.optional(FlowDataSchema),
      }),
    ),
    // VoiceCall button TTL at send time: 1 minute to 30 days.
    ttlMinutes: v.optional(integerIn(INTERACTIVE_LIMITS.ttlMinutesMin, INTERACTIVE_LIMITS.ttlMinutesMax)),
  }),
  rules(checkParameterOf(TEMPLATE_PARAMETER_TYPES)),
);

/**
 * A placeholder value in a carousel card's component.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { CardParameterSchema } from '8x8-chatapps';
 *
 * v.is(CardParameterSchema, { type: 'image', url: 'https://www.example.com/p/jacket.jpg' }); // true
 * ```
 */
export const CardParameterSchema = v.pipe(
  object({ type: v.picklist(CARD_PARAMETER_TYPES), ...parameterEntries }),
  rules(checkParameterOf(CARD_PARAMETER_TYPES)),
);

/**
 * A component of a template carousel card: header, body or one of its two buttons.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateCardComponentSchema } from '8x8-chatapps';
 *
 * v.is(TemplateCardComponentSchema, { type: 'body', parameters: [{ type: 'text', text: 'Rain jacket' }] }); // true
 * ```
 */
export const TemplateCardComponentSchema = v.pipe(
  object({
    type: v.optional(v.picklist(CARD_COMPONENT_TYPES)),
    parameters: v.optional(v.array(CardParameterSchema)),
    index: v.optional(integerIn(T.cardButtonIndexMin, T.cardButtonIndexMax)),
    // The reference lists QuickReply and Url for a card button, yet lists the couponCode parameter for card
    // components, which only a CopyCode button takes; a card registered with a COPY_CODE button needs it
    // (docs/decisions.md, "Carousel cards").
    subType: v.optional(v.picklist(['QuickReply', 'Url', 'CopyCode'])),
  }),
  rules((component, report) => {
    const type = component['type'] ?? 'body';
    // An unknown type is the one mistake: the fields that follow it are not judged against it.
    if (typeof type !== 'string' || !(CARD_COMPONENT_TYPES as readonly string[]).includes(type)) return;
    checkButtonFields(component, report);
  }),
);

/**
 * A card of a template carousel.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateCardSchema } from '8x8-chatapps';
 *
 * v.is(TemplateCardSchema, { cardIndex: 0, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Rain jacket' }] }] }); // true
 * ```
 */
export const TemplateCardSchema = v.pipe(
  object({
    cardIndex: integerIn(T.carouselCardIndexMin, T.carouselCardIndexMax),
    components: v.optional(v.array(TemplateCardComponentSchema)),
  }),
  rules((card, report) => checkComponentSet(asArray(card['components']), ['components'], report)),
);

/**
 * A component of a template: header, body, footer, a button, a carousel…
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateComponentSchema } from '8x8-chatapps';
 *
 * v.is(TemplateComponentSchema, { type: 'body', parameters: [{ type: 'text', text: 'Alice' }] }); // true
 * ```
 */
export const TemplateComponentSchema = v.pipe(
  object({
    type: v.optional(v.picklist(TEMPLATE_COMPONENT_TYPES)),
    parameters: v.optional(v.array(TemplateParameterSchema)),
    index: v.optional(integerIn(T.buttonIndexMin, T.buttonIndexMax)),
    subType: v.optional(v.picklist(TEMPLATE_BUTTON_SUBTYPES)),
    cards: v.optional(
      list(TemplateCardSchema, 'carousel cards', T.carouselCardsMinCount, T.carouselCardsMaxCount),
    ),
  }),
  rules((component, report) => {
    const type = component['type'] ?? 'body';
    // An unknown type is the one mistake: the fields that follow it are not judged against it.
    if (typeof type !== 'string' || !(TEMPLATE_COMPONENT_TYPES as readonly string[]).includes(type)) return;
    checkButtonFields(component, report);
    // Cards are required for, and only allowed on, a carousel component.
    if (type === 'carousel' && !has(component, 'cards'))
      report(['cards'], 'is required for a "carousel" component');
    if (type !== 'carousel' && has(component, 'cards'))
      report(['cards'], 'is only allowed on a "carousel" component');
    if (type === 'carousel') {
      checkUniqueIndexes(asArray(component['cards']), 'cardIndex', ['cards'], 'card', report);
    }
  }),
);

/** Rules shared by template and card components (of a known type): button fields, which parameter types fit where. */
function checkButtonFields(component: Loose, report: Report) {
  const type = component['type'] ?? 'body';
  const parameters = asArray(component['parameters']);
  if (type === 'button') {
    // A button needs its position index and sub-type.
    for (const field of ['index', 'subType'])
      if (!has(component, field)) report([field], 'is required for a "button" component');
    const subType = component['subType'];
    if (typeof subType === 'string' && Object.hasOwn(PARAMETER_TYPES_OF_BUTTON, subType)) {
      // VoiceCall buttons may omit parameters; all other sub-types require at least one.
      if (subType !== 'VoiceCall' && parameters.length === 0) {
        report(['parameters'], `must have at least 1 parameter for a "${subType}" button`);
      }
      // Each sub-type takes its own parameter type (ttlMinutes on VoiceCall only, couponCode on CopyCode…).
      const allowed = PARAMETER_TYPES_OF_BUTTON[subType as keyof typeof PARAMETER_TYPES_OF_BUTTON];
      parameters.forEach((parameter, index) => {
        const parameterType = asRecord(parameter)?.['type'];
        if (typeof parameterType === 'string' && !allowed.includes(parameterType)) {
          report(
            ['parameters', index, 'type'],
            `must be ${allowed.map((a) => `"${a}"`).join(' or ')} on a "${subType}" button, got "${parameterType}"`,
          );
        }
      });
    }
  } else {
    // index and subType describe buttons only; button parameter types only fit buttons.
    for (const field of ['index', 'subType'])
      if (has(component, field)) report([field], 'is only allowed on a "button" component');
    parameters.forEach((parameter, index) => {
      const parameterType = asRecord(parameter)?.['type'];
      if (typeof parameterType === 'string' && BUTTON_ONLY_PARAMETER_TYPES.includes(parameterType)) {
        report(
          ['parameters', index, 'type'],
          `"${parameterType}" parameters are only allowed on a "button" component`,
        );
      }
    });
  }
}

function checkUniqueIndexes(
  items: readonly unknown[],
  key: string,
  at: (string | number)[],
  what: string,
  report: Report,
) {
  const seen = new Set<unknown>();
  items.forEach((item, position) => {
    const index = asRecord(item)?.[key];
    if (typeof index !== 'number') return;
    if (seen.has(index))
      report([...at, position, key], `must be unique: another ${what} has ${key} ${index}`);
    seen.add(index);
  });
}

/** Rules over a list of components: one header/body/footer/carousel each, unique button indexes, ≤2 Url buttons. */
function checkComponentSet(components: readonly unknown[], at: (string | number)[], report: Report) {
  const seen = new Map<string, number>();
  const buttons: unknown[] = [];
  const buttonPositions: number[] = [];
  components.forEach((component, position) => {
    const record = asRecord(component);
    const type = record?.['type'] ?? 'body';
    // An unknown type is the picklist's to report, once.
    if (typeof type !== 'string' || !(TEMPLATE_COMPONENT_TYPES as readonly string[]).includes(type)) return;
    if (type === 'button') {
      buttons.push(component);
      buttonPositions.push(position);
      return;
    }
    // A template has at most one header, one body, one footer and one carousel.
    if (seen.has(type))
      report(
        [...at, position, 'type'],
        `must not repeat: there is already a "${type}" component at index ${seen.get(type)}`,
      );
    else seen.set(type, position);
  });
  // Button positions are unique.
  const seenIndexes = new Set<unknown>();
  buttons.forEach((button, i) => {
    const index = asRecord(button)?.['index'];
    if (typeof index !== 'number') return;
    if (seenIndexes.has(index))
      report([...at, buttonPositions[i]!, 'index'], `must be unique: another button has index ${index}`);
    seenIndexes.add(index);
  });
  // The Url button type allows a maximum of 2 buttons.
  const urlButtons = buttons.filter((button) => asRecord(button)?.['subType'] === 'Url').length;
  if (urlButtons > T.urlButtonsMaxCount) {
    report(at, `must have at most ${T.urlButtonsMaxCount} buttons of subType "Url", got ${urlButtons}`);
  }
}

/**
 * A template message (`content.template`, type `template`).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { TemplateSchema } from '8x8-chatapps';
 *
 * v.is(TemplateSchema, {
 *   name: 'order_update',
 *   language: 'en_US',
 *   components: [{ type: 'body', parameters: [{ type: 'text', text: 'Alice' }] }],
 * }); // true
 * ```
 */
export const TemplateSchema = v.pipe(
  object({
    name: nonEmpty,
    language: nonEmpty,
    components: v.optional(v.array(TemplateComponentSchema)),
  }),
  rules((template, report) => checkComponentSet(asArray(template['components']), ['components'], report)),
);
