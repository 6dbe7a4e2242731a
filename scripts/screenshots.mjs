// Takes screenshots of each kind of page at 320 px and 1280 px wide into
// target/screenshots/, for looking at the widget as a person would.
import { mkdir } from 'node:fs/promises';
import { start, stop, open } from '../tests/e2e/harness.mjs';

const out = new URL('../target/screenshots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
await start();
const scheme = process.env.SCHEME ?? 'light';
for (const width of [320, 1280]) {
  const { page, context } = await open('', { viewport: { width, height: 800 }, colorScheme: scheme });
  const shot = (name) => page.screenshot({ path: `${out}${name}-${width}-${scheme}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Start now' }).waitFor();
  await shot('start');
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('There is a problem').waitFor();
  await shot('error');
  await page.getByRole('radio', { name: 'Yes, 18 or older' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // Answer the rest: Yes where offered, first option otherwise, the
  // ferritin box with a number, and a few warning signs.
  for (let i = 0; i < 40; i++) {
    const h1 = await page.locator('h1').textContent();
    if (h1 === 'Check your answers') break;
    if (await page.getByRole('textbox').count()) {
      await page.getByRole('textbox').fill('30');
      await shot('number');
    } else if (h1.startsWith('Have you noticed any of these')) {
      await page.getByRole('checkbox', { name: /came on suddenly/ }).check();
      await page.getByRole('checkbox', { name: /Pain in my neck or back/ }).check();
      await page.getByRole('checkbox', { name: /in one leg only/ }).check();
    } else if (await page.getByRole('checkbox').count()) {
      await page.getByRole('checkbox').first().check();
      if (h1.startsWith('Could any of these explain')) await shot('multi');
    } else {
      await page.getByRole('radio').first().check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForFunction((prev) => document.querySelector('h1')?.textContent !== prev, h1);
  }
  await shot('review');
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.getByRole('heading', { name: 'Your results' }).waitFor();
  await shot('results');
  await page.emulateMedia({ media: 'print' });
  await shot('print');
  await context.close();

  // The page for children.
  const child = await open('', { viewport: { width, height: 800 }, colorScheme: scheme });
  await child.page.getByRole('button', { name: 'Start now' }).click();
  await child.page.getByRole('radio', { name: 'No, under 18' }).check();
  await child.page.getByRole('button', { name: 'Continue' }).click();
  await child.page.getByRole('heading', { name: 'This check is for adults' }).waitFor();
  await child.page.screenshot({ path: `${out}child-${width}-${scheme}.png`, fullPage: true });
  await child.context.close();
}
await stop();
console.log(`screenshots in ${out}`);
