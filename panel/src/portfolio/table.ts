/**
 * The project register the Portfolio view funds: found in what a host read by its FR/EN header
 * names (project, cost, value columns, envelope, status, requires, excludes, AI Act), each row read
 * into the optimiser's shape or listed with why it cannot be (docs/panel.md).
 */
import {
  fundingConstraint,
  isBlank,
  parseNumberText,
  type Envelope,
  type FundingConstraint,
  type FundStatus,
  type PortfolioProject,
} from '@boussole/core';
import { headerLine, type CellValue, type SheetBlock } from '../protocol/bridge';
import { cellText } from '../protocol/cells';
import { fieldOf, headerKey } from '../headers';

export type PortfolioField =
  'cost' | 'envelope' | 'status' | 'requires' | 'excludes' | 'funded' | 'aiact';

/** Header names per field, FR and EN, compared folded (headers.ts headerKey). */
const NAMES: Readonly<Record<PortfolioField, readonly string[]>> = {
  cost: ['coût', 'cout', 'cost', 'coût estimé', 'investissement', 'investment', 'budget demandé'],
  envelope: ['enveloppe', 'envelope', 'poche', 'bucket'],
  status: ['statut', 'status', 'décision', 'decision'],
  requires: ['requiert', 'nécessite', 'dépend de', 'requires', 'depends on', 'needs'],
  excludes: ['exclut', 'incompatible avec', 'excludes', 'incompatible with'],
  funded: ['financé', 'finance', 'funded'],
  // An AIACT domain code or a category ("AI Act", "AI Act category", "Catégorie AI Act"…).
  aiact: ['ai act', 'catégorie ai act', 'domaine ai act', 'risque ai act'],
};
/** Value columns preferred in this order when the table has them (else the first other number). */
const VALUE_NAMES = [
  'valeur',
  'value',
  'bénéfice net p50',
  'p50 net benefit',
  'bénéfice net',
  'net benefit',
  'p50',
  'score',
  'priorité',
  'priority',
].map(headerKey);

const keyed = Object.entries(NAMES).map(([f, names]) => [f, names.map(headerKey)] as const);

export function portfolioFieldOf(header: unknown): PortfolioField | 'name' | undefined {
  // First line only: where notes are unavailable the Funded header carries its note below.
  const key = headerKey(typeof header === 'string' ? headerLine(header) : header);
  if (!key) return undefined;
  const hit = keyed.find(([, names]) => names.some((n) => key === n || key.startsWith(`${n} `)));
  if (hit) return hit[0] as PortfolioField;
  return fieldOf(header) === 'name' ? 'name' : undefined;
}

export interface PortfolioTable {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  headers: string[];
  /** Column index (0 = firstColumn) per field found. */
  columns: Partial<Record<PortfolioField | 'name', number>>;
  /** Columns that may hold the value, best guess first. */
  valueColumns: number[];
  /** A budget written above the table ("Budget" and an amount on one row), if any. */
  budget?: number;
  /** The money unit the cost header names ("Coût (k€)" → "k€"), if any. */
  unit?: string;
  rows: CellValue[][];
}

const HEADER_SEARCH_ROWS = 60;

function columnsOf(row: readonly CellValue[]): PortfolioTable['columns'] {
  const columns: PortfolioTable['columns'] = {};
  row.forEach((cell, i) => {
    const f = portfolioFieldOf(cell);
    if (f && columns[f] === undefined) columns[f] = i;
  });
  return columns;
}

