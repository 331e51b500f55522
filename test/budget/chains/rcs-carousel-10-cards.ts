// The largest RCS carousel: 10 cards with suggestions, message suggestions, and SMS after 5 minutes.
import { Carousel, Message, type MessageBuilder, Suggestion } from '../../../src/index.js';

const choose = (plan: string) => Suggestion.reply(`Choose ${plan}`, `plan_${plan}`);
const details = (plan: string) =>
  Suggestion.openUrl('Details', {
    url: `https://www.example.com/plans/${plan}`,
    postbackData: `details_${plan}`,
  });

export const message: MessageBuilder = Message.to('+6591234567')
  .rcs({ fallbackAfter: 300, successStatus: 'Delivered' })
  .sms()
  .carousel(
    Carousel.medium()
      .card((card) =>
        card.title('Basic').media('https://www.example.com/plans/1.png').suggestion(choose('1')),
      )
      .card((card) => card.title('Plus').media('https://www.example.com/plans/2.png').suggestion(choose('2')))
      .card((card) =>
        card
          .title('Pro')
          .media('https://www.example.com/plans/3.png')
          .suggestion(choose('3'))
          .suggestion(details('3')),
      )
      .card((card) => card.title('Family').media('https://www.example.com/plans/4.png', { height: 'short' }))
      .card((card) =>
        card.title('Student').description('With ID').media('https://www.example.com/plans/5.png'),
      )
      .card((card) =>
        card.title('Senior').media('https://www.example.com/plans/6.png').suggestion(choose('6')),
      )
      .card((card) =>
        card.title('Travel').media('https://www.example.com/plans/7.png').suggestion(details('7')),
      )
      .card((card) => card.title('Data only').media('https://www.example.com/plans/8.png'))
      .card((card) =>
        card.title('Business').media('https://www.example.com/plans/9.png').suggestion(choose('9')),
      )
      .card((card) =>
        card
          .title('Unlimited')
          .media('https://www.example.com/plans/10.png', { height: 'tall' })
          .suggestion(choose('10'))
          .suggestion(details('10'))
          .suggestion(Suggestion.dial('Call us', { phoneNumber: '+6512345678', postbackData: 'call' }))
          .suggestion(
            Suggestion.viewLocation('Stores', { query: 'phone stores near me', postbackData: 'stores' }),
          ),
      ),
  )
  .suggestions(Suggestion.reply('Compare all', 'compare'), Suggestion.reply('Talk to us', 'agent'))
  .fallbackText('Our plans: https://www.example.com/plans');
