// A list of three titled sections holding the maximum of 10 rows.
import { Interactive, Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp()
  .interactive(
    Interactive.list('Which service would you like to book?', { button: 'Services' })
      .header('Book a service')
      .footer('Prices include tax')
      .section('Hair')
      .row('haircut', 'Haircut', '30 minutes, S$25')
      .row('colour', 'Colour', '90 minutes, S$80')
      .row('blowdry', 'Blow-dry')
      .section('Nails')
      .row('manicure', 'Manicure', '45 minutes, S$30')
      .row('pedicure', 'Pedicure')
      .row('gel', 'Gel polish')
      .section('Spa')
      .row('massage', 'Massage', '60 minutes')
      .row('facial', 'Facial')
      .row('sauna', 'Sauna')
      .row('package', 'Full package'),
  );
