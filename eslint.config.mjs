// The Office add-in lint rules (eslint-plugin-office-addins' recommended set, which office-addin-lint
// runs), used directly so that linting sends no usage data. Host globals are declared, not disabled.
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'test-output/**', '**/*.cjs'] },
  ...officeAddins.configs.recommended,
  {
    languageOptions: {
      // The plugin's own config names a parser its bundled typescript-eslint no longer exports.
      parser: tseslint.parser,
      globals: {
        ...globals.node,
        ...globals.browser,
        ...globals.jest,
        Office: 'readonly',
        Excel: 'readonly',
        CustomFunctions: 'readonly',
        OfficeRuntime: 'readonly',
        google: 'readonly',
        SpreadsheetApp: 'readonly',
        HtmlService: 'readonly',
        ScriptApp: 'readonly',
        Session: 'readonly',
      },
    },
    rules: {
      // Unused code is dead code; tsc's noUnusedLocals reports it with fewer false positives.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // TypeScript resolves names itself (and knows type-only namespaces such as GoogleAppsScript);
    // typescript-eslint advises turning no-undef off for .ts files.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
];
