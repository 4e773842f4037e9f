// Types for the plugin's helpers, so that test/docs/fold-search.test.ts imports them checked.
import type { Application } from 'typedoc';

export function foldWord(word: string): string;
export function foldedTerms(text: string): string;
export function load(app: Application): void;
