/**
 * @boussole/panel/protocol: the panel ↔ host protocol, the one module both host adapters import
 * (excel-addin/src/bridge.ts; sheets-addon/src/bridge-server.ts and sheets-addon/sidebar/bridge.ts).
 * No DOM and no host API: it runs in the task pane, the sidebar and the Apps Script server alike.
 */
export * from './bridge';
export * from './cells';
export * from './schema';
export * from './sheets-calls';
