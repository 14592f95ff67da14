export * from './alignment';
export * from './chat';
export * from './persona';
export * from './storage';
