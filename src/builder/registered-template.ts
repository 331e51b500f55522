// The template chain once the registry knows the template (src/templates/registry.ts): `.template(name, language)`
// is the generated file's lookup of the template's first stage by name and language (`TemplateCall`, `TemplateCalls`),
// so it offers the registered names and each name's languages, and refuses another on that argument; then each
// component step checks its value against the template's rules,
// which the generated file writes out for each template language (TemplateRules): a step looks up what it takes and
// the sentence of its rule instead of working them out from the facts, and what is due is a comparison of two sets
// until `.build()` names the first missing value. (Carousel cards are still checked from the cards' facts.)
// A refused step keeps its place in the chain and takes the rule as its first argument's type, so the error lands on
// that argument and reads as the rule (src/types/refusal.ts); the sentences are the run-time check's
// (src/templates/check.ts), so both read the same.
import type { BUTTON_STEPS, HEADER_WORDS } from '../templates/check.js';
import type { TemplateCardFacts, TemplateHeaderFormat, TemplateRegistry } from '../templates/registry.js';
import type { Either, Refused, RefusedCall } from '../types/refusal.js';
import type { Location, SmsSettings } from '../wire/index.js';
import type {
  BuildAllowed,
  CardButtonIndex,
  CardHeaderSet,
  ContentAllowed,
  FeatureAllowed,
  IndexUsed,
  RoutedWith,
  Routing,
  StepOrRefusal,
  SuggestionsWithin,
  TemplateBodySet,
  TemplateButtonIndex,
  TemplateFooterSet,
  TemplateHeaderSet,
} from './message-rules.js';
import type {
  ExtraFields,
  ReadyStep,
  StepsBeforeContent,
  TemplateAt,
  TemplateBodyGiven,
  TemplateCardBodyGiven,
  TemplateCardPart,
  TemplateCardStep,
  TemplateFooterGiven,
  TemplateNoReplyAt,
} from './message-steps.js';
import type { SuggestionPart } from './parts.js';
import type {
  DueNoSuggestionsNotDirect,
  ReadyNoSuggestionsNotDirect,
  RepliesRefused,
} from './route-stages.js';
import type {
  CardHeader,
  TemplateButtonParameter,
  TemplateButtonSubType,
  TemplateHeader,
  TemplateText,
} from './template.js';

/** Whether the program has a template registry (the generated file augments `TemplateRegistry`). */
export type HasRegistry = [keyof TemplateRegistry] extends [never] ? false : true;

/**
 * The registry holds the WhatsApp channel's templates: a chain whose first channel is WhatsApp reads it, and so does
 * one without channel steps (8x8 routes the template; the run-time check reads it for a message without channels),
 * and a WhatsApp channel user's (`'channelUser'`, reached over WhatsApp only).
 */
type ReadsRegistry<F extends Routing> = HasRegistry extends false
  ? false
  : F extends 'WhatsApp' | 'auto' | 'channelUser'
    ? true
    : false;

/** The names `.template(…)` offers: the registered ones (any string still type-checks, to be refused by the rule). */
export type TemplateNameChoice<F extends Routing> =
  ReadsRegistry<F> extends true ? (keyof TemplateRegistry & string) | (string & {}) : string;

/**
 * The registry with a fallback for any other name: `keyof TemplateLanguagesByName[N]` is a registered name's
 * languages, and nothing for another name, without intersecting `N` with the registered names.
 */
interface TemplateLanguagesByName extends TemplateRegistry {
  readonly [name: string]: object;
}

/**
 * The languages `.template(name, …)` offers for a registered name (none for another name). A lookup, not a conditional
 * type: while the name is being inferred the compiler tries `N` as its constraint, every registered name, and a check
 * distributive over `N` would walk them all on every call (~110 instantiations per chain with 500 templates); the
 * non-distributive `[N] extends [keyof TemplateRegistry]` cost ~9 more per template than a lookup. Looked up in
 * {@link TemplateLanguagesByName} rather than as `TemplateRegistry[N & keyof TemplateRegistry]`, whose intersection
 * with a name still being inferred made a union of 500 intersections on every call: a third of TypeScript 6's check
 * time of 30 chains with a registry of 500 templates.
 */
export type TemplateLanguageChoice<F extends Routing, N extends string> =
  ReadsRegistry<F> extends true ? (keyof TemplateLanguagesByName[N] & string) | (string & {}) : string;

/**
 * The rule of `.template(name, language)`: the content rule of the first channel, then, with a registry, a
 * registered name and language. A name typed as plain `string` (not a literal) is not checked.
 */
export type TemplateAllowed<F extends Routing, N extends string, L extends string> =
  ReadsRegistry<F> extends false
    ? ContentAllowed<F, 'template'>
    : // A registered name and language first: the check a fitting call makes, so it makes no other.
      N extends keyof TemplateRegistry
      ? L extends keyof TemplateRegistry[N]
        ? unknown
        : string extends L
          ? unknown
          : `✗ template ${N} has no language ${L} in the template registry`
      : string extends N
        ? unknown
        : `✗ template ${N} is not in the template registry: pull the templates again if it is new`;

/** The step after `.template(name, language)`: typed by the template's rules when the registry knows it. */
export type TemplateStepFor<F extends Routing, Pending extends boolean, N extends string, L extends string> =
  ReadsRegistry<F> extends false
    ? // The first channel picks the family once: Viber and Zalo carry templates but no reply context.
      F extends RepliesRefused
      ? TemplateNoReplyAt<F, Pending, never, 0>
      : TemplateAt<RoutedWith<F, 'template'>, Pending, never, 0>
    : N extends keyof TemplateRegistry
      ? L extends keyof TemplateRegistry[N]
        ? TemplateRegistry[N][L] extends infer T extends TemplateRules
          ? RegisteredStage<RoutedWith<F, 'template'>, Pending, T, RegisteredClosed<T>, 0>
          : TemplateAt<RoutedWith<F, 'template'>, Pending, never, 0>
        : TemplateAt<RoutedWith<F, 'template'>, Pending, never, 0>
      : TemplateAt<RoutedWith<F, 'template'>, Pending, never, 0>;

/**
 * What the chain's steps take for one registered template language, worked out by the generator
 * (src/templates/render.ts) so that a step only looks it up: the value of each step, the rule's sentence for each
 * misfit (the run-time check's, src/templates/check.ts), and what `.build()` waits for.
 *
 * @example
 * ```ts
 * import type { TemplateRules } from '8x8-chatapps';
 *
 * // What the generated file writes for a template with one positional body placeholder and nothing else.
 * interface greeting$en_US extends TemplateRules {
 *   label: 'template greeting (en_US)';
 *   header: 'none';
 *   headerRule: '✗ template greeting (en_US) has no header parameter: leave out .header(…)';
 *   body: 1;
 *   bodyRule: '✗ template greeting (en_US) has 1 body parameter: .body(…) got ';
 *   bodyNames: readonly [];
 *   buttons: {};
 *   buttonRules: {};
 *   noButton: '✗ template greeting (en_US) has no buttons: there is no button ';
 *   dueKeys: 'body';
 *   due: readonly [readonly ['body', '✗ template greeting (en_US) needs its 1 body parameter: add .body(…)']];
 *   cardCount: 0;
 * }
 * ```
 */
export interface TemplateRules {
  /** How the rules name it: `template order_shipped (en_US)`. */
  readonly label: string;
  /** The header's format when it takes a value; `'none'` when it takes none. */
  readonly header: keyof HeaderValueOf;
  /** The rule a header value of another kind (or any, when it takes none) breaks. */
  readonly headerRule: string;
  /** The body's number of placeholders. */
  readonly body: number;
  /** The rule of the body's count, up to the count given. */
  readonly bodyRule: string;
  /** The names of a body's named placeholders; empty for positional ones. */
  readonly bodyNames: readonly string[];
  /** The body's values as strings, one per placeholder (labelled with a named placeholder's name). */
  readonly bodyTexts: readonly string[];
  /** The indexes of the buttons whose value each sub-type gives. */
  readonly indexes: { readonly [S in TemplateButtonSubType]: number };
  /**
   * The index of the one button whose value each sub-type but QuickReply gives, `never` where none or several do:
   * a step then has a signature that is not generic (~14 instantiations a call fewer than inferring the index).
   * Templates have several quick replies more often than not, and a call that misses this signature costs ~9 more.
   */
  readonly onlyIndex: { readonly [S in Exclude<TemplateButtonSubType, 'QuickReply'>]: number };
  /** The sub-type each button's value takes (`never`: the button takes no value). */
  readonly buttons: { readonly [index: number]: TemplateButtonSubType };
  /** The rule a value of another sub-type breaks, per button. */
  readonly buttonRules: { readonly [index: number]: string };
  /** The rule of an index past the buttons, up to the index. */
  readonly noButton: string;
  /** What `.build()` waits for: `'header'`, `'body'`, button indexes. */
  readonly dueKeys: string | number;
  /**
   * The same, in order, each as `readonly [key, sentence]` (typed as `object` here: checking the generated tuple
   * against a tuple or array type when `.template(…)` reads the template's rules cost every chain 7–20 type
   * instantiations).
   */
  readonly due: object;
  /**
   * The number of carousel cards a send gives: `number` when the template has a carousel whose cards the registry
   * did not read, 0 when it has no carousel (`.card(…)` is then refused).
   */
  readonly cardCount: number;
  /** The carousel's cards, when the registry read them. */
  readonly cards?: readonly TemplateCardFacts[];
}

