// RCS: `content.richCard`, `content.carousel`, and suggestions (replies and the four kinds of action),
// on cards and at message level.
import { describe } from 'vitest';
import {
  CAROUSEL,
  DIAL_SUGGESTION,
  REPLY_SUGGESTION,
  RICH_CARD,
  TEXT,
  TEXT_WITH_SUGGESTIONS,
} from '../fixtures/messages.js';
import {
  check,
  fails,
  maxItems,
  maxLength,
  minItems,
  ok,
  oneOf,
  optional,
  REMOVED,
  range,
  required,
  urlOfLength,
  withPath,
} from './table.js';

const R = 'content.richCard';
const reply = (index: number) => ({ reply: { text: `Reply ${index}`, postbackData: `cmVwbHk${index}` } });
const card = (index: number) => ({
  title: `Card ${index}`,
  media: { height: 'short', contentInfo: { fileUrl: `https://example.com/media/${index}.jpg` } },
});

describe('rich card', () => {
  const vertical = withPath(
    withPath(RICH_CARD, `${R}.cardOrientation`, 'vertical'),
    `${R}.thumbnailImageAlignment`,
    REMOVED,
  );
  check([
    required(vertical, `${R}.cardOrientation`),
    ...oneOf(vertical, `${R}.cardOrientation`, ['horizontal', 'vertical']),
    ...oneOf(RICH_CARD, `${R}.thumbnailImageAlignment`, ['left', 'right']),
    optional(RICH_CARD, `${R}.thumbnailImageAlignment`),
    // Rule: thumbnailImageAlignment applies to horizontal cards only.
    fails(vertical, `${R}.thumbnailImageAlignment`, 'right', `${R}.thumbnailImageAlignment`),
    ...maxLength(RICH_CARD, `${R}.title`, 200),
    ...maxLength(RICH_CARD, `${R}.description`, 2000),
    optional(RICH_CARD, `${R}.title`),
    optional(RICH_CARD, `${R}.description`),
    // Media: required, with contentInfo.fileUrl (a URI); height short/medium/tall.
    required(RICH_CARD, `${R}.media`),
    required(RICH_CARD, `${R}.media.contentInfo`),
    required(RICH_CARD, `${R}.media.contentInfo.fileUrl`),
    optional(RICH_CARD, `${R}.media.contentInfo.thumbnailUrl`),
    optional(RICH_CARD, `${R}.media.contentInfo.forceRefresh`),
    optional(RICH_CARD, `${R}.media.height`),
    ...oneOf(RICH_CARD, `${R}.media.height`, ['short', 'medium', 'tall']),
    fails(RICH_CARD, `${R}.media.contentInfo.fileUrl`, 'not a url', `${R}.media.contentInfo.fileUrl`),
    fails(
      RICH_CARD,
      `${R}.media.contentInfo.thumbnailUrl`,
      'parcel-thumb.jpg',
      `${R}.media.contentInfo.thumbnailUrl`,
    ),
    fails(RICH_CARD, `${R}.media.contentInfo.forceRefresh`, 'yes', `${R}.media.contentInfo.forceRefresh`),
    // Rule: at most 4 suggestions on a card.
    ...maxItems(RICH_CARD, `${R}.suggestions`, 4, reply),
    optional(RICH_CARD, `${R}.suggestions`),
  ]);
});

describe('carousel', () => {
  const K = 'content.carousel';
  check([
    required(CAROUSEL, `${K}.cardWidth`),
    ...oneOf(CAROUSEL, `${K}.cardWidth`, ['small', 'medium']),
    // Rule: 2 to 10 cards.
    required(CAROUSEL, `${K}.cards`),
    ...maxItems(CAROUSEL, `${K}.cards`, 10, card),
    ...minItems(CAROUSEL, `${K}.cards`, 2, card),
    required(CAROUSEL, `${K}.cards[1].media`),
    required(CAROUSEL, `${K}.cards[1].media.contentInfo.fileUrl`),
    ...oneOf(CAROUSEL, `${K}.cards[1].media.height`, ['short', 'medium', 'tall']),
    ...maxLength(CAROUSEL, `${K}.cards[1].title`, 200),
    ...maxLength(CAROUSEL, `${K}.cards[1].description`, 2000),
    // Rule: at most 4 suggestions on a carousel card.
    ...maxItems(CAROUSEL, `${K}.cards[0].suggestions`, 4, reply),
  ]);
});

