export * from './handler';
export * from './privacy';
export * from './stores';
