// Type tests of the chain with a template registry (test/fixtures/templates/whatsapp-templates.generated.ts, pulled
// from whatsapp-templates.json): registered names and languages only, each component as the template declares it.
// A program of its own: a registry changes `.template(…)` for every file of a program.
import {
  Message,
  type RegisteredClosed,
  type RegisteredStage,
  Suggestion,
  type TemplateRules,
  type TemplateText,
} from '../../../src/builder/index.js';
import type {
  TemplateStagesA,
  TemplateStagesS,
  TemplateStagesW,
  Templates,
} from '../../fixtures/templates/whatsapp-templates.generated.js';

const whatsapp = Message.to('+15551234567').whatsapp();

// ── Names and languages: registered ones only (approved by default) ───────────────────────────────────────────────
whatsapp.template('order_shipped', 'en_US');
whatsapp.template('order_shipped', 'es_MX');
whatsapp.template('order_shipped', 'pt_BR');
// @ts-expect-error ✗ template order_shipped has no language fr_FR in the template registry (PAUSED, not pulled)
whatsapp.template('order_shipped', 'fr_FR');
// @ts-expect-error ✗ template spring_promo is not in the template registry (PENDING)
whatsapp.template('spring_promo', 'en_US');
// @ts-expect-error ✗ template order_shiped is not in the template registry (a typo)
whatsapp.template('order_shiped', 'en_US');
// A name typed as plain string is not checked: the escape hatch for names chosen at run time.
const chosen: string = 'order_shipped';
whatsapp.template(chosen, 'en_US').body('anything').build();
// Other first channels have templates of their own: the WhatsApp registry does not apply.
Message.to('+380501234567').viber().template('any_viber_template', 'uk').body('x').build();
// @ts-expect-error the content rule still comes first
Message.to('+6591234567').sms().template('order_shipped', 'en_US');
// Without channel steps 8x8 routes the template: the registry applies, as it does at run time.
Message.to('+15551234567').template('login_code', 'en_US').body('482910').url(0, '482910').build();
// @ts-expect-error ✗ template login_code (en_US) has 1 body parameter: .body(…) got 2
Message.to('+15551234567').template('login_code', 'en_US').body('482910', 'extra');
// @ts-expect-error ✗ template spring_promo is not in the template registry
Message.to('+15551234567').template('spring_promo', 'en_US');

// ── A complete message of each template ──────────────────────────────────────────────────────────────────────────
whatsapp
  .template('order_shipped', 'en_US')
  .header({ image: 'https://cdn.example.com/parcel.jpg' })
  .body('Sam', 'A-1234', 'Friday')
  .url(0, 'A-1234')
  .quickReply(1, 'stop-updates')
  .build();
whatsapp
  .template('order_shipped', 'en_US')
  .header({ image: 'https://cdn.example.com/parcel.jpg' })
  .body('Sam', 'A-1234', 'Friday')
  .url(0, 'A-1234')
  .build();
whatsapp.template('delivery_window', 'en_GB').header('A-1234').body('A-1234', '10:00–12:00').build();
whatsapp
  .template('winter_collection_launch', 'en_US')
  .header({ video: 'https://cdn.example.com/winter.mp4' })
  .body('Sam', 'WINTER25')
  .copyCode(2, 'WINTER25')
  .quickReply(0, 'show-me')
  .build();
whatsapp
  .template('invoice_ready', 'en_US')
  .header({ document: 'https://cdn.example.com/i.pdf' })
  .body('I-7', '$80')
  .build();
whatsapp
  .template('store_opening', 'en_GB')
  .header({ location: { latitude: 1.2834, longitude: 103.8607, name: 'Acme Marina Bay' } })
  .body('Saturday')
  .build();
whatsapp
  .template('flash_sale', 'en_US')
  .header({ gif: 'https://cdn.example.com/sale.mp4' })
  .body('30%')
  .url(0, 'winter')
  .button(1, 'CopyCode', { couponCode: 'FLASH30' })
  .build();
