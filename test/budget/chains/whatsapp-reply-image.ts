// An image in reply to a received WhatsApp message, with delivery options.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp()
  .image('https://www.example.com/images/receipt.jpg', { text: 'Your receipt' })
  .replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc')
  .clientMessageId('receipt-42')
  .dlrCallbackUrl('https://hooks.example.com/8x8/receipts');
