import { z } from 'astro/zod';
import { referenceIds } from './references';
import { provenanceField } from '../features/provenance/schema';

/**
 * What every guidance page declares beside Starlight's own fields. A page that gets one wrong
 * fails the build, and Astro's message names the file and the field.
 */
export const pageFields = z.object({
  /** Who the page is written for; it decides tone and which track it belongs to. */
  audience: z.enum(['migrant', 'practitioner', 'trainer', 'all']),
  /** The documents the page's facts come from: ids from src/site/references.ts. */
  sources: z.array(z.enum(referenceIds)).min(1),
  /** When the page was last checked against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
  /**
   * On a training module: the pages its printable handout (`…/document/`) prints after it, in
   * order, as slugs without language (`praticiens/avrr`). The handout route checks that each
   * exists and that the module links to it.
   */
  handout: z
    .array(z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/))
    .min(1)
    .optional(),
  /**
   * How the page was made and who has checked it (src/features/provenance/schema.ts). Every page
   * has one: a page that claims a check without a role, a date and a version fails the build.
   */
  provenance: provenanceField,
  /**
   * The page says in its own words that it informs and does not decide (the tools, most
   * migrant pages): the footer then leaves out the site's general sentence, so a reader sees it
   * once, not twice. Set on the French page and on each of its translations.
   */
  saysItInforms: z.boolean().optional(),
  /**
   * The page holds a decision-support tool (src/widgets/): it is not read aloud (its text
   * changes as one answers) and has the tools' weight budget. Set on the French page and on
   * each of its translations.
   */
  tool: z.enum(['explorer', 'eligibility']).optional(),
  /** On a translation: the French version it translates (kept by `npm run i18n:sync`). */
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .optional(),
});
