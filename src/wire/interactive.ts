// WhatsApp interactive messages (`content.interactive`): reply buttons, lists, products, CTA URL, flows,
// call permission requests, voice calls and location requests.
import * as v from 'valibot';
import { INTERACTIVE_LIMITS } from '../limits.js';
import { FlowDataSchema } from './flow-data.js';
import { readAs } from './lenient.js';
import {
  asArray,
  asRecord,
  exactlyOne,
  has,
  httpUrl,
  integerIn,
  type Loose,
  label,
  list,
  nonEmpty,
  object,
  present,
  type Report,
  rules,
  text,
} from './primitives.js';

// Shared with template Flow buttons; in a module of its own so a template-only bundle does not carry this one.
export { FlowDataSchema } from './flow-data.js';

const I = INTERACTIVE_LIMITS;

/**
 * The kinds of interactive message (`content.interactive.type`); `request_contact_info` comes from 8x8's OpenAPI.
 *
 * @example
 * ```ts
 * import { INTERACTIVE_TYPES } from '8x8-chatapps';
 *
 * INTERACTIVE_TYPES.includes('cta_url'); // true
 * ```
 */
export const INTERACTIVE_TYPES = [
  'button',
  'list',
  'product',
  'product_list',
  'cta_url',
  'flow',
  'call_permission_request',
  'request_contact_info',
  'voice_call',
  'location_request_message',
] as const;

/**
 * A reply button: its id comes back in the webhook when tapped.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ReplyButtonSchema } from '8x8-chatapps';
 *
 * v.is(ReplyButtonSchema, { type: 'reply', reply: { id: 'yes', title: 'Yes' } }); // true
 * ```
 */
export const ReplyButtonSchema = object({
  type: v.optional(v.picklist(['reply'])),
  reply: object({
    id: label(I.buttonIdMaxLength),
    title: label(I.buttonTitleMaxLength),
  }),
});

/**
 * A row of a list message.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ListRowSchema } from '8x8-chatapps';
 *
 * v.is(ListRowSchema, { id: 'am', title: 'Morning', description: '08:00–12:00' }); // true
 * ```
 */
export const ListRowSchema = object({
  id: label(I.rowIdMaxLength),
  title: label(I.rowTitleMaxLength),
  description: v.optional(text(I.rowDescriptionMaxLength)),
});

/**
 * A product of a multi-product message.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { ProductItemSchema } from '8x8-chatapps';
 *
 * v.is(ProductItemSchema, { product_retailer_id: 'sku-1' }); // true
 * ```
 */
export const ProductItemSchema = object({
  product_retailer_id: nonEmpty,
});

/**
 * A section of a list or multi-product message.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { SectionSchema } from '8x8-chatapps';
 *
 * v.is(SectionSchema, { title: 'Tomorrow', rows: [{ id: 'am', title: 'Morning' }] }); // true
 * ```
 */
export const SectionSchema = object({
  title: v.optional(label(I.sectionTitleMaxLength)),
  rows: v.optional(v.array(ListRowSchema)),
  product_items: v.optional(list(ProductItemSchema, 'products in a section', 1)),
});

/**
 * Parameters of CTA URL, flow and voice call messages.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InteractiveParametersSchema } from '8x8-chatapps';
 *
 * v.is(InteractiveParametersSchema, { display_text: 'Track', url: 'https://www.example.com/t/1' }); // true
 * ```
 */
export const InteractiveParametersSchema = object({
  display_text: v.optional(label(I.displayTextMaxLength)),
  ttlMinutes: v.optional(integerIn(I.ttlMinutesMin, I.ttlMinutesMax)),
  payload: v.optional(text(I.voiceCallPayloadMaxLength)),
  url: v.optional(httpUrl),
  flowId: v.optional(nonEmpty),
  flowCta: v.optional(label(I.flowCtaMaxLength)),
  flowAction: v.optional(v.picklist(['navigate', 'data_exchange'])),
  flowActionPayload: v.optional(
    object({
      screen: v.optional(nonEmpty),
      data: v.optional(FlowDataSchema),
    }),
  ),
});