/** The value `.header(…)` takes for each header format. */
interface HeaderValueOf {
  /** The header takes no value. */
  none: never;
  /** A string, or `{ name, text }` for a named placeholder. */
  Text: TemplateText;
  Image: { readonly image: string };
  Gif: { readonly gif: string };
  Video: { readonly video: string };
  Document: { readonly document: string };
  Location: { readonly location: Location };
}

type Plural<Count extends number, Noun extends string> = `${Count} ${Noun}${Count extends 1 ? '' : 's'}`;

type HeaderWords<Format extends TemplateHeaderFormat> = (typeof HEADER_WORDS)[Format];

type NoHeader<Label extends string> = `✗ ${Label} has no header parameter: leave out .header(…)`;

/** The rule of `.header(…)`: once, and only the kind of value the template's header format takes. */
export type HeaderFits<T extends TemplateCardFacts, V, Label extends string, Given> = 'header' extends Given
  ? TemplateHeaderSet
  : T['header'] extends {
        readonly format: infer Format extends TemplateHeaderFormat;
        readonly placeholders: infer Count;
      }
    ? Format extends 'Text'
      ? Count extends 0
        ? NoHeader<Label>
        : V extends TemplateText
          ? unknown
          : `✗ ${Label} has ${HeaderWords<Format>['noun']}: .header(…) takes ${HeaderWords<Format>['value']}`
      : V extends HeaderValueOf[Format]
        ? unknown
        : `✗ ${Label} has ${HeaderWords<Format>['noun']}: .header(…) takes ${HeaderWords<Format>['value']}`
    : NoHeader<Label>;

/**
 * The rule of `.body(…)`, of a registered template (its {@link TemplateRules}) and of a registered carousel card (its
 * facts): once, with exactly one value per body placeholder (WhatsApp's error 132000 otherwise); a value given as
 * `{ name, text }` names one of the template's named placeholders, each once.
 */
export type BodyFits<
  T extends { readonly body: number; readonly bodyNames: readonly string[] },
  Texts extends readonly unknown[],
  Label extends string,
  Given,
> = 'body' extends Given
  ? TemplateBodySet
  : number extends Texts['length']
    ? unknown
    : Texts['length'] extends T['body']
      ? Texts[number] extends string
        ? unknown
        : NameMisfit<Texts, T['bodyNames'], Label>
      : // The count's sentence the generator wrote out for a template (TemplateRules.bodyRule), or a card's.
        T extends { readonly bodyRule: infer CountRule extends string }
        ? `${CountRule}${Texts['length']}`
        : `✗ ${Label} has ${Plural<T['body'], 'body parameter'>}: .body(…) got ${Texts['length']}`;

/**
 * The first body value whose name does not fit: a name on a template with positional placeholders, a name the
 * template does not have, a name given twice; `unknown` when all fit. A name typed as plain `string` is not checked.
 */
type NameMisfit<
  Texts extends readonly unknown[],
  Names extends readonly string[],
  Label extends string,
  Seen extends string = never,
> = Texts extends readonly [infer Value, ...infer Rest]
  ? Value extends { readonly name: infer Name extends string }
    ? string extends Name
      ? NameMisfit<Rest, Names, Label, Seen>
      : Names extends readonly []
        ? `✗ ${Label} has positional body parameters: .body(…) takes strings, not { name, text }`
        : Name extends Names[number]
          ? [Name] extends [Seen]
            ? `✗ ${Label} has one body parameter ${Name}: .body(…) gave it twice`
            : NameMisfit<Rest, Names, Label, Seen | Name>
          : `✗ ${Label} has no body parameter named ${Name}: use ${Either<Names>}`
    : NameMisfit<Rest, Names, Label, Seen>
  : unknown;

/** The rule of a button step: each index once, a button the template has, of its sub-type, taking a value. */
export type ButtonFits<
  T extends TemplateCardFacts,
  I extends number,
  S extends TemplateButtonSubType,
  Label extends string,
  Given,
> = [I] extends [Given]
  ? IndexUsed
  : `${I}` extends keyof T['buttons']
    ? T['buttons'][I] extends infer Button extends TemplateCardFacts['buttons'][number]
      ? Button['parameter'] extends 'none'
        ? `✗ button ${I} of ${Label} (${Button['type']}) takes no value: leave it out`
        : Button['subType'] extends TemplateButtonSubType
          ? S extends Button['subType']
            ? unknown
            : `✗ button ${I} of ${Label} is a ${Button['subType']} button: use .${(typeof BUTTON_STEPS)[Button['subType']]}(${I}, …)`
          : unknown
      : unknown
    : `✗ ${Label} has ${T['buttons']['length'] extends 0 ? 'no buttons' : Plural<T['buttons']['length'], 'button'>}: there is no button ${I}`;

/** The first button that needs a value and has none yet, as the sentence that asks for it; `false` when none. */
type MissingButton<
  Buttons extends readonly unknown[],
  Label extends string,
  Given,
  Done,
  Seen extends unknown[] = [],
> = Buttons extends readonly [infer Button, ...infer Rest]
  ? Button extends { readonly parameter: 'required'; readonly subType: infer S extends TemplateButtonSubType }
    ? [Seen['length']] extends [Given]
      ? MissingButton<Rest, Label, Given, Done, [...Seen, Button]>
      : `✗ ${Label} needs a value for button ${Seen['length']}: add .${(typeof BUTTON_STEPS)[S]}(${Seen['length']}, …)`
    : MissingButton<Rest, Label, Given, Done, [...Seen, Button]>
  : Done;

/**
 * What the template (or a card of its carousel) still needs before `.build()`, as the sentence that asks for it;
 * `Done` (`false`, or what is due after it: the carousel's cards) when its header, body and buttons are complete.
 */
export type TemplateDue<
  T extends TemplateCardFacts,
  Label extends string,
  Given,
  Done = false,
> = T['header'] extends {
  readonly format: infer Format extends TemplateHeaderFormat;
  readonly placeholders: infer Count;
}
  ? 'header' extends Given
    ? BodyDue<T, Label, Given, Done>
    : Format extends 'Text'
      ? Count extends 0
        ? BodyDue<T, Label, Given, Done>
        : `✗ ${Label} needs its ${Lowercase<Format>} header: add .header(…)`
      : `✗ ${Label} needs its ${Lowercase<Format>} header: add .header(…)`
  : BodyDue<T, Label, Given, Done>;

type BodyDue<T extends TemplateCardFacts, Label extends string, Given, Done> = T['body'] extends 0
  ? MissingButton<T['buttons'], Label, Given, Done>
  : 'body' extends Given
    ? MissingButton<T['buttons'], Label, Given, Done>
    : `✗ ${Label} needs its ${Plural<T['body'], 'body parameter'>}: add .body(…)`;

/**
 * The carousel's cards still due: WhatsApp takes a carousel template only with every card it registered, so
 * `.card(…)` is called once per card; `false` when all are given (or the template has no carousel the registry read).
 */
type CardsDue<
  T extends { readonly cards?: readonly unknown[] },
  Label extends string,
  Cards extends number,
> = T extends {
  readonly cards: readonly unknown[];
}
  ? Cards extends T['cards']['length']
    ? false
    : `✗ ${Label} needs its ${Plural<T['cards']['length'], 'card'>}: add .card(…) for each (${Cards} given)`
  : false;

/** The number of cards after one more (a carousel has at most 10). */
type NextCard<Cards extends number> = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11][Cards];

declare const cardDue: unique symbol;

/**
 * How `.card(…)` fills the card it adds: with the registered card's facts when the registry read the template's
 * carousel (the callback then returns a complete card), or as without a registry when it could not read them
 * (`cardCount: number`); the rule's sentence when the template has no such card, or no carousel at all.
 */
