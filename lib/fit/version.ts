/**
 * Bump on any change to what `scorePosting` returns for the same inputs: the worker caches reports by
 * (postingId, planVersion, scorerVersion), so an unchanged version would serve stale reports.
 */
export const SCORER_VERSION = 'fit-10';