describe('message-level suggestions', () => {
  check([
    // Rule: at most 10 suggestions on a message.
    ...maxItems(TEXT, 'content.suggestions', 10, reply),
    // No total across a card's and the message's lists (the content-type page's "11 chips" is Google's; decisions).
    ok(
      withPath(RICH_CARD, `${R}.suggestions`, [0, 1, 2, 3].map(reply)),
      'content.suggestions',
      Array.from({ length: 10 }, (_, index) => reply(index)),
    ),
    ok(TEXT_WITH_SUGGESTIONS, 'channels', [{ channel: 'RCS' }, { channel: 'SMS' }]),
  ]);
});

describe('suggestion: exactly one of reply / action', () => {
  const S = `${R}.suggestions[0]`;
  check([
    fails(RICH_CARD, S, {}, S),
    fails(RICH_CARD, `${S}.action`, DIAL_SUGGESTION.action, S),
    fails(
      TEXT_WITH_SUGGESTIONS,
      'content.suggestions[0].action',
      { text: 'Call', postbackData: 'x', dialAction: { phoneNumber: '+6561234567' } },
      'content.suggestions[0]',
    ),
    // Reply: text (≤ 25) and postbackData (≤ 2048) required.
    required(RICH_CARD, `${S}.reply.text`),
    required(RICH_CARD, `${S}.reply.postbackData`),
    ...maxLength(RICH_CARD, `${S}.reply.text`, 25),
    ...maxLength(RICH_CARD, `${S}.reply.postbackData`, 2048),
    ok(RICH_CARD, S, REPLY_SUGGESTION),
  ]);
});

