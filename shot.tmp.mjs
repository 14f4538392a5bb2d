import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
await page.goto('http://127.0.0.1:4399/tools/clv/');
await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
await page.getByRole('radio', { name: /Subscription/ }).check();
await page.getByLabel('Average revenue per account (ARPA)').fill('99999999999999999999999999999999999999');
await page.getByLabel('Gross margin').fill('80');
await page.getByRole('textbox', { name: 'Churn rate' }).fill('0.01');
await page.keyboard.press('Tab');
await page.waitForTimeout(500);
const result = await page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('main *')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 && !el.closest('.figure-table-wrap') && el.children.length === 0) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right) + ' ' + (el.textContent || '').slice(0, 50));
  }
  return { scroll: document.documentElement.scrollWidth, width, out: out.slice(10, 40) };
});
console.log(JSON.stringify(result, null, 1));
await browser.close();
