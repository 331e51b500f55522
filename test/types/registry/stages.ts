// The component steps of RegisteredTemplateDue write RegisteredStage's conditional out in their return types (a
// type-check cost trade, docs/decisions.md "Template registry"): 13 copies of one rule. These tests keep every copy
// equal to RegisteredStage<…>, in each of its branches, so that an edit of one copy cannot drift from the others. The
// steps that keep the stage, and those of the complete stage (RegisteredTemplateStep), are checked the same way below.
import type {
  RegisteredStage,
  RegisteredTemplateDue,
  RegisteredTemplateStep,
  TemplateRules,
} from '../../../src/builder/index.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

// Two templates in the generator's shape, with every button due (so that each step can be the one that completes the
// template) and a carousel of two cards (so that a card short keeps the stage due). `one_of_each` has one button of
// each sub-type, so its button steps take their first signature, which is not generic; `two_of_each` has two, so they
// take the second, generic in the index. `one_of_each`'s body has a named placeholder: `.body({ name, text })` takes
// the second signature of `.body(…)`, a plain string the first.

/** What the chain's steps take for template one_of_each (en). */
interface one_of_each$en {
  label: 'template one_of_each (en)';
  header: 'Image';
  headerRule: '✗ template one_of_each (en) has an image header: .header(…) takes { image: url }';
  body: 1;
  bodyRule: '✗ template one_of_each (en) has 1 body parameter: .body(…) got ';
  bodyNames: readonly ['first_name'];
  bodyTexts: [first_name: string];
  indexes: { QuickReply: 4; Url: 0; CopyCode: 1; Flow: 2; VoiceCall: 3 };
  onlyIndex: { Url: 0; CopyCode: 1; Flow: 2; VoiceCall: 3 };
  buttons: { 0: 'Url'; 1: 'CopyCode'; 2: 'Flow'; 3: 'VoiceCall'; 4: 'QuickReply' };
  buttonRules: {
    0: '✗ button 0 of template one_of_each (en) is a Url button: use .url(0, …)';
    1: '✗ button 1 of template one_of_each (en) is a CopyCode button: use .copyCode(1, …)';
    2: '✗ button 2 of template one_of_each (en) is a Flow button: use .flow(2, …)';
    3: '✗ button 3 of template one_of_each (en) is a VoiceCall button: use .voiceCall(3, …)';
    4: '✗ button 4 of template one_of_each (en) is a QuickReply button: use .quickReply(4, …)';
  };
  noButton: '✗ template one_of_each (en) has 5 buttons: there is no button ';
  dueKeys: 'header' | 'body' | 0 | 1 | 2 | 3 | 4;
  due: readonly [];
  cardCount: 2;
}

/** What the chain's steps take for template two_of_each (en). */
interface two_of_each$en {
  label: 'template two_of_each (en)';
  header: 'none';
  headerRule: '✗ template two_of_each (en) has no header parameter: leave out .header(…)';
  body: 1;
  bodyRule: '✗ template two_of_each (en) has 1 body parameter: .body(…) got ';
  bodyNames: readonly [];
  bodyTexts: [text1: string];
  indexes: { QuickReply: 8 | 9; Url: 0 | 1; CopyCode: 2 | 3; Flow: 4 | 5; VoiceCall: 6 | 7 };
  onlyIndex: { Url: never; CopyCode: never; Flow: never; VoiceCall: never };
  buttons: {
    0: 'Url';
    1: 'Url';
    2: 'CopyCode';
    3: 'CopyCode';
    4: 'Flow';
    5: 'Flow';
    6: 'VoiceCall';
    7: 'VoiceCall';
    8: 'QuickReply';
    9: 'QuickReply';
  };
  buttonRules: {
    0: '✗ button 0 of template two_of_each (en) is a Url button: use .url(0, …)';
    1: '✗ button 1 of template two_of_each (en) is a Url button: use .url(1, …)';
    2: '✗ button 2 of template two_of_each (en) is a CopyCode button: use .copyCode(2, …)';
    3: '✗ button 3 of template two_of_each (en) is a CopyCode button: use .copyCode(3, …)';
    4: '✗ button 4 of template two_of_each (en) is a Flow button: use .flow(4, …)';
    5: '✗ button 5 of template two_of_each (en) is a Flow button: use .flow(5, …)';
    6: '✗ button 6 of template two_of_each (en) is a VoiceCall button: use .voiceCall(6, …)';
    7: '✗ button 7 of template two_of_each (en) is a VoiceCall button: use .voiceCall(7, …)';
    8: '✗ button 8 of template two_of_each (en) is a QuickReply button: use .quickReply(8, …)';
    9: '✗ button 9 of template two_of_each (en) is a QuickReply button: use .quickReply(9, …)';
  };
  noButton: '✗ template two_of_each (en) has 10 buttons: there is no button ';
  dueKeys: 'body' | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  due: readonly [];
  cardCount: 2;
}

