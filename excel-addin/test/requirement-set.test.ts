/**
 * The ExcelApi requirement set the manifest declares is the highest one the code uses. Every Excel
 * API member the add-in's sources touch is resolved by the TypeScript checker to its declaration in
 * @types/office-js, whose doc comment names its set ("[Api set: ExcelApi 1.8]"); the highest wins.
 * So a member from a newer set, added anywhere in excel-addin/src, fails here until the manifest
 * declares that set (or the call is guarded by isSetSupported and listed below).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { child, descendants, parseXml } from './xml';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'excel-addin', 'src');
const MANIFEST = readFileSync(path.join(ROOT, 'manifests', 'excel', 'manifest.xml'), 'utf8');

/**
 * Members used only behind `Office.context.requirements.isSetSupported(…)`: the Funded column's
 * note as a comment (ExcelApi 1.10, excel-addin/src/bridge.ts; docs/panel.md).
 */
const GUARDED: ReadonlySet<string> = new Set<string>([
  'Workbook.comments',
  'CommentCollection.add',
  'CommentCollection.getItemByCell',
  'Comment.content',
]);

interface Use {
  version: [number, number];
  where: string;
}

function excelApiUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'excel-addin', 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  );
  if (!config) throw new Error('excel-addin/tsconfig.json unreadable');
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const versionOf = (decl: ts.Declaration): [number, number] | undefined => {
    const sf = decl.getSourceFile();
    if (!sf.fileName.includes(`${path.sep}office-js${path.sep}`)) return undefined;
    const comments = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
    for (const c of comments) {
      const m = /\[Api set: ExcelApi (\d+)\.(\d+)\]/.exec(sf.text.slice(c.pos, c.end));
      if (m) return [Number(m[1]), Number(m[2])];
    }
    return undefined;
  };
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(SRC)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const decl of symbol?.declarations ?? []) {
          const version = versionOf(decl);
          const name = `${checker.typeToString(checker.getTypeAtLocation(node.expression))}.${node.name.text}`;
          if (version && !GUARDED.has(name)) {
            const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
            uses.push({
              version,
              where: `${path.relative(ROOT, sf.fileName)}:${line + 1} ${name}`,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

test('the manifest declares the highest ExcelApi set the code uses', () => {
  const uses = excelApiUses();
  expect(uses.length).toBeGreaterThan(20);
  const cmp = (a: Use, b: Use): number =>
    a.version[0] - b.version[0] || a.version[1] - b.version[1];
  const highest = uses.slice().sort(cmp).pop() as Use;
  const sets = descendants(child(child(parseXml(MANIFEST), 'OfficeApp'), 'Requirements'), 'Set');
  const declared = sets.find((s) => s.attrs.Name === 'ExcelApi')?.attrs.MinVersion;
  expect({ declared, needed: highest.version.join('.'), by: highest.where }).toEqual({
    declared: highest.version.join('.'),
    needed: highest.version.join('.'),
    by: highest.where,
  });
}, 60_000);