type CardFill<
  T extends { readonly cards?: readonly TemplateCardFacts[]; readonly cardCount: number },
  Cards extends number,
  Label extends string,
> = T extends {
  readonly cards: infer Registered extends readonly TemplateCardFacts[];
}
  ? `${Cards}` extends keyof Registered
    ? (
        card: RegisteredCardStep<
          Registered[Cards],
          `card ${Cards} of ${Label}`,
          RegisteredCardClosed<Registered[Cards]>
        >,
      ) => RegisteredCardPart
    : `✗ ${Label} has ${Plural<Registered['length'], 'card'>}: there is no card ${Cards}`
  : number extends T['cardCount']
    ? (card: TemplateCardStep<never>) => TemplateCardPart
    : // A template registered without a CAROUSEL component takes no card (check.ts, noCarouselRule).
      `✗ ${Label} has no carousel: leave out .card(…)`;

/**
 * A card of a registered carousel with every value it needs: what `.card(…)`'s callback returns.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * // With the registry pulled (see docs/templates.md), a card's callback returns a complete card.
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('product_showcase', 'en_US')
 *   .card((card) => card.header({ image: 'https://cdn.example.com/p/boots.jpg' }).body('Hiking boots', '€89').url(1, 'boots'));
 * ```
 */
export interface RegisteredCardPart extends TemplateCardPart {
  /** Type only: what the card still needs, `false` when complete (no such property at run time). */
  readonly [cardDue]: false;
}

/**
 * One card of a registered template's carousel: each step takes only what the registered card declares (the
 * header's kind, the body's number of values, each button's sub-type), and the callback of `.card(…)` must return
 * it complete.
 *
 * @typeParam C - the registered card's facts.
 * @typeParam Label - how the rules name it: `card 0 of template product_showcase (en_US)`.
 * @typeParam Given - the components given so far: `'header'`, `'body'` and button indexes.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * // With the registry pulled (see docs/templates.md), each card is checked against the registered card's facts.
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('product_showcase', 'en_US')
 *   .body('Sam')
 *   .card((card) => card.header({ image: 'https://cdn.example.com/p/boots.jpg' }).body('Hiking boots', '€89').url(1, 'boots'))
 *   .card((card) => card.header({ image: 'https://cdn.example.com/p/jacket.jpg' }).body('Rain jacket', '€120').url(1, 'jacket'));
 * ```
 */
export type RegisteredCardStep<
  C extends TemplateCardFacts,
  Label extends string,
  Given extends string | number,
> = RegisteredCardSteps<C, Label, Given> &
  Pick<RegisteredCardComponents<C, Label, Given>, OpenCardComponents<Given>> &
  Pick<RegisteredCardRefusals<C, Label, Given>, Given & CardComponent>;

/**
 * What a registered card is before its steps: what it still needs, type only ({@link RegisteredCardStep}).
 *
 * @example
 * ```ts
 * import type { RegisteredCardSteps, TemplateCardFacts } from '8x8-chatapps';
 *
 * type Card = RegisteredCardSteps<TemplateCardFacts, 'card 0 of template showcase (en)', never>;
 * ```
 * @internal
 */
export interface RegisteredCardSteps<
  C extends TemplateCardFacts,
  Label extends string,
  Given extends string | number,
> extends TemplateCardPart {
  /** Type only: what the card still needs (the rule's sentence), `false` when complete. */
  readonly [cardDue]: TemplateDue<C, Label, Given>;
}

/**
 * The steps of a registered card while each can be taken ({@link RegisteredCardStep}); where a step is refused, the
 * card takes it from {@link RegisteredCardRefusals} instead.
 *
 * @example
 * ```ts
 * import type { RegisteredCardComponents, TemplateCardFacts } from '8x8-chatapps';
 *
 * type Steps = RegisteredCardComponents<TemplateCardFacts, 'card 0 of template showcase (en)', never>;
 * ```
 * @internal
 */
export interface RegisteredCardComponents<
  C extends TemplateCardFacts,
  Label extends string,
  Given extends string | number,
> {
  /**
   * The card's header value, of the kind the registered card's header declares.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.header({ image: 'https://cdn.example.com/a.jpg' }));
   * ```
   */
  header<const V extends CardHeader>(
    value: Ruled<HeaderFits<C, V, Label, Given>, V>,
  ): RegisteredCardStep<C, Label, Given | 'header'>;
  /**
   * The card body's placeholder values: exactly as many as the registered card's body has.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.body('Hiking boots', '€89'));
   * ```
   */
  body<const Texts extends readonly TemplateText[]>(
    ...texts: BodyParameters<BodyFits<C, Texts, Label, Given>, Texts, C['body']>
  ): RegisteredCardStep<C, Label, Given | 'body'>;
  /**
   * A card button by index and sub-type, as the registered card declares that button.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.button(1, 'Url', { text: 'boots' }));
   * ```
   */
  button<I extends CardButtonIndex, S extends 'QuickReply' | 'Url' | 'CopyCode'>(
    index: Ruled<NoInfer<ButtonFits<C, I, S, Label, Given>>, I>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): RegisteredCardStep<C, Label, CardButtonGiven<C, Given, I, S>>;
  /**
   * A QuickReply card button's payload.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.quickReply(0, 'boots'));
   * ```
   */
  quickReply<I extends CardButtonIndex>(
    index: Ruled<NoInfer<ButtonFits<C, I, 'QuickReply', Label, Given>>, I>,
    payload: string,
  ): RegisteredCardStep<C, Label, CardButtonGiven<C, Given, I, 'QuickReply'>>;
  /**
   * A dynamic Url card button's URL suffix.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.url(1, 'boots'));
   * ```
   */
  url<I extends CardButtonIndex>(
    index: Ruled<NoInfer<ButtonFits<C, I, 'Url', Label, Given>>, I>,
    text: string,
  ): RegisteredCardStep<C, Label, CardButtonGiven<C, Given, I, 'Url'>>;
  /**
   * A CopyCode card button's coupon code.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('showcase', 'en').card((c) => c.copyCode(1, 'BOOTS10'));
   * ```
   */
  copyCode<I extends CardButtonIndex>(
    index: Ruled<NoInfer<ButtonFits<C, I, 'CopyCode', Label, Given>>, I>,
    code: string,
  ): RegisteredCardStep<C, Label, CardButtonGiven<C, Given, I, 'CopyCode'>>;
}

/** A registered card's steps, each naming itself: {@link OpenCardComponents} reads the live ones from it. */
interface CardComponents {
  readonly header: 'header';
  readonly body: 'body';
  readonly button: 'button';
  readonly quickReply: 'quickReply';
  readonly url: 'url';
  readonly copyCode: 'copyCode';
}

type CardComponent = keyof CardComponents;

/** The steps a card still takes: those not named in `Given` (a lookup, as {@link OpenComponents}). */
type OpenCardComponents<Given> = (CardComponents & Record<Given & CardComponent, never>)[CardComponent];

/** The sub-types a card's button steps give. */
type CardButtonSubType = 'QuickReply' | 'Url' | 'CopyCode';

/** The indexes of a registered card's buttons that take a value of sub-type `S`. */
type CardIndexes<C extends TemplateCardFacts, S> = IndexesTaking<C['buttons'], S>;

/** The indexes of the buttons that take a value of sub-type `S` (mapped over the tuple, so its keys are its indexes). */
type IndexesTaking<Buttons extends readonly TemplateCardFacts['buttons'][number][], S> = {
  [K in keyof Buttons]: Buttons[K] extends { readonly parameter: 'none' }
    ? never
    : Buttons[K] extends { readonly subType: S | null }
      ? K extends `${infer Index extends number}`
        ? Index
        : never
      : never;
}[number];

/**
 * What is given after a card's button step that gives index `I` of sub-type `S`: the index, the step's name once the
 * card has no index of that sub-type left, and `'button'` once no button that takes a value is left.
 */
type CardButtonGiven<C extends TemplateCardFacts, Given, I, S> =
  | Given
  | I
  | (CardIndexes<C, S> extends Given | I ? (typeof BUTTON_STEPS)[S & CardButtonSubType] : never)
  | (CardIndexes<C, CardButtonSubType> extends Given | I ? 'button' : never);

/**
 * The steps a registered card refuses before any is taken, named as its first `Given`: a header that takes no value,
 * a button sub-type the card has no button for, `.button(…)` where no button takes a value.
 *
 * @example
 * ```ts
 * import type { RegisteredCardClosed } from '8x8-chatapps';
 *
 * type Closed = RegisteredCardClosed<{ header: null; body: 1; bodyNames: []; buttons: [] }>;
 * ```
 * @internal
 */
