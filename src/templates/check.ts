// The run-time twin of the typed template chain (src/builder/registered-template.ts): whether a template message's
// values fit the template it names, by the registry's facts. Same rules, same sentences, so JavaScript callers and
// data from outside get what TypeScript users see in the editor.
import type { ValidationIssue } from '../errors/validation-error.js';
import type { TEMPLATE_BUTTON_SUBTYPES } from '../wire/template.js';
import type {
  TemplateButtonFacts,
  TemplateCardFacts,
  TemplateHeaderFormat,
  TemplateRegistryData,
} from './registry.js';

/** The chain step that gives each button sub-type its value. */
export const BUTTON_STEPS = {
  QuickReply: 'quickReply',
  Url: 'url',
  CopyCode: 'copyCode',
  Flow: 'flow',
  VoiceCall: 'voiceCall',
} as const satisfies Record<(typeof TEMPLATE_BUTTON_SUBTYPES)[number], string>;

/** Each header format in words, with its article, and the value `.header(…)` takes for it. */
export const HEADER_WORDS = {
  Text: { noun: 'a text header', value: 'a string or { name, text }' },
  Image: { noun: 'an image header', value: '{ image: url }' },
  Gif: { noun: 'a gif header', value: '{ gif: url }' },
  Video: { noun: 'a video header', value: '{ video: url }' },
  Document: { noun: 'a document header', value: '{ document: url }' },
  Location: { noun: 'a location header', value: '{ location }' },
} as const satisfies Record<TemplateHeaderFormat, { noun: string; value: string }>;