/**
 * What the user can do after reading the message.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InteractiveActionSchema } from '8x8-chatapps';
 *
 * v.is(InteractiveActionSchema, { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] }); // true
 * ```
 */
export const InteractiveActionSchema = object({
  button: v.optional(label(I.listButtonMaxLength)),
  buttons: v.optional(
    list(ReplyButtonSchema, 'reply buttons', I.replyButtonsMinCount, I.replyButtonsMaxCount),
  ),
  catalog_id: v.optional(nonEmpty),
  product_retailer_id: v.optional(nonEmpty),
  name: v.optional(nonEmpty),
  sections: v.optional(list(SectionSchema, 'sections', I.sectionsMinCount, I.sectionsMaxCount)),
  parameters: v.optional(InteractiveParametersSchema),
});

/**
 * Media of an interactive header: an uploaded media id or a public link, not both.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { HeaderMediaSchema } from '8x8-chatapps';
 *
 * v.is(HeaderMediaSchema, { link: 'https://www.example.com/header.jpg' }); // true
 * ```
 */
export const HeaderMediaSchema = v.pipe(
  object({
    id: v.optional(nonEmpty),
    link: v.optional(httpUrl),
    caption: v.optional(v.string()),
    filename: v.optional(v.string()),
    provider: v.optional(v.string()),
  }),
  rules((media, report) => {
    // Media is referenced by an uploaded media id or by a link, never both.
    exactlyOne(media, ['id', 'link'], report);
  }),
);

/**
 * The kinds of interactive header.
 *
 * @example
 * ```ts
 * import { HEADER_TYPES } from '8x8-chatapps';
 *
 * HEADER_TYPES.includes('document'); // true
 * ```
 */
export const HEADER_TYPES = ['text', 'image', 'video', 'document'] as const;

/**
 * Header shown above the body. `text` is a string (Meta's form; see docs/decisions.md).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InteractiveHeaderSchema } from '8x8-chatapps';
 *
 * v.is(InteractiveHeaderSchema, { type: 'text', text: 'Your order' }); // true
 * ```
 */
export const InteractiveHeaderSchema = v.pipe(
  object({
    type: v.picklist(HEADER_TYPES),
    text: v.optional(label(I.headerTextMaxLength)),
    image: v.optional(HeaderMediaSchema),
    video: v.optional(HeaderMediaSchema),
    document: v.optional(HeaderMediaSchema),
  }),
  rules((header, report) => {
    const type = header['type'];
    if (typeof type !== 'string' || !(HEADER_TYPES as readonly string[]).includes(type)) return;
    // The header carries the field its type names, and only that one.
    if (!has(header, type)) report([type], `is required when header type is "${type}"`);
    for (const other of present(header, HEADER_TYPES).filter((key) => key !== type)) {
      report([other], `is not allowed when header type is "${type}"`);
    }
    // A filename describes a document only.
    for (const media of ['image', 'video'] as const) {
      if (has(asRecord(header[media]), 'filename'))
        report([media, 'filename'], 'is only allowed on a document');
    }
  }),
);

/** Which action fields each interactive type uses; a field of another type is a mistake. */
const ACTION_FIELDS: Record<(typeof INTERACTIVE_TYPES)[number], readonly string[]> = {
  button: ['buttons'],
  list: ['button', 'sections'],
  product: ['catalog_id', 'product_retailer_id'],
  // 8x8's own product-list examples also carry product_retailer_id beside the sections.
  product_list: ['catalog_id', 'sections', 'product_retailer_id'],
  cta_url: ['parameters'],
  flow: ['parameters'],
  voice_call: ['parameters'],
  location_request_message: [],
  call_permission_request: [],
  request_contact_info: [],
};
const CHECKED_ACTION_FIELDS = [
  'button',
  'buttons',
  'catalog_id',
  'product_retailer_id',
  'sections',
  'parameters',
];

