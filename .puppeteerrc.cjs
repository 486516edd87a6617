// Puppeteer's install step: skip its browser download where a system Chrome or
// Chromium exists (or when asked), so `npm ci` succeeds on machines that cannot
// download one. Colophon finds the browser itself (src/print/find-chrome.ts).
const {existsSync} = require('node:fs')

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
]

module.exports = {
  skipDownload:
    Boolean(process.env.PUPPETEER_SKIP_DOWNLOAD) ||
    Boolean(process.env.CHROME_PATH || process.env.PUPPETEER_EXECUTABLE_PATH) ||
    systemBrowsers.some((path) => existsSync(path))
}
