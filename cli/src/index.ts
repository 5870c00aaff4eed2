export { main } from './main';
export { buildWorkbook, selectTemplates, writeWorkbook, type WorkbookOptions } from './workbook';
export { drawSheet } from './render-xlsx';
