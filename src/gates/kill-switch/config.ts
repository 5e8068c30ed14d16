import { z } from 'zod';
import { globList } from '../../config/shared-schemas.js';

const safePath = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), {
    error: 'a path inside the repository',
  });

/** One risky area as the config tunes it: extra (or replacing) path globs and call patterns. */
export const areaConfigSchema = z.strictObject({
  /** Globs of files, relative to the repository root, that belong to the area. */
  paths: globList.optional(),
  /** Literal text that, on an added line, means the change touches the area (`stripe.refunds.create(`). */
  calls: z.array(z.string().min(2, 'at least two characters').max(200)).max(200).optional(),
  /** `extend` (default) adds to the built-in patterns of an area of the same name; `replace` drops them. */
  mode: z.enum(['extend', 'replace']).default('extend'),
  /** Turn the area off. */
  enabled: z.boolean().default(true),
});
export type AreaConfig = z.infer<typeof areaConfigSchema>;

/** `kill-switch:` in .github/rollback-ready.yml: which changes must ship behind a flag, and where flags are declared. */
export const killSwitchConfigSchema = z.strictObject({
  /** Turn the gate off. */
  enabled: z.boolean().default(true),
  /** Built-in areas (auth, payments, data-writes, integrations) tuned by name, or new areas. */
  areas: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'an area name in kebab-case, such as payments'),
      areaConfigSchema,
    )
    .default({}),
  /** Accept `Kill switch: none: <reason>` (shown in the report) instead of a flag. */
  'allow-none': z.boolean().default(false),
  /** The flag manifest (OpenFeature manifest, flagd definitions or a flat JSON of defaults); auto-detected when unset. */
  manifest: safePath.optional(),
  /** Environment variables used as flags: declared by listing them here, off when unset. */
  'env-flags': z
    .preprocess(
      (value) => (typeof value === 'string' ? [value] : value),
      z
        .array(
          z
            .string()
            .regex(
              /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
              'an environment variable name such as FEATURE_NEW_CHECKOUT',
            ),
        )
        .max(500),
    )
    .default([]),
  /** Globs of files never treated as risky (tests, docs, generated code). */
  exclude: globList.default([]),
});
export type KillSwitchConfig = z.infer<typeof killSwitchConfigSchema>;
