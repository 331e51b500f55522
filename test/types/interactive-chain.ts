// Type tests of interactive parts on the message chain: only complete parts are taken, and Direct Send follows the
// part's `directSendable`. Checked by `tsc` (7) and `tsc6`; nothing here runs.
import { Interactive, Message } from '../../src/index.js';

const whatsapp = Message.to('+6591234567').whatsapp();
const buttons = Interactive.buttons('Arrived safely?').button('yes', 'Yes');

whatsapp.interactive(buttons).build();
// @ts-expect-error reply buttons need at least one button before the chain takes them
whatsapp.interactive(Interactive.buttons('Arrived safely?'));
// @ts-expect-error a list needs a row before the chain takes it
whatsapp.interactive(Interactive.list('Pick', { button: 'Open' }).section('A'));

whatsapp.interactive(buttons.header('Delivery feedback')).directSend();
whatsapp
  .interactive(Interactive.ctaUrl('Track', { displayText: 'Track', url: 'https://example.com' }))
  .directSend();
// @ts-expect-error Direct Send does not carry reply buttons with a media header
whatsapp.interactive(buttons.header({ image: 'https://example.com/a.png' })).directSend();
const cta = Interactive.ctaUrl('Track', { displayText: 'Track', url: 'https://example.com' });
// @ts-expect-error Direct Send takes text headers only, on a CTA URL too
whatsapp.interactive(cta.header({ image: 'https://example.com/a.png' })).directSend();
// @ts-expect-error Direct Send does not carry lists
whatsapp.interactive(Interactive.list('Pick', { button: 'Open' }).row('a', 'A')).directSend();
// @ts-expect-error interactive messages are WhatsApp-only
Message.to('+6591234567').rcs().interactive(buttons);