export type RegisteredCardClosed<C extends TemplateCardFacts> =
  | (C['header'] extends { readonly format: 'Text'; readonly placeholders: 0 } | null ? 'header' : never)
  | (CardIndexes<C, 'QuickReply'> extends never ? 'quickReply' : never)
  | (CardIndexes<C, 'Url'> extends never ? 'url' : never)
  | (CardIndexes<C, 'CopyCode'> extends never ? 'copyCode' : never)
  | (CardIndexes<C, CardButtonSubType> extends never ? 'button' : never);

/**
 * The refused steps of a registered card, each marked deprecated so that completion strikes it through, each typed as
 * its rule: a header or body given again (or a header where the card's takes no value), a button step without an index
 * left.
 *
 * @example
 * ```ts
 * import type { RegisteredCardRefusals, TemplateCardFacts } from '8x8-chatapps';
 *
 * const rule: RegisteredCardRefusals<TemplateCardFacts, 'card 0', 'body'>['body']['refused'] = '✗ the body is already set: a carousel card has one body';
 * ```
 * @internal
 */
export interface RegisteredCardRefusals<
  C extends TemplateCardFacts,
  Label extends string,
  Given extends string | number,
> extends TemplateCardBodyGiven {
  /**
   * @deprecated Refused: the header is already set, or this card's header takes no value (the parameter's type is the
   * rule).
   */
  readonly header: RefusedCall<
    C['header'] extends { readonly format: 'Text'; readonly placeholders: 0 } | null
      ? NoHeader<Label>
      : CardHeaderSet
  >;
  /** @deprecated Refused: every button of this card that takes a value is given (the index's type is the rule). */
  button<I extends CardButtonIndex, S extends CardButtonSubType>(
    refused: Ruled<NoInfer<ButtonFits<C, I, S, Label, Given>>, I>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): never;
  /** @deprecated Refused: this card has no QuickReply button left to give (the index's type is the rule). */
  quickReply<I extends CardButtonIndex>(
    refused: Ruled<NoInfer<ButtonFits<C, I, 'QuickReply', Label, Given>>, I>,
    payload: string,
  ): never;
  /** @deprecated Refused: this card has no Url button left to give (the index's type is the rule). */
  url<I extends CardButtonIndex>(
    refused: Ruled<NoInfer<ButtonFits<C, I, 'Url', Label, Given>>, I>,
    text: string,
  ): never;
  /** @deprecated Refused: this card has no CopyCode button left to give (the index's type is the rule). */
  copyCode<I extends CardButtonIndex>(
    refused: Ruled<NoInfer<ButtonFits<C, I, 'CopyCode', Label, Given>>, I>,
    code: string,
  ): never;
}

/**
 * A parameter under a rule: the value's own type while the rule allows it (`unknown`), otherwise the rule's sentence,
 * so that the argument is refused with the rule as the type it does not fit. The rule is read through `infer`, so
 * inferring `Value` from the argument does not walk the rule's branches; a button step's rule is also wrapped in
 * `NoInfer`, which spares the inference of its index ~60 instantiations a call (measured with a registry of 500
 * templates; the header's and body's rules gain nothing from it).
 */
type Ruled<Rule, Value> = Rule extends infer Refusal extends string ? Refusal : Value;

/**
 * The parameters of `.body(…)` under its rule: the values, or the rule first when they do not fit. A call without
 * values has no argument to refuse: it takes as many values as the body has placeholders, so the error is
 * TypeScript's count on the step's name ("Expected 3 arguments, but got 0"); a `this` typed as the rule read as the
 * rule but lands on the chain's first line (docs/decisions.md, "Zero-argument calls"). A second body is not this step:
 * the registered stages take it from RegisteredRefusals / RegisteredCardRefusals (struck through, not callable).
 */
type BodyParameters<
  Rule,
  Texts extends readonly unknown[],
  Count extends number,
> = Rule extends infer Refusal extends string
  ? Texts extends readonly []
    ? BodyValues<Count>
    : [refused: Refusal, ...rest: readonly unknown[]]
  : Texts;

/** `Count` body values: the parameters a `.body()` without values is told it lacks. */
type BodyValues<Count extends number, Values extends readonly TemplateText[] = []> = number extends Count
  ? [value: TemplateText, ...values: TemplateText[]]
  : Values['length'] extends Count
    ? Values
    : BodyValues<Count, [...Values, TemplateText]>;

/** `.build()` waits for the template's due values first, then for SMS's fallback text. */
type PendingWith<Pending extends boolean, Due> = Due extends string ? Due : Pending;

/** The sentence of the first of `Dues` not given yet; `Done` when all are given. */
type FirstDue<Dues, Given, Done> = Dues extends readonly [readonly [infer Key, infer Sentence], ...infer Rest]
  ? [Key] extends [Given]
    ? FirstDue<Rest, Given, Done>
    : Sentence
  : Done;

/**
 * What `.build()` of a registered template waits for, as the rule's sentence: a value the template needs, then its
 * carousel's cards; then `Pending` (SMS's fallback text: `true` while due, `false` when nothing is).
 */
type RegisteredDue<
  Pending extends boolean,
  T extends TemplateRules,
  Given,
  Cards extends number,
> = PendingWith<Pending, FirstDue<T['due'], Given, CardsDue<T, T['label'], Cards>>>;

/** The rule `.build()` breaks while something is due (a template value, or SMS's fallback text). */
type DueRule<Due> = Due extends string ? Due : BuildAllowed<true>;

/**
 * The stage of a registered template after a step: {@link RegisteredTemplateStep} once every value it needs, every
 * card and SMS's fallback text are given, otherwise {@link RegisteredTemplateDue}. One comparison of sets (the keys
 * due against those given), not a walk of the template's facts: which value is missing is worked out only where it is
 * shown, on `.build()`. The component steps of {@link RegisteredTemplateDue} write the same conditional out in their
 * return types (the keys due first), and the generated file writes each template's first stage out: through this
 * alias, each step also substituted the alias's five type arguments (~3.5 instantiations a step).
 *
 * @example
 * ```ts
 * import type { RegisteredStage, RegisteredTemplateDue, TemplateRules } from '8x8-chatapps';
 *
 * type Stage<T extends TemplateRules> = RegisteredStage<'WhatsApp', true, T, never, 0>;
 * const due: Stage<TemplateRules> extends RegisteredTemplateDue<'WhatsApp', true, TemplateRules, never, 0> ? true : false = true;
 * ```
 * @internal
 */
export type RegisteredStage<
  F extends Routing,
  Pending extends boolean,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number,
> = Pending extends true
  ? RegisteredTemplateDue<F, Pending, T, Given, Cards>
  : // Not distributive (the checked type is not a bare type parameter), so no one-element tuples are needed: wrapping
    // both sides in them cost 4 instantiations a step.
    T['dueKeys'] extends Given
    ? Cards extends T['cardCount']
      ? RegisteredTemplateStep<F, T, Given, Cards>
      : RegisteredTemplateDue<F, Pending, T, Given, Cards>
    : RegisteredTemplateDue<F, Pending, T, Given, Cards>;

/** The rule of `.header(…)`: once, and only the kind of value the template's header takes. */
type HeaderRule<T extends TemplateRules, V, Given> = 'header' extends Given
  ? TemplateHeaderSet
  : V extends HeaderValueOf[T['header']]
    ? unknown
    : T['headerRule'];

/** The rule of a button step: each index once, a button the template has, of its sub-type, taking a value. */
type ButtonRule<T extends TemplateRules, I extends number, S extends TemplateButtonSubType, Given> = [
  I,
] extends [Given]
  ? IndexUsed
  : I extends keyof T['buttons']
    ? S extends T['buttons'][I]
      ? unknown
      : T['buttonRules'][I]
    : `${T['noButton']}${I}`;

/** The component steps of a registered template's stage: each is live or refused ({@link RegisteredClosed}). */
type RegisteredComponent =
  | 'header'
  | 'body'
  | 'footer'
  | 'button'
  | 'quickReply'
  | 'url'
  | 'copyCode'
  | 'flow'
  | 'voiceCall'
  | 'card';

/**
 * The component steps of a registered stage, each naming itself: {@link OpenComponents} reads the live ones from it.
 */
interface RegisteredComponents {
  readonly header: 'header';
  readonly body: 'body';
  readonly footer: 'footer';
  readonly button: 'button';
  readonly quickReply: 'quickReply';
  readonly url: 'url';
  readonly copyCode: 'copyCode';
  readonly flow: 'flow';
  readonly voiceCall: 'voiceCall';
  readonly card: 'card';
}

