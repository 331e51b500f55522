// The fluent builders: the message chain and the content parts it carries.

export type { JsonValue } from '../types/json.js';
export * from './message.js';
export type { LentTo, Relayed, Routing } from './message-rules.js';
export type * from './message-steps.js';
export * from './parts.js';
export * from './parts-index.js';
export type {
  RegisteredCardClosed,
  RegisteredCardComponents,
  RegisteredCardPart,
  RegisteredCardRefusals,
  RegisteredCardStep,
  RegisteredCardSteps,
  RegisteredClosed,
  RegisteredDueComponents,
  RegisteredDueSteps,
  RegisteredReadyComponents,
  RegisteredReadySteps,
  RegisteredRefusals,
  RegisteredStage,
  RegisteredTemplateDue,
  RegisteredTemplateStep,
  TemplateCall,
  TemplateCalls,
  TemplateLanguageRule,
  TemplateNameRule,
  TemplateRules,
  TemplateValuesDue,
} from './registered-template.js';
export type * from './route-stages.js';
export type {
  CardHeader,
  TemplateButtonParameter,
  TemplateButtonSubType,
  TemplateHeader,
  TemplateText,
} from './template.js';
