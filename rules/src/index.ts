// The one package both the server and the console import for the form and the rules.
export * from './form';
export * from './engine';