/**
 * The component steps a stage still takes: those not named in `Given`. A lookup, not a conditional type per step (nine
 * conditional types at every stage cost a registered chain ~160 instantiations): each step named in `Given` reads
 * `never` from the record laid over the table.
 */
type OpenComponents<Given> = (RegisteredComponents &
  Record<Given & RegisteredComponent, never>)[RegisteredComponent];

/**
 * What is given after a button step that gives index `I` of sub-type `S`: the index, and the step's name once the
 * template has no index of that sub-type left, and `'button'` once no button that takes a value is left, so that the
 * stage refuses them ({@link RegisteredRefusals}).
 */
type ButtonGiven<T extends TemplateRules, Given, I, S extends TemplateButtonSubType> =
  | Given
  | I
  | (T['indexes'][S] extends Given | I ? (typeof BUTTON_STEPS)[S] : never)
  | (T['indexes'][TemplateButtonSubType] extends Given | I ? 'button' : never);

/**
 * What is given after a card: `'card'` too once every registered card is (a carousel whose cards the registry did not
 * read takes any number).
 */
type CardGiven<T extends TemplateRules, Given, Cards extends number> = number extends T['cardCount']
  ? Given
  : NextCard<Cards> extends T['cardCount']
    ? Given | 'card'
    : Given;

/**
 * The component steps a registered template refuses before any is taken, named as its first stage's `Given` (the
 * generated file writes them out; see src/templates/render.ts): a header that takes no value, a button sub-type the
 * template has none of, `.button(…)` where no button takes a value, `.card(…)` without a carousel. A header, body or
 * footer given, a sub-type whose last index is given ({@link ButtonGiven}) and the last card ({@link CardGiven}) are
 * named as the chain takes them.
 *
 * @example
 * ```ts
 * import type { RegisteredClosed, TemplateRules } from '8x8-chatapps';
 *
 * type Closed = RegisteredClosed<TemplateRules>;
 * ```
 * @internal
 */
export type RegisteredClosed<T extends TemplateRules> =
  | (T['header'] extends 'none' ? 'header' : never)
  | (T['indexes']['QuickReply'] extends never ? 'quickReply' : never)
  | (T['indexes']['Url'] extends never ? 'url' : never)
  | (T['indexes']['CopyCode'] extends never ? 'copyCode' : never)
  | (T['indexes']['Flow'] extends never ? 'flow' : never)
  | (T['indexes']['VoiceCall'] extends never ? 'voiceCall' : never)
  | (T['indexes'][TemplateButtonSubType] extends never ? 'button' : never)
  | (T['cardCount'] extends 0 ? 'card' : never);

/**
 * The refused component steps of a registered template's stage ({@link RegisteredClosed} picks them), each marked
 * deprecated so that completion strikes it through, each typed as its rule: a header, body or footer given again, a
 * button step without an index left, `.card(…)` without a card left. A refused `.body` or `.footer` is not callable (the
 * error is on its name, with values or without); the others take their arguments and refuse the first, as the rule.
 *
 * @example
 * ```ts
 * import type { RegisteredRefusals, TemplateRules } from '8x8-chatapps';
 *
 * const rule: RegisteredRefusals<TemplateRules, 'body', 0>['body']['refused'] = '✗ the body is already set: a template has one body';
 * ```
 * @internal
 */
export interface RegisteredRefusals<T extends TemplateRules, Given, Cards extends number>
  extends TemplateBodyGiven,
    TemplateFooterGiven {
  /**
   * @deprecated Refused: the header is already set, or this template's header takes no value (the parameter's type
   * is the rule).
   */
  readonly header: RefusedCall<T['header'] extends 'none' ? T['headerRule'] : TemplateHeaderSet>;
  /**
   * @deprecated Refused: every button of this template that takes a value is given (the index's type is the rule).
   */
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    refused: Ruled<NoInfer<ButtonRule<T, I, S, Given>>, I>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): never;
  /** @deprecated Refused: this template has no QuickReply button left to give (the index's type is the rule). */
  quickReply<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'QuickReply', Given>>, I>,
    payload: string,
  ): never;
  /** @deprecated Refused: this template has no Url button left to give (the index's type is the rule). */
  url<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Url', Given>>, I>,
    text: string,
  ): never;
  /** @deprecated Refused: this template has no CopyCode button left to give (the index's type is the rule). */
  copyCode<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'CopyCode', Given>>, I>,
    code: string,
  ): never;
  /** @deprecated Refused: this template has no Flow button left to give (the index's type is the rule). */
  flow<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Flow', Given>>, I>,
    action?: TemplateButtonParameter['Flow'],
  ): never;
  /** @deprecated Refused: this template has no VoiceCall button left to give (the index's type is the rule). */
  voiceCall<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'VoiceCall', Given>>, I>,
    options?: TemplateButtonParameter['VoiceCall'],
  ): never;
  /**
   * @deprecated Refused: this template has no carousel, or every card of it is given (the parameter's type is the
   * rule).
   */
  card(refused: CardFill<T, Cards, T['label']>): never;
}

/**
 * A template the registry knows, with every value it needs given: its component steps, the delivery options and
 * `.build()`.
 *
 * @typeParam T - the template's rules, written by the generator (see {@link TemplateRules}).
 * @typeParam Given - the components given so far: `'header'`, `'body'` and button indexes.
 * @typeParam Cards - the carousel cards given so far.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * // With the registry pulled (see docs/templates.md), this chain is checked against order_shipped's rules.
 * Message.to('+15551234567')
 *   .whatsapp()
 *   .template('order_shipped', 'en_US')
 *   .header({ image: 'https://cdn.example.com/parcel.jpg' })
 *   .body('Sam', 'A-1234', 'Friday')
 *   .url(0, 'A-1234')
 *   .build();
 * ```
 */
export type RegisteredTemplateStep<
  F extends Routing,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number = 0,
> = RegisteredReadySteps<F, T, Given, Cards> &
  Pick<RegisteredReadyComponents<F, T, Given, Cards>, OpenComponents<Given>> &
  Pick<RegisteredRefusals<T, Given, Cards>, Given & RegisteredComponent>;

/**
 * The steps of {@link RegisteredTemplateStep} but its component steps: the delivery options, `.build()`.
 *
 * @example
 * ```ts
 * import type { RegisteredReadySteps, TemplateRules } from '8x8-chatapps';
 *
 * type Steps = RegisteredReadySteps<'WhatsApp', TemplateRules, 'body', 0>;
 * ```
 * @internal
 */
export interface RegisteredReadySteps<
  F extends Routing,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number = 0,
> extends ReadyStep<F, false, false> {
  /** See {@link RegisteredDueSteps.callPermissionRequest}. */
  callPermissionRequest(): RegisteredTemplateStep<F, T, Given, Cards>;
  /** See {@link RegisteredDueSteps.requestContactInfo}. */
  requestContactInfo(): RegisteredTemplateStep<F, T, Given, Cards>;
  // No template goes over RCS or is a Direct Send message: `.suggestions` and `.directSend` are struck through here and
  // after the delivery options (which lead to the routing's stage that marks them, shared by every template), instead
  // of extending that stage, whose instantiation for each template's stage cost ~6 instantiations a chain.
  /** See {@link ReadyStep.fallbackText}. */
  fallbackText(text: string): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.sms}. */
  sms(settings: SmsSettings): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.clientMessageId}. */
  clientMessageId(id: string): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.scheduled}. */
  scheduled(at: Date | string): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.expiry}. */
  expiry(at: Date | string): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.dlrCallbackUrl}. */
  dlrCallbackUrl(url: string): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** See {@link ReadyStep.replyTo}. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => ReadyNoSuggestionsNotDirect<F, false, false>
  >;
  /** See {@link ReadyStep.extra}. */
  extra(fields: ExtraFields): ReadyNoSuggestionsNotDirect<F, false, false>;
  /** @deprecated Refused: a template is not a Direct Send message; its type is the rule. */
  readonly directSend: Refused<NotDirect>;
  /** @deprecated Refused here: message suggestions go over RCS only, which carries no template; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => ReadyNoSuggestionsNotDirect<F, false, false>
  >;
}

/**
 * The component steps of {@link RegisteredTemplateStep} while each can be taken: where a step is refused, the stage
 * takes it from {@link RegisteredRefusals} instead. Nothing is due once complete, so each step but `.card(…)` stays at
 * this stage.
 *
 * @example
 * ```ts
 * import type { RegisteredReadyComponents, TemplateRules } from '8x8-chatapps';
 *
 * type Components = RegisteredReadyComponents<'WhatsApp', TemplateRules, 'body', 0>;
 * ```
 * @internal
 */
