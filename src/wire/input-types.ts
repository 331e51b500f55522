// The wire types as parseMessage reads them (src/wire/lenient.ts), written out beside types.ts: every enum value in
// any letter case (the reference's spellings stay in each type, so editors offer them), every number and boolean also
// written as a string, arrays also readonly (a body written `as const`), a product list without `interactive.type`.
// Written out, not mapped from the sent types: a mapped type cost every object literal typed with it about 500 type
// instantiations (46 -> 564 for the pinned wire literal), and the typecheck benchmark's literal baseline is this type.
// test/types/wire-types.ts fails unless each is exactly its sent type read that way (a mapped type kept there), so a
// field added to types.ts or request.ts without its input here fails the type tests.
import type { Channel, SuccessStatus } from '../channels.js';
import type { HEADER_TYPES, INTERACTIVE_TYPES } from './interactive.js';
import type {
  CARD_PARAMETER_TYPES,
  TEMPLATE_BUTTON_SUBTYPES,
  TEMPLATE_COMPONENT_TYPES,
  TEMPLATE_PARAMETER_TYPES,
} from './template.js';
import type { HeaderMedia, ListRow, ProductItem, ViberButton } from './types.js';

/** Any other letter case of an enum value: `string`, kept apart from the values so editors still offer them. */
export type OtherSpelling = string & {};
/**
 * A number, or a string that holds one (`"0"`, `"38.8693"`). `${number}` also admits what parseMessage refuses as no
 * number (`"0x10"`, `"0b1"`, `" "`, a no-break space around digits): no template type can leave those out
 * (docs/decisions.md).
 */
export type Numeric = number | `${number}`;
/**
 * An integer field's number (an index, `cardIndex`, `fallbackAfter`, TTLs), or a string of its digits (`"0"`, `"-3"`):
 * parseMessage reads only digits there, so `"1e3"` and `"60.0"` are refused by both. `${bigint}` costs a literal no
 * more than `${number}`; it also admits `"0x10"` (refused) and leaves out a `+`, spaces around the digits and leading
 * zeros (read): docs/decisions.md.
 */
export type WholeNumeric = number | `${bigint}`;
/** A boolean, or a string that holds one (`"True"`). */
type Flag = boolean | string;

/** `channels[]` as read. */
export type ChannelRouteInput = {
  channel: Channel | OtherSpelling;
  fallbackAfter?: WholeNumeric | undefined;
  successStatus?: SuccessStatus | OtherSpelling | undefined;
};

/** `content` as read. */
export type ContentInput = {
  text?: string | undefined;
  whatsApp?: { directSend?: DirectSendInput | undefined } | undefined;
  url?: string | undefined;
  fallbackText?: string | undefined;
  sms?: SmsSettingsInput | undefined;
  location?: LocationInput | undefined;
  interactive?: InteractiveInput | undefined;
  video?:
    | { thumbnail?: string | undefined; filesize?: Numeric | undefined; duration?: Numeric | undefined }
    | undefined;
  image?: { thumbnail?: string | undefined } | undefined;
  audio?: { duration: Numeric } | undefined;
  template?: TemplateInput | undefined;
  richCard?: RichCardInput | undefined;
  carousel?: CarouselInput | undefined;
  suggestions?: readonly SuggestionInput[] | undefined;
  button?: ViberButton | undefined;
};

/** `content.whatsApp.directSend` as read. */
export type DirectSendInput = {
  category: 'utility' | OtherSpelling;
  ttlSeconds?: WholeNumeric | undefined;
};

/** `content.sms` as read. */
export type SmsSettingsInput = {
  encoding?: 'AUTO' | 'GSM7' | 'UCS2' | OtherSpelling | undefined;
  source?: string | undefined;
};

/** A location (`content.location`, a template location) as read. */
export type LocationInput = {
  latitude: Numeric;
  longitude: Numeric;
  name?: string | undefined;
  address?: string | undefined;
};

/** `content.interactive` as read: a product list may leave out its type (8x8 infers `product_list`). */
export type InteractiveInput = {
  type?: (typeof INTERACTIVE_TYPES)[number] | OtherSpelling | undefined;
  action?: InteractiveActionInput | undefined;
  header?: InteractiveHeaderInput | undefined;
  body?: { text: string } | undefined;
  footer?: { text: string } | undefined;
};

/** `content.interactive.header` as read. */
export type InteractiveHeaderInput = {
  type: (typeof HEADER_TYPES)[number] | OtherSpelling;
  text?: string | undefined;
  image?: HeaderMedia | undefined;
  video?: HeaderMedia | undefined;
  document?: HeaderMedia | undefined;
};

