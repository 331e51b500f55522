// Probe audit of the message chain's compile-time rules (issue 11): every first channel × every content step, the
// counts of the parts and the lengths the types check, each refusal written as a chain with the refused step on a
// line of its own under its `@ts-expect-error`, so the error must be on that step (an error anywhere else in the
// chain fails the run: the directive would be unused and the other line in error). The matrix is kept by hand from
// docs/decisions.md ("The capability table"), not read from src/channels.ts, so a change of the table shows up here.
// Checked by `tsc` (7) and `tsc6`; nothing here runs.
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';

const url = 'https://example.com/a.jpg';
const where = { latitude: 1.29, longitude: 103.85 };
const buttons = Interactive.buttons('Still on?').button('yes', 'Yes');
const card = RichCard.vertical().title('Parcel').media(url);
const plans = Carousel.medium()
  .card((c) => c.media(url))
  .card((c) => c.media(url));
const media = { text: 'New', button: { caption: 'See', url } };
const reply = Suggestion.reply('Yes', 'yes');
const umid = 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc';

// ── Every first channel × every content step ─────────────────────────────────────────────────────────────────────
// SMS: carries text.
Message.to('+6591234567').sms().text('Your parcel is on its way');
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry images
  .image(url);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry videos
  .video(url);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry audio messages
  .audio(url);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry files
  .file(url);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .sms()
  // @ts-expect-error ✗ SMS, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// WhatsApp: carries text, image, video, audio, file, location, interactive, template.
Message.to('+6591234567').whatsapp().text('Your parcel is on its way');
Message.to('+6591234567').whatsapp().image(url);
Message.to('+6591234567').whatsapp().video(url);
Message.to('+6591234567').whatsapp().audio(url);
Message.to('+6591234567').whatsapp().file(url);
Message.to('+6591234567').whatsapp().location(where);
Message.to('+6591234567').whatsapp().interactive(buttons);
Message.to('+6591234567').whatsapp().template('order_update', 'en_US');
Message.to('+6591234567')
  .whatsapp()
  // @ts-expect-error ✗ WhatsApp, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .whatsapp()
  // @ts-expect-error ✗ WhatsApp, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .whatsapp()
  // @ts-expect-error ✗ WhatsApp, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// Facebook: carries text, image, video, audio, file.
Message.to('+6591234567').facebook().text('Your parcel is on its way');
Message.to('+6591234567').facebook().image(url);
Message.to('+6591234567').facebook().video(url);
Message.to('+6591234567').facebook().audio(url);
Message.to('+6591234567').facebook().file(url);
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .facebook()
  // @ts-expect-error ✗ Facebook, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// RCS: carries text, image, video, audio, file, location, richCard, carousel.
Message.to('+6591234567').rcs().text('Your parcel is on its way');
Message.to('+6591234567').rcs().image(url);
Message.to('+6591234567').rcs().video(url);
Message.to('+6591234567').rcs().audio(url);
Message.to('+6591234567').rcs().file(url);
Message.to('+6591234567').rcs().location(where);
Message.to('+6591234567')
  .rcs()
  // @ts-expect-error ✗ RCS, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .rcs()
  // @ts-expect-error ✗ RCS, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567').rcs().richCard(card);
Message.to('+6591234567').rcs().carousel(plans);
Message.to('+6591234567')
  .rcs()
  // @ts-expect-error ✗ RCS, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// Viber: carries text, image, video, file, template, buttons.
Message.to('+6591234567').viber().text('Your parcel is on its way');
Message.to('+6591234567').viber().image(url);
Message.to('+6591234567').viber().video(url);
Message.to('+6591234567')
  .viber()
  // @ts-expect-error ✗ Viber, the first channel, cannot carry audio messages
  .audio(url);
Message.to('+6591234567').viber().file(url);
Message.to('+6591234567')
  .viber()
  // @ts-expect-error ✗ Viber, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .viber()
  // @ts-expect-error ✗ Viber, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567').viber().template('order_update', 'en_US');
Message.to('+6591234567')
  .viber()
  // @ts-expect-error ✗ Viber, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .viber()
  // @ts-expect-error ✗ Viber, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567').viber().richMedia(media);