/** A header with a value to give: any media or location header, or a text header with a placeholder. */
export function headerTakesValue(header: TemplateCardFacts['header']): boolean {
  return header !== null && (header.format !== 'Text' || header.placeholders > 0);
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

// The sentences of the rules, shared with the generated registry file (render.ts), whose types carry them with a
// leading `✗ `: the editor and the run-time check say the same thing.

/** The rule a header value breaks: the template has no header value to give, or one of another kind. */
export function headerRule(label: string, header: TemplateCardFacts['header']): string {
  if (header === null || !headerTakesValue(header))
    return `${label} has no header parameter: leave out .header(…)`;
  const words = HEADER_WORDS[header.format];
  return `${label} has ${words.noun}: .header(…) takes ${words.value}`;
}

/** The rule of the body's count, up to the count given: `… has 3 body parameters: .body(…) got `. */
export function bodyCountRule(label: string, count: number): string {
  return `${label} has ${plural(count, 'body parameter')}: .body(…) got `;
}

/** The rule of a button index past the template's buttons, up to the index: `… has 2 buttons: there is no button `. */
export function noButtonRule(label: string, count: number): string {
  return `${label} has ${count === 0 ? 'no buttons' : plural(count, 'button')}: there is no button `;
}

/** The rule a card breaks on a template without a carousel: `… has no carousel: leave out .card(…)`. */
export function noCarouselRule(label: string): string {
  return `${label} has no carousel: leave out .card(…)`;
}

/**
 * The rule a value for the button at `index` breaks when it is not of the sub-type the template declares (or the
 * button takes none); `undefined` when the button takes any sub-type (a button type we do not know).
 */
export function buttonRule(label: string, button: TemplateButtonFacts, index: number): string | undefined {
  if (button.parameter === 'none')
    return `button ${index} of ${label} (${button.type}) takes no value: leave it out`;
  if (button.subType === null) return undefined;
  return `button ${index} of ${label} is a ${button.subType} button: use .${BUTTON_STEPS[button.subType]}(${index}, …)`;
}

/** A template component as the wire carries it (src/wire/template.ts), as far as the check reads it. */
interface WireComponent {
  readonly type?: string | undefined;
  readonly parameters?: readonly { readonly type?: string; readonly [field: string]: unknown }[] | undefined;
  readonly index?: number | undefined;
  readonly subType?: string | undefined;
  readonly [field: string]: unknown;
}

/**
 * The values of a template message that do not fit its registered template: an unknown name or language, a header
 * of another kind, a body with another number of parameters, a button value the template does not take, and the
 * values the template needs that are missing. Paths are relative to the template (`components[1].parameters`).
 *
 * @example
 * ```ts
 * import { templateIssues, type TemplateRegistryData } from '8x8-chatapps';
 *
 * const templates: TemplateRegistryData = {
 *   order_shipped: { en_US: { status: 'APPROVED', header: null, body: 3, bodyNames: [], buttons: [] } },
 * };
 * const issues = templateIssues(
 *   { name: 'order_shipped', language: 'en_US', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Sam' }] }] },
 *   templates,
 * );
 * // [{ path: 'components[0].parameters', message: 'template order_shipped (en_US) has 3 body parameters: .body(…) got 1' }]
 * ```
 */
export function templateIssues(
  template: {
    readonly name: string;
    readonly language: string;
    readonly components?: readonly WireComponent[] | undefined;
  },
  registry: TemplateRegistryData,
): ValidationIssue[] {
  const { name, language } = template;
  const languages = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (languages === undefined) {
    return [
      {
        path: 'name',
        message: `template ${name} is not in the template registry: pull the templates again if it is new`,
      },
    ];
  }
  const facts = Object.hasOwn(languages, language) ? languages[language] : undefined;
  if (facts === undefined) {
    return [
      {
        path: 'language',
        message: `template ${name} has no language ${language} in the template registry (it has ${Object.keys(languages).join(', ')})`,
      },
    ];
  }
  const label = `template ${name} (${language})`;
  const issues: ValidationIssue[] = [];
  const given = new Set<string | number>();
  const cardsGiven = new Set<number>();
  (template.components ?? []).forEach((component, at) => {
    const path = `components[${at}]`;
    if (component.type === 'carousel') {
      const cards = facts.cards;
      // A template registered without a carousel takes no card.
      if (cards === undefined) {
        issues.push({ path, message: noCarouselRule(label) });
        return;
      }
      // Cards are checked only when the registry read the template's carousel: never refused on a guess.
      if (cards === null) return;
      (component['cards'] as readonly WireCard[] | undefined)?.forEach((card, position) => {
        const cardPath = `${path}.cards[${position}]`;
        const cardIndex = card.cardIndex ?? position;
        const cardFacts = cards[cardIndex];
        if (cardFacts === undefined) {
          issues.push({
            path: `${cardPath}.cardIndex`,
            message: `${label} has ${plural(cards.length, 'card')}: there is no card ${cardIndex}`,
          });
          return;
        }
        cardsGiven.add(cardIndex);
        const cardLabel = `card ${cardIndex} of ${label}`;
        const cardGiven = new Set<string | number>();
        (card.components ?? []).forEach((cardComponent, cardAt) => {
          partIssues(
            cardComponent,
            `${cardPath}.components[${cardAt}]`,
            cardLabel,
            cardFacts,
            cardGiven,
            issues,
          );
        });
        for (const message of missingValues(cardLabel, cardFacts, cardGiven))
          issues.push({ path: cardPath, message });
      });
      return;
    }
    partIssues(component, path, label, facts, given, issues);
  });
  for (const issue of missingValues(label, facts, given)) issues.push({ path: 'components', message: issue });
  // Each registered card is sent (WhatsApp refuses a carousel with another number of cards).
  const registeredCards = facts.cards?.length ?? 0;
  if (registeredCards > 0 && cardsGiven.size < registeredCards) {
    issues.push({
      path: 'components',
      message: `${label} needs its ${plural(registeredCards, 'card')}: add .card(…) for each (${cardsGiven.size} given)`,
    });
  }
  return issues;
}

/** A carousel card as the wire carries it, as far as the check reads it. */
interface WireCard {
  readonly cardIndex?: number | undefined;
  readonly components?: readonly WireComponent[] | undefined;
}

/**
 * The issues of one header, body or button component against the facts of the template, or of one of its carousel
 * cards (`label` names which); records what it gives in `given`.
 */
function partIssues(
  component: WireComponent,
  path: string,
  label: string,
  facts: TemplateCardFacts,
  given: Set<string | number>,
  issues: ValidationIssue[],
): void {
  const parameters = component.parameters ?? [];
  switch (component.type ?? 'body') {
    case 'header': {
      given.add('header');
      const { header } = facts;
      if (header === null || !headerTakesValue(header)) {
        issues.push({ path, message: headerRule(label, header) });
        break;
      }
      // The header's parameter is of the kind its format names (a text header takes text).
      const type = parameters[0]?.type;
      if (type !== header.format.toLowerCase()) {
        issues.push({ path: `${path}.parameters`, message: headerRule(label, header) });
      }
      break;
    }
    case 'body': {
      given.add('body');
      // The body takes exactly one value per placeholder (WhatsApp refuses other counts with error 132000).
      if (parameters.length !== facts.body) {
        issues.push({
          path: `${path}.parameters`,
          message: `${bodyCountRule(label, facts.body)}${parameters.length}`,
        });
        break;
      }
      const misfit = nameMisfit(parameters, facts.bodyNames, label);
      if (misfit !== undefined)
        issues.push({ path: `${path}.parameters[${misfit.at}].name`, message: misfit.message });
      break;
    }
    case 'button': {
      const index = component.index ?? 0;
      given.add(index);
      const button = facts.buttons[index];
      if (button === undefined) {
        issues.push({
          path: `${path}.index`,
          message: `${noButtonRule(label, facts.buttons.length)}${index}`,
        });
      } else if (button.parameter === 'none') {
        issues.push({ path, message: buttonRule(label, button, index) as string });
      } else if (button.subType !== null && component.subType !== button.subType) {
        issues.push({ path: `${path}.subType`, message: buttonRule(label, button, index) as string });
      }
      break;
    }
    default:
      break;
  }
}

/**
 * The first body parameter whose name does not fit: a name on a template with positional placeholders, a name the
 * template does not have, a name given twice. Values without a name fill the placeholders in order.
 */
function nameMisfit(
  parameters: readonly { readonly [field: string]: unknown }[],
  names: readonly string[],
  label: string,
): { at: number; message: string } | undefined {
  const seen = new Set<string>();
  for (const [at, parameter] of parameters.entries()) {
    const name = parameter['name'];
    if (typeof name !== 'string') continue;
    if (names.length === 0)
      return {
        at,
        message: `${label} has positional body parameters: .body(…) takes strings, not { name, text }`,
      };
    if (!names.includes(name))
      return { at, message: `${label} has no body parameter named ${name}: use ${choices(names)}` };
    if (seen.has(name))
      return { at, message: `${label} has one body parameter ${name}: .body(…) gave it twice` };
    seen.add(name);
  }
  return undefined;
}

/** Names as a sentence lists choices, as `Either` does in the types: `a`, `a or b`, `a, b or c`. */
function choices(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * What the template needs before it can be sent, in order (header, body, then each button that takes a required
 * value), each keyed as the chain records what it gives (`'header'`, `'body'`, a button's index), in the chain's words.
 */
export function dueValues(
  label: string,
  facts: TemplateCardFacts,
): { readonly key: 'header' | 'body' | number; readonly message: string }[] {
  const due: { key: 'header' | 'body' | number; message: string }[] = [];
  if (facts.header !== null && headerTakesValue(facts.header)) {
    const noun = HEADER_WORDS[facts.header.format].noun.replace(/^an? /, '');
    due.push({ key: 'header', message: `${label} needs its ${noun}: add .header(…)` });
  }
  if (facts.body > 0) {
    due.push({
      key: 'body',
      message: `${label} needs its ${plural(facts.body, 'body parameter')}: add .body(…)`,
    });
  }
  facts.buttons.forEach((button, index) => {
    if (button.parameter === 'required' && button.subType !== null) {
      due.push({
        key: index,
        message: `${label} needs a value for button ${index}: add .${BUTTON_STEPS[button.subType]}(${index}, …)`,
      });
    }
  });
  return due;
}

/** What the template needs that the message does not give, in the chain's words. */
export function missingValues(
  label: string,
  facts: TemplateCardFacts,
  given: ReadonlySet<string | number>,
): string[] {
  return dueValues(label, facts)
    .filter(({ key }) => !given.has(key))
    .map(({ message }) => message);
}

/**
 * {@link templateIssues} for a whole message: a template message whose first channel is WhatsApp (or that names no
 * channel) is checked against the registry; paths start at the message (`content.template.components[0]…`).
 */
export function messageTemplateIssues(
  message: {
    readonly type?: string;
    readonly content?: { readonly template?: Parameters<typeof templateIssues>[0] | undefined };
    readonly channels?: readonly { readonly channel: string }[] | undefined;
  },
  registry: TemplateRegistryData,
): ValidationIssue[] {
  const template = message.content?.template;
  const first = message.channels?.[0]?.channel;
  // The registry holds the WhatsApp channel's templates; Viber and Zalo templates are not in it.
  if (
    message.type !== 'template' ||
    template === undefined ||
    (first !== undefined && first !== 'WhatsApp')
  ) {
    return [];
  }
  return templateIssues(template, registry).map((issue) => ({
    path: `content.template.${issue.path}`,
    message: issue.message,
  }));
}
