// The wire types of the parts of a message, written out; the request's own types are in request.ts. Written out
// because a type inferred through every schema is evaluated deep inside others: under skipLibCheck a compiler that
// reaches it past its instantiation depth limit makes it `any` without a word, so `Location` depended on which file
// was checked first. The schemas stay the source of truth: test/types/wire-types.ts fails unless each type and its
// schema's output are assignable to each other. Object types, not interfaces: a wire object must still pass where a
// plain record is read (interfaces have no implicit index signature).
import type { HEADER_TYPES, INTERACTIVE_TYPES } from './interactive.js';
import type {
  CARD_PARAMETER_TYPES,
  TEMPLATE_BUTTON_SUBTYPES,
  TEMPLATE_COMPONENT_TYPES,
  TEMPLATE_PARAMETER_TYPES,
} from './template.js';

/** `content.interactive`: a WhatsApp interactive message. @example `const i: Interactive = { type: 'button', body: { text: 'Pick one' }, action: { buttons: [] } };` */
export type Interactive = {
  type: (typeof INTERACTIVE_TYPES)[number];
  action?: InteractiveAction | undefined;
  header?: InteractiveHeader | undefined;
  body?: { text: string } | undefined;
  footer?: { text: string } | undefined;
};

/** Media of an interactive header: an uploaded media `id` or a public `link`. @example `const m: HeaderMedia = { link: 'https://example.com/menu.pdf', filename: 'menu.pdf' };` */
export type HeaderMedia = {
  id?: string | undefined;
  link?: string | undefined;
  caption?: string | undefined;
  filename?: string | undefined;
  provider?: string | undefined;
};

/** `content.interactive.header`. @example `const h: InteractiveHeader = { type: 'text', text: 'Your order' };` */
export type InteractiveHeader = {
  type: (typeof HEADER_TYPES)[number];
  text?: string | undefined;
  image?: HeaderMedia | undefined;
  video?: HeaderMedia | undefined;
  document?: HeaderMedia | undefined;
};

/** `content.interactive.action`. @example `const a: InteractiveAction = { button: 'Choose', sections: [] };` */
export type InteractiveAction = {
  button?: string | undefined;
  buttons?: ReplyButton[] | undefined;
  catalog_id?: string | undefined;
  product_retailer_id?: string | undefined;
  name?: string | undefined;
  sections?: Section[] | undefined;
  parameters?:
    | {
        display_text?: string | undefined;
        ttlMinutes?: number | undefined;
        payload?: string | undefined;
        url?: string | undefined;
        flowId?: string | undefined;
        flowCta?: string | undefined;
        flowAction?: 'navigate' | 'data_exchange' | undefined;
        flowActionPayload?:
          | { screen?: string | undefined; data?: { [key: string]: unknown } | undefined }
          | undefined;
      }
    | undefined;
};

/** One reply button. @example `const b: ReplyButton = { type: 'reply', reply: { id: 'yes', title: 'Yes' } };` */
export type ReplyButton = {
  type?: 'reply' | undefined;
  reply: { id: string; title: string };
};

/** One row of a list message. @example `const r: ListRow = { id: 'r1', title: 'Standard delivery' };` */
export type ListRow = {
  id: string;
  title: string;
  description?: string | undefined;
};

/** One section of a list or multi-product message. @example `const s: Section = { title: 'Delivery', rows: [] };` */
export type Section = {
  title?: string | undefined;
  rows?: ListRow[] | undefined;
  product_items?: ProductItem[] | undefined;
};

/** One product of a multi-product message. @example `const p: ProductItem = { product_retailer_id: 'sku-1' };` */
export type ProductItem = {
  product_retailer_id: string;
};

/** `content.richCard`: an RCS rich card. @example `const c: RichCard = { cardOrientation: 'vertical', title: 'Sale', media: { height: 'medium', contentInfo: { fileUrl: 'https://example.com/sale.png' } } };` */
export type RichCard = {
  cardOrientation: 'horizontal' | 'vertical';
  thumbnailImageAlignment?: 'left' | 'right' | undefined;
  title?: string | undefined;
  description?: string | undefined;
  media: CardMedia;
  suggestions?: Suggestion[] | undefined;
};

/** `content.carousel`: an RCS carousel. @example `const c: Carousel = { cardWidth: 'medium', cards: [] };` */
export type Carousel = {
  cardWidth: 'medium' | 'small';
  cards: CarouselCard[];
};

/** One card of an RCS carousel. @example `const c: CarouselCard = { title: 'Blue shirt', media: { contentInfo: { fileUrl: 'https://example.com/blue.png' } } };` */
export type CarouselCard = {
  title?: string | undefined;
  description?: string | undefined;
  media: CardMedia;
  suggestions?: Suggestion[] | undefined;
};