// Line: carries text, image, video, audio, location.
Message.to('+6591234567').line().text('Your parcel is on its way');
Message.to('+6591234567').line().image(url);
Message.to('+6591234567').line().video(url);
Message.to('+6591234567').line().audio(url);
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry files
  .file(url);
Message.to('+6591234567').line().location(where);
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .line()
  // @ts-expect-error ✗ Line, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// WeChat: carries text, image, video, audio, file.
Message.to('+6591234567').wechat().text('Your parcel is on its way');
Message.to('+6591234567').wechat().image(url);
Message.to('+6591234567').wechat().video(url);
Message.to('+6591234567').wechat().audio(url);
Message.to('+6591234567').wechat().file(url);
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .wechat()
  // @ts-expect-error ✗ WeChat, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// Zalo: carries text, image, template.
Message.to('+6591234567').zalo().text('Your parcel is on its way');
Message.to('+6591234567').zalo().image(url);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry videos
  .video(url);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry audio messages
  .audio(url);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry files
  .file(url);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567').zalo().template('order_update', 'en_US');
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .zalo()
  // @ts-expect-error ✗ Zalo, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// Instagram: carries text, image, video, audio, file.
Message.to('+6591234567').instagram().text('Your parcel is on its way');
Message.to('+6591234567').instagram().image(url);
Message.to('+6591234567').instagram().video(url);
Message.to('+6591234567').instagram().audio(url);
Message.to('+6591234567').instagram().file(url);
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry locations
  .location(where);
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry interactive messages
  .interactive(buttons);
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry templates
  .template('order_update', 'en_US');
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry rich cards
  .richCard(card);
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry carousels
  .carousel(plans);
Message.to('+6591234567')
  .instagram()
  // @ts-expect-error ✗ Instagram, the first channel, cannot carry Viber rich media messages
  .richMedia(media);
// Without a channel step 8x8 routes the message: every content type is carried by some channel.
Message.to('+6591234567').text('Your parcel is on its way');
Message.to('+6591234567').image(url);
Message.to('+6591234567').video(url);
Message.to('+6591234567').audio(url);
Message.to('+6591234567').file(url);
Message.to('+6591234567').location(where);
Message.to('+6591234567').interactive(buttons);
Message.to('+6591234567').template('order_update', 'en_US');
Message.to('+6591234567').richCard(card);
Message.to('+6591234567').carousel(plans);
Message.to('+6591234567').richMedia(media);
// A LINE user is reached over LINE only, a WhatsApp channel user over WhatsApp only: their channel's content.
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').text('Your parcel is on its way');
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').image(url);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').video(url);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').audio(url);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry files
  .file(url);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011').location(where);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry interactive messages
  .interactive(buttons);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry templates
  .template('order_update', 'en_US');
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry rich cards
  .richCard(card);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry carousels
  .carousel(plans);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  // @ts-expect-error ✗ this recipient is reached over Line only, which cannot carry Viber rich media messages
  .richMedia(media);
Message.toChannelUser('US.1').text('Your parcel is on its way');
Message.toChannelUser('US.1').image(url);
Message.toChannelUser('US.1').video(url);
Message.toChannelUser('US.1').audio(url);
Message.toChannelUser('US.1').file(url);
Message.toChannelUser('US.1').location(where);
Message.toChannelUser('US.1').interactive(buttons);
Message.toChannelUser('US.1').template('order_update', 'en_US');
Message.toChannelUser('US.1')
  // @ts-expect-error ✗ this recipient is reached over WhatsApp only, which cannot carry rich cards
  .richCard(card);
Message.toChannelUser('US.1')
  // @ts-expect-error ✗ this recipient is reached over WhatsApp only, which cannot carry carousels
  .carousel(plans);
Message.toChannelUser('US.1')
  // @ts-expect-error ✗ this recipient is reached over WhatsApp only, which cannot carry Viber rich media messages
  .richMedia(media);

// ── Features: each on the step that asks for it ──────────────────────────────────────────────────────────────────
Message.to('+6591234567')
  .sms()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .sms()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .sms()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567').whatsapp().text('Hi').replyTo(umid);
