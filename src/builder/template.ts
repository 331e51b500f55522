// Template values on the message chain: headers, button parameters and carousel cards, in the shapes a person
// writes them, turned into the wire's template components (src/wire/template.ts).

import type { CardParameter, Location, TemplateCardComponent, TemplateParameter } from '../wire/types.js';
import { own } from './interactive-copy.js';
import { guardSteps } from './step-guard.js';

/**
 * A template header value: a string for a text header, or one media or location value.
 *
 * @example
 * ```ts
 * import type { TemplateHeader } from '8x8-chatapps';
 *
 * const text: TemplateHeader = 'Order A-1234';
 * const image: TemplateHeader = { image: 'https://cdn.example.com/campaigns/winter.jpg' };
 * const place: TemplateHeader = { location: { latitude: 1.2834, longitude: 103.8607, name: 'Flagship store' } };
 * ```
 */
export type TemplateHeader =
  | string
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

// Each function below makes a wire part from what a step's caller handed in, copying each of the caller's values
// once (own): the parts they make are shared as they are by the chains that follow.

/** A text parameter of a body: positional, or named. */
export function textParameter(value: TemplateText): TemplateParameter {
  return typeof value === 'string'
    ? { type: 'text', text: value }
    : { type: 'text', name: own(value?.name), text: own(value?.text) };
}

const MEDIA_KEYS = ['image', 'gif', 'video', 'document'] as const;

/** A header value as a wire parameter. */
export function headerParameter(value: TemplateHeader): TemplateParameter {
  if (typeof value === 'string') return { type: 'text', text: value };
  if ('location' in value) return { type: 'location', location: own(value.location) };
  for (const key of MEDIA_KEYS) {
    if (key in value) return { type: key, url: own((value as Record<string, string>)[key] as string) };
  }
  // Reached only from JavaScript with an unknown key: let the schema name the problem.
  return own(value as unknown as TemplateParameter);
}

/** A button parameter as a wire parameter, by sub-type. */
export function buttonParameters(subType: TemplateButtonSubType, value: unknown): TemplateParameter[] {
  const record = (value ?? {}) as Record<string, unknown>;
  switch (subType) {
    case 'QuickReply':
      return 'text' in record
        ? [{ type: 'text', text: own(record['text'] as string) }]
        : [{ type: 'payload', payload: own(record['payload'] as string) }];
    case 'Url':
      return [{ type: 'text', text: own(record['text'] as string) }];
    case 'CopyCode':
      return [{ type: 'couponCode', couponCode: own(record['couponCode'] as string) }];
    case 'Flow': {
      const flowActionData: Record<string, unknown> = {};
      if (record['screen'] !== undefined) flowActionData['screen'] = own(record['screen']);
      if (record['data'] !== undefined) flowActionData['data'] = own(record['data']);
      // flowActionData is optional: without a screen or data the parameter is the bare action.
      return Object.keys(flowActionData).length === 0
        ? [{ type: 'action' }]
        : [{ type: 'action', flowActionData } as TemplateParameter];
    }
    case 'VoiceCall':
      // A payload and a TTL, in the order the options name them.
      return Object.keys(record).flatMap((key): TemplateParameter[] => {
        if (key === 'payload' && record['payload'] !== undefined)
          return [{ type: 'payload', payload: own(record['payload'] as string) }];
        if (key === 'ttlMinutes' && record['ttlMinutes'] !== undefined)
          return [{ type: 'ttlMinutes', ttlMinutes: own(record['ttlMinutes'] as number) }];
        return [];
      });
    default:
      // From JavaScript only: an unknown sub-type goes to the schema, which names it.
      return [];
  }
}

/** One template button as a wire component (VoiceCall without a TTL has no parameters). */
export function buttonComponent(index: number, subType: TemplateButtonSubType, value: unknown) {
  const parameters = buttonParameters(subType, value);
  return parameters.length === 0
    ? { type: 'button' as const, subType: own(subType), index: own(index) }
    : { type: 'button' as const, subType: own(subType), index: own(index), parameters };
}

/** The card step's implementation: an immutable list of card components (see `TemplateCardStep`). */
export class TemplateCardChain {
  readonly kind = 'templateCard';
  readonly #components: readonly TemplateCardComponent[];

  constructor(components: readonly TemplateCardComponent[] = []) {
    this.#components = Object.freeze(components);
  }

  #with(component: TemplateCardComponent): TemplateCardChain {
    return new TemplateCardChain([...this.#components, component]);
  }

  header(value: CardHeader): TemplateCardChain {
    return this.#with({ type: 'header', parameters: [headerParameter(value) as CardParameter] });
  }

  body(...texts: readonly TemplateText[]): TemplateCardChain {
    return this.#with({ type: 'body', parameters: texts.map(textParameter) as CardParameter[] });
  }

  button(index: number, subType: TemplateButtonSubType, parameter: unknown): TemplateCardChain {
    return this.#with(buttonComponent(index, subType, parameter) as TemplateCardComponent);
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
