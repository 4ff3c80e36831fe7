import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeAttribute } from '../lib/html-attribute.mjs';
import { builtFiles } from './built-files.mjs';
import { withTrailingSlash } from '../lib/base.mjs';

/** What every response should carry, whatever the page. */
const common = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Completes a page's Content Security Policy with the hash of every inline script, inline
 * style and style attribute the page really contains. Astro hashes what it bundles; Starlight's
 * components also set CSS variables in `style` attributes (icon sizes, table-of-contents depth),
 * which a strict policy allows only one by one, through their hashes and 'unsafe-hashes'.
 */
export function completePolicy(policy, html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => decodeAttribute(m[1]));
  const add = (directive, sources) =>
    policy.replace(new RegExp(`${directive} ([^;]*);`), (_, current) => {
      // Astro lists the hashes of every inline script of the whole site on every page; keep
      // only this page's own (each hash is 50 bytes that do not compress).
      const kept = current.split(/\s+/).filter((s) => !s.startsWith("'sha256-"));
      const present = new Set(kept);
      const extra = [...new Set(sources)].filter((s) => !present.has(s));
      return `${directive} ${[...kept, ...extra].join(' ')};`;
    });
  policy = add('script-src', scripts.filter(Boolean).map(sha256));
  const styleSources = styles.map(sha256);
  if (attributes.length) styleSources.push("'unsafe-hashes'", ...attributes.map(sha256));
  return add('style-src', styleSources);
}

/**
 * After the build: completes each page's policy (see `completePolicy`) in its <meta> tag, and
 * writes `_headers` (the format Netlify and Cloudflare Pages read) with the same policy plus
 * what a meta tag cannot say: `frame-ancestors 'none'`, so no other site can frame a page.
 *
 * @returns {import('astro').AstroIntegration}
 */
export default function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const lines = [`${base}*`, ...Object.entries(common).map(([k, v]) => `  ${k}: ${v}`), ''];
        for (const file of await builtFiles(root, (name) => name.endsWith('.html'))) {
          let html = await readFile(file, 'utf8');
          const meta = html.match(/(http-equiv="content-security-policy" content=")([^"]+)(")/);
          if (!meta) continue;
          const policy = completePolicy(meta[2].trim(), html);
          html = html.replace(meta[0], `${meta[1]}${policy}${meta[3]}`);
          await writeFile(file, html);
          const path = relative(root, file).split(sep).join('/');
          const url = base + path.replace(/(^|\/)index\.html$/, '$1');
          lines.push(url, `  Content-Security-Policy: ${policy} frame-ancestors 'none';`, '');
        }
        await writeFile(join(root, '_headers'), lines.join('\n'));
      },
    },
  };
}
