// Text over four channels: each later channel step leads to the stage of its set of channels (route-stages.ts).
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .viber({ fallbackAfter: 300 })
  .line({ fallbackAfter: 300 })
  .whatsapp({ fallbackAfter: 600, successStatus: 'Read' })
  .sms({ encoding: 'AUTO', source: 'ACME' })
  .text('Your parcel A-1234 is out for delivery.')
  .clientMessageId('parcel-A-1234');
