// The one package both the server and the console import for the form, the rules and the access matrix.
export * from './validation';
export * from './form';
export * from './engine';
export * from './access';
export * from './lifecycle';
export * from './domain';
export * from './annual';
export * from './jobs-config';
export * from './calendar';
export * from './settings';
export * from './scoring';
export * from './open-items';
export * from './report-display';
export * from './workflow';
export * from './record-labels';
export * from './renewal-data';
export * from './pool-form';
