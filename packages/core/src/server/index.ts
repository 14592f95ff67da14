export * from './privacy';
export * from './stores';