export interface RegisteredReadyComponents<
  F extends Routing,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number = 0,
> {
  // The component steps of RegisteredDueComponents, declared again rather than inherited from a common base: resolving
  // the base's instantiation at every step cost a registered chain ~20 instantiations (docs/decisions.md).
  /** See {@link RegisteredDueComponents.header}. */
  header(
    value: 'header' extends Given ? never : HeaderValueOf[T['header']],
  ): RegisteredTemplateStep<F, T, Given | 'header', Cards>;
  /** A value of another kind (or any, where the template takes none): refused, typed as the rule. */
  header<const V extends TemplateHeader>(refused: Ruled<HeaderRule<T, V, Given>, V>): never;
  /** See {@link RegisteredDueComponents.body}. */
  body(
    ...texts: 'body' extends Given ? [refused: BodyFits<T, [], T['label'], Given>] : T['bodyTexts']
  ): RegisteredTemplateStep<F, T, Given | 'body', Cards>;
  /**
   * Values given as `{ name, text }` (checked against the template's names), or a number of values the template does
   * not have: refused, typed as the rule.
   */
  body<const Texts extends readonly TemplateText[]>(
    ...texts: BodyParameters<BodyFits<T, Texts, T['label'], Given>, Texts, T['body']>
  ): RegisteredTemplateStep<F, T, Given | 'body', Cards>;
  /** See {@link RegisteredDueComponents.footer}. */
  footer(
    ...texts: 'footer' extends Given ? [refused: TemplateFooterSet] : readonly TemplateText[]
  ): RegisteredTemplateStep<F, T, Given | 'footer', Cards>;
  /** See {@link RegisteredDueComponents.button}. */
  button<S extends TemplateButtonSubType, I extends T['indexes'][S]>(
    index: I & Given extends never ? I : never,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, S>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: Ruled<NoInfer<ButtonRule<T, I, S, Given>>, I>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): never;
  /** See {@link RegisteredDueComponents.quickReply}. */
  quickReply<I extends T['indexes']['QuickReply']>(
    index: I & Given extends never ? I : never,
    payload: string,
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'QuickReply'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  quickReply<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'QuickReply', Given>>, I>,
    payload: string,
  ): never;
  /** See {@link RegisteredDueComponents.url}. */
  url(
    index: T['onlyIndex']['Url'] & Given extends never ? T['onlyIndex']['Url'] : never,
    text: string,
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['Url'], 'Url'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  url<I extends T['indexes']['Url']>(
    index: I & Given extends never ? I : never,
    text: string,
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'Url'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  url<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Url', Given>>, I>,
    text: string,
  ): never;
  /** See {@link RegisteredDueComponents.copyCode}. */
  copyCode(
    index: T['onlyIndex']['CopyCode'] & Given extends never ? T['onlyIndex']['CopyCode'] : never,
    code: string,
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['CopyCode'], 'CopyCode'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  copyCode<I extends T['indexes']['CopyCode']>(
    index: I & Given extends never ? I : never,
    code: string,
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'CopyCode'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  copyCode<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'CopyCode', Given>>, I>,
    code: string,
  ): never;
  /** See {@link RegisteredDueComponents.flow}. */
  flow(
    index: T['onlyIndex']['Flow'] & Given extends never ? T['onlyIndex']['Flow'] : never,
    action?: TemplateButtonParameter['Flow'],
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['Flow'], 'Flow'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  flow<I extends T['indexes']['Flow']>(
    index: I & Given extends never ? I : never,
    action?: TemplateButtonParameter['Flow'],
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'Flow'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  flow<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Flow', Given>>, I>,
    action?: TemplateButtonParameter['Flow'],
  ): never;
  /** See {@link RegisteredDueComponents.voiceCall}. */
  voiceCall(
    index: T['onlyIndex']['VoiceCall'] & Given extends never ? T['onlyIndex']['VoiceCall'] : never,
    options?: TemplateButtonParameter['VoiceCall'],
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['VoiceCall'], 'VoiceCall'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  voiceCall<I extends T['indexes']['VoiceCall']>(
    index: I & Given extends never ? I : never,
    options?: TemplateButtonParameter['VoiceCall'],
  ): RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'VoiceCall'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  voiceCall<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'VoiceCall', Given>>, I>,
    options?: TemplateButtonParameter['VoiceCall'],
  ): never;
  /** See {@link RegisteredDueComponents.card}. */
  card(
    fill: CardFill<T, Cards, T['label']>,
  ): RegisteredStage<F, false, T, CardGiven<T, Given, Cards>, NextCard<Cards>>;
}

/** The rule of `.directSend()` on a template (ReadyStep's, for content Direct Send cannot carry). */
type NotDirect =
  '✗ Direct Send carries text, a single-button CTA URL or 1–3 reply buttons (with a text header) only';

/** The stage after a delivery option while something is due. */
type DueStage<F extends Routing, Due> = Due extends string
  ? TemplateValuesDue<F, Due>
  : Due extends true
    ? DueNoSuggestionsNotDirect<F, false>
    : ReadyNoSuggestionsNotDirect<F, false, false>;

/**
 * A template the registry knows while a value it needs (a header, the body, a button's value, a card) or SMS's
 * fallback text is still due: `.build()` and `.toJSON()` are refused, typed as the rule that says what is missing, and
 * marked deprecated so editor completion strikes them through. The delivery options keep what is due. Its component
 * steps each take only what the template declares (the header's kind, the body's number of values, each button's
 * sub-type) and lead to the stage that says whether anything is still due.
 *
 * @typeParam T - the template's rules, written by the generator (see {@link TemplateRules}).
 * @typeParam Given - the components given so far: `'header'`, `'body'` and button indexes.
 * @typeParam Cards - the carousel cards given so far.
 *
 * @example
 * ```ts
 * import { Message } from '8x8-chatapps';
 *
 * // With the registry pulled (see docs/templates.md): the header, the body and button 0's value are still due.
 * const due = Message.to('+15551234567').whatsapp().template('order_shipped', 'en_US');
 * ```
 */
export type RegisteredTemplateDue<
  F extends Routing,
  Pending extends boolean,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number,
> = RegisteredDueSteps<F, Pending, T, Given, Cards> &
  Pick<RegisteredDueComponents<F, Pending, T, Given, Cards>, OpenComponents<Given>> &
  Pick<RegisteredRefusals<T, Given, Cards>, Given & RegisteredComponent>;

/**
 * The steps of {@link RegisteredTemplateDue} but its component steps: the delivery options, `.build()` (refused).
 *
 * @example
 * ```ts
 * import type { RegisteredDueSteps, TemplateRules } from '8x8-chatapps';
 *
 * type Steps = RegisteredDueSteps<'WhatsApp', false, TemplateRules, never, 0>;
 * ```
 * @internal
 */
export interface RegisteredDueSteps<
  F extends Routing,
  Pending extends boolean,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number,
> extends StepsBeforeContent {
  /**
   * Adds the template's call permission request component.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('may_we_call', 'en').callPermissionRequest();
   * ```
   */
  callPermissionRequest(): RegisteredTemplateDue<F, Pending, T, Given, Cards>;
  /**
   * Adds the template's request-contact-info component.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('share_contact', 'en').requestContactInfo();
   * ```
   */
  requestContactInfo(): RegisteredTemplateDue<F, Pending, T, Given, Cards>;
  /** See {@link ReadyStep.fallbackText}. */
  fallbackText(text: string): DueStage<F, RegisteredDue<false, T, Given, Cards>>;
  /** See {@link ReadyStep.sms}. */
  sms(settings: SmsSettings): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.clientMessageId}. */
  clientMessageId(id: string): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.scheduled}. */
  scheduled(at: Date | string): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.expiry}. */
  expiry(at: Date | string): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.dlrCallbackUrl}. */
  dlrCallbackUrl(url: string): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.replyTo}. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => DueStage<F, RegisteredDue<Pending, T, Given, Cards>>
  >;
  /** @deprecated Refused: a template is not a Direct Send message; its type is the rule. */
  readonly directSend: Refused<NotDirect>;
  /** @deprecated Refused here: message suggestions go over RCS only, which carries no template; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => DueStage<F, RegisteredDue<Pending, T, Given, Cards>>
  >;
  /** See {@link ReadyStep.extra}. */
  extra(fields: ExtraFields): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.$if}. */
  $if(
    condition: boolean,
    step: (builder: this) => DueStage<F, RegisteredDue<Pending, T, Given, Cards>>,
  ): DueStage<F, RegisteredDue<Pending, T, Given, Cards>>;
  /** See {@link ReadyStep.$call}. */
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused while a value the template needs (or SMS's fallback text) is due: the rule says which. */
  readonly build: Refused<DueRule<RegisteredDue<Pending, T, Given, Cards>>>;
  /** @deprecated Refused while a value the template needs (or SMS's fallback text) is due: the rule says which. */
  readonly toJSON: Refused<DueRule<RegisteredDue<Pending, T, Given, Cards>>>;
}

