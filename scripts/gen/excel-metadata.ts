/**
 * Excel custom-function metadata (functions.json) from the catalogue, one file per language.
 * Every parameter is "any" × "matrix" so that a cell or a range is accepted and the result can spill;
 * errors are allowed in, so an error cell gives that error for its own element only.
 */
import { CATALOGUE, type FunctionSpec, type Lang } from '@boussole/core';

export interface ExcelFunctionMetadata {
  /** Error cells reach the function as CustomFunctions.Error, so one bad cell fails only its element. */
  allowErrorForDataTypeAny: true;
  functions: {
    id: string;
    name: string;
    description: string;
    result: { type: 'any'; dimensionality: 'matrix' };
    parameters: {
      name: string;
      description: string;
      type: 'any';
      dimensionality: 'matrix';
      optional?: true;
    }[];
  }[];
}

export function excelMetadata(
  lang: Lang,
  catalogue: readonly FunctionSpec[] = CATALOGUE
): ExcelFunctionMetadata {
  return {
    allowErrorForDataTypeAny: true,
    functions: catalogue.map((fn) => ({
      id: fn.id,
      name: fn.id,
      description: `${fn.summary[lang]}. ${fn.result.help[lang]}.`,
      result: { type: 'any', dimensionality: 'matrix' },
      parameters: fn.params.map((p) => ({
        name: p.name,
        description: p.help[lang],
        type: 'any',
        dimensionality: 'matrix',
        ...(p.optional ? { optional: true as const } : {}),
      })),
    })),
  };
}