whatsapp.template('login_code', 'en_US').body('482910').url(0, '482910').build();
whatsapp.template('login_code', 'id').body('482910').url(0, '482910').build();
whatsapp.template('sign_up_flow', 'en_US').build();
whatsapp.template('sign_up_flow', 'en_US').flow(0, { screen: 'WELCOME' }).body().build();
whatsapp.template('call_us', 'en_US').body('Sam', 'A-1234').build();
whatsapp.template('call_us', 'en_US').body('Sam', 'A-1234').voiceCall(0, { ttlMinutes: 60 }).build();
whatsapp.template('share_contact', 'en').requestContactInfo().build();
whatsapp.template('appointment_reminder', 'de_DE').body('3. Mai', '10:00').quickReply(1, 'later').build();

// ── Body: exactly the body's number of placeholders (positional or named) ───────────────────────────────────────
// @ts-expect-error ✗ template order_shipped (en_US) has 3 body parameters: .body(…) got 2
whatsapp.template('order_shipped', 'en_US').body('Sam', 'A-1234');
// @ts-expect-error ✗ template order_shipped (en_US) has 3 body parameters: .body(…) got 4
whatsapp.template('order_shipped', 'en_US').body('Sam', 'A-1234', 'Friday', 'extra');
// @ts-expect-error ✗ template call_us (en_US) has 2 body parameters: .body(…) got 1 (named placeholders count too)
whatsapp.template('call_us', 'en_US').body('Sam');
// @ts-expect-error ✗ template sign_up_flow (en_US) has 0 body parameters: .body(…) got 1
whatsapp.template('sign_up_flow', 'en_US').body('Sam');
// @ts-expect-error ✗ the body is already set
whatsapp.template('login_code', 'en_US').body('1').body('2');
// A call without values has no argument to refuse: TypeScript's count on the step's name ("Expected 3 arguments, but
// got 0"), not the rule typed into its receiver, which would put the error on the chain's first line.
whatsapp
  .template('order_shipped', 'en_US')
  // @ts-expect-error Expected 3 arguments, but got 0 (template order_shipped (en_US) has 3 body parameters)
  .body();
whatsapp.template('product_showcase', 'en_US').card((card) =>
  card
    .header({ image: 'https://cdn.example.com/p/boots.jpg' })
    // @ts-expect-error Expected 2 arguments, but got 0 (card 0 of template product_showcase (en_US) has 2)
    .body()
    .url(1, 'boots'),
);
// @ts-expect-error ✗ the body is already set (also without values)
whatsapp.template('login_code', 'en_US').body('1').body();
// A card's body given again, without values too: not callable (struck through), the rule on the step's name.
whatsapp.template('product_showcase', 'en_US').card((card) =>
  card
    .header({ image: 'https://cdn.example.com/p/boots.jpg' })
    .body('Hiking boots', '€89')
    // @ts-expect-error ✗ the body is already set: a carousel card has one body
    .body()
    .url(1, 'boots'),
);
// A template whose body has no placeholder takes .body() without values.
whatsapp.template('sign_up_flow', 'en_US').body().flow(0).build();

