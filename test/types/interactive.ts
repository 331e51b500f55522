// Type tests of the interactive-message builders: for every rule a chain that compiles and one that must not
// (`@ts-expect-error`). Checked by `tsc` (7) and `tsc6`; nothing here runs.

import type {
  BodyText,
  ButtonsBody,
  FullList,
  FullProductList,
  ListMessage,
  RowCount,
} from '../../src/builder/interactive.js';
import {
  Interactive,
  type InteractivePart,
  type ReplyButtonsMessage,
} from '../../src/builder/parts-index.js';
import type { Interactive as SchemaInteractive } from '../../src/wire/types.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}
function takesPart(_part: InteractivePart): void {}
function takesDirectSendable(_part: InteractivePart<true>): void {}

// ----- Reply buttons: 1–3 -----------------------------------------------------------------------------------------
const noButton = Interactive.buttons('Pick one');
// @ts-expect-error a reply-buttons message needs at least one button
takesPart(noButton);
const oneButton = noButton.button('a', 'A');
takesPart(oneButton);
const threeButtons = oneButton.button('b', 'B').button('c', 'C');
takesPart(threeButtons);
// @ts-expect-error a reply-buttons message has at most 3 buttons
threeButtons.button('d', 'D');
// A full message stays full (and its .button refused) through the other steps.
// @ts-expect-error a reply-buttons message has at most 3 buttons, after .header() too
threeButtons.header('Slots').footer('Thanks').button('d', 'D');
// A count known only at run time (a loop) stays the general builder; build() checks it.
let buttonsFromData: ReplyButtonsMessage = Interactive.buttons('Pick one');
for (const id of ['a', 'b']) buttonsFromData = buttonsFromData.button(id, id.toUpperCase());
takesPart(buttonsFromData);
// The refused parameter IS the message the developer reads.
expectType<
  Equal<Parameters<typeof threeButtons.button>[0], '✗ a reply-buttons message has at most 3 buttons'>
>();
expectType<
  Equal<typeof noButton.kind, '✗ a reply-buttons message needs at least 1 button: call .button(id, title)'>
>();

// ----- Direct Send: CTA URL and 1–3 reply buttons with at most a text header ---------------------------------------
takesDirectSendable(oneButton);
takesDirectSendable(oneButton.header('Delivery feedback'));
// @ts-expect-error reply buttons with a media header cannot be sent with Direct Send
takesDirectSendable(oneButton.header({ image: 'https://example.com/a.png' }));
const cta = Interactive.ctaUrl('Go', { displayText: 'Go', url: 'https://example.com' });
takesDirectSendable(cta);
takesDirectSendable(cta.header('Receipt'));
// @ts-expect-error Direct Send takes text headers only, on a CTA URL too
takesDirectSendable(cta.header({ video: 'https://example.com/v.mp4' }));
// @ts-expect-error lists cannot be sent with Direct Send
takesDirectSendable(Interactive.list('Pick', { button: 'Open' }).row('a', 'A'));
// @ts-expect-error flows cannot be sent with Direct Send
takesDirectSendable(Interactive.flow('Go', { flowId: '1', flowCta: 'Go' }));
expectType<Equal<(typeof oneButton)['directSendable'], true>>();

// ----- Lists: 1–10 sections, ≤10 rows, a title on every section once there are several -----------------------------
const emptyList = Interactive.list('Which service?', { button: 'Services' });
// @ts-expect-error a list needs at least one row
takesPart(emptyList);
// @ts-expect-error a section needs at least one row
takesPart(emptyList.section('Hair'));
takesPart(emptyList.row('a', 'A'));
takesPart(emptyList.section('Hair').row('cut', 'Haircut').section('Nails').row('mani', 'Manicure'));
// @ts-expect-error the last section has no row
takesPart(emptyList.section('Hair').row('cut', 'Haircut').section('Nails'));
// @ts-expect-error a second section needs the first one titled: rows before any .section() form an untitled one
emptyList.row('a', 'A').section('Second');
// @ts-expect-error a new section before the current one has a row
emptyList.section('Hair').section('Nails');
const tenRows = emptyList
  .section('One')
  .row('1', '1')
  .row('2', '2')
  .row('3', '3')
  .row('4', '4')
  .row('5', '5')
  .section('Two')
  .row('6', '6')
  .row('7', '7')
  .row('8', '8')
  .row('9', '9')
  .row('10', '10');
