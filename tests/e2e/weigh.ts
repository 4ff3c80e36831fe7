import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

export interface Weight {
  requests: number;
  total: number;
  byType: Record<string, number>;
  files: { url: string; bytes: number }[];
}

const kind = (r: Response) => {
  const type = r.headers()['content-type'] ?? '';
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.includes('wasm')) return 'wasm';
  if (type.includes('json')) return 'json';
  return 'other';
};

/**
 * Records every response a page receives (its workers' included) and weighs each body
 * compressed with gzip at level 9, the way a static host would send it. Deterministic: the
 * same build weighs the same, whatever the machine's speed.
 */
export function weigh(page: Page) {
  const pending: Promise<void>[] = [];
  const weight: Weight = { requests: 0, total: 0, byType: {}, files: [] };
  const record = (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const bytes = body.length ? gzipSync(body, { level: 9 }).length : 0;
          const type = kind(response);
          weight.requests++;
          weight.total += bytes;
          weight.byType[type] = (weight.byType[type] ?? 0) + bytes;
          weight.files.push({ url: new URL(response.url()).pathname, bytes });
        })
        .catch(() => undefined),
    );
  };
  page.on('response', record);
  page.on('worker', (worker) => worker.on('console', () => undefined));
  page.context().on('response', (r) => {
    if (!r.frame()) record(r); // worker requests have no frame
  });
  return async () => {
    await Promise.all(pending);
    return weight;
  };
}
