// WhatsApp interactive messages (`content.interactive`) as immutable builders: one factory per interactive type,
// one public interface per stage, and a single private, frozen implementation over private state. Counts (reply buttons,
// sections, rows, products) are tracked in the type from `typeof LIMITS`; lengths and uniqueness are checked by the
// wire schemas when the message builds.

import { INTERACTIVE_LIMITS, type Limits } from '../limits.js';
import type { CountUpTo, Increment, IsBelow, IsFull } from '../types/counts.js';
import type { ExceedsLength } from '../types/length.js';
import { InteractiveSchema } from '../wire/interactive.js';
import type { MessageRequest } from '../wire/request.js';
import { registerContentSchema } from '../wire/structured-content.js';
import type { InteractiveHeader } from '../wire/types.js';
import { copyWire, ownAs, partSchemaAt, partTakesUnread, sharesWire } from './interactive-copy.js';
import type { InteractivePart } from './parts.js';
import { guardedFactories, guardSteps } from './step-guard.js';

const I = INTERACTIVE_LIMITS;

// The parts bring the schema the message's build() checks them with (an app without them does not bundle it).
registerContentSchema('interactive', InteractiveSchema);

/** Where the steps' values go in the interactive schema: each step reads what it receives with it (ownAs). */
const AT = {
  headerText: partSchemaAt(InteractiveSchema, 'header', 'text'),
  image: partSchemaAt(InteractiveSchema, 'header', 'image'),
  video: partSchemaAt(InteractiveSchema, 'header', 'video'),
  document: partSchemaAt(InteractiveSchema, 'header', 'document'),
  filename: partSchemaAt(InteractiveSchema, 'header', 'document', 'filename'),
  body: partSchemaAt(InteractiveSchema, 'body', 'text'),
  footer: partSchemaAt(InteractiveSchema, 'footer', 'text'),
  listButton: partSchemaAt(InteractiveSchema, 'action', 'button'),
  buttonId: partSchemaAt(InteractiveSchema, 'action', 'buttons', 0, 'reply', 'id'),
  buttonTitle: partSchemaAt(InteractiveSchema, 'action', 'buttons', 0, 'reply', 'title'),
  catalogId: partSchemaAt(InteractiveSchema, 'action', 'catalog_id'),
  productRetailerId: partSchemaAt(InteractiveSchema, 'action', 'product_retailer_id'),
  sectionTitle: partSchemaAt(InteractiveSchema, 'action', 'sections', 0, 'title'),
  rowId: partSchemaAt(InteractiveSchema, 'action', 'sections', 0, 'rows', 0, 'id'),
  rowTitle: partSchemaAt(InteractiveSchema, 'action', 'sections', 0, 'rows', 0, 'title'),
  rowDescription: partSchemaAt(InteractiveSchema, 'action', 'sections', 0, 'rows', 0, 'description'),
  sectionProduct: partSchemaAt(
    InteractiveSchema,
    'action',
    'sections',
    0,
    'product_items',
    0,
    'product_retailer_id',
  ),
  displayText: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'display_text'),
  url: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'url'),
  ttlMinutes: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'ttlMinutes'),
  payload: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'payload'),
  flowId: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'flowId'),
  flowCta: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'flowCta'),
  flowAction: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'flowAction'),
  screen: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'flowActionPayload', 'screen'),
  data: partSchemaAt(InteractiveSchema, 'action', 'parameters', 'flowActionPayload', 'data'),
} as const;

/** Why a part cannot be sent yet (its `kind` until it is complete) or why a step is refused (a parameter type). */
const REASONS = {
  noButton: `✗ a reply-buttons message needs at least ${I.replyButtonsMinCount} button: call .button(id, title)`,
  tooManyButtons: `✗ a reply-buttons message has at most ${I.replyButtonsMaxCount} buttons`,
  noRow: '✗ a list message needs at least one row: call .row(id, title)',
  emptySection:
    '✗ every section of a list needs at least one row: call .row(id, title) after .section(title)',
  tooManyRows: `✗ a list message has at most ${I.rowsMaxTotal} rows across all its sections`,
  sectionNotFilled: '✗ the current section has no rows yet: add a row before starting another section',
  noProduct: '✗ a product-list message needs at least one product: call .product(productRetailerId)',
  emptyProductSection:
    '✗ every section of a product list needs at least one product: call .product(id) after .section(title)',
  productSectionNotFilled:
    '✗ the current section has no products yet: add a product before starting another section',
  tooManyProducts: `✗ a product-list message has at most ${I.productItemsMaxTotal} products across all its sections`,
} as const;

type Reasons = typeof REASONS;

/**
 * The rules of texts written as literals: a parameter's type once its literal breaks one (type-only, so no bundle
 * carries them). Each check is written out where it is used, a conditional with these literal types as its
 * branches: through a generic helper (`Label<Text, Max, Name>`) a list of ten rows cost ~300 more instantiations.
 */
interface TextRules {
  bodyEmpty: '✗ a body text must not be empty';
  // Reply buttons are sent with their body text: `Interactive.buttons()` without one is refused.
  bodyMissing: '✗ reply buttons need a body: Interactive.buttons(body) takes the message text';
  buttonIdEmpty: '✗ a reply button id must not be empty';
  buttonTitleEmpty: '✗ a button title must not be empty';
  buttonTitleTooLong: `✗ a button title has at most ${Limits['interactive']['buttonTitleMaxLength']} characters`;
  headerEmpty: '✗ a header text must not be empty';
  headerTooLong: `✗ a header text has at most ${Limits['interactive']['headerTextMaxLength']} characters`;
  footerEmpty: '✗ a footer text must not be empty';
  footerTooLong: `✗ a footer text has at most ${Limits['interactive']['footerTextMaxLength']} characters`;
  listButtonEmpty: '✗ a list button label must not be empty';
  listButtonTooLong: `✗ a list button label has at most ${Limits['interactive']['listButtonMaxLength']} characters`;
  buttonLabelEmpty: '✗ a button label must not be empty';
  buttonLabelTooLong: `✗ a button label has at most ${Limits['interactive']['displayTextMaxLength']} characters`;
  sectionTitleEmpty: '✗ a section title must not be empty';
  sectionTitleTooLong: `✗ a section title has at most ${Limits['interactive']['sectionTitleMaxLength']} characters`;
  rowTitleEmpty: '✗ a row title must not be empty';
  rowTitleTooLong: `✗ a row title has at most ${Limits['interactive']['rowTitleMaxLength']} characters`;
  rowDescriptionTooLong: `✗ a row description has at most ${Limits['interactive']['rowDescriptionMaxLength']} characters`;
  urlEmpty: '✗ a URL must not be empty';
  flowIdEmpty: '✗ a flow id must not be empty';
  flowCtaEmpty: '✗ a flow button label must not be empty';
  flowCtaTooLong: `✗ a flow button label has at most ${Limits['interactive']['flowCtaMaxLength']} characters`;
  catalogIdEmpty: '✗ a catalog id must not be empty';
  productIdEmpty: '✗ a product retailer id must not be empty';
}

/**
 * Where a header's media comes from: a public http(s) link or the id of media uploaded to WhatsApp.
 *
 * @example
 * ```ts
 * import type { HeaderMediaSource } from '8x8-chatapps';
 *
 * const uploaded: HeaderMediaSource = { id: 'media-123', caption: 'Your ticket' };
 * ```
 */
