import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { referenceIds } from './src/lib/references';
import sourceStrings from './content/i18n/fr.json';

/**
 * The site's own interface strings: French declares every key; another language may
 * leave a key out (a test demands all of them for complete languages) but may not
 * invent one, so a typo in a key fails the build.
 */
const siteStrings = z
  .object(Object.fromEntries(Object.keys(sourceStrings).map((key) => [key, z.string().min(1)])))
  .partial();

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Who the page is written for; it decides tone and which track it belongs to. */
        audience: z.enum(['migrant', 'practitioner', 'trainer', 'all']),
        /** The documents the page's facts come from: ids from src/lib/references.ts. */
        sources: z.array(z.enum(referenceIds)).min(1),
        /** When the page was last checked against its sources (YYYY-MM-DD). */
        reviewed: z.coerce.date(),
        /** On a translation: the hash of the French file it translates (kept by `npm run i18n:sync`). */
        sourceHash: z
          .string()
          .regex(/^[0-9a-f]{12}$/)
          .optional(),
      }),
    }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: siteStrings.strict() }),
  }),
};
