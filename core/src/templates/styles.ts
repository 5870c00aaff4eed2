/** What each named style looks like, the colours of status formats, and number format codes. */
import type { Lang } from '../i18n';
import type { Look, StyleName } from './types';

export const COLORS = {
  navy: '#1F4E79',
  white: '#FFFFFF',
  grey: '#595959',
  section: '#D9E1F2',
  input: '#FFF2CC',
  output: '#E2EFDA',
  total: '#C6E0B4',
  /** Good / watch / bad, as in Excel's own "light fill with dark text" presets. */
  goodFill: '#C6EFCE',
  goodText: '#006100',
  watchFill: '#FFEB9C',
  watchText: '#9C5700',
  badFill: '#FFC7CE',
  badText: '#9C0006',
  scaleLow: '#F8696B',
  scaleMid: '#FFEB84',
  scaleHigh: '#63BE7B',
} as const;

export const STYLES: Readonly<Record<StyleName, Look>> = {
  title: { bold: true, size: 14, color: COLORS.navy },
  howTo: { italic: true, color: COLORS.grey, wrap: true },
  section: { bold: true, fill: COLORS.section, color: COLORS.navy },
  header: { bold: true, color: COLORS.white, fill: COLORS.navy, wrap: true, align: 'center' },
  label: {},
  input: { fill: COLORS.input },
  output: { fill: COLORS.output },
  total: { bold: true, fill: COLORS.total },
  note: { italic: true, color: COLORS.grey },
  low: { bold: true, fill: COLORS.goodFill, color: COLORS.goodText, align: 'center' },
  medium: { bold: true, fill: COLORS.watchFill, color: COLORS.watchText, align: 'center' },
  high: { bold: true, fill: COLORS.badFill, color: COLORS.badText, align: 'center' },
};

/** Conditional-format looks for a good / watch / bad outcome. */
export const GOOD: Look = { fill: COLORS.goodFill, color: COLORS.goodText, bold: true };
export const WATCH: Look = { fill: COLORS.watchFill, color: COLORS.watchText, bold: true };
export const BAD: Look = { fill: COLORS.badFill, color: COLORS.badText, bold: true };

/** Number format codes; every host reads these Excel codes (separators follow the user's locale). */
export const FORMATS = {
  eur: '#,##0 "€"',
  pct: '0%',
  pct1: '0.0%',
  int: '0',
  num1: '0.0',
  num2: '0.00',
  hours: '#,##0 "h"',
  thousands: '#,##0',
} as const;

export const dateFormat = (lang: Lang): string => (lang === 'fr' ? 'dd/mm/yyyy' : 'd mmm yyyy');

/** Spreadsheet serial number of a calendar date (days since 1899-12-30, as all three hosts count). */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