export type HeaderMediaSource =
  | {
      readonly link: string;
      readonly id?: never;
      readonly caption?: string;
      /** @deprecated 8x8's reference marks `provider` deprecated (a path for a link that needs more configuration to fetch, such as a bearer token); still accepted, and sent as given. */
      readonly provider?: string;
    }
  | {
      readonly id: string;
      readonly link?: never;
      readonly caption?: string;
      /** @deprecated 8x8's reference marks `provider` deprecated (a path for a link that needs more configuration to fetch, such as a bearer token); still accepted, and sent as given. */
      readonly provider?: string;
    };

/**
 * An image, video or document header (a string is the media's link). A document may carry a `filename`, whose
 * extension decides how WhatsApp shows it.
 *
 * @example
 * ```ts
 * import type { MediaHeader } from '8x8-chatapps';
 *
 * const header: MediaHeader = { document: { link: 'https://example.com/invoice.pdf' }, filename: 'invoice.pdf' };
 * ```
 */
export type MediaHeader =
  | { readonly image: string | HeaderMediaSource; readonly filename?: never }
  | { readonly video: string | HeaderMediaSource; readonly filename?: never }
  | { readonly document: string | HeaderMediaSource; readonly filename?: string };

/**
 * What kind of header a message has, as far as Direct Send cares: none, text, or media.
 *
 * @example
 * ```ts
 * import type { HeaderKind } from '8x8-chatapps';
 *
 * const kind: HeaderKind = 'text';
 * ```
 * @internal
 */
export type HeaderKind = 'none' | 'text' | 'media';

/**
 * The counts a reply-buttons message can be at (0–3).
 *
 * @example
 * ```ts
 * import type { ReplyButtonCount } from '8x8-chatapps';
 *
 * const count: ReplyButtonCount = 3;
 * ```
 * @internal
 */
export type ReplyButtonCount = CountUpTo<Limits['interactive']['replyButtonsMaxCount']>;
/**
 * The counts of sections a list or product list can be at (0–10).
 *
 * @example
 * ```ts
 * import type { SectionCount } from '8x8-chatapps';
 *
 * const count: SectionCount = 10;
 * ```
 * @internal
 */
export type SectionCount = CountUpTo<Limits['interactive']['sectionsMaxCount']>;
/**
 * The counts of rows (across all sections) a list can be at (0–10).
 *
 * @example
 * ```ts
 * import type { RowCount } from '8x8-chatapps';
 *
 * const count: RowCount = 4;
 * ```
 * @internal
 */
export type RowCount = CountUpTo<Limits['interactive']['rowsMaxTotal']>;
/**
 * The counts of products (across all sections) a product list can be at (0–30).
 *
 * @example
 * ```ts
 * import type { ProductCount } from '8x8-chatapps';
 *
 * const count: ProductCount = 30;
 * ```
 * @internal
 */
export type ProductCount = CountUpTo<Limits['interactive']['productItemsMaxTotal']>;

/**
 * Reply buttons (`type: "button"`): a body and 1–3 buttons whose ids come back when tapped. Direct Send can carry
 * it unless its header is media.
 *
 * @typeParam Count - buttons so far (0–3; complete from 1).
 * @typeParam Header - the kind of header so far.
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const confirm = Interactive.buttons('Confirm your slot?').button('yes', 'Yes').button('no', 'No');
 * ```
 */
export interface ReplyButtonsMessage<
  Count extends ReplyButtonCount = ReplyButtonCount,
  Header extends HeaderKind = HeaderKind,
> {
  /** `'interactive'` once the message has a button; until then, what is missing. */
  readonly kind: IsBelow<Count, Limits['interactive']['replyButtonsMinCount']> extends true
    ? Reasons['noButton']
    : 'interactive';
  /** `true` unless the header is media: Direct Send carries 1–3 reply buttons with at most a text header. */
  readonly directSendable: Header extends 'media' ? false : true;
  /**
   * Adds a reply button. Its `id` (≤256 characters) comes back in the webhook; its `title` (≤20 characters) is
   * shown. Ids and titles are unique within the message.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.buttons('Rate us').button('good', 'Good').button('bad', 'Bad');
   * ```
   */
  button<Id extends string, Title extends string>(
    id: IsFull<Count, Limits['interactive']['replyButtonsMaxCount']> extends true
      ? Reasons['tooManyButtons']
      : Id extends ''
        ? TextRules['buttonIdEmpty']
        : Id,
    title: Title extends ''
      ? TextRules['buttonTitleEmpty']
      : ExceedsLength<Title, Limits['interactive']['buttonTitleMaxLength']> extends true
        ? TextRules['buttonTitleTooLong']
        : Title,
  ): ReplyButtonsAt<Increment<Count, Limits['interactive']['replyButtonsMaxCount']>, Header>;
  /**
   * Sets a text header (≤60 characters) or an image, video or document header (Direct Send then no longer carries
   * the message).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const withText = Interactive.buttons('Arrived safely?').header('Delivery feedback').button('yes', 'Yes');
   * const withImage = Interactive.buttons('Still on?').header({ image: 'https://example.com/a.jpg' }).button('y', 'Yes');
   * const withVideo = Interactive.buttons('Still on?').header({ video: { id: 'media-123' } }).button('y', 'Yes');
   * ```
   */
  header<Text extends string | MediaHeader>(
    header: HeaderArgument<Text>,
  ): ReplyButtonsMessage<Count, HeaderKindOf<Text>>;
  /**
   * Sets the footer (≤60 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.buttons('Still on?').footer('Wellness Dental').button('yes', 'Yes');
   * ```
   */
  footer<Text extends string>(text: FooterText<Text>): ReplyButtonsMessage<Count, Header>;
  /**
   * The `content.interactive` wire object (validated when the message builds).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const wire = Interactive.buttons('Still on?').button('yes', 'Yes').toWire();
   * ```
   */
  toWire(): Interactive;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.buttons('Still on?').button('yes', 'Yes'));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A product list after a product: {@link FullProductList} once it holds the most products a product list can, so
 * editor completion strikes `.product` and `.section` through; {@link ProductListSectionRefused} while its products
 * sit in an untitled section or it has the most sections it can (`.section` struck through); otherwise
 * {@link ProductListMessage}.
 *
 * @example
 * ```ts
 * import type { FullProductList, ProductListAt } from '8x8-chatapps';
 *
 * const full: ProductListAt<1, 30> extends FullProductList<1> ? true : false = true;
 * ```
 * @internal
 */
export type ProductListAt<Sections extends SectionCount, Products extends ProductCount> = [Products] extends [
  Limits['interactive']['productItemsMaxTotal'],
]
  ? FullProductList<Sections>
  : [Sections] extends [0 | Limits['interactive']['sectionsMaxCount']]
    ? ProductListSectionRefused<Sections, Products, false>
    : ProductListMessage<Sections, Products, false>;

/**
 * A product list whose next `.section` is refused while `.product` is still allowed: its current section has no
 * product yet, its products sit in an untitled section, or it has the most sections a product list can. `.section`
 * is marked deprecated so the completion list strikes it through; calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import { Interactive, type ProductListSectionRefused } from '8x8-chatapps';
 *
 * const open: ProductListSectionRefused<1, 0, true> = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).section('Shirts');
 * ```
 * @internal
 */