/**
 * The stages before a step that gives `Key`, one per branch of RegisteredStage: SMS's fallback text pending with
 * everything else given, and with nothing given; everything else given (the step completes the template); everything
 * else given but a card short; nothing given (more is still due after the step).
 */
interface Before<T extends TemplateRules, Key extends T['dueKeys']> {
  pendingLast: RegisteredTemplateDue<'WhatsApp', true, T, Exclude<T['dueKeys'], Key>, 2>;
  pendingFirst: RegisteredTemplateDue<'WhatsApp', true, T, never, 2>;
  last: RegisteredTemplateDue<'WhatsApp', false, T, Exclude<T['dueKeys'], Key>, 2>;
  cardShort: RegisteredTemplateDue<'WhatsApp', false, T, Exclude<T['dueKeys'], Key>, 1>;
  first: RegisteredTemplateDue<'WhatsApp', false, T, never, 2>;
}
declare function before<T extends TemplateRules, Key extends T['dueKeys']>(): Before<T, Key>;

/**
 * The stages RegisteredStage picks after a step that gives `Key`, from each of {@link Before}'s, in its order. A button
 * step also names the steps it refuses from then on (struck through): `Last` from the stages where every other value
 * is given, `First` from those where nothing is (its sub-type's step once no index of it is left, `'button'` once no
 * button is).
 */
type After<
  T extends TemplateRules,
  Key extends T['dueKeys'],
  Last extends string = never,
  First extends string = never,
> = readonly [
  RegisteredStage<'WhatsApp', true, T, T['dueKeys'] | Last, 2>,
  RegisteredStage<'WhatsApp', true, T, Key | First, 2>,
  RegisteredStage<'WhatsApp', false, T, T['dueKeys'] | Last, 2>,
  RegisteredStage<'WhatsApp', false, T, T['dueKeys'] | Last, 1>,
  RegisteredStage<'WhatsApp', false, T, Key | First, 2>,
];

// Each of the five is a different stage, the one of its branch: a copy that took a wrong branch cannot pass.
expectType<
  Equal<
    After<one_of_each$en, 'header'>,
    readonly [
      RegisteredTemplateDue<'WhatsApp', true, one_of_each$en, one_of_each$en['dueKeys'], 2>,
      RegisteredTemplateDue<'WhatsApp', true, one_of_each$en, 'header', 2>,
      RegisteredTemplateStep<'WhatsApp', one_of_each$en, one_of_each$en['dueKeys'], 2>,
      RegisteredTemplateDue<'WhatsApp', false, one_of_each$en, one_of_each$en['dueKeys'], 1>,
      RegisteredTemplateDue<'WhatsApp', false, one_of_each$en, 'header', 2>,
    ]
  >
>();

const image = { image: 'https://cdn.example.com/a.jpg' } as const;

