require('@rushstack/eslint-config/patch/modern-module-resolution');
module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: [
    {
      files: ['*.ts', '*.tsx'],
      rules: {
        // The rushstack profile's options, plus ignoreRestSiblings: `const { id: _id, ...rest } = item`
        // is how the code drops keys from a copy (the gulp --ship lint fails the build on a warning).
        '@typescript-eslint/no-unused-vars': ['warn', { vars: 'all', args: 'none', caughtErrors: 'none', ignoreRestSiblings: true }]
      }
    }
  ]
};
