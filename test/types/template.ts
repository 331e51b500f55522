// Type tests of templates on the message chain: button indexes 0–9 each once, at most 2 Url buttons, card buttons
// 0–1, each sub-type with its own parameter (ttlMinutes on VoiceCall only), every parameter type reachable.
import type { TemplateCardPart, TemplateCardStep, TemplateStep } from '../../src/builder/index.js';
import { Message } from '../../src/builder/index.js';
import type { CardButtonIndex } from '../../src/builder/message-rules.js';

const template = Message.to('+15551234567').whatsapp().template('promo', 'en_US');

// ── Components and every parameter type ───────────────────────────────────────────────────────────────────────────
template.header('Order A-1234').body('Sam', 'WINTER25');
template.header({ image: 'https://cdn.example.com/a.jpg' });
// Compiles, though build() refuses a gif file (.gif): not checked in the types, see docs/decisions.md.
template.header({ gif: 'https://cdn.example.com/a.gif' });
template.header({ video: 'https://cdn.example.com/a.mp4' });
template.header({ document: 'https://cdn.example.com/a.pdf' });
template.header({ location: { latitude: 1.28, longitude: 103.86, name: 'Store' } });
// @ts-expect-error a header is text, one media URL or a location
template.header({ audio: 'https://cdn.example.com/a.m4a' });
template
  .quickReply(0, 'yes')
  .url(1, 'winter-sale')
  .copyCode(2, 'WINTER25')
  .flow(3, { screen: 'WELCOME', data: { plan: 'basic' } })
  .voiceCall(4, { ttlMinutes: 60 })
  .button(5, 'QuickReply', { text: 'no' })
  .button(6, 'Url', { text: 'b' })
  .button(7, 'CopyCode', { couponCode: 'X' })
  .button(8, 'Flow', {})
  .button(9, 'VoiceCall', {})
  .callPermissionRequest()
  .build();
Message.to('+15551234567').whatsapp().template('share_contact', 'en').requestContactInfo().build();

// ── Button index: 0–9 (LIMITS.template.buttonIndexMax), each once ─────────────────────────────────────────────────
// @ts-expect-error index 10 is out of range
template.quickReply(10, 'x');
// @ts-expect-error index -1 is out of range
template.copyCode(-1, 'x');
// @ts-expect-error ✗ this button index is already used
template.quickReply(0, 'a').quickReply(0, 'b');
// @ts-expect-error ✗ this button index is already used (across sub-types)
template.url(1, 'a').copyCode(1, 'b');
// @ts-expect-error ✗ this button index is already used (generic .button too)
template.voiceCall(2).button(2, 'QuickReply', { payload: 'x' });

// ── At most 2 Url buttons (LIMITS.template.urlButtonsMaxCount) ────────────────────────────────────────────────────
template.url(0, 'a').url(1, 'b').quickReply(2, 'c');
// @ts-expect-error ✗ a template has at most 2 Url buttons
template.url(0, 'a').url(1, 'b').url(2, 'c');
// @ts-expect-error ✗ a template has at most 2 Url buttons (generic .button counts too)
template.url(0, 'a').button(1, 'Url', { text: 'b' }).button(2, 'Url', { text: 'c' });
// Once full, every other step keeps the stage: still no third Url button, indexes still tracked, and it builds.
const twoUrls = template.url(0, 'a').url(1, 'b');
twoUrls
  .header('Sale')
  .body('Sam')
  .quickReply(2, 'c')
  .copyCode(3, 'X')
  .flow(4)
  .voiceCall(5)
  .button(6, 'QuickReply', { text: 'd' })
  .build();
