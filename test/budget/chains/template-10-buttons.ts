// A WhatsApp template using every button index (0–9): two Url buttons, the rest of every other sub-type.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp()
  .template('winter_collection_launch', 'en_US')
  .header({ image: 'https://cdn.example.com/campaigns/winter.jpg' })
  .body('Sam', 'WINTER25')
  .quickReply(0, 'show-collection')
  .url(1, 'winter-sale')
  .copyCode(2, 'WINTER25')
  .flow(3, { screen: 'WELCOME', data: { plan: 'basic' } })
  .voiceCall(4, { ttlMinutes: 60 })
  .quickReply(5, 'sizes')
  .url(6, 'stores')
  .button(7, 'QuickReply', { payload: 'later' })
  .button(8, 'CopyCode', { couponCode: 'FREESHIP' })
  .quickReply(9, 'unsubscribe');
