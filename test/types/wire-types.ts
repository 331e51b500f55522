// The wire types are written out (src/wire/types.ts says why); the schemas stay the source of truth. Each type and its
// schema's output must be assignable to each other, so a field added, removed or changed on one side only fails here,
// on TypeScript 6 and 7. MessageRequestInput, what parseMessage reads (written out in src/wire/input-types.ts), must be
// exactly MessageRequest read as 8x8 reads it (AsWritten below) and admit the schema's input;
// test/types/message-input.ts holds what it admits and refuses.
import type * as v from 'valibot';
import type * as Wire from '../../src/index.js';
import type {
  CardMediaSchema,
  CardParameterSchema,
  CarouselCardSchema,
  CarouselSchema,
  ChannelRouteSchema,
  ContentSchema,
  DirectSendSchema,
  HeaderMediaSchema,
  InteractiveActionSchema,
  InteractiveHeaderSchema,
  InteractiveSchema,
  ListRowSchema,
  LocationSchema,
  MessageRequestSchema,
  MessageTypeSchema,
  ProductItemSchema,
  ReplyButtonSchema,
  RichCardSchema,
  SectionSchema,
  SmsSettingsSchema,
  SuggestedActionSchema,
  SuggestionSchema,
  TemplateCardComponentSchema,
  TemplateCardSchema,
  TemplateComponentSchema,
  TemplateList,
  TemplateListSchema,
  TemplateParameterSchema,
  TemplateSchema,
  UserSchema,
  ViberButtonSchema,
} from '../../src/index.js';
import type { INTEGER_KEYS } from '../fixtures/integer-fields.js';

/** `true` when A and B are assignable to each other (and neither is any). */
type Same<A, B> = 0 extends 1 & (A | B) ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output<S extends v.GenericSchema> = v.InferOutput<S>;
/** A key of an integer field, whose number is also written as a string of digits only (`${bigint}`). */
type IntegerKey = (typeof INTEGER_KEYS)[number];
/**
 * A sent wire type as parseMessage reads it (src/wire/lenient.ts): an enum value in any letter case, a number or a
 * boolean also written as a string (an integer field's number in digits), arrays also readonly. Plain strings stay
 * strings.
 */
type AsWritten<T, Whole extends boolean = false> = T extends string
  ? string extends T
    ? T
    : T | (string & {})
  : T extends number
    ? Whole extends true
      ? number | `${bigint}`
      : number | `${number}`
    : T extends boolean
      ? boolean | string
      : T extends readonly (infer Item)[]
        ? readonly AsWritten<Item>[]
        : T extends object
          ? { [K in keyof T]: AsWritten<T[K], K extends IntegerKey ? true : false> }
          : T;
/** The request parseMessage reads before it infers anything: a product list may leave out `interactive.type`. */
type RequestAsRead = Omit<Wire.MessageRequest, 'content'> & {
  content: Omit<Wire.Content, 'interactive'> & {
    interactive?:
      | (Omit<Wire.Interactive, 'type'> & { type?: Wire.Interactive['type'] | undefined })
      | undefined;
  };
};
/** `true` when every Narrow is a Wide (and neither is any). */
type Admits<Wide, Narrow> = 0 extends 1 & (Wide | Narrow) ? false : [Narrow] extends [Wide] ? true : false;

export const same: {
  readonly [K in keyof typeof written]: true;
} = null as unknown as typeof written;

declare const written: {
  MessageRequest: Same<Wire.MessageRequest, Output<typeof MessageRequestSchema>>;
  MessageRequestInput: Same<Wire.MessageRequestInput, AsWritten<RequestAsRead>>;
  MessageRequestInputOfSchema: Admits<Wire.MessageRequestInput, v.InferInput<typeof MessageRequestSchema>>;
  MessageRequestInputOfOutput: Admits<Wire.MessageRequestInput, Wire.MessageRequest>;
  User: Same<Wire.User, Output<typeof UserSchema>>;
  Content: Same<Wire.Content, Output<typeof ContentSchema>>;
  ChannelRoute: Same<Wire.ChannelRoute, Output<typeof ChannelRouteSchema>>;
  MessageType: Same<Wire.MessageType, Output<typeof MessageTypeSchema>>;
  Interactive: Same<Wire.Interactive, Output<typeof InteractiveSchema>>;
  HeaderMedia: Same<Wire.HeaderMedia, Output<typeof HeaderMediaSchema>>;
  InteractiveHeader: Same<Wire.InteractiveHeader, Output<typeof InteractiveHeaderSchema>>;
  InteractiveAction: Same<Wire.InteractiveAction, Output<typeof InteractiveActionSchema>>;
  ReplyButton: Same<Wire.ReplyButton, Output<typeof ReplyButtonSchema>>;
  ListRow: Same<Wire.ListRow, Output<typeof ListRowSchema>>;
  Section: Same<Wire.Section, Output<typeof SectionSchema>>;
  ProductItem: Same<Wire.ProductItem, Output<typeof ProductItemSchema>>;
  RichCard: Same<Wire.RichCard, Output<typeof RichCardSchema>>;
  Carousel: Same<Wire.Carousel, Output<typeof CarouselSchema>>;
  CarouselCard: Same<Wire.CarouselCard, Output<typeof CarouselCardSchema>>;
  CardMedia: Same<Wire.CardMedia, Output<typeof CardMediaSchema>>;
  Suggestion: Same<Wire.Suggestion, Output<typeof SuggestionSchema>>;
  SuggestedAction: Same<Wire.SuggestedAction, Output<typeof SuggestedActionSchema>>;
  Template: Same<Wire.Template, Output<typeof TemplateSchema>>;
  TemplateComponent: Same<Wire.TemplateComponent, Output<typeof TemplateComponentSchema>>;
  TemplateParameter: Same<Wire.TemplateParameter, Output<typeof TemplateParameterSchema>>;
  TemplateCard: Same<Wire.TemplateCard, Output<typeof TemplateCardSchema>>;
  TemplateCardComponent: Same<Wire.TemplateCardComponent, Output<typeof TemplateCardComponentSchema>>;
  CardParameter: Same<Wire.CardParameter, Output<typeof CardParameterSchema>>;
  Location: Same<Wire.Location, Output<typeof LocationSchema>>;
  DirectSend: Same<Wire.DirectSend, Output<typeof DirectSendSchema>>;
  SmsSettings: Same<Wire.SmsSettings, Output<typeof SmsSettingsSchema>>;
  ViberButton: Same<Wire.ViberButton, Output<typeof ViberButtonSchema>>;
};

// The check itself can fail: a type that differs by one field is not the same.
// @ts-expect-error a Location without its latitude is not the schema's output
export const differs: Same<Omit<Wire.Location, 'latitude'>, Output<typeof LocationSchema>> = true;

// The template list is written out too (src/templates/list.ts): what the schema takes is a TemplateList.
export const templateListFromSchema: v.InferInput<typeof TemplateListSchema> extends TemplateList
  ? true
  : false = true;
