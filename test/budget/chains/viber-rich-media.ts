// Viber rich media (text, image, one button) with SMS fallback text.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+380501234567')
  .viber({ fallbackAfter: 120 })
  .sms()
  .richMedia({
    text: 'New arrivals are in store this week.',
    image: 'https://www.example.com/images/arrivals.jpg',
    button: { caption: "See what's new", url: 'https://www.example.com/new' },
  })
  .fallbackText('New arrivals are in store this week: https://www.example.com/new');
