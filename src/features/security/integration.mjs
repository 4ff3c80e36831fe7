import { glob, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { builtFiles, builtPath } from '../../build/built-files.mjs';
import { addedInline } from '../../build/added-inline.mjs';
import { withTrailingSlash } from '../../site/base.ts';

/**
 * What every response carries, whatever the page: one rule for the whole site in `_headers`.
 * The Content-Security-Policy header holds only what a <meta> policy cannot say; the rest of
 * the policy is each page's <meta> tag (both apply: a browser enforces every policy it gets).
 */
export const commonHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const sha256 = (text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts and styles the site's own components write as they are (`is:inline`),
 * which Astro does not hash: read from their sources, so they are known before any page is.
 *
 * @param {string} source an .astro file
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineBlocksOf(source) {
  const blocks = (tag) =>
    [...source.matchAll(new RegExp(`<${tag}\\s+is:inline\\s*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (m) => m[1],
    );
  return { scripts: blocks('script'), styles: blocks('style') };
}

/**
 * @typedef {{ scripts: Set<string>, styles: Set<string> }} Allowed hashes ('sha256-…', quoted)
 * @typedef {{ scripts: string[], styles: string[], problems: string[] }} PageInline
 */

const quote = (text) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};

/**
 * What a page runs or styles inline, and what it may not: any inline script or `<style>` whose
 * hash is not allowed, any `style` attribute and any event-handler attribute (`on…=`). Content
 * (a page, a translation) can write such things; only the site's components may, so a page
 * that holds one fails the build instead of having it allowed by its policy.
 *
 * The page is read as a browser without JavaScript reads it (a `<noscript>`'s content as
 * markup), so nothing hides in one.
 *
 * @param {string} html
 * @param {Allowed} allowed
 * @returns {PageInline} hashes the page needs, and its problems
 */
export function inspectPage(html, allowed) {
  /** @type {PageInline} */
  const found = { scripts: [], styles: [], problems: [] };
  /** @param {any} node */
  const visit = (node) => {
    if (node.attrs) {
      const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
      const text = () => node.childNodes.map((c) => c.value ?? '').join('');
      if (node.tagName === 'script' && !attrs.has('src')) {
        const hash = sha256(text());
        if (allowed.scripts.has(hash)) found.scripts.push(hash);
        else
          found.problems.push(`inline script not written by a component: <script>${quote(text())}`);
      }
      if (node.tagName === 'style') {
        const hash = sha256(text());
        if (allowed.styles.has(hash)) found.styles.push(hash);
        else
          found.problems.push(
            `inline style element not written by a component: <style>${quote(text())}`,
          );
      }
      for (const [name, value] of attrs) {
        if (name === 'style' || /^on/i.test(name)) {
          found.problems.push(
            `${name === 'style' ? 'style' : 'event-handler'} attribute: <${node.tagName} ${name}="${quote(value)}"`,
          );
        }
      }
    }
    for (const child of node.content?.childNodes ?? []) visit(child);
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parse(html, { scriptingEnabled: false }));
  return found;
}

/**
 * A page's policy with, for scripts and styles, the hashes of its own inline code only
 * (Astro lists every hash of the whole site on every page; each is 50 bytes that do not
 * compress).
 *
 * @param {string} policy
 * @param {PageInline} page
 */
export function pagePolicy(policy, page) {
  const set = (directive, hashes) =>
    policy.replace(new RegExp(`${directive} ([^;]*);`), (_, current) => {
      const kept = current.split(/\s+/).filter((s) => s && !s.startsWith("'sha256-"));
      return `${directive} ${[...kept, ...new Set(hashes)].join(' ')};`;
    });
  policy = set('script-src', page.scripts);
  return set('style-src', page.styles);
}

/**
 * Records the stylesheets Vite builds from the components, before Astro decides which to inline
 * in pages: Astro hashes those of its pages, but not those of components used in Markdown
 * content (the offline copy, the tools), whose styles it also inlines.
 *
 * @returns {import('vite').Plugin}
 */
function componentStyles() {
  return {
    name: 'security-headers:component-styles',
    generateBundle: {
      order: 'pre',
      handler(_, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type === 'asset' && asset.fileName.endsWith('.css')) {
            if (typeof asset.source !== 'string') continue;
            // Vite marks a CSS chunk with a comment (`/*$vite$:1*/`) that it removes on writing.
            builtStyles.add(asset.source);
            builtStyles.add(asset.source.replace(/\/\*\$vite\$:[^*]*\*\/$/, ''));
          }
        }
      },
    },
  };
}

/** @type {Set<string>} the text of every stylesheet built from the components */
const builtStyles = new Set();

/**
 * After the build, the Content Security Policy of every page, and the `_headers` file.
 *
 * Allowed inline code is only the site's own, known before the pages are read: the hashes Astro
 * computed from the components and bundles it built (in the <meta> policy it writes), the
 * `is:inline` blocks of the components' sources, and what the site's later build steps add
 * (`added-inline.mjs`). Each page's <meta> policy keeps the hashes of what it uses. Any other
 * inline script or style, style attribute or event-handler attribute fails the build, naming
 * the page and quoting the start of the code.
 *
 * `_headers` (read by Netlify and Cloudflare Pages; Cloudflare reads at most 100 rules and
 * 2,000 characters a line) holds one rule for the whole site: see `commonHeaders`.
 *
 * @param {{ sources?: string[] }} [options] globs of the components whose `is:inline` code is allowed
 * @returns {import('astro').AstroIntegration}
 */
export default function securityHeaders({ sources = ['src/**/*.astro'] } = {}) {
  let base = '/';
  let projectRoot = '';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [componentStyles()] } });
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {Allowed} */
        const allowed = {
          scripts: new Set([...addedInline.scripts].map(sha256)),
          styles: new Set([...addedInline.styles, ...builtStyles].map(sha256)),
        };
        for (const pattern of sources) {
          for await (const file of glob(pattern, { cwd: projectRoot })) {
            const blocks = inlineBlocksOf(await readFile(join(projectRoot, file), 'utf8'));
            for (const s of blocks.scripts) allowed.scripts.add(sha256(s));
            for (const s of blocks.styles) allowed.styles.add(sha256(s));
          }
        }
        const pages = [];
        for (const file of await builtFiles(root, (name) => name.endsWith('.html'))) {
          const html = await readFile(file, 'utf8');
          const meta = html.match(/(http-equiv="content-security-policy" content=")([^"]+)(")/);
          if (!meta) continue;
          // Astro's own hashes: of what it built from the components, never of page content.
          for (const [, directive, sources] of meta[2].matchAll(/(script|style)-src ([^;]*)/g)) {
            for (const s of sources.split(/\s+/).filter((s) => s.startsWith("'sha256-"))) {
              allowed[`${directive}s`].add(s);
            }
          }
          pages.push({ file, html, meta });
        }
        const problems = [];
        for (const { file, html, meta } of pages) {
          const page = builtPath(root, file);
          const inline = inspectPage(html, allowed);
          problems.push(...inline.problems.map((p) => `  ${page}: ${p}`));
          if (inline.problems.length) continue;
          const policy = pagePolicy(meta[2].trim(), inline);
          await writeFile(file, html.replace(meta[0], `${meta[1]}${policy}${meta[3]}`));
        }
        if (problems.length) {
          throw new Error(
            `Inline code that no component of the site writes (a page or a translation may ` +
              `not add scripts, styles, style attributes or on…= handlers; the Content ` +
              `Security Policy would block them):\n${problems.join('\n')}`,
          );
        }
        const lines = [
          `${base}*`,
          ...Object.entries(commonHeaders).map(([k, v]) => `  ${k}: ${v}`),
        ];
        await writeFile(join(root, '_headers'), `${lines.join('\n')}\n`);
        logger.info(`${pages.length} pages: policies complete; _headers: one rule for ${base}*`);
      },
    },
  };
}
