/** The preview workbook's grid as the panel e2e suites drive it (panel/src/ui/preview.ts). */
import type { Page } from 'playwright-core';

/** Types into a cell of the preview workbook as a user would, then leaves the cell (Tab). */
export async function typeCell(page: Page, address: string, text: string): Promise<void> {
  const cell = page.locator(`[data-cell="${address}"]`);
  await cell.fill(text);
  await cell.press('Tab');
}

/** What a cell of the preview workbook shows (a formula cell shows its formula). */
export const cellText = async (page: Page, address: string): Promise<string> =>
  (await page.locator(`[data-cell="${address}"]`).textContent()) ?? '';
