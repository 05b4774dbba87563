// jsdom lacks these; react-router and react-admin's export use them.
const { TextEncoder, TextDecoder } = require('node:util');
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The shared jest transform compiles only .ts/.tsx, so this ESM-only package
// cannot load even though transformIgnorePatterns lets it through. Keyboard
// shortcuts are not under test; drop this once the transform also covers .js.
jest.mock('react-hotkeys-hook', () => ({ useHotkeys: () => ({ current: null }) }));
