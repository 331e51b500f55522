// A WhatsApp template carousel of three product cards.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp()
  .template('catalog_carousel', 'en_US')
  .body('Sam')
  .card((card) =>
    card
      .header({ image: 'https://cdn.example.com/p/boots.jpg' })
      .body('Boots')
      .quickReply(0, 'boots')
      .url(1, 'p/boots'),
  )
  .card((card) =>
    card
      .header({ image: 'https://cdn.example.com/p/jacket.jpg' })
      .body('Jacket')
      .quickReply(0, 'jacket')
      .url(1, 'p/jacket'),
  )
  .card((card) =>
    card.header({ video: 'https://cdn.example.com/p/tent.mp4' }).body('Tent').quickReply(0, 'tent'),
  );