takesPart(tenRows);
// @ts-expect-error at most 10 rows across all sections
tenRows.row('11', '11');
// @ts-expect-error no room for a section once there are 10 rows
tenRows.section('Three');
// A full list is its own stage (FullList: .row and .section struck through in completion), kept through the footer.
expectType<Equal<typeof tenRows, FullList<2>>>();
takesPart(tenRows.footer('Prices include tax').header('Book'));
// @ts-expect-error at most 10 rows, also after a footer
tenRows.footer('Prices include tax').row('11', '11');
// A list filled in a loop has a range of rows: it stays the general builder.
let looped: ListMessage<0, Exclude<RowCount, 0>, false> = emptyList.row('0', '0');
for (const slot of ['1', '2']) looped = looped.row(slot, slot);
takesPart(looped);
const tenSections = emptyList
  .section('1')
  .row('1', '1')
  .section('2')
  .row('2', '2')
  .section('3')
  .row('3', '3')
  .section('4')
  .row('4', '4')
  .section('5')
  .row('5', '5')
  .section('6')
  .row('6', '6')
  .section('7')
  .row('7', '7')
  .section('8')
  .row('8', '8')
  .section('9')
  .row('9', '9');
takesPart(tenSections.section('10').row('10', '10'));
// @ts-expect-error lists take a text header only
emptyList.header({ image: 'https://example.com/a.png' });
emptyList.header('Book a service');

// ----- Product lists: ≤30 products, a text header given up front -------------------------------------------------
const products = Interactive.productList('Picked for you', { header: 'New in', catalogId: 'c1' });
// @ts-expect-error a product list needs at least one product
takesPart(products);
takesPart(products.section('Shirts').product('sku-1').section('Shoes').product('sku-2'));
// @ts-expect-error a product list takes its header in the factory; no other header
products.header('Other');
// biome-ignore format: thirty products, one per step
const thirty = products.product('1').product('2').product('3').product('4').product('5').product('6').product('7').product('8').product('9').product('10').product('11').product('12').product('13').product('14').product('15').product('16').product('17').product('18').product('19').product('20').product('21').product('22').product('23').product('24').product('25').product('26').product('27').product('28').product('29').product('30');
takesPart(thirty);
// @ts-expect-error at most 30 products across all sections
thirty.product('31');
expectType<Equal<typeof thirty, FullProductList<0>>>();
// @ts-expect-error no room for a section once there are 30 products
thirty.footer('While stocks last').section('More');

// ----- Headers and footers where each kind allows them --------------------------------------------------------------
// @ts-expect-error no header on a single-product message
Interactive.product({ catalogId: 'c', productRetailerId: 'p' }).header('Hi');
takesPart(
  Interactive.product({ catalogId: 'c', productRetailerId: 'p' })
    .body('Back in stock')
    .footer('Free returns'),
);
// @ts-expect-error no header on a location request
Interactive.locationRequest('Where are you?').header('Hi');
// @ts-expect-error no footer on a location request
Interactive.locationRequest('Where are you?').footer('Hi');
takesPart(Interactive.locationRequest('Where are you?'));
takesPart(
  Interactive.voiceCall('Call us')
    .header({ document: 'https://example.com/a.pdf', filename: 'a.pdf' })
    .footer('Free'),
);
// @ts-expect-error a filename describes a document only
Interactive.voiceCall('Call us').header({ image: 'https://example.com/a.png', filename: 'a.png' });
// @ts-expect-error header media is a link or an uploaded id, not both
Interactive.voiceCall('Call us').header({ image: { link: 'https://example.com/a.png', id: '1' } });
takesPart(Interactive.callPermissionRequest().body('May we call you?'));
takesPart(Interactive.requestContactInfo());

// ----- Body: required where the API requires it --------------------------------------------------------------------
// Reply buttons need a body: without one the error reads as the rule, on the call's line (the refusal overload's
// parameters are the rule, not a missing parameter: "Expected 1 arguments, but got 0" before).
// @ts-expect-error ✗ reply buttons need a body: Interactive.buttons(body) takes the message text
Interactive.buttons();
expectType<
  Equal<
    ButtonsBody<[]>,
    '✗ reply buttons need a body: Interactive.buttons(body) takes the message text' & readonly never[]
  >
>();
// A body that does not fit is the body overload's own error (the refusal takes no single argument); two are a count.
expectType<Equal<ButtonsBody<['']>, []>>();
expectType<Equal<ButtonsBody<['a', 'b']>, [body: string]>>();
// @ts-expect-error Expected 1 arguments, but got 2
Interactive.buttons('Still on?', 'Yes');
// @ts-expect-error a CTA URL needs its button label and URL
Interactive.ctaUrl('Go', { url: 'https://example.com' });