// .header(value)
{
  const s = before<one_of_each$en, 'header'>();
  const after = [
    s.pendingLast.header(image),
    s.pendingFirst.header(image),
    s.last.header(image),
    s.cardShort.header(image),
    s.first.header(image),
  ] as const;
  expectType<Equal<typeof after, After<one_of_each$en, 'header'>>>();
}
// .body(…texts): the values that fit (first signature) and { name, text } (second signature)
{
  const s = before<one_of_each$en, 'body'>();
  const fits = [
    s.pendingLast.body('Sam'),
    s.pendingFirst.body('Sam'),
    s.last.body('Sam'),
    s.cardShort.body('Sam'),
    s.first.body('Sam'),
  ] as const;
  expectType<Equal<typeof fits, After<one_of_each$en, 'body'>>>();
  const named = { name: 'first_name', text: 'Sam' } as const;
  const byName = [
    s.pendingLast.body(named),
    s.pendingFirst.body(named),
    s.last.body(named),
    s.cardShort.body(named),
    s.first.body(named),
  ] as const;
  expectType<Equal<typeof byName, After<one_of_each$en, 'body'>>>();
}
// .button(index, subType, parameter)
{
  const s = before<one_of_each$en, 4>();
  const reply = { payload: 'yes' } as const;
  const after = [
    s.pendingLast.button(4, 'QuickReply', reply),
    s.pendingFirst.button(4, 'QuickReply', reply),
    s.last.button(4, 'QuickReply', reply),
    s.cardShort.button(4, 'QuickReply', reply),
    s.first.button(4, 'QuickReply', reply),
  ] as const;
  expectType<Equal<typeof after, After<one_of_each$en, 4, 'quickReply' | 'button', 'quickReply'>>>();
}
// .quickReply(index, payload)
{
  const s = before<one_of_each$en, 4>();
  const after = [
    s.pendingLast.quickReply(4, 'yes'),
    s.pendingFirst.quickReply(4, 'yes'),
    s.last.quickReply(4, 'yes'),
    s.cardShort.quickReply(4, 'yes'),
    s.first.quickReply(4, 'yes'),
  ] as const;
  expectType<Equal<typeof after, After<one_of_each$en, 4, 'quickReply' | 'button', 'quickReply'>>>();
}
// .url(index, text): the only Url button (first signature), one of two (second)
{
  const s = before<one_of_each$en, 0>();
  const only = [
    s.pendingLast.url(0, 'a'),
    s.pendingFirst.url(0, 'a'),
    s.last.url(0, 'a'),
    s.cardShort.url(0, 'a'),
    s.first.url(0, 'a'),
  ] as const;
  expectType<Equal<typeof only, After<one_of_each$en, 0, 'url' | 'button', 'url'>>>();
  const t = before<two_of_each$en, 1>();
  const several = [
    t.pendingLast.url(1, 'a'),
    t.pendingFirst.url(1, 'a'),
    t.last.url(1, 'a'),
    t.cardShort.url(1, 'a'),
    t.first.url(1, 'a'),
  ] as const;
  expectType<Equal<typeof several, After<two_of_each$en, 1, 'url' | 'button'>>>();
}
// .copyCode(index, code)
{
  const s = before<one_of_each$en, 1>();
  const only = [
    s.pendingLast.copyCode(1, 'C'),
    s.pendingFirst.copyCode(1, 'C'),
    s.last.copyCode(1, 'C'),
    s.cardShort.copyCode(1, 'C'),
    s.first.copyCode(1, 'C'),
  ] as const;
  expectType<Equal<typeof only, After<one_of_each$en, 1, 'copyCode' | 'button', 'copyCode'>>>();
  const t = before<two_of_each$en, 3>();
  const several = [
    t.pendingLast.copyCode(3, 'C'),
    t.pendingFirst.copyCode(3, 'C'),
    t.last.copyCode(3, 'C'),
    t.cardShort.copyCode(3, 'C'),
    t.first.copyCode(3, 'C'),
  ] as const;
  expectType<Equal<typeof several, After<two_of_each$en, 3, 'copyCode' | 'button'>>>();
}
// .flow(index, action?)
{
  const s = before<one_of_each$en, 2>();
  const only = [
    s.pendingLast.flow(2),
    s.pendingFirst.flow(2),
    s.last.flow(2),
    s.cardShort.flow(2),
    s.first.flow(2),
  ] as const;
  expectType<Equal<typeof only, After<one_of_each$en, 2, 'flow' | 'button', 'flow'>>>();
  const t = before<two_of_each$en, 5>();
  const several = [
    t.pendingLast.flow(5),
    t.pendingFirst.flow(5),
    t.last.flow(5),
    t.cardShort.flow(5),
    t.first.flow(5),
  ] as const;
  expectType<Equal<typeof several, After<two_of_each$en, 5, 'flow' | 'button'>>>();
}
// .voiceCall(index, options?)
{
  const s = before<one_of_each$en, 3>();
  const only = [
    s.pendingLast.voiceCall(3),
    s.pendingFirst.voiceCall(3),
    s.last.voiceCall(3),
    s.cardShort.voiceCall(3),
    s.first.voiceCall(3),
  ] as const;
  expectType<Equal<typeof only, After<one_of_each$en, 3, 'voiceCall' | 'button', 'voiceCall'>>>();
  const t = before<two_of_each$en, 7>();
  const several = [
    t.pendingLast.voiceCall(7),
    t.pendingFirst.voiceCall(7),
    t.last.voiceCall(7),
    t.cardShort.voiceCall(7),
    t.first.voiceCall(7),
  ] as const;
  expectType<Equal<typeof several, After<two_of_each$en, 7, 'voiceCall' | 'button'>>>();
}

