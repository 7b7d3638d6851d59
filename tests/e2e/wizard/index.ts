/** The page objects every browser test drives the wizard with. */
export * from './agent';
export * from './customer';
export * from './page';
export * from './strings';
export * from './walks';
