/**
 * The tracker as a service the shell consumes through `@lit/context`: the app provides the
 * adapter its package was built for, tests provide a `MemoryTracker`. No singleton to reset.
 */
import { createContext } from '@lit/context';
import type { Tracker } from './tracker.ts';

export const trackerContext = createContext<Tracker>(Symbol('wm-tracker'));
