/**
 * The `boussole` command:
 * `boussole workbook [--out FILE.xlsx] [--lang fr|en] [--examples] [--only id,id] [--force]`.
 * Messages follow --lang, else the environment's language (LC_ALL, LC_MESSAGES, LANG), else French.
 */
import { langFromTag, TEMPLATE_IDS, type Lang, type Text } from '@boussole/core';
import { TargetExists } from './safe-write';
import { selectTemplates, writeWorkbook } from './workbook';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

/** Where the workbook goes without --out, in the current directory. */
export const DEFAULT_OUT = 'boussole.xlsx';

const USAGE: Text = {
  fr: `Usage : boussole workbook [--out FICHIER.xlsx] [--lang fr|en] [--examples] [--only id,id] [--force]

  --out FICHIER   classeur .xlsx à écrire (par défaut : ${DEFAULT_OUT})
  --lang fr|en    langue des feuilles (par défaut : celle de l'environnement, sinon fr)
  --examples      remplit les données d'exemple de la méthode
  --only id,id    seulement ces modèles : ${TEMPLATE_IDS.join(', ')}
  --force         remplace le fichier s'il existe déjà`,
  en: `Usage: boussole workbook [--out FILE.xlsx] [--lang fr|en] [--examples] [--only id,id] [--force]

  --out FILE      .xlsx workbook to write (default: ${DEFAULT_OUT})
  --lang fr|en    language of the sheets (default: the environment's, else fr)
  --examples      fills in the method's example data
  --only id,id    only these templates: ${TEMPLATE_IDS.join(', ')}
  --force         replaces the file if it already exists`,
};

const MESSAGES = {
  unknownCommand: { fr: 'Commande inconnue : ', en: 'Unknown command: ' },
  unknownFlag: { fr: 'Option inconnue : ', en: 'Unknown option: ' },
  missingValue: { fr: 'Valeur manquante après ', en: 'Missing value after ' },
  badLang: { fr: 'Langue inconnue (fr ou en) : ', en: 'Unknown language (fr or en): ' },
  notXlsx: { fr: 'Le fichier doit finir par .xlsx : ', en: 'The file must end in .xlsx: ' },
  noValue: { fr: 'Cette option ne prend pas de valeur : ', en: 'This option takes no value: ' },
  twice: { fr: 'Option donnée deux fois : ', en: 'Option given twice: ' },
  emptyOnly: {
    fr: '--only attend au moins un identifiant de modèle',
    en: '--only needs at least one template id',
  },
  exists: {
    fr: (f: string) => `Le fichier existe déjà : ${f} — ajoutez --force pour le remplacer`,
    en: (f: string) => `The file already exists: ${f} — add --force to replace it`,
  },
  notAFile: {
    fr: (f: string) => `Ce chemin n'est pas un fichier, il ne sera pas remplacé : ${f}`,
    en: (f: string) => `This path is not a file and will not be replaced: ${f}`,
  },
  wrote: { fr: 'Écrit : ', en: 'Wrote: ' },
  sheets: { fr: ' feuille(s)', en: ' sheet(s)' },
  failed: { fr: 'Échec, aucun fichier modifié : ', en: 'Failed, no file changed: ' },
} as const satisfies Record<string, Text | Readonly<Record<Lang, (f: string) => string>>>;

class UsageError extends Error {}

interface Parsed {
  out?: string;
  lang?: Lang;
  examples: boolean;
  force: boolean;
  only?: string[];
  help: boolean;
}

/** "fr", "EN", "en-GB"… as a language; anything else is a usage error. */
function parseLang(v: string, lang: Lang): Lang {
  const l = /^[a-z]{2}$/i.test(v) ? langFromTag(v) : undefined;
  if (!l) throw new UsageError(MESSAGES.badLang[lang] + v);
  return l;
}

/** Flags without a value: "--examples=false" must not silently mean --examples. */
const SWITCHES = new Set(['--examples', '--force', '--help', '-h']);

function parse(args: readonly string[], lang: Lang): Parsed {
  const p: Parsed = { examples: false, force: false, help: false };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const [given, inline] =
      args[i].startsWith('--') && args[i].includes('=')
        ? args[i].split(/=(.*)/s, 2)
        : [args[i], undefined];
    const flag = given === '-o' ? '--out' : given === '-h' ? '--help' : given;
    if (inline !== undefined && SWITCHES.has(flag))
      throw new UsageError(MESSAGES.noValue[lang] + args[i]);
    if (seen.has(flag)) throw new UsageError(MESSAGES.twice[lang] + flag);
    seen.add(flag);
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(MESSAGES.missingValue[lang] + given);
      return v;
    };
    switch (flag) {
      case '--out':
        p.out = value();
        break;
      case '--lang':
        p.lang = parseLang(value(), lang);
        break;
      case '--examples':
        p.examples = true;
        break;
      case '--force':
        p.force = true;
        break;
      case '--only':
        p.only = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (p.only.length === 0) throw new UsageError(MESSAGES.emptyOnly[lang]);
        break;
      case '--help':
        p.help = true;
        break;
      default:
        throw new UsageError(MESSAGES.unknownFlag[lang] + given);
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
    await writeWorkbook(out, { lang: sheetLang, examples: p.examples, only: ids, force: p.force });
    io.out(`${MESSAGES.wrote[lang]}${out} (${ids.length}${MESSAGES.sheets[lang]})`);
    return 0;
  } catch (e) {
    if (e instanceof TargetExists) {
      // Refused before anything is written; the same exit code as a usage error.
      io.err((e.kind === 'other' ? MESSAGES.notAFile : MESSAGES.exists)[lang](e.file));
      return 2;
    }
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
