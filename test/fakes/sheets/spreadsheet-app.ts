/** SpreadsheetApp: the entry to the document, the UI and the builders. */
import {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeTextStyleBuilder,
} from './builders';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import type { FakeSheetsWorld } from './world';
import { FakePermissionError, type GApp, type Faked } from './types';

type AppMethods =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newTextStyle'
  | 'flush';

export class FakeSpreadsheetApp implements Faked<GApp, AppMethods> {
  /** String stand-ins for the enums the add-on may read. */
  readonly InterpolationType = {
    NUMBER: 'NUMBER',
    PERCENT: 'PERCENT',
    PERCENTILE: 'PERCENTILE',
    MIN: 'MIN',
    MAX: 'MAX',
  };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly BorderStyle = { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', DOTTED: 'DOTTED' };
  readonly Dimension = { ROWS: 'ROWS', COLUMNS: 'COLUMNS' };
  constructor(readonly world: FakeSheetsWorld) {}
  getActiveSpreadsheet(): FakeSpreadsheet {
    this.world.requireDocument('SpreadsheetApp.getActiveSpreadsheet');
    return this.world.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    this.world.requireDocument('SpreadsheetApp.getActive');
    return this.world.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    this.world.requireDocument('SpreadsheetApp.getActiveSheet');
    return this.world.rawSpreadsheet.activeSheet().self;
  }
  getActiveRange(): FakeRange {
    this.world.requireDocument('SpreadsheetApp.getActiveRange');
    const a = this.world.active;
    const sheet = a?.sheet ?? this.world.rawSpreadsheet.activeSheet();
    return sheet.getRange(a?.a1 ?? 'A1');
  }
  getUi(): FakeUi {
    if (this.world.authMode === 'CUSTOM_FUNCTION')
      throw new FakePermissionError('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.world.ui;
  }
  newDataValidation(): FakeDataValidationBuilder {
    return this.world.proxyOf(new FakeDataValidationBuilder(), 'DataValidationBuilder');
  }
  newTextStyle(): FakeTextStyleBuilder {
    return this.world.proxyOf(new FakeTextStyleBuilder(), 'TextStyleBuilder');
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return this.world.proxyOf(
      new FakeConditionalFormatRuleBuilder(),
      'ConditionalFormatRuleBuilder'
    );
  }
  flush(): void {}
}