/** Which parameters each parameterised type uses. */
const PARAMETER_FIELDS: Partial<Record<(typeof INTERACTIVE_TYPES)[number], readonly string[]>> = {
  cta_url: ['display_text', 'url'],
  flow: ['flowId', 'flowCta', 'flowAction', 'flowActionPayload'],
  voice_call: ['display_text', 'ttlMinutes', 'payload'],
};
const CHECKED_PARAMETER_FIELDS = Object.keys(InteractiveParametersSchema.entries);

/** Types whose body is optional; every other type requires one. */
const BODY_OPTIONAL = ['product', 'call_permission_request', 'request_contact_info'];
/** Types that need no action object. */
const ACTION_OPTIONAL = ['call_permission_request', 'request_contact_info'];

function requireFields(
  value: Loose | undefined,
  fields: readonly string[],
  at: (string | number)[],
  why: string,
  report: Report,
) {
  for (const field of fields) if (!has(value, field)) report([...at, field], `is required ${why}`);
}

function checkUnique(
  items: readonly unknown[],
  key: (item: Loose) => unknown,
  at: (index: number) => (string | number)[],
  what: string,
  report: Report,
) {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = key(asRecord(item) ?? {});
    if (typeof value !== 'string') return;
    if (seen.has(value))
      report(at(index), `must be unique within the message: another ${what} is "${value}"`);
    seen.add(value);
  });
}

function checkSections(action: Loose, type: 'list' | 'product_list', report: Report) {
  const sections = asArray(action['sections']);
  const itemsKey = type === 'list' ? 'rows' : 'product_items';
  // A section title is required once there is more than one section.
  if (sections.length > 1) {
    sections.forEach((section, index) => {
      if (!has(asRecord(section), 'title'))
        report(['action', 'sections', index, 'title'], 'is required when there is more than one section');
    });
  }
  sections.forEach((section, index) => {
    const record = asRecord(section);
    if (!has(record, itemsKey))
      report(['action', 'sections', index, itemsKey], `is required in every section of a ${type} message`);
    const otherKey = type === 'list' ? 'product_items' : 'rows';
    if (has(record, otherKey))
      report(['action', 'sections', index, otherKey], `is not allowed in a ${type} message`);
  });
  const total = sections.reduce<number>(
    (sum, section) => sum + asArray(asRecord(section)?.[itemsKey]).length,
    0,
  );
  if (type === 'list') {
    // You can have a total of 10 rows across your sections; each section has at least one.
    sections.forEach((section, index) => {
      const rows = asRecord(section)?.['rows'];
      if (Array.isArray(rows) && rows.length === 0)
        report(['action', 'sections', index, 'rows'], 'must have at least 1 row');
    });
    if (total > I.rowsMaxTotal)
      report(
        ['action', 'sections'],
        `must have at most ${I.rowsMaxTotal} rows across all sections, got ${total}`,
      );
    const rows = sections.flatMap((section, sectionIndex) =>
      asArray(asRecord(section)?.['rows']).map((row, rowIndex) => ({ row, sectionIndex, rowIndex })),
    );
    checkUnique(
      rows.map((entry) => entry.row),
      (row) => row['id'],
      (index) => {
        const entry = rows[index]!;
        return ['action', 'sections', entry.sectionIndex, 'rows', entry.rowIndex, 'id'];
      },
      'row id',
      report,
    );
  } else if (total > I.productItemsMaxTotal) {
    // A maximum of 30 products across all sections.
    report(
      ['action', 'sections'],
      `must have at most ${I.productItemsMaxTotal} products across all sections, got ${total}`,
    );
  }
}