// ── Header: the kind the template declares ───────────────────────────────────────────────────────────────────────
// @ts-expect-error ✗ template order_shipped (en_US) has an image header: .header(…) takes { image: url }
whatsapp.template('order_shipped', 'en_US').header('Order A-1234');
// @ts-expect-error ✗ … has an image header (a video is another kind)
whatsapp.template('order_shipped', 'en_US').header({ video: 'https://cdn.example.com/a.mp4' });
// @ts-expect-error ✗ template delivery_window (en_GB) has a text header: .header(…) takes a string or { name, text }
whatsapp.template('delivery_window', 'en_GB').header({ image: 'https://cdn.example.com/a.jpg' });
// @ts-expect-error ✗ template flash_sale (en_US) has a gif header
whatsapp.template('flash_sale', 'en_US').header({ video: 'https://cdn.example.com/a.mp4' });
// @ts-expect-error ✗ template store_opening (en_GB) has a location header
whatsapp.template('store_opening', 'en_GB').header({ document: 'https://cdn.example.com/a.pdf' });
// @ts-expect-error ✗ template sign_up_flow (en_US) has no header parameter: leave out .header(…) (a fixed text)
whatsapp.template('sign_up_flow', 'en_US').header('Welcome');
// @ts-expect-error ✗ template call_us (en_US) has no header parameter: leave out .header(…)
whatsapp.template('call_us', 'en_US').header('Hi');
// @ts-expect-error ✗ the header is already set
whatsapp.template('delivery_window', 'en_GB').header('a').header('b');
// A text header takes a named value too (the registry does not read a header placeholder's name); a media header not.
whatsapp
  .template('delivery_window', 'en_GB')
  .header({ name: 'day', text: 'Friday' })
  .body('A-1', '10:00')
  .build();
// @ts-expect-error ✗ template order_shipped (en_US) has an image header: .header(…) takes { image: url }
whatsapp.template('order_shipped', 'en_US').header({ name: 'order_id', text: 'A-1234' });

// ── Footer: not read by the registry (WhatsApp footers have no placeholders), given once ─────────────────────────
whatsapp.template('login_code', 'en_US').footer().body('482910').url(0, '482910').build();
whatsapp.template('login_code', 'en_US').body('482910').url(0, '482910').footer('Do not share it').build();
whatsapp
  .template('login_code', 'en_US')
  .footer()
  // @ts-expect-error ✗ the footer is already set: a template has one footer
  .footer();
whatsapp
  .template('login_code', 'en_US')
  .body('482910')
  .url(0, '482910')
  .footer('a')
  // @ts-expect-error ✗ the footer is already set: a template has one footer
  .footer('b');
// @ts-expect-error ✗ template login_code (en_US) needs a value for button 0: add .url(0, …)
whatsapp.template('login_code', 'en_US').body('482910').footer().build();

// ── Buttons: the sub-type declared at each index, a value only where the template takes one ─────────────────────
// @ts-expect-error ✗ button 0 of template order_shipped (en_US) is a Url button: use .url(0, …)
whatsapp.template('order_shipped', 'en_US').quickReply(0, 'x');
// @ts-expect-error ✗ button 1 of template order_shipped (en_US) is a QuickReply button: use .quickReply(1, …)
whatsapp.template('order_shipped', 'en_US').button(1, 'Url', { text: 'x' });
// @ts-expect-error ✗ template order_shipped (en_US) has 2 buttons: there is no button 2
whatsapp.template('order_shipped', 'en_US').quickReply(2, 'x');
// @ts-expect-error ✗ template delivery_window (en_GB) has no buttons: there is no button 0
whatsapp.template('delivery_window', 'en_GB').quickReply(0, 'x');
// @ts-expect-error ✗ button 1 of template invoice_ready (en_US) (URL) takes no value: leave it out (a static URL)
whatsapp.template('invoice_ready', 'en_US').url(1, 'x');
// @ts-expect-error ✗ button 0 of template invoice_ready (en_US) (PHONE_NUMBER) takes no value: leave it out
whatsapp.template('invoice_ready', 'en_US').button(0, 'Url', { text: 'x' });
// @ts-expect-error ✗ button 1 of template flash_sale (en_US) is a CopyCode button: use .copyCode(1, …)
whatsapp.template('flash_sale', 'en_US').url(1, 'x');
// @ts-expect-error ✗ button 0 of template sign_up_flow (en_US) is a Flow button: use .flow(0, …)
whatsapp.template('sign_up_flow', 'en_US').voiceCall(0);
// @ts-expect-error ✗ button 0 of template call_us (en_US) is a VoiceCall button: use .voiceCall(0, …)
whatsapp.template('call_us', 'en_US').flow(0);
// @ts-expect-error ✗ this button index is already used
whatsapp.template('login_code', 'en_US').url(0, '1').url(0, '2');