Message.to('+6591234567')
  .whatsapp()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567').whatsapp().text('Hi').directSend();
Message.to('+6591234567')
  .facebook()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .facebook()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .facebook()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .rcs()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567').rcs().text('Hi').suggestions(reply);
Message.to('+6591234567')
  .rcs()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .viber()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .viber()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .viber()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .line()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .line()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .line()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .wechat()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .wechat()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .wechat()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .zalo()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .zalo()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .zalo()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
Message.to('+6591234567')
  .instagram()
  .text('Hi')
  // @ts-expect-error ✗ replyTo needs its channel in the chain
  .replyTo(umid);
Message.to('+6591234567')
  .instagram()
  .text('Hi')
  // @ts-expect-error ✗ suggestions needs its channel in the chain
  .suggestions(reply);
Message.to('+6591234567')
  .instagram()
  .text('Hi')
  // @ts-expect-error ✗ directSend needs its channel in the chain
  .directSend();
// A LINE user, with its channel step or without, and a WhatsApp channel user: their one channel's features, refused
// with the recipient's rule (no channel to start with).
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  .text('Hi')
  // @ts-expect-error ✗ replies (.replyTo) only go over WhatsApp, and this recipient is reached over Line only
  .replyTo(umid);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  .line()
  .text('Hi')
  // @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over Line only
  .suggestions(reply);
Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  .line()
  .text('Hi')
  // @ts-expect-error ✗ Direct Send messages only go over WhatsApp, and this recipient is reached over Line only
  .directSend();
Message.toChannelUser('US.1').text('Hi').replyTo(umid).directSend();
Message.toChannelUser('US.1')
  .whatsapp()
  .text('Hi')
  // @ts-expect-error ✗ message suggestions only go over RCS, and this recipient is reached over WhatsApp only
  .suggestions(reply);

// ── Counts: the step one past each limit is refused on its own line ─────────────────────────────────────────────
// Reply buttons: 1–3.
Interactive.buttons('Still on?').button('a', 'A').button('b', 'B').button('c', 'C');
Interactive.buttons('Still on?')
  .button('a', 'A')
  .button('b', 'B')
  .button('c', 'C')
  // @ts-expect-error ✗ a reply-buttons message has at most 3 buttons
  .button('d', 'D');
// List: at most 10 rows across at most 10 sections.
Interactive.list('Pick', { button: 'Slots' })
  .row('r0', 'Row 0')
  .row('r1', 'Row 1')
  .row('r2', 'Row 2')
  .row('r3', 'Row 3')
  .row('r4', 'Row 4')
  .row('r5', 'Row 5')
  .row('r6', 'Row 6')
  .row('r7', 'Row 7')
  .row('r8', 'Row 8')
  .row('r9', 'Row 9');
Interactive.list('Pick', { button: 'Slots' })
  .row('r0', 'Row 0')
  .row('r1', 'Row 1')
  .row('r2', 'Row 2')
  .row('r3', 'Row 3')
  .row('r4', 'Row 4')
  .row('r5', 'Row 5')
  .row('r6', 'Row 6')
  .row('r7', 'Row 7')
  .row('r8', 'Row 8')
  .row('r9', 'Row 9')
  // @ts-expect-error ✗ a list message has at most 10 rows across all its sections
  .row('x', 'X');
Interactive.list('Pick', { button: 'Slots' })
  .section('S0')
  .row('r0', 'Row 0')
  .section('S1')
  .row('r1', 'Row 1')
  .section('S2')
  .row('r2', 'Row 2')
  .section('S3')
  .row('r3', 'Row 3')
  .section('S4')
  .row('r4', 'Row 4')
  .section('S5')
  .row('r5', 'Row 5')
  .section('S6')
  .row('r6', 'Row 6')
  .section('S7')
  .row('r7', 'Row 7')
  .section('S8')
  .row('r8', 'Row 8')
  .section('S9')
  .row('r9', 'Row 9');
