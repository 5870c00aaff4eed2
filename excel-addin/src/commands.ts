/**
 * The ribbon's "insert template" commands, one per template, named by core's templateCommand (the
 * manifest generator writes the same names as <FunctionName>).
 */
import { TEMPLATE_IDS, templateCommand, type TemplateId } from '@boussole/core';
import { hostLang } from './lang';

/** Associates every command: insert, then tell Office the command is done. */
export function registerCommands(): void {
  for (const id of TEMPLATE_IDS) {
    Office.actions.associate(templateCommand(id, false), (event: Office.AddinCommands.Event) =>
      runCommand(id, event)
    );
  }
}

async function runCommand(id: TemplateId, event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { insertTemplate } = await import('./templates');
    await insertTemplate(id, { lang: hostLang() });
  } catch (e) {
    // A ribbon command has no UI of its own; the error stays visible in the runtime's console.
    console.error(`Boussole: inserting template ${id} failed`, e);
  } finally {
    event.completed();
  }
}
