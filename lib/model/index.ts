export * from './common';
export * from './posting';
export * from './plan';
export * from './fit-report';
export * from './tracker';
