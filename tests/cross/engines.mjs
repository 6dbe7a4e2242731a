// Starts a WebDriver session in one of the three browser engines: Chromium
// (chromedriver), Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver
// under Xvfb, since its MiniBrowser has no headless mode). Each session gets
// its own driver process, which WebKitWebDriver needs and the others allow.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';

const HOME = process.env.HOME ?? '/root';

export const ENGINES = {
  chromium: {
    label: 'Chromium',
    command: (port) => [process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    }),
  },
  firefox: {
    label: 'Firefox',
    command: (port) => [process.env.GECKODRIVER ?? `${HOME}/.cargo/bin/geckodriver`, ['--port', String(port)]],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        // Quiet start: no first-run pages, no update or telemetry traffic.
        prefs: {
          'browser.shell.checkDefaultBrowser': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
  },
  webkit: {
    label: 'WebKitGTK',
    command: (port) => ['xvfb-run', ['-a', process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    }),
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitForDriver(url, child, timeout = 30000) {
  const until = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the driver exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`no driver at ${url} after ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Starts a driver and a browser session; resolves to { driver, quit }. */
export async function session(engine) {
  const spec = ENGINES[engine];
  const port = await freePort();
  const [cmd, args] = spec.command(port);
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  child.stderr.on('data', (d) => {
    log = (log + d).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForDriver(url, child);
    const driver = await new Builder().usingServer(url).withCapabilities(spec.capabilities()).build();
    await driver.manage().setTimeouts({ script: 20000, pageLoad: 30000 });
    return {
      driver,
      quit: async () => {
        await driver.quit().catch(() => {});
        kill();
      },
    };
  } catch (e) {
    kill();
    throw new Error(`${spec.label} did not start: ${e.message}\n${log}`);
  }
}

/** The browser's name and version, as the session reports them. */
export async function version(driver) {
  const caps = await driver.getCapabilities();
  return `${caps.getBrowserName()} ${caps.getBrowserVersion()}`;
}
