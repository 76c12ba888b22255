// The `vscode` module, imported once per bundle: esbuild bundles every `import * as vscode from
// 'vscode'` of the extension to this module (see esbuild.config.mjs), so that the API's members are
// copied into one namespace object, not into one per importing module at load time.
export * from 'vscode';
