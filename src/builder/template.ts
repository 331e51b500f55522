// Template values on the message chain: headers, button parameters and carousel cards, in the shapes a person
// writes them, turned into the wire's template components (src/wire/template.ts).

import type * as v from 'valibot';
import { schemaAt } from '../wire/lenient.js';
import {
  CardParameterSchema,
  TEMPLATE_BUTTON_SUBTYPES,
  TemplateCardComponentSchema,
  TemplateComponentSchema,
  TemplateParameterSchema,
} from '../wire/template.js';
import type { CardParameter, Location, TemplateCardComponent, TemplateParameter } from '../wire/types.js';
import { ownAs, takeUnread } from './interactive-copy.js';
import { guardSteps } from './step-guard.js';

/**
 * A template header value: a string for a text header (or `{ name, text }` for a named placeholder, as the body takes
 * it), or one media or location value.
 *
 * @example
 * ```ts
 * import type { TemplateHeader } from '8x8-chatapps';
 *
 * const text: TemplateHeader = 'Order A-1234';
 * const named: TemplateHeader = { name: 'order_id', text: 'A-1234' };
 * const image: TemplateHeader = { image: 'https://cdn.example.com/campaigns/winter.jpg' };
 * const place: TemplateHeader = { location: { latitude: 1.2834, longitude: 103.8607, name: 'Flagship store' } };
 * ```
 */
export type TemplateHeader =
  | TemplateText
  | { readonly image: string }
  | { readonly gif: string }
  | { readonly video: string }
  | { readonly document: string }
  | { readonly location: Location };

/**
 * A header value of a template carousel card: text, image, video, document or location (no gif).
 *
 * @example
 * ```ts
 * import type { CardHeader } from '8x8-chatapps';
 *
 * const header: CardHeader = { video: 'https://cdn.example.com/p/jacket.mp4' };
 * ```
 */
export type CardHeader = Exclude<TemplateHeader, { readonly gif: string }>;

/**
 * The sub-types of a template button.
 *
 * @example
 * ```ts
 * import { Message, type TemplateButtonSubType } from '8x8-chatapps';
 *
 * const subType: TemplateButtonSubType = 'CopyCode';
 * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').button(0, subType, { couponCode: 'WINTER25' });
 * ```
 */
export type TemplateButtonSubType = 'QuickReply' | 'Url' | 'CopyCode' | 'Flow' | 'VoiceCall';

/**
 * The parameter each template button sub-type takes: `ttlMinutes` only on VoiceCall, `couponCode` only on CopyCode…
 *
 * @example
 * ```ts
 * import type { TemplateButtonParameter } from '8x8-chatapps';
 *
 * const reply: TemplateButtonParameter['QuickReply'] = { payload: 'show-collection' };
 * const call: TemplateButtonParameter['VoiceCall'] = { ttlMinutes: 60 };
 * ```
 */
export interface TemplateButtonParameter {
  QuickReply: { readonly payload: string } | { readonly text: string };
  Url: { readonly text: string };
  CopyCode: { readonly couponCode: string };
  Flow: FlowButtonAction;
  VoiceCall: VoiceCallButtonOptions;
}

// Named, not object literals: a literal type in a generic step's parameter is instantiated again at every new
// chain state; an interface is not (type-check cost, bench/README.md).
interface FlowButtonAction {
  readonly screen?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}
interface VoiceCallButtonOptions {
  readonly ttlMinutes?: number;
  readonly payload?: string;
}

/**
 * A body placeholder's value: its text, or `{ name, text }` for a template whose placeholders are named (a Zalo
 * OTP template's `otp`, WhatsApp's named parameters).
 *
 * @example
 * ```ts
 * import type { TemplateText } from '8x8-chatapps';
 *
 * const positional: TemplateText = 'A-1234';
 * const named: TemplateText = { name: 'otp', text: '482910' };
 * ```
 */
export type TemplateText = string | { readonly name: string; readonly text: string };

/**
 * Where a component's values go, in a message's template or in a carousel card: the schemas each caller's value is
 * read with at the step that receives it (ownAs); a field the schema does not have is kept as it is, as
 * `readLeniently` leaves it.
 */
