// The merger's days as the command writes them, read from the library's ERAS (provinces/ owns them).
import { ERAS } from '../provinces.js';

/** The last day of the 63 units: the default day for looking up a pre-merger province. */
export const LAST_DAY_OF_63 = ERAS['63'].lastDay as string;

/** The first day of the 34 units. */
export const FIRST_DAY_OF_34 = ERAS['34'].firstDay;
