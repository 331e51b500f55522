// Flow input data, shared by interactive flow messages and template Flow buttons.
import * as v from 'valibot';
import { refuseArrays } from './primitives.js';

/**
 * Flow input data: when given, a non-empty object.
 *
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { FlowDataSchema } from '8x8-chatapps';
 *
 * v.is(FlowDataSchema, { product_id: '12345' }); // true
 * ```
 */
export const FlowDataSchema = v.pipe(
  refuseArrays(v.record(v.string(), v.unknown())),
  // Keys whose value is undefined vanish from the JSON sent, so they do not count as content.
  v.check(
    (data) => Object.values(data).some((value) => value !== undefined),
    'must be a non-empty object when given',
  ),
);