// @ts-expect-error ✗ a template has at most 2 Url buttons (after other steps)
twoUrls.header('Sale').quickReply(2, 'c').url(3, 'd');
// @ts-expect-error ✗ a template has at most 2 Url buttons (.button after other steps)
twoUrls.body('Sam').button(2, 'Url', { text: 'c' });
// @ts-expect-error ✗ this button index is already used (on the full stage)
twoUrls.copyCode(1, 'X');
// @ts-expect-error ✗ this button index is already used (on the full stage, .button)
twoUrls.flow(4).button(4, 'CopyCode', { couponCode: 'X' });
// The same while SMS waits for its fallback text: refused until .fallbackText(…), then it builds.
const twoUrlsDue = Message.to('+15551234567')
  .whatsapp()
  .sms()
  .template('offer', 'en')
  .url(0, 'a')
  .quickReply(1, 'b')
  .url(2, 'c');
twoUrlsDue.copyCode(3, 'X').fallbackText('See https://example.com/offer').build();
// @ts-expect-error ✗ a template has at most 2 Url buttons (fallback text due)
twoUrlsDue.url(3, 'd');
// @ts-expect-error ✗ SMS is a fallback channel and carries text only (fallback text due, Url buttons full)
twoUrlsDue.copyCode(3, 'X').build();
// @ts-expect-error ✗ this button index is already used (fallback text due, Url buttons full)
twoUrlsDue.voiceCall(1);
// An index typed as a union is refused while any of its members is used (it may be the used one).
declare const zeroOrOne: 0 | 1;
template.quickReply(zeroOrOne, 'a').copyCode(2, 'X');
// @ts-expect-error ✗ button index 0 | 1 may be used: index 0 is
template.quickReply(0, 'a').copyCode(zeroOrOne, 'X');

// ── Parameters follow the sub-type; ttlMinutes on VoiceCall only ──────────────────────────────────────────────────
template.button(0, 'VoiceCall', { ttlMinutes: 30 });
// @ts-expect-error ttlMinutes only on VoiceCall buttons
template.button(0, 'Url', { ttlMinutes: 30 });
// @ts-expect-error ttlMinutes only on VoiceCall buttons
template.button(0, 'QuickReply', { payload: 'x', ttlMinutes: 30 });
// @ts-expect-error a CopyCode button takes a couponCode
template.button(0, 'CopyCode', { text: 'x' });
// @ts-expect-error an unknown sub-type
template.button(0, 'Call', {});
// A text header's named placeholder, as the body's; the footer component, with or without values.
template.header({ name: 'order_id', text: 'A-1234' }).body('Sam').footer().build();
template.footer('Reply STOP to opt out').body({ name: 'first_name', text: 'Sam' }).build();
Message.to('+15551234567').whatsapp().sms().template('promo', 'en_US').footer().fallbackText('Hi').build();
// @ts-expect-error a named header value needs its text
template.header({ name: 'order_id' });
// @ts-expect-error a footer takes text values
template.footer({ image: 'https://cdn.example.com/a.jpg' });
template.card((card) => card.header({ name: 'product', text: 'Boots' }).body('x'));

// ── Carousel cards: buttons 0–1 (LIMITS.template.cardButtonIndexMax), QuickReply or Url ──────────────────────────
template.card((card) =>
  card
    .header({ image: 'https://cdn.example.com/p/boots.jpg' })
    .body('Hiking boots')
    .quickReply(0, 'boots')
    .url(1, 'b'),
);
template.card((card) =>
  card.header({ location: { latitude: 1, longitude: 2 } }).button(0, 'Url', { text: 'x' }),
);
// @ts-expect-error card button index 2 is out of range
template.card((card) => card.quickReply(2, 'x'));
// @ts-expect-error ✗ this button index is already used on this card
template.card((card) => card.quickReply(0, 'x').url(0, 'y'));
// Card buttons are QuickReply, Url or CopyCode.
template.card((card) => card.button(0, 'CopyCode', { couponCode: 'x' }).copyCode(1, 'BOOTS10'));
// @ts-expect-error card buttons are QuickReply, Url or CopyCode
template.card((card) => card.button(0, 'VoiceCall', {}));
// @ts-expect-error ✗ this button index is already used on this card
template.card((card) => card.url(1, 'x').copyCode(1, 'y'));
// @ts-expect-error no gif header on a card
template.card((card) => card.header({ gif: 'https://cdn.example.com/a.gif' }));
// @ts-expect-error the callback returns the card
template.card(() => 'card');
const reusable = (card: TemplateCardStep<never>): TemplateCardPart => card.body('x').quickReply(0, 'a');
template.card(reusable).card(reusable);
// A card with both its buttons refuses a third, whatever its index or step, also after its header or body
// (TemplateCardAt counts on a card having exactly the two indexes 0 and 1: the second button fills it).
const twoIndexes: [CardButtonIndex] extends [0 | 1]
  ? [0 | 1] extends [CardButtonIndex]
    ? true
    : false
  : false = true;