export interface ComponentSchemas {
  readonly parameter: v.GenericSchema;
  readonly index: v.GenericSchema | undefined;
  readonly subType: v.GenericSchema | undefined;
  readonly name: v.GenericSchema | undefined;
  readonly text: v.GenericSchema | undefined;
  readonly url: v.GenericSchema | undefined;
  readonly location: v.GenericSchema | undefined;
  readonly payload: v.GenericSchema | undefined;
  readonly couponCode: v.GenericSchema | undefined;
  readonly ttlMinutes: v.GenericSchema | undefined;
  readonly screen: v.GenericSchema | undefined;
  readonly data: v.GenericSchema | undefined;
}

function componentSchemas(component: v.GenericSchema, parameter: v.GenericSchema): ComponentSchemas {
  return {
    parameter,
    index: schemaAt(component, 'index'),
    subType: schemaAt(component, 'subType'),
    name: schemaAt(parameter, 'name'),
    text: schemaAt(parameter, 'text'),
    url: schemaAt(parameter, 'url'),
    location: schemaAt(parameter, 'location'),
    payload: schemaAt(parameter, 'payload'),
    couponCode: schemaAt(parameter, 'couponCode'),
    ttlMinutes: schemaAt(parameter, 'ttlMinutes'),
    screen: schemaAt(parameter, 'flowActionData', 'screen'),
    data: schemaAt(parameter, 'flowActionData', 'data'),
  };
}

/** A component of a message's template. */
export const MESSAGE_COMPONENT = componentSchemas(TemplateComponentSchema, TemplateParameterSchema);
/** A component of a template carousel card. */
const CARD_COMPONENT = componentSchemas(TemplateCardComponentSchema, CardParameterSchema);

// Each function below makes a wire part from what a step's caller handed in, copying each of the caller's values
// once and reading it as 8x8 reads it where it goes (ownAs): the parts they make are shared as they are by the
// chains that follow.

/** A text parameter of a body: positional, or named. */
export function textParameter(value: TemplateText, at: ComponentSchemas): TemplateParameter {
  return typeof value === 'string'
    ? { type: 'text', text: ownAs(at.text, value) }
    : { type: 'text', name: ownAs(at.name, value?.name), text: ownAs(at.text, value?.text) };
}

const MEDIA_KEYS = ['image', 'gif', 'video', 'document'] as const;
const BUTTON_SUBTYPES: readonly string[] = TEMPLATE_BUTTON_SUBTYPES;

/** A header value as a wire parameter. */
export function headerParameter(value: TemplateHeader, at: ComponentSchemas): TemplateParameter {
  if (typeof value === 'string') return { type: 'text', text: ownAs(at.text, value) };
  // From JavaScript, a value that is neither text nor an object: the schema names it at the parameter's path.
  if (typeof value !== 'object' || value === null) return ownAs(at.parameter, value as TemplateParameter);
  if ('location' in value) return { type: 'location', location: ownAs(at.location, value.location) };
  for (const key of MEDIA_KEYS) {
    if (key in value)
      return { type: key, url: ownAs(at.url, (value as Record<string, string>)[key] as string) };
  }
  // A named text placeholder, `{ name, text }`, as the body takes it (read by its name: an object without one is
  // kept as it is, as before, for the schema to name what it lacks).
  if ('name' in value) return textParameter(value as TemplateText, at);
  // Reached only from JavaScript with an unknown key: let the schema name the problem.
  return ownAs(at.parameter, value as unknown as TemplateParameter);
}