describe('suggested action: exactly one of dial / viewLocation / calendar / openUrl', () => {
  const dial = `${R}.suggestions[1].action`;
  const where = `${R}.suggestions[2].action`;
  const calendar = `${R}.suggestions[3].action`;
  const open = 'content.carousel.cards[0].suggestions[0].action';
  const byQuery = withPath(RICH_CARD, `${where}.viewLocationAction`, { query: 'parcel lockers near me' });
  check([
    // Action: text (≤ 25) and postbackData (≤ 2048) required; fallbackUrl a URI.
    required(RICH_CARD, `${dial}.text`),
    required(RICH_CARD, `${dial}.postbackData`),
    ...maxLength(RICH_CARD, `${dial}.text`, 25),
    ...maxLength(RICH_CARD, `${dial}.postbackData`, 2048),
    ok(RICH_CARD, `${dial}.fallbackUrl`, 'https://example.com/call'),
    fails(RICH_CARD, `${dial}.fallbackUrl`, 'call us', `${dial}.fallbackUrl`),
    // Rule: exactly one of the four actions.
    fails(RICH_CARD, `${dial}.dialAction`, REMOVED, dial),
    fails(RICH_CARD, `${dial}.openUrlAction`, { url: 'https://example.com' }, dial),
    fails(RICH_CARD, `${where}.dialAction`, { phoneNumber: '+6561234567' }, where),
    fails(RICH_CARD, `${calendar}.viewLocationAction`, { query: 'post office' }, calendar),
    // The reference has no action that asks for the user's location: Google's shareLocationAction is none of the four.
    fails(
      withPath(RICH_CARD, `${dial}.dialAction`, REMOVED),
      `${dial}.shareLocationAction`,
      {},
      dial,
      'viewLocationAction',
    ),
    // dialAction: phoneNumber required, E.164.
    required(RICH_CARD, `${dial}.dialAction.phoneNumber`),
    ok(RICH_CARD, `${dial}.dialAction.phoneNumber`, '+14155550123'),
    fails(RICH_CARD, `${dial}.dialAction.phoneNumber`, '61234567', `${dial}.dialAction.phoneNumber`),
    fails(RICH_CARD, `${dial}.dialAction.phoneNumber`, '+65 6123 4567', `${dial}.dialAction.phoneNumber`),
    // viewLocationAction: latLong (both coordinates, in range) or a query; label ≤ 100, query ≤ 200.
    required(RICH_CARD, `${where}.viewLocationAction.latLong.latitude`),
    required(RICH_CARD, `${where}.viewLocationAction.latLong.longitude`),
    ...range(RICH_CARD, `${where}.viewLocationAction.latLong.latitude`, -90, 90, false),
    ...range(RICH_CARD, `${where}.viewLocationAction.latLong.longitude`, -180, 180, false),
    ...maxLength(RICH_CARD, `${where}.viewLocationAction.label`, 100),
    ...maxLength(byQuery, `${where}.viewLocationAction.query`, 200),
    fails(RICH_CARD, `${where}.viewLocationAction`, {}, `${where}.viewLocationAction`),
    // createCalendarEventAction: title (≤ 100), startTime, endTime required; description ≤ 500.
    required(RICH_CARD, `${calendar}.createCalendarEventAction.title`),
    required(RICH_CARD, `${calendar}.createCalendarEventAction.startTime`),
    required(RICH_CARD, `${calendar}.createCalendarEventAction.endTime`),
    optional(RICH_CARD, `${calendar}.createCalendarEventAction.description`),
    ...maxLength(RICH_CARD, `${calendar}.createCalendarEventAction.title`, 100),
    ...maxLength(RICH_CARD, `${calendar}.createCalendarEventAction.description`, 500),
    // Rule: start and end are RFC 3339 date-times with an offset or Z; the end comes after the start.
    ok(RICH_CARD, `${calendar}.createCalendarEventAction.endTime`, '2026-12-01T04:00:00.045123456Z'),
    fails(
      RICH_CARD,
      `${calendar}.createCalendarEventAction.startTime`,
      '2026-12-01 09:00',
      `${calendar}.createCalendarEventAction.startTime`,
    ),
    fails(
      RICH_CARD,
      `${calendar}.createCalendarEventAction.endTime`,
      '2026-12-01T12:00:00',
      `${calendar}.createCalendarEventAction.endTime`,
    ),
    fails(
      RICH_CARD,
      `${calendar}.createCalendarEventAction.endTime`,
      '2026-12-01T08:00:00+08:00',
      `${calendar}.createCalendarEventAction.endTime`,
    ),
    fails(
      RICH_CARD,
      `${calendar}.createCalendarEventAction.endTime`,
      '2026-12-01T00:59:00Z',
      `${calendar}.createCalendarEventAction.endTime`,
    ),
    // openUrlAction: url required (a URI, ≤ 2048); application and webviewViewMode enums; description ≤ 2048.
    required(CAROUSEL, `${open}.openUrlAction.url`),
    ok(CAROUSEL, `${open}.openUrlAction.url`, urlOfLength(2048)),
    fails(CAROUSEL, `${open}.openUrlAction.url`, urlOfLength(2049), `${open}.openUrlAction.url`, 2048),
    fails(CAROUSEL, `${open}.openUrlAction.url`, 'example dot com', `${open}.openUrlAction.url`),
    ...oneOf(CAROUSEL, `${open}.openUrlAction.application`, [
      'OPEN_URL_APPLICATION_UNSPECIFIED',
      'BROWSER',
      'WEBVIEW',
    ]),
    ...oneOf(CAROUSEL, `${open}.openUrlAction.webviewViewMode`, [
      'OPEN_URL_WEBVIEW_VIEW_MODE_UNSPECIFIED',
      'FULL',
      'HALF',
      'TALL',
    ]),
    ...maxLength(CAROUSEL, `${open}.openUrlAction.description`, 2048),
  ]);
});
