/**
 * The `boussole` command: `boussole workbook [--out FILE.xlsx] [--lang fr|en] [--examples] [--only id,id]`.
 * Messages follow --lang, else the environment's language (LC_ALL, LC_MESSAGES, LANG), else French.
 */
import { langFromTag, TEMPLATE_IDS, type Lang, type Text } from '@boussole/core';
import { selectTemplates, writeWorkbook } from './workbook';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

/** Where the workbook goes without --out, in the current directory. */
export const DEFAULT_OUT = 'boussole.xlsx';

const USAGE: Text = {
  fr: `Usage : boussole workbook [--out FICHIER.xlsx] [--lang fr|en] [--examples] [--only id,id]

  --out FICHIER   classeur .xlsx à écrire (par défaut : ${DEFAULT_OUT})
  --lang fr|en    langue des feuilles (par défaut : celle de l'environnement, sinon fr)
  --examples      remplit les données d'exemple de la méthode
  --only id,id    seulement ces modèles : ${TEMPLATE_IDS.join(', ')}`,
  en: `Usage: boussole workbook [--out FILE.xlsx] [--lang fr|en] [--examples] [--only id,id]

  --out FILE      .xlsx workbook to write (default: ${DEFAULT_OUT})
  --lang fr|en    language of the sheets (default: the environment's, else fr)
  --examples      fills in the method's example data
  --only id,id    only these templates: ${TEMPLATE_IDS.join(', ')}`,
};

const MESSAGES = {
  unknownCommand: { fr: 'Commande inconnue : ', en: 'Unknown command: ' },
  unknownFlag: { fr: 'Option inconnue : ', en: 'Unknown option: ' },
  missingValue: { fr: 'Valeur manquante après ', en: 'Missing value after ' },
  badLang: { fr: 'Langue inconnue (fr ou en) : ', en: 'Unknown language (fr or en): ' },
  notXlsx: { fr: 'Le fichier doit finir par .xlsx : ', en: 'The file must end in .xlsx: ' },
  wrote: { fr: 'Écrit : ', en: 'Wrote: ' },
  sheets: { fr: ' feuille(s)', en: ' sheet(s)' },
  failed: { fr: 'Échec : ', en: 'Failed: ' },
} as const satisfies Record<string, Text>;

class UsageError extends Error {}

interface Parsed {
  out?: string;
  lang?: Lang;
  examples: boolean;
  only?: string[];
  help: boolean;
}

function parseLang(v: string, lang: Lang): Lang {
  if (v !== 'fr' && v !== 'en') throw new UsageError(MESSAGES.badLang[lang] + v);
  return v;
}

function parse(args: readonly string[], lang: Lang): Parsed {
  const p: Parsed = { examples: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] =
      args[i].startsWith('--') && args[i].includes('=')
        ? args[i].split(/=(.*)/s, 2)
        : [args[i], undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(MESSAGES.missingValue[lang] + flag);
      return v;
    };
    switch (flag) {
      case '--out':
      case '-o':
        p.out = value();
        break;
      case '--lang':
        p.lang = parseLang(value(), lang);
        break;
      case '--examples':
        p.examples = true;
        break;
      case '--only':
        p.only = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case '--help':
      case '-h':
        p.help = true;
        break;
      default:
        throw new UsageError(MESSAGES.unknownFlag[lang] + flag);
    }
  }
  return p;
}

/** The --only ids, checked: an unknown id is a usage error naming the valid ones. */
function onlyIds(only: string[] | undefined, lang: Lang): string[] {
  try {
    return selectTemplates(only, lang);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** The language of messages before the flags are read: --lang when valid, else the environment's. */
function messageLang(args: readonly string[], env: Io['env']): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag =
    i < 0 ? undefined : args[i].includes('=') ? args[i].slice('--lang='.length) : args[i + 1];
  return langFromTag(flag) ?? langFromTag(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? 'fr';
}

/** Runs the command; returns the exit code (0 done, 1 failure, 2 usage error). */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const lang = messageLang(argv, io.env);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE[lang]);
      return command === undefined ? 2 : 0;
    }
    if (command !== 'workbook') throw new UsageError(MESSAGES.unknownCommand[lang] + command);
    const p = parse(rest, lang);
    if (p.help) {
      io.out(USAGE[lang]);
      return 0;
    }
    const out = p.out ?? DEFAULT_OUT;
    if (!/\.xlsx$/i.test(out)) throw new UsageError(MESSAGES.notXlsx[lang] + out);
    const sheetLang = p.lang ?? lang;
    const ids = onlyIds(p.only, lang);
    await writeWorkbook(out, { lang: sheetLang, examples: p.examples, only: ids });
    io.out(`${MESSAGES.wrote[lang]}${out} (${ids.length}${MESSAGES.sheets[lang]})`);
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof UsageError) {
      io.err(message);
      io.err(USAGE[lang]);
      return 2;
    }
    io.err(MESSAGES.failed[lang] + message);
    return 1;
  }
}

function defaultIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  };
}