// ── The steps that give nothing due keep the stage, and RegisteredTemplateStep's steps stay complete ─────────────────
// Written out too (RegisteredTemplateDue<…> or RegisteredTemplateStep<…> as the return type): each equals
// RegisteredStage<…> with what the step gives added, wherever the step can be taken.

/** RegisteredStage after a step that gives `Extra` (nothing due), from each of {@link Before}'s stages. */
type Kept<T extends TemplateRules, Key extends T['dueKeys'], Extra extends string> = readonly [
  RegisteredStage<'WhatsApp', true, T, Exclude<T['dueKeys'], Key> | Extra, 2>,
  RegisteredStage<'WhatsApp', true, T, Extra, 2>,
  RegisteredStage<'WhatsApp', false, T, Exclude<T['dueKeys'], Key> | Extra, 2>,
  RegisteredStage<'WhatsApp', false, T, Exclude<T['dueKeys'], Key> | Extra, 1>,
  RegisteredStage<'WhatsApp', false, T, Extra, 2>,
];
{
  const s = before<one_of_each$en, 'header'>();
  const footer = [
    s.pendingLast.footer(),
    s.pendingFirst.footer(),
    s.last.footer(),
    s.cardShort.footer(),
    s.first.footer(),
  ] as const;
  expectType<Equal<typeof footer, Kept<one_of_each$en, 'header', 'footer'>>>();
  const callPermission = [
    s.pendingLast.callPermissionRequest(),
    s.pendingFirst.callPermissionRequest(),
    s.last.callPermissionRequest(),
    s.cardShort.callPermissionRequest(),
    s.first.callPermissionRequest(),
  ] as const;
  expectType<Equal<typeof callPermission, Kept<one_of_each$en, 'header', never>>>();
  const contactInfo = [
    s.pendingLast.requestContactInfo(),
    s.pendingFirst.requestContactInfo(),
    s.last.requestContactInfo(),
    s.cardShort.requestContactInfo(),
    s.first.requestContactInfo(),
  ] as const;
  expectType<Equal<typeof contactInfo, Kept<one_of_each$en, 'header', never>>>();
}

