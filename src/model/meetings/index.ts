export * from './types';
export * from './matching';
export * from './agenda';
export * from './minutes';
export * from './zone';
export * from './outline';
export * from './outlookSync';
export * from './approval';
