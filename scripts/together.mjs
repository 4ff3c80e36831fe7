#!/usr/bin/env node
/**
 * Runs groups of npm scripts side by side, each group's scripts one after another:
 * `node scripts/together.mjs check test:builds 'build test:html'`. The machines that run the
 * suite have two cores, and most steps (type check, a build) keep only one busy: two at once
 * take little longer than one. Each group's output is printed whole when it ends, under a line
 * with its name and time, so logs stay readable. Exits with the first failing group's code,
 * after every group has ended.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs one npm script, collecting what it prints. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** A group's scripts in turn, stopping at the first that fails. */
async function group(scripts) {
  const started = Date.now();
  let output = '';
  for (const script of scripts) {
    const result = await run(script);
    output += result.output;
    if (result.code !== 0) return { scripts, code: result.code, output, started };
  }
  return { scripts, code: 0, output, started };
}

const groups = process.argv.slice(2).map((arg) => arg.split(/\s+/).filter(Boolean));
if (groups.length === 0) {
  console.error('usage: node scripts/together.mjs <script> [<script> …] (quote a group: "a b")');
  process.exit(2);
}
const results = await Promise.all(
  groups.map((scripts) =>
    group(scripts).then((result) => {
      const seconds = ((Date.now() - result.started) / 1000).toFixed(0);
      const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
      process.stdout.write(
        `${result.output}\n── ${scripts.join(' → ')}: ${verdict} in ${seconds} s\n\n`,
      );
      return result;
    }),
  ),
);
process.exit(results.find((r) => r.code !== 0)?.code ?? 0);
