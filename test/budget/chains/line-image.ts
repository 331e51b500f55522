// An image to a LINE user.
import { Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.toLineUser('Ua12b345678c1de0fg1a1234567891011')
  .line()
  .image('https://www.example.com/images/coupon.jpg', {
    thumbnail: 'https://www.example.com/images/coupon-small.jpg',
  });