// ── build() waits for every value the template needs ────────────────────────────────────────────────────────────
// @ts-expect-error ✗ template order_shipped (en_US) needs its image header: add .header(…)
whatsapp.template('order_shipped', 'en_US').body('Sam', 'A-1234', 'Friday').url(0, 'A-1234').build();
whatsapp
  .template('order_shipped', 'en_US')
  .header({ image: 'https://cdn.example.com/p.jpg' })
  .url(0, 'x')
  // @ts-expect-error ✗ template order_shipped (en_US) needs its 3 body parameters: add .body(…)
  .build();
whatsapp
  .template('order_shipped', 'en_US')
  .header({ image: 'https://c.example.com/p.jpg' })
  .body('a', 'b', 'c')
  // @ts-expect-error ✗ template order_shipped (en_US) needs a value for button 0: add .url(0, …)
  .build();
// @ts-expect-error ✗ template delivery_window (en_GB) needs its text header: add .header(…)
whatsapp.template('delivery_window', 'en_GB').body('A-1234', '10:00').build();
whatsapp
  .template('flash_sale', 'en_US')
  .header({ gif: 'https://c.example.com/g.mp4' })
  .body('1')
  .url(0, 'x')
  // @ts-expect-error ✗ template flash_sale (en_US) needs a value for button 1: add .copyCode(1, …)
  .build();
// @ts-expect-error ✗ the delivery options keep the rule: still refused after .clientMessageId(…)
whatsapp.template('login_code', 'en_US').body('482910').clientMessageId('otp-1').build();
// @ts-expect-error ✗ … and after .fallbackText(…)
Message.to('+15551234567').whatsapp().sms().template('login_code', 'en_US').fallbackText('482910').build();
// Complete, with SMS as a fallback: the fallback text is still due, then build() is allowed.
Message.to('+15551234567')
  .whatsapp()
  .sms()
  .template('login_code', 'en_US')
  .body('482910')
  .url(0, '482910')
  .fallbackText('Your code is 482910')
  .clientMessageId('otp-1')
  .build();
Message.to('+15551234567')
  .whatsapp()
  .sms()
  .template('login_code', 'en_US')
  .body('482910')
  .url(0, '482910')
  // @ts-expect-error ✗ SMS is a fallback channel and carries text only: add .fallbackText(…) before .build()
  .build();

// ── A refusal is the type of the refused step's first argument, and reads as the rule ───────────────────────────
/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}
const shipped = whatsapp.template('order_shipped', 'en_US');
expectType<
  Equal<
    Parameters<typeof shipped.body<['Sam', 'A-1234']>>[0],
    '✗ template order_shipped (en_US) has 3 body parameters: .body(…) got 2'
  >
>();
expectType<
  Equal<Parameters<typeof shipped.body<['Sam', 'A-1234', 'Friday']>>, ['Sam', 'A-1234', 'Friday']>
>();
// Without values: as many parameters as the body has placeholders, so the count is TypeScript's arity error on the
// step's name ("Expected 3 arguments, but got 0"); the receiver is not the rule (that error would start the chain).
expectType<Equal<ThisParameterType<typeof shipped.body<[]>>, unknown>>();
expectType<Equal<Parameters<typeof shipped.body<[]>>, [TemplateText, TemplateText, TemplateText]>>();
// A second body, with values or without, is not callable (struck through): its type is the rule, the error on its name.
const shippedBody = shipped.body('Sam', 'A-1234', 'Friday');
expectType<
  Equal<(typeof shippedBody.body)['refused'], '✗ the body is already set: a template has one body'>
>();
// @ts-expect-error ✗ the body is already set: a template has one body
shippedBody.body();
expectType<Equal<ThisParameterType<typeof shipped.body<['Sam', 'A-1234', 'Friday']>>, unknown>>();
expectType<
  Equal<
    Parameters<typeof shipped.header<'Order A-1234'>>[0],
    '✗ template order_shipped (en_US) has an image header: .header(…) takes { image: url }'
  >
