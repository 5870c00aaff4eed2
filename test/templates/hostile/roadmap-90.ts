/** Roadmap: month-end starts (31 August + 6 months = end of February), a bad status, a text date. */
import { dateSerial } from '@boussole/core';
import { say, type Scenario } from './scenario';
import { serial } from '../../libreoffice/read';

export const roadmap: Scenario = {
  id: 'roadmap-90',
  type(put, spec) {
    put('B3', dateSerial(2025, 8, 31));
    put('G7', 'Finished');
    put('F8', 'Anna');
    put('G8', say(spec.lang, 'Fait', 'Done'));
  },
  verify(sheet) {
    const date = (name: string) => serial(sheet.named(name));
    expect(date('milestone-6')).toBe(dateSerial(2026, 2, 28));
    expect(date('milestone-9')).toBe(dateSerial(2026, 5, 31));
    expect(date('milestone-12')).toBe(dateSerial(2026, 8, 31));
    expect(date('start-12')).toBe(dateSerial(2025, 8, 31) + 77);
    expect(sheet.named('check-1')).toBe('');
    expect(sheet.named('check-2')).toBe(
      say(
        sheet.lang,
        'Statut : choisissez une valeur de la liste',
        'Status: choose a value from the list'
      )
    );
    expect(sheet.named('check-3')).toBe('OK');
    // Week w's phase covers its days: weeks 9–12 are days 57–84.
    expect(sheet.value('B14')).toBe(
      say(sheet.lang, 'Jours 57–84 (semaines 9–12)', 'Days 57–84 (weeks 9–12)')
    );
  },
};

/** A start date typed as text: every date blank, one message, no #VALUE!. */
export const roadmapTextDate: Scenario = {
  id: 'roadmap-90',
  variant: 'txt',
  type: (put) => put('B3', 'next Monday'),
  verify(sheet) {
    expect(sheet.named('start-1')).toBe('');
    expect(sheet.named('milestone-6')).toBe('');
    expect(sheet.value('C3')).toBe(
      say(sheet.lang, 'Date de début : une date est attendue', 'Start date: a date is expected')
    );
  },
};
