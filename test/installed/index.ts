/**
 * Entry point of the installed-extension tier: the same runner as the integration suite, over the
 * tests beside this file, run against the extension installed from its VSIX.
 */
export { run } from '../integration/index';
