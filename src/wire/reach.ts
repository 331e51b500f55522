// Who can reach a recipient addressed by a channel's own user id: the one channel, and the ending of the refusals that
// such a recipient makes (no other channel can be added or put first). Read by the request's channel rules
// (request.ts: any other channel in `channels` is refused there, for build(), parseMessage and the client alike) and
// by the chain's build() (builder/message.ts, for a chain without channels), so both word them the same.
import { CHANNELS, type Channel, supports } from '../channels.js';
import { either, has, type Loose } from './primitives.js';

/** A recipient reached over one channel only, and the field of the `user` that makes it so. */
export interface ReachedOnly {
  readonly channel: Channel;
  readonly field: 'user.lineUserId' | 'user.channelUserId';
}

/**
 * The one channel that reaches a request's recipient, when its id is a channel's own: a LINE user id, LINE only (the
 * channel with `lineUserId` in the capability table); a WhatsApp business-scoped user id (BSUID) without a phone
 * number, WhatsApp only (the reference: "if both are provided, msisdn takes precedence"). `undefined` for a phone
 * number.
 */
export function reachedOnly(user: Loose | undefined): ReachedOnly | undefined {
  if (has(user, 'lineUserId'))
    return {
      channel: CHANNELS.find((channel) => supports(channel, 'lineUserId'))!,
      field: 'user.lineUserId',
    };
  if (has(user, 'channelUserId') && !has(user, 'msisdn'))
    return { channel: 'WhatsApp', field: 'user.channelUserId' };
  return undefined;
}

/**
 * A refusal's ending for a recipient reached over one channel only: no channel can be added or put first, so the
 * sentence names the recipient's channel instead of a fix (the chain's `build()` ends its refusals the same).
 */
export const reachedOnlyOver = (only: ReachedOnly): string =>
  `${only.field} is reached over ${only.channel} only`;

/** The rule of a feature the recipient's one channel lacks: `content.suggestions: only goes over RCS, and …`. */
export const featureBeyondReach = (able: readonly Channel[], only: ReachedOnly): string =>
  `only goes over ${either(able)}, and ${reachedOnlyOver(only)}`;
