import { z } from 'astro/zod';

/**
 * Who may be recorded as having checked a page: a role, never a person's name unless the record
 * gives one. Each role has a label in every language (`provenance.role.<camelId>`).
 */
export const checkRoles = ['iom-staff', 'native-speaker'] as const;
export type CheckRole = (typeof checkRoles)[number];

/**
 * How a page was made and who has checked it (issue 16), in every page's frontmatter:
 *
 * ```yaml
 * provenance:
 *   method: machine-assisted        # or human
 *   checked:                         # [] until a reviewer's check is recorded
 *     - { by: iom-staff, date: 2027-01-15, version: 3f2a9c1b7d04 }
 * ```
 *
 * `version` is the page's body hash when it was checked (`npm run i18n:status` prints it): a
 * check counts for the page as it is only while the body is unchanged.
 */
export const provenanceField = z
  .object({
    method: z.enum(['human', 'machine-assisted']),
    checked: z.array(
      z
        .object({
          by: z.enum(checkRoles, {
            error: `who checked it, as a role: ${checkRoles.join(' or ')}`,
          }),
          name: z.string().min(1).optional(),
          date: z.coerce.date({ error: 'the date of the check, as YYYY-MM-DD' }),
          version: z
            .string()
            .regex(/^[0-9a-f]{12}$/, 'the body hash (12 hex digits) that was checked'),
        })
        .strict(),
    ),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceField>;