function checkInteractive(interactive: Loose, report: Report) {
  const type = interactive['type'];
  if (typeof type !== 'string' || !(INTERACTIVE_TYPES as readonly string[]).includes(type)) return;
  const kind = type as (typeof INTERACTIVE_TYPES)[number];
  const action = asRecord(interactive['action']);
  const header = asRecord(interactive['header']);
  const forType = `for a "${kind}" interactive message`;

  // Body: optional for product and call_permission_request; required for other message types.
  if (!BODY_OPTIONAL.includes(kind) && !has(interactive, 'body')) report(['body'], `is required ${forType}`);
  // Header: you cannot set a header for product and location request messages.
  if ((kind === 'product' || kind === 'location_request_message') && has(interactive, 'header')) {
    report(['header'], `is not allowed ${forType}`);
  }
  // List messages take a text header only.
  if (kind === 'list' && header && header['type'] !== undefined && header['type'] !== 'text') {
    report(['header', 'type'], 'must be "text" for a list message (lists take a text header only)');
  }
  // Multi-product messages take a text header; the reference makes the header optional (docs/decisions.md).
  if (kind === 'product_list' && header && header['type'] !== undefined && header['type'] !== 'text') {
    report(['header', 'type'], 'must be "text" for a product_list message');
  }
  // Footer: you cannot set a footer for the location request message type.
  if (kind === 'location_request_message' && has(interactive, 'footer'))
    report(['footer'], `is not allowed ${forType}`);
  // A call permission request is WhatsApp's own card: only its body is yours (docs/decisions.md).
  if (kind === 'call_permission_request') {
    for (const part of ['header', 'footer'] as const) {
      if (has(interactive, part))
        report([part], `is not allowed ${forType}: WhatsApp shows its own card, only the body is yours`);
    }
  }

  // Type and Action are required properties (call permission and contact info requests need no action).
  if (!action) {
    if (!ACTION_OPTIONAL.includes(kind) && !has(interactive, 'action'))
      report(['action'], `is required ${forType}`);
    return;
  }
  for (const field of CHECKED_ACTION_FIELDS) {
    if (has(action, field) && !ACTION_FIELDS[kind].includes(field))
      report(['action', field], `is not allowed ${forType}`);
  }
  const parameters = asRecord(action['parameters']);
  const allowedParameters = PARAMETER_FIELDS[kind];
  if (parameters && allowedParameters) {
    for (const field of CHECKED_PARAMETER_FIELDS) {
      if (has(parameters, field) && !allowedParameters.includes(field)) {
        report(['action', 'parameters', field], `is not allowed ${forType}`);
      }
    }
  }

  switch (kind) {
    case 'button': {
      // Reply buttons: 1–3 buttons, ids and titles unique within the message.
      requireFields(action, ['buttons'], ['action'], forType, report);
      const buttons = asArray(action['buttons']);
      const reply = (button: Loose) => asRecord(button['reply']);
      checkUnique(
        buttons,
        (b) => reply(b)?.['id'],
        (i) => ['action', 'buttons', i, 'reply', 'id'],
        'button id',
        report,
      );
      checkUnique(
        buttons,
        (b) => reply(b)?.['title'],
        (i) => ['action', 'buttons', i, 'reply', 'title'],
        'button title',
        report,
      );
      break;
    }
    case 'list':
      // List messages: the menu button and 1–10 sections of rows.
      requireFields(action, ['button', 'sections'], ['action'], forType, report);
      checkSections(action, 'list', report);
      break;
    case 'product':
      // Single product messages: the catalog and the product.
      requireFields(action, ['catalog_id', 'product_retailer_id'], ['action'], forType, report);
      break;
    case 'product_list':
      // Multi-product messages: the catalog and sections of products.
      requireFields(action, ['catalog_id', 'sections'], ['action'], forType, report);
      checkSections(action, 'product_list', report);
      break;
    case 'cta_url':
      // Call-to-action URL: the button label and the URL it opens.
      requireFields(action, ['parameters'], ['action'], forType, report);
      requireFields(
        parameters,
        parameters ? ['display_text', 'url'] : [],
        ['action', 'parameters'],
        forType,
        report,
      );
      break;
    case 'flow': {
      // Flows: the flow id and the CTA text; a navigate payload only with the navigate action.
      requireFields(action, ['parameters'], ['action'], forType, report);
      requireFields(
        parameters,
        parameters ? ['flowId', 'flowCta'] : [],
        ['action', 'parameters'],
        forType,
        report,
      );
      const flowAction = parameters?.['flowAction'];
      if (has(parameters, 'flowActionPayload') && flowAction !== undefined && flowAction !== 'navigate') {
        report(
          ['action', 'parameters', 'flowActionPayload'],
          'is only allowed when flowAction is "navigate"',
        );
      }
      break;
    }
    case 'voice_call':
      // Voice call: parameters are required (the label defaults to "Call Now").
      requireFields(action, ['parameters'], ['action'], forType, report);
      break;
    case 'location_request_message':
      // Location request: action.name must be send_location (read in any letter case, see readInteractive).
      if (!has(action, 'name')) report(['action', 'name'], `is required ${forType}: "${SEND_LOCATION}"`);
      else if (action['name'] !== SEND_LOCATION)
        report(['action', 'name'], `must be "${SEND_LOCATION}" ${forType}`);
      break;
    case 'call_permission_request':
    case 'request_contact_info':
      break;
  }
}

