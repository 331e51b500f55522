// Ten typical content parts on their own (reply buttons with a media header, list, CTA URL, flow, product list,
// location request, two rich cards, two carousels): what the part builders' own types cost.
import {
  Carousel,
  type CarouselPart,
  Interactive,
  type InteractivePart,
  RichCard,
  type RichCardPart,
  Suggestion,
} from '../../../src/index.js';

export const interactive: InteractivePart[] = [
  Interactive.buttons('Your check-up is tomorrow at 10:30. Can you make it?')
    .header({ image: 'https://cdn.example.com/dentist.jpg' })
    .footer('Wellness Dental')
    .button('confirm', 'Confirm')
    .button('reschedule', 'Reschedule')
    .button('cancel', 'Cancel'),
  Interactive.list('Which service would you like to book?', { button: 'Services' })
    .header('Book a service')
    .section('Hair')
    .row('haircut', 'Haircut', '30 minutes')
    .row('colour', 'Colour', '90 minutes')
    .section('Nails')
    .row('manicure', 'Manicure'),
  Interactive.ctaUrl('Your receipt is ready.', {
    displayText: 'View receipt',
    url: 'https://example.com/r/1',
  })
    .header('Your receipt')
    .footer('Acme Shop'),
  Interactive.flow('Answer three questions.', {
    flowId: '859504979861628',
    flowCta: 'Start',
    screen: 'WELCOME',
  }),
  Interactive.productList('Picked for you', { header: 'New in', catalogId: 'catalog-1' })
    .section('Shirts')
    .product('sku-1')
    .product('sku-2')
    .section('Shoes')
    .product('sku-3'),
  Interactive.locationRequest('Share your location so we can find the nearest store.'),
];

export const richCards: RichCardPart[] = [
  RichCard.vertical()
    .title('Your order has shipped')
    .media('https://example.com/parcel.jpg', { height: 'medium' })
    .suggestion(
      Suggestion.openUrl('Track order', { url: 'https://example.com/track/1', postbackData: 'track' }),
    )
    .suggestion(Suggestion.reply('Thanks!', 'thanks')),
  RichCard.horizontal()
    .thumbnailImageAlignment('right')
    .title('Dental check-up')
    .media('https://example.com/clinic.png')
    .suggestion(Suggestion.dial('Call us', { phoneNumber: '+6512345678', postbackData: 'call' })),
];

export const carousels: CarouselPart[] = [
  Carousel.medium()
    .card((card) =>
      card.title('Basic').media('https://example.com/basic.png').suggestion(Suggestion.reply('Basic', 'b')),
    )
    .card((card) =>
      card.title('Plus').media('https://example.com/plus.png').suggestion(Suggestion.reply('Plus', 'p')),
    ),
  Carousel.small()
    .card((card) => card.media('https://example.com/a.png'))
    .card((card) => card.media('https://example.com/b.png'))
    .card((card) => card.media('https://example.com/c.png')),
];