export interface ProductListSectionRefused<
  Sections extends SectionCount,
  Products extends ProductCount,
  Open extends boolean,
> extends ProductListMessage<Sections, Products, Open> {
  // No TSDoc on the steps below: editors and TypeDoc show ProductListMessage's.
  footer<Text extends string>(text: FooterText<Text>): ProductListSectionRefused<Sections, Products, Open>;
  /** @deprecated Refused: the product list cannot start a section here (the parameter's type is the rule). */
  section(
    refused: SectionRefusal<
      Sections,
      Products,
      Open,
      Limits['interactive']['productItemsMaxTotal'],
      Reasons['tooManyProducts'],
      Reasons['productSectionNotFilled']
    >,
    ...rest: readonly unknown[]
  ): never;
}

/**
 * A product list holding the most products it can: `.product` and `.section` are refused, and marked deprecated so
 * the completion list strikes them through; calling one reports the rule on its first argument.
 *
 * @example
 * ```ts
 * import type { FullProductList, ProductListMessage } from '8x8-chatapps';
 *
 * const full: FullProductList<1> extends ProductListMessage<1, 30, false> ? true : false = true;
 * ```
 * @internal
 */
export interface FullProductList<Sections extends SectionCount>
  extends ProductListMessage<Sections, Limits['interactive']['productItemsMaxTotal'], false> {
  // No TSDoc on the steps below: editors and TypeDoc show ProductListMessage's.
  footer<Text extends string>(text: FooterText<Text>): FullProductList<Sections>;
  /** @deprecated Refused: the product list already has the most products it can hold (the parameter's type is the rule). */
  product(refused: Reasons['tooManyProducts'], ...rest: readonly unknown[]): never;
  /** @deprecated Refused: the product list already has the most products it can hold, so a new section would stay empty. */
  section(
    refused: SectionRefusal<
      Sections,
      Limits['interactive']['productItemsMaxTotal'],
      false,
      Limits['interactive']['productItemsMaxTotal'],
      Reasons['tooManyProducts'],
      Reasons['productSectionNotFilled']
    >,
    ...rest: readonly unknown[]
  ): never;
}

/**
 * Reply buttons after a step: {@link FullReplyButtons} once the message holds the most buttons it can, so editor
 * completion strikes `.button` through; otherwise {@link ReplyButtonsMessage}. A count known only as a range (a
 * variable typed `ReplyButtonsMessage`, filled in a loop) stays a `ReplyButtonsMessage`.
 *
 * @example
 * ```ts
 * import type { FullReplyButtons, ReplyButtonsAt } from '8x8-chatapps';
 *
 * const full: ReplyButtonsAt<3, 'none'> extends FullReplyButtons<'none'> ? true : false = true;
 * ```
 * @internal
 */
export type ReplyButtonsAt<Count extends ReplyButtonCount, Header extends HeaderKind> = [Count] extends [
  Limits['interactive']['replyButtonsMaxCount'],
]
  ? FullReplyButtons<Header>
  : ReplyButtonsMessage<Count, Header>;

/**
 * Reply buttons holding the most buttons a message can have: `.button` is refused, and marked deprecated so the
 * completion list strikes it through; calling it reports the rule on its first argument.
 *
 * @example
 * ```ts
 * import { Interactive, type FullReplyButtons } from '8x8-chatapps';
 *
 * const full: FullReplyButtons<'none'> = Interactive.buttons('Rate us').button('1', 'Bad').button('2', 'OK').button('3', 'Good');
 * ```
 * @internal
 */
export interface FullReplyButtons<Header extends HeaderKind>
  extends ReplyButtonsMessage<Limits['interactive']['replyButtonsMaxCount'], Header> {
  // No TSDoc on the steps below: editors and TypeDoc show ReplyButtonsMessage's.
  header<Text extends string | MediaHeader>(
    header: HeaderArgument<Text>,
  ): FullReplyButtons<HeaderKindOf<Text>>;
  footer<Text extends string>(text: FooterText<Text>): FullReplyButtons<Header>;
  /** @deprecated Refused: the message already has the most buttons it can hold (the parameter's type is the rule). */
  button(refused: Reasons['tooManyButtons'], ...rest: readonly unknown[]): never;
}

/**
 * The title of a list or product-list section: a literal of at most 24 characters, or any `string` (checked when
 * the message builds); a longer literal is refused with the limit as the expected type.
 *
 * @example
 * ```ts
 * import type { SectionTitle } from '8x8-chatapps';
 *
 * const title: SectionTitle<'Hair'> = 'Hair';
 * ```
 * @internal
 */
export type SectionTitle<Title extends string> = Title extends ''
  ? TextRules['sectionTitleEmpty']
  : ExceedsLength<Title, Limits['interactive']['sectionTitleMaxLength']> extends true
    ? TextRules['sectionTitleTooLong']
    : Title;

/**
 * The argument of `.header(…)`: a text of 1–60 characters (a literal is checked while typing, any `string` when the
 * message builds; an empty or longer literal is refused with the rule as the expected type), or a media header.
 *
 * @example
 * ```ts
 * import type { HeaderArgument } from '8x8-chatapps';
 *
 * const header: HeaderArgument<'Your order'> = 'Your order';
 * ```
 * @internal
 */
export type HeaderArgument<Text extends string | MediaHeader> = Text extends string
  ? Text extends ''
    ? TextRules['headerEmpty']
    : ExceedsLength<Text, Limits['interactive']['headerTextMaxLength']> extends true
      ? TextRules['headerTooLong']
      : Text
  : MediaHeader;

/**
 * The text of a list's header (lists take no media header): 1–60 characters, an empty or longer literal refused.
 *
 * @example
 * ```ts
 * import type { HeaderText } from '8x8-chatapps';
 *
 * const header: HeaderText<'Book a service'> = 'Book a service';
 * ```
 * @internal
 */
export type HeaderText<Text extends string> = Text extends ''
  ? TextRules['headerEmpty']
  : ExceedsLength<Text, Limits['interactive']['headerTextMaxLength']> extends true
    ? TextRules['headerTooLong']
    : Text;

/**
 * The label of a CTA URL or voice call button: 1–20 characters, an empty or longer literal refused.
 *
 * @example
 * ```ts
 * import type { ButtonLabel } from '8x8-chatapps';
 *
 * const label: ButtonLabel<'Call now'> = 'Call now';
 * ```
 * @internal
 */
export type ButtonLabel<Text extends string> = Text extends ''
  ? TextRules['buttonLabelEmpty']
  : ExceedsLength<Text, Limits['interactive']['displayTextMaxLength']> extends true
    ? TextRules['buttonLabelTooLong']
    : Text;

/**
 * The kind of header a `.header(…)` argument sets: `'text'` for a string, `'media'` for an image, video or document.
 *
 * @example
 * ```ts
 * import type { HeaderKindOf } from '8x8-chatapps';
 *
 * const kind: HeaderKindOf<'Your order'> = 'text';
 * ```
 * @internal
 */
export type HeaderKindOf<Text extends string | MediaHeader> = Text extends string ? 'text' : 'media';