/** A button parameter as a wire parameter, by sub-type. */
export function buttonParameters(
  subType: TemplateButtonSubType,
  value: unknown,
  at: ComponentSchemas,
): TemplateParameter[] {
  // From JavaScript, a parameter that is not an object (a bare string): the schema names it at the parameter's path.
  if (typeof value !== 'object' && value !== undefined && BUTTON_SUBTYPES.includes(subType))
    return [ownAs(at.parameter, value as TemplateParameter)];
  const record = (value ?? {}) as Record<string, unknown>;
  switch (subType) {
    case 'QuickReply':
      return 'text' in record
        ? [{ type: 'text', text: ownAs(at.text, record['text'] as string) }]
        : [{ type: 'payload', payload: ownAs(at.payload, record['payload'] as string) }];
    case 'Url':
      return [{ type: 'text', text: ownAs(at.text, record['text'] as string) }];
    case 'CopyCode':
      return [{ type: 'couponCode', couponCode: ownAs(at.couponCode, record['couponCode'] as string) }];
    case 'Flow': {
      const flowActionData: Record<string, unknown> = {};
      if (record['screen'] !== undefined) flowActionData['screen'] = ownAs(at.screen, record['screen']);
      if (record['data'] !== undefined) flowActionData['data'] = ownAs(at.data, record['data']);
      // flowActionData is optional: without a screen or data the parameter is the bare action.
      return Object.keys(flowActionData).length === 0
        ? [{ type: 'action' }]
        : [{ type: 'action', flowActionData } as TemplateParameter];
    }
    case 'VoiceCall':
      // A payload and a TTL, in the order the options name them.
      return Object.keys(record).flatMap((key): TemplateParameter[] => {
        if (key === 'payload' && record['payload'] !== undefined)
          return [{ type: 'payload', payload: ownAs(at.payload, record['payload'] as string) }];
        if (key === 'ttlMinutes' && record['ttlMinutes'] !== undefined)
          return [{ type: 'ttlMinutes', ttlMinutes: ownAs(at.ttlMinutes, record['ttlMinutes'] as number) }];
        return [];
      });
    default:
      // From JavaScript only: an unknown sub-type goes to the schema, which names it.
      return [];
  }
}

/** One template button as a wire component (VoiceCall without a TTL has no parameters). */
export function buttonComponent(
  index: number,
  subType: TemplateButtonSubType,
  value: unknown,
  at: ComponentSchemas,
) {
  // Read first: a sub-type in another letter case ("quickreply", from JavaScript) takes its own parameters.
  const ownSubType = ownAs(at.subType, subType);
  const ownIndex = ownAs(at.index, index);
  const parameters = buttonParameters(ownSubType, value, at);
  return parameters.length === 0
    ? { type: 'button' as const, subType: ownSubType, index: ownIndex }
    : { type: 'button' as const, subType: ownSubType, index: ownIndex, parameters };
}

/** The card step's implementation: an immutable list of card components (see `TemplateCardStep`). */
export class TemplateCardChain {
  readonly kind = 'templateCard';
  readonly #components: readonly TemplateCardComponent[];

  /** `unread`: a card this one grows from holds a value its step kept unread (see {@link cardUnread}). */
  constructor(components: readonly TemplateCardComponent[] = [], unread = false) {
    this.#components = Object.freeze(components);
    if (takeUnread() || unread) unreadCards.add(this);
  }

  #with(component: TemplateCardComponent): TemplateCardChain {
    return new TemplateCardChain([...this.#components, component], unreadCards.has(this));
  }

  header(value: CardHeader): TemplateCardChain {
    return this.#with({
      type: 'header',
      parameters: [headerParameter(value, CARD_COMPONENT) as CardParameter],
    });
  }

  body(...texts: readonly TemplateText[]): TemplateCardChain {
    return this.#with({
      type: 'body',
      parameters: texts.map((text) => textParameter(text, CARD_COMPONENT)) as CardParameter[],
    });
  }

  button(index: number, subType: TemplateButtonSubType, parameter: unknown): TemplateCardChain {
    return this.#with(buttonComponent(index, subType, parameter, CARD_COMPONENT) as TemplateCardComponent);
  }

  quickReply(index: number, payload: string): TemplateCardChain {
    return this.button(index, 'QuickReply', { payload });
  }

  url(index: number, text: string): TemplateCardChain {
    return this.button(index, 'Url', { text });
  }

  copyCode(index: number, code: string): TemplateCardChain {
    return this.button(index, 'CopyCode', { couponCode: code });
  }

  /** The card's components, for the message chain. */
  components(): readonly TemplateCardComponent[] {
    return this.#components;
  }
}

guardSteps(TemplateCardChain.prototype);

/** Cards holding a value one of their steps kept unread: a message holding one reads its whole request at build(). */
const unreadCards = new WeakSet<TemplateCardChain>();

/** Whether `card` holds a value one of its steps kept unread (see ownAs). */
export function cardUnread(card: TemplateCardChain): boolean {
  return unreadCards.has(card);
}