void twoIndexes;
template.card((card) => card.url(1, 'a').quickReply(0, 'b').body('x').header('y'));
// @ts-expect-error ✗ a carousel card has button indexes 0–1 only, each once: all are used
template.card((card) => card.quickReply(0, 'a').url(1, 'b').url(1, 'c'));
template.card((card) =>
  card
    .url(1, 'a')
    .quickReply(0, 'b')
    .body('x')
    // @ts-expect-error ✗ a carousel card has button indexes 0–1 only, each once: all are used
    .button(0, 'QuickReply', { payload: 'c' }),
);
// @ts-expect-error ✗ a carousel card has button indexes 0–1 only, each once: all are used
template.card((card) => card.button(0, 'Url', { text: 'a' }).url(1, 'b').quickReply(2, 'c'));

// A card holds one header and one body (the wire schema refuses a repeated component), before or after its buttons.
template.card((card) =>
  card
    .header('a')
    .body('x')
    // @ts-expect-error ✗ the header is already set: a carousel card has one header
    .header('b'),
);
template.card((card) =>
  card
    .body('x')
    .quickReply(0, 'a')
    // @ts-expect-error ✗ the body is already set: a carousel card has one body
    .body('y'),
);
template.card((card) =>
  card
    .header({ image: 'https://cdn.example.com/a.jpg' })
    .url(1, 'a')
    .quickReply(0, 'b')
    // @ts-expect-error ✗ the header is already set: a carousel card has one header
    .header({ image: 'https://cdn.example.com/b.jpg' }),
);

const card = (c: TemplateCardStep<never>): TemplateCardPart => c.body('x');

// ── One header, one body, one footer on a template (the wire schema refuses a repeated component) ───────────────────
const headed = template.header('Order A-1234');
// @ts-expect-error ✗ the header is already set: a template has one header
headed.header({ image: 'https://cdn.example.com/a.jpg' });
// @ts-expect-error ✗ the body is already set: a template has one body
headed.body('Sam').quickReply(0, 'a').body('Sam');
// @ts-expect-error ✗ the footer is already set: a template has one footer
headed.footer().footer('Reply STOP to opt out');
// A second `.body()` without values is refused too: once given, `.body` and `.footer` are not callable (the rule is the
// member's type), with values or without.
// @ts-expect-error ✗ the body is already set: a template has one body
headed.body().body();
// @ts-expect-error ✗ the footer is already set: a template has one footer
headed.footer('Reply STOP').footer();
// Each once, in any order, with the buttons and cards between them.
headed.quickReply(0, 'a').body('Sam').card(card).footer('Reply STOP').build();
// In every family of stages: after two Url buttons, while SMS's fallback text is due, on Viber and Zalo.
const urlsFull = template.url(0, 'a').url(1, 'b').header('Sale');
// @ts-expect-error ✗ the header is already set: a template has one header
urlsFull.header('Sale');
const smsDue = Message.to('+6591234567').whatsapp().sms().template('promo', 'en_US').body('Sam');
// @ts-expect-error ✗ the body is already set: a template has one body
smsDue.body('Sam');
// @ts-expect-error ✗ the body is already set: a template has one body
smsDue.url(0, 'a').url(1, 'b').body('Sam');
smsDue.header('Sale').fallbackText('Sale: https://example.com/s').build();
const viber = Message.to('+380501234567').viber().template('promo', 'uk').footer();
// @ts-expect-error ✗ the footer is already set: a template has one footer
viber.footer();
// @ts-expect-error ✗ the footer is already set: a template has one footer
viber.url(0, 'a').url(1, 'b').footer('Reply STOP');
const zaloDue = Message.to('+84912345678')
  .zalo()
  .sms()
  .template('otp_zns', 'vi')
  .body({ name: 'otp', text: '1' });
