// The longest fallback chain: every channel once, SMS last.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .rcs({ fallbackAfter: 60, successStatus: 'Delivered' })
  .whatsapp({ fallbackAfter: 60 })
  .viber({ fallbackAfter: 60 })
  .line({ fallbackAfter: 60 })
  .facebook({ fallbackAfter: 60 })
  .wechat({ fallbackAfter: 60 })
  .zalo({ fallbackAfter: 60 })
  .instagram({ fallbackAfter: 60 })
  .sms({ encoding: 'AUTO', source: 'ACME' })
  .text('Your table for two is booked for Friday at 19:30.');
