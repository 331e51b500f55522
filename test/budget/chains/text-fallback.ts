// Text on WhatsApp with SMS after 15 minutes, the most common message.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
  .sms({ encoding: 'AUTO', source: 'ACMESHOP' })
  .text('Hi Alice, your order A-1234 has shipped and arrives tomorrow.')
  .clientMessageId('order-A-1234-shipped');