/**
 * The component steps of {@link RegisteredTemplateDue} while each can be taken: each takes only what the template
 * declares and leads to the stage that says whether anything is still due; where a step is refused, the stage takes it
 * from {@link RegisteredRefusals} instead.
 *
 * @example
 * ```ts
 * import type { RegisteredDueComponents, TemplateRules } from '8x8-chatapps';
 *
 * type Components = RegisteredDueComponents<'WhatsApp', false, TemplateRules, never, 0>;
 * ```
 * @internal
 */
export interface RegisteredDueComponents<
  F extends Routing,
  Pending extends boolean,
  T extends TemplateRules,
  Given extends string | number,
  Cards extends number,
> {
  // Each component step's return type is RegisteredStage<F, Pending, T, Given | key, Cards> written out (see there).
  /**
   * The header's value, of the kind the template's header declares: a string for a text header with a
   * placeholder, `{ image | gif | video | document: url }` or `{ location }` for the others.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').header({ document: 'https://example.com/invoice.pdf' });
   * ```
   */
  header(
    value: 'header' extends Given ? never : HeaderValueOf[T['header']],
  ): T['dueKeys'] extends Given | 'header'
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, Given | 'header', Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, Given | 'header', Cards>
        : RegisteredTemplateDue<F, Pending, T, Given | 'header', Cards>
    : RegisteredTemplateDue<F, Pending, T, Given | 'header', Cards>;
  /** A value of another kind (or any, where the template takes none): refused, typed as the rule. */
  header<const V extends TemplateHeader>(refused: Ruled<HeaderRule<T, V, Given>, V>): never;
  /**
   * The body's placeholder values: exactly as many as the template's body has placeholders, in order; for a template
   * with named placeholders also as `{ name, text }`, each of its names once.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+6583334444').whatsapp().template('delivery_window', 'en_GB').body('A-1234', '10:00–12:00');
   * Message.to('+15551234567')
   *   .whatsapp()
   *   .template('call_us', 'en_US')
   *   .body({ name: 'customer_name', text: 'Sam' }, { name: 'order_id', text: 'A-1234' });
   * ```
   */
  body(
    ...texts: 'body' extends Given ? [refused: BodyFits<T, [], T['label'], Given>] : T['bodyTexts']
  ): T['dueKeys'] extends Given | 'body'
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, Given | 'body', Cards>
        : RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>
    : RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>;
  /**
   * Values given as `{ name, text }` (checked against the template's names), or a number of values the template does
   * not have: refused, typed as the rule.
   */
  body<const Texts extends readonly TemplateText[]>(
    ...texts: BodyParameters<BodyFits<T, Texts, T['label'], Given>, Texts, T['body']>
  ): T['dueKeys'] extends Given | 'body'
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, Given | 'body', Cards>
        : RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>
    : RegisteredTemplateDue<F, Pending, T, Given | 'body', Cards>;
  /**
   * The template's footer component: its values, if any, as the body takes them; without values, the bare component.
   * The registry does not read a footer (WhatsApp footers have no placeholders), so its values are not checked; it
   * is given once.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('order_update', 'en_US').footer();
   * ```
   */
  footer(
    ...texts: 'footer' extends Given ? [refused: TemplateFooterSet] : readonly TemplateText[]
  ): RegisteredTemplateDue<F, Pending, T, Given | 'footer', Cards>;
  /**
   * A button's value by index and sub-type, as the template declares that button.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('call_us', 'en').button(0, 'VoiceCall', { ttlMinutes: 60 });
   * ```
   */
  // An index already given is `never` here, so the call meets its rule in the refusal below (a constraint of
  // Exclude<T['indexes'][S], Given> said the same for ~8 more instantiations a step).
  button<S extends TemplateButtonSubType, I extends T['indexes'][S]>(
    index: I & Given extends never ? I : never,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, S>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, S>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, S>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, S>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  button<I extends TemplateButtonIndex, S extends TemplateButtonSubType>(
    index: Ruled<NoInfer<ButtonRule<T, I, S, Given>>, I>,
    subType: S,
    parameter: TemplateButtonParameter[S],
  ): never;
  /**
   * A QuickReply button's payload.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('promo', 'en').quickReply(0, 'show-collection');
   * ```
   */
  quickReply<I extends T['indexes']['QuickReply']>(
    index: I & Given extends never ? I : never,
    payload: string,
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'QuickReply'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'QuickReply'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'QuickReply'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'QuickReply'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  quickReply<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'QuickReply', Given>>, I>,
    payload: string,
  ): never;
  /**
   * A dynamic Url button's URL suffix (or a one-time password button's code).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').url(0, 'winter-sale');
   * ```
   */
  url(
    index: T['onlyIndex']['Url'] & Given extends never ? T['onlyIndex']['Url'] : never,
    text: string,
  ): T['dueKeys'] extends Given | T['onlyIndex']['Url']
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Url'], 'Url'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['Url'], 'Url'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Url'], 'Url'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Url'], 'Url'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  url<I extends T['indexes']['Url']>(
    index: I & Given extends never ? I : never,
    text: string,
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Url'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'Url'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Url'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Url'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  url<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Url', Given>>, I>,
    text: string,
  ): never;
  /**
   * A CopyCode button's coupon code.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('coupon_offer', 'en_US').copyCode(1, 'WINTER25');
   * ```
   */
  copyCode(
    index: T['onlyIndex']['CopyCode'] & Given extends never ? T['onlyIndex']['CopyCode'] : never,
    code: string,
  ): T['dueKeys'] extends Given | T['onlyIndex']['CopyCode']
    ? Pending extends true
      ? RegisteredTemplateDue<
          F,
          Pending,
          T,
          ButtonGiven<T, Given, T['onlyIndex']['CopyCode'], 'CopyCode'>,
          Cards
        >
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['CopyCode'], 'CopyCode'>, Cards>
        : RegisteredTemplateDue<
            F,
            Pending,
            T,
            ButtonGiven<T, Given, T['onlyIndex']['CopyCode'], 'CopyCode'>,
            Cards
          >
    : RegisteredTemplateDue<
        F,
        Pending,
        T,
        ButtonGiven<T, Given, T['onlyIndex']['CopyCode'], 'CopyCode'>,
        Cards
      >;
  /** The same where the template has several such buttons: generic in the index. */
  copyCode<I extends T['indexes']['CopyCode']>(
    index: I & Given extends never ? I : never,
    code: string,
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'CopyCode'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'CopyCode'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'CopyCode'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'CopyCode'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  copyCode<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'CopyCode', Given>>, I>,
    code: string,
  ): never;
  /**
   * A Flow button's action data: the screen to open and its data.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('sign_up', 'en').flow(0, { screen: 'WELCOME' });
   * ```
   */
  flow(
    index: T['onlyIndex']['Flow'] & Given extends never ? T['onlyIndex']['Flow'] : never,
    action?: TemplateButtonParameter['Flow'],
  ): T['dueKeys'] extends Given | T['onlyIndex']['Flow']
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Flow'], 'Flow'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['Flow'], 'Flow'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Flow'], 'Flow'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, T['onlyIndex']['Flow'], 'Flow'>, Cards>;
  /** The same where the template has several such buttons: generic in the index. */
  flow<I extends T['indexes']['Flow']>(
    index: I & Given extends never ? I : never,
    action?: TemplateButtonParameter['Flow'],
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Flow'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'Flow'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Flow'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'Flow'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  flow<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'Flow', Given>>, I>,
    action?: TemplateButtonParameter['Flow'],
  ): never;
  /**
   * A VoiceCall button, optionally with how long the call link stays valid.
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('call_us', 'en').voiceCall(0, { ttlMinutes: 60 });
   * ```
   */
  voiceCall(
    index: T['onlyIndex']['VoiceCall'] & Given extends never ? T['onlyIndex']['VoiceCall'] : never,
    options?: TemplateButtonParameter['VoiceCall'],
  ): T['dueKeys'] extends Given | T['onlyIndex']['VoiceCall']
    ? Pending extends true
      ? RegisteredTemplateDue<
          F,
          Pending,
          T,
          ButtonGiven<T, Given, T['onlyIndex']['VoiceCall'], 'VoiceCall'>,
          Cards
        >
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, T['onlyIndex']['VoiceCall'], 'VoiceCall'>, Cards>
        : RegisteredTemplateDue<
            F,
            Pending,
            T,
            ButtonGiven<T, Given, T['onlyIndex']['VoiceCall'], 'VoiceCall'>,
            Cards
          >
    : RegisteredTemplateDue<
        F,
        Pending,
        T,
        ButtonGiven<T, Given, T['onlyIndex']['VoiceCall'], 'VoiceCall'>,
        Cards
      >;
  /** The same where the template has several such buttons: generic in the index. */
  voiceCall<I extends T['indexes']['VoiceCall']>(
    index: I & Given extends never ? I : never,
    options?: TemplateButtonParameter['VoiceCall'],
  ): T['dueKeys'] extends Given | I
    ? Pending extends true
      ? RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'VoiceCall'>, Cards>
      : Cards extends T['cardCount']
        ? RegisteredTemplateStep<F, T, ButtonGiven<T, Given, I, 'VoiceCall'>, Cards>
        : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'VoiceCall'>, Cards>
    : RegisteredTemplateDue<F, Pending, T, ButtonGiven<T, Given, I, 'VoiceCall'>, Cards>;
  /** An index the template has no such button at (or one already given): refused, typed as the rule. */
  voiceCall<I extends TemplateButtonIndex>(
    refused: Ruled<NoInfer<ButtonRule<T, I, 'VoiceCall', Given>>, I>,
    options?: TemplateButtonParameter['VoiceCall'],
  ): never;
  /**
   * Adds a card to the template's carousel (cards are numbered in order, at most 10).
   *
   * @example
   * ```ts
   * import { Message } from '8x8-chatapps';
   *
   * Message.to('+15551234567').whatsapp().template('product_showcase', 'en').card((card) => card.body('Hiking boots'));
   * ```
   */
  card(
    fill: CardFill<T, Cards, T['label']>,
  ): RegisteredStage<F, Pending, T, CardGiven<T, Given, Cards>, NextCard<Cards>>;
}