/**
 * The text of a footer: 1–60 characters (a literal is checked while typing, any `string` when the message builds);
 * an empty or longer literal is refused with the rule as the expected type.
 *
 * @example
 * ```ts
 * import type { FooterText } from '8x8-chatapps';
 *
 * const footer: FooterText<'Wellness Dental'> = 'Wellness Dental';
 * ```
 * @internal
 */
export type FooterText<Text extends string> = Text extends ''
  ? TextRules['footerEmpty']
  : ExceedsLength<Text, Limits['interactive']['footerTextMaxLength']> extends true
    ? TextRules['footerTooLong']
    : Text;

/**
 * The body of an interactive message: any `string` but an empty literal (its 1,024 characters are counted when the
 * message builds).
 *
 * @example
 * ```ts
 * import type { BodyText } from '8x8-chatapps';
 *
 * const body: BodyText<'Still on?'> = 'Still on?';
 * ```
 * @internal
 */
export type BodyText<Text extends string> = Text extends '' ? TextRules['bodyEmpty'] : Text;

/**
 * The parameters of `Interactive.buttons(…)`'s second overload, which only a call that fits no body reaches: without
 * arguments the rule, a rest that is not a tuple, so TypeScript checks the empty arguments against it and the error
 * reads "Argument of type '[]' is not assignable to parameter of type '"✗ reply buttons need a body: …" & readonly
 * never[]'", on the call (a missing required parameter reads "Expected 1 arguments, but got 0"; docs/decisions.md,
 * "Zero-argument calls"). One argument takes none here, so the body overload's own error is the one reported (an
 * empty body, a number); two or more read TypeScript's count ("Expected 1 arguments"); a spread array the rule.
 * `Args` itself (last) is what the arguments are inferred to.
 *
 * @example
 * ```ts
 * import type { ButtonsBody } from '8x8-chatapps';
 *
 * const tooMany: ButtonsBody<['Still on?', 'Yes']>[0] = 'Still on?';
 * ```
 * @internal
 */
export type ButtonsBody<Args extends readonly unknown[]> = Args extends readonly []
  ? TextRules['bodyMissing'] & readonly never[]
  : Args extends readonly [unknown]
    ? []
    : Args extends readonly [unknown, unknown, ...unknown[]]
      ? [body: string]
      : TextRules['bodyMissing'] & Args;

/**
 * What the title parameter of `.section(…)` accepts: a string while a new section is allowed, otherwise the reason
 * it is not (first match wins: too many sections, no room for another item, the current section is still empty, or
 * items were added before any section and so sit in an untitled one).
 *
 * @example
 * ```ts
 * import type { SectionRefusal } from '8x8-chatapps';
 *
 * const allowed: SectionRefusal<1, 2, false, 10, 'too many', 'not filled', 'Nails'> = 'Nails';
 * ```
 * @internal
 */
export type SectionRefusal<
  Sections extends number,
  Items extends number,
  Open extends boolean,
  MaxItems extends number,
  TooMany extends string,
  NotFilled extends string,
  Allowed extends string = string,
> =
  IsFull<Sections, Limits['interactive']['sectionsMaxCount']> extends true
    ? `✗ a list or product-list message has at most ${Limits['interactive']['sectionsMaxCount']} sections`
    : IsFull<Items, MaxItems> extends true
      ? TooMany
      : Open extends true
        ? NotFilled
        : Sections extends 0
          ? Items extends 0
            ? Allowed
            : '✗ once there is more than one section every section needs a title: start with .section(title) before the first row'
          : Allowed;

/**
 * The `kind` of a list or product list: `'interactive'` once it has items and its last section is not empty,
 * otherwise what is missing.
 *
 * @example
 * ```ts
 * import type { SectionedKind } from '8x8-chatapps';
 *
 * const complete: SectionedKind<2, false, 'no item', 'empty section'> = 'interactive';
 * ```
 * @internal
 */
export type SectionedKind<
  Items extends number,
  Open extends boolean,
  NoItem extends string,
  Empty extends string,
> = Items extends 0 ? NoItem : Open extends true ? Empty : 'interactive';

/**
 * A list message (`type: "list"`): a body, a menu button and 1–10 sections holding at most 10 rows in all. Rows
 * added before any `.section(title)` form one untitled section; with more than one section every section has a
 * title. Lists take a text header only.
 *
 * @typeParam Sections - sections started with `.section(title)` so far.
 * @typeParam Rows - rows so far, across all sections.
 * @typeParam Open - `true` while the last section has no row.
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const menu = Interactive.list('Which service?', { button: 'Services' })
 *   .section('Hair')
 *   .row('haircut', 'Haircut', '30 minutes')
 *   .section('Nails')
 *   .row('manicure', 'Manicure');
 * ```
 */
export interface ListMessage<
  Sections extends SectionCount = SectionCount,
  Rows extends RowCount = RowCount,
  Open extends boolean = boolean,
> {
  /** `'interactive'` once every section has a row; until then, what is missing. */
  readonly kind: SectionedKind<Rows, Open, Reasons['noRow'], Reasons['emptySection']>;
  /** Always `false`: Direct Send does not carry lists. */
  readonly directSendable: false;
  /**
   * Starts a titled section (title ≤24 characters); the rows that follow belong to it.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.list('Pick a slot', { button: 'Slots' }).section('Morning').row('9', '9:00');
   * ```
   */
  section<Title extends string>(
    title: SectionRefusal<
      Sections,
      Rows,
      Open,
      Limits['interactive']['rowsMaxTotal'],
      Reasons['tooManyRows'],
      Reasons['sectionNotFilled'],
      SectionTitle<Title>
    >,
  ): ListSectionRefused<Increment<Sections, Limits['interactive']['sectionsMaxCount']>, Rows, true>;
  /**
   * Adds a row to the current section: an id (≤200 characters, unique in the message) that comes back when
   * chosen, a title (≤24) and an optional description (≤72).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.list('Pick a size', { button: 'Sizes' }).row('s', 'Small').row('m', 'Medium', 'Most popular');
   * ```
   */
  // The id is not checked for an empty literal: it cost a list ~10 instantiations (docs/decisions.md).
  row<Title extends string, Description extends string = string>(
    id: IsFull<Rows, Limits['interactive']['rowsMaxTotal']> extends true ? Reasons['tooManyRows'] : string,
    title: Title extends ''
      ? TextRules['rowTitleEmpty']
      : ExceedsLength<Title, Limits['interactive']['rowTitleMaxLength']> extends true
        ? TextRules['rowTitleTooLong']
        : Title,
    description?: ExceedsLength<Description, Limits['interactive']['rowDescriptionMaxLength']> extends true
      ? TextRules['rowDescriptionTooLong']
      : Description,
  ): ListAt<Sections, Increment<Rows, Limits['interactive']['rowsMaxTotal']>>;
  /**
   * Sets the text header (≤60 characters); lists take no media header.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.list('Pick one', { button: 'Options' }).header('Book a service').row('a', 'A');
   * ```
   */
  header<Text extends string>(text: HeaderText<Text>): ListMessage<Sections, Rows, Open>;
  /**
   * Sets the footer (≤60 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.list('Pick one', { button: 'Options' }).footer('Prices include tax').row('a', 'A');
   * ```
   */
  footer<Text extends string>(text: FooterText<Text>): ListMessage<Sections, Rows, Open>;
  /**
   * The `content.interactive` wire object (validated when the message builds).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const wire = Interactive.list('Pick one', { button: 'Options' }).row('a', 'A').toWire();
   * ```
   */
  toWire(): Interactive;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.list('Pick one', { button: 'Options' }).row('a', 'A'));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A list after a row: {@link FullList} once it holds the most rows a list can, so editor completion strikes `.row`
 * and `.section` through; {@link ListSectionRefused} while its rows sit in an untitled section (`.section` struck
 * through); otherwise {@link ListMessage}.
 *
 * @example
 * ```ts
 * import type { FullList, ListAt } from '8x8-chatapps';
 *
 * const full: ListAt<0, 10> extends FullList<0> ? true : false = true;
 * ```
 * @internal
 */
