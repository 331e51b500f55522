// The baseline of test/builder/message-budget.test.ts: loads what message-budget.ts and message-budget-literals.ts
// load and checks nothing, so their instantiation counts minus this one are the cost of the messages alone.
import { Message } from '../../src/builder/index.js';
import type { MessageRequest } from '../../src/wire/index.js';

export const entry: typeof Message = Message;
export type Request = MessageRequest;
