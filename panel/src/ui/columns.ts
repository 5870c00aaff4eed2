/** The columns section: which column of the table each field reads, and what looks wrong in it. */
import { columnLetter, type Lang } from '@boussole/core';
import { FIELDS, missingCriteria, type Mapping } from '../headers';
import { fieldLabel, t } from '../i18n';
import { mappingWarnings, type MappingWarning } from '../inputs';
import type { ProjectTable } from '../table';
import { h, uid } from './dom';
import type { Panel } from './panel';

function warningText(w: MappingWarning, table: ProjectTable, lang: Lang): string {
  const column = columnLetter(table.firstColumn + w.column);
  if (w.kind === 'nameIsScore') return t('nameIsScore', lang, column);
  const fields = w.fields.map((f) => fieldLabel(f, lang));
  const and = lang === 'fr' ? ' et ' : ' and ';
  return t('sharedColumn', lang, column, `${fields.slice(0, -1).join(', ')}${and}${fields.at(-1)}`);
}

export function columnsSection(panel: Panel, table: ProjectTable, mapping: Mapping): HTMLElement {
  const L = panel.lang;
  const fields = FIELDS.map((field) => {
    const id = uid(`bp-col-${field}`);
    const select = h(
      'select',
      {
        id,
        'data-key': `col-${field}`,
        'aria-label': t('columnOf', L, fieldLabel(field, L)),
      },
      h('option', { value: '', selected: mapping[field] === undefined }, t('notUsed', L)),
      ...table.headers.map((header, i) =>
        h(
          'option',
          { value: String(i), selected: mapping[field] === i },
          `${columnLetter(table.firstColumn + i)} · ${header}`
        )
      )
    );
    select.addEventListener('change', () => {
      mapping[field] = select.value === '' ? undefined : Number(select.value);
      panel.pending = false;
      panel.build();
    });
    return h('div', { class: 'bp-field' }, h('label', { for: id }, fieldLabel(field, L)), select);
  });
  const warnings = mappingWarnings(mapping, table.headers).map((w) =>
    h('p', { class: 'bp-warning', role: 'status' }, warningText(w, table, L))
  );
  const details = h(
    'details',
    {
      class: 'bp-section',
      open: panel.columnsOpen || missingCriteria(mapping).length > 0 || warnings.length > 0,
    },
    h('summary', { 'data-key': 'columns' }, t('columns', L)),
    h('p', { class: 'bp-help' }, t('columnsHelp', L)),
    h('div', { class: 'bp-grid' }, ...fields),
    ...warnings
  );
  details.addEventListener('toggle', () => (panel.columnsOpen = details.open));
  return details;
}
