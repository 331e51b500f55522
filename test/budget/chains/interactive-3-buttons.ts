// Three reply buttons with a text header and a footer, sent with Direct Send.
import { Interactive, Message, type MessageBuilder } from '../../../src/index.js';

export const message: MessageBuilder = Message.to('+6591234567')
  .whatsapp()
  .interactive(
    Interactive.buttons('Your check-up is tomorrow at 10:30. Can you make it?')
      .header('Appointment')
      .footer('Wellness Dental')
      .button('confirm', 'Confirm')
      .button('reschedule', 'Reschedule')
      .button('cancel', 'Cancel'),
  )
  .directSend({ ttlSeconds: 600 });
