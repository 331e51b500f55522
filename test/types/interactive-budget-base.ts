// The baseline of test/builder/interactive-budget.test.ts: loads what the part budget files load and checks nothing,
// so their instantiation counts minus this one are the cost of the parts alone.
import { Carousel, Interactive, RichCard, Suggestion } from '../../src/builder/parts-index.js';
import type { Carousel as WireCarousel, Interactive as WireInteractive } from '../../src/wire/types.js';

export const entries = [Interactive, RichCard, Carousel, Suggestion] as const;
export type Wire = WireInteractive | WireCarousel;
