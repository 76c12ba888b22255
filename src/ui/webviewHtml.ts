import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';

/** Local resources a webview may load: the webview bundle (with vendored fonts/css) and media/. */
export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: webviewRoots(extensionUri) };
}

/**
 * The HTML shell of a webview: a locked CSP (default-src 'none', scripts only with this page's
 * nonce, styles and fonts only from the extension), the stylesheets, and one script. No data is
 * interpolated into the page: content arrives by message after the webview says `ready`.
 * Styles allow 'unsafe-inline' because KaTeX positions glyphs with style attributes; scripts do not.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, opts: { script: string; styles: string[]; title: string; bodyClass?: string }): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...p: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const styles = [asset('dist', 'webview', 'vendor', 'codicons', 'codicon.css'), ...opts.styles.map((s) => asset(...s.split('/')))];
  const escapeAttr = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles.map((s) => `<link rel="stylesheet" href="${escapeAttr(s)}">`).join('\n')}
<title>${escapeAttr(opts.title)}</title>
</head>
<body class="${escapeAttr(opts.bodyClass ?? '')}">
<div id="app" aria-live="polite"></div>
<script nonce="${nonce}" src="${escapeAttr(asset('dist', 'webview', opts.script))}"></script>
</body>
</html>`;
}
