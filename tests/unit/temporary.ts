import { afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary folder, removed when the test file that asked for it ends. Call at the top level
 * of a test file or inside its tests.
 */
const temporaries: string[] = [];
afterAll(() =>
  temporaries.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })),
);

export function temporary(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaries.push(dir);
  return dir;
}
