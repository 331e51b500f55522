// The ten parts of interactive-budget.ts written as object literals typed with the wire types: the baseline that the
// builders' type-checking cost is compared with (test/builder/interactive-budget.test.ts).
import { Carousel, Interactive, RichCard, Suggestion } from '../../src/builder/parts-index.js';
import type {
  Carousel as WireCarousel,
  Interactive as WireInteractive,
  RichCard as WireRichCard,
} from '../../src/wire/types.js';

/** Loads the builders too, so the baseline is the same for both files. */
export const entries = [Interactive, RichCard, Carousel, Suggestion] as const;

export const interactive: WireInteractive[] = [
  {
    type: 'button',
    header: { type: 'image', image: { link: 'https://cdn.example.com/dentist.jpg' } },
    body: { text: 'Your check-up is tomorrow at 10:30. Can you make it?' },
    footer: { text: 'Wellness Dental' },
    action: {
      buttons: [
        { type: 'reply', reply: { id: 'confirm', title: 'Confirm' } },
        { type: 'reply', reply: { id: 'reschedule', title: 'Reschedule' } },
        { type: 'reply', reply: { id: 'cancel', title: 'Cancel' } },
      ],
    },
  },
  {
    type: 'list',
    header: { type: 'text', text: 'Book a service' },
    body: { text: 'Which service would you like to book?' },
    action: {
      button: 'Services',
      sections: [
        {
          title: 'Hair',
          rows: [
            { id: 'haircut', title: 'Haircut', description: '30 minutes' },
            { id: 'colour', title: 'Colour', description: '90 minutes' },
          ],
        },
        { title: 'Nails', rows: [{ id: 'manicure', title: 'Manicure' }] },
      ],
    },
  },
  {
    type: 'cta_url',
    header: { type: 'text', text: 'Your receipt' },
    body: { text: 'Your receipt is ready.' },
    footer: { text: 'Acme Shop' },
    action: { parameters: { display_text: 'View receipt', url: 'https://example.com/r/1' } },
  },
  {
    type: 'flow',
    body: { text: 'Answer three questions.' },
    action: {
      parameters: { flowId: '859504979861628', flowCta: 'Start', flowActionPayload: { screen: 'WELCOME' } },
    },
  },
  {
    type: 'product_list',
    header: { type: 'text', text: 'New in' },
    body: { text: 'Picked for you' },
    action: {
      catalog_id: 'catalog-1',
      sections: [
        {
          title: 'Shirts',
          product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }],
        },
        { title: 'Shoes', product_items: [{ product_retailer_id: 'sku-3' }] },
      ],
    },
  },
  {
    type: 'location_request_message',
    body: { text: 'Share your location so we can find the nearest store.' },
    action: { name: 'send_location' },
  },
];

export const richCards: WireRichCard[] = [
  {
    cardOrientation: 'vertical',
    title: 'Your order has shipped',
    media: { height: 'medium', contentInfo: { fileUrl: 'https://example.com/parcel.jpg' } },
    suggestions: [
      {
        action: {
          text: 'Track order',
          postbackData: 'track',
          openUrlAction: { url: 'https://example.com/track/1' },
        },
      },
      { reply: { text: 'Thanks!', postbackData: 'thanks' } },
    ],
  },
  {
    cardOrientation: 'horizontal',
    thumbnailImageAlignment: 'right',
    title: 'Dental check-up',
    media: { contentInfo: { fileUrl: 'https://example.com/clinic.png' } },
    suggestions: [
      { action: { text: 'Call us', postbackData: 'call', dialAction: { phoneNumber: '+6512345678' } } },
    ],
  },
];

export const carousels: WireCarousel[] = [
  {
    cardWidth: 'medium',
    cards: [
      {
        title: 'Basic',
        media: { contentInfo: { fileUrl: 'https://example.com/basic.png' } },
        suggestions: [{ reply: { text: 'Basic', postbackData: 'b' } }],
      },
      {
        title: 'Plus',
        media: { contentInfo: { fileUrl: 'https://example.com/plus.png' } },
        suggestions: [{ reply: { text: 'Plus', postbackData: 'p' } }],
      },
    ],
  },
  {
    cardWidth: 'small',
    cards: [
      { media: { contentInfo: { fileUrl: 'https://example.com/a.png' } } },
      { media: { contentInfo: { fileUrl: 'https://example.com/b.png' } } },
      { media: { contentInfo: { fileUrl: 'https://example.com/c.png' } } },
    ],
  },
];
