import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields } from './src/site/frontmatter';
import sourceStrings from './content/i18n/fr.json';

/**
 * The site's own interface strings, typed by the French dictionary, the complete one: each key
 * must be a non-empty string. tests/unit/i18n.test.ts fails when a language uses a key French
 * lacks, or when a complete language misses one; env.d.ts makes a wrong key a type error.
 */
const siteStrings = z
  .object(Object.fromEntries(Object.keys(sourceStrings).map((key) => [key, z.string().min(1)])))
  .partial();

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: pageFields,
    }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: siteStrings }),
  }),
};