Interactive.list('Pick', { button: 'Slots' })
  .section('S0')
  .row('r0', 'Row 0')
  .section('S1')
  .row('r1', 'Row 1')
  .section('S2')
  .row('r2', 'Row 2')
  .section('S3')
  .row('r3', 'Row 3')
  .section('S4')
  .row('r4', 'Row 4')
  .section('S5')
  .row('r5', 'Row 5')
  .section('S6')
  .row('r6', 'Row 6')
  .section('S7')
  .row('r7', 'Row 7')
  .section('S8')
  .row('r8', 'Row 8')
  .section('S9')
  .row('r9', 'Row 9')
  // @ts-expect-error ✗ a list message has at most 10 rows across all its sections (so no 11th section)
  .section('S10');
// Product list: at most 30 products across at most 10 sections.
Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' })
  .product('sku-0')
  .product('sku-1')
  .product('sku-2')
  .product('sku-3')
  .product('sku-4')
  .product('sku-5')
  .product('sku-6')
  .product('sku-7')
  .product('sku-8')
  .product('sku-9')
  .product('sku-10')
  .product('sku-11')
  .product('sku-12')
  .product('sku-13')
  .product('sku-14')
  .product('sku-15')
  .product('sku-16')
  .product('sku-17')
  .product('sku-18')
  .product('sku-19')
  .product('sku-20')
  .product('sku-21')
  .product('sku-22')
  .product('sku-23')
  .product('sku-24')
  .product('sku-25')
  .product('sku-26')
  .product('sku-27')
  .product('sku-28')
  .product('sku-29');
Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' })
  .product('sku-0')
  .product('sku-1')
  .product('sku-2')
  .product('sku-3')
  .product('sku-4')
  .product('sku-5')
  .product('sku-6')
  .product('sku-7')
  .product('sku-8')
  .product('sku-9')
  .product('sku-10')
  .product('sku-11')
  .product('sku-12')
  .product('sku-13')
  .product('sku-14')
  .product('sku-15')
  .product('sku-16')
  .product('sku-17')
  .product('sku-18')
  .product('sku-19')
  .product('sku-20')
  .product('sku-21')
  .product('sku-22')
  .product('sku-23')
  .product('sku-24')
  .product('sku-25')
  .product('sku-26')
  .product('sku-27')
  .product('sku-28')
  .product('sku-29')
  // @ts-expect-error ✗ a product-list message has at most 30 products across all its sections
  .product('sku-x');
Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' })
  .section('S0')
  .product('sku-0')
  .section('S1')
  .product('sku-1')
  .section('S2')
  .product('sku-2')
  .section('S3')
  .product('sku-3')
  .section('S4')
  .product('sku-4')
  .section('S5')
  .product('sku-5')
  .section('S6')
  .product('sku-6')
  .section('S7')
  .product('sku-7')
  .section('S8')
  .product('sku-8')
  .section('S9')
  .product('sku-9');
Interactive.productList('Picks', { header: 'Sale', catalogId: 'c1' })
  .section('S0')
  .product('sku-0')
  .section('S1')
  .product('sku-1')
  .section('S2')
  .product('sku-2')
  .section('S3')
  .product('sku-3')
  .section('S4')
  .product('sku-4')
  .section('S5')
  .product('sku-5')
  .section('S6')
  .product('sku-6')
  .section('S7')
  .product('sku-7')
  .section('S8')
  .product('sku-8')
  .section('S9')
  .product('sku-9')
  // @ts-expect-error ✗ a list or product-list message has at most 10 sections
  .section('S10');
// Carousel: 2–10 cards.
Message.to('+6591234567')
  .rcs()
  .carousel(
    Carousel.small()
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url))
      .card((c) => c.media(url)),
  );
Carousel.small()
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  .card((c) => c.media(url))
  // @ts-expect-error ✗ a carousel has at most 10 cards
  .card((c) => c.media(url));
Message.to('+6591234567')
  .rcs()
  // @ts-expect-error ✗ a carousel has at least 2 cards
  .carousel(Carousel.small().card((c) => c.media(url)));
// Card suggestions: at most 4 on a rich card and on each carousel card.
RichCard.vertical().suggestion(reply).suggestion(reply).suggestion(reply).suggestion(reply);
RichCard.vertical()
  .suggestion(reply)
  .suggestion(reply)
  .suggestion(reply)
  .suggestion(reply)
  // @ts-expect-error ✗ a card has at most 4 suggestions
  .suggestion(reply);
