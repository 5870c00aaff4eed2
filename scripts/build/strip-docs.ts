/**
 * An esbuild plugin that leaves the catalogue's documentation out of a bundle: the named
 * properties (`summary`, `help`, `examples`) are removed from every object literal of
 * core/src/catalogue/*.ts before esbuild reads the file. The catalogue stays the one source of
 * truth; the texts still reach the user through what is generated from it (Excel's
 * functions.json, the Apps Script JSDoc, docs/functions.md), so a bundle that only computes
 * need not carry them (docs/performance.md, "Bundles").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

export type DocField = 'summary' | 'help' | 'examples';

/** Which catalogue fields each bundle leaves out. */
export const ALL_DOCS: readonly DocField[] = ['summary', 'help', 'examples'];

/** The TypeScript source of a catalogue file without the given properties. */
export function stripProperties(
  source: string,
  fileName: string,
  fields: readonly DocField[]
): string {
  const names = new Set<string>(fields);
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS
  );
  const drop = (p: ts.ObjectLiteralElementLike): boolean =>
    ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && names.has(p.name.text);
  const transformer: ts.TransformerFactory<ts.SourceFile> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const visited = ts.visitEachChild(node, visit, context);
      if (ts.isObjectLiteralExpression(visited) && visited.properties.some(drop))
        return context.factory.updateObjectLiteralExpression(
          visited,
          visited.properties.filter((p) => !drop(p))
        );
      return visited;
    };
    return (sf) => ts.visitNode(sf, visit) as ts.SourceFile;
  };
  const result = ts.transform(file, [transformer]);
  try {
    return ts.createPrinter().printFile(result.transformed[0]);
  } finally {
    result.dispose();
  }
}

export function stripCatalogueDocs(root: string, fields: readonly DocField[]): Plugin {
  const dir = path.join(root, 'core', 'src', 'catalogue') + path.sep;
  return {
    name: 'strip-catalogue-docs',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(dir)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        return { contents: stripProperties(source, args.path, fields), loader: 'ts' };
      });
    },
  };
}