// ----- Flows: a navigate payload only with the navigate action ----------------------------------------------------
takesPart(Interactive.flow('Go', { flowId: '1', flowCta: 'Go', screen: 'START', data: { a: 1 } }));
takesPart(Interactive.flow('Go', { flowId: '1', flowCta: 'Go', flowAction: 'data_exchange' }));
// @ts-expect-error a data-exchange flow takes no screen
Interactive.flow('Go', { flowId: '1', flowCta: 'Go', flowAction: 'data_exchange', screen: 'START' });

// ----- Every finished part is one public type: arrays of mixed parts work ------------------------------------------
const mixed: InteractivePart[] = [
  oneButton,
  tenRows,
  thirty,
  Interactive.ctaUrl('Go', { displayText: 'Go', url: 'https://example.com' }),
  Interactive.locationRequest('Where?'),
];

export { mixed };

// ----- Lengths of string literals (the schemas check every string at runtime; literals are caught while typing) ----
declare const anyTitle: string;
takesPart(Interactive.buttons('Pick').button('a', 'Exactly twenty chars'));
takesPart(Interactive.buttons('Pick').button('a', anyTitle));
// @ts-expect-error a button title has at most 20 characters
Interactive.buttons('Pick').button('a', 'Twenty-one characters');
expectType<
  Equal<
    Parameters<typeof oneButton.button<'b', 'Twenty-one characters'>>[1],
    '✗ a button title has at most 20 characters'
  >
>();
takesPart(emptyList.row('a', 'Twenty-four characters!!'));
// @ts-expect-error a row title has at most 24 characters
emptyList.row('a', 'Twenty-five characters!!!');
takesPart(emptyList.section('Twenty-four characters!!').row('a', 'A'));
// @ts-expect-error a section title has at most 24 characters
emptyList.section('Twenty-five characters!!!');

// Every label-like limit: at the limit accepted, one past it refused on the argument (the rule is the expected type).
const sixty = '123456789012345678901234567890123456789012345678901234567890';
const sixtyOne = '1234567890123456789012345678901234567890123456789012345678901';
takesPart(Interactive.buttons('Pick').header(sixty).footer(sixty).button('a', 'A'));
// @ts-expect-error ✗ a header text has at most 60 characters
Interactive.buttons('Pick').header(sixtyOne);
// @ts-expect-error ✗ a footer text has at most 60 characters
Interactive.buttons('Pick').footer(sixtyOne);
// @ts-expect-error ✗ a header text has at most 60 characters, after the buttons too
threeButtons.header(sixtyOne);
takesPart(emptyList.header(sixty).footer(sixty).row('a', 'A'));
// @ts-expect-error ✗ a header text has at most 60 characters (a list's text header)
emptyList.header(sixtyOne);
// @ts-expect-error ✗ a footer text has at most 60 characters
emptyList.row('a', 'A').footer(sixtyOne);
// @ts-expect-error ✗ a footer text has at most 60 characters, on a full list too
tenRows.footer(sixtyOne);
takesPart(cta.header(sixty).footer(sixty));
// @ts-expect-error ✗ a header text has at most 60 characters
cta.header(sixtyOne);
// @ts-expect-error ✗ a footer text has at most 60 characters
Interactive.product({ catalogId: 'c', productRetailerId: 'p' }).footer(sixtyOne);
takesPart(Interactive.productList('Picks', { header: sixty, catalogId: 'c' }).product('p'));
// @ts-expect-error ✗ a header text has at most 60 characters
Interactive.productList('Picks', { header: sixtyOne, catalogId: 'c' });
// @ts-expect-error ✗ a footer text has at most 60 characters
Interactive.productList('Picks', { catalogId: 'c' }).product('p').footer(sixtyOne);
takesPart(Interactive.list('Pick', { button: 'Exactly twenty chars' }).row('a', 'A'));
// @ts-expect-error ✗ a list button label has at most 20 characters
Interactive.list('Pick', { button: 'A button label too long for it' });
const seventyTwo = '123456789012345678901234567890123456789012345678901234567890123456789012';
takesPart(emptyList.row('a', 'A', seventyTwo));
// @ts-expect-error ✗ a row description has at most 72 characters
emptyList.row('a', 'A', `${seventyTwo}3` as const);
takesPart(Interactive.ctaUrl('Go', { displayText: 'Exactly twenty chars', url: 'https://example.com' }));
// @ts-expect-error ✗ a button label has at most 20 characters
Interactive.ctaUrl('Go', { displayText: 'Twenty-one characters', url: 'https://example.com' });
takesPart(Interactive.voiceCall('Call us', { displayText: 'Exactly twenty chars' }));
// @ts-expect-error ✗ a button label has at most 20 characters
Interactive.voiceCall('Call us', { displayText: 'Twenty-one characters' });
takesPart(Interactive.flow('Go', { flowId: '1', flowCta: 'Exactly thirty characters here' }));
// @ts-expect-error ✗ a flow button label has at most 30 characters
Interactive.flow('Go', { flowId: '1', flowCta: 'Thirty-one characters, too long' });
expectType<
  Equal<Parameters<typeof emptyList.header<typeof sixtyOne>>[0], '✗ a header text has at most 60 characters'>