>();
// A button step has two signatures: the value that fits (not generic, so a fitting call infers nothing but its index),
// then the refusal, whose first parameter is the rule; the words of each refusal are checked in docs/templates.md.
expectType<Equal<Parameters<typeof shipped.url<0>>, [index: 0, text: string]>>();
/** The parameters of a step's first signature (of two): the value that fits. */
type FitParameters<Step> = Step extends {
  (...args: infer Fits): unknown;
  (...args: infer _Refused): unknown;
}
  ? Fits
  : never;
expectType<Equal<FitParameters<typeof shipped.header>, [value: { readonly image: string }]>>();
expectType<Equal<FitParameters<typeof shipped.body>, [text1: string, text2: string, text3: string]>>();

// ── The first stage the generated file writes out is RegisteredStage's, for every template in every routing ─────────
// Its `Given` names the steps the template refuses before any is taken (RegisteredClosed, worked out by the generator).
/**
 * The template languages whose written-out first stage is not `RegisteredStage<F, Pending, rules, RegisteredClosed<rules>,
 * 0>`.
 */
type FirstStageMisfits<Stages, F extends 'WhatsApp' | 'auto:template', Pending extends boolean> = {
  [N in keyof Templates]: {
    [L in keyof Templates[N]]: N extends keyof Stages
      ? L extends keyof Stages[N]
        ? Templates[N][L] extends infer T extends TemplateRules
          ? Equal<Stages[N][L], RegisteredStage<F, Pending, T, RegisteredClosed<T>, 0>> extends true
            ? never
            : `${N} (${L & string})`
          : `${N} (${L & string}): not rules`
        : `${N} (${L & string}): missing`
      : `${N}: missing`;
  }[keyof Templates[N]];
}[keyof Templates];
expectType<Equal<FirstStageMisfits<TemplateStagesW, 'WhatsApp', false>, never>>();
expectType<Equal<FirstStageMisfits<TemplateStagesS, 'WhatsApp', true>, never>>();
expectType<Equal<FirstStageMisfits<TemplateStagesA, 'auto:template', false>, never>>();

// ── Named placeholders: { name, text } with the template's names, each once; positional values still fill in order ──
whatsapp
  .template('call_us', 'en_US')
  .body({ name: 'order_id', text: 'A-1234' }, { name: 'customer_name', text: 'Sam' })
  .build();
whatsapp
  .template('winter_collection_launch', 'en_US')
  .header({ video: 'https://cdn.example.com/winter.mp4' })
  .body({ name: 'first_name', text: 'Sam' }, { name: 'discount_code', text: 'WINTER25' })
  .copyCode(2, 'WINTER25')
  .build();
declare const someName: string;
whatsapp.template('call_us', 'en_US').body({ name: someName, text: 'Sam' }, 'A-1234').build();
// @ts-expect-error ✗ template call_us (en_US) has no body parameter named nickname: use customer_name or order_id
whatsapp.template('call_us', 'en_US').body({ name: 'nickname', text: 'Sam' }, 'A-1234');
// @ts-expect-error ✗ template call_us (en_US) has one body parameter order_id: .body(…) gave it twice
whatsapp.template('call_us', 'en_US').body({ name: 'order_id', text: 'A' }, { name: 'order_id', text: 'B' });
// @ts-expect-error ✗ template login_code (en_US) has positional body parameters: .body(…) takes strings, not { name, text }
whatsapp.template('login_code', 'en_US').body({ name: '1', text: '482910' });
// @ts-expect-error ✗ template call_us (en_US) has 2 body parameters: .body(…) got 1 (the count comes first)
whatsapp.template('call_us', 'en_US').body({ name: 'order_id', text: 'A-1234' });
const callUs = whatsapp.template('call_us', 'en_US');
expectType<Equal<FitParameters<typeof callUs.body>, [customer_name: string, order_id: string]>>();
expectType<
  Equal<
    Parameters<typeof callUs.body<[{ name: 'nickname'; text: 'Sam' }, 'A-1234']>>[0],
    '✗ template call_us (en_US) has no body parameter named nickname: use customer_name or order_id'
  >