// @ts-expect-error ✗ the body is already set: a template has one body
zaloDue.body({ name: 'otp', text: '2' });
// @ts-expect-error ✗ the header is already set: a template has one header
zaloDue.header('a').url(0, 'a').url(1, 'b').header('b');
const routed = Message.to('+15551234567').template('promo', 'en_US').header('a').body('b').footer();
// @ts-expect-error ✗ the header is already set: a template has one header
routed.header('c');

// ── Carousel cards: at most 10 (LIMITS.template.carouselCardsMaxCount), the 11th refused on its argument ─────────
template
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card);
template
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  // @ts-expect-error ✗ a template carousel has at most 10 cards
  .card(card);
// Counted across the other steps and in every family of stages: after two Url buttons, while SMS's fallback text is
// due, on a Viber template (no .replyTo), without channel steps.
template
  .card(card)
  .url(0, 'a')
  .card(card)
  .card(card)
  .url(1, 'b')
  .card(card)
  .card(card)
  .body('Sam')
  .card(card)
  .card(card)
  .quickReply(2, 'c')
  .card(card)
  .card(card)
  .card(card)
  // @ts-expect-error ✗ a template carousel has at most 10 cards
  .card(card);
const tenDue = Message.to('+15551234567')
  .whatsapp()
  .sms()
  .template('promo', 'en_US')
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card);
// @ts-expect-error ✗ a template carousel has at most 10 cards
tenDue.card(card);
tenDue.fallbackText('Our new collection: https://example.com/c').build();
const tenViber = Message.to('+380501234567')
  .viber()
  .template('promo', 'uk')
  .url(0, 'a')
  .url(1, 'b')
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card);
// @ts-expect-error ✗ a template carousel has at most 10 cards
tenViber.card(card);
tenViber.build();
const tenRouted = Message.to('+15551234567')
  .template('promo', 'en_US')
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card)
  .card(card);
// @ts-expect-error ✗ a template carousel has at most 10 cards
tenRouted.card(card);
// The tenth card's refusal survives the steps after it, in any family.
const tenThenButtons = tenRouted.quickReply(0, 'a').body('Sam').url(1, 'b').url(2, 'c');
// @ts-expect-error ✗ a template carousel has at most 10 cards
tenThenButtons.card(card);
tenThenButtons.footer().build();
// Cards from data: a stage typed with the count `number` takes any number of cards (build() counts them).
let fromData: TemplateStep<'WhatsApp', never, 0, number> = template;
for (const name of ['boots', 'jacket', 'tent']) fromData = fromData.card((c) => c.body(name));
fromData.build();
// A stage typed by hand names the components given before it, as it names the button indexes used.
let afterBody: TemplateStep<'WhatsApp', 'body', 0, number> = template.body('Sam');
for (const name of ['boots', 'jacket']) afterBody = afterBody.card((c) => c.body(name));
// @ts-expect-error ✗ the body is already set: a template has one body
afterBody.body('again');
afterBody.footer().build();

// ── Template components only on a template ───────────────────────────────────────────────────────────────────────
// @ts-expect-error .body() belongs to templates
Message.to('+15551234567').whatsapp().text('Hi').body('x');
// @ts-expect-error after a delivery option the template's components are closed
template.clientMessageId('x').body('Sam');
