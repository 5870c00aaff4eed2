/**
 * The bridge requests checked where they cross a process boundary (google.script.run hands the
 * Sheets server whatever the client sent), with core's small validators.
 */
import { schema } from '@boussole/core';

const { array, boolean, integer, nullable, number, object, string, union } = schema;

const position = integer(1);
const text = string();

export const writeRequestSchema = object({
  sheet: text,
  row: position,
  column: position,
  headers: array(text),
  formulasR1C1: array(string('=')),
  rows: integer(0),
  numberFormats: array(nullable(text)),
  overwrite: boolean(),
});

export const chartRequestSchema = object({
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

export const columnWriteSchema = object({
  sheet: text,
  row: position,
  column: position,
  header: text,
  note: text,
  values: array(union(text, number())),
  overwrite: boolean(),
});