>();

// ── Carousel cards: each card as the registered card declares it, and every registered card ──────────────────────
const showcase = whatsapp.template('product_showcase', 'en_US').body('Sam');
const bootsCard = { image: 'https://cdn.example.com/p/boots.jpg' } as const;
showcase
  .card((card) => card.header(bootsCard).body('Hiking boots', '€89').url(1, 'boots'))
  .card((card) => card.header(bootsCard).body('Rain jacket', '€120').quickReply(0, 'more').url(1, 'jacket'))
  .build();
whatsapp
  .template('trail_gear', 'en_GB')
  .card((card) => card.header({ video: 'https://cdn.example.com/a.mp4' }))
  .card((card) => card.header({ video: 'https://cdn.example.com/b.mp4' }).quickReply(1, 'remind'))
  .card((card) => card.header({ video: 'https://cdn.example.com/c.mp4' }))
  .build();
// @ts-expect-error ✗ card 0 of template product_showcase (en_US) has an image header: .header(…) takes { image: url }
showcase.card((card) => card.header({ video: 'https://cdn.example.com/a.mp4' }));
// @ts-expect-error ✗ card 0 of template product_showcase (en_US) has 2 body parameters: .body(…) got 1
showcase.card((card) => card.header(bootsCard).body('Hiking boots'));
// @ts-expect-error ✗ button 1 of card 0 of template product_showcase (en_US) is a Url button: use .url(1, …)
showcase.card((card) => card.header(bootsCard).quickReply(1, 'boots'));
// @ts-expect-error ✗ button 0 of card 0 of template trail_gear (en_GB) (URL) takes no value: leave it out
whatsapp.template('trail_gear', 'en_GB').card((card) => card.url(0, 'x'));
const firstCard = showcase.card((card) => card.header(bootsCard).body('a', 'b').url(1, 'a'));
// @ts-expect-error ✗ card 1 of template product_showcase (en_US) needs a value for button 1: add .url(1, …)
firstCard.card((card) => card.header(bootsCard).body('c', 'd'));
// @ts-expect-error ✗ card 0 of template product_showcase (en_US) needs its image header: add .header(…)
showcase.card((card) => card.body('a', 'b').url(1, 'a'));
const twoCards = showcase
  .card((card) => card.header(bootsCard).body('a', 'b').url(1, 'a'))
  .card((card) => card.header(bootsCard).body('c', 'd').url(1, 'c'));
// @ts-expect-error ✗ template product_showcase (en_US) has 2 cards: there is no card 2
twoCards.card((card) => card.header(bootsCard));
// @ts-expect-error ✗ template product_showcase (en_US) needs its 2 cards: add .card(…) for each (1 given)
showcase.card((card) => card.header(bootsCard).body('a', 'b').url(1, 'a')).build();
// @ts-expect-error ✗ template trail_gear (en_GB) needs its 3 cards: add .card(…) for each (0 given)
whatsapp.template('trail_gear', 'en_GB').build();

// ── A template registered without a carousel takes no card, complete or not, after any routing ─────────────────────
const loginCode = whatsapp.template('login_code', 'en_US').body('482910');
loginCode.url(0, '482910').build();
// @ts-expect-error ✗ template login_code (en_US) has no carousel: leave out .card(…)
loginCode.card((card) => card.body('anything'));
// @ts-expect-error ✗ template login_code (en_US) has no carousel: leave out .card(…)
loginCode.url(0, '482910').card((card) => card.body('anything'));
const routedByEightByEight = Message.to('+15551234567').template('order_shipped', 'en_US');
// @ts-expect-error ✗ template order_shipped (en_US) has no carousel: leave out .card(…)
routedByEightByEight.card((card) => card.body('anything'));
const withSms = Message.to('+6591234567').whatsapp().sms().template('call_us', 'en_US');
// @ts-expect-error ✗ template call_us (en_US) has no carousel: leave out .card(…)
withSms.card((card) => card.body('anything'));

