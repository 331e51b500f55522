// The batch body against 8x8's OpenAPI: the template carries type, content, dlrCallbackUrl and channels only; each
// message may carry every field of a single send, and a field it leaves out is taken from the template (a merge of the
// top-level fields). test/client/batch.test.ts covers splitting, counting and the batch builder.
import { describe, expect, it } from 'vitest';
import { composeBatchMessages, parseBatch } from '../../src/wire/batch.js';
import { refusalOf } from '../validation-issues.js';

const user = (i: number) => ({ msisdn: `+65${80_000_000 + i}` });
const text = { type: 'text', content: { text: 'Our shop is closed on Monday' } };

function issuesOf(input: unknown): string[] {
  return refusalOf(() => parseBatch(input)).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('the batch template', () => {
  it('takes each of type, content, dlrCallbackUrl and channels, and gives them to every message', () => {
    const template = {
      ...text,
      dlrCallbackUrl: 'https://hooks.example.com/8x8',
      channels: [{ channel: 'whatsapp', fallbackAfter: '60' }, { channel: 'SMS' }],
    };
    const batch = parseBatch({ template, messages: [{ user: user(0) }] });
    expect(batch.template).toEqual({
      ...template,
      channels: [{ channel: 'WhatsApp', fallbackAfter: 60 }, { channel: 'SMS' }],
    });
    expect(composeBatchMessages(batch)).toEqual([{ ...batch.template, user: user(0) }]);
  });

  it('refuses every other field of a single send at template.<field>: it belongs on each message', () => {
    // 8x8's template has no such field: a scheduled time written there would schedule nothing.
    for (const [field, value] of Object.entries({
      user: user(0),
      clientMessageId: 'm-1',
      scheduled: '2026-12-05T09:00:00Z',
      expiry: '2026-12-05T21:00:00Z',
      context: { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' },
    })) {
      expect(issuesOf({ template: { ...text, [field]: value }, messages: [{ user: user(0) }] })).toEqual([
        `template.${field}: a template is an object that may only carry type, content, dlrCallbackUrl, channels`,
      ]);
    }
  });

  it('lets a message set any field of a single send, its own value winning over the template', () => {
    const message = {
      user: user(1),
      clientMessageId: 'm-1',
      type: 'image',
      content: { url: 'https://www.example.com/closed.png' },
      scheduled: '2026-12-05T09:00:00Z',
      expiry: '2026-12-05T21:00:00Z',
      dlrCallbackUrl: 'https://hooks.example.com/other',
      channels: [{ channel: 'WhatsApp' }],
      context: { umid: 'aa7c29ad-4433-2211-9c8b-00004e2b9ecc' },
    };
    const batch = parseBatch({
      template: { ...text, dlrCallbackUrl: 'https://hooks.example.com/8x8' },
      messages: [message, { user: user(2) }],
    });
    const [own, shared] = composeBatchMessages(batch);
    expect(own).toEqual(message);
    expect(shared).toEqual({ ...text, dlrCallbackUrl: 'https://hooks.example.com/8x8', user: user(2) });
  });

  it('is a merge of top-level fields: a message content replaces the template content whole', () => {
    const batch = parseBatch({
      template: { type: 'text', content: { text: 'Hi', sms: { source: 'ACME' } } },
      messages: [{ user: user(0), content: { text: 'Hello Mei' } }],
    });
    expect(composeBatchMessages(batch)[0]?.content).toEqual({ text: 'Hello Mei' });
  });

  it('needs type and content from the template or the message, reported at the message', () => {
    expect(issuesOf({ messages: [{ user: user(0) }] })).toEqual([
      expect.stringMatching(/^messages\[0\]\.type: is required/),
      expect.stringMatching(/^messages\[0\]\.content: /),
    ]);
    expect(parseBatch({ messages: [{ user: user(0), ...text }] }).messages).toEqual([
      { user: user(0), ...text },
    ]);
  });
});
