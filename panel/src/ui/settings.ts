/** The settings section: weights (method preset or custom), effort/risk direction, threshold. */
import { CRITERIA, DEFAULT_WEIGHTS } from '@boussole/core';
import { t } from '../i18n';
import { percent } from '../inputs';
import { h, numberInput, uid } from './dom';
import { METHOD_PERCENTS, type Panel } from './panel';

const isMethod = (weights: readonly string[]): boolean =>
  weights.every((w, i) => percent(w) === DEFAULT_WEIGHTS[i]);

export function settingsSection(panel: Panel): HTMLElement {
  const L = panel.lang;
  const presetId = uid('bp-preset');
  const preset = h(
    'select',
    { id: presetId, 'data-key': 'preset' },
    h('option', { value: 'method', selected: isMethod(panel.weights) }, t('presetMethod', L)),
    h('option', { value: 'custom', selected: !isMethod(panel.weights) }, t('presetCustom', L))
  );
  const inputs = CRITERIA.map((c, i) => {
    const id = uid(`bp-w-${c.key}`);
    const input = numberInput({
      id,
      value: panel.weights[i],
      'data-key': `w-${c.key}`,
      'aria-label': t('weightOf', L, c.label[L]),
      'aria-describedby': `${presetId}-total`,
    });
    input.addEventListener('input', () => {
      panel.weights[i] = input.value;
      preset.value = isMethod(panel.weights) ? 'method' : 'custom';
      panel.scheduleRefresh();
    });
    return {
      input,
      field: h(
        'div',
        { class: 'bp-weight' },
        h('label', { for: id }, c.label[L]),
        h('span', { class: 'bp-suffix' }, input, '%')
      ),
    };
  });
  preset.addEventListener('change', () => {
    if (preset.value !== 'method') return;
    panel.weights = [...METHOD_PERCENTS];
    inputs.forEach(({ input }, i) => (input.value = panel.weights[i]));
    panel.scheduleRefresh();
  });
  panel.slots?.total.setAttribute('id', `${presetId}-total`);

  const dirId = uid('bp-dir');
  const direction = h(
    'select',
    { id: dirId, 'data-key': 'direction' },
    h('option', { value: 'cost', selected: panel.direction === 'cost' }, t('directionCost', L)),
    h(
      'option',
      { value: 'benefit', selected: panel.direction === 'benefit' },
      t('directionBenefit', L)
    )
  );
  direction.addEventListener('change', () => {
    panel.direction = direction.value === 'benefit' ? 'benefit' : 'cost';
    panel.scheduleRefresh();
  });
  const thId = uid('bp-threshold');
  const threshold = numberInput({
    id: thId,
    value: panel.threshold,
    'data-key': 'threshold',
    'aria-describedby': `${thId}-help`,
  });
  threshold.addEventListener('input', () => {
    panel.threshold = threshold.value;
    panel.scheduleRefresh();
  });
  return h(
    'section',
    { class: 'bp-section' },
    h('h2', {}, t('weights', L)),
    h('div', { class: 'bp-field' }, h('label', { for: presetId }, t('preset', L)), preset),
    h('div', { class: 'bp-weights' }, ...inputs.map((x) => x.field)),
    panel.slots?.total ?? '',
    h('div', { class: 'bp-field' }, h('label', { for: dirId }, t('direction', L)), direction),
    h(
      'div',
      { class: 'bp-field bp-inline' },
      h('label', { for: thId }, t('threshold', L)),
      threshold,
      h('span', { class: 'bp-help', id: `${thId}-help` }, t('thresholdHelp', L))
    )
  );
}
