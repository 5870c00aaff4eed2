/**
 * The AI Act as the product reads it, dated (docs/ai-act.md): one folder to update when the law
 * moves — practices, annexes, dates, duties, fines — and the domain codes built from them.
 */
export * from './categories';
export * from './dates';
export * from './practices';
export * from './annexes';
export * from './duties';
export * from './fines';
export * from './domains';
export * from './funding';