/** `content.interactive.action` as read. */
export type InteractiveActionInput = {
  button?: string | undefined;
  buttons?: readonly ReplyButtonInput[] | undefined;
  catalog_id?: string | undefined;
  product_retailer_id?: string | undefined;
  name?: string | undefined;
  sections?: readonly SectionInput[] | undefined;
  parameters?:
    | {
        display_text?: string | undefined;
        ttlMinutes?: WholeNumeric | undefined;
        payload?: string | undefined;
        url?: string | undefined;
        flowId?: string | undefined;
        flowCta?: string | undefined;
        flowAction?: 'navigate' | 'data_exchange' | OtherSpelling | undefined;
        flowActionPayload?:
          | { screen?: string | undefined; data?: { [key: string]: unknown } | undefined }
          | undefined;
      }
    | undefined;
};

/** A reply button as read. */
export type ReplyButtonInput = {
  type?: 'reply' | OtherSpelling | undefined;
  reply: { id: string; title: string };
};

/** A section of a list or multi-product message as read. */
export type SectionInput = {
  title?: string | undefined;
  rows?: readonly ListRow[] | undefined;
  product_items?: readonly ProductItem[] | undefined;
};

/** `content.richCard` as read. */
export type RichCardInput = {
  cardOrientation: 'horizontal' | 'vertical' | OtherSpelling;
  thumbnailImageAlignment?: 'left' | 'right' | OtherSpelling | undefined;
  title?: string | undefined;
  description?: string | undefined;
  media: CardMediaInput;
  suggestions?: readonly SuggestionInput[] | undefined;
};

/** `content.carousel` as read. */
export type CarouselInput = {
  cardWidth: 'medium' | 'small' | OtherSpelling;
  cards: readonly CarouselCardInput[];
};

/** A card of an RCS carousel as read. */
export type CarouselCardInput = {
  title?: string | undefined;
  description?: string | undefined;
  media: CardMediaInput;
  suggestions?: readonly SuggestionInput[] | undefined;
};

/** The media of an RCS card as read. */
export type CardMediaInput = {
  height?: 'short' | 'medium' | 'tall' | OtherSpelling | undefined;
  contentInfo: { fileUrl: string; thumbnailUrl?: string | undefined; forceRefresh?: Flag | undefined };
};

/** An RCS suggestion as read. */
export type SuggestionInput = {
  reply?: { text: string; postbackData: string } | undefined;
  action?: SuggestedActionInput | undefined;
};

/** An RCS suggested action as read. */
export type SuggestedActionInput = {
  text: string;
  postbackData: string;
  fallbackUrl?: string | undefined;
  dialAction?: { phoneNumber: string } | undefined;
  viewLocationAction?:
    | {
        latLong?: { latitude: Numeric; longitude: Numeric } | undefined;
        label?: string | undefined;
        query?: string | undefined;
      }
    | undefined;
  createCalendarEventAction?:
    | { title: string; description?: string | undefined; startTime: string; endTime: string }
    | undefined;
  openUrlAction?:
    | {
        url: string;
        application?: 'OPEN_URL_APPLICATION_UNSPECIFIED' | 'BROWSER' | 'WEBVIEW' | OtherSpelling | undefined;
        webviewViewMode?:
          | 'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED'
          | 'FULL'
          | 'HALF'
          | 'TALL'
          | OtherSpelling
          | undefined;
        description?: string | undefined;
      }
    | undefined;
};

/** `content.template` as read. */
export type TemplateInput = {
  name: string;
  language: string;
  components?: readonly TemplateComponentInput[] | undefined;
};

/** A template component as read. */
export type TemplateComponentInput = {
  type?: (typeof TEMPLATE_COMPONENT_TYPES)[number] | OtherSpelling | undefined;
  parameters?: readonly TemplateParameterInput[] | undefined;
  index?: WholeNumeric | undefined;
  subType?: (typeof TEMPLATE_BUTTON_SUBTYPES)[number] | OtherSpelling | undefined;
  cards?: readonly TemplateCardInput[] | undefined;
};

/** A template parameter as read. */
export type TemplateParameterInput = {
  type: (typeof TEMPLATE_PARAMETER_TYPES)[number] | OtherSpelling;
  name?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
  location?: LocationInput | undefined;
  payload?: string | undefined;
  couponCode?: string | undefined;
  flowActionData?: { screen?: string | undefined; data?: { [key: string]: unknown } | undefined } | undefined;
  ttlMinutes?: WholeNumeric | undefined;
};

/** A card of a template carousel as read. */
export type TemplateCardInput = {
  cardIndex: WholeNumeric;
  components?: readonly TemplateCardComponentInput[] | undefined;
};

/** A component of a template carousel card as read. */
export type TemplateCardComponentInput = {
  type?: 'header' | 'body' | 'button' | OtherSpelling | undefined;
  parameters?: readonly CardParameterInput[] | undefined;
  index?: WholeNumeric | undefined;
  subType?: 'QuickReply' | 'Url' | 'CopyCode' | OtherSpelling | undefined;
};

/** A parameter of a template carousel card as read. */
export type CardParameterInput = {
  type: (typeof CARD_PARAMETER_TYPES)[number] | OtherSpelling;
  name?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
  location?: LocationInput | undefined;
  payload?: string | undefined;
  couponCode?: string | undefined;
};