// ── A card's CopyCode button: .copyCode(index, code) on the card, as registered ──────────────────────────────────────
const coupons = whatsapp.template('coupon_cards', 'en_US').body('Sam');
coupons
  .card((card) => card.header(bootsCard).body('10%', 'boots').copyCode(0, 'BOOTS10'))
  .card((card) =>
    card
      .header(bootsCard)
      .body('15%', 'jackets')
      .button(0, 'CopyCode', { couponCode: 'J15' })
      .quickReply(1, 'no'),
  )
  .build();
// @ts-expect-error ✗ button 0 of card 0 of template coupon_cards (en_US) is a CopyCode button: use .copyCode(0, …)
coupons.card((card) => card.header(bootsCard).body('10%', 'boots').url(0, 'BOOTS10'));
// @ts-expect-error ✗ card 0 of template coupon_cards (en_US) needs a value for button 0: add .copyCode(0, …)
coupons.card((card) => card.header(bootsCard).body('10%', 'boots').quickReply(1, 'no'));
// @ts-expect-error ✗ button 1 of card 0 of template coupon_cards (en_US) is a QuickReply button: use .quickReply(1, …)
coupons.card((card) => card.header(bootsCard).body('10%', 'boots').copyCode(0, 'A').copyCode(1, 'B'));

// ── A WhatsApp channel user's template: the registry's rules, the refusals the recipient's ─────────────────────────────
// Reached over WhatsApp only, so its registered stages are typed for the routing 'channelUser' (not the file's
// 'WhatsApp' stages, whose suggestions rule says to start the chain with .rcs(), a step this chain does not have).
const channelUser = Message.toChannelUser('US.13491208655302741918');
channelUser.template('login_code', 'en_US').body('482910').url(0, '482910').build();
channelUser.whatsapp().template('login_code', 'en_US').body('482910').url(0, '482910').build();
channelUser
  .template('order_shipped', 'en_US')
  .header({ image: 'https://cdn.example.com/parcel.jpg' })
  .body('Sam', 'A-1234', 'Friday')
  .url(0, 'A-1234')
  .replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc')
  .build();
// @ts-expect-error ✗ template login_code (en_US) has 1 body parameter: .body(…) got 2
channelUser.template('login_code', 'en_US').body('482910', 'extra');
// @ts-expect-error ✗ template spring_promo is not in the template registry: pull the templates again if it is new
channelUser.template('spring_promo', 'en_US');
// @ts-expect-error ✗ template login_code (en_US) needs a value for button 0: add .url(0, …)
channelUser.template('login_code', 'en_US').body('482910').build();
channelUser
  .template('login_code', 'en_US')
  .body('482910')
  .url(0, '482910')
  // @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only
  .suggestions(Suggestion.reply('Track', 'track'));
channelUser
  .whatsapp()
  .template('order_shipped', 'en_US')
  .body('Sam', 'A-1234', 'Friday')
  // @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only
  .suggestions(Suggestion.reply('Track', 'track'));
// The channel user's first stage of a template: `RegisteredStage<'channelUser', false, rules, RegisteredClosed<rules>,
// 0>` (what the template refuses from the start, as the generated file writes it for its own routings).
const channelUserFirst = channelUser.template('login_code', 'en_US');
expectType<
  Equal<
    typeof channelUserFirst,
    Templates['login_code']['en_US'] extends infer T extends TemplateRules
      ? RegisteredStage<'channelUser', false, T, RegisteredClosed<T>, 0>
      : never
  >
>();
const completeForChannelUser = channelUser.template('login_code', 'en_US').body('482910').url(0, '482910');
expectType<
  Equal<
    Parameters<typeof completeForChannelUser.suggestions>[0],
    '✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only'
  >
>();