/** The media of an RCS card. @example `const m: CardMedia = { height: 'medium', contentInfo: { fileUrl: 'https://example.com/a.png' } };` */
export type CardMedia = {
  height?: 'short' | 'medium' | 'tall' | undefined;
  contentInfo: { fileUrl: string; thumbnailUrl?: string | undefined; forceRefresh?: boolean | undefined };
};

/** An RCS suggestion: a suggested reply or a suggested action. @example `const s: Suggestion = { reply: { text: 'Yes', postbackData: 'yes' } };` */
export type Suggestion = {
  reply?: { text: string; postbackData: string } | undefined;
  action?: SuggestedAction | undefined;
};

/** An RCS suggested action (dial, view location, calendar event or open URL). @example `const a: SuggestedAction = { text: 'Call us', postbackData: 'call', dialAction: { phoneNumber: '+6512345678' } };` */
export type SuggestedAction = {
  text: string;
  postbackData: string;
  fallbackUrl?: string | undefined;
  dialAction?: { phoneNumber: string } | undefined;
  viewLocationAction?:
    | {
        latLong?: { latitude: number; longitude: number } | undefined;
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
        application?: 'OPEN_URL_APPLICATION_UNSPECIFIED' | 'BROWSER' | 'WEBVIEW' | undefined;
        webviewViewMode?: 'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED' | 'FULL' | 'HALF' | 'TALL' | undefined;
        description?: string | undefined;
      }
    | undefined;
};

/** `content.template`: a WhatsApp (or Viber/Zalo) template. @example `const t: Template = { name: 'order_update', language: 'en_US' };` */
export type Template = {
  name: string;
  language: string;
  components?: TemplateComponent[] | undefined;
};

/** One component of a template. @example `const c: TemplateComponent = { type: 'body', parameters: [{ type: 'text', text: 'Alice' }] };` */
export type TemplateComponent = {
  type?: (typeof TEMPLATE_COMPONENT_TYPES)[number] | undefined;
  parameters?: TemplateParameter[] | undefined;
  index?: number | undefined;
  subType?: (typeof TEMPLATE_BUTTON_SUBTYPES)[number] | undefined;
  cards?: TemplateCard[] | undefined;
};

/** One parameter of a template component. @example `const p: TemplateParameter = { type: 'text', text: 'Alice' };` */
export type TemplateParameter = {
  type: (typeof TEMPLATE_PARAMETER_TYPES)[number];
  name?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
  location?: Location | undefined;
  payload?: string | undefined;
  couponCode?: string | undefined;
  flowActionData?: { screen?: string | undefined; data?: { [key: string]: unknown } | undefined } | undefined;
  ttlMinutes?: number | undefined;
};

/** One card of a template carousel. @example `const c: TemplateCard = { cardIndex: 0, components: [] };` */
export type TemplateCard = {
  cardIndex: number;
  components?: TemplateCardComponent[] | undefined;
};

/** One component of a template carousel card. @example `const c: TemplateCardComponent = { type: 'body', parameters: [] };` */
export type TemplateCardComponent = {
  type?: 'header' | 'body' | 'button' | undefined;
  parameters?: CardParameter[] | undefined;
  index?: number | undefined;
  subType?: 'QuickReply' | 'Url' | 'CopyCode' | undefined;
};

/** One parameter of a template carousel card. @example `const p: CardParameter = { type: 'text', text: 'Blue shirt' };` */
export type CardParameter = {
  type: (typeof CARD_PARAMETER_TYPES)[number];
  name?: string | undefined;
  text?: string | undefined;
  url?: string | undefined;
  location?: Location | undefined;
  payload?: string | undefined;
  couponCode?: string | undefined;
};

/** `content.location`. @example `const l: Location = { latitude: 1.29, longitude: 103.85 };` */
export type Location = {
  latitude: number;
  longitude: number;
  name?: string | undefined;
  address?: string | undefined;
};

/** `content.whatsApp.directSend`. @example `const d: DirectSend = { category: 'utility', ttlSeconds: 600 };` */
export type DirectSend = {
  category: 'utility';
  ttlSeconds?: number | undefined;
};

/** `content.sms`: SMS settings used when the message falls back to SMS. @example `const s: SmsSettings = { encoding: 'AUTO' };` */
export type SmsSettings = {
  encoding?: 'AUTO' | 'GSM7' | 'UCS2' | undefined;
  source?: string | undefined;
};

/** `content.button`: the one button of a Viber rich-media message. @example `const b: ViberButton = { caption: 'Open', action: 'https://example.com' };` */
export type ViberButton = {
  caption: string;
  action: string;
};