>();
// A text known only at run time passes (build() checks it), and a media header still sets a media header.
declare const anyText: string;
takesPart(emptyList.header(anyText).footer(anyText).row(anyText, anyText, anyText));
takesDirectSendable(oneButton.header(anyText));
// @ts-expect-error reply buttons with a media header cannot be sent with Direct Send (the header's one signature)
takesDirectSendable(oneButton.header({ document: 'https://example.com/a.pdf', filename: 'a.pdf' }));

// ----- Empty literals of required strings are refused on the argument -------------------------------------------------
// @ts-expect-error ✗ a body text must not be empty
Interactive.buttons('');
// @ts-expect-error ✗ a reply button id must not be empty
Interactive.buttons('Pick').button('', 'Yes');
// @ts-expect-error ✗ a button title must not be empty
Interactive.buttons('Pick').button('a', '');
// @ts-expect-error ✗ a header text must not be empty
Interactive.buttons('Pick').header('');
// @ts-expect-error ✗ a footer text must not be empty
Interactive.buttons('Pick').footer('');
// @ts-expect-error ✗ a body text must not be empty
Interactive.list('', { button: 'Open' });
// @ts-expect-error ✗ a list button label must not be empty
Interactive.list('Pick', { button: '' });
// @ts-expect-error ✗ a section title must not be empty
emptyList.section('');
// An empty row id is left to build() (docs/decisions.md): it compiles.
emptyList.row('', 'A');
// @ts-expect-error ✗ a row title must not be empty
emptyList.row('a', '');
// A row description may be empty (the wire takes an empty one).
takesPart(emptyList.row('a', 'A', ''));
// @ts-expect-error ✗ a button label must not be empty
Interactive.ctaUrl('Go', { displayText: '', url: 'https://example.com' });
// @ts-expect-error ✗ a URL must not be empty
Interactive.ctaUrl('Go', { displayText: 'Go', url: '' });
// @ts-expect-error ✗ a flow id must not be empty
Interactive.flow('Go', { flowId: '', flowCta: 'Go' });
// @ts-expect-error ✗ a flow button label must not be empty
Interactive.flow('Go', { flowId: '1', flowCta: '' });
// @ts-expect-error ✗ a button label must not be empty
Interactive.voiceCall('Call us', { displayText: '' });
// @ts-expect-error ✗ a catalog id must not be empty
Interactive.product({ catalogId: '', productRetailerId: 'p' });
// @ts-expect-error ✗ a product retailer id must not be empty
Interactive.product({ catalogId: 'c', productRetailerId: '' });
// @ts-expect-error ✗ a body text must not be empty
Interactive.product({ catalogId: 'c', productRetailerId: 'p' }).body('');
// @ts-expect-error ✗ a product retailer id must not be empty
Interactive.productList('Picks', { catalogId: 'c' }).product('');
// @ts-expect-error ✗ a catalog id must not be empty
Interactive.productList('Picks', { catalogId: '' });
// @ts-expect-error ✗ a body text must not be empty
Interactive.callPermissionRequest().body('');
// @ts-expect-error ✗ a body text must not be empty
Interactive.locationRequest('');
// The body overload: an empty literal's parameter is the rule.
const buttonsWithBody: <Body extends string>(body: BodyText<Body>) => ReplyButtonsMessage<0, 'none'> =
  Interactive.buttons;
expectType<Equal<Parameters<typeof buttonsWithBody<''>>[0], '✗ a body text must not be empty'>>();

// ----- The wire type a part produces is exactly the schema's type --------------------------------------------------
// (It is the written-out wire type of src/wire/types.ts; this check keeps it identical to the schema's output.)
expectType<Equal<Interactive, SchemaInteractive>>();

// ── Literal lengths agree on TS 6 and 7 (src/types/length.ts): only printable ASCII literals are counted ─────────────
// 11 emoji are 22 UTF-16 units (the wire rule) but 11 code points: both compilers leave it to build(), which refuses it.
Interactive.buttons('Pick').button('emoji', '😀😀😀😀😀😀😀😀😀😀😀');
Interactive.buttons('Pick').button('latin', 'Bestätigung für morgen abholen');
// @ts-expect-error ✗ a button title has at most 20 characters (ASCII, counted alike by both compilers)
Interactive.buttons('Pick').button('ascii', 'Reschedule my appointment');
