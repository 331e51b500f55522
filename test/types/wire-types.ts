// The wire types are written out (src/wire/types.ts says why); the schemas stay the source of truth. Each type and its
// schema's output (MessageRequestInput: input) must be assignable to each other, so a field added, removed or changed
// on one side only fails here, on TypeScript 6 and 7.
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

/** `true` when A and B are assignable to each other (and neither is any). */
type Same<A, B> = 0 extends 1 & (A | B) ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Output<S extends v.GenericSchema> = v.InferOutput<S>;

export const same: {
  readonly [K in keyof typeof written]: true;
} = null as unknown as typeof written;

declare const written: {
  MessageRequest: Same<Wire.MessageRequest, Output<typeof MessageRequestSchema>>;
  MessageRequestInput: Same<Wire.MessageRequestInput, v.InferInput<typeof MessageRequestSchema>>;
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
