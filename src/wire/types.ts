// The wire types of the parts of a message, each inferred from its schema (never written twice).
import type * as v from 'valibot';
import type { DirectSendSchema, LocationSchema, SmsSettingsSchema, ViberButtonSchema } from './content.js';
import type {
  InteractiveActionSchema,
  InteractiveHeaderSchema,
  InteractiveSchema,
  ListRowSchema,
  ProductItemSchema,
  ReplyButtonSchema,
  SectionSchema,
} from './interactive.js';
import type {
  CardMediaSchema,
  CarouselCardSchema,
  CarouselSchema,
  RichCardSchema,
  SuggestedActionSchema,
  SuggestionSchema,
} from './rcs.js';
import type {
  CardParameterSchema,
  TemplateCardComponentSchema,
  TemplateCardSchema,
  TemplateComponentSchema,
  TemplateParameterSchema,
  TemplateSchema,
} from './template.js';

/** `content.interactive`: a WhatsApp interactive message. @example `const i: Interactive = { type: 'button', body: { text: 'Pick one' }, action: { buttons: [] } };` */
export type Interactive = v.InferOutput<typeof InteractiveSchema>;
/** `content.interactive.header`. @example `const h: InteractiveHeader = { type: 'text', text: 'Your order' };` */
export type InteractiveHeader = v.InferOutput<typeof InteractiveHeaderSchema>;
/** `content.interactive.action`. @example `const a: InteractiveAction = { button: 'Choose', sections: [] };` */
export type InteractiveAction = v.InferOutput<typeof InteractiveActionSchema>;
/** One reply button. @example `const b: ReplyButton = { type: 'reply', reply: { id: 'yes', title: 'Yes' } };` */
export type ReplyButton = v.InferOutput<typeof ReplyButtonSchema>;
/** One row of a list message. @example `const r: ListRow = { id: 'r1', title: 'Standard delivery' };` */
export type ListRow = v.InferOutput<typeof ListRowSchema>;
/** One section of a list or multi-product message. @example `const s: Section = { title: 'Delivery', rows: [] };` */
export type Section = v.InferOutput<typeof SectionSchema>;
/** One product of a multi-product message. @example `const p: ProductItem = { product_retailer_id: 'sku-1' };` */
export type ProductItem = v.InferOutput<typeof ProductItemSchema>;
/** `content.richCard`: an RCS rich card. @example `const c: RichCard = { cardOrientation: 'vertical', title: 'Sale', media: { height: 'medium', contentInfo: { fileUrl: 'https://example.com/sale.png' } } };` */
export type RichCard = v.InferOutput<typeof RichCardSchema>;
/** `content.carousel`: an RCS carousel. @example `const c: Carousel = { cardWidth: 'medium', cards: [] };` */
export type Carousel = v.InferOutput<typeof CarouselSchema>;
/** One card of an RCS carousel. @example `const c: CarouselCard = { title: 'Blue shirt', media: { contentInfo: { fileUrl: 'https://example.com/blue.png' } } };` */
export type CarouselCard = v.InferOutput<typeof CarouselCardSchema>;
/** The media of an RCS card. @example `const m: CardMedia = { height: 'medium', contentInfo: { fileUrl: 'https://example.com/a.png' } };` */
export type CardMedia = v.InferOutput<typeof CardMediaSchema>;
/** An RCS suggestion: a suggested reply or a suggested action. @example `const s: Suggestion = { reply: { text: 'Yes', postbackData: 'yes' } };` */
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;
/** An RCS suggested action (dial, view location, calendar event or open URL). @example `const a: SuggestedAction = { text: 'Call us', postbackData: 'call', dialAction: { phoneNumber: '+6512345678' } };` */
export type SuggestedAction = v.InferOutput<typeof SuggestedActionSchema>;
/** `content.template`: a WhatsApp (or Viber/Zalo) template. @example `const t: Template = { name: 'order_update', language: 'en_US' };` */
export type Template = v.InferOutput<typeof TemplateSchema>;
/** One component of a template. @example `const c: TemplateComponent = { type: 'body', parameters: [{ type: 'text', text: 'Alice' }] };` */
export type TemplateComponent = v.InferOutput<typeof TemplateComponentSchema>;
/** One parameter of a template component. @example `const p: TemplateParameter = { type: 'text', text: 'Alice' };` */
export type TemplateParameter = v.InferOutput<typeof TemplateParameterSchema>;
/** One card of a template carousel. @example `const c: TemplateCard = { cardIndex: 0, components: [] };` */
export type TemplateCard = v.InferOutput<typeof TemplateCardSchema>;
/** One component of a template carousel card. @example `const c: TemplateCardComponent = { type: 'body', parameters: [] };` */
export type TemplateCardComponent = v.InferOutput<typeof TemplateCardComponentSchema>;
/** One parameter of a template carousel card. @example `const p: CardParameter = { type: 'text', text: 'Blue shirt' };` */
export type CardParameter = v.InferOutput<typeof CardParameterSchema>;
/** `content.location`. @example `const l: Location = { latitude: 1.29, longitude: 103.85 };` */
export type Location = v.InferOutput<typeof LocationSchema>;
/** `content.whatsApp.directSend`. @example `const d: DirectSend = { category: 'utility', ttlSeconds: 600 };` */
export type DirectSend = v.InferOutput<typeof DirectSendSchema>;
/** `content.sms`: SMS settings used when the message falls back to SMS. @example `const s: SmsSettings = { encoding: 'AUTO' };` */
export type SmsSettings = v.InferOutput<typeof SmsSettingsSchema>;
/** `content.button`: the one button of a Viber rich-media message. @example `const b: ViberButton = { caption: 'Open', action: 'https://example.com' };` */
export type ViberButton = v.InferOutput<typeof ViberButtonSchema>;
