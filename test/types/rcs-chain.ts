// Type tests of RCS parts on the message chain: only complete cards and carousels are taken, and only on RCS.
// Checked by `tsc` (7) and `tsc6`; nothing here runs.
import { Carousel, Message, RichCard, Suggestion } from '../../src/index.js';

const rcs = Message.to('+10000000000').rcs();
const card = RichCard.vertical().title('Shipped').media('https://example.com/parcel.jpg');
const two = Carousel.small()
  .card((c) => c.media('https://example.com/a.png'))
  .card((c) => c.media('https://example.com/b.png'));

rcs.richCard(card).build();
rcs.carousel(two).build();
rcs
  .text('Tomorrow at 10:30?')
  .suggestions(Suggestion.reply('Confirm', 'confirm'), Suggestion.reply('No', 'no'));
// @ts-expect-error a rich card needs media before the chain takes it
rcs.richCard(RichCard.vertical().title('Shipped'));
// @ts-expect-error a carousel needs 2 cards before the chain takes it
rcs.carousel(Carousel.small().card((c) => c.media('https://example.com/a.png')));
// @ts-expect-error rich cards are RCS-only
Message.to('+6591234567').whatsapp().richCard(card);