RichCard.horizontal().suggestion(reply).suggestion(reply).suggestion(reply).suggestion(reply);
RichCard.horizontal()
  .suggestion(reply)
  .suggestion(reply)
  .suggestion(reply)
  .suggestion(reply)
  // @ts-expect-error ✗ a card has at most 4 suggestions
  .suggestion(reply);
Carousel.small().card((c) =>
  c.media(url).suggestion(reply).suggestion(reply).suggestion(reply).suggestion(reply),
);
Carousel.small().card((c) =>
  c
    .media(url)
    .suggestion(reply)
    .suggestion(reply)
    .suggestion(reply)
    .suggestion(reply)
    // @ts-expect-error ✗ a card has at most 4 suggestions
    .suggestion(reply),
);
// Message suggestions: 1–10, the first one too many refused.
Message.to('+6591234567')
  .rcs()
  .text('Hi')
  .suggestions(reply, reply, reply, reply, reply, reply, reply, reply, reply, reply);
Message.to('+6591234567').rcs().text('Hi').suggestions(
  reply,
  reply,
  reply,
  reply,
  reply,
  reply,
  reply,
  reply,
  reply,
  reply,
  // @ts-expect-error ✗ a message has at most 10 suggestions, got 11
  reply,
);
// Template buttons: indexes 0–9, each once, at most 2 Url buttons; a carousel card's indexes 0–1.
Message.to('+6591234567')
  .whatsapp()
  .template('offer', 'en')
  .quickReply(0, 'q0')
  .quickReply(1, 'q1')
  .quickReply(2, 'q2')
  .quickReply(3, 'q3')
  .quickReply(4, 'q4')
  .quickReply(5, 'q5')
  .quickReply(6, 'q6')
  .quickReply(7, 'q7')
  .quickReply(8, 'q8')
  .url(9, 'u');
Message.to('+6591234567')
  .whatsapp()
  .template('offer', 'en')
  // @ts-expect-error ✗ a template button index is 0–9
  .quickReply(10, 'q');
Message.to('+6591234567')
  .whatsapp()
  .template('offer', 'en')
  .url(0, 'a')
  .url(1, 'b')
  // @ts-expect-error ✗ a template has at most 2 Url buttons
  .url(2, 'c');
Message.to('+6591234567')
  .whatsapp()
  .template('showcase', 'en')
  .card((c) =>
    c
      .quickReply(0, 'a')
      .url(1, 'b')
      // @ts-expect-error ✗ a carousel card has button indexes 0–1 only, each once: all are used
      .copyCode(0, 'X'),
  );
// Template carousel cards: 1–10 (cardIndex 0–9), the 11th `.card(…)` refused on its argument.
Message.to('+6591234567')
  .whatsapp()
  .template('showcase', 'en')
  .card((c) => c.body('0'))
  .card((c) => c.body('1'))
  .card((c) => c.body('2'))
  .card((c) => c.body('3'))
  .card((c) => c.body('4'))
  .card((c) => c.body('5'))
  .card((c) => c.body('6'))
  .card((c) => c.body('7'))
  .card((c) => c.body('8'))
  .card((c) => c.body('9'))
  .build();
Message.to('+6591234567')
  .whatsapp()
  .template('showcase', 'en')
  .card((c) => c.body('0'))
  .card((c) => c.body('1'))
  .card((c) => c.body('2'))
  .card((c) => c.body('3'))
  .card((c) => c.body('4'))
  .card((c) => c.body('5'))
  .card((c) => c.body('6'))
  .card((c) => c.body('7'))
  .card((c) => c.body('8'))
  .card((c) => c.body('9'))
  // @ts-expect-error ✗ a template carousel has at most 10 cards
  .card((c) => c.body('10'));

// ── Lengths the types check: at the limit accepted, one past it refused on the argument ───────────────────────────
Interactive.buttons('Still on?').button('a', '12345678901234567890');
Interactive.buttons('Still on?').button(
  'a',
  // @ts-expect-error ✗ a button title has at most 20 characters
  '123456789012345678901',
);
Interactive.list('Pick', { button: 'Slots' })
  .section('123456789012345678901234')
  .row('a', '123456789012345678901234');