/** The first block holding a row that names a project and a cost column. */
export function locatePortfolio(blocks: readonly SheetBlock[]): PortfolioTable | undefined {
  for (const block of blocks) {
    const index = block.values.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
      const c = columnsOf(row);
      return c.name !== undefined && c.cost !== undefined;
    });
    if (index < 0) continue;
    const header = block.values[index];
    let last = header.length - 1;
    while (last > 0 && isBlank(header[last])) last--;
    const columns = columnsOf(header);
    const used = new Set(Object.values(columns));
    const others = header.flatMap((h, i) => (i <= last && !used.has(i) && !isBlank(h) ? [i] : []));
    const rank = (i: number) => {
      const k = headerKey(header[i]);
      const at = VALUE_NAMES.findIndex((n) => k === n || k.startsWith(`${n} `));
      return at < 0 ? VALUE_NAMES.length : at;
    };
    const rows: CellValue[][] = [];
    for (const line of block.values.slice(index + 1)) {
      if (isBlank(line[columns.name ?? 0]) && isBlank(line[columns.cost ?? 0])) break;
      rows.push(Array.from({ length: last + 1 }, (_, i) => line[i] ?? null));
    }
    const budgetRow = block.values
      .slice(0, index)
      .find((r) => /\bbudget\b/.test(headerKey(r[0])) && amount(r[1] ?? null) !== undefined);
    const unit = /\(([^)]*[€$£][^)]*)\)/.exec(String(header[columns.cost ?? 0]))?.[1].trim();
    return {
      sheet: block.sheet,
      headerRow: block.row + index,
      budget: budgetRow ? amount(budgetRow[1]) : undefined,
      unit,
      firstColumn: block.column,
      headers: header.slice(0, last + 1).map(cellText),
      columns,
      valueColumns: [...others].sort((a, b) => rank(a) - rank(b) || a - b),
      rows,
    };
  }
  return undefined;
}

const ENVELOPE_WORDS: Readonly<Record<Envelope, readonly string[]>> = {
  pilots: ['pilots', 'pilot', 'pilotes', 'pilote'],
  scaling: ['scaling', 'scale', 'passage a l echelle', 'deploiement', 'industrialisation'],
  innovation: ['innovation', 'exploration'],
};
const STATUS_WORDS: Readonly<Record<FundStatus, readonly string[]>> = {
  must: ['must', 'obligatoire', 'oui', 'yes'],
  never: ['never', 'exclu', 'non', 'no'],
  free: ['', 'free', 'libre'],
};

const word = <K extends string>(v: CellValue, table: Readonly<Record<K, readonly string[]>>) => {
  const k = headerKey(v ?? '');
  return (Object.keys(table) as K[]).find((key) => table[key].includes(k));
};

const names = (v: CellValue): string[] =>
  isBlank(v)
    ? []
    : String(v)
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean);

const amount = (v: CellValue): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : undefined;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

export type RowProblem = 'cost' | 'value' | 'envelope' | 'status' | 'name';

export interface PortfolioRows {
  projects: PortfolioProject[];
  /** Sheet row of each project. */
  rows: number[];
  invalid: { row: number; name: string; problem: RowProblem; value: string }[];
  /** What the AI Act means for each project's funding, when the register says its use. */
  aiact: (FundingConstraint | undefined)[];
}

/** Every row with a name: a project, or listed with the first cell that cannot be read. */
export function readProjects(table: PortfolioTable, valueColumn: number): PortfolioRows {
  const out: PortfolioRows = { projects: [], rows: [], invalid: [], aiact: [] };
  const c = table.columns;
  const seen = new Set<string>();
  table.rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    const name = String(cells[c.name ?? 0] ?? '').trim();
    const bad = (problem: RowProblem, v: CellValue) =>
      out.invalid.push({ row, name, problem, value: cellText(v) });
    if (!name || seen.has(name)) return bad('name', cells[c.name ?? 0]);
    const cost = amount(cells[c.cost ?? 0]);
    if (cost === undefined) return bad('cost', cells[c.cost ?? 0]);
    const value = amount(cells[valueColumn]);
    if (value === undefined) return bad('value', cells[valueColumn]);
    const envCell = c.envelope === undefined ? null : cells[c.envelope];
    const envelope = isBlank(envCell) ? undefined : word(envCell, ENVELOPE_WORDS);
    if (!isBlank(envCell) && !envelope) return bad('envelope', envCell);
    const statusCell = c.status === undefined ? null : cells[c.status];
    const status = word(statusCell, STATUS_WORDS);
    if (!status) return bad('status', statusCell);
    const aiCell = c.aiact === undefined ? null : cells[c.aiact];
    const aiact = isBlank(aiCell) ? undefined : fundingConstraint(String(aiCell));
    seen.add(name);
    out.rows.push(row);
    out.aiact.push(aiact);
    out.projects.push({
      name,
      cost,
      value,
      envelope,
      // A prohibited use can never be funded, whatever the status column says (docs/ai-act.md).
      status: aiact?.status ?? status,
      requires: c.requires === undefined ? [] : names(cells[c.requires]),
      excludes: c.excludes === undefined ? [] : names(cells[c.excludes]),
    });
  });
  return out;
}
