// What the page finds on `window`: Tauri's global API (`withGlobalTauri`, the part api.js uses)
// and the IPC counter api.js keeps for the end-to-end tests.

interface Window {
  __TAURI__: {
    core: { invoke(command: string, args?: object): Promise<unknown> };
    event: {
      listen(event: string, handler: (event: { payload: unknown }) => void): Promise<() => void>;
    };
  };
  passerelleIpc: { total: number; pending: number; kept: number; byName: Record<string, number> };
}
