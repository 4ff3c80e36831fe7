/**
 * Loads the "Why?" records (./why-data.ts) once, the first time a tool shows a result: a tool's
 * first load stays within its weight budget, and the records arrive with the result.
 */
import type { WhyData } from './why-data';

let pending: Promise<WhyData> | undefined;

export const loadWhy = () => (pending ??= import('./why-data').then((m) => m.whyData));
