/**
 * Copies of the project for builds the tests make from altered sources (a sub-path, a changed
 * French sentence, a page that breaks a rule), so the real pages are never touched. A copy
 * lives inside the repository, where it finds `node_modules`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

export const root: string = join(import.meta.dirname, '..');

/**
 * Interface strings the sub-path build (build-fixture.ts) gives the French pages, to prove that
 * what a translation may hold reaches the browser as written.
 */
export const fixtureStrings: Record<string, string> = {
  'readAloud.stop': 'Arrêter | tout\net fermer',
};

/** What a build of the site needs from the project. */
const items = [
  'content',
  'src',
  'public',
  'astro.config.ts',
  'content.config.ts',
  'tsconfig.json',
  'env.d.ts',
];

/**
 * A fresh copy of the project in `<root>/<name>/` (`name` starts with `.fixture`), with `files`
 * (path in the copy -> text) written over it.
 */
export function copyProject(name: string, files: Record<string, string> = {}): string {
  const copy = join(root, name);
  rmSync(copy, { recursive: true, force: true });
  for (const item of items) cpSync(join(root, item), join(copy, item), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), text);
  }
  return copy;
}

/** Builds a copy with the project's Node and Astro. */
export function buildCopy(
  copy: string,
  {
    outDir,
    env = {},
    inherit = false,
  }: { outDir: string; env?: Record<string, string>; inherit?: boolean },
): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', copy, '--outDir', outDir],
    {
      stdio: inherit ? 'inherit' : 'pipe',
      encoding: 'utf8',
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}
