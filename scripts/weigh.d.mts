import type { Page } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'wasm' | 'font' | 'image' | 'data';
export interface Entry {
  url: string;
  kind: Kind;
  bytes: number;
}
export interface Summary {
  requests: number;
  total: number;
  byKind: Record<Kind, number>;
  script: number;
}
export declare function kindOf(url: string, contentType?: string): Kind;
export declare function gzipSize(body: Buffer | string): number;
/**
 * What a page has received since the last `take()`, which waits until the page is quiet;
 * `stop()` ends the recording.
 */
export type Recorder = { take(): Promise<Entry[]>; stop(): void };
export declare function recordResponses(page: Page): Recorder;
export declare function firstLoad(
  page: Page,
  url: string,
): Promise<{ recorder: Recorder; entries: Entry[] }>;
export declare function summarize(entries: Entry[], inlineScripts?: string[]): Summary;
export declare function inlineScripts(page: Page): Promise<string[]>;
export declare function kb(bytes: number): string;
