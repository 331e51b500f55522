// A horizontal RCS rich card with four suggestions of every action kind, SMS as fallback.
import { Message, type MessageBuilder, RichCard, Suggestion } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .rcs()
  .sms()
  .richCard(
    RichCard.horizontal()
      .thumbnailImageAlignment('left')
      .title('Your check-up')
      .description('Tuesday 2 December, 10:30')
      .media('https://www.example.com/clinic.png', { height: 'medium' })
      .suggestion(Suggestion.reply('Confirm', 'confirm'))
      .suggestion(Suggestion.dial('Call the clinic', { phoneNumber: '+6512345678', postbackData: 'call' }))
      .suggestion(
        Suggestion.viewLocation('Directions', {
          latitude: 1.29,
          longitude: 103.85,
          label: 'Clinic',
          postbackData: 'map',
        }),
      )
      .suggestion(
        Suggestion.calendarEvent('Add to calendar', {
          title: 'Check-up',
          startTime: '2026-12-02T10:30:00+08:00',
          endTime: '2026-12-02T11:00:00+08:00',
          postbackData: 'calendar',
        }),
      ),
  )
  .fallbackText('Your check-up is on Tuesday 2 December at 10:30.');
