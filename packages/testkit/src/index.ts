export * from './testing.js';
export * from './demo.js';
export * from './sign-in.js';
