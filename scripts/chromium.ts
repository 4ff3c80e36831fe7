/**
 * The browser the tests and scripts drive: Debian's Chromium (Playwright cannot download its
 * own here), with the flags this machine needs (no sandbox as root, no GPU, and none of the
 * background requests Chromium would make to other hosts).
 */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
