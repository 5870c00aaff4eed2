/**
 * The bridge requests checked where they cross a process boundary (google.script.run hands the
 * Sheets server whatever the client sent). zod/mini keeps the server bundle small.
 */
import * as z from 'zod/mini';

const position = z.number().check(z.int(), z.positive());
const text = z.string();

export const writeRequestSchema = z.object({
  sheet: text,
  row: position,
  column: position,
  headers: z.array(text),
  formulasR1C1: z.array(z.string().check(z.startsWith('='))),
  rows: z.number().check(z.int(), z.nonnegative()),
  numberFormats: z.array(z.nullable(text)),
  overwrite: z.boolean(),
});

export const chartRequestSchema = z.object({
  sheet: text,
  firstRow: position,
  lastRow: position,
  xColumn: position,
  yColumn: position,
  anchorRow: position,
  anchorColumn: position,
  title: text,
  xTitle: text,
  yTitle: text,
});

export const columnWriteSchema = z.object({
  sheet: text,
  row: position,
  column: position,
  header: text,
  note: text,
  values: z.array(z.union([text, z.number()])),
  overwrite: z.boolean(),
});
