// The step guard forwards each step's arguments as they were passed: how many (an explicit undefined is not an
// omitted argument), in order, past the three it forwards without an array.
import { describe, expect, it } from 'vitest';
import { Message, Suggestion } from '../../src/builder/index.js';
import { guardSteps } from '../../src/builder/step-guard.js';
import { ValidationError } from '../../src/errors/validation-error.js';

describe('guardSteps', () => {
  it('forwards as many arguments as given, explicit undefined included, and the receiver', () => {
    const calls: unknown[][] = [];
    const steps = guardSteps({
      step(this: unknown, ...args: unknown[]) {
        calls.push([this === steps, ...args]);
        return args.length;
      },
    });
    const counts = [
      steps.step(),
      steps.step(undefined),
      steps.step(1, undefined),
      steps.step(1, 2, undefined),
      steps.step(1, 2, 3, undefined),
      steps.step(1, 2, 3, 4, 5, 6),
    ];
    expect(counts).toEqual([0, 1, 2, 3, 4, 6]);
    expect(calls).toEqual([
      [true],
      [true, undefined],
      [true, 1, undefined],
      [true, 1, 2, undefined],
      [true, 1, 2, 3, undefined],
      [true, 1, 2, 3, 4, 5, 6],
    ]);
  });

  it('still turns a failure to read any argument, the fifth too, into a ValidationError naming the step', () => {
    const steps = guardSteps({
      step(...args: { value: unknown }[]) {
        return args.map((arg) => arg.value);
      },
    });
    const failing = () => steps.step({ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, null as never);
    expect(failing).toThrow(ValidationError);
    expect(failing).toThrow(/arguments of \.step\(\)/);
  });

  it('keeps every part given to a step with a rest parameter, past the third', () => {
    const texts = ['a', 'b', 'c', 'd', 'e'];
    const template = Message.to('+6591234567')
      .whatsapp()
      .template('order_update', 'en')
      .body(...texts)
      .build();
    expect(template.content.template?.components).toEqual([
      { type: 'body', parameters: texts.map((text) => ({ type: 'text', text })) },
    ]);
    const replies = Array.from({ length: 5 }, (_, index) => Suggestion.reply(`Reply ${index}`, `r${index}`));
    const rcs = Message.to('+6591234567')
      .rcs()
      .text('Pick one')
      .suggestions(...replies)
      .build();
    expect(rcs.content.suggestions).toHaveLength(5);
    expect(rcs.content.suggestions?.[4]).toEqual({ reply: { text: 'Reply 4', postbackData: 'r4' } });
  });
});
