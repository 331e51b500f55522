// The contract between the message chain (message.ts) and the content-part builders (interactive.ts, rcs.ts):
// a finished part turns into its wire object, and says at type level what the message chain must know about it.
// The wire types come from the builders' modules, which read them from MessageRequest (the same types as
// src/wire/types.ts, checked equal in test/types): every message computes that type anyway, so a first part costs no
// separate schema inference (about 7,000 instantiations each, measured against the emitted declarations).
import type { Interactive } from './interactive.js';
import type { Carousel, RichCard, Suggestion } from './rcs.js';

/**
 * A finished WhatsApp interactive message, ready for `.interactive(…)` on a WhatsApp message chain.
 * `DirectSendable` is `true` when WhatsApp Direct Send can carry it (cta_url with one button, or 1–3 reply
 * buttons, with a text header if any).
 *
 * @example
 * ```ts
 * import { Interactive, type InteractivePart } from '8x8-chatapps';
 *
 * const part: InteractivePart = Interactive.buttons('Confirm your slot?').button('yes', 'Yes');
 * ```
 */
export interface InteractivePart<DirectSendable extends boolean = boolean> {
  readonly kind: 'interactive';
  readonly directSendable: DirectSendable;
  /** The `content.interactive` wire object (not validated yet: the message's `build()` validates it). */
  toWire(): Interactive;
}

/**
 * A finished RCS rich card, ready for `.richCard(…)` on an RCS message chain.
 *
 * @example
 * ```ts
 * import { RichCard, type RichCardPart } from '8x8-chatapps';
 *
 * const part: RichCardPart = RichCard.vertical().title('Summer sale').media('https://example.com/sale.png');
 * ```
 */
export interface RichCardPart {
  readonly kind: 'richCard';
  /** The `content.richCard` wire object (validated by the message's `build()`). */
  toWire(): RichCard;
}

/**
 * A finished RCS carousel (2–10 cards), ready for `.carousel(…)` on an RCS message chain.
 *
 * @example
 * ```ts
 * import { Carousel, type CarouselPart } from '8x8-chatapps';
 *
 * const part: CarouselPart = Carousel.medium()
 *   .card((c) => c.title('Blue').media('https://example.com/blue.png'))
 *   .card((c) => c.title('Red').media('https://example.com/red.png'));
 * ```
 */
export interface CarouselPart {
  readonly kind: 'carousel';
  /** The `content.carousel` wire object (validated by the message's `build()`). */
  toWire(): Carousel;
}

/**
 * One RCS suggestion (a suggested reply or one suggested action), for a card or for the whole message.
 *
 * @example
 * ```ts
 * import { Suggestion, type SuggestionPart } from '8x8-chatapps';
 *
 * const part: SuggestionPart = Suggestion.reply('Yes', 'answer_yes');
 * ```
 */
export interface SuggestionPart {
  readonly kind: 'suggestion';
  /** The wire suggestion (validated by the message's `build()`). */
  toWire(): Suggestion;
}