/** The action name of a location request: "Required to be send_location". */
const SEND_LOCATION = 'send_location';

/**
 * An interactive message as 8x8 reads it: a product list may leave out its type ({@link inferProductList}), and a
 * location request's action name, a fixed value, is read in any letter case as every enum is and sent as the
 * reference spells it.
 */
function readInteractive(interactive: Loose): Record<string, unknown> {
  const action = asRecord(interactive['action']);
  const type = interactive['type'];
  const name = action?.['name'];
  if (
    typeof type === 'string' &&
    type.toLowerCase() === 'location_request_message' &&
    typeof name === 'string' &&
    name.toLowerCase() === SEND_LOCATION
  ) {
    return name === SEND_LOCATION
      ? interactive
      : { ...interactive, action: { ...action, name: SEND_LOCATION } };
  }
  return inferProductList(interactive);
}

/**
 * 8x8 reads an interactive message without `type` whose action has a `catalog_id` and sections of `product_items` as
 * a multi-product message: only `product_list` has that shape. Any other message without a type stays without one.
 */
function inferProductList(interactive: Loose): Record<string, unknown> {
  if (has(interactive, 'type')) return interactive;
  const action = asRecord(interactive['action']);
  const sections = asArray(action?.['sections']);
  const products =
    sections.length > 0 && sections.every((section) => has(asRecord(section), 'product_items'));
  return has(action, 'catalog_id') && products ? { type: 'product_list', ...interactive } : interactive;
}

/**
 * An interactive message (`content.interactive`, type `interactive`).
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { InteractiveSchema } from '8x8-chatapps';
 *
 * v.is(InteractiveSchema, {
 *   type: 'button',
 *   body: { text: 'Confirm your slot?' },
 *   action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
 * }); // true
 * ```
 */
export const InteractiveSchema = readAs(
  v.pipe(
    object({
      type: v.picklist(
        INTERACTIVE_TYPES,
        `must be one of ${INTERACTIVE_TYPES.map((type) => `"${type}"`).join(', ')}`,
      ),
      action: v.optional(InteractiveActionSchema),
      header: v.optional(InteractiveHeaderSchema),
      body: v.optional(object({ text: label(I.bodyTextMaxLength) })),
      footer: v.optional(object({ text: label(I.footerTextMaxLength) })),
    }),
    rules(checkInteractive),
  ),
  readInteractive,
);
