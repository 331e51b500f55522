// Type tests of the message chain with the real content-part builders (B2's Interactive, RichCard, Carousel,
// Suggestion): finished parts go in, unfinished ones are refused, and Direct Send follows the part's own flag.
import { Carousel, Interactive, Message, RichCard, Suggestion } from '../../src/builder/index.js';

const whatsapp = Message.to('+6591234567').whatsapp();
const rcs = Message.to('+10000000000').rcs();

// ── Interactive: finished parts only; Direct Send for text-headed reply buttons and CTA URL ──────────────────────
whatsapp.interactive(Interactive.buttons('Still on?').header('Check-up').button('yes', 'Yes')).directSend();
whatsapp
  .interactive(Interactive.ctaUrl('Track your parcel.', { displayText: 'Track', url: 'https://e.com/t' }))
  .directSend();
whatsapp
  .interactive(Interactive.list('Which service?', { button: 'Services' }).row('cut', 'Haircut'))
  .build();
whatsapp.interactive(Interactive.locationRequest('Share your location')).build();
// @ts-expect-error ✗ reply buttons without a button are not a finished part
whatsapp.interactive(Interactive.buttons('Still on?'));
whatsapp
  .interactive(Interactive.list('Which service?', { button: 'Services' }).row('cut', 'Haircut'))
  // @ts-expect-error ✗ Direct Send does not carry lists
  .directSend();
whatsapp
  .interactive(Interactive.buttons('Still on?').header({ image: 'https://e.com/a.jpg' }).button('y', 'Yes'))
  // @ts-expect-error ✗ Direct Send takes text headers only
  .directSend();
// @ts-expect-error ✗ RCS, the first channel, cannot carry interactive messages
rcs.interactive(Interactive.buttons('Still on?').button('yes', 'Yes'));

// ── RCS: rich cards and carousels with media, suggestions on the message ─────────────────────────────────────────
rcs
  .richCard(RichCard.vertical().title('Shipped').media('https://e.com/parcel.jpg'))
  .suggestions(
    Suggestion.reply('Thanks!', 'thanks'),
    Suggestion.dial('Call us', { phoneNumber: '+10000000001', postbackData: 'call' }),
  );
rcs.carousel(
  Carousel.medium()
    .card((card) => card.title('Basic').media('https://e.com/basic.png'))
    .card((card) => card.title('Plus').media('https://e.com/plus.png')),
);
// @ts-expect-error ✗ a rich card needs media
rcs.richCard(RichCard.vertical().title('Shipped'));
// @ts-expect-error ✗ a carousel needs at least 2 cards
rcs.carousel(Carousel.medium().card((card) => card.title('Basic').media('https://e.com/basic.png')));
// @ts-expect-error ✗ WhatsApp, the first channel, cannot carry rich cards
whatsapp.richCard(RichCard.vertical().media('https://e.com/parcel.jpg'));
