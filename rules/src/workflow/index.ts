export * from './lifecycle';
export * from './application';
export * from './cluster';
export * from './annual-report';
export * from './change-filing';
export * from './expert-review';
export * from './revocation-proposal';
export * from './pool-candidate';