export type ListAt<Sections extends SectionCount, Rows extends RowCount> = [Rows] extends [
  Limits['interactive']['rowsMaxTotal'],
]
  ? FullList<Sections>
  : // Rows before any section sit in an untitled one. (A list's tenth section filled means ten rows: a FullList.)
    [Sections] extends [0]
    ? ListSectionRefused<Sections, Rows, false>
    : ListMessage<Sections, Rows, false>;

/**
 * A list whose next `.section` is refused while `.row` is still allowed: its current section has no row yet, or its
 * rows sit in an untitled section. `.section` is marked deprecated so the completion list strikes it through;
 * calling it reports the rule on its argument.
 *
 * @example
 * ```ts
 * import { Interactive, type ListSectionRefused } from '8x8-chatapps';
 *
 * const open: ListSectionRefused<1, 0, true> = Interactive.list('Pick a slot', { button: 'Slots' }).section('Morning');
 * ```
 * @internal
 */
export interface ListSectionRefused<
  Sections extends SectionCount,
  Rows extends RowCount,
  Open extends boolean,
> extends ListMessage<Sections, Rows, Open> {
  // No TSDoc on the steps below: editors and TypeDoc show ListMessage's.
  header<Text extends string>(text: HeaderText<Text>): ListSectionRefused<Sections, Rows, Open>;
  footer<Text extends string>(text: FooterText<Text>): ListSectionRefused<Sections, Rows, Open>;
  /** @deprecated Refused: the list cannot start a section here (the parameter's type is the rule). */
  section(
    refused: SectionRefusal<
      Sections,
      Rows,
      Open,
      Limits['interactive']['rowsMaxTotal'],
      Reasons['tooManyRows'],
      Reasons['sectionNotFilled']
    >,
    ...rest: readonly unknown[]
  ): never;
}

/**
 * A list holding the most rows a list can: `.row` and `.section` are refused, and marked deprecated so the
 * completion list strikes them through; calling one reports the rule on its first argument.
 *
 * @example
 * ```ts
 * import { Interactive, type FullList } from '8x8-chatapps';
 *
 * const list = Interactive.list('Pick a slot', { button: 'Slots' }).row('0', '9:00').row('1', '10:00').row('2', '11:00');
 * const full: FullList<0> = list.row('3', '12:00').row('4', '13:00').row('5', '14:00').row('6', '15:00').row('7', '16:00').row('8', '17:00').row('9', '18:00');
 * ```
 * @internal
 */
export interface FullList<Sections extends SectionCount>
  extends ListMessage<Sections, Limits['interactive']['rowsMaxTotal'], false> {
  // No TSDoc on the steps below: editors and TypeDoc show ListMessage's.
  header<Text extends string>(text: HeaderText<Text>): FullList<Sections>;
  footer<Text extends string>(text: FooterText<Text>): FullList<Sections>;
  /** @deprecated Refused: the list already has the most rows it can hold (the parameter's type is the rule). */
  row(refused: Reasons['tooManyRows'], ...rest: readonly unknown[]): never;
  /** @deprecated Refused: the list already has the most rows it can hold, so a new section would stay empty. */
  section(
    refused: SectionRefusal<
      Sections,
      Limits['interactive']['rowsMaxTotal'],
      false,
      Limits['interactive']['rowsMaxTotal'],
      Reasons['tooManyRows'],
      Reasons['sectionNotFilled']
    >,
    ...rest: readonly unknown[]
  ): never;
}

/**
 * A multi-product message (`type: "product_list"`): a text header, a body, a catalog and 1–10 sections holding at
 * most 30 products in all. Products added before any `.section(title)` form one untitled section.
 *
 * @typeParam Sections - sections started with `.section(title)` so far.
 * @typeParam Products - products so far, across all sections.
 * @typeParam Open - `true` while the last section has no product.
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const picks = Interactive.productList('Our picks for you', { header: 'Summer sale', catalogId: 'catalog-1' })
 *   .section('Shirts')
 *   .product('sku-shirt-blue')
 *   .section('Shoes')
 *   .product('sku-shoe-red');
 * ```
 */
export interface ProductListMessage<
  Sections extends SectionCount = SectionCount,
  Products extends ProductCount = ProductCount,
  Open extends boolean = boolean,
