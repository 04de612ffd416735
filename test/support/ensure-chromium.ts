/**
 * The browser tests need Debian's Chromium. On a fresh machine where we are root with apt-get,
 * install it so that `npm test` works as the README says; anywhere else, say what to do.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

if (!candidates.some((p) => fs.existsSync(p))) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing the Debian package for the browser tests…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error('The browser tests need Chromium: run `sudo apt-get install chromium` (or set CHROMIUM_PATH) and try again.');
    process.exit(1);
  }
}
