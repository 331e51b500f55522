// The public content-part builders: WhatsApp interactive messages and RCS rich cards, carousels and suggestions.
// `Interactive`, `RichCard`, `Carousel` and `Suggestion` are both the builder (a value) and the wire type (a type),
// so one import gives both; a barrel that also re-exports the wire types must name these four explicitly.
export type { CountsBelow, CountUpTo, Increment, IsBelow, IsFull, SuccessorTable } from '../types/counts.js';
export type { ExceedsLength, WithinLength } from '../types/length.js';
export {
  type FlowOptions,
  type HeaderedInteractive,
  type HeaderKind,
  type HeaderMediaSource,
  Interactive,
  type ListMessage,
  type LocationRequestMessage,
  type MediaHeader,
  type ProductCount,
  type ProductListMessage,
  type ProductMessage,
  type ReplyButtonCount,
  type ReplyButtonsMessage,
  type RequestMessage,
  type RowCount,
  type SectionCount,
  type SectionedKind,
  type SectionRefusal,
  type VoiceCallOptions,
} from './interactive.js';
export type { CarouselPart, InteractivePart, RichCardPart, SuggestionPart } from './parts.js';
export {
  type CalendarEvent,
  type CardMediaOptions,
  type CardOf,
  type CardShape,
  type CardSteps,
  type CardSuggestionCount,
  Carousel,
  type CarouselBuilder,
  type CarouselCardBuilder,
  type CarouselCardCount,
  type CarouselCardPart,
  type HorizontalRichCard,
  type LocationTarget,
  RichCard,
  type RichCardEnd,
  type SuggestedActionOptions,
  Suggestion,
  type UrlTarget,
  type VerticalRichCard,
} from './rcs.js';