> {
  /** `'interactive'` once every section has a product; until then, what is missing. */
  readonly kind: SectionedKind<Products, Open, Reasons['noProduct'], Reasons['emptyProductSection']>;
  /** Always `false`: Direct Send does not carry product lists. */
  readonly directSendable: false;
  /**
   * Starts a titled section (title ≤24 characters); the products that follow belong to it.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).section('Shirts').product('sku-1');
   * ```
   */
  section<Title extends string>(
    title: SectionRefusal<
      Sections,
      Products,
      Open,
      Limits['interactive']['productItemsMaxTotal'],
      Reasons['tooManyProducts'],
      Reasons['productSectionNotFilled'],
      SectionTitle<Title>
    >,
  ): ProductListSectionRefused<
    Increment<Sections, Limits['interactive']['sectionsMaxCount']>,
    Products,
    true
  >;
  /**
   * Adds a product of the catalog, by its retailer id, to the current section.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).product('sku-1').product('sku-2');
   * ```
   */
  product<Id extends string>(
    productRetailerId: IsFull<Products, Limits['interactive']['productItemsMaxTotal']> extends true
      ? Reasons['tooManyProducts']
      : Id extends ''
        ? TextRules['productIdEmpty']
        : Id,
  ): ProductListAt<Sections, Increment<Products, Limits['interactive']['productItemsMaxTotal']>>;
  /**
   * Sets the footer (≤60 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).footer('While stocks last').product('sku-1');
   * ```
   */
  footer<Text extends string>(text: FooterText<Text>): ProductListMessage<Sections, Products, Open>;
  /**
   * The `content.interactive` wire object (validated when the message builds).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const wire = Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).product('sku-1').toWire();
   * ```
   */
  toWire(): Interactive;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' }).product('sku-1'));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A complete interactive message that takes a header (text or media) and a footer: CTA URL, flow and voice call.
 *
 * @typeParam DirectSendable - `true` for a CTA URL without a media header, which Direct Send can carry.
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const receipt = Interactive.ctaUrl('Your receipt is ready.', { displayText: 'View receipt', url: 'https://example.com/r/1' })
 *   .header('Your receipt')
 *   .footer('Acme Shop');
 * ```
 */
export interface HeaderedInteractive<DirectSendable extends boolean = boolean>
  extends InteractivePart<DirectSendable> {
  /**
   * Sets a text header (≤60 characters) or an image, video or document header (Direct Send takes text headers
   * only, so a CTA URL with a media header is no longer direct-sendable).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.voiceCall('Talk to an agent now.').header('Support line');
   * const withVideo = Interactive.voiceCall('Talk to an agent now.').header({ video: { id: 'media-123' } });
   * ```
   */
  header<Text extends string | MediaHeader>(
    header: HeaderArgument<Text>,
  ): HeaderedInteractive<Text extends string ? DirectSendable : false>;
  /**
   * Sets the footer (≤60 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.voiceCall('Talk to an agent now.').footer('Free over WhatsApp');
   * ```
   */
  footer<Text extends string>(text: FooterText<Text>): HeaderedInteractive<DirectSendable>;
  /**
   * Writes `action.name` as the message's type (`"cta_url"`, `"flow"`), before the parameters, as WhatsApp's API and
   * 8x8's OpenAPI samples write it; 8x8's reference leaves it out, and so does this builder unless asked. A voice
   * call always names its action `"voice_call"`.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.ctaUrl('Track your parcel.', { displayText: 'Track', url: 'https://example.com/t/1' }).namedAction();
   * // action: { name: 'cta_url', parameters: { display_text: 'Track', url: 'https://example.com/t/1' } }
   * ```
   */
  namedAction(): HeaderedInteractive<DirectSendable>;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.voiceCall('Talk to an agent now.'));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A single-product message (`type: "product"`): no header; the body and footer are optional.
 *
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const shirt = Interactive.product({ catalogId: 'catalog-1', productRetailerId: 'sku-shirt-blue' }).body('Back in stock!');
 * ```
 */
export interface ProductMessage extends InteractivePart<false> {
  /**
   * Sets the optional body (≤1,024 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.product({ catalogId: 'c1', productRetailerId: 'sku-1' }).body('Back in stock');
   * ```
   */
  body<Text extends string>(text: BodyText<Text>): ProductMessage;
  /**
   * Sets the footer (≤60 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.product({ catalogId: 'c1', productRetailerId: 'sku-1' }).footer('Free returns');
   * ```
   */
  footer<Text extends string>(text: FooterText<Text>): ProductMessage;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.product({ catalogId: 'c1', productRetailerId: 'sku-1' }));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A request the user answers with one tap (call permission, contact info): the body is optional.
 *
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const ask = Interactive.callPermissionRequest().body('May we call you about your order?');
 * ```
 */
export interface RequestMessage extends InteractivePart<false> {
  /**
   * Sets the optional body (≤1,024 characters).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.requestContactInfo().body('Share your contact so we can follow up.');
   * ```
   */
  body<Text extends string>(text: BodyText<Text>): RequestMessage;
  /**
   * Leaves out `action`: the request is then `{ type, body? }`, as 8x8's reference describes it (the action is
   * optional for these two types; without this step it is `{ name: <type> }`, as WhatsApp's API writes it).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.callPermissionRequest().withoutAction().body('May we call you about your order?');
   * // { type: 'call_permission_request', body: { text: 'May we call you about your order?' } }
   * ```
   */
  withoutAction(): RequestMessage;
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.callPermissionRequest());
   * ```
   */
  toJSON(): Interactive;
}

/**
 * A location request (`type: "location_request_message"`): a body and nothing else (no header, no footer).
 *
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const where = Interactive.locationRequest('Share your location so we can find the nearest store.');
 * ```
 */
export interface LocationRequestMessage extends InteractivePart<false> {
  /**
   * The wire object, so `JSON.stringify(part)` gives the wire JSON.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const json = JSON.stringify(Interactive.locationRequest('Where are you?'));
   * ```
   */
  toJSON(): Interactive;
}

/**
 * What a flow opens on: `navigate` (the default) to a screen with optional input data, or `data_exchange`, where
 * your endpoint supplies the first screen.
 *
 * @example
 * ```ts
 * import type { FlowOptions } from '8x8-chatapps';
 *
 * const options: FlowOptions = { flowId: '859504979861628', flowCta: 'Get started', screen: 'WELCOME' };
 * ```
 */
export type FlowOptions = {
  /** The flow's id, from WhatsApp. */
  readonly flowId: string;
  /** The text of the button that opens the flow (≤30 characters). */
  readonly flowCta: string;
} & (
  | {
      readonly flowAction?: 'navigate';
      /** The entry screen to open first (8x8's default: `FIRST_ENTRY_SCREEN`). */
      readonly screen?: string;
      /** Input data for the first screen: a non-empty object. */
      readonly data?: Readonly<Record<string, unknown>>;
    }
  | { readonly flowAction: 'data_exchange'; readonly screen?: never; readonly data?: never }
);

/**
 * The call button of a voice-call message.
 *
 * @example
 * ```ts
 * import type { VoiceCallOptions } from '8x8-chatapps';
 *
 * const options: VoiceCallOptions = { displayText: 'Call now', ttlMinutes: 10, payload: 'queue-2' };
 * ```
 */
export interface VoiceCallOptions {
  /** The button label (≤20 characters; 8x8's default: "Call Now"). */
  readonly displayText?: string;
  /** How long the button stays valid, in minutes (1–43,200; 8x8's default: 10,080, 7 days). */
  readonly ttlMinutes?: number;
  /** Your payload, returned with the call (≤512 characters). */
  readonly payload?: string;
}

type Kind = Interactive['type'];
type Action = NonNullable<Interactive['action']>;
type Section = NonNullable<Action['sections']>[number];

/** The state of one interactive message; every step makes a new one. */
interface State {
  readonly type: Kind;
  readonly header?: InteractiveHeader | undefined;
  readonly body?: string | undefined;
  readonly footer?: string | undefined;
  readonly action?: Action | undefined;
  /** Rows or products added before any `.section()` go to an untitled first section. */
  readonly sections?: readonly Section[] | undefined;
}

function mediaHeader(header: MediaHeader): InteractiveHeader {
  const source = (at: typeof AT.image, media: string | HeaderMediaSource) =>
    ownAs(at, typeof media === 'string' ? { link: media } : { ...media });
  if ('image' in header) return { type: 'image', image: source(AT.image, header.image) };
  if ('video' in header) return { type: 'video', video: source(AT.video, header.video) };
  const { filename } = header;
  return {
    type: 'document',
    document: {
      ...source(AT.document, header.document),
      ...(filename === undefined ? {} : { filename: ownAs(AT.filename, filename) }),
    },
  };
}

/** The one implementation behind every stage interface; each step returns a new frozen draft. */
class InteractiveDraft {
  /** Made by the steps from their callers' values, each owned (see {@link own}); nothing changes it once made. */
  readonly #state: State;
  /** The wire object, made from the state the first time a chain holds the part, then shared. */
  #wire: Interactive | undefined;

