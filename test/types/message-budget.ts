// Ten typical message chains, type-checked alone by test/builder/message-budget.test.ts to pin what the chain costs
// the type checker (instantiations), next to the same ten messages written as wire literals (message-budget-literals.ts).
import { Message, type MessageBuilder, type SuggestionPart } from '../../src/builder/index.js';

declare const reply: SuggestionPart;

export const chains: MessageBuilder[] = [
  Message.to('+6591234567').text('Reminder: the store opens at 9 today.').clientMessageId('reminder-1'),
  Message.to('+6591234567')
    .whatsapp({ fallbackAfter: 900, successStatus: 'Delivered' })
    .sms({ encoding: 'AUTO', source: 'ACMESHOP' })
    .text('Hi Alice, your order A-1234 has shipped.')
    .fallbackText('Order A-1234 shipped.'),
  Message.to('+6591234567')
    .whatsapp({ fallbackAfter: 60, successStatus: 'Read' })
    .viber({ fallbackAfter: 60 })
    .sms()
    .image('https://www.example.com/a.jpg', { text: 'Welcome aboard!' })
    .fallbackText('Welcome aboard!'),
  Message.to('+15551234567')
    .whatsapp()
    .template('winter_collection_launch', 'en_US')
    .header({ image: 'https://cdn.example.com/campaigns/winter.jpg' })
    .body('Sam', 'WINTER25')
    .quickReply(0, 'show-collection')
    .quickReply(1, 'unsubscribe'),
  Message.to('+15551234567')
    .whatsapp()
    .template('coupon_offer', 'en_US')
    .body('Sam')
    .url(0, 'winter-sale')
    .copyCode(1, 'WINTER25'),
  Message.to('+15551234567')
    .whatsapp()
    .template('product_showcase', 'en')
    .body('Sam')
    .card((card) =>
      card.header({ image: 'https://cdn.example.com/p/boots.jpg' }).body('Boots').quickReply(0, 'boots'),
    )
    .card((card) =>
      card.header({ video: 'https://cdn.example.com/p/jacket.mp4' }).body('Jacket').url(1, 'jacket'),
    ),
  Message.to('+6591234567')
    .whatsapp()
    .text('Your parcel was delivered at 14:05.')
    .directSend({ ttlSeconds: 600 }),
  Message.to('+6591234567')
    .whatsapp()
    .text('Yes, that order is on its way.')
    .replyTo('aa7c29ad-4433-2211-9c8b-00004e2b9ecc'),
  Message.to('+10000000000').rcs().text('See you tomorrow at 10:30').suggestions(reply, reply, reply),
  Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
    .line()
    .image('https://www.example.com/coupon.jpg', { thumbnail: 'https://www.example.com/coupon-small.jpg' }),
];