/** What the chain's steps take for template optional_buttons (en): only the body is due. */
interface optional_buttons$en {
  label: 'template optional_buttons (en)';
  header: 'none';
  headerRule: '✗ template optional_buttons (en) has no header parameter: leave out .header(…)';
  body: 1;
  bodyRule: '✗ template optional_buttons (en) has 1 body parameter: .body(…) got ';
  bodyNames: readonly [];
  bodyTexts: [text1: string];
  indexes: { QuickReply: 0; Url: never; CopyCode: never; Flow: 1; VoiceCall: 2 };
  onlyIndex: { Url: never; CopyCode: never; Flow: 1; VoiceCall: 2 };
  buttons: { 0: 'QuickReply'; 1: 'Flow'; 2: 'VoiceCall' };
  buttonRules: {
    0: '✗ button 0 of template optional_buttons (en) is a QuickReply button: use .quickReply(0, …)';
    1: '✗ button 1 of template optional_buttons (en) is a Flow button: use .flow(1, …)';
    2: '✗ button 2 of template optional_buttons (en) is a VoiceCall button: use .voiceCall(2, …)';
  };
  noButton: '✗ template optional_buttons (en) has 3 buttons: there is no button ';
  dueKeys: 'body';
  due: readonly [
    readonly ['body', '✗ template optional_buttons (en) needs its 1 body parameter: add .body(…)'],
  ];
  cardCount: 0;
}
declare const optionalButtons: RegisteredTemplateDue<'WhatsApp', false, optional_buttons$en, never, 0>;
{
  type Complete<Extra extends string | number> = RegisteredStage<
    'WhatsApp',
    false,
    optional_buttons$en,
    'body' | Extra,
    0
  >;
  // The stage after the body, the one value due (RegisteredStage's complete branch).
  const done = optionalButtons.body('Sam');
  expectType<Equal<typeof done, RegisteredTemplateStep<'WhatsApp', optional_buttons$en, 'body', 0>>>();
  const after = [
    done.quickReply(0, 'yes'),
    done.button(0, 'QuickReply', { payload: 'yes' }),
    done.flow(1),
    done.voiceCall(2),
    done.footer(),
    done.callPermissionRequest(),
    done.requestContactInfo(),
  ] as const;
  expectType<
    Equal<
      typeof after,
      readonly [
        Complete<0 | 'quickReply'>,
        Complete<0 | 'quickReply'>,
        Complete<1 | 'flow'>,
        Complete<2 | 'voiceCall'>,
        Complete<'footer'>,
        Complete<never>,
        Complete<never>,
      ]
    >
  >();
}

/** What the chain's steps take for template optional_pairs (en): only the body is due; two Flow and two VoiceCall buttons. */
interface optional_pairs$en {
  label: 'template optional_pairs (en)';
  header: 'none';
  headerRule: '✗ template optional_pairs (en) has no header parameter: leave out .header(…)';
  body: 1;
  bodyRule: '✗ template optional_pairs (en) has 1 body parameter: .body(…) got ';
  bodyNames: readonly [];
  bodyTexts: [text1: string];
  indexes: { QuickReply: never; Url: never; CopyCode: never; Flow: 0 | 1; VoiceCall: 2 | 3 };
  onlyIndex: { Url: never; CopyCode: never; Flow: never; VoiceCall: never };
  buttons: { 0: 'Flow'; 1: 'Flow'; 2: 'VoiceCall'; 3: 'VoiceCall' };
  buttonRules: {
    0: '✗ button 0 of template optional_pairs (en) is a Flow button: use .flow(0, …)';
    1: '✗ button 1 of template optional_pairs (en) is a Flow button: use .flow(1, …)';
    2: '✗ button 2 of template optional_pairs (en) is a VoiceCall button: use .voiceCall(2, …)';
    3: '✗ button 3 of template optional_pairs (en) is a VoiceCall button: use .voiceCall(3, …)';
  };
  noButton: '✗ template optional_pairs (en) has 4 buttons: there is no button ';
  dueKeys: 'body';
  due: readonly [
    readonly ['body', '✗ template optional_pairs (en) needs its 1 body parameter: add .body(…)'],
  ];
  cardCount: 0;
}
declare const optionalPairs: RegisteredTemplateDue<'WhatsApp', false, optional_pairs$en, never, 0>;
// The generic signatures of .flow(…) and .voiceCall(…) on the complete stage (those of .url(…) and .copyCode(…) cannot
// be taken there: their buttons are due, so given already, and refused).
{
  type Complete<Extra extends number> = RegisteredStage<
    'WhatsApp',
    false,
    optional_pairs$en,
    'body' | Extra,
    0
  >;
  const done = optionalPairs.body('Sam');
  const after = [done.flow(1), done.voiceCall(3)] as const;
  expectType<Equal<typeof after, readonly [Complete<1>, Complete<3>]>>();
}