/**
 * A registered template's message after a delivery option while a value the template needs is still due:
 * `.build()` and `.toJSON()` are refused, typed as that rule, and struck through in completion; the delivery options
 * keep this stage.
 *
 * @example
 * ```ts
 * import type { TemplateValuesDue } from '8x8-chatapps';
 *
 * type Due = TemplateValuesDue<'WhatsApp', '✗ template order_shipped (en_US) needs its image header: add .header(…)'>;
 * ```
 */
export interface TemplateValuesDue<F extends Routing, Due extends string> extends StepsBeforeContent {
  /** See {@link ReadyStep.fallbackText}. */
  fallbackText(text: string): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.sms}. */
  sms(settings: SmsSettings): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.clientMessageId}. */
  clientMessageId(id: string): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.scheduled}. */
  scheduled(at: Date | string): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.expiry}. */
  expiry(at: Date | string): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.dlrCallbackUrl}. */
  dlrCallbackUrl(url: string): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.replyTo}. */
  readonly replyTo: StepOrRefusal<
    FeatureAllowed<F, 'context', 'replies (.replyTo)'>,
    (umid: string) => TemplateValuesDue<F, Due>
  >;
  /** @deprecated Refused: a template is not a Direct Send message; its type is the rule. */
  readonly directSend: Refused<NotDirect>;
  /** @deprecated Refused here: message suggestions go over RCS only, which carries no template; its type is the rule. */
  readonly suggestions: StepOrRefusal<
    FeatureAllowed<F, 'suggestions', 'message suggestions'>,
    <const Parts extends readonly SuggestionPart[]>(
      ...parts: SuggestionsWithin<Parts>
    ) => TemplateValuesDue<F, Due>
  >;
  /** See {@link ReadyStep.extra}. */
  extra(fields: ExtraFields): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.$if}. */
  $if(condition: boolean, step: (builder: this) => TemplateValuesDue<F, Due>): TemplateValuesDue<F, Due>;
  /** See {@link ReadyStep.$call}. */
  $call<Result>(step: (builder: this) => Result): Result;
  /** @deprecated Refused while a value the template needs is due: the rule says which. */
  readonly build: Refused<Due>;
  /** @deprecated Refused while a value the template needs is due: the rule says which. */
  readonly toJSON: Refused<Due>;
}

/**
 * The `.template(name, language)` of each routing the registry applies to, written by the generated file: the first
 * stage looked up by name and language, then the refusal, whose name and language are typed as the rules (so that an
 * unregistered name or language is refused on its argument). Empty without a registry.
 *
 * @example
 * ```ts
 * import type { TemplateCalls } from '8x8-chatapps';
 *
 * // Without a registry it has no routings: `.template(…)` takes any strings.
 * const routings: keyof TemplateCalls extends never ? true : false = true;
 * ```
 * @internal
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation in the generated file.
export interface TemplateCalls {}

/** The routings {@link TemplateCalls} holds a `.template(…)` for. */
interface TemplateCallsByRouting {
  readonly W: unknown;
  readonly S: unknown;
  readonly A: unknown;
}

/** Which of {@link TemplateCalls} a chain takes. */
type CallKey<F extends Routing, Pending extends boolean> = Pending extends true
  ? 'S'
  : F extends 'auto'
    ? 'A'
    : 'W';

/**
 * `.template(name, language)`: the registry's when it applies (WhatsApp first, or no channel step), otherwise generic in
 * the name and language.
 *
 * @example
 * ```ts
 * import type { TemplateCall } from '8x8-chatapps';
 *
 * type AfterWhatsApp = TemplateCall<'WhatsApp', false>;
 * ```
 * @internal
 */
export type TemplateCall<F extends Routing, Pending extends boolean> =
  ReadsRegistry<F> extends true
    ? F extends 'channelUser'
      ? ChannelUserTemplateCall
      : TemplateCalls extends TemplateCallsByRouting
        ? TemplateCalls[CallKey<F, Pending>]
        : PlainTemplateCall<F, Pending>
    : PlainTemplateCall<F, Pending>;

/**
 * A WhatsApp channel user's `.template(name, language)` with a registry: the generated file's lookup for WhatsApp
 * first, written here for the routing `'channelUser'`, so the stages after it read the recipient's rule
 * ("✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only"); the file's stages are
 * typed for `'WhatsApp'`, whose rule says to start the chain with .rcs(), a step this chain does not have. Read from
 * the registry's rules (`TemplateRegistry`), so every pulled file, older ones included, serves it unchanged; its
 * first stage is {@link RegisteredStage} worked out per call (the file writes its own routings' out).
 */
interface ChannelUserTemplateCall {
  <const N extends keyof TemplateRegistry, const L extends keyof TemplateRegistry[N]>(
    name: N,
    language: L,
  ): TemplateRegistry[N][L] extends infer T extends TemplateRules
    ? RegisteredStage<'channelUser', false, T, RegisteredClosed<T>, 0>
    : TemplateAt<'channelUser', false, never, 0>;
  <const N extends string, const L extends string>(
    name: TemplateNameRule<N>,
    language: TemplateLanguageRule<N, L>,
  ): TemplateAt<'channelUser', false, never, 0>;
}

type PlainTemplateCall<F extends Routing, Pending extends boolean> = <
  const N extends TemplateNameChoice<F>,
  const L extends TemplateLanguageChoice<F, N>,
>(
  this: TemplateAllowed<F, N, L>,
  name: N,
  language: L,
) => TemplateStepFor<F, Pending, N, L>;

/**
 * The name a refused `.template(…)` call gives: the rule's sentence when the registry does not hold it. A name typed as
 * plain `string` is not checked (names chosen at run time; `build({ templates })` checks them).
 *
 * @example
 * ```ts
 * import type { TemplateNameRule } from '8x8-chatapps';
 *
 * const unchecked: TemplateNameRule<string> = 'any_template';
 * ```
 * @internal
 */
export type TemplateNameRule<N extends string> = N extends keyof TemplateRegistry
  ? N
  : string extends N
    ? N
    : `✗ template ${N} is not in the template registry: pull the templates again if it is new`;

/**
 * The language a refused `.template(…)` call gives: the rule's sentence when the registry does not hold it for the name.
 *
 * @example
 * ```ts
 * import type { TemplateLanguageRule } from '8x8-chatapps';
 *
 * const unchecked: TemplateLanguageRule<string, string> = 'en_US';
 * ```
 * @internal
 */
export type TemplateLanguageRule<N extends string, L extends string> = N extends keyof TemplateRegistry
  ? L extends keyof TemplateRegistry[N]
    ? L
    : string extends L
      ? L
      : `✗ template ${N} has no language ${L} in the template registry`
  : L;