  static {
    // biome-ignore lint/complexity/noThisInStatic: TypeScript 7 emits the class's name here as an unassigned alias
    sharesWire(this.prototype, (part) => (#state in part ? part.#shared() : undefined));
  }

  /** `from`: the draft this one grows from, whose unread values (see ownAs) it holds too. */
  constructor(state: State, from?: InteractiveDraft) {
    // The state is private: toWire() hands out a copy, and the chains that share it change nothing. Only the draft
    // itself is frozen.
    this.#state = state;
    partTakesUnread(this, from);
    Object.freeze(this);
  }

  get kind(): string {
    const { type, sections } = this.#state;
    if (type === 'button')
      return (this.#state.action?.buttons?.length ?? 0) === 0 ? REASONS.noButton : 'interactive';
    if (type !== 'list' && type !== 'product_list') return 'interactive';
    const items = type === 'list' ? 'rows' : 'product_items';
    const last = sections?.at(-1);
    if ((sections ?? []).every((section) => (section[items]?.length ?? 0) === 0))
      return type === 'list' ? REASONS.noRow : REASONS.noProduct;
    if ((last?.[items]?.length ?? 0) === 0)
      return type === 'list' ? REASONS.emptySection : REASONS.emptyProductSection;
    return 'interactive';
  }

  get directSendable(): boolean {
    // Direct Send: a single-button CTA URL or 1–3 reply buttons, with a text header if any.
    const { type, header } = this.#state;
    return (type === 'cta_url' || type === 'button') && (header === undefined || header.type === 'text');
  }

  /** A new draft with one field set (to what the step owns), sharing the others. */
  #with<K extends Exclude<keyof State, 'type'>>(key: K, value: State[K]): InteractiveDraft {
    // Field by field rather than a spread, so every state has one shape.
    const state = this.#state;
    const next: { -readonly [F in keyof State]: State[F] } = {
      type: state.type,
      header: state.header,
      body: state.body,
      footer: state.footer,
      action: state.action,
      sections: state.sections,
    };
    next[key] = value;
    return new InteractiveDraft(next, this);
  }

  header(header: string | MediaHeader): InteractiveDraft {
    return this.#with(
      'header',
      typeof header === 'string' ? { type: 'text', text: ownAs(AT.headerText, header) } : mediaHeader(header),
    );
  }

  body(text: string): InteractiveDraft {
    return this.#with('body', ownAs(AT.body, text));
  }

  namedAction(): InteractiveDraft {
    const { type, action } = this.#state;
    return this.#with('action', { name: type, ...action });
  }

  withoutAction(): InteractiveDraft {
    const { action: _action, ...rest } = this.#state;
    return new InteractiveDraft(rest, this);
  }

  footer(text: string): InteractiveDraft {
    return this.#with('footer', ownAs(AT.footer, text));
  }

  button(id: string, title: string): InteractiveDraft {
    const buttons = [
      ...(this.#state.action?.buttons ?? []),
      { type: 'reply' as const, reply: { id: ownAs(AT.buttonId, id), title: ownAs(AT.buttonTitle, title) } },
    ];
    return this.#with('action', { ...this.#state.action, buttons });
  }

  section(title: string): InteractiveDraft {
    return this.#with('sections', [
      ...(this.#state.sections ?? []),
      { title: ownAs(AT.sectionTitle, title) },
    ]);
  }

  row(id: string, title: string, description?: string): InteractiveDraft {
    const row =
      description === undefined
        ? { id: ownAs(AT.rowId, id), title: ownAs(AT.rowTitle, title) }
        : {
            id: ownAs(AT.rowId, id),
            title: ownAs(AT.rowTitle, title),
            description: ownAs(AT.rowDescription, description),
          };
    return this.#addToSection('rows', row);
  }

  product(productRetailerId: string): InteractiveDraft {
    return this.#addToSection('product_items', {
      product_retailer_id: ownAs(AT.sectionProduct, productRetailerId),
    });
  }

  #addToSection<K extends 'rows' | 'product_items'>(
    key: K,
    item: NonNullable<Section[K]>[number],
  ): InteractiveDraft {
    // The last section gets the item; before any `.section()`, an untitled first one.
    const before = this.#state.sections ?? [];
    const last = before.length - 1;
    const current: Section = last >= 0 ? before[last]! : {};
    const section: Record<string, unknown> = { ...current };
    section[key] = [...(current[key] ?? []), item];
    const sections = last >= 0 ? before.slice(0, last) : [];
    sections.push(section as Section);
    return this.#with('sections', sections);
  }

  /** The wire object, sharing the state's objects (nothing changes them). */
  #shared(): Interactive {
    if (this.#wire !== undefined) return this.#wire;
    const { type, header, body, footer, action, sections } = this.#state;
    const wireAction = sections === undefined ? action : { ...action, sections };
    // Wire key order follows the reference: type, header, body, footer, action; a request (call permission, contact
    // info) puts its action, `{ name }`, before its body, as WhatsApp's API writes it.
    const actionFirst = type === 'call_permission_request' || type === 'request_contact_info';
    const wire: Record<string, unknown> = { type };
    if (actionFirst && wireAction !== undefined) wire['action'] = wireAction;
    if (header !== undefined) wire['header'] = header;
    if (body !== undefined) wire['body'] = { text: body };
    if (footer !== undefined) wire['footer'] = { text: footer };
    if (!actionFirst && wireAction !== undefined) wire['action'] = wireAction;
    this.#wire = wire as Interactive;
    return this.#wire;
  }

  toWire(): Interactive {
    return copyWire(this.#shared());
  }

  toJSON(): Interactive {
    return this.toWire();
  }
}
guardSteps(InteractiveDraft.prototype);

function start<Stage>(state: State): Stage {
  return new InteractiveDraft(state) as unknown as Stage;
}

// `Interactive.buttons(…)`: the body, then (only for a call that fits no body) the refusal of a call without one,
// whose error reads as the rule on the call's line (see ButtonsBody). Two overloads rather than one signature typed
// by its arguments: that one cost every call to inspect its argument list (interactive-3-buttons 642 → 817
// instantiations); here a call with a body resolves the first overload and never reaches the second.
/** Reply buttons: a body (≤1,024 characters) and then 1–3 `.button(id, title)`. */
function buttons<Body extends string>(body: BodyText<Body>): ReplyButtonsMessage<0, 'none'>;
/** Refused: reply buttons need a body (`Interactive.buttons(body)`); its parameters are the rule. */
function buttons<const Args extends readonly unknown[]>(...refused: ButtonsBody<Args>): never;
function buttons(body: string): ReplyButtonsMessage<0, 'none'> {
  return start({ type: 'button', body: ownAs(AT.body, body) });
}

/**
 * The WhatsApp interactive messages (`content.interactive`): one factory per type. Each returns an immutable
 * builder; pass the finished part to `.interactive(…)` on a WhatsApp message chain. The message's `build()`
 * checks every length and uniqueness rule; the types check counts and which parts each type takes.
 *
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const confirm = Interactive.buttons('Your check-up is tomorrow at 10:30. Can you make it?')
 *   .header('Appointment')
 *   .button('confirm', 'Confirm')
 *   .button('reschedule', 'Reschedule');
 * ```
 */
