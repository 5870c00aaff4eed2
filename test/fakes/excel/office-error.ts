/** What a rejected `sync()` throws, like OfficeExtension.Error: `code` is Office's error code. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}
