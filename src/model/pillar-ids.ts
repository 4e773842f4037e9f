// The pillar ids as plain arrays: the schemas are built from them (pillar.ts, dti/pillar-results.ts),
// and code that only needs the list or the order (dtiHistory, option checks) reads them here
// without bringing zod into a bundle.

/** Every pillar id, in the order the framework lists them. */
export const PILLAR_IDS = ['government', 'economy', 'society', 'foundation'] as const;

/** The pillars the DTI ranks, in its order (the foundation has no result of its own). */
export const DTI_PILLAR_IDS = ['government', 'economy', 'society'] as const;
