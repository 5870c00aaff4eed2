/** Time: process cost and freed capacity (docs/method.md §2). */
import { capacity, capacityValue, processCost, timeSaved } from '../method/calculators';
import { hourlyCost, weeksParam } from './params';
import { defineFunction, type ParamSpec } from './types';

const weeklyHoursSaved = {
  name: 'weekly_hours_saved',
  type: 'number',
  min: 0,
  help: { fr: 'Heures gagnées par semaine', en: 'Hours saved per week' },
} as const satisfies ParamSpec;

export const PROCESSCOST = defineFunction({
  id: 'PROCESSCOST',
  category: 'time',
  summary: {
    fr: "Coût annuel d'un processus manuel : heures par semaine × coût horaire × 52",
    en: 'Annual cost of a manual process: weekly hours × hourly cost × 52',
  },
  result: { kind: 'currency', help: { fr: 'Coût annuel (€)', en: 'Annual cost (€)' } },
  params: [
    {
      name: 'weekly_hours',
      type: 'number',
      min: 0,
      help: { fr: 'Heures passées par semaine', en: 'Hours spent per week' },
    },
    hourlyCost,
    weeksParam,
  ],
  impl: ([hours, cost, weeks]) => processCost(hours, cost, weeks),
  examples: [
    { args: [5, 50], result: 13000 },
    { args: [10, 40], result: 20800 },
    { args: [15, 35], result: 27300 },
    { args: [5, 60], result: 15600 },
  ],
});

export const CAPACITY = defineFunction({
  id: 'CAPACITY',
  category: 'time',
  summary: { fr: 'Capacité libérée en heures par an', en: 'Freed capacity in hours per year' },
  result: { kind: 'hours', help: { fr: 'Heures par an', en: 'Hours per year' } },
  params: [weeklyHoursSaved, weeksParam],
  impl: ([hours, weeks]) => capacity(hours, weeks),
  examples: [
    { args: [6], result: 312 },
    { args: [8], result: 416 },
    { args: [5], result: 260 },
  ],
});

export const CAPACITYVALUE = defineFunction({
  id: 'CAPACITYVALUE',
  category: 'time',
  summary: {
    fr: 'Valeur de la capacité libérée : heures par an × coût horaire',
    en: 'Value of the freed capacity: hours per year × hourly cost',
  },
  result: { kind: 'currency', help: { fr: 'Valeur annuelle (€)', en: 'Annual value (€)' } },
  params: [weeklyHoursSaved, hourlyCost, weeksParam],
  impl: ([hours, cost, weeks]) => capacityValue(hours, cost, weeks),
  examples: [{ args: [6, 50], result: 15600 }],
});

export const TIMESAVED = defineFunction({
  id: 'TIMESAVED',
  category: 'time',
  summary: {
    fr: 'Temps gagné : heures avant − heures après',
    en: 'Time saved: hours before − hours after',
  },
  result: { kind: 'hours', help: { fr: 'Heures gagnées', en: 'Hours saved' } },
  params: [
    {
      name: 'hours_before',
      type: 'number',
      min: 0,
      help: { fr: 'Heures avant le projet', en: 'Hours before the project' },
    },
    {
      name: 'hours_after',
      type: 'number',
      min: 0,
      help: { fr: 'Heures après le projet', en: 'Hours after the project' },
    },
  ],
  impl: ([before, after]) => timeSaved(before, after),
  examples: [{ args: [10, 2], result: 8 }],
});