Interactive.list('Pick', { button: 'Slots' }).section(
  // @ts-expect-error ✗ a section title has at most 24 characters
  '1234567890123456789012345',
);
Interactive.list('Pick', { button: 'Slots' }).row(
  'a',
  // @ts-expect-error ✗ a row title has at most 24 characters
  '1234567890123456789012345',
);
Suggestion.reply('1234567890123456789012345', 'x');
Suggestion.reply(
  // @ts-expect-error ✗ a suggestion text has at most 25 characters
  '12345678901234567890123456',
  'x',
);
// Every other label-like limit: the list's menu button (20), CTA and voice-call button labels (20), a flow's button
// (30), header and footer texts (60), a row's description (72).
Interactive.list('Pick', { button: '12345678901234567890' }).row('a', 'A');
Interactive.list('Pick', {
  // @ts-expect-error ✗ a list button label has at most 20 characters
  button: 'A button label too long for it',
});
Interactive.buttons('Still on?')
  .header('123456789012345678901234567890123456789012345678901234567890')
  .footer('123456789012345678901234567890123456789012345678901234567890')
  .button('a', 'A');
Interactive.buttons('Still on?').header(
  // @ts-expect-error ✗ a header text has at most 60 characters
  '12345678901234567890123456789012345678901234567890123456789012345678',
);
Interactive.buttons('Still on?').footer(
  // @ts-expect-error ✗ a footer text has at most 60 characters
  '1234567890123456789012345678901234567890123456789012345678901',
);
Interactive.list('Pick', { button: 'Slots' }).row(
  'r',
  'R',
  '123456789012345678901234567890123456789012345678901234567890123456789012',
);
Interactive.list('Pick', { button: 'Slots' }).row(
  'r',
  'R',
  // @ts-expect-error ✗ a row description has at most 72 characters
  '12345678901234567890123456789012345678901234567890123456789012345678901234567890123',
);
Interactive.ctaUrl('Go', { displayText: '12345678901234567890', url });
Interactive.ctaUrl('Go', {
  // @ts-expect-error ✗ a button label has at most 20 characters
  displayText: '123456789012345678901',
  url,
});
Interactive.voiceCall('Call us', {
  // @ts-expect-error ✗ a button label has at most 20 characters
  displayText: '123456789012345678901',
});
Interactive.flow('Go', { flowId: '1', flowCta: '123456789012345678901234567890' });
Interactive.flow('Go', {
  flowId: '1',
  // @ts-expect-error ✗ a flow button label has at most 30 characters
  flowCta: '1234567890123456789012345678901',
});

// ── Empty literals of required strings: refused on the argument, as build() refuses them ────────────────────────────
Interactive.buttons(
  // @ts-expect-error ✗ a body text must not be empty
  '',
);
Interactive.buttons('x').button(
  // @ts-expect-error ✗ a reply button id must not be empty
  '',
  'Yes',
);
Interactive.buttons('x').button(
  'a',
  // @ts-expect-error ✗ a button title must not be empty
  '',
);
Interactive.buttons('x').header(
  // @ts-expect-error ✗ a header text must not be empty
  '',
);
Interactive.list('Pick', { button: 'Slots' }).section(
  // @ts-expect-error ✗ a section title must not be empty
  '',
);
Suggestion.reply(
  // @ts-expect-error ✗ a suggestion text must not be empty
  '',
  'a',
);
Message.to('+6591234567').whatsapp().text(
  // @ts-expect-error ✗ a message text must not be empty
  '',
);
// Repeated reply-button and row ids, and an empty row id, are left to build(): tracking the literals used cost ~40
// instantiations a step, checking a row id a list ~10 (docs/decisions.md, "What is still left to build()"). Known
// holes, pinned here so that closing one shows up.
Interactive.list('Pick', { button: 'Slots' }).row('', 'A');
Interactive.buttons('x').button('a', 'A').button('a', 'B');
Interactive.list('Pick', { button: 'Slots' }).row('a', 'A').row('a', 'B');
