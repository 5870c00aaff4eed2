/** HtmlService and what it returns, reading the project's HTML files. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeSheetsWorld } from './world';
import type { GHtmlOutput, GHtmlService, Faked } from './types';

export class FakeHtmlOutput implements Faked<
  GHtmlOutput,
  'getContent' | 'setTitle' | 'getTitle' | 'setWidth' | 'getWidth' | 'setHeight'
> {
  title = '';
  width = 300;
  height = 500;
  constructor(readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }
}

/** HtmlTemplate as createTemplateFromFile gives it; only its raw text is read here. */
export class FakeHtmlTemplate implements Faked<
  GoogleAppsScript.HTML.HtmlTemplate,
  'getRawContent'
> {
  constructor(readonly content: string) {}
  getRawContent(): string {
    return this.content;
  }
}

/** The Apps Script project as `npm run build` writes it (npm test builds first). */
const BUILT_PROJECT = path.join(__dirname, '..', '..', '..', 'dist', 'sheets');

export class FakeHtmlService implements Faked<
  GHtmlService,
  'createHtmlOutputFromFile' | 'createHtmlOutput' | 'createTemplateFromFile'
> {
  constructor(readonly world: FakeSheetsWorld) {}
  private file(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    const built = path.join(BUILT_PROJECT, `${name}.html`);
    const html =
      this.world.options.htmlFiles?.[name] ??
      (existsSync(built) ? readFileSync(built, 'utf8') : undefined);
    if (html === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return html;
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return this.world.proxyOf(new FakeHtmlOutput(this.file(filename)), 'HtmlOutput');
  }
  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return this.world.proxyOf(new FakeHtmlTemplate(this.file(filename)), 'HtmlTemplate');
  }
  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    return this.world.proxyOf(
      new FakeHtmlOutput(typeof html === 'string' ? html : ''),
      'HtmlOutput'
    );
  }
}