export const Interactive = guardedFactories({
  /**
   * Reply buttons: a body (≤1,024 characters) and then 1–3 `.button(id, title)`.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.buttons('Did your parcel arrive?').button('ok', 'Yes').button('damaged', 'No, damaged');
   * ```
   */
  buttons,

  /**
   * A list: a body, the label of the menu button (≤20 characters), then rows, optionally grouped in titled
   * sections.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.list('Choose a delivery slot', { button: 'Slots' }).row('am', 'Morning').row('pm', 'Afternoon');
   * ```
   */
  list<Body extends string, Button extends string>(
    body: BodyText<Body>,
    options: {
      readonly button: Button extends ''
        ? TextRules['listButtonEmpty']
        : ExceedsLength<Button, Limits['interactive']['listButtonMaxLength']> extends true
          ? TextRules['listButtonTooLong']
          : Button;
    },
  ): ListMessage<0, 0, false> {
    return start({
      type: 'list',
      body: ownAs(AT.body, body),
      action: { button: ownAs(AT.listButton, options.button) },
    });
  },

  /**
   * A call-to-action URL: a body and one button (label ≤20 characters) that opens `url`. Direct Send can carry it.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.ctaUrl('Track your parcel live.', { displayText: 'Track', url: 'https://example.com/t/1' });
   * ```
   */
  ctaUrl<Body extends string, Text extends string, Url extends string>(
    body: BodyText<Body>,
    options: {
      readonly displayText: ButtonLabel<Text>;
      readonly url: Url extends '' ? TextRules['urlEmpty'] : Url;
    },
  ): HeaderedInteractive<true> {
    return start({
      type: 'cta_url',
      body: ownAs(AT.body, body),
      action: {
        parameters: {
          display_text: ownAs(AT.displayText, options.displayText),
          url: ownAs(AT.url, options.url),
        },
      },
    });
  },

  /**
   * A WhatsApp Flow: a body and a button (≤30 characters) that opens the flow.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.flow('Answer three questions.', {
   *   flowId: '859504979861628',
   *   flowCta: 'Get Recommendations',
   *   screen: 'RECOMMEND',
   *   data: { product_id: '12345' },
   * });
   * ```
   */
  flow<Body extends string, Id extends string, Cta extends string>(
    body: BodyText<Body>,
    options: FlowOptions & {
      readonly flowId: Id extends '' ? TextRules['flowIdEmpty'] : Id;
      readonly flowCta: Cta extends ''
        ? TextRules['flowCtaEmpty']
        : ExceedsLength<Cta, Limits['interactive']['flowCtaMaxLength']> extends true
          ? TextRules['flowCtaTooLong']
          : Cta;
    },
  ): HeaderedInteractive<false> {
    const { flowId, flowCta, flowAction, screen, data } = options;
    const payload = {
      ...(screen === undefined ? {} : { screen: ownAs(AT.screen, screen) }),
      ...(data === undefined ? {} : { data: ownAs(AT.data, data) }),
    };
    return start({
      type: 'flow',
      body: ownAs(AT.body, body),
      action: {
        parameters: {
          flowId: ownAs(AT.flowId, flowId),
          flowCta: ownAs(AT.flowCta, flowCta),
          ...(flowAction === undefined ? {} : { flowAction: ownAs(AT.flowAction, flowAction) }),
          ...(Object.keys(payload).length === 0 ? {} : { flowActionPayload: payload }),
        },
      },
    });
  },

  /**
   * A voice call: a body and a button that starts a WhatsApp call to you.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.voiceCall('Talk to an agent now.', { displayText: 'Call now', ttlMinutes: 10 });
   * ```
   */
  voiceCall<Body extends string, Text extends string>(
    body: BodyText<Body>,
    options: VoiceCallOptions & { readonly displayText?: ButtonLabel<Text> } = {},
  ): HeaderedInteractive<false> {
    const { displayText, ttlMinutes, payload } = options;
    return start({
      type: 'voice_call',
      body: ownAs(AT.body, body),
      action: {
        // 8x8 (like WhatsApp) names the action of a voice call message.
        name: 'voice_call',
        parameters: {
          ...(displayText === undefined ? {} : { display_text: ownAs(AT.displayText, displayText) }),
          ...(ttlMinutes === undefined ? {} : { ttlMinutes: ownAs(AT.ttlMinutes, ttlMinutes) }),
          ...(payload === undefined ? {} : { payload: ownAs(AT.payload, payload) }),
        },
      },
    });
  },

  /**
   * A single product of your catalog (no header; body and footer optional).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.product({ catalogId: 'catalog-1', productRetailerId: 'sku-1' });
   * ```
   */
  product<Catalog extends string, Id extends string>(options: {
    readonly catalogId: Catalog extends '' ? TextRules['catalogIdEmpty'] : Catalog;
    readonly productRetailerId: Id extends '' ? TextRules['productIdEmpty'] : Id;
  }): ProductMessage {
    return start({
      type: 'product',
      action: {
        catalog_id: ownAs(AT.catalogId, options.catalogId),
        product_retailer_id: ownAs(AT.productRetailerId, options.productRetailerId),
      },
    });
  },

  /**
   * Several products of your catalog: a body, an optional text header, then products, optionally grouped in titled
   * sections (at most 30 products in all). `productRetailerId` adds the action's own `product_retailer_id` beside
   * the sections, as 8x8's examples send it.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.productList('Picked for you', { header: 'New in', catalogId: 'catalog-1' }).product('sku-1');
   * const plain = Interactive.productList('Our winter picks', { catalogId: 'catalog-1' }).product('sku-2');
   * ```
   */
  productList<Body extends string, Header extends string, Catalog extends string, Id extends string>(
    body: BodyText<Body>,
    options: {
      readonly header?: HeaderText<Header>;
      readonly catalogId: Catalog extends '' ? TextRules['catalogIdEmpty'] : Catalog;
      readonly productRetailerId?: Id extends '' ? TextRules['productIdEmpty'] : Id;
    },
  ): ProductListMessage<0, 0, false> {
    const { header, catalogId, productRetailerId } = options;
    return start({
      type: 'product_list',
      ...(header === undefined ? {} : { header: { type: 'text', text: ownAs(AT.headerText, header) } }),
      body: ownAs(AT.body, body),
      action: {
        catalog_id: ownAs(AT.catalogId, catalogId),
        ...(productRetailerId === undefined
          ? {}
          : { product_retailer_id: ownAs(AT.productRetailerId, productRetailerId) }),
      },
    });
  },

  /**
   * Asks the user for permission to call them (the body is optional).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.callPermissionRequest().body('May we call you about your claim?');
   * ```
   */
  callPermissionRequest(): RequestMessage {
    return start({ type: 'call_permission_request', action: { name: 'call_permission_request' } });
  },

  /**
   * Asks the user to share their contact information (the body is optional).
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.requestContactInfo().body('Share your contact so an agent can follow up.');
   * ```
   */
  requestContactInfo(): RequestMessage {
    return start({ type: 'request_contact_info', action: { name: 'request_contact_info' } });
  },

  /**
   * Asks the user to share their location: a body, no header, no footer.
   *
   * @example
   * ```ts
   * import { Interactive } from '8x8-chatapps';
   *
   * const part = Interactive.locationRequest('Share your location so we can find the nearest store.');
   * ```
   */
  locationRequest<Body extends string>(body: BodyText<Body>): LocationRequestMessage {
    return start({
      type: 'location_request_message',
      body: ownAs(AT.body, body),
      action: { name: 'send_location' },
    });
  },
});

/**
 * `content.interactive`: the wire object an interactive part turns into (the same name as the builder, so one
 * import gives both).
 *
 * @example
 * ```ts
 * import { Interactive } from '8x8-chatapps';
 *
 * const wire: Interactive = Interactive.locationRequest('Where are you?').toWire();
 * ```
 */
export type Interactive = NonNullable<MessageRequest['content']['interactive']>;
