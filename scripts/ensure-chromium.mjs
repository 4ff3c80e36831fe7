#!/usr/bin/env node
/**
 * The end-to-end tests drive Debian's Chromium, since Playwright cannot download its own
 * browser on these machines. Installs it when missing and we are root; otherwise says what to do.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium.ts';

const path = chromiumPath;
if (!existsSync(path)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      `Chromium is missing at ${path}: install it (for example "sudo apt-get install -y chromium") or set CHROMIUM_PATH, then run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
}
